"""What the normalizer says for a text, and what it was unsure of: the two views the
reading-rule tests assert on."""

from __future__ import annotations

from campaign.broadcast import normalize


def said(text: str) -> str:
    return normalize(text).text


def messages(text: str) -> list[str]:
    return [w.message for w in normalize(text).warnings]
