"""Incremental ``campaign build``: after an edit, the site is byte for byte a full build's.

A scratch campaign of a few dozen posts (listings over several pages) is
built, edited (a post's body, a title, a date, a deleted post, mkdocs.yml,
campaign.yml), and built again with its page cache; the result is compared
with a full build of the same files by a fresh process with an empty cache.
Each build runs in its own Python, like ``campaign build``.
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from campaign.publish import outdir
from campaign.publish.outdir import MARKER
from tests.scratch import post, scratch

pytestmark = pytest.mark.build

RUN = """
import logging, sys
from campaign.adapter.parallel import shard
shard.MIN_PAGES = 1
logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
logging.getLogger("mkdocs.plugins.campaign").setLevel(logging.DEBUG)
from campaign.cli import main
sys.exit(main(sys.argv[1:]))
"""
STATS = re.compile(r"page cache: (\d+) conversions, (\d+) pages made here; (\d+) hits")
POSTS = 25
LINKED = re.compile(r"(\d+) pages linked from the last site; (\d+) pages left in the spare")
MADE = re.compile(r"(\d+) read and page entries made")


def _build(project: Path, site: Path, cache: Path, jobs: int = 1, *extra: str) -> str:
    env = {
        **os.environ,
        "CAMPAIGN_JOBS": str(jobs),
        "CAMPAIGN_BUILD_DATE": "2025-03-10",
        "CAMPAIGN_CACHE": str(cache),
    }
    command = [
        sys.executable,
        "-c",
        RUN,
        "-C",
        str(project),
        "build",
        "--site-dir",
        str(site),
        *extra,
    ]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def _files(root: Path) -> list[str]:
    """Every file of a site but the marker, which names its own folder."""
    return sorted(
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != MARKER
    )


def _same_site(one: Path, other: Path) -> None:
    names = _files(one)
    assert names == _files(other)
    _, mismatch, errors = filecmp.cmpfiles(one, other, names, shallow=False)
    assert not mismatch and not errors, mismatch[:10]


def _stats(log: str) -> tuple[int, int, int]:
    match = STATS.search(log)
    assert match, log[-2000:]
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = scratch(tmp_path / "chien-dich")
    for i in range(POSTS):
        body = f"Đoạn mở đầu của tin {i}.\n\n<!-- more -->\n\nPhần sau của tin {i}.\n"
        path = post(root, f"tin-{i:02d}", f"Tin số {i}", date=f"2025-0{1 + i % 3}-{1 + i:02d}")
        path.write_text(path.read_text(encoding="utf-8") + body, encoding="utf-8")
    return root


def _check(project: Path, tmp_path: Path, step: str, jobs: int = 1) -> tuple[int, int, int]:
    """Build incrementally, then fully without page cache; the sites must be the same."""
    log = _build(project, tmp_path / "site", tmp_path / "cache", jobs)
    _same_as_full(project, tmp_path, step)
    return _stats(log)


def _same_as_full(project: Path, tmp_path: Path, step: str) -> None:
    """The site is the one a fresh full build of the same files makes."""
    # The same media (fonts and PDFs carry the time they were made), no pages.
    fresh = tmp_path / f"fresh-{step}"
    shutil.copytree(
        tmp_path / "cache", fresh, ignore=shutil.ignore_patterns("pages", "frontmatter.pickle")
    )
    _build(project, tmp_path / f"full-{step}", fresh)
    _same_site(tmp_path / "site", tmp_path / f"full-{step}")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_edits_give_a_full_builds_site(project: Path, tmp_path: Path) -> None:
    first = _build(project, tmp_path / "site", tmp_path / "cache")
    converted, made, hits = _stats(first)
    assert hits == 0 and made > POSTS

    # A post's body, with a heading (so not written by the direct path, see
    # test_direct.py): that post and the listing pages showing it (index, month,
    # topic) are made again, nothing else.
    posts = project / "docs" / "tin-tuc" / "posts"
    _edit(posts / "tin-07.md", "Phần sau của tin 7.", "## Mục\n\nPhần sau đã sửa của tin 7.")
    converted, made, hits = _check(project, tmp_path, "body")
    assert converted == 1 and 2 <= made <= 4 and hits > 4 * made

    # The pages that did not change are not written again: left as they are in the
    # site the last one replaced (the spare folder this build writes into), or linked
    # from the last site; a page changed by hand in the published folder is written
    # again from the cache.
    site = tmp_path / "site"
    before = {p.relative_to(site): p.stat().st_ino for p in site.rglob("*.html")}
    hand = next(p for p in site.rglob("*.html") if "Phần sau của tin 15." in p.read_text())
    with hand.open("a", encoding="utf-8") as stream:
        stream.write("<p>sửa tay</p>")
    _edit(posts / "tin-07.md", "Phần sau đã sửa của tin 7.", "Phần sau sửa lần hai của tin 7.")
    log = _build(project, site, tmp_path / "cache")
    linked = LINKED.search(log)
    assert linked and int(linked.group(2)) > 0, log[-2000:]
    after = {p.relative_to(site): p.stat().st_ino for p in site.rglob("*.html")}
    kept = {name for name, ino in after.items() if before.get(name) == ino}
    assert hand.relative_to(site) not in kept
    assert len(kept) >= len(before) - 6  # the edited post, its listings, the hand-edited page
    _same_as_full(project, tmp_path, "linked")

    # --force makes every page again (and finds the same site), written into the site
    # the last build replaced: a page only that folder had is written again in place
    # (making a file costs more than writing one, see fsutil.make_way), one it shares
    # with the published site is a new file, the published one left as it was.
    spare = outdir.spare_for(tmp_path / "cache", site.resolve(), project.resolve())
    own = {p.relative_to(spare): p.stat().st_ino for p in spare.rglob("*.html")}
    own = {name: ino for name, ino in own.items() if (spare / name).stat().st_nlink == 1}
    published = {
        p.relative_to(site): (p.stat().st_ino, p.read_bytes()) for p in site.rglob("*.html")
    }
    assert own  # (most of its pages are the site's too: linked from there by the last build)
    forced = _build(project, tmp_path / "site", tmp_path / "cache", 1, "--force")
    assert _stats(forced)[2] == 0
    _same_site(tmp_path / "site", tmp_path / "full-linked")
    moved = [str(name) for name, ino in own.items() if (site / name).stat().st_ino != ino]
    assert moved == ["404.html"]  # the theme's page, not one of the build's pages: made new
    for name, (ino, data) in published.items():  # now the spare folder, as it was
        assert (spare / name).read_bytes() == data and (spare / name).stat().st_ino == ino
        if name not in own:
            assert (site / name).stat().st_ino != ino

    # Its excerpt, shown in those listings. The pages --force wrote are recorded too:
    # the next build leaves or links them instead of writing them again.
    _edit(posts / "tin-07.md", "Đoạn mở đầu của tin 7.", "Đoạn mở đầu mới của tin 7.")
    log = _build(project, tmp_path / "site", tmp_path / "cache")
    converted, made, hits = _stats(log)
    assert converted == 1 and 2 <= made <= 4
    reused = LINKED.search(log)
    assert reused and int(reused.group(1)) + int(reused.group(2)) > POSTS, log[-2000:]
    _same_as_full(project, tmp_path, "excerpt")

    # A title shows in listings and links: every page is made again.
    _edit(posts / "tin-11.md", "title: Tin số 11", "title: Tin số mười một")
    assert _check(project, tmp_path, "title")[1] > POSTS

    # A date moves the post in every listing.
    _edit(posts / "tin-03.md", "date: 2025-01-04", "date: 2025-02-20")
    _check(project, tmp_path, "date")

    (posts / "tin-12.md").unlink()
    _check(project, tmp_path, "deleted")

    post(project, "tin-moi", "Tin mới thêm", date="2025-03-01")
    _check(project, tmp_path, "added")

    _edit(project / "mkdocs.yml", "pagination_per_page: 10", "pagination_per_page: 7")
    _check(project, tmp_path, "mkdocs")

    text = (project / "campaign.yml").read_text(encoding="utf-8")
    (project / "campaign.yml").write_text(text.replace("vi-du.example", "vi-du2.example"))
    assert _check(project, tmp_path, "campaign")[2] == 0  # every page shows the address


def test_several_processes_and_a_corrupt_cache(project: Path, tmp_path: Path) -> None:
    _build(project, tmp_path / "site", tmp_path / "cache", jobs=2)
    # Every entry cut short: each is a miss, made again, never half a page.
    entries = [p for p in (tmp_path / "cache" / "pages").rglob("*") if p.is_file()]
    assert entries
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[: len(entry.read_bytes()) // 2])
    _edit(project / "docs" / "tin-tuc" / "posts" / "tin-02.md", "tin 2.", "tin hai.")
    _check(project, tmp_path, "corrupt", jobs=2)
    _edit(project / "docs" / "tin-tuc" / "posts" / "tin-02.md", "tin hai.", "tin 2 nữa.")
    _check(project, tmp_path, "after", jobs=2)


def test_speedups_off_builds_every_page(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_SPEEDUPS", "0")
    log = _build(project, tmp_path / "site", tmp_path / "cache")
    assert not STATS.search(log)
    assert not (tmp_path / "cache" / "pages").exists()


READ = re.compile(r"(\d+) pages read from the cache")


def test_pages_showing_other_pages(tmp_path: Path) -> None:
    """Pages read from the cache (their hooks and conversion skipped) still give a full
    build's site where other pages show the edited post: the home page's latest news,
    the related news under the posts of its topic, its topic's and month's listings."""
    root = scratch(tmp_path / "chien-dich")
    posts = root / "docs" / "tin-tuc" / "posts"
    for i in range(12):
        topic = "Tiêm chủng" if i % 2 else "Hiến máu"
        path = post(
            root,
            f"tin-{i:02d}",
            f"Tin số {i}",
            date=f"2025-02-{1 + i:02d}",
            extra=f"categories: [{topic}]\n",
        )
        path.write_text(
            path.read_text(encoding="utf-8")
            + f"\nMở đầu tin {i}.\n\n<!-- more -->\n\nPhần sau tin {i}.\n",
            encoding="utf-8",
        )
    _build(root, tmp_path / "site", tmp_path / "cache")

    # The newest post (on the home page, in its topic's listing and related news):
    # its body after the separator (with a heading: MkDocs builds; without: the direct
    # path, see test_direct.py), then before it (its excerpt in the listings).
    _edit(posts / "tin-11.md", "Phần sau tin 11.", "## Mục\n\nPhần sau đã sửa của tin 11.")
    log = _build(root, tmp_path / "site", tmp_path / "cache")
    match = READ.search(log)
    assert match and int(match.group(1)) >= 11, log[-2000:]  # the other posts were not read
    assert _stats(log)[0] == 1  # the edited post alone was converted
    _same_as_full(root, tmp_path, "after")
    _edit(posts / "tin-11.md", "Phần sau đã sửa", "Phần sau sửa lần hai")
    log = _build(root, tmp_path / "site", tmp_path / "cache")
    assert "direct path: wrote 1 page" in log, log[-2000:]
    _same_as_full(root, tmp_path, "direct")
    _edit(posts / "tin-11.md", "Mở đầu tin 11.", "Mở đầu mới của tin 11.")
    _check(root, tmp_path, "excerpt")

    # Its summary (front matter): the home page's list and the feed show it.
    _edit(posts / "tin-11.md", "summary: Tóm tắt.", "summary: Tóm tắt mới của tin 11.")
    _check(root, tmp_path, "summary")

    # Its topic: it leaves one topic's listing and related news for the other's.
    _edit(posts / "tin-11.md", "categories: [Tiêm chủng]", "categories: [Hiến máu]")
    _check(root, tmp_path, "topic")

    # A post in the middle of the list: its title in related news of its topic.
    _edit(posts / "tin-04.md", "title: Tin số 4", "title: Tin số bốn")
    _check(root, tmp_path, "title")


def _entries(cache: Path) -> set[str]:
    return {p.name for p in (cache / "pages").glob("??/*")}


def test_identical_builds_use_the_same_keys(project: Path, tmp_path: Path) -> None:
    # A key that changes while no input did is a miss on every incremental build: two
    # full builds of the same files (two processes each) store and use the same
    # entries, so the second prunes none and writes none.
    cache = tmp_path / "cache"
    _build(project, tmp_path / "site", cache, 2)
    first = _entries(cache)
    assert first
    _build(project, tmp_path / "site", cache, 2, "--force")
    second = _entries(cache)
    assert sorted(second - first)[:5] == [] and sorted(first - second)[:5] == []


def test_one_and_two_processes_store_the_same_keys(project: Path, tmp_path: Path) -> None:
    # The same files built with two processes, then with one: the entries are the same.
    # A read-ahead helper converting a later page of a paginated listing (whose Markdown
    # the blog writes from the first page's reading, which only the parent did) stored
    # a conversion of "# None" that no build uses, pruned by every one-process build.
    cache = tmp_path / "cache"
    _build(project, tmp_path / "site", cache, 2, "--force")
    two = _entries(cache)
    assert two
    log = _build(project, tmp_path / "site", cache, 1, "--force")
    one = _entries(cache)
    assert sorted(two - one)[:5] == [] and sorted(one - two)[:5] == []
    # Every page is made again, but no entry: each is stored already (``touch``).
    made = MADE.search(log)
    assert made and made.group(1) == "0", log[-2000:]
