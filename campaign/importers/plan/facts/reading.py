"""What every part of the reading shares: the facts found so far, and small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ....content.dates import short_date
from ....content.text import slugify
from ....content.yamlsource import Path
from ..parse import Block, ParsedPlan, Part, Unplaced

PLACEHOLDER_URL = "https://ten-mien.example/"
PLACEHOLDER_ISSUER = "CẦN ĐIỀN tên cơ quan ban hành"


@dataclass
class Facts:
    """Campaign data (plain values, ready for YAML), comments by path, and the report."""

    data: dict[str, Any] = field(default_factory=dict)
    comments: dict[Path, str] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    check: list[str] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


class Reading:
    """One plan being read: its layout, the facts so far, and its sections as data."""

    def __init__(self, plan: ParsedPlan, facts: Facts) -> None:
        self.plan = plan
        self.facts = facts
        self.data = facts.data
        self.body = " ".join(
            text for section in plan.sections for _, text in section.paragraphs()
        ) + " ".join(b.text or " ".join(b.items) for b in plan.preamble)
        self.sections: list[dict[str, Any]] = []

    def note(self, path: Path, comment: str) -> None:
        self.facts.comments[path] = comment


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def vn_date(text: str | None) -> str | None:
    if not text:
        return None
    day, month, year = (int(x) for x in text.split("/"))
    try:
        return short_date(dt.date(year, month, day))
    except ValueError:
        return None


def texts_of(blocks: list[Block]) -> list[str]:
    return [text for block in blocks for text in ([block.text] if block.text else block.items)]


def only_items(blocks: list[Block]) -> bool:
    return bool(blocks) and all(block.text is None for block in blocks)


def blocks_data(blocks: list[Block]) -> list[Any]:
    return [block.text if block.text is not None else {"items": block.items} for block in blocks]


def part_data(part: Part) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if part.title:
        out["title"] = part.title
    if part.numbering:
        out["numbering"] = part.numbering
    if part.blocks:
        out["body"] = blocks_data(part.blocks)
    if part.parts:
        out["parts"] = [part_data(child) for child in part.parts]
    return out


def short_slug(name: str, words: int, stop_at_digit: bool = False) -> str:
    """An id from a name's first words ("hoi-nghi-tong-ket"), before any number if asked."""
    parts = slugify(name).split("-")
    if stop_at_digit:
        cut = next((i for i, p in enumerate(parts) if any(c.isdigit() for c in p)), len(parts))
        parts = parts[:cut] or parts[:1]
    return "-".join(parts[:words]) or "muc"


def unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
