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
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from ..content.urls import REGISTER
from .fsutil import write_atomic

__all__ = [
    "STAMP",
    "Inputs",
    "engine_digest",
    "inputs_digest",
    "is_current",
    "record",
    "split_inputs",
    "tree_digest",
    "versions",
    "with_register",
]

STAMP = "build-stamp.json"
# Bump when what a build produces changes in a way the inputs below do not show.
VERSION = "3"
# Folders that are never inputs: tools' caches, environments, version control.
SKIP_DIRS = frozenset({"__pycache__", "node_modules"})
# Environment variables a build reads whatever the configuration says.
ENV_INPUTS = ("SOURCE_DATE_EPOCH",)
_INHERIT = re.compile(r"^INHERIT:[ \t]*(.+?)[ \t]*$", re.MULTILINE)
_ENV = re.compile(r"!ENV[ \t]+(\[[^\]]*\]|[A-Za-z_][A-Za-z0-9_]*)")
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


def _files(
    folder: Path, skip: Path | tuple[Path, ...] | None, register: Path | None = None
) -> Iterator[os.DirEntry[str]]:
    """Every input file below ``folder`` but those in ``skip`` (the site; folders) and
    ``register``."""
    skips = (skip,) if isinstance(skip, Path) else skip or ()
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in SKIP_DIRS:
            continue
        if entry.is_dir(follow_symlinks=True):
            if Path(entry.path) in skips:
                continue
            yield from _files(Path(entry.path), skips, register)
        elif entry.is_file(follow_symlinks=True):
            if register is not None and Path(entry.path) == register:
                continue  # hashed on its own: a build rewrites it (see ``with_register``)
            yield entry


def _tree(
    digest: hashlib._Hash, folder: Path, skip: Path | None = None, register: Path | None = None
) -> None:
    for entry in _files(folder, skip, register):
        _one(digest, entry, os.path.relpath(entry.path, folder))


def tree_digest(folder: Path) -> str:
    """A hash of every file below ``folder`` (see the module's note on large files)."""
    digest = hashlib.sha256()
    _tree(digest, folder.resolve())
    return digest.hexdigest()


@cache
def engine_digest() -> str:
    """A hash of the engine's own code and assets (once per process)."""
    return tree_digest(Path(__file__).resolve().parent.parent)


def versions() -> str:
    """The versions of Python and of every library whose output ends up in the site."""
    return f"{sys.version}\n{_versions()}"


@cache  # once per process, like the engine's digest: each build's caches ask for it
def _versions() -> str:
    found = []
    for name in DISTRIBUTIONS:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}=-")
    return ";".join(found)


def _outside(digest: hashlib._Hash, root: Path) -> None:
    """What the configuration pulls in from outside the folder: an inherited
    ``mkdocs.yml`` (``INHERIT:``) and environment variables (``!ENV``)."""
    for name in ("mkdocs.yml", "campaign.yml"):
        try:
            text = (root / name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for match in _INHERIT.finditer(text):
            parent = (root / match.group(1).strip().strip("'\"")).resolve()
            try:
                digest.update(b"\0inherit\0" + parent.read_bytes())
            except OSError:
                digest.update(b"\0inherit-missing\0")
        for match in _ENV.finditer(text):
            for variable in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", match.group(1)):
                value = os.environ.get(variable)
                digest.update(f"\0env\0{variable}={value!r}\n".encode())
    for variable in ENV_INPUTS:
        digest.update(f"\0env\0{variable}={os.environ.get(variable)!r}\n".encode())


def inputs_digest(root: Path, site_dir: Path, today: dt.date) -> str | None:
    """A hash of everything a build of ``root`` into ``site_dir`` on ``today`` reads.

    None when some input cannot be read: then the build runs (and says what).
    """
    found = split_inputs(root, site_dir, today)
    return None if found is None else found.digest(root)


@dataclass(frozen=True)
class Inputs:
    """What a build reads, split in two (see :func:`split_inputs`)."""

    base: str  # everything but the Markdown pages below ``docs``
    pages: dict[str, str]  # each of those by its path relative to ``docs``
    docs: str  # that folder, resolved

    def digest(self, root: Path) -> str | None:
        """The whole, with the register of published addresses as it is now."""
        digest = hashlib.sha256(self.base.encode())
        for name in sorted(self.pages):
            digest.update(f"{name}\0{self.pages[name]}\n".encode())
        return with_register(digest.hexdigest(), root)


def split_inputs(
    root: Path, site_dir: Path, today: dt.date, docs: Path | None = None
) -> Inputs | None:
    """Everything a build of ``root`` into ``site_dir`` on ``today`` reads, split in
    two: a digest of everything but the Markdown pages below ``docs`` (``docs/``
    unless said; dot files there included: the blog reads ``.authors.yml``), and
    each of those pages' own hash by its path relative to ``docs`` (with "/").
    None when some input cannot be read. The register of published addresses,
    which a build rewrites, is left out (see ``with_register``).

    The direct path of ``campaign build`` (``campaign.adapter.direct``) compares
    both with those of the last build to see which pages alone changed.
    """
    digest = hashlib.sha256()
    pages: dict[str, str] = {}
    root = root.resolve()
    docs = (docs or root / "docs").resolve()
    site_dir = site_dir.resolve()
    engine = Path(__file__).resolve().parent.parent
    digest.update(
        f"{VERSION}\n{sys.version}\n{_versions()}\n{today.isoformat()}\n{site_dir}\n".encode()
    )
    cut = len(os.fspath(root)) + 1
    try:
        for entry in _files(root, (site_dir, docs), root / REGISTER):
            _one(digest, entry, entry.path[cut:])
        for folder, dirs, names in os.walk(docs):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS)
            below = os.path.relpath(folder, docs).replace(os.sep, "/")
            prefix = "" if below == os.curdir else below + "/"
            for name in sorted(names):
                path = os.path.join(folder, name)
                if name.endswith(".md") and not name.startswith("."):
                    with open(path, "rb") as stream:
                        pages[prefix + name] = hashlib.sha256(stream.read()).hexdigest()
                else:
                    info = os.stat(path)
                    content = str(info.st_mtime_ns)
                    if info.st_size <= HASH_LIMIT:
                        with open(path, "rb") as stream:
                            content = hashlib.sha256(stream.read()).hexdigest()
                    digest.update(f"docs\0{prefix}{name}\0{info.st_size}\0{content}\n".encode())
        _outside(digest, root)
        digest.update(b"\0engine\0")
        _tree(digest, engine)
    except OSError:
        return None
    return Inputs(digest.hexdigest(), pages, os.fspath(docs))


def _one(digest: hashlib._Hash, entry: os.DirEntry[str], name: str) -> None:
    info = entry.stat(follow_symlinks=True)
    if info.st_size <= HASH_LIMIT:
        with open(entry.path, "rb") as stream:
            content = hashlib.sha256(stream.read()).hexdigest()
        digest.update(f"{name}\0{content}\n".encode())
    else:
        digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())


def with_register(digest: str | None, root: Path) -> str | None:
    """``digest`` with the register of published addresses as it is now.

    A build adds the addresses it publishes to the register; building again
    with that register gives the same site, so the digest recorded after the
    build takes the register the build left, and the next build has nothing to do.
    """
    if digest is None:
        return None
    try:
        register = hashlib.sha256((root / REGISTER).read_bytes()).hexdigest()
    except FileNotFoundError:
        register = "-"
    except OSError:
        return None
    return digest.split(":", 1)[0] + ":" + register


# A file of a site: its path relative to the site, size, modification time, inode.
Listed = tuple[str, int, int, int]


def site_listing(site_dir: Path) -> tuple[tuple[int, int], list[Listed]] | None:
    """Every file of the published folder as :func:`_site_identity` reads it, in its
    order, and the folder's own inode and modification time (None: no folder)."""
    if not site_dir.is_dir():
        return None
    found: list[Listed] = []
    try:
        info = site_dir.stat()
        for folder, dirs, names in os.walk(site_dir):
            dirs.sort()
            # Each file's name relative to the site, as relpath() writes it, made once
            # per folder (relpath per file cost a fifth of a second on 9,000 files).
            below = os.path.relpath(folder, site_dir)
            prefix = "" if below == os.curdir else below + os.sep
            for name in sorted(names):
                entry = os.stat(os.path.join(folder, name), follow_symlinks=False)
                found.append((prefix + name, entry.st_size, entry.st_mtime_ns, entry.st_ino))
    except OSError:
        return None
    return (info.st_ino, info.st_mtime_ns), found


def listing_identity(listing: tuple[tuple[int, int], list[Listed]]) -> str:
    """:func:`_site_identity` of a folder with this :func:`site_listing`."""
    (inode, mtime), files = listing
    digest = hashlib.sha256()
    digest.update(f"{inode}\0{mtime}\n".encode())
    for name, size, modified, number in files:
        digest.update(f"{name}\0{size}\0{modified}\0{number}\n".encode())
    return digest.hexdigest()


# Identities known to this process: the site it just made (see :func:`remember`).
_known: dict[str, tuple[tuple[int, int], str]] = {}


def remember(site_dir: Path, listing: tuple[tuple[int, int], list[Listed]]) -> None:
    """The identity of the site this process just made, from what it knows of its
    files (``listing``): :func:`record` takes it instead of reading every file again,
    while the folder is the same one, unchanged at its top (its inode and time)."""
    _known[str(site_dir)] = (listing[0], listing_identity(listing))


def _site_identity(site_dir: Path) -> str | None:
    """The published folder as it stands: every file's name, size, time and inode.

    A build swaps in a new folder; a hand edit or a deleted file inside it
    changes this too, so the next build puts the site right again.
    """
    known = _known.pop(str(site_dir), None)
    if known is not None:
        try:
            info = site_dir.stat()
        except OSError:
            return None
        if (info.st_ino, info.st_mtime_ns) == known[0]:
            return known[1]
    listing = site_listing(site_dir)
    return None if listing is None else listing_identity(listing)


def _load(stamp: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_current(stamp: Path, site_dir: Path, digest: str | None) -> bool:
    """True when the last good build of ``site_dir`` had these inputs and is still in place."""
    entry = _load(stamp).get(str(site_dir.resolve()))
    if digest is None or not isinstance(entry, dict) or entry.get("inputs") != digest:
        return False
    identity = _site_identity(site_dir)
    return identity is not None and entry.get("site") == identity


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
