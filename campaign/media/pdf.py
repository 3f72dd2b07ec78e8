"""Print PDFs a shop accepts as they are, drawn from the display list.

Vectors with live text in Be Vietnam Pro, embedded and subset (ReportLab's
TrueType support keeps only the glyphs used); the page is the trim plus the
bleed plus a margin for marks. TrimBox and BleedBox tell the shop's RIP
where to cut; crop marks sit outside the bleed, fold marks too on a folded
leaflet. Offset formats (posters, leaflets, invitations) are written in CMYK
with text in pure black (K 100) instead of a four-colour near-black; large
formats printed on vinyl (banners, flags, billboards) stay RGB, as those
shops expect. Output is deterministic: the same inputs give the same bytes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.colors import CMYKColor, Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .color import RGB
from .display import Background, Box, Display, Picture, QrCode, Ring, TextRun
from .fit import font_path
from .formats import MM_PER_INCH, POINTS_PER_INCH, Format

__all__ = [
    "FOLD_INSET_MM",
    "MARK_MM",
    "OFFSET_KINDS",
    "Page",
    "cmyk",
    "folds_mm",
    "pdf_font",
    "write_pdf",
]

# Room beyond the bleed for crop and fold marks, on every side.
MARK_MM = 10.0
# Marks start this far outside the bleed, so a slightly wide cut never shows them.
_MARK_GAP_MM = 2.0
_MARK_LINE_PT = 0.25
# The panel that folds inside a letter-folded (tri-fold) leaflet is this much
# narrower than the other two, so it tucks in without buckling (README).
FOLD_INSET_MM = 2.0
# Printed on paper by offset or digital presses, in CMYK; other kinds are large
# format (vinyl, canvas), where shops take RGB.
OFFSET_KINDS = frozenset({"poster", "leaflet", "invitation"})
_BLACK = (0.0, 0.0, 0.0, 1.0)


def _pt(mm: float) -> float:
    return mm / MM_PER_INCH * POINTS_PER_INCH


def cmyk(color: RGB) -> tuple[float, float, float, float]:
    """``color`` for an offset press: dark neutrals become pure black (K 100).

    A grey near black printed with four inks muddies small text and needs a
    perfect register; K alone is crisp. Other colours use the plain
    conversion (no ICC profile), rounded to whole percent: the values the
    README and the spec sheet state.
    """
    r, g, b = (c / 255 for c in color)
    high, low = max(r, g, b), min(r, g, b)
    if high - low < 0.04 and high <= 0.3:
        return _BLACK
    k = 1 - high
    if k >= 1:
        return _BLACK
    c, m, y = ((1 - v - k) / (1 - k) for v in (r, g, b))
    return (round(c, 2), round(m, 2), round(y, 2), round(k, 2))


def folds_mm(fmt: Format, outside: bool) -> list[float]:
    """Where a leaflet folds, in millimetres from the left trim edge.

    Letter fold: two panels of equal width and the panel that folds in
    ``FOLD_INSET_MM`` narrower. Outside, from the left: that inner flap, the
    back, the cover; inside (the sheet turned over), the inner flap is on the
    right.
    """
    if fmt.panels < 2 or fmt.width_mm is None:
        return []
    if fmt.panels != 3:
        return [fmt.width_mm * i / fmt.panels for i in range(1, fmt.panels)]
    full = (fmt.width_mm + FOLD_INSET_MM) / 3
    inner = full - FOLD_INSET_MM
    return [inner, inner + full] if outside else [full, 2 * full]


@dataclass(frozen=True)
class Page:
    """One page of a print PDF: what it shows, its format, and its fold marks (mm)."""

    display: Display
    fmt: Format
    folds: tuple[float, ...] = ()


@cache
def pdf_font(weight: int) -> str:
    """The ReportLab name of Be Vietnam Pro at ``weight``, registered once per process."""
    name = f"BeVietnamPro-{weight}"
    pdfmetrics.registerFont(TTFont(name, str(font_path(weight))))
    return name


class _Writer:
    def __init__(self, canvas: Canvas, page: Page) -> None:
        fmt, geometry = page.fmt, page.display.geometry
        assert fmt.width_mm is not None and fmt.height_mm is not None
        self.canvas = canvas
        self.offset = fmt.kind in OFFSET_KINDS
        self.bleed = _pt(fmt.bleed_mm)
        self.mark = _pt(MARK_MM)
        self.trim_w, self.trim_h = _pt(fmt.width_mm), _pt(fmt.height_mm)
        self.page_w = self.trim_w + 2 * (self.bleed + self.mark)
        self.page_h = self.trim_h + 2 * (self.bleed + self.mark)
        # The raster's pixels span the bleed box exactly, per axis.
        self.sx = (self.trim_w + 2 * self.bleed) / geometry.width
        self.sy = (self.trim_h + 2 * self.bleed) / geometry.height
        self.height_px = geometry.height

    def color(self, rgb: RGB) -> Color:
        if self.offset:
            return CMYKColor(*cmyk(rgb))
        return Color(rgb[0] / 255, rgb[1] / 255, rgb[2] / 255)

    def x(self, px: float) -> float:
        return self.mark + px * self.sx

    def y(self, px: float) -> float:
        return self.mark + (self.height_px - px) * self.sy

    def rect(self, x0: float, y0: float, x1: float, y1: float, rgb: RGB) -> None:
        c = self.canvas
        c.setFillColor(self.color(rgb))
        c.rect(self.x(x0), self.y(y1), (x1 - x0) * self.sx, (y1 - y0) * self.sy, 0, 1)

    def background(self, op: Background) -> None:
        c = self.canvas
        x0, y0 = self.mark, self.mark
        x1, y1 = self.page_w - self.mark, self.page_h - self.mark
        if len(op.stops) == 1:
            c.setFillColor(self.color(op.stops[0]))
            c.rect(x0, y0, x1 - x0, y1 - y0, 0, 1)
            return
        c.saveState()
        path = c.beginPath()
        path.rect(x0, y0, x1 - x0, y1 - y0)
        c.clipPath(path, stroke=0, fill=0)
        colors = [self.color(s) for s in op.stops]
        if op.direction == "vertical":  # first stop at the top
            c.linearGradient(x0, y1, x0, y0, colors, extend=True)
        else:
            c.linearGradient(x0, y0, x1, y0, colors, extend=True)
        c.restoreState()

    def text(self, op: TextRun) -> None:
        c = self.canvas
        c.setFillColor(self.color(op.color))
        name, size = pdf_font(op.weight), op.size * self.sy
        c.setFont(name, size)
        spacing = 0.0
        if op.advance and len(op.text) > 1:
            # ReportLab does not kern: spread the difference over the glyphs so the
            # line is as wide as in the preview (under 1% of its width).
            width = pdfmetrics.stringWidth(op.text, name, size)
            spacing = (op.advance * self.sx - width) / len(op.text)
        c.drawString(self.x(op.x), self.y(op.baseline), op.text, charSpace=spacing)

    def ring(self, op: Ring) -> None:
        c = self.canvas
        half = op.width / 2
        c.setStrokeColor(self.color(op.color))
        c.setLineWidth(op.width * self.sy)
        c.ellipse(
            self.x(op.x0 + half), self.y(op.y1 - half), self.x(op.x1 - half), self.y(op.y0 + half)
        )

    def picture(self, op: Picture) -> None:
        # The logo file itself, at its own resolution: no resampling for print.
        self.canvas.drawImage(
            str(op.path),
            self.x(op.x0),
            self.y(op.y1),
            (op.x1 - op.x0) * self.sx,
            (op.y1 - op.y0) * self.sy,
            mask="auto",
        )

    def qr(self, op: QrCode) -> None:
        side = op.side
        self.rect(op.x, op.y, op.x + side, op.y + side, op.light)
        m = op.module
        for r, row in enumerate(op.matrix):
            y = op.y + (r + op.border) * m
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                x = op.x + (start + op.border) * m
                self.rect(x, y, x + (c - start) * m, y + m, op.dark)

    def marks(self, folds: Sequence[float]) -> None:
        """Crop marks at the trim lines and dashed fold marks, all outside the bleed."""
        c = self.canvas
        c.setStrokeColor(CMYKColor(1, 1, 1, 1) if self.offset else Color(0, 0, 0))
        c.setLineWidth(_MARK_LINE_PT)
        left, bottom = self.mark + self.bleed, self.mark + self.bleed
        right, top = left + self.trim_w, bottom + self.trim_h
        near = self.bleed + _pt(_MARK_GAP_MM)  # from the trim line
        far = self.bleed + self.mark - _pt(1)
        for x in (left, right):
            out = -1 if x == left else 1
            for y in (bottom, top):
                up = -1 if y == bottom else 1
                c.line(x + out * near, y, x + out * far, y)  # horizontal, beside the corner
                c.line(x, y + up * near, x, y + up * far)  # vertical, above or below it
        c.setDash(2, 2)
        for fold in folds:
            x = left + _pt(fold)
            c.line(x, top + near, x, top + far)
            c.line(x, bottom - near, x, bottom - far)
        c.setDash()

    def draw(self, page: Page) -> None:
        c = self.canvas
        c.setPageSize((self.page_w, self.page_h))
        bleed_box = (self.mark, self.mark, self.page_w - self.mark, self.page_h - self.mark)
        c.setBleedBox(bleed_box)
        edge = self.mark + self.bleed
        c.setTrimBox((edge, edge, edge + self.trim_w, edge + self.trim_h))
        for op in page.display.ops:
            if isinstance(op, Background):
                self.background(op)
            elif isinstance(op, Box):
                self.rect(op.x0, op.y0, op.x1, op.y1, op.color)
            elif isinstance(op, TextRun):
                self.text(op)
            elif isinstance(op, Ring):
                self.ring(op)
            elif isinstance(op, Picture):
                self.picture(op)
            elif isinstance(op, QrCode):
                self.qr(op)
        self.marks(page.folds)
        c.showPage()


def write_pdf(
    pages: Sequence[Page], path: Path, *, title: str, author: str, subject: str = ""
) -> Path:
    """Write ``pages`` as one print PDF at ``path`` (atomically); metadata from the campaign."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    # The initial font is one of ours: a stray reference to an unembedded
    # Helvetica fails a shop's preflight. (The stubs type this argument wrongly.)
    canvas = Canvas(
        str(tmp),
        invariant=True,
        pageCompression=1,
        initialFontName=pdf_font(400),  # type: ignore[arg-type]
    )
    canvas.setTitle(title)
    canvas.setAuthor(author)
    canvas.setSubject(subject)
    canvas.setCreator("campaign")
    for page in pages:
        _Writer(canvas, page).draw(page)
    canvas.save()
    os.replace(tmp, path)
    return path
