"""Pages written by several processes: the same site, the same errors, the same warnings.

Each build runs in its own Python (the fork needs a process without threads),
with ``shard.MIN_PAGES`` lowered so the flagship is large enough to split.
"""

from __future__ import annotations

import filecmp
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from campaign.publish.outdir import MARKER
from tests.test_scale import FENCED, POST, SHORT

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
SPLIT = "pages written in "
WRITERS = re.compile(r"pages written in (\d+) processes")
AHEAD = re.compile(r"read ahead: (\d+) pages converted by (\d+) helper processes")


# A machine out of memory or processes: fork() fails.
NO_FORK = """
import errno, os
def fork():
    raise OSError(errno.ENOMEM, "Cannot allocate memory")
os.fork = fork
"""


def _build(
    project: Path, site: Path, jobs: int, prelude: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CAMPAIGN_JOBS": str(jobs), "CAMPAIGN_BUILD_DATE": "2025-02-10"}
    command = [sys.executable, "-c", prelude + RUN, "-C", str(project), "build", "--force"]
    return subprocess.run(
        [*command, "--site-dir", str(site)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _files(root: Path) -> list[str]:
    """Every file of a site but the marker, which names its own folder."""
    return sorted(
        str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != MARKER
    )


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("campaign-pages-*")}


@pytest.mark.parametrize("jobs", [2, 3])
def test_several_processes_write_the_same_site_as_one(
    tmp_path: Path, flagship: Path, jobs: int
) -> None:
    posts = flagship / "docs" / "tin-tuc" / "posts"
    for name, text in (("tham-chieu.md", POST), ("ngan.md", SHORT), ("khoi-ma.md", FENCED)):
        (posts / name).write_text(text, encoding="utf-8")
    one, many = tmp_path / "one", tmp_path / "many"
    serial = _build(flagship, one, 1)
    assert serial.returncode == 0, serial.stderr
    assert SPLIT not in serial.stderr
    before = _leftovers()
    split = _build(flagship, many, jobs)
    assert split.returncode == 0, split.stderr
    writers = WRITERS.search(split.stderr)
    assert writers and int(writers.group(1)) == jobs, split.stderr[-2000:]  # really split
    ahead = AHEAD.search(split.stderr)  # and read by the helpers
    assert ahead and int(ahead.group(1)) > 0, split.stderr[-2000:]
    assert int(ahead.group(2)) == jobs - 1
    files = _files(one)
    assert files == _files(many)
    # Every page, the sitemap, the search index (in page order), the feed, the manifest.
    for name in ("sitemap.xml", "search/search_index.json", "feed.xml", "404.html"):
        assert name in files
    _, mismatch, errors = filecmp.cmpfiles(one, many, files, shallow=False)
    assert not mismatch and not errors
    assert _leftovers() <= before


def test_without_a_second_process_the_build_runs_on_one(tmp_path: Path, flagship: Path) -> None:
    one, fallback = tmp_path / "one", tmp_path / "fallback"
    assert _build(flagship, one, 1).returncode == 0
    before = _leftovers()
    result = _build(flagship, fallback, 2, NO_FORK)
    assert result.returncode == 0, result.stderr
    assert SPLIT not in result.stderr and not AHEAD.search(result.stderr)
    files = _files(one)
    assert files == _files(fallback)
    _, mismatch, errors = filecmp.cmpfiles(one, fallback, files, shallow=False)
    assert not mismatch and not errors
    assert _leftovers() <= before


def test_a_page_failing_in_either_process_fails_the_build_and_keeps_the_site(
    tmp_path: Path, flagship: Path
) -> None:
    site = tmp_path / "site"
    assert _build(flagship, site, 2).returncode == 0
    kept = _files(site)
    before = _leftovers()
    # Two neighbouring pages: often one falls to each process.
    for name in ("hong-1.md", "hong-2.md"):
        (flagship / "docs" / name).write_text(
            "---\ntemplate: khong-co.html\n---\n\n# Trang hỏng\n", encoding="utf-8"
        )
    failed = _build(flagship, site, 2)
    assert failed.returncode != 0
    assert "hong-" in failed.stderr and "khong-co.html" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert _files(site) == kept
    assert _leftovers() <= before
    assert not list(tmp_path.glob(".site.new-*"))


@pytest.mark.parametrize("jobs", [2, 3])
def test_warnings_from_every_process_fail_a_strict_build_once_each(
    tmp_path: Path, flagship: Path, jobs: int
) -> None:
    # Most pages broken: whichever pages the other processes read or write, many
    # are among them. A link to a missing page is found while the page is read
    # (converted), one to a missing heading once every page is.
    broken = [f"lien-ket-{i:03d}.md" for i in range(300)]
    for name in broken:
        (flagship / "docs" / name).write_text(
            f"# Liên kết {name}\n\nXem [mục không có](gioi-thieu.md#khong-co-muc-nay) "
            "và [trang không có](khong-co-trang.md).\n",
            encoding="utf-8",
        )
    failed = _build(flagship, tmp_path / "site", jobs)
    assert failed.returncode != 0
    writers = WRITERS.search(failed.stderr)
    assert writers and int(writers.group(1)) == jobs
    ahead = AHEAD.search(failed.stderr)
    # More pages than the flagship's own: the helper converted broken ones too.
    assert ahead and int(ahead.group(1)) > 50, failed.stderr[-2000:]
    assert f"{2 * len(broken)} cảnh báo (chế độ nghiêm ngặt" in failed.stderr
    summary = [line for line in failed.stderr.splitlines() if line.startswith("  - docs/")]
    # In the order one process logs them: every page as it is read, then every
    # page's links to headings, page by page (whichever process wrote it).
    expected = [
        f"  - docs/{name}: liên kết 'khong-co-trang.md' trỏ tới trang không tồn tại"
        for name in broken
    ] + [
        f"  - docs/{name}: liên kết 'gioi-thieu.md#khong-co-muc-nay': "
        "trang 'gioi-thieu.md' không có mục '#khong-co-muc-nay'"
        for name in broken
    ]
    assert summary == expected
