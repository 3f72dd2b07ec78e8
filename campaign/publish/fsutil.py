"""Writing files so a reader never sees half of one."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

__all__ = [
    "file_stamp",
    "link_new",
    "link_or_copy",
    "make_way",
    "write_atomic",
    "write_in_place",
    "write_new",
]


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        # mkstemp makes the file private; the site serves these files.
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def link_or_copy(source: Path, target: Path) -> None:
    """Publish a cached file at ``target``: a hard link when possible, else a copy.

    A link copies no bytes (the kit alone is hundreds of megabytes) and makes
    removing an old site cheap. It is safe because cache files are only ever
    replaced whole (written beside, then renamed), never rewritten in place, so
    a published link keeps the version it was made from. Files not readable by
    everyone (a private cache) and other file systems get a copy, which takes
    the usual permissions.

    The shared file is made read-only first: a tool that rewrites a published
    file in place (an image editor saving over it) then fails instead of
    changing the cache behind it. Replacing the cache file whole still works.
    """
    try:
        info = source.stat()
        mode = info.st_mode
        if mode & 0o044 == 0o044:
            if mode & 0o222:
                os.chmod(source, mode & ~0o222 & 0o7777)
            if _same_file(info, target):
                return  # already this file (a site folder written into again)
            link_new(source, target)
            return
    except OSError:
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)  # never write through an old link into the cache
    shutil.copyfile(source, target)


def _same_file(info: os.stat_result, target: Path) -> bool:
    try:
        found = os.lstat(target)
    except OSError:
        return False
    return (found.st_ino, found.st_dev) == (info.st_ino, info.st_dev)


def link_new(source: Path | str, target: Path | str) -> None:
    """``os.link``, replacing what ``target`` was and making its missing folders.

    A build writes thousands of files into a new folder: asking first whether
    each folder exists and each file does not costs more than the link itself.
    """
    try:
        os.link(source, target)
    except FileNotFoundError:
        if not os.path.exists(source):
            raise
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.link(source, target)
    except FileExistsError:
        os.unlink(target)
        os.link(source, target)


def write_new(path: str, data: bytes) -> None:
    """Write ``data`` to a new file at ``path`` (its folders made when missing).

    What was at ``path`` is unlinked first, never written through: it may be a
    hard link to a file of the published site (see ``link_or_copy``).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, flags, 0o666)
    except FileExistsError:
        os.unlink(path)
        fd = os.open(path, flags, 0o666)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)


def make_way(path: str) -> bool:
    """Make way at ``path`` for a page about to be written there.

    True when a regular file that is the only link to its data is there (so neither
    a file of the published site nor a cache's, see ``link_or_copy``): the caller
    writes it again in place with :func:`write_in_place`, and removes it if it writes
    nothing. Anything else there is removed (False), never written through.

    Why: on the measuring machine's file system, making a file costs far more than
    writing an existing one again (3,800 new files: 1.8-2.6 s of system CPU;
    the same files written again: 0.2 s), and a build into a spare folder (see
    ``outdir.take_spare``) finds most of its pages already there. The file is not
    emptied first: freeing its blocks and taking new ones costs more again (3,000
    files of 40 KB: 0.22-0.34 s of system CPU and 1.9-7.4 s of waiting emptied and
    written, 0.03 s and 0.1 s written over, on the same machine in one run).
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
        return True
    os.unlink(path)
    return False


def write_in_place(path: str, data: bytes) -> None:
    """Write ``data`` over the file at ``path`` (made if missing), then cut what is left
    of a longer old content: the same bytes as opening it with ``"wb"``, without freeing
    and taking again the blocks both have (see :func:`make_way`). Only for a file no
    other path links to (``make_way`` said True): a reader of it sees a mix meanwhile."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(path, flags, 0o666)
    with os.fdopen(fd, "wb") as stream:
        stream.write(data)
        stream.flush()
        if os.fstat(fd).st_size > len(data):
            os.ftruncate(fd, len(data))


def file_stamp(path: Path, *, inode: bool = False) -> list[int]:
    """What tells a file from another put in its place (OSError if it is gone): its
    size and modification time, and with ``inode`` the inode too (a copy that
    keeps both is then told apart as well, at the price of a campaign folder
    copied elsewhere counting as changed)."""
    status = os.stat(path)
    stamp = [status.st_size, status.st_mtime_ns]
    if inode:
        stamp.append(status.st_ino)
    return stamp
