"""The emblem corner of a layout: the campaign's logo, or an anniversary badge.

Most campaigns have no logo file of their own, and the red cross is not
theirs to use. An anniversary campaign still deserves a mark: a medallion
drawn from its data alone (a double ring, the number of years, "NĂM", the
two years), so nothing is invented and nothing is downloaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from .display import Op, Picture, Ring, TextRun, contain, text_runs
from .fit import FitError, FittedText, fit_text, font
from .formats import MediaError, Rect

__all__ = ["Badge", "Emblem", "badge_ops", "draw_badge", "draw_logo", "logo_op", "place_square"]


@dataclass(frozen=True)
class Badge:
    """An anniversary medallion: ``number`` over ``caption``, ``years`` below."""

    number: str
    caption: str
    years: str | None = None


Emblem = Path | Badge


def place_square(rect: Rect, side: int, align: str) -> Rect:
    """A ``side``-pixel square in ``rect``, aligned horizontally, centred vertically."""
    free = rect.width - side
    x = rect.x0 + {"left": 0, "center": free // 2, "right": free}[align]
    y = rect.y0 + (rect.height - side) // 2
    return Rect(x, y, x + side, y + side)


def draw_logo(image: Image.Image, rect: Rect, align: str, logo: Path) -> Rect:
    """Paste ``logo`` scaled to fit ``rect``; return the area it covers."""
    try:
        with Image.open(logo) as source:
            source.load()
            mark = source.convert("RGBA")
    except (OSError, ValueError) as exc:
        raise MediaError(f"không đọc được ảnh logo '{logo}': {exc}") from None
    mark = ImageOps.contain(mark, (rect.width, rect.height), Image.Resampling.LANCZOS)
    free = rect.width - mark.width
    x = rect.x0 + {"left": 0, "center": free // 2, "right": free}[align]
    y = rect.y0 + (rect.height - mark.height) // 2
    image.paste(mark, (x, y), mark)
    return Rect(x, y, x + mark.width, y + mark.height)


def logo_op(rect: Rect, align: str, logo: Path) -> Picture:
    """``logo`` scaled to fit ``rect``, as a display operation."""
    width, height = contain(logo, rect.width, rect.height)
    free = rect.width - width
    x = rect.x0 + {"left": 0, "center": free // 2, "right": free}[align]
    y = rect.y0 + (rect.height - height) // 2
    return Picture(logo, x, y, x + width, y + height)


def _fit(text: str, width: float, height: float, weight: int, least: float) -> FittedText | None:
    """One line at the largest size in the box, or None below ``least`` pixels."""
    if width < 1 or height < 1:
        return None
    try:
        return fit_text(
            text,
            (math.floor(width), math.floor(height)),
            weight=weight,
            max_lines=1,
            min_size=least,
            uppercase=True,
        )
    except FitError:
        return None


def draw_badge(
    draw: ImageDraw.ImageDraw,
    rect: Rect,
    align: str,
    badge: Badge,
    color: tuple[int, int, int],
    least: float,
) -> Rect | None:
    """Draw the medallion onto ``draw`` (see :func:`badge_ops`)."""
    ops, square = badge_ops(rect, align, badge, color, least)
    for op in ops:
        if isinstance(op, Ring):
            draw.ellipse((op.x0, op.y0, op.x1 - 1, op.y1 - 1), outline=op.color, width=op.width)
        elif isinstance(op, TextRun):
            f = font(op.weight, op.size)
            draw.text((op.x, op.baseline), op.text, font=f, fill=op.color, anchor="ls")
    return square


def badge_ops(
    rect: Rect,
    align: str,
    badge: Badge,
    color: tuple[int, int, int],
    least: float,
) -> tuple[list[Op], Rect | None]:
    """The medallion as large as ``rect`` allows; no operations when it would be illegible.

    ``least`` is the smallest legible text size in pixels: the years, then
    the caption, are left out of a badge too small to carry them.
    """
    side = min(rect.width, rect.height)
    if side < 8:
        return [], None
    square = place_square(rect, side, align)
    ring = max(1, round(side * 0.035))
    inset = round(side * 0.085)
    thin = max(1, round(side * 0.012))
    # Inside the inner ring: the number large, the caption and years beneath
    # it, each kept within the chord of the circle at its height.
    inner = side / 2 - inset - thin
    cx = square.x0 + side / 2
    cy = square.y0 + side / 2
    number = _fit(badge.number, inner * 1.4, inner * 0.92, 800, least)
    if number is None:
        return [], None
    ops: list[Op] = [
        Ring(square.x0, square.y0, square.x1, square.y1, ring, color),
        Ring(
            square.x0 + inset, square.y0 + inset, square.x1 - inset, square.y1 - inset, thin, color
        ),
    ]
    caption = _fit(badge.caption, inner * 1.0, inner * 0.3, 700, least)
    years = _fit(badge.years, inner * 1.2, inner * 0.22, 600, least) if badge.years else None
    parts = [f for f in (number, caption, years) if f is not None]
    gap = round(inner * 0.02)
    total = sum(p.height for p in parts) + gap * (len(parts) - 1)
    top = round(cy - total / 2)
    for part in parts:
        left = round(cx - part.width / 2)
        runs, _ = text_runs(part, (left, top, left + part.width, top + part.height), color)
        ops += runs
        top += part.height + gap
    return ops, square
