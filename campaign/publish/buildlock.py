"""One build at a time per campaign, a clean stop on a kill, no files left behind.

- :func:`hold` takes the campaign's build lock (``fcntl.flock`` on
  ``.cache/campaign-build.lock`` in the campaign folder). A second build of
  the same campaign waits for the first, saying so: a scheduled build and a
  hand-run one then both succeed (the second usually finds nothing changed),
  where refusing would fail one of them for nothing. The system releases the
  lock when the process ends, however it ends.
- :func:`stop_on_signals` turns SIGTERM and SIGHUP (a closed terminal) into
  :class:`Interrupted`, so ``finally`` blocks remove temporary folders as they
  do on Ctrl-C.
- :func:`temp_name` puts the process id in a temporary file's name, and
  :func:`remove_stale` deletes those whose process is gone (a ``kill -9``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

if sys.platform != "win32":
    import fcntl

__all__ = [
    "CHECK_PREFIX",
    "LOCK",
    "PAGES_PREFIX",
    "SERVE_PREFIX",
    "Interrupted",
    "hold",
    "remove_stale",
    "remove_stale_temp",
    "stop_on_signals",
    "temp_name",
]

LOCK = "campaign-build.lock"
# Temporary files and folders in the system's temporary folder, each named
# ``<prefix><pid>-<random>`` (:func:`temp_name`): the second page writer's
# results, ``campaign check``'s scratch site, ``campaign serve``'s preview.
PAGES_PREFIX = "campaign-pages-"
CHECK_PREFIX = "campaign-check-"
SERVE_PREFIX = "campaign-serve-"
# Temporary files named before the process id was part of the name are stale
# once older than this (no build takes a day).
LEGACY_AGE = 24 * 3600

_held: dict[Path, int] = {}


class Interrupted(KeyboardInterrupt):
    """The process was asked to stop (SIGTERM, SIGHUP): unwind like Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _lock_file(root: Path) -> Path:
    folder = root / ".cache"
    try:
        folder.mkdir(exist_ok=True)
        path = folder / LOCK
        path.touch(exist_ok=True)
        return path
    except OSError:  # a read-only campaign folder: lock beside the other temporary files
        name = hashlib.sha256(str(root).encode()).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"campaign-build-{name}.lock"


def _holder(fd: int) -> str:
    try:
        return os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""


@contextlib.contextmanager
def hold(
    root: Path, on_wait: Callable[[str], None] | None = None, *, write: bool = True
) -> Iterator[None]:
    """Hold the build lock of the campaign in ``root`` (re-entrant in one process).

    When another process holds it, ``on_wait`` is told (in Vietnamese) and
    this one waits; Ctrl-C or a kill ends the wait as usual. Without ``write``
    (``campaign check``, which writes nothing) the lock file is neither made nor
    written: held only when a build has made it.
    """
    root = root.resolve()
    if _held.get(root):
        _held[root] += 1
        try:
            yield
        finally:
            _held[root] -= 1
        return
    if not root.is_dir() or sys.platform == "win32":  # no campaign here / no flock
        yield
        return
    if write:
        path = _lock_file(root)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    else:
        try:
            fd = os.open(root / ".cache" / LOCK, os.O_RDONLY)
        except OSError:  # no build made it yet: nothing to wait for (nor to make inside)
            _held[root] = 1
            try:
                yield
            finally:
                del _held[root]
            return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                pid = _holder(fd)
                who = f" (tiến trình {pid})" if pid.isdigit() else ""
                on_wait(
                    f"Chiến dịch này đang được dựng bởi một lệnh khác{who}: "
                    "chờ lệnh đó xong rồi làm tiếp (bấm Ctrl-C để thôi)…"
                )
            fcntl.flock(fd, fcntl.LOCK_EX)
        if write:
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held[root] = 1
        try:
            yield
        finally:
            del _held[root]
            if write:
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the lock


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Interrupted` in this process.

    Processes forked inside the block (page writers, render workers) exit at
    once on those signals instead: their parent cleans up after them.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner = os.getpid()

    def stop(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:
            os._exit(128 + signum)
        raise Interrupted(signum)

    wanted = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    previous = {signum: signal.signal(signum, stop) for signum in wanted}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def temp_name(prefix: str) -> str:
    """``prefix`` followed by this process's id, for ``tempfile``'s ``prefix=``."""
    return f"{prefix}{os.getpid()}-"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process
        return True
    return True


def remove_stale(prefix: str, folder: Path | None = None) -> list[Path]:
    """Delete this user's temporary files and folders named ``prefix<pid>-…`` whose
    process is gone, and older ones named without a pid. Returns what was removed."""
    folder = folder or Path(tempfile.gettempdir())
    pattern = re.compile(rf"{re.escape(prefix)}(?:(\d+)-)?.+")
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    now = time.time()
    for name in names:
        match = pattern.fullmatch(name)
        if not match:
            continue
        path = folder / name
        try:
            info = path.lstat()
        except OSError:
            continue
        if info.st_uid != os.getuid():
            continue
        pid = match.group(1)
        if pid is not None and _alive(int(pid)):
            continue
        if pid is None and now - info.st_mtime < LEGACY_AGE:
            continue
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def remove_stale_temp() -> list[Path]:
    """Remove what killed builds, checks and previews left in the temporary folder."""
    removed = []
    for prefix in (PAGES_PREFIX, CHECK_PREFIX, SERVE_PREFIX):
        removed += remove_stale(prefix)
    return removed
