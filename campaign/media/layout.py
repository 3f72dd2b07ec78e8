"""Layouts as data: layers placed in fractions of a format's safe area.

A layout never holds coordinates in code. Each layer has a box given as
fractions ``x, y, w, h`` of the safe area, so one layout serves every
format of a similar shape (A0 to A3 posters, all portrait social cards) and
nothing it draws can reach the margin a printer trims or a hem hides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from ..yamlsource import Source
from .formats import builtin_list, merge_catalogue

__all__ = [
    "Background",
    "Box",
    "Layer",
    "Layout",
    "LogoLayer",
    "QrLayer",
    "RectLayer",
    "TextLayer",
    "builtin_layouts",
    "load_layouts",
]

_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
# Rounding in YAML (0.1 + 0.9) must not reject a box that ends at the edge.
_EPSILON = 1e-6


_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _color(value: Any) -> str:
    if not isinstance(value, str) or not _HEX.match(value.strip()):
        raise PydanticCustomError("media_color", "màu dạng #RRGGBB (ví dụ #C8102E)")
    return value.strip().upper()


Color = Annotated[str, BeforeValidator(_color)]
Fraction = Annotated[float, Field(ge=0, le=1)]
# Slot names are the keys of ``texts`` passed to render().
Slot = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Box(_Model):
    """A rectangle in fractions of the safe area (0 = left/top, 1 = right/bottom)."""

    x: Fraction
    y: Fraction
    w: Annotated[float, Field(gt=0, le=1)]
    h: Annotated[float, Field(gt=0, le=1)]

    @model_validator(mode="after")
    def _inside(self) -> Box:
        if self.x + self.w > 1 + _EPSILON or self.y + self.h > 1 + _EPSILON:
            raise PydanticCustomError(
                "media_box", "khung phải nằm trong vùng an toàn: x + w ≤ 1 và y + h ≤ 1"
            )
        return self


class Background(_Model):
    """A flat colour, or a linear gradient through evenly spaced stops."""

    color: Color
    gradient: Annotated[list[Color], Field(min_length=2)] | None = None
    direction: Literal["vertical", "horizontal"] = "vertical"

    @property
    def stops(self) -> list[str]:
        return list(self.gradient) if self.gradient else [self.color]


class TextLayer(_Model):
    """Text fitted into its box: the largest size within ``max_lines`` lines."""

    kind: Literal["text"]
    slot: Slot | None = None
    text: str | None = None
    label: str | None = None
    box: Box
    weight: Annotated[int, Field(ge=100, le=900, multiple_of=100)] = 700
    color: Color
    align: Literal["left", "center", "right"] = "center"
    valign: Literal["top", "middle", "bottom"] = "middle"
    max_lines: Annotated[int, Field(ge=1, le=12)] = 2
    line_height: Annotated[float, Field(ge=0.9, le=3)] = 1.2
    min_pt: Annotated[float, Field(gt=0)] | None = None
    min_px: Annotated[float, Field(gt=0)] | None = None
    uppercase: bool = False
    required: bool = True

    @model_validator(mode="after")
    def _source_and_minimum(self) -> TextLayer:
        if (self.slot is None) == (self.text is None):
            raise PydanticCustomError(
                "media_text", "lớp chữ cần đúng một trong hai: 'slot' (chữ truyền vào) hoặc 'text'"
            )
        if self.min_pt is None and self.min_px is None:
            raise PydanticCustomError(
                "media_text", "lớp chữ cần cỡ chữ tối thiểu: 'min_pt' (bản in) hoặc 'min_px'"
            )
        return self


class RectLayer(_Model):
    """A filled rectangle: rules, plates behind text."""

    kind: Literal["rect"]
    box: Box
    color: Color


class LogoLayer(_Model):
    """The logo passed to render(), scaled to fit its box; skipped when there is none."""

    kind: Literal["logo"]
    box: Box
    align: Literal["left", "center", "right"] = "center"


class QrLayer(_Model):
    """A QR code to the campaign URL, square, as large as its box allows."""

    kind: Literal["qr"]
    box: Box
    dark: Color = "#000000"
    light: Color = "#FFFFFF"
    # Four modules of light border is what the QR specification asks for.
    border: Annotated[int, Field(ge=2, le=8)] = 4
    error: Literal["L", "M", "Q", "H"] = "M"
    required: bool = True


Layer = Annotated[TextLayer | RectLayer | LogoLayer | QrLayer, Field(discriminator="kind")]


class Layout(_Model):
    """A named arrangement of layers over a background."""

    id: Annotated[str, Field(pattern=_ID)]
    name: Annotated[str, Field(min_length=1)]
    background: Background
    layers: list[Layer] = []


def builtin_layouts() -> dict[str, Layout]:
    """The layouts shipped in ``campaign/data/layouts.yml``."""
    return load_layouts()


def load_layouts(
    overrides: Sequence[Any] | None = None,
    source: Source | None = None,
    prefix: Iterable[str | int] = ("media", "layouts"),
) -> dict[str, Layout]:
    """The layouts, with ``overrides`` (``media.layouts`` of a campaign) merged by id."""
    base_source, base = builtin_list("layouts.yml", "layouts")
    return merge_catalogue(Layout, base, base_source, overrides, source, tuple(prefix))
