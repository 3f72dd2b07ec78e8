"""The spec sheet sent with the kit: what a print shop needs to quote and print it.

One A4 page per campaign, computed from the formats in the kit: trim size,
bleed, the PDF page around them, colour mode and the campaign colours in
CMYK, folds, how many files. Quantity, material and notes are left empty for
the office to fill in: the tool does not know them.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import CMYKColor
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .color import parse_color
from .formats import Format
from .layout import Layout
from .pdf import FOLD_INSET_MM, MARK_MM, OFFSET_KINDS, cmyk, folds_mm, pdf_font

__all__ = ["SpecRow", "write_spec_sheet"]


@dataclass(frozen=True)
class SpecRow:
    """One format of the kit: how many print files it has, and their layout's colours."""

    fmt: Format
    files: int
    layout: Layout
    verso: Format | None = None


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _percent(value: float) -> str:
    return str(round(value * 100))


def _colours(rows: Sequence[SpecRow]) -> list[tuple[str, str]]:
    """Every colour of the offset formats' layouts, with the CMYK the PDFs use."""
    seen: dict[str, str] = {}
    for row in rows:
        if row.fmt.kind not in OFFSET_KINDS:
            continue
        layout = row.layout
        values = list(layout.background.stops)
        for layer in layout.layers:
            for name in ("color", "dark", "light"):
                value = getattr(layer, name, None)
                if isinstance(value, str):
                    values.append(value)
        for value in values:
            hex_value = value.upper()
            if hex_value not in seen:
                c, m, y, k = cmyk(parse_color(value))
                seen[hex_value] = f"C{_percent(c)} M{_percent(m)} Y{_percent(y)} K{_percent(k)}"
    return sorted(seen.items())


def write_spec_sheet(
    rows: Sequence[SpecRow], path: Path, *, campaign: str, issuer: str, url: str
) -> Path:
    """Write the spec sheet for ``rows`` at ``path`` (atomically, deterministic)."""
    regular, bold = pdf_font(400), pdf_font(700)
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle("small", parent=base, fontSize=8, leading=10)
    head = ParagraphStyle("head", parent=base, fontName=bold, fontSize=8, leading=10)
    title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=19)

    def p(text: str, style: ParagraphStyle = small) -> Paragraph:
        return Paragraph(
            text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style
        )

    story: list[object] = [
        p(f"Thông số in: {campaign}", title),
        Spacer(1, 2 * mm),
        p(f"Đơn vị đặt in: {issuer}. Tệp gốc và ảnh xem trước: {url}", base),
        Spacer(1, 2 * mm),
        p(
            "Mỗi tệp PDF: trang = khổ thành phẩm + lề xén (bleed) mỗi cạnh + "
            f"{_number(MARK_MM)} mm mỗi cạnh cho dấu cắt; TrimBox và BleedBox đã khai báo. "
            "Chữ là chữ thật (phông Be Vietnam Pro nhúng sẵn), hình là véc-tơ.",
            base,
        ),
        Spacer(1, 3 * mm),
    ]
    header = [
        "Ấn phẩm",
        "Khổ thành phẩm (mm)",
        "Lề xén (mm)",
        "Màu",
        "Trang, gấp",
        "Số mẫu",
        "Số lượng",
        "Chất liệu, ghi chú",
    ]
    table: list[list[object]] = [[p(h, head) for h in header]]
    for row in rows:
        fmt = row.fmt
        if not fmt.physical or fmt.width_mm is None or fmt.height_mm is None:
            continue
        colour = (
            "CMYK; chữ đen K100" if fmt.kind in OFFSET_KINDS else "RGB (in bạt, in phun khổ lớn)"
        )
        pages = "1 trang"
        if row.verso is not None:
            edges = [0.0, *folds_mm(fmt, outside=True), fmt.width_mm]
            panels = [b - a for a, b in itertools.pairwise(edges)]
            pages = (
                "2 trang (mặt ngoài, mặt trong); gấp 3 kiểu cuốn, tấm gấp vào trong hẹp hơn "
                f"{_number(FOLD_INSET_MM)} mm: "
                + " + ".join(_number(w) for w in panels)
                + " mm (mặt ngoài); dấu gấp nét đứt"
            )
        table.append(
            [
                p(fmt.name),
                p(f"{_number(fmt.width_mm)} × {_number(fmt.height_mm)}"),
                p(_number(fmt.bleed_mm)),
                p(colour),
                p(pages),
                p(str(row.files)),
                p(""),
                p(""),
            ]
        )
    widths = [46 * mm, 28 * mm, 16 * mm, 34 * mm, 70 * mm, 14 * mm, 22 * mm, 40 * mm]
    grid = Table(table, colWidths=widths, repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                # Every cell is a paragraph, but the table still sets its own font:
                # ours, or an unembedded Helvetica shows up in the PDF.
                ("FONTNAME", (0, 0), (-1, -1), regular),
                ("GRID", (0, 0), (-1, -1), 0.4, CMYKColor(0, 0, 0, 1)),
                ("BACKGROUND", (0, 0), (-1, 0), CMYKColor(0, 0, 0, 0.1)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [grid, Spacer(1, 4 * mm)]
    colours = _colours(rows)
    if colours:
        story.append(
            p(
                "Màu của chiến dịch trên ấn phẩm in offset (giá trị sRGB và CMYK dùng trong tệp):",
                base,
            )
        )
        story.append(p("; ".join(f"{h} = {v}" for h, v in colours), base))
        story.append(
            p(
                "Giá trị CMYK đổi thẳng từ sRGB, không theo hồ sơ màu (ICC) của nhà in: "
                "đề nghị nhà in in thử và báo lại nếu cần chỉnh.",
                base,
            )
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    doc = SimpleDocTemplate(
        str(tmp),
        pagesize=landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=f"Thông số in: {campaign}",
        author=issuer,
        invariant=True,
        initialFontName=regular,
    )
    doc.build(story)  # type: ignore[arg-type]
    os.replace(tmp, path)
    return path
