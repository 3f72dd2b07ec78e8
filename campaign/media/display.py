"""What a format shows, as a list of drawing operations both writers read.

The layout code places every text line, plate, ring, logo and QR module once,
in pixels of the format's raster geometry (bleed included). The Pillow
painter (:func:`paint`) turns the list into the PNG and WebP previews; the
PDF writer (:mod:`.pdf`) turns the same list into vectors with live text, so
the two never disagree about where a line breaks or a plate sits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw

from .color import RGB
from .fit import FittedText, font
from .formats import Geometry, MediaError

__all__ = [
    "Background",
    "Box",
    "Display",
    "Op",
    "Picture",
    "QrCode",
    "Ring",
    "TextRun",
    "contain",
    "paint",
    "text_runs",
]


@dataclass(frozen=True)
class Background:
    """The whole canvas: one colour, or ``stops`` spread evenly along ``direction``."""

    stops: tuple[RGB, ...]
    direction: Literal["vertical", "horizontal"]
    strip: tuple[RGB, ...]  # the gradient as the raster draws it, one colour per pixel row


@dataclass(frozen=True)
class Box:
    """A filled rectangle; right and bottom exclusive."""

    x0: int
    y0: int
    x1: int
    y1: int
    color: RGB


@dataclass(frozen=True)
class TextRun:
    """One line of text: pen at (``x``, ``baseline``), ``size`` in pixels (the em)."""

    text: str
    weight: int
    size: int
    x: int
    baseline: int
    color: RGB
    # The pen's advance as the raster lays the line out (kerning included): the
    # PDF spaces its glyphs to the same width, so centred lines stay centred.
    advance: float = 0.0


@dataclass(frozen=True)
class Ring:
    """The outline of the circle inscribed in a box, ``width`` pixels thick inwards."""

    x0: int
    y0: int
    x1: int
    y1: int
    width: int
    color: RGB


@dataclass(frozen=True)
class Picture:
    """A raster logo scaled into the box (its aspect kept by :func:`contain`)."""

    path: Path
    x0: int
    y0: int
    x1: int
    y1: int


@dataclass(frozen=True)
class QrCode:
    """A QR matrix with ``border`` light modules around it, ``module`` pixels each."""

    matrix: tuple[tuple[bool, ...], ...]
    border: int
    x: int
    y: int
    module: int
    dark: RGB
    light: RGB

    @property
    def side(self) -> int:
        return (len(self.matrix) + 2 * self.border) * self.module


Op = Background | Box | TextRun | Ring | Picture | QrCode


@dataclass
class Display:
    """A format's drawing: its geometry and the operations in painting order."""

    geometry: Geometry
    ops: list[Op]


def text_runs(
    fitted: FittedText,
    box: tuple[int, int, int, int],
    color: RGB,
    *,
    align: Literal["left", "center", "right"] = "center",
    valign: Literal["top", "middle", "bottom"] = "middle",
) -> tuple[list[TextRun], tuple[int, int, int, int]]:
    """The lines of ``fitted`` placed in ``box`` by their ink, and the block's box.

    Same placement as :func:`.fit.draw_text`: a line of capitals with stacked
    marks and one without share the same visual edges.
    """
    bx0, by0, bx1, by1 = box
    free_h = (by1 - by0) - fitted.height
    top = by0 + {"top": 0, "middle": free_h // 2, "bottom": free_h}[valign]
    baseline = top + fitted.pad - fitted.lines[0].y0
    runs = []
    f = fitted.font
    for line in fitted.lines:
        inner_w = (bx1 - bx0) - 2 * fitted.pad
        free_w = inner_w - line.width
        left = bx0 + fitted.pad + {"left": 0, "center": free_w // 2, "right": free_w}[align]
        x = left - line.x0
        advance = f.getlength(line.text)
        runs.append(TextRun(line.text, fitted.weight, fitted.size, x, baseline, color, advance))
        baseline += fitted.pitch
    return runs, (bx0, top, bx1, top + fitted.height)


def contain(path: Path, width: int, height: int) -> tuple[int, int]:
    """The size ``path`` takes scaled to fit ``width`` × ``height``, aspect kept."""
    try:
        with Image.open(path) as source:
            size = source.size
    except (OSError, ValueError) as exc:
        raise MediaError(f"không đọc được ảnh logo '{path}': {exc}") from None
    # The arithmetic of ``ImageOps.contain``, so the preview matches the raster it replaced.
    image_ratio, box_ratio = size[0] / size[1], width / height
    if image_ratio > box_ratio:
        return width, max(1, round(size[1] / size[0] * width))
    if image_ratio < box_ratio:
        return max(1, round(size[0] / size[1] * height)), height
    return width, height


def _background(image_size: tuple[int, int], op: Background) -> Image.Image:
    if len(op.strip) == 1:
        return Image.new("RGB", image_size, op.strip[0])
    vertical = op.direction == "vertical"
    line = Image.new("RGB", (1, len(op.strip)) if vertical else (len(op.strip), 1))
    line.putdata(list(op.strip))
    # Stretching a 1-px line is the only full-size allocation.
    return line.resize(image_size, Image.Resampling.NEAREST)


def paint(display: Display) -> Image.Image:
    """The display list drawn as an RGB image at the geometry's resolution.

    Memory is the constraint on the 5 m banner (14 000 × 2 400 px): the
    canvas is allocated once and everything is drawn onto it in place.
    """
    geometry = display.geometry
    image: Image.Image | None = None
    for op in display.ops:
        if isinstance(op, Background):
            image = _background(geometry.size, op)
            break
    if image is None:
        image = Image.new("RGB", geometry.size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for op in display.ops:
        if isinstance(op, Box):
            draw.rectangle((op.x0, op.y0, op.x1 - 1, op.y1 - 1), fill=op.color)
        elif isinstance(op, TextRun):
            f = font(op.weight, op.size)
            draw.text((op.x, op.baseline), op.text, font=f, fill=op.color, anchor="ls")
        elif isinstance(op, Ring):
            draw.ellipse((op.x0, op.y0, op.x1 - 1, op.y1 - 1), outline=op.color, width=op.width)
        elif isinstance(op, Picture):
            with Image.open(op.path) as source:
                source.load()
                mark = source.convert("RGBA")
            mark = mark.resize((op.x1 - op.x0, op.y1 - op.y0), Image.Resampling.LANCZOS)
            image.paste(mark, (op.x0, op.y0), mark)
        elif isinstance(op, QrCode):
            _paint_qr(image, draw, op)
    return image


def _paint_qr(image: Image.Image, draw: ImageDraw.ImageDraw, op: QrCode) -> None:
    size = len(op.matrix)
    modules = size + 2 * op.border
    # Whole pixels per module: a fractional module blurs edges scanners need.
    mask = Image.new("L", (modules, modules), 0)
    mask.putdata(
        [
            255 if 0 <= r < size and 0 <= c < size and op.matrix[r][c] else 0
            for r in range(-op.border, modules - op.border)
            for c in range(-op.border, modules - op.border)
        ]
    )
    side = op.side
    mask = mask.resize((side, side), Image.Resampling.NEAREST)
    draw.rectangle((op.x, op.y, op.x + side - 1, op.y + side - 1), fill=op.light)
    image.paste(op.dark, (op.x, op.y, op.x + side, op.y + side), mask)
