"""Rendering a format with a layout into a Pillow image, and writing it out.

Memory is the constraint on the 5 m banner (14 000 × 2 400 px): the canvas
is allocated once, the gradient is stretched from a one-pixel strip straight
into it, and text, rules and the QR code are drawn onto it in place, so no
second full-size image (no RGBA layer, no composite) ever exists. The WebP
preview is reduced first. The PDF is drawn from the display list, not from
the pixels: vectors and live text (see :mod:`.pdf`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import segno
from PIL import Image, PngImagePlugin

from .color import (
    MIN_CONTRAST,
    RGB,
    ContrastError,
    gradient,
    hex_color,
    parse_color,
    worst_contrast,
)
from .display import Background as BackgroundOp
from .display import Box, Display, Op, QrCode, paint, text_runs
from .emblem import Badge, Emblem, badge_ops, logo_op
from .fit import FitError, FittedText, cap_height, fit_text
from .formats import Format, Geometry, MediaError, Rect
from .layout import Background, EmblemLayer, Layer, Layout, QrLayer, RectLayer, Row, TextLayer
from .pdf import Page, folds_mm, write_pdf

__all__ = [
    "OUTRANK",
    "PREVIEW_WIDTH",
    "MissingTextError",
    "compose",
    "export",
    "fit_slot",
    "measure",
    "raster",
    "render",
    "save_png",
    "save_webp",
]

PREVIEW_WIDTH = 1200
_SLOT_NAMES = {
    "headline": "tiêu đề",
    "slogan": "khẩu hiệu",
    "footer": "dòng chân",
    "quote": "trích dẫn",
}


class MissingTextError(MediaError):
    """The layout needs a text the campaign does not have (``slot``)."""


class _Canvas:
    """The format's background, and what lies under each region (for contrast)."""

    def __init__(self, geometry: Geometry, background: Background) -> None:
        self.geometry = geometry
        self.direction = background.direction
        self.stops = tuple(parse_color(c) for c in background.stops)
        vertical = background.direction == "vertical"
        length = geometry.height if vertical else geometry.width
        self.strip = [self.stops[0]] if len(self.stops) == 1 else gradient(list(self.stops), length)

    def op(self) -> BackgroundOp:
        return BackgroundOp(self.stops, self.direction, tuple(self.strip))

    def colors_under(self, rect: Rect) -> list[RGB]:
        """Every background colour beneath ``rect`` (the span of the gradient)."""
        if len(self.strip) == 1:
            return list(self.strip)
        if self.direction == "vertical":
            return self.strip[max(rect.y0, 0) : max(rect.y1, rect.y0 + 1)]
        return self.strip[max(rect.x0, 0) : max(rect.x1, rect.x0 + 1)]


def _ratio(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _check_contrast(fg: RGB, backgrounds: list[RGB], what: str) -> None:
    ratio, bg = worst_contrast(fg, backgrounds)
    if ratio < MIN_CONTRAST:
        raise ContrastError(
            f"{what}: màu chữ {hex_color(fg)} trên nền {hex_color(bg)} chỉ tương phản "
            f"{_ratio(ratio)}:1, cần ít nhất {MIN_CONTRAST:g}:1".replace(".", ",")
        )


def _excerpt(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# The text a format's ``min_cap_mm`` applies to.
SLOGAN = "slogan"


def _min_size(layer: TextLayer, fmt: Format, scale: float) -> tuple[float, str, float]:
    """Minimum size in pixels at ``scale``, and the unit a failure is reported in.

    On an outdoor format the slogan's minimum is its cap height (``min_cap_mm``),
    turned into a type size with the font's own cap height; a failure is then
    worded in centimetres of cap height, what a sign maker measures.
    """
    if fmt.physical and fmt.min_cap_mm is not None and layer.slot == SLOGAN:
        per_cm = fmt.mm_to_px(10, scale) / cap_height(layer.weight)
        by_cap = fmt.min_cap_mm / 10 * per_cm
        by_pt = fmt.points_to_px(layer.min_pt, scale) if layer.min_pt is not None else 0.0
        if by_cap >= by_pt:
            return by_cap, "cm chiều cao chữ hoa", per_cm
    if fmt.physical:
        per_pt = fmt.points_to_px(1, scale)
        if layer.min_pt is not None:
            return layer.min_pt * per_pt, "pt", per_pt
        assert layer.min_px is not None
        return layer.min_px * scale, "px", scale
    if layer.min_px is not None:
        return layer.min_px * scale, "px", scale
    assert layer.min_pt is not None
    return fmt.points_to_px(layer.min_pt, scale), "px", scale


# A text whose size follows another's (a footer capped relative to the slogan) may
# exceed its cap to stay legible, but never beyond this share of the size it follows:
# nearer than that, the two read as equals and the slogan no longer leads.
OUTRANK = 0.9


def _min_label(size: float, unit: str, px_per_unit: float) -> str:
    return f"cỡ {size / px_per_unit:.0f} {unit}"


def _label(layer: TextLayer, text: str, text_id: str | None) -> str:
    kind = layer.label or _SLOT_NAMES.get(layer.slot or "", layer.slot or "chữ")
    return f"{kind} '{text_id or _excerpt(' '.join(text.split()))}'"


def _fit_layer(
    rect: Rect,
    layer: TextLayer,
    text: str,
    fmt: Format,
    scale: float,
    text_id: str | None,
    max_size: float | None = None,
    ceiling: float | None = None,
) -> FittedText:
    minimum, unit, px_per_unit = _min_size(layer, fmt, scale)
    if layer.max_pt is not None:
        # The layer's own cap (one size across a set): not a text it must stay below.
        own_cap = fmt.points_to_px(layer.max_pt, scale)
        max_size = own_cap if max_size is None else min(max_size, own_cap)
    if max_size is not None:
        # A cap below the minimum would make the footer illegible: the minimum wins,
        # but the text it follows must stay clearly the larger (a sender line set as
        # large as the slogan reads as the message).
        if ceiling is not None and minimum > OUTRANK * ceiling:
            error = FitError(
                f"{_label(layer, text, text_id)} ({_min_label(minimum, unit, px_per_unit)} "
                f"trở lên cho dễ đọc) sẽ to gần bằng hoặc hơn chữ nó đi kèm "
                f"({_min_label(ceiling, unit, px_per_unit)}), định dạng '{fmt.id}'"
            )
            error.slot = layer.slot or ""
            raise error
        # Sizes are whole pixels: a cap raised to a fractional minimum (12.5 px) must
        # leave a whole size at or above it (13), or no size fits at all.
        max_size = max(max_size, math.ceil(minimum))
    try:
        fitted = fit_text(
            text,
            (rect.width, rect.height),
            weight=layer.weight,
            max_lines=layer.max_lines,
            min_size=minimum,
            max_size=max_size,
            line_height=layer.line_height,
            uppercase=layer.uppercase,
            label=_label(layer, text, text_id),
            where=f"định dạng '{fmt.id}'",
            unit=unit,
            px_per_unit=px_per_unit,
        )
        if fitted.splits and fmt.physical and fmt.min_cap_mm and layer.slot == SLOGAN:
            # Read from across the street, a word cut in two reads as two words: rather
            # than print "LƯƠNG / Y PHẢI", the kit tries the short form or leaves it out.
            # A phrase cut between its words ("LÀM THEO / LỜI BÁC") is what the phrase
            # list allows on a narrow format when nothing else fits.
            lines = " / ".join(line.text for line in fitted.lines)
            raise FitError(
                f"{_label(layer, text, text_id)} chỉ vừa định dạng '{fmt.id}' với chữ hoa cao "
                f"{fmt.min_cap_mm / 10:g} cm nếu cắt đôi một từ ('{lines}'); hãy chia dòng "
                "tay (slogans[].lines) hoặc ghi dạng ngắn (short)"
            )
        return fitted
    except MediaError as error:
        error.slot = layer.slot or ""  # the kit names the field behind the slot
        raise


def _attached(
    rect: Rect, block: tuple[int, int, int, int], layer: RectLayer, geometry: Geometry
) -> Rect:
    """``rect`` moved to sit ``gap`` above or below a drawn text block, inside the safe area."""
    assert layer.attach is not None
    gap = round(layer.attach.gap * geometry.safe.height)
    if layer.attach.edge == "above":
        y0 = block[1] - gap - rect.height
    else:
        y0 = block[3] + gap
    y0 = min(max(y0, geometry.safe.y0), geometry.safe.y1 - rect.height)
    return Rect(rect.x0, y0, rect.x1, y0 + rect.height)


def _legible(fmt: Format, scale: float) -> float:
    """The smallest text worth drawing in a badge: 6 pt in print, 10 px on screen."""
    return fmt.points_to_px(6, scale) if fmt.physical else 10 * scale


def _emblem_ops(
    canvas: _Canvas, rect: Rect, layer: EmblemLayer, emblem: Emblem, fmt: Format, scale: float
) -> list[Op]:
    if isinstance(emblem, Badge):
        color = parse_color(layer.color)
        _check_contrast(color, canvas.colors_under(rect), f"huy hiệu (định dạng '{fmt.id}')")
        return badge_ops(rect, layer.align, emblem, color, _legible(fmt, scale))[0]
    return [logo_op(rect, layer.align, emblem)]


def _qr(rect: Rect, layer: QrLayer, url: str, where: str) -> tuple[Any, int, int]:
    """The code's matrix, its size in modules and a module's pixels; raises when it
    cannot be drawn legibly (checked without drawing by ``measure``)."""
    dark, light = parse_color(layer.dark), parse_color(layer.light)
    _check_contrast(dark, [light], f"mã QR ({where})")
    code = segno.make(url, error=layer.error.lower(), micro=False)
    matrix = code.matrix
    modules = len(matrix) + 2 * layer.border
    module = min(rect.width, rect.height) // modules
    if module < 1:
        raise MediaError(
            f"mã QR không vừa {where}: cần ít nhất {modules} px, khung chỉ có "
            f"{min(rect.width, rect.height)} px"
        )
    return matrix, modules, module


def _qr_op(rect: Rect, layer: QrLayer, url: str, where: str) -> QrCode:
    dark, light = parse_color(layer.dark), parse_color(layer.light)
    matrix, modules, module = _qr(rect, layer, url, where)
    side = modules * module
    x = rect.x0 + (rect.width - side) // 2
    y = rect.y0 + (rect.height - side) // 2
    rows = tuple(tuple(bool(v) for v in row) for row in matrix)
    return QrCode(rows, layer.border, x, y, module, dark, light)


@dataclass
class _Slot:
    """A layer with its final rectangle and, for text, its fitted lines."""

    layer: Layer
    rect: Rect
    region: Rect  # where it may land: its box, or its column across the stack band
    text: str | None = None
    fitted: FittedText | None = None


def _fit_all(
    slots: list[_Slot],
    fmt: Format,
    scale: float,
    text_ids: Mapping[str, str],
) -> dict[str, int]:
    """Fit every text, uncapped ones first so that caps know the size they follow.

    Returns the size chosen for each slot, in pixels.
    """
    sizes: dict[str, int] = {}
    texts = [s for s in slots if isinstance(s.layer, TextLayer) and s.text is not None]
    ordered = sorted(
        texts, key=lambda s: isinstance(s.layer, TextLayer) and s.layer.max_size is not None
    )
    for slot in ordered:
        layer = slot.layer
        assert isinstance(layer, TextLayer) and slot.text is not None
        text_id = text_ids.get(layer.slot or "")
        followed = sizes.get(layer.max_size.relative_to) if layer.max_size else None
        slot.fitted = _fit_layer(
            slot.rect, layer, slot.text, fmt, scale, text_id, _cap(layer, sizes), followed
        )
        if layer.slot:
            sizes[layer.slot] = slot.fitted.size
    groups: dict[str, list[_Slot]] = {}
    for slot in ordered:
        group = getattr(slot.layer, "size_group", None)
        if group:
            groups.setdefault(group, []).append(slot)
    for members in groups.values():
        smallest = min(s.fitted.size for s in members if s.fitted)
        for slot in members:
            layer = slot.layer
            assert isinstance(layer, TextLayer) and slot.text is not None
            if slot.fitted is not None and slot.fitted.size > smallest:
                text_id = text_ids.get(layer.slot or "")
                slot.fitted = _fit_layer(slot.rect, layer, slot.text, fmt, scale, text_id, smallest)
                if layer.slot:
                    sizes[layer.slot] = slot.fitted.size
    return sizes


def _pile(slots: list[_Slot], gap: int, emblem: bool) -> list[tuple[_Slot, int]]:
    """The stacked layers that are drawn, each with the height it needs."""
    piled: list[tuple[_Slot, int]] = []
    for slot in slots:
        layer = slot.layer
        if not layer.stack:
            continue
        if isinstance(layer, TextLayer):
            if slot.fitted is None:
                continue
            height = slot.fitted.height
        elif isinstance(layer, EmblemLayer | QrLayer):
            if isinstance(layer, EmblemLayer) and not emblem:
                continue
            height = min(slot.rect.width, slot.rect.height)
        else:
            height = slot.rect.height
        piled.append((slot, height))
    return piled


def _fit_stacked(
    slots: list[_Slot],
    band: Rect,
    gap: int,
    emblem: bool,
    fmt: Format,
    layout: Layout,
    scale: float,
    text_ids: Mapping[str, str],
) -> dict[str, int]:
    """Fit every text, then shrink the stacked texts until the pile fits its band.

    Each text is fitted to its own box first; when the boxes together are
    taller than the band (a long event name and a long address on one
    invitation), the stacked texts give up height in proportion to what they
    take, and are fitted again.
    """
    sizes = _fit_all(slots, fmt, scale, text_ids)
    for _ in range(6):
        piled = _pile(slots, gap, emblem)
        total = sum(h for _, h in piled) + gap * max(0, len(piled) - 1)
        excess = total - band.height
        if excess <= 0:
            return sizes
        texts = [(slot, h) for slot, h in piled if isinstance(slot.layer, TextLayer)]
        flexible = sum(h for _, h in texts)
        if flexible <= excess:
            break
        factor = (flexible - excess) / flexible
        for slot, height in texts:
            slot.rect = Rect(
                slot.rect.x0, slot.rect.y0, slot.rect.x1, slot.rect.y0 + math.floor(height * factor)
            )
            slot.fitted = None
        sizes = _fit_all(slots, fmt, scale, text_ids)
    raise FitError(
        f"bố cục '{layout.id}', định dạng '{fmt.id}': các lớp xếp chồng cao hơn dải dành cho "
        "chúng; hãy rút gọn chữ"
    )


def _stack(slots: list[_Slot], band: Rect, gap: int, emblem: bool) -> None:
    """Pile the stacked layers in order, each as tall as it needs, centred in ``band``."""
    piled = _pile(slots, gap, emblem)
    total = sum(h for _, h in piled) + gap * max(0, len(piled) - 1)
    top = band.y0 + max(0, (band.height - total) // 2)
    for slot, height in piled:
        slot.rect = Rect(slot.rect.x0, top, slot.rect.x1, top + height)
        top += height + gap


def _row(slots: list[_Slot], row: Row, band: Rect, emblem: bool) -> None:
    """Set the ``row`` layers side by side, the group centred across ``band``.

    The emblem keeps its square; the texts share one column as wide as the
    widest of them, so their lines stay centred on each other.
    """
    members = [s for s in slots if getattr(s.layer, "row", False)]
    marks = [s for s in members if isinstance(s.layer, EmblemLayer) and emblem]
    texts = [s for s in members if isinstance(s.layer, TextLayer) and s.fitted is not None]
    if not texts:
        return
    column = max(s.fitted.width for s in texts if s.fitted is not None)
    side = min(marks[0].rect.width, marks[0].rect.height) if marks else 0
    gap = round(row.gap * band.width) if marks else 0
    left = band.x0 + max(0, (band.width - side - gap - column) // 2)
    for slot in marks:
        slot.rect = Rect(left, slot.rect.y0, left + side, slot.rect.y1)
    for slot in texts:
        x0 = left + side + gap
        slot.rect = Rect(x0, slot.rect.y0, min(x0 + column, band.x1), slot.rect.y1)


def render(
    fmt: Format,
    layout: Layout,
    texts: Mapping[str, str],
    *,
    qr_url: str | None = None,
    emblem: Emblem | None = None,
    scale: float = 1.0,
    text_ids: Mapping[str, str] | None = None,
) -> Image.Image:
    """Draw ``fmt`` with ``layout`` and ``texts`` (slot → text); an RGB image with bleed.

    ``emblem`` is a logo file or an anniversary :class:`Badge` for the
    layout's emblem layer. ``scale`` below 1 renders a proportionally smaller
    image (tests, quick previews); minimum type sizes scale with it.
    ``text_ids`` names texts in error messages (slot → slogan id). The
    image's ``info["dpi"]`` holds the effective resolution for the writers,
    ``info["text_sizes"]`` the size chosen for each slot.

    Three passes: every text is fitted, stacked layers are piled and centred,
    then everything is drawn in layer order.
    """
    display, sizes = compose(
        fmt, layout, texts, qr_url=qr_url, emblem=emblem, scale=scale, text_ids=text_ids
    )
    return raster(display, sizes)


def compose(
    fmt: Format,
    layout: Layout,
    texts: Mapping[str, str],
    *,
    qr_url: str | None = None,
    emblem: Emblem | None = None,
    scale: float = 1.0,
    text_ids: Mapping[str, str] | None = None,
) -> tuple[Display, dict[str, int]]:
    """What :func:`render` draws, as a display list (for the raster and the PDF),
    and the size chosen for each slot in pixels. Raises like :func:`render`."""
    canvas, slots, sizes = _prepare(fmt, layout, texts, qr_url, emblem, scale, text_ids, True)
    return Display(canvas.geometry, _ops(canvas, slots, fmt, qr_url, emblem, scale)), sizes


def measure(
    fmt: Format,
    layout: Layout,
    texts: Mapping[str, str],
    *,
    qr_url: str | None = None,
    emblem: Emblem | None = None,
    scale: float = 1.0,
    text_ids: Mapping[str, str] | None = None,
) -> dict[str, int]:
    """What :func:`render` would refuse, found without drawing: the texts fitted
    (measured, not drawn), contrasts, the QR code's room. The size of each slot."""
    canvas, slots, sizes = _prepare(fmt, layout, texts, qr_url, emblem, scale, text_ids, False)
    where = f"định dạng '{fmt.id}'"
    for slot in slots:
        layer = slot.layer
        if isinstance(layer, QrLayer) and qr_url:
            _qr(slot.rect, layer, qr_url, where)
        elif isinstance(layer, EmblemLayer) and isinstance(emblem, Badge):
            _check_contrast(
                parse_color(layer.color),
                canvas.colors_under(slot.rect),
                f"huy hiệu (định dạng '{fmt.id}')",
            )
    return sizes


def _prepare(
    fmt: Format,
    layout: Layout,
    texts: Mapping[str, str],
    qr_url: str | None,
    emblem: Emblem | None,
    scale: float,
    text_ids: Mapping[str, str] | None,
    draw: bool,
) -> tuple[_Canvas, list[_Slot], dict[str, int]]:
    """The passes before drawing: layers placed, contrasts checked, texts fitted and piled."""
    geometry = fmt.geometry(scale)
    where = f"định dạng '{fmt.id}'"
    safe = geometry.safe
    band = safe.sub(0, layout.stack.y, 1, layout.stack.h) if layout.stack else safe
    slots = []
    for layer in layout.layers:
        box = layer.box
        rect = safe.sub(box.x, box.y, box.w, box.h)
        region = Rect(rect.x0, band.y0, rect.x1, band.y1) if layer.stack else rect
        slot = _Slot(layer, rect, region)
        if isinstance(layer, QrLayer) and not qr_url and layer.required:
            raise MediaError(f"bố cục '{layout.id}' có mã QR: cần địa chỉ trang (qr_url)")
        if isinstance(layer, TextLayer):
            text = layer.text if layer.text is not None else texts.get(layer.slot or "")
            if text is None or not text.strip():
                if layer.required:
                    missing = MissingTextError(
                        f"bố cục '{layout.id}' cần chữ cho '{layer.slot}' ({where}); "
                        f"đã có: {', '.join(sorted(texts)) or 'không có'}"
                    )
                    missing.slot = layer.slot or ""
                    raise missing
                continue
            slot.text = text
        slots.append(slot)
    canvas = _Canvas(geometry, layout.background)
    for slot in slots:
        # A colour mistake is the layout's, whatever the text: checked before fitting.
        if isinstance(slot.layer, TextLayer) and slot.text is not None:
            label = _label(slot.layer, slot.text, (text_ids or {}).get(slot.layer.slot or ""))
            _check_contrast(
                parse_color(slot.layer.color),
                _background(canvas, slot.region, slots),
                f"{label} trong bố cục '{layout.id}' ({where})",
            )
    if layout.stack is not None:
        gap = round(layout.stack.gap * safe.height)
        has_emblem = emblem is not None
        sizes = _fit_stacked(slots, band, gap, has_emblem, fmt, layout, scale, text_ids or {})
        _stack(slots, band, gap, has_emblem)
    else:
        sizes = _fit_all(slots, fmt, scale, text_ids or {})
    if layout.row is not None:
        _row(slots, layout.row, safe, emblem is not None)
    return canvas, slots, sizes


def _ops(
    canvas: _Canvas,
    slots: list[_Slot],
    fmt: Format,
    qr_url: str | None,
    emblem: Emblem | None,
    scale: float,
) -> list[Op]:
    geometry = canvas.geometry
    where = f"định dạng '{fmt.id}'"
    blocks: dict[str, tuple[int, int, int, int]] = {}
    ops: list[Op] = [canvas.op()]
    for slot in slots:
        layer, rect = slot.layer, slot.rect
        if isinstance(layer, RectLayer):
            if layer.attach is not None:
                block = blocks.get(layer.attach.slot)
                if block is None:
                    continue  # the text it underlines was left out
                rect = _attached(rect, block, layer, geometry)
            ops.append(Box(rect.x0, rect.y0, rect.x1, rect.y1, parse_color(layer.color)))
        elif isinstance(layer, EmblemLayer):
            if emblem is not None:
                ops += _emblem_ops(canvas, rect, layer, emblem, fmt, scale)
        elif isinstance(layer, QrLayer):
            if qr_url:
                ops.append(_qr_op(rect, layer, qr_url, where))
        elif slot.fitted is not None:
            runs, block = text_runs(
                slot.fitted,
                (rect.x0, rect.y0, rect.x1, rect.y1),
                parse_color(layer.color),
                align=layer.align,
                valign=layer.valign,
            )
            ops += runs
            if layer.slot:
                blocks[layer.slot] = block
    return ops


def _overlap(a: Rect, b: Rect) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _background(canvas: _Canvas, region: Rect, slots: list[_Slot]) -> list[RGB]:
    """Colours a text in ``region`` may sit on: the gradient, and plates it may overlap.

    Stacked and attached plates are never under text (the stack keeps gaps,
    an attached rule keeps its distance), so only fixed ones count.
    """
    colors = canvas.colors_under(region)
    for slot in slots:
        layer = slot.layer
        if layer.stack or not _overlap(slot.region, region):
            continue
        if isinstance(layer, RectLayer) and layer.attach is None:
            colors.append(parse_color(layer.color))
        elif isinstance(layer, QrLayer):
            colors.append(parse_color(layer.light))
    return colors


def _cap(layer: TextLayer, sizes: Mapping[str, int]) -> float | None:
    cap = layer.max_size
    if cap is None or cap.relative_to not in sizes:
        return None
    return cap.ratio * sizes[cap.relative_to]


def fit_slot(
    fmt: Format, layout: Layout, slot: str, text: str, *, scale: float = 1.0
) -> FittedText | None:
    """How ``text`` would fit the layout's first layer for ``slot``, without drawing.

    None when the layout has no such layer. Raises :class:`FitError` like
    :func:`render`. Lets the kit compare a slogan with its short form.
    """
    geometry = fmt.geometry(scale)
    for layer in layout.layers:
        if isinstance(layer, TextLayer) and layer.slot == slot:
            box = layer.box
            rect = geometry.safe.sub(box.x, box.y, box.w, box.h)
            return _fit_layer(rect, layer, text, fmt, scale, None)
    return None


def _atomic(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path.with_name(f".{path.name}.tmp")


def _dpi(image: Image.Image, dpi: float | None) -> float:
    if dpi is not None:
        return dpi
    info = image.info.get("dpi")
    return float(info[0]) if info else 72.0


def save_png(image: Image.Image, path: Path, *, dpi: float | None = None) -> Path:
    """PNG tagged sRGB, with its resolution in the pHYs chunk."""
    resolution = _dpi(image, dpi)
    info = PngImagePlugin.PngInfo()
    # Rendering intent 0 (perceptual): the colours are meant as sRGB.
    info.add(b"sRGB", b"\x00")
    tmp = _atomic(path)
    image.save(tmp, "PNG", dpi=(resolution, resolution), pnginfo=info, compress_level=6)
    os.replace(tmp, path)
    return path


def save_webp(image: Image.Image, path: Path, *, max_width: int = PREVIEW_WIDTH) -> Path:
    """A light preview, at most ``max_width`` px wide."""
    preview = image
    if image.width > max_width:
        factor = math.ceil(image.width / max_width)
        # reduce() first keeps the full-size canvas from being copied.
        preview = image.reduce(factor) if factor > 1 else image
        if preview.width > max_width:
            height = round(preview.height * max_width / preview.width)
            preview = preview.resize((max_width, height), Image.Resampling.LANCZOS)
    tmp = _atomic(path)
    preview.save(tmp, "WEBP", quality=85, method=4)
    os.replace(tmp, path)
    return path


def raster(display: Display, sizes: Mapping[str, int] | None = None) -> Image.Image:
    """``display`` painted, tagged with the resolution and page size the writers need."""
    image = paint(display)
    geometry = display.geometry
    image.info["dpi"] = (geometry.dpi, geometry.dpi)
    image.info["page_mm"] = geometry.page_mm
    image.info["text_sizes"] = dict(sizes or {})  # slot → pixel size, for checks and tests
    return image


def export(
    display: Display,
    fmt: Format,
    stem: Path,
    *,
    verso: tuple[Display, Format] | None = None,
    title: str = "",
    author: str = "",
    pdf: bool = True,
) -> list[Path]:
    """Write ``stem``.png, ``stem``.webp and, for print formats, the vector ``stem``.pdf.

    ``verso`` is the back of the sheet (the inside of a folded leaflet): the
    PDF gets it as its second page. ``pdf=False`` writes the previews only (a
    side that is printed as the verso of another format's PDF).
    """
    image = raster(display)
    written = [save_png(image, stem.with_name(stem.name + ".png"))]
    if fmt.physical and pdf:
        pages = [Page(display, fmt, tuple(folds_mm(fmt, outside=True)))]
        if verso is not None:
            back, back_fmt = verso
            pages.append(Page(back, back_fmt, tuple(folds_mm(back_fmt, outside=False))))
        path = stem.with_name(stem.name + ".pdf")
        written.append(write_pdf(pages, path, title=title or fmt.name, author=author))
    written.append(save_webp(image, stem.with_name(stem.name + ".webp")))
    del image
    return written
