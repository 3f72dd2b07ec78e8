"""Loudspeaker bulletins: written Vietnamese turned into what an announcer says."""

from __future__ import annotations

from .numbers import read_int, read_numeral
from .reading import Reading, ReadingWarning, normalize, normalize_lines

__all__ = ["Reading", "ReadingWarning", "normalize", "normalize_lines", "read_int", "read_numeral"]
