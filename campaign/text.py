"""Text entering the engine: Unicode normalization and ASCII slugs."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "nfc", "slugify"]

_NON_WORD = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Return ``text`` in NFC, the only form the engine stores."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics (đ→d)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def slugify(text: str, sep: str = "-") -> str:
    """ASCII slug for URLs and anchors: ``"Đà Nẵng"`` → ``"da-nang"``.

    Accepts the ``(value, separator)`` call of Python-Markdown's toc extension.
    """
    return _NON_WORD.sub(sep, fold(text)).strip(sep)
