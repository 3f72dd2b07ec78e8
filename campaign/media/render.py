"""Rendering a format with a layout into a Pillow image, and writing it out.

Memory is the constraint on the 5 m banner (14 000 × 2 400 px): the canvas
is allocated once, the gradient is stretched from a one-pixel strip straight
into it, and text, rules and the QR code are drawn onto it in place, so no
second full-size image (no RGBA layer, no composite) ever exists. The PDF
is written from that same canvas; the WebP preview is reduced first.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path

import segno
from PIL import Image, ImageDraw, ImageOps, PngImagePlugin

from .color import (
    MIN_CONTRAST,
    RGB,
    ContrastError,
    gradient,
    hex_color,
    parse_color,
    worst_contrast,
)
from .fit import draw_text, fit_text
from .formats import MM_PER_INCH, Format, Geometry, MediaError, Rect
from .layout import Background, Layout, LogoLayer, QrLayer, RectLayer, TextLayer

__all__ = ["PREVIEW_WIDTH", "export", "render", "save_pdf", "save_png", "save_webp"]

PREVIEW_WIDTH = 1200
_SLOT_NAMES = {
    "headline": "tiêu đề",
    "slogan": "khẩu hiệu",
    "footer": "dòng chân",
    "quote": "trích dẫn",
}


class _Canvas:
    """The image being drawn, plus what lies under each region (for contrast)."""

    def __init__(self, geometry: Geometry, background: Background) -> None:
        self.geometry = geometry
        self.direction = background.direction
        stops = [parse_color(c) for c in background.stops]
        size = geometry.size
        if len(stops) == 1:
            self.strip = [stops[0]]
            self.image = Image.new("RGB", size, stops[0])
        else:
            vertical = background.direction == "vertical"
            length = geometry.height if vertical else geometry.width
            self.strip = gradient(stops, length)
            line = Image.new("RGB", (1, length) if vertical else (length, 1))
            line.putdata(self.strip)
            # Stretching a 1-px line is the only full-size allocation.
            self.image = line.resize(size, Image.Resampling.NEAREST)
        self.draw = ImageDraw.Draw(self.image)
        self.plates: list[tuple[Rect, RGB]] = []

    def colors_under(self, rect: Rect) -> list[RGB]:
        """Every background colour beneath ``rect``: the gradient span and any plates."""
        if len(self.strip) == 1:
            colors = list(self.strip)
        elif self.direction == "vertical":
            colors = self.strip[max(rect.y0, 0) : max(rect.y1, rect.y0 + 1)]
        else:
            colors = self.strip[max(rect.x0, 0) : max(rect.x1, rect.x0 + 1)]
        for plate, color in self.plates:
            if (
                plate.x0 < rect.x1
                and rect.x0 < plate.x1
                and plate.y0 < rect.y1
                and rect.y0 < plate.y1
            ):
                colors.append(color)
        return colors


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


def _min_size(layer: TextLayer, fmt: Format, scale: float) -> tuple[float, str, float]:
    """Minimum size in pixels at ``scale``, and the unit a failure is reported in."""
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


def _draw_text_layer(
    canvas: _Canvas,
    rect: Rect,
    layer: TextLayer,
    text: str,
    fmt: Format,
    layout: Layout,
    scale: float,
    text_id: str | None,
) -> None:
    kind = layer.label or _SLOT_NAMES.get(layer.slot or "", layer.slot or "chữ")
    label = f"{kind} '{text_id or _excerpt(' '.join(text.split()))}'"
    where = f"định dạng '{fmt.id}'"
    color = parse_color(layer.color)
    # Checked before fitting: a colour mistake is the layout's, whatever the text.
    _check_contrast(
        color, canvas.colors_under(rect), f"{label} trong bố cục '{layout.id}' ({where})"
    )
    minimum, unit, px_per_unit = _min_size(layer, fmt, scale)
    fitted = fit_text(
        text,
        (rect.width, rect.height),
        weight=layer.weight,
        max_lines=layer.max_lines,
        min_size=minimum,
        line_height=layer.line_height,
        uppercase=layer.uppercase,
        label=label,
        where=where,
        unit=unit,
        px_per_unit=px_per_unit,
    )
    draw_text(
        canvas.draw,
        fitted,
        (rect.x0, rect.y0, rect.x1, rect.y1),
        color,
        align=layer.align,
        valign=layer.valign,
    )


def _draw_logo(canvas: _Canvas, rect: Rect, layer: LogoLayer, logo: Path) -> None:
    try:
        with Image.open(logo) as source:
            source.load()
            mark = source.convert("RGBA")
    except (OSError, ValueError) as exc:
        raise MediaError(f"không đọc được ảnh logo '{logo}': {exc}") from None
    mark = ImageOps.contain(mark, (rect.width, rect.height), Image.Resampling.LANCZOS)
    free = rect.width - mark.width
    x = rect.x0 + {"left": 0, "center": free // 2, "right": free}[layer.align]
    y = rect.y0 + (rect.height - mark.height) // 2
    canvas.image.paste(mark, (x, y), mark)


def _draw_qr(canvas: _Canvas, rect: Rect, layer: QrLayer, url: str, where: str) -> None:
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
    # Whole pixels per module: a fractional module blurs edges scanners need.
    mask = Image.new("L", (modules, modules), 0)
    mask.putdata(
        [
            255 if 0 <= r < len(matrix) and 0 <= c < len(matrix) and matrix[r][c] else 0
            for r in range(-layer.border, modules - layer.border)
            for c in range(-layer.border, modules - layer.border)
        ]
    )
    side = modules * module
    mask = mask.resize((side, side), Image.Resampling.NEAREST)
    x = rect.x0 + (rect.width - side) // 2
    y = rect.y0 + (rect.height - side) // 2
    canvas.draw.rectangle((x, y, x + side - 1, y + side - 1), fill=light)
    canvas.image.paste(dark, (x, y, x + side, y + side), mask)
    canvas.plates.append((Rect(x, y, x + side, y + side), light))


def render(
    fmt: Format,
    layout: Layout,
    texts: Mapping[str, str],
    *,
    qr_url: str | None = None,
    logo: Path | None = None,
    scale: float = 1.0,
    text_ids: Mapping[str, str] | None = None,
) -> Image.Image:
    """Draw ``fmt`` with ``layout`` and ``texts`` (slot → text); an RGB image with bleed.

    ``scale`` below 1 renders a proportionally smaller image (tests, quick
    previews); minimum type sizes scale with it. ``text_ids`` names texts in
    error messages (slot → slogan id). The image's ``info["dpi"]`` holds the
    effective resolution for the writers.
    """
    geometry = fmt.geometry(scale)
    where = f"định dạng '{fmt.id}'"
    canvas = _Canvas(geometry, layout.background)
    for layer in layout.layers:
        box = layer.box
        rect = geometry.safe.sub(box.x, box.y, box.w, box.h)
        if isinstance(layer, RectLayer):
            color = parse_color(layer.color)
            canvas.draw.rectangle((rect.x0, rect.y0, rect.x1 - 1, rect.y1 - 1), fill=color)
            canvas.plates.append((rect, color))
        elif isinstance(layer, LogoLayer):
            if logo is not None:
                _draw_logo(canvas, rect, layer, logo)
        elif isinstance(layer, QrLayer):
            if qr_url:
                _draw_qr(canvas, rect, layer, qr_url, where)
            elif layer.required:
                raise MediaError(f"bố cục '{layout.id}' có mã QR: cần địa chỉ trang (qr_url)")
        else:
            text = layer.text if layer.text is not None else texts.get(layer.slot or "")
            if text is None or not text.strip():
                if layer.required:
                    raise MediaError(
                        f"bố cục '{layout.id}' cần chữ cho '{layer.slot}' ({where}); "
                        f"đã có: {', '.join(sorted(texts)) or 'không có'}"
                    )
                continue
            text_id = (text_ids or {}).get(layer.slot or "")
            _draw_text_layer(canvas, rect, layer, text, fmt, layout, scale, text_id)
    canvas.image.info["dpi"] = (geometry.dpi, geometry.dpi)
    canvas.image.info["page_mm"] = geometry.page_mm
    return canvas.image


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


def save_pdf(image: Image.Image, path: Path, *, page_mm: tuple[float, float] | None = None) -> Path:
    """One-page PDF at true physical size (trim plus bleed), from ``page_mm`` or the dpi."""
    if page_mm is None:
        stored = image.info.get("page_mm")
        if stored is not None:
            page_mm = (float(stored[0]), float(stored[1]))
        else:
            d = _dpi(image, None)
            page_mm = (image.width / d * MM_PER_INCH, image.height / d * MM_PER_INCH)
    # Per-axis resolution makes the page exactly the physical size despite pixel rounding.
    x_res = image.width / (page_mm[0] / MM_PER_INCH)
    y_res = image.height / (page_mm[1] / MM_PER_INCH)
    tmp = _atomic(path)
    # No chroma subsampling: red and yellow edges would bleed into each other.
    image.save(tmp, "PDF", dpi=(x_res, y_res), quality=95, subsampling=0, title=path.stem)
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


def export(image: Image.Image, fmt: Format, stem: Path) -> list[Path]:
    """Write ``stem``.png, ``stem``.webp and, for print formats, ``stem``.pdf."""
    written = [save_png(image, stem.with_name(stem.name + ".png"))]
    if fmt.physical:
        written.append(save_pdf(image, stem.with_name(stem.name + ".pdf")))
    written.append(save_webp(image, stem.with_name(stem.name + ".webp")))
    return written
