"""Front matter already parsed, kept between runs in the campaign's cache folder.

Reading a campaign of thousands of news items parses the YAML front matter
of every page with its line numbers (see :func:`campaign.content.yamlsource.load_yaml`),
about a millisecond a page. A page whose front matter text did not change
parses to the same data: :class:`ParsedCache` keeps, by a digest of that text
(and of the line it starts on and the name problems are reported under), the
data and the line of each field, in one file.

Only plain data is kept (YAML's strings, numbers, dates, lists, mappings):
the file is read with an unpickler that refuses any other class, so a
corrupt or foreign file is a miss, never code. A front matter with problems
is never kept: it is parsed again and its problems reported again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .yamlsource import Source, load_yaml

__all__ = ["ParsedCache", "PlainStore", "plain_loads"]

VERSION = 2
# The classes parsed YAML (and the cache's own structure) may hold.
PLAIN = frozenset(
    {
        ("datetime", "date"),
        ("datetime", "datetime"),
        ("datetime", "time"),
        ("datetime", "timedelta"),
        ("datetime", "timezone"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
    }
)


class _Plain(pickle.Unpickler):
    def __init__(self, data: bytes, allowed: frozenset[tuple[str, str]]) -> None:
        super().__init__(io.BytesIO(data))
        self.allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self.allowed:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name}")


def plain_loads(data: bytes, extra: frozenset[tuple[str, str]] = frozenset()) -> Any:
    """Unpickle ``data`` if it holds plain data only (and the classes in ``extra``)."""
    return _Plain(data, PLAIN | extra).load()


class PlainStore:
    """Plain values by text key, in one file read at start and written by :meth:`save`
    (only what this run used: the file does not grow with every edit).

    Within :func:`read_only` (``campaign check``) stores are read, never written."""

    read_only = False

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[str, bytes] = {}
        self.used: dict[str, bytes] = {}
        self.changed = False
        if path is None:
            return
        try:
            loaded = plain_loads(path.read_bytes())
        except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError):
            return  # none yet, or not readable whole: made again and saved anew
        if isinstance(loaded, dict) and loaded.get("version") == VERSION:
            entries = loaded.get("entries")
            if isinstance(entries, dict):
                self.known = entries

    @staticmethod
    def _key(text: str) -> str:
        data = text.encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=20).hexdigest()

    def get(self, text: str) -> Any | None:
        """The value stored for ``text`` (a fresh copy), or None."""
        key = self._key(text)
        data = self.known.get(key)
        if not isinstance(data, bytes):
            return None
        try:
            value = plain_loads(data)
        except (pickle.PickleError, EOFError, ValueError, TypeError, AttributeError):
            return None
        self.used[key] = data
        return value

    def put(self, text: str, value: Any) -> None:
        """Keep ``value`` for ``text`` if it is plain data (else nothing is kept)."""
        try:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            plain_loads(data)
        except (pickle.PickleError, TypeError, ValueError, AttributeError, RecursionError):
            return
        self.used[self._key(text)] = data
        self.changed = True

    def save(self) -> None:
        """Write what this run used; a cache that cannot be written only costs speed."""
        if (
            self.read_only
            or self.path is None
            or not (self.changed or len(self.used) != len(self.known))
        ):
            return
        data = pickle.dumps(
            {"version": VERSION, "entries": self.used}, protocol=pickle.HIGHEST_PROTOCOL
        )
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_bytes(data)
            os.replace(temp, self.path)
        except OSError:
            temp.unlink(missing_ok=True)


@contextlib.contextmanager
def read_only() -> Iterator[None]:
    """Within the block, no :class:`PlainStore` writes its file (a check writes nothing)."""
    before = PlainStore.read_only
    PlainStore.read_only = True
    try:
        yield
    finally:
        PlainStore.read_only = before


class ParsedCache:
    """Parsed front matter (its data and the line of each field), kept in ``path``."""

    def __init__(self, path: Path | None) -> None:
        self.store = PlainStore(path)

    def load(self, text: str, file: str, line_offset: int = 0) -> Source:
        """:func:`load_yaml` of ``text``, from the cache when it was parsed before."""
        key = f"{file}\0{line_offset}\0{text}"
        found = self.store.get(key)
        if isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], dict):
            return Source(file, found[0], found[1], first_line=line_offset + 1, text=text)
        source = load_yaml(text, file, line_offset)  # raises with its problems: not kept
        self.store.put(key, (source.data, source.lines))
        return source

    def save(self) -> None:
        self.store.save()
