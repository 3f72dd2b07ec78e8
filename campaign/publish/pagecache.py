"""A persistent store of built pages, keyed by a digest of everything they depend on.

A build after one edited news item should not convert and render thousands
of pages whose inputs did not change. The adapter (see
``campaign.adapter.incremental``) computes, for each page, a digest of
everything the page depends on; this module only keeps what was made from
those inputs, one file per digest, under the campaign's cache folder.

Each entry carries a checksum of its own bytes: a truncated, corrupt or
foreign file is a miss (and is removed), never a page.
Keys are hexadecimal digests, so an entry's path never leaves the store's
folder. Entries used by a build are touched; :meth:`PageCache.prune` removes
those no build has used since, so the store does not grow with every edit.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

__all__ = ["PageCache"]

MAGIC = b"campaign-page-cache 1\n"
_KEY = re.compile(r"^[0-9a-f]{32,128}$")


class PageCache:
    """Entries (a JSON header and a body of bytes) by key, in ``folder``."""

    def __init__(self, folder: Path, read: bool = True) -> None:
        self.folder = folder
        self._root = os.fspath(folder)
        self.read = read  # False: every entry is made again (and stored)
        self._folders: set[str] = set()
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> str:
        # A string, not a Path: a build asks for thousands of entries.
        if not _KEY.match(key):
            raise ValueError(f"not a cache key: {key!r}")
        return os.path.join(self._root, key[:2], key)

    def get(self, key: str) -> tuple[dict[str, Any], bytes] | None:
        """The entry stored under ``key`` (None: none, or not readable whole)."""
        path = self._path(key)
        if not self.read:
            self.misses += 1
            return None
        try:
            with open(path, "rb") as stream:
                data = stream.read()
        except OSError:
            self.misses += 1
            return None
        entry = _decode(data)
        if entry is None:
            self.misses += 1
            _unlink(path)  # corrupt: made again by this build
            return None
        try:
            os.utime(path)  # used: kept by ``prune``
        except OSError:
            pass
        self.hits += 1
        return entry

    def touch(self, key: str) -> bool:
        """Mark the entry under ``key`` (if any) used by this build: ``prune`` keeps it.
        Whether there is one (read or not): :meth:`put` would keep it as it is, so a
        build that made the page again (``--force``) need not make the entry."""
        try:
            os.utime(self._path(key))
        except OSError:
            return False
        return True

    def has(self, key: str) -> bool:
        """Whether an entry is stored under ``key`` (and may be read)."""
        return self.read and os.path.isfile(self._path(key))

    def put(self, key: str, header: dict[str, Any], body: bytes = b"") -> None:
        """Store an entry; a store that cannot be written only costs speed.

        An entry already stored under ``key`` was made from the same inputs: it is
        kept (and touched). A new one is written in place, not beside and renamed
        (a rename per page costs seconds on some file systems): a reader meeting it
        half written, or left so by a killed build, finds its checksum wrong.
        """
        path = self._path(key)
        parent = os.path.dirname(path)
        if parent not in self._folders:
            os.makedirs(parent, exist_ok=True)
            self._folders.add(parent)
        try:
            with open(path, "xb") as stream:
                stream.write(_encode(header, body))
        except FileExistsError:
            try:
                os.utime(path)
            except OSError:
                pass
        except OSError:
            _unlink(path)

    def prune(self, before: float) -> int:
        """Remove the entries not used since ``before`` (a time.time()); how many."""
        removed = 0
        try:
            groups = list(os.scandir(self.folder))
        except OSError:
            return 0
        for group in groups:
            if not group.is_dir(follow_symlinks=False):
                continue
            try:
                entries = list(os.scandir(group.path))
            except OSError:
                continue
            for entry in entries:
                try:
                    if entry.stat(follow_symlinks=False).st_mtime < before:
                        os.unlink(entry.path)
                        removed += 1
                except OSError:
                    continue
        return removed


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _encode(header: dict[str, Any], body: bytes) -> bytes:
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    payload = len(head).to_bytes(8, "big") + head + body
    return MAGIC + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def _decode(data: bytes) -> tuple[dict[str, Any], bytes] | None:
    if not data.startswith(MAGIC):
        return None
    rest = data[len(MAGIC) :]
    checksum, payload = rest[:64], rest[65:]
    if rest[64:65] != b"\n" or hashlib.sha256(payload).hexdigest().encode("ascii") != checksum:
        return None
    size = int.from_bytes(payload[:8], "big")
    try:
        header = json.loads(payload[8 : 8 + size].decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(header, dict):
        return None
    return header, payload[8 + size :]


def now() -> float:
    """The time to pass to :meth:`PageCache.prune` for "before this build started"."""
    return time.time() - 1.0  # file times may be rounded
