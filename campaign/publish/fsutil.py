"""Writing files so a reader never sees half of one."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

__all__ = ["link_or_copy", "write_atomic"]


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
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = source.stat().st_mode
        if mode & 0o044 == 0o044:
            if mode & 0o222:
                os.chmod(source, mode & ~0o222 & 0o7777)
            target.unlink(missing_ok=True)
            os.link(source, target)
            return
    except OSError:
        pass
    target.unlink(missing_ok=True)  # never write through an old link into the cache
    shutil.copyfile(source, target)
