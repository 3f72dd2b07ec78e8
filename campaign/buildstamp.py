"""Skipping a build whose inputs have not changed since the last good one.

A province's site has thousands of pages; rebuilding it when nothing changed
costs a minute for nothing. Before building, :func:`inputs_digest` summarises
everything a build reads: the campaign folder (``campaign.yml``, ``mkdocs.yml``,
``docs/``, photos), the engine's own code, the versions of the libraries that
render the site, the build date and the target folder. After a successful build
the digest is recorded with the identity of the published folder; the next
build with the same digest and the same folder in place has nothing to do.

Text files are hashed by content (editors may keep a file's size and an
mtime tick); large files (photos) by size and modification time, like make.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

from .fsutil import write_atomic

__all__ = ["STAMP", "inputs_digest", "is_current", "record"]

STAMP = "build-stamp.json"
# Bump when what a build produces changes in a way the inputs below do not show.
VERSION = "1"
# Folders that are never inputs: tools' caches, environments, version control.
SKIP_DIRS = frozenset({"__pycache__", "node_modules"})
# Files up to this size are hashed by content; larger ones by size and mtime.
HASH_LIMIT = 256 * 1024
# The libraries whose output ends up in the site.
DISTRIBUTIONS = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "pillow",
    "fonttools",
    "fontpkg-be-vietnam-pro",
    "pydantic",
    "pyyaml",
    "python-docx",
    "lameenc",
)


def _files(folder: Path, skip: Path | None) -> Iterator[os.DirEntry[str]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in SKIP_DIRS:
            continue
        if entry.is_dir(follow_symlinks=True):
            if skip is not None and Path(entry.path) == skip:
                continue
            yield from _files(Path(entry.path), skip)
        elif entry.is_file(follow_symlinks=True):
            yield entry


def _tree(digest: hashlib._Hash, folder: Path, skip: Path | None = None) -> None:
    for entry in _files(folder, skip):
        info = entry.stat(follow_symlinks=True)
        name = os.path.relpath(entry.path, folder)
        if info.st_size <= HASH_LIMIT:
            with open(entry.path, "rb") as stream:
                content = hashlib.sha256(stream.read()).hexdigest()
            digest.update(f"{name}\0{content}\n".encode())
        else:
            digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())


def _versions() -> str:
    found = []
    for name in DISTRIBUTIONS:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return ";".join(found)


def inputs_digest(root: Path, site_dir: Path, today: dt.date) -> str:
    """A hash of everything a build of ``root`` into ``site_dir`` on ``today`` reads."""
    digest = hashlib.sha256()
    engine = Path(__file__).resolve().parent
    digest.update(
        f"{VERSION}\n{sys.version}\n{_versions()}\n{today.isoformat()}\n{site_dir}\n".encode()
    )
    _tree(digest, root.resolve(), skip=site_dir.resolve())
    digest.update(b"\0engine\0")
    _tree(digest, engine)
    return digest.hexdigest()


def _site_identity(site_dir: Path) -> list[int] | None:
    """The published folder as it stands (the atomic swap gives each build a new one)."""
    try:
        info = site_dir.stat()
    except FileNotFoundError:
        return None
    return [info.st_ino, info.st_mtime_ns]


def _load(stamp: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_current(stamp: Path, site_dir: Path, digest: str) -> bool:
    """True when the last good build of ``site_dir`` had these inputs and is still in place."""
    entry = _load(stamp).get(str(site_dir.resolve()))
    if not isinstance(entry, dict):
        return False
    identity = _site_identity(site_dir)
    return identity is not None and entry.get("inputs") == digest and entry.get("site") == identity


def record(stamp: Path, site_dir: Path, digest: str | None) -> None:
    """Remember a successful build (``digest`` None forgets the folder)."""
    data = _load(stamp)
    key = str(site_dir.resolve())
    identity = _site_identity(site_dir)
    if digest is None or identity is None:
        data.pop(key, None)
    else:
        data[key] = {"inputs": digest, "site": identity}
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    write_atomic(stamp, text.encode("utf-8"))
