"""Loudspeaker bulletins: written Vietnamese turned into what an announcer says.

Owns the reader (``reading``, with ``numbers``, ``dates``, ``addresses``, the
dictionary ``abbreviations``, ``casing`` for titles in capitals, ``markup`` for what
a listener cannot hear, ``locate`` and ``blanks``), the proof list of what it was
unsure of (``doubts``, ``proofing``; ``said`` records what the reader decided, which
the proof list reports), the bulletins composed from the plan, news and
profiles (``bulletin``, with a station editor's rules in ``editing``, the airing
limit of news in ``upcoming``, ``timing``), the stations and their schedule
(``stations``, ``schedule``), the files written for them (``export``, ``files``,
``audio``; kept between builds by ``memo``), ``campaign broadcast`` (``cli``) and
the intelligibility measure (``listening``).

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
