"""The output folder: nothing of the user's is ever replaced, the site is readable by
a web server, a killed build leaves nothing the next one does not clean, and two
builds of one campaign never collide."""

from __future__ import annotations

import os
import re
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.errors import ContentError
from campaign.project import cache_dir
from campaign.publish import buildlock, outdir
from campaign.publish.manifest import MANIFEST

# A build in its own Python, pages written by two processes (``shard.MIN_PAGES``
# lowered), with ``SLOW`` seconds of delay where a test wants to catch it.
RUN = """
import os, sys, time
from campaign.publish import outdir
from campaign.adapter.parallel import shard
shard.MIN_PAGES = 1
delay = float(os.environ.get("SLOW", "0"))
finish_child, mark = shard.Shard.finish_child, outdir.mark
def slow_child(self, *args):
    time.sleep(delay)  # the parent waits for it, the results file in /tmp
    finish_child(self, *args)
def slow_mark(folder):
    time.sleep(delay)
    mark(folder)
shard.Shard.finish_child = slow_child
outdir.mark = slow_mark if os.environ.get("SLOW_MARK") else mark
from campaign.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cleaned(folder: Path, pattern: str = ".site.*", timeout: float = 120) -> bool:
    """Whether the folders matching ``pattern`` in ``folder`` are gone, waiting for the
    detached process deleting a replaced site (see ``outdir.discard``) if one runs."""
    deadline = time.monotonic() + timeout
    while list(folder.glob(pattern)):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _snapshot(folder: Path, skip: str = "") -> dict[str, tuple[int, ...] | bytes]:
    """Every path under ``folder`` (itself included): mode and inode, files also size
    and time, small files content. Paths starting with ``skip`` are left out."""
    found: dict[str, tuple[int, ...] | bytes] = {}
    for path in [folder, *sorted(folder.rglob("*"))]:
        name = str(path.relative_to(folder))
        if skip and name.startswith(skip):
            continue
        info = path.lstat()
        found[name] = (info.st_mode, info.st_ino)
        if stat.S_ISREG(info.st_mode):
            found[name] += (info.st_size, info.st_mtime_ns)
        if stat.S_ISREG(info.st_mode) and info.st_size < 65536:
            found[name + "\0content"] = path.read_bytes()
    return found


def _foreign(folder: Path) -> Path:
    """A folder holding other sites, as /srv/www does."""
    (folder / "other-site").mkdir(parents=True)
    (folder / "other-site" / "index.html").write_text("<p>another site</p>", encoding="utf-8")
    (folder / "README.txt").write_text("do not delete", encoding="utf-8")
    folder.chmod(0o751)
    return folder


def _refused(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "dòng lệnh: --site-dir: cần " in err and ", nhận được " in err
    assert "Không xóa gì" in err
    return err


@pytest.mark.parametrize("where", ["docs", "docs/tin-tuc", "anh", "anh/moi", ".", ".."])
def test_campaign_folders_are_refused_before_any_work(
    flagship: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _snapshot(flagship.parent)
    assert main(["-C", str(flagship), "build", "--site-dir", str(flagship / where)]) == 1
    err = _refused(capsys)
    assert str((flagship / where).resolve()) in err
    assert _snapshot(flagship.parent) == before  # not even the lock file: no work was done


def test_a_foreign_folder_is_refused_and_kept(
    flagship: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    www = _foreign(tmp_path / "www")
    before = _snapshot(www)
    assert main(["-C", str(flagship), "build", "--site-dir", str(www)]) == 1
    err = _refused(capsys)
    assert "README.txt, other-site" in err and "chọn một thư mục mới hoặc trống" in err
    assert _snapshot(www) == before
    assert not list(tmp_path.glob(".www.*"))


def test_sources_a_file_and_an_old_site_elsewhere_are_refused(tmp_path: Path) -> None:
    root = tmp_path / "campaign"
    root.mkdir()
    other = tmp_path / "other-campaign"
    other.mkdir()
    (other / "campaign.yml").write_text("theme: x\n", encoding="utf-8")
    (other / outdir.MARKER).write_text("", encoding="utf-8")  # a marker does not excuse it
    with pytest.raises(ContentError, match=r"campaign\.yml: đây là một chiến dịch"):
        outdir.check_target(root, other)
    (tmp_path / "page.html").write_text("x", encoding="utf-8")
    with pytest.raises(ContentError, match="đây là một tệp"):
        outdir.check_target(root, tmp_path / "page.html")
    old = tmp_path / "public"
    old.mkdir()
    for name in outdir.LEGACY:
        (old / name).write_text("{}", encoding="utf-8")
    with pytest.raises(ContentError, match=re.escape(f"tạo tệp {outdir.MARKER} trong đó")):
        outdir.check_target(root, old)


def test_marked_empty_new_and_legacy_default_folders_are_accepted(tmp_path: Path) -> None:
    root = tmp_path / "campaign"
    root.mkdir()
    outdir.check_target(root, tmp_path / "new" / "site")
    (tmp_path / "empty").mkdir()
    outdir.check_target(root, tmp_path / "empty")
    marked = _foreign(tmp_path / "marked")
    outdir.mark(marked)
    outdir.check_target(root, marked)
    # site/ beside mkdocs.yml as a build before the marker left it: ours, adopted.
    legacy = root / "site"
    legacy.mkdir()
    for name in outdir.LEGACY:
        (legacy / name).write_text("{}", encoding="utf-8")
    (legacy / "tin-tuc").mkdir()
    outdir.check_target(root, legacy)
    (legacy / MANIFEST).unlink()  # without our manifest it is somebody's folder
    with pytest.raises(ContentError):
        outdir.check_target(root, legacy)


def test_a_marker_copied_with_the_site_into_a_folder_of_other_data_is_refused(
    tmp_path: Path,
) -> None:
    import shutil

    root = tmp_path / "campaign"
    root.mkdir()
    site = root / "site"
    site.mkdir()
    (site / "index.html").write_text("trang", encoding="utf-8")
    (site / "tin-tuc").mkdir()
    outdir.mark(site)
    # "Chép nguyên thư mục site/ lên máy chủ": into a web root that holds other sites.
    www = _foreign(tmp_path / "www")
    shutil.copytree(site, www, dirs_exist_ok=True)
    with pytest.raises(
        ContentError, match=re.escape("nội dung không do lệnh dựng: README.txt, other-site")
    ):
        outdir.check_target(root, www)
    # Still ours: the folder itself with a file added (replaced, as the marker says),
    # the site copied alone (a campaign folder copied to start another one), moved.
    (site / "stale.html").write_text("cu", encoding="utf-8")
    outdir.check_target(root, site)
    copy = tmp_path / "copy" / "site"
    shutil.copytree(root / "site", copy, ignore=shutil.ignore_patterns("stale.html"))
    outdir.check_target(tmp_path / "copy", copy)
    moved = tmp_path / "moved"
    root.rename(moved)
    outdir.check_target(moved, moved / "site")
    # A marker written by hand (as the message for an old site says) is taken at its word.
    (www / outdir.MARKER).write_text("", encoding="utf-8")
    outdir.check_target(root, www)


@pytest.mark.build
def test_new_folder_under_a_foreign_parent_is_world_readable(
    flagship: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    www = _foreign(tmp_path / "www")
    before = _snapshot(www)
    site = www / "thaythuoc"
    previous = os.umask(0o077)  # a strict umask: what the site gets must not depend on it
    try:
        assert main(["-C", str(flagship), "build", "--site-dir", str(site)]) == 0
        assert "Traceback" not in capsys.readouterr().err
        # The folder is now ours: built again, it is replaced.
        (site / "stale.html").write_text("old", encoding="utf-8")
        assert main(["-C", str(flagship), "build", "--force", "--site-dir", str(site)]) == 0
    finally:
        os.umask(previous)
    assert not (site / "stale.html").exists()
    assert (site / "index.html").is_file()
    assert "campaign build" in (site / outdir.MARKER).read_text(encoding="utf-8")
    # Once the replaced site's cleaner is done, nothing else in www/ has changed.
    assert _cleaned(www, ".thaythuoc.*")
    assert _snapshot(www, skip="thaythuoc") == before
    assert not [name for name in os.listdir(www) if name.startswith(".")]
    folders = files = 0
    for current, _dirs, names in os.walk(site):
        mode = stat.S_IMODE(os.stat(current).st_mode)
        assert mode & 0o005 == 0o005, (current, oct(mode))
        folders += 1
        for name in names:
            mode = stat.S_IMODE(os.stat(os.path.join(current, name)).st_mode)
            assert mode & 0o444 == 0o444, (current, name, oct(mode))
            files += 1
    assert folders > 10 and files > 100


def test_new_parents_are_reachable(tmp_path: Path) -> None:
    previous = os.umask(0o077)
    try:
        outdir.make_parents(tmp_path / "a" / "b")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o755
    assert stat.S_IMODE((tmp_path / "a" / "b").stat().st_mode) == 0o755


def _spawn(root: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", RUN, "-C", str(root), "build", *args],
        env={**os.environ, "CAMPAIGN_JOBS": "2", **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _results(pid: int) -> list[Path]:
    return list(Path(tempfile.gettempdir()).glob(f"{buildlock.PAGES_PREFIX}{pid}-*"))


def _wait_for_results(process: subprocess.Popen[str]) -> None:
    """Until the build has forked its second page writer (mid-way through writing pages)."""
    deadline = time.monotonic() + 300
    while not _results(process.pid):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)


@pytest.mark.build
def test_killed_builds_leave_nothing_the_next_build_keeps(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(flagship), "build"]) == 0
    # As a build from before the marker left it: adopted, then marked by the next build.
    (flagship / "site" / outdir.MARKER).unlink()
    good = _snapshot(flagship / "site")
    capsys.readouterr()
    # A polite kill (systemd, a closed terminal): the build unwinds and cleans up.
    term = _spawn(flagship, "--force", SLOW="60")
    _wait_for_results(term)
    time.sleep(2)  # the parent has written its pages and waits for the second writer
    assert list(flagship.glob(".site.new-*"))
    term.send_signal(signal.SIGTERM)
    _, err = term.communicate(timeout=60)
    assert term.returncode == 128 + signal.SIGTERM, err
    assert "Traceback" not in err and "Đã dừng" in err
    assert not list(flagship.glob(".site.*")) and not _results(term.pid)
    assert _snapshot(flagship / "site") == good
    # kill -9: nothing runs; the next build removes what it left. The second page
    # writer still runs a few seconds and holds the lock: the next build waits for it.
    killed = _spawn(flagship, "--force", SLOW="3")
    _wait_for_results(killed)
    killed.kill()
    killed.communicate(timeout=60)
    assert list(flagship.glob(".site.new-*")) and _results(killed.pid)
    assert _snapshot(flagship / "site") == good
    assert main(["-C", str(flagship), "build", "--force"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    # The replaced site is deleted by a process of its own, soon after.
    assert not list(flagship.glob(".site.new-*")) and not _results(killed.pid)
    assert _cleaned(flagship)
    assert (flagship / "site" / "index.html").is_file()
    assert (flagship / "site" / outdir.MARKER).is_file()
    # check builds into a scratch folder of its own, gone afterwards.
    assert main(["-C", str(flagship), "check"]) == 0
    scratch = f"{buildlock.CHECK_PREFIX}{os.getpid()}-*"
    assert not list(Path(tempfile.gettempdir()).glob(scratch))
    assert _cleaned(flagship)


@pytest.mark.build
def test_two_builds_at_once_take_turns(flagship: Path) -> None:
    # The first build lingers before its swap, so the second surely meets it.
    builds = [_spawn(flagship, SLOW="3", SLOW_MARK="1") for _ in range(2)]
    outputs = [build.communicate(timeout=600) for build in builds]
    for build, (_, err) in zip(builds, outputs, strict=True):
        assert build.returncode == 0, err
        assert "Traceback" not in err
    waited = [err for _, err in outputs if "đang được dựng bởi một lệnh khác" in err]
    assert len(waited) == 1
    assert "Không có gì thay đổi" in "".join(out for out, _ in outputs)
    assert (flagship / "site" / "index.html").is_file()
    assert _cleaned(flagship)
    assert not _results(builds[0].pid) and not _results(builds[1].pid)


@pytest.mark.build
def test_the_build_keeps_the_whole_old_site_for_the_next_one(
    flagship: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["-C", str(flagship), "build"]) == 0
    first = _snapshot(flagship / "site")
    handed: list[tuple[Path, dict[str, tuple[int, ...] | bytes]]] = []
    park = outdir.park

    def record(old: Path, target: Path, spare: Path) -> None:
        handed.append((old, _snapshot(old)))
        park(old, target, spare)

    monkeypatch.setattr(outdir, "park", record)
    page = flagship / "docs" / "gioi-thieu.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMột câu thêm.\n", encoding="utf-8")
    assert main(["-C", str(flagship), "build"]) == 0
    # Not deleted by the build: handed over whole (same files, same inodes), and kept
    # in the cache for the next build to write into.
    [(old, seen)] = handed
    assert seen == first and old.name.startswith(".site.new-")
    assert "Một câu thêm" in (flagship / "site" / "gioi-thieu" / "index.html").read_text("utf-8")
    root = flagship.resolve()
    spare = outdir.spare_for(cache_dir(root), root / "site", root)
    assert _snapshot(spare) == first
    assert _cleaned(flagship)
    page.write_text(page.read_text(encoding="utf-8") + "\nCâu thứ hai.\n", encoding="utf-8")
    assert main(["-C", str(flagship), "build"]) == 0
    assert "Câu thứ hai" in (flagship / "site" / "gioi-thieu" / "index.html").read_text("utf-8")
    assert (flagship / "site").stat().st_ino == first["."][1]  # the first site's folder, reused
    assert _cleaned(flagship)


def test_leftovers_of_a_build_still_running_are_kept(tmp_path: Path) -> None:
    # Another campaign built into the same folder: its staging folder is in use.
    target = tmp_path / "site"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        dead = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        running = tmp_path / f".site.new-{other.pid}-0a1b2c3d"
        killed = tmp_path / f".site.new-{dead}-0a1b2c3d"
        old = tmp_path / f".site.old-{dead}-0a1b2c3d"
        for folder in (running, killed, old):
            (folder / "tin-tuc").mkdir(parents=True)
        assert sorted(outdir.remove_leftovers(target)) == [killed, old]
        assert (running / "tin-tuc").is_dir()
    finally:
        other.kill()
        other.wait()
    assert outdir.remove_leftovers(target) == [running]


def test_a_replaced_site_is_deleted_by_a_process_of_its_own(tmp_path: Path) -> None:
    target = tmp_path / "site"
    target.mkdir()
    (target / "index.html").write_text("mới", encoding="utf-8")
    old = tmp_path / ".site.new-1-0a1b2c3d"  # what the swap handed back
    for n in range(200):
        (old / "tin-tuc" / str(n)).mkdir(parents=True)
        (old / "tin-tuc" / str(n) / "index.html").write_text("cũ", encoding="utf-8")
    neighbour = tmp_path / "anh"
    neighbour.mkdir()
    (neighbour / "a.jpg").write_bytes(b"x")
    outdir.discard(old, target)
    # On return the old site is no longer under its name: it carries the cleaner's
    # pid, so a build starting now leaves it to the cleaner.
    assert not old.exists()
    moving = list(tmp_path.glob(".site.old-*"))
    for folder in moving:
        match = re.fullmatch(r"\.site\.old-(\d+)-[0-9a-f]+", folder.name)
        assert match is not None and int(match[1]) != os.getpid()
    assert _cleaned(tmp_path)
    assert (target / "index.html").read_text(encoding="utf-8") == "mới"
    assert (neighbour / "a.jpg").read_bytes() == b"x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anh", "site"]


def test_stale_temporary_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    temp = tmp_path
    dead = [
        temp / f"{buildlock.PAGES_PREFIX}{gone.pid}-abc.pickle",
        temp / f"{buildlock.CHECK_PREFIX}{gone.pid}-abc",
        temp / f"{buildlock.SERVE_PREFIX}{gone.pid}-abc",
    ]
    dead[0].write_bytes(b"x")
    for folder in dead[1:]:
        (folder / "site").mkdir(parents=True)
    alive = temp / f"{buildlock.PAGES_PREFIX}{os.getpid()}-abc.pickle"
    alive.write_bytes(b"x")
    young, old = temp / "campaign-pages-k2j4h5.pickle", temp / "campaign-pages-zz9x8w.pickle"
    young.write_bytes(b"x")
    old.write_bytes(b"x")
    day_ago = time.time() - buildlock.LEGACY_AGE - 60
    os.utime(old, (day_ago, day_ago))
    removed = set()
    for prefix in (buildlock.PAGES_PREFIX, buildlock.CHECK_PREFIX, buildlock.SERVE_PREFIX):
        removed |= set(buildlock.remove_stale(prefix, temp))
    assert removed == {*dead, old}
    assert alive.exists() and young.exists()


def test_the_lock_is_reentrant_and_released(tmp_path: Path) -> None:
    with buildlock.hold(tmp_path), buildlock.hold(tmp_path):
        lock = tmp_path / ".cache" / buildlock.LOCK
        assert lock.read_text(encoding="ascii").strip() == str(os.getpid())
        probe = "import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR)\n"
        probe += "try:\n    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
        probe += "except BlockingIOError:\n    sys.exit(7)"
        busy = subprocess.run([sys.executable, "-c", probe, str(lock)], check=False)
        assert busy.returncode == 7
    free = subprocess.run([sys.executable, "-c", probe, str(lock)], check=False)
    assert free.returncode == 0
