"""The direct path of ``campaign build`` (``campaign.adapter.direct``): byte for byte a full build.

A scratch campaign of a few dozen posts and a profile is built, then edited
step by step; after each step ``campaign build`` runs (the direct path when the
edit is to a post's body only, MkDocs otherwise) and its site is compared with
a fresh full build of the same files (``diff -r``, every byte). The steps the
issue names: a body, an excerpt, a title, front matter, a post added and one
deleted, a profile, ``campaign.yml``; and what the direct path must refuse: a
hand-edited site, a broken link in the new body, a failure while it swaps.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.scratch import post, scratch
from tests.test_incremental import _same_site

pytestmark = pytest.mark.build

RUN = """
import logging, sys
logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
logging.getLogger("mkdocs.plugins.campaign").setLevel(logging.DEBUG)
if len(sys.argv) > 1 and sys.argv[1] == "--fail-swap":
    # The direct path's last step fails after it put the post's page in place.
    sys.argv.pop(1)
    import os
    replace = os.replace
    def failing(source, target, **kwargs):
        if ".site.new-" in str(source) and str(target).endswith("search_index.json"):
            raise OSError(5, "Input/output error", str(target))
        return replace(source, target, **kwargs)
    os.replace = failing
from campaign.cli import main
code = main(sys.argv[1:])
import gc
print("objects frozen at exit:", gc.get_freeze_count(), file=sys.stderr)
sys.exit(code)
"""
DIRECT = "direct path: wrote"
POSTS = 24
PROFILE = (
    "---\nname: Nhân vật minh họa\nkind: cá nhân\nhonour: Giấy khen\n"
    "achievements: [Khám bệnh cho người dân vùng cao.]\nsample: true\n---\n\n{body}\n"
)


def _run(project: Path, site: Path, cache: Path, *extra: str, fail_swap: bool = False) -> str:
    env = {
        **os.environ,
        "CAMPAIGN_JOBS": "1",
        "CAMPAIGN_BUILD_DATE": "2025-03-10",
        "CAMPAIGN_CACHE": str(cache),
    }
    command = [sys.executable, "-c", RUN, *(["--fail-swap"] if fail_swap else [])]
    command += ["-C", str(project), "build", "--site-dir", str(site), *extra]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    if fail_swap:
        assert done.returncode != 0, done.stderr[-3000:]
    else:
        assert done.returncode == 0, done.stderr[-3000:]
    return done.stderr


def _diff(one: Path, other: Path) -> None:
    """``diff -r`` of two sites but their markers (each names its own folder)."""
    done = subprocess.run(
        ["diff", "-r", "--exclude=.campaign-site", str(one), str(other)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = scratch(tmp_path / "chien-dich")
    for i in range(POSTS):
        body = f"Đoạn mở đầu của tin {i}.\n\n<!-- more -->\n\nPhần sau của tin {i}.\n"
        path = post(root, f"tin-{i:02d}", f"Tin số {i}", date=f"2025-0{1 + i % 3}-{1 + i:02d}")
        path.write_text(path.read_text(encoding="utf-8") + body, encoding="utf-8")
    profiles = root / "docs" / "guong-dien-hinh"
    profiles.mkdir()
    (profiles / "nhan-vat.md").write_text(
        PROFILE.format(body="Bác sĩ trạm y tế xã."), encoding="utf-8"
    )
    return root


class Steps:
    """Edits and builds of one campaign, each compared with a fresh full build."""

    def __init__(self, project: Path, tmp_path: Path) -> None:
        self.project = project
        self.tmp = tmp_path
        self.site = tmp_path / "site"
        self.cache = tmp_path / "cache"
        self.count = 0

    def build(self, *extra: str, fail_swap: bool = False) -> str:
        return _run(self.project, self.site, self.cache, *extra, fail_swap=fail_swap)

    def same_as_full(self) -> None:
        self.count += 1
        full = self.tmp / f"full-{self.count}"
        _run(self.project, full, self.tmp / f"cache-{self.count}", "--force")
        _diff(self.site, full)
        _same_site(self.site, full)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.project / "docs" / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")

    def step(self, direct: bool) -> str:
        log = self.build()
        assert (DIRECT in log) == direct, log[-3000:]
        self.same_as_full()
        return log


def test_each_edit_gives_a_full_builds_site(project: Path, tmp_path: Path) -> None:
    steps = Steps(project, tmp_path)
    steps.build()
    posts = "tin-tuc/posts/"

    # The body after the cut: the direct path, twice in a row, with a new heading
    # level nowhere and a paragraph more.
    steps.edit(posts + "tin-07.md", "Phần sau của tin 7.", "Phần sau đã sửa của tin 7.")
    assert "1 page" in steps.step(direct=True)
    steps.edit(posts + "tin-07.md", "đã sửa", "sửa lần hai, *nhấn mạnh*.\n\nMột đoạn nữa")
    steps.step(direct=True)

    # Two posts' bodies at once.
    steps.edit(posts + "tin-03.md", "Phần sau của tin 3.", "Phần sau mới của tin 3.")
    steps.edit(posts + "tin-20.md", "Phần sau của tin 20.", "Phần sau mới của tin 20.")
    assert "2 pages" in steps.step(direct=True)

    # The excerpt shows in the listings: MkDocs builds.
    steps.edit(posts + "tin-07.md", "Đoạn mở đầu của tin 7.", "Đoạn mở đầu mới của tin 7.")
    steps.step(direct=False)
    # Then the body again, after a build that went the usual way.
    steps.edit(posts + "tin-07.md", "Một đoạn nữa", "Một đoạn khác")
    steps.step(direct=True)

    # A heading added in the body changes the page's table of contents: MkDocs builds.
    steps.edit(posts + "tin-07.md", "Một đoạn khác", "## Mục mới\n\nMột đoạn khác")
    steps.step(direct=False)

    # A title, front matter, a post added, a post deleted.
    steps.edit(posts + "tin-11.md", "title: Tin số 11", "title: Tin số mười một")
    steps.step(direct=False)
    steps.edit(posts + "tin-05.md", "summary: Tóm tắt.", "summary: Tóm tắt mới.")
    steps.step(direct=False)
    post(project, "tin-moi", "Tin mới thêm", date="2025-03-01")
    steps.step(direct=False)
    (project / "docs" / posts / "tin-12.md").unlink()
    steps.step(direct=False)

    # A profile, campaign.yml.
    steps.edit("guong-dien-hinh/nhan-vat.md", "Bác sĩ trạm y tế xã.", "Bác sĩ trạm y tế.")
    steps.step(direct=False)
    text = (project / "campaign.yml").read_text(encoding="utf-8")
    (project / "campaign.yml").write_text(text.replace("vi-du.example", "vi-du2.example"))
    steps.step(direct=False)

    # And after all that, a body again.
    steps.edit(posts + "tin-09.md", "Phần sau của tin 9.", "Phần sau mới của tin 9.")
    steps.step(direct=True)


def test_what_the_direct_path_refuses(project: Path, tmp_path: Path) -> None:
    steps = Steps(project, tmp_path)
    steps.build()
    posts = "tin-tuc/posts/"

    # A page of the site changed by hand: the usual build puts it right.
    page = next(p for p in steps.site.rglob("*.html") if "Phần sau của tin 15." in p.read_text())
    with page.open("a", encoding="utf-8") as stream:
        stream.write("<p>sửa tay</p>")
    steps.edit(posts + "tin-15.md", "Phần sau của tin 15.", "Phần sau mới của tin 15.")
    steps.step(direct=False)

    # A broken link in the new body: MkDocs says so (strict), the site stays as it was.
    before = {p: p.read_bytes() for p in steps.site.rglob("*") if p.is_file()}
    steps.edit(posts + "tin-15.md", "Phần sau mới", "Xem [trang cũ](khong-co.md). Phần sau mới")
    done = subprocess.run(
        [sys.executable, "-c", RUN, "-C", str(project), "build", "--site-dir", str(steps.site)],
        env={
            **os.environ,
            "CAMPAIGN_JOBS": "1",
            "CAMPAIGN_BUILD_DATE": "2025-03-10",
            "CAMPAIGN_CACHE": str(steps.cache),
        },
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode != 0 and "khong-co.md" in done.stderr, done.stderr[-3000:]
    assert DIRECT not in done.stderr
    assert {p: p.read_bytes() for p in steps.site.rglob("*") if p.is_file()} == before

    # Fixed, then a failure while the direct path swaps the new site in: the last good
    # site is left byte for byte, and the next build makes the right one.
    steps.edit(posts + "tin-15.md", "Xem [trang cũ](khong-co.md). ", "")
    steps.step(direct=False)
    steps.edit(posts + "tin-15.md", "Phần sau mới", "Phần sau sửa lần nữa")
    before = {p: p.read_bytes() for p in steps.site.rglob("*") if p.is_file()}
    log = steps.build(fail_swap=True)
    assert "giữ nguyên bản cũ trong site/" in log and "page cache:" not in log, log[-3000:]
    assert {p: p.read_bytes() for p in steps.site.rglob("*") if p.is_file()} == before
    assert not [p for p in steps.site.parent.iterdir() if p.name.startswith(".site.")]
    steps.step(direct=True)

    # --force never goes the direct way.
    steps.edit(posts + "tin-15.md", "sửa lần nữa", "sửa lần cuối")
    log = steps.build("--force")
    assert DIRECT not in log
    steps.same_as_full()


def test_speedups_off_never_goes_direct(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The direct path reaches into MkDocs and Material (a page made outside their run):
    # with the speed-ups off (or other versions, see ``compat``) every build is MkDocs'.
    steps = Steps(project, tmp_path)
    steps.build()
    monkeypatch.setenv("CAMPAIGN_SPEEDUPS", "0")
    steps.edit("tin-tuc/posts/tin-04.md", "Phần sau của tin 4.", "Phần sau mới của tin 4.")
    assert DIRECT not in steps.build()
    monkeypatch.delenv("CAMPAIGN_SPEEDUPS")
    steps.edit("tin-tuc/posts/tin-04.md", "Phần sau mới", "Phần sau sửa lần nữa")
    steps.step(direct=False)  # the build with the speed-ups off recorded nothing
    steps.edit("tin-tuc/posts/tin-04.md", "sửa lần nữa", "sửa lần cuối")
    steps.step(direct=True)


def test_the_direct_path_leaves_the_collector_as_it_found_it(project: Path, tmp_path: Path) -> None:
    # The plugin's on_config freezes what lives until a build ends (gc.freeze) and the
    # build's end thaws it; the direct path runs on_config but no build end, so it thaws
    # itself: a caller that builds and goes on (the release pipeline, a test) is not left
    # with the build's objects out of the collector's reach.
    steps = Steps(project, tmp_path)
    assert "objects frozen at exit: 0" in steps.build()
    steps.edit("tin-tuc/posts/tin-05.md", "Phần sau của tin 5.", "Phần sau mới của tin 5.")
    log = steps.build()
    assert DIRECT in log, log[-3000:]
    assert "objects frozen at exit: 0" in log, log[-3000:]
