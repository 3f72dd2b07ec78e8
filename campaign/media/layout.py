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

from ..content.text import SLUG_PATTERN
from ..content.yamlsource import Source
from .formats import builtin_list, merge_catalogue, said

__all__ = [
    "Attach",
    "Background",
    "Box",
    "EmblemLayer",
    "Layer",
    "Layout",
    "QrLayer",
    "RectLayer",
    "Row",
    "SizeCap",
    "Stack",
    "TextLayer",
    "builtin_layouts",
    "load_layouts",
]

# Rounding in YAML (0.1 + 0.9) must not reject a box that ends at the edge.
_EPSILON = 1e-6


_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _color(value: Any) -> str:
    if not isinstance(value, str) or not _HEX.match(value.strip()):
        raise said(
            "media_color",
            "{value} không phải một mã màu: ghi màu dạng #RRGGBB, ví dụ #C8102E (đỏ cờ)",
            value=f"'{value}'" if isinstance(value, str) else "giá trị này",
        )
    return value.strip().upper()


Color = Annotated[str, BeforeValidator(_color)]
Fraction = Annotated[float, Field(ge=0, le=1)]
# Slot names are the keys of ``texts`` passed to render().
Slot = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _number(value: float) -> str:
    """A fraction as staff write it in Vietnamese (0,75)."""
    return f"{value:g}".replace(".", ",")


def _choices(slots: Iterable[str | None]) -> str:
    """What a reference to a text layer may say: 'slot' of one of ``slots``."""
    named = sorted(s for s in slots if s)
    if not named:
        return "'slot' của một lớp chữ (bố cục này chưa có lớp chữ nào có 'slot')"
    return "một trong " + ", ".join(f"'{s}'" for s in named)


class Box(_Model):
    """A rectangle in fractions of the safe area (0 = left/top, 1 = right/bottom)."""

    x: Fraction
    y: Fraction
    w: Annotated[float, Field(gt=0, le=1)]
    h: Annotated[float, Field(gt=0, le=1)]

    @model_validator(mode="after")
    def _inside(self) -> Box:
        if self.x + self.w > 1 + _EPSILON or self.y + self.h > 1 + _EPSILON:
            raise said(
                "media_box",
                "khung này ra ngoài vùng an toàn (x + w = {across}, y + h = {down}): cả hai "
                "không được quá 1; giảm w hoặc x, h hoặc y",
                across=_number(self.x + self.w),
                down=_number(self.y + self.h),
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


class Stack(_Model):
    """A band of the safe area where layers marked ``stack`` are piled and centred.

    A layout with fixed heights looks right for one length of text only: a
    short slogan leaves a hole under it, a long one crowds the footer. In a
    stack, each layer takes the height it needs (at most its box's ``h``),
    ``gap`` (a fraction of the safe height) separates them, and the pile is
    centred in the band, so the composition stays balanced whatever the text.
    """

    y: Fraction = 0
    h: Annotated[float, Field(gt=0, le=1)] = 1
    gap: Annotated[float, Field(ge=0, le=0.2)] = 0.02

    @model_validator(mode="after")
    def _inside(self) -> Stack:
        if self.y + self.h > 1 + _EPSILON:
            raise said(
                "media_box",
                "dải xếp chồng ra ngoài vùng an toàn (y + h = {down}, không được quá 1): "
                "giảm h hoặc y",
                down=_number(self.y + self.h),
            )
        return self


class Row(_Model):
    """Layers marked ``row`` set side by side and centred across the safe area as one group.

    An emblem beside a slogan on a long banner: the text is set in the space
    beside the roundel, and the pair (emblem, ``gap``, the widest text of the
    row) is centred, so whatever the slogan's length the empty ends of the
    banner match instead of one long empty band on the right. ``gap`` is a
    fraction of the safe width. The texts keep their vertical places.
    """

    gap: Annotated[float, Field(ge=0, le=0.2)] = 0.02


class SizeCap(_Model):
    """At most ``ratio`` times the size of the text in slot ``relative_to``.

    Keeps the hierarchy a designer wants: a short footer must not come out
    larger than the slogan it signs just because it has room.
    """

    relative_to: Slot
    ratio: Annotated[float, Field(gt=0, le=2)]


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
    max_lines: Annotated[int, Field(ge=1, le=30)] = 2
    line_height: Annotated[float, Field(ge=0.9, le=3)] = 1.2
    min_pt: Annotated[float, Field(gt=0)] | None = None
    min_px: Annotated[float, Field(gt=0)] | None = None
    max_size: SizeCap | None = None
    # An absolute ceiling in points, set by the kit so that a set of banners hung
    # side by side shares one size (see ``campaign.media.kit``).
    max_pt: Annotated[float, Field(gt=0)] | None = None
    # Texts sharing a group are set at one size, the smallest any of them
    # needs: the three panels of a leaflet read as one document.
    size_group: Annotated[str, Field(pattern=SLUG_PATTERN)] | None = None
    uppercase: bool = False
    required: bool = True
    stack: bool = False
    row: bool = False

    @model_validator(mode="after")
    def _source_and_minimum(self) -> TextLayer:
        if self.slot is not None and self.text is not None:
            raise said(
                "media_text",
                "lớp chữ này ghi cả 'slot' lẫn 'text': chỉ giữ một ('slot: slogan' để in chữ "
                "truyền vào, như khẩu hiệu; 'text: …' để in một chữ cố định)",
            )
        if self.slot is None and self.text is None:
            raise said(
                "media_text",
                "lớp chữ này chưa nói in chữ gì: thêm 'slot: slogan' (chữ truyền vào, như "
                "khẩu hiệu) hoặc 'text: …' (một chữ cố định)",
            )
        if self.min_pt is None and self.min_px is None:
            raise said(
                "media_text",
                "lớp chữ này chưa có cỡ chữ nhỏ nhất: thêm 'min_pt: 24' (khổ in, tính bằng "
                "point) hoặc 'min_px: 16' (ảnh cho màn hình)",
            )
        return self


class Attach(_Model):
    """Place a rule against the text block of ``slot`` instead of at a fixed height.

    A rule drawn at a fixed height floats away from a short slogan; attached,
    it stays ``gap`` (a fraction of the safe height) above or below the ink.
    """

    slot: Slot
    edge: Literal["above", "below"]
    gap: Annotated[float, Field(ge=0, le=0.5)] = 0.02


class RectLayer(_Model):
    """A filled rectangle: rules, plates behind text."""

    kind: Literal["rect"]
    box: Box
    color: Color
    attach: Attach | None = None
    stack: bool = False


# A sponsor or unit logo may take at most a fifth of a propaganda banner.
MAX_EMBLEM_AREA = 0.2


class EmblemLayer(_Model):
    """The campaign's logo, or else its anniversary badge ("70 NĂM"), in a box.

    Drawn from what the campaign has: ``media.logo`` scaled to fit, or a
    medallion built from the anniversary (ring, number of years, the years
    themselves) in ``color``. Skipped when the campaign has neither.
    """

    kind: Literal["emblem"]
    box: Box
    align: Literal["left", "center", "right"] = "center"
    color: Color = "#FFDE00"
    stack: bool = False
    row: bool = False

    @model_validator(mode="after")
    def _small(self) -> EmblemLayer:
        if self.box.w * self.box.h > MAX_EMBLEM_AREA + _EPSILON:
            raise said(
                "media_box",
                "logo chiếm tối đa 20% diện tích ấn phẩm, khung này chiếm {share}% "
                "(w × h = {area}): giảm w hoặc h",
                share=_number(round(self.box.w * self.box.h * 100, 1)),
                area=_number(round(self.box.w * self.box.h, 3)),
            )
        return self


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
    stack: bool = False


Layer = Annotated[TextLayer | RectLayer | EmblemLayer | QrLayer, Field(discriminator="kind")]


class Layout(_Model):
    """A named arrangement of layers over a background."""

    id: Annotated[str, Field(pattern=SLUG_PATTERN)]
    name: Annotated[str, Field(min_length=1)]
    background: Background
    stack: Stack | None = None
    row: Row | None = None
    layers: list[Layer] = []

    @model_validator(mode="after")
    def _references(self) -> Layout:
        # Sizes are settled before anything is drawn: texts without a cap
        # first, then the capped ones, so a cap must name an uncapped text.
        uncapped = {
            layer.slot
            for layer in self.layers
            if isinstance(layer, TextLayer) and layer.slot and layer.max_size is None
        }
        texts = {layer.slot for layer in self.layers if isinstance(layer, TextLayer)}
        for layer in self.layers:
            if isinstance(layer, TextLayer) and layer.max_size is not None:
                slot = layer.max_size.relative_to
                if slot not in uncapped:
                    raise said(
                        "media_cap",
                        "max_size.relative_to ghi '{slot}', nhưng bố cục này không có lớp chữ "
                        "'slot: {slot}' nào không có max_size: ghi {choices}",
                        slot=slot,
                        choices=_choices(uncapped),
                    )
            if isinstance(layer, RectLayer) and layer.attach is not None:
                if layer.attach.slot not in texts:
                    raise said(
                        "media_cap",
                        "attach.slot ghi '{slot}', nhưng bố cục này không có lớp chữ "
                        "'slot: {slot}': ghi {choices}",
                        slot=layer.attach.slot,
                        choices=_choices(texts),
                    )
                if layer.stack:
                    raise said(
                        "media_cap",
                        "lớp này vừa đặt theo một lớp chữ ('attach') vừa xếp chồng "
                        "('stack: true'): bỏ một trong hai",
                    )
        # Said at the key to add, with an example ("… nhưng bố cục chưa khai báo 'stack'"
        # named a key, not what it is or what to write).
        if self.stack is None and any(layer.stack for layer in self.layers):
            raise PydanticCustomError(
                "media_cap",
                "một dải để xếp chồng các lớp có 'stack: true', ví dụ {example} (dải bắt đầu "
                "ở 20% chiều cao vùng an toàn, cao 60%; hoặc bỏ 'stack: true' khỏi các lớp)",
                {"field": "stack", "near": "layers", "example": "'stack: {y: 0.2, h: 0.6}'"},
            )
        in_row = [layer for layer in self.layers if getattr(layer, "row", False)]
        if in_row and self.row is None:
            raise PydanticCustomError(
                "media_cap",
                "một hàng để đặt cạnh nhau các lớp có 'row: true', ví dụ {example} (các lớp "
                "cách nhau 2,5% chiều ngang; hoặc bỏ 'row: true' khỏi các lớp)",
                {"field": "row", "near": "layers", "example": "'row: {gap: 0.025}'"},
            )
        if sum(isinstance(layer, EmblemLayer) for layer in in_row) > 1:
            raise said(
                "media_cap",
                "một hàng ('row') chỉ có một logo: bỏ 'row: true' ở các logo còn lại",
            )
        return self


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
