"""Pages written by several processes: the same site, the same errors, the same warnings.

Each build runs in its own Python (the fork needs a process without threads),
with ``shard.MIN_PAGES`` lowered so the flagship is large enough to split.
"""

from __future__ import annotations

import filecmp
import os
import re
import signal
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
HELPED = re.compile(r"converted again here\), with (\d+) excerpts")
LEFT = re.compile(r"excerpts prepared once every page was read: (\d+)")


# A machine out of memory or processes: fork() fails.
NO_FORK = """
import errno, os
def fork():
    raise OSError(errno.ENOMEM, "Cannot allocate memory")
os.fork = fork
"""


# Who reads which page is left to the scheduler: on a loaded machine the parent may
# read most pages before a helper gets a turn. To see warnings come from every
# process whatever the load, the build waits for events, never for a time: each
# helper, once it has converted a broken page, waits until every helper has; the
# parent reads nothing until the helpers have taken every page from the middle
# broken one (``MIDDLE``) to the end; the first broken page is left to the parent.
# Each wait gives up after a generous deadline (the asserts then say what is missing).
MIDDLE = "lien-ket-150.md"
TAKE_TURNS = """
import multiprocessing, os, sys, time
from campaign.adapter.parallel import readahead
_fork = multiprocessing.get_context("fork")
_next = _fork.Value("i", 0)  # each helper's number
_broken = _fork.Array("i", [0] * (int(os.environ["CAMPAIGN_JOBS"]) - 1))
def _until(done):
    deadline = time.monotonic() + 180
    while not done() and time.monotonic() < deadline:
        time.sleep(0.01)
_helper = readahead._helper
def helper(config, files, pages, bounds, out):
    with _next.get_lock():
        me = _next.value
        _next.value += 1
    with bounds.get_lock():  # the first broken page, and those before it, are the parent's
        first = [file.src_uri for file in pages].index("lien-ket-000.md")
        bounds[0] = max(bounds[0], first + 1)
    populate = readahead.mkdocs_build._populate_page
    def counted(page, config, files):
        try:
            populate(page, config, files)
        finally:
            if page.file.src_uri.startswith("lien-ket-"):
                _broken[me] += 1
                _until(lambda: all(_broken))
    readahead.mkdocs_build._populate_page = counted  # in this helper only
    _helper(config, files, pages, bounds, out)
readahead._helper = helper
_claim, _finish = readahead.ReadAhead.claim, readahead.ReadAhead.finish
def claim(self, page):
    if not getattr(self, "waited", False):
        self.waited = True
        middle = self.index["MIDDLE"]
        def taken():
            self._drain(block=False)  # the helpers never wait on a full pipe
            return self.bounds[1] <= middle
        _until(taken)
    _claim(self, page)
def finish(self):
    _finish(self)
    print("broken pages converted by each helper:", list(_broken), file=sys.stderr)
readahead.ReadAhead.claim, readahead.ReadAhead.finish = claim, finish
""".replace("MIDDLE", MIDDLE)
BY_HELPER = re.compile(r"broken pages converted by each helper: \[([\d, ]*)\]")
# The parent reads nothing until the helpers have taken every page from the first news
# post to the end (or a generous deadline passed): they convert posts, and prepare
# their excerpts, whatever the load.
POSTS_TO_HELPERS = """
import time
from campaign.adapter.parallel import readahead
_claim = readahead.ReadAhead.claim
def claim(self, page):
    if not getattr(self, "waited", False):
        self.waited = True
        first = min(i for uri, i in self.index.items() if uri.startswith("tin-tuc/posts/"))
        deadline = time.monotonic() + 180
        while self.bounds[1] > first and time.monotonic() < deadline:
            self._drain(block=False)  # the helpers never wait on a full pipe
            time.sleep(0.01)
    _claim(self, page)
readahead.ReadAhead.claim = claim
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
    split = _build(flagship, many, jobs, POSTS_TO_HELPERS)
    assert split.returncode == 0, split.stderr
    writers = WRITERS.search(split.stderr)
    assert writers and int(writers.group(1)) == jobs, split.stderr[-2000:]  # really split
    ahead = AHEAD.search(split.stderr)  # and read by the helpers
    assert ahead and int(ahead.group(1)) > 0, split.stderr[-2000:]
    assert int(ahead.group(2)) == jobs - 1
    # The helpers prepared the excerpts of the posts they read (the parent those it
    # read): none was left for workers forked once reading was done (one process
    # prepares them all then).
    helped, left = HELPED.search(split.stderr), LEFT.findall(split.stderr)
    assert helped and int(helped.group(1)) > 0, split.stderr[-2000:]
    assert left == ["0"], split.stderr[-2000:]
    alone = LEFT.findall(serial.stderr)
    assert len(alone) == 1 and int(alone[0]) >= 7, serial.stderr[-2000:]
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
    failed = _build(flagship, tmp_path / "site", jobs, TAKE_TURNS)
    assert failed.returncode != 0
    writers = WRITERS.search(failed.stderr)
    assert writers and int(writers.group(1)) == jobs
    ahead = AHEAD.search(failed.stderr)
    assert ahead and int(ahead.group(2)) == jobs - 1, failed.stderr[-2000:]
    # Every page from the middle broken one on came from a helper, and the parent
    # used each helper's conversion (none converted again here).
    assert int(ahead.group(1)) >= len(broken) - broken.index(MIDDLE)
    assert "(0 converted again here)" in failed.stderr
    # Every helper converted broken pages (and the parent the first one, at least).
    by_helper = BY_HELPER.search(failed.stderr)
    assert by_helper, failed.stderr[-2000:]
    counts = [int(n) for n in by_helper.group(1).split(",")]
    assert len(counts) == jobs - 1 and all(counts), counts
    assert f"{2 * len(broken)} cảnh báo (chế độ nghiêm ngặt" in failed.stderr
    summary = [line for line in failed.stderr.splitlines() if line.startswith("  - docs/")]
    # In the order one process logs them: every page as it is read, then every
    # page's links to headings, page by page (whichever process wrote it); each at
    # the line of the page that has the link (line 3).
    expected = [
        f"  - docs/{name}:3: liên kết 'khong-co-trang.md' trỏ tới trang không tồn tại"
        for name in broken
    ] + [
        f"  - docs/{name}:3: liên kết 'gioi-thieu.md#khong-co-muc-nay': "
        "trang 'gioi-thieu.md' không có mục '#khong-co-muc-nay'"
        for name in broken
    ]
    assert summary == expected


# Ctrl-C arriving just as a page writer or a read-ahead helper is forked: the parent
# sends itself SIGINT right after fork() returns, before its caller has the child's
# pid. Every child forked there sleeps, so one the build lost track of is still alive
# when it ends. The handler is restored as in tests/test_tasks.py: a background run
# inherits SIGINT ignored.
INTERRUPTED = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
with open("PIDS.build", "w") as noted:
    noted.write(str(os.getpid()))
_fork = os.fork
def fork():
    caller = sys._getframe(1).f_globals.get("__name__", "")
    pid = _fork()
    if not caller.endswith(".WHERE"):
        return pid
    if pid == 0:
        time.sleep(60)
        os._exit(0)
    with open("PIDS", "a") as noted:
        noted.write(f"{pid}\\n")
    os.kill(os.getpid(), signal.SIGINT)
    return pid
os.fork = fork
"""


@pytest.mark.parametrize("where", ["readahead", "shard"])
def test_ctrl_c_while_forking_keeps_the_site_and_leaves_no_process(
    tmp_path: Path, flagship: Path, where: str
) -> None:
    site = tmp_path / "site"
    assert _build(flagship, site, 2).returncode == 0
    kept = _files(site)
    index = (site / "index.html").read_bytes()
    pids = tmp_path / "pids"
    prelude = INTERRUPTED.replace("WHERE", where).replace("PIDS", str(pids))
    stopped = _build(flagship, site, 2, prelude)
    try:
        assert stopped.returncode == 130, stopped.stderr[-2000:]
        assert "Traceback" not in stopped.stderr
        forked = [int(line) for line in pids.read_text().split()]
        assert forked  # the interruption really came during that fork
        for pid in forked:  # stopped and reaped by the build, not left running
            with pytest.raises(ProcessLookupError):
                os.kill(pid, 0)
    finally:
        for pid in [int(line) for line in pids.read_text().split()] if pids.exists() else []:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    assert _files(site) == kept
    assert (site / "index.html").read_bytes() == index
    # No results file of this build's children left (other builds may run meanwhile).
    build = (tmp_path / "pids.build").read_text()
    assert not [name for name in _leftovers() if f"-{build}-" in name]
    assert not list(tmp_path.glob(".site.new-*"))
