"""Text entering the engine: Unicode normalization and ASCII slugs."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["FILE_SLUG", "MAX_SLUG", "SLUG_PATTERN", "fold", "lower_first", "nfc", "slugify"]

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Markup in a title ("<b>Kế hoạch</b>", "&amp;") is no word of it: "<b>" is no "b".
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
# Slugs become folder names in site/ (a name may have 255 bytes) and URLs: a
# 300-letter title must not make a path the system refuses. 100 keeps every
# address the campaigns have today; a new file's name is kept shorter.
MAX_SLUG = 100
FILE_SLUG = 60
# What every validator of a slug or id accepts (an id in campaign.yml, a news post's
# slug, a layout or format name): lowercase ASCII words joined by single hyphens,
# what slugify makes. The one copy of it (tests/test_layers.py).
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def nfc(text: str) -> str:
    """Return ``text`` in NFC, the only form the engine stores."""
    return unicodedata.normalize("NFC", text)


def lower_first(text: str) -> str:
    """Lower a sentence's first letter, unless the word is an abbreviation or name."""
    text = " ".join(text.split())
    first = text.split(" ", 1)[0]
    # "Ở xã" is a word of one letter; "UBND" and "TP." are not lowered.
    if first[:1].isupper() and (first[1:].islower() or (len(first) == 1 and first.isalpha())):
        return text[0].lower() + text[1:]
    return text


def fold(text: str) -> str:
    """Lower-case ``text`` and strip Vietnamese diacritics (đ→d)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d")


def slugify(text: str, sep: str = "-", limit: int = MAX_SLUG) -> str:
    """ASCII slug for URLs and anchors: ``"Đà Nẵng"`` → ``"da-nang"``.

    At most ``limit`` characters, cut between words. Accepts the
    ``(value, separator)`` call of Python-Markdown's toc extension.
    """
    slug = _NON_WORD.sub(sep, fold(_ENTITY.sub(" ", _TAG.sub(" ", text)))).strip(sep)
    if len(slug) > limit:
        head = slug[: limit + 1]
        slug = head.rsplit(sep, 1)[0] if sep and sep in head else slug[:limit]
    return slug.strip(sep)
