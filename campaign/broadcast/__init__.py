"""Loudspeaker bulletins: written Vietnamese turned into what an announcer says.

The reader and its dictionary take a noticeable part of a second to load: they are
loaded when first used (``from campaign.broadcast import normalize``), not when a
module of the package is, so a build that composes nothing new (see ``memo``) never
loads them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .numbers import read_int, read_numeral
    from .reading import Reading, ReadingWarning, normalize, normalize_lines

__all__ = ["Reading", "ReadingWarning", "normalize", "normalize_lines", "read_int", "read_numeral"]

_HOME = {
    "Reading": "reading",
    "ReadingWarning": "reading",
    "normalize": "reading",
    "normalize_lines": "reading",
    "read_int": "numbers",
    "read_numeral": "numbers",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{home}", __name__), name)
