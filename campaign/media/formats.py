"""The catalogue of media formats: print sizes in millimetres, screen sizes in pixels.

Formats are data (``campaign/data/formats.yml``), validated by pydantic; a
campaign may override fields of a built-in format or add formats of its own
(``media.formats`` in ``campaign.yml``). Every problem is reported located,
as ``file:line: field: message``, like the rest of the campaign.

Resolution follows viewing distance: a 5 m street banner read from across
the road needs no more than ~72 dpi, posters read at arm's length ~150 dpi,
a leaflet held in the hand 300 dpi.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from ..content.errors import CampaignError, ContentError, Problem
from ..content.load import validation_problems
from ..content.text import SLUG_PATTERN
from ..content.yamlsource import Path, Source, dotted, load_yaml

__all__ = [
    "MM_PER_INCH",
    "SCREEN_DPI",
    "Format",
    "Geometry",
    "Kind",
    "Margins",
    "MediaError",
    "Rect",
    "builtin_formats",
    "load_formats",
    "merge_catalogue",
    "said",
]

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
# Screen images carry a nominal 72 dpi so that points and pixels coincide.
SCREEN_DPI = 72.0

Kind = Literal["banner", "flag", "billboard", "poster", "leaflet", "social", "invitation"]


def said(kind: str, message: str, **context: Any) -> PydanticCustomError:
    """A rule's whole sentence (what is wrong, what to write instead), which the loader
    puts after the file, line and field as written, not in its 'cần …, nhận được …'."""
    return PydanticCustomError(kind, message, {"said": True, **context})


class MediaError(CampaignError):
    """A media item cannot be produced as specified (text does not fit, glyph missing…)."""

    # The layout's slot whose text caused it ("" when no one text did): the kit names
    # the campaign's field that fills that slot.
    slot: str = ""


def _margins(value: Any) -> Any:
    # One number means the same margin on all four sides, as in CSS.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return {"top": value, "right": value, "bottom": value, "left": value}
    if isinstance(value, list | tuple) and len(value) == 4:
        return dict(zip(("top", "right", "bottom", "left"), value, strict=True))
    return value


class Margins(BaseModel):
    """Margins per side: ``20``, ``[top, right, bottom, left]`` or a mapping."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    top: float = Field(ge=0)
    right: float = Field(ge=0)
    bottom: float = Field(ge=0)
    left: float = Field(ge=0)


MarginsIn = Annotated[Margins, BeforeValidator(_margins)]


class Format(BaseModel):
    """One format: its trim size, resolution, bleed and safe margin."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    id: Annotated[str, Field(pattern=SLUG_PATTERN)]
    name: Annotated[str, Field(min_length=1)]
    kind: Kind
    layout: Annotated[str, Field(pattern=SLUG_PATTERN)]
    width_mm: Annotated[float, Field(gt=0, le=100_000)] | None = None
    height_mm: Annotated[float, Field(gt=0, le=100_000)] | None = None
    dpi: Annotated[float, Field(gt=0, le=1200)] | None = None
    bleed_mm: Annotated[float, Field(ge=0, le=100)] = 0
    safe_mm: MarginsIn | None = None
    width_px: Annotated[int, Field(gt=0, le=20_000)] | None = None
    height_px: Annotated[int, Field(gt=0, le=20_000)] | None = None
    safe_px: MarginsIn | None = None
    panels: Annotated[int, Field(ge=1, le=6)] = 1
    # Outdoor formats: the least cap height of the slogan, in millimetres, for the
    # distance it is read from (see README, "Cỡ chữ theo khoảng cách nhìn"). A
    # slogan that cannot reach it is not shrunk: the kit leaves it out of the format.
    min_cap_mm: Annotated[float, Field(gt=0, le=10_000)] | None = None
    # What one image of this format is made for: each slogan, each event
    # (an invitation), or the campaign once (the inside of the leaflet).
    subject: Literal["slogan", "event", "campaign"] = "slogan"
    # The format printed on the back of the sheet (the inside of a leaflet): its
    # page is the second page of this format's PDF, and it has no PDF of its own.
    verso: Annotated[str, Field(pattern=SLUG_PATTERN)] | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _one_unit_system(self) -> Format:
        physical: dict[str, object] = {
            "width_mm": self.width_mm,
            "height_mm": self.height_mm,
            "dpi": self.dpi,
            "safe_mm": self.safe_mm,
        }
        screen: dict[str, object] = {
            "width_px": self.width_px,
            "height_px": self.height_px,
            "safe_px": self.safe_px,
        }
        if any(v is not None for v in physical.values()) and any(
            v is not None for v in screen.values()
        ):
            raise said(
                "media_units",
                "khổ này ghi cả kích thước in (width_mm, height_mm, dpi, safe_mm) lẫn kích "
                "thước màn hình (width_px, height_px, safe_px): chỉ giữ một loại",
            )
        if self.physical:
            if None in physical.values():
                raise said(
                    "media_units",
                    "khổ in còn thiếu {missing}: ghi đủ width_mm, height_mm, dpi và safe_mm "
                    "(ví dụ width_mm: 420, height_mm: 297, dpi: 150, safe_mm: 10)",
                    missing=", ".join(k for k, v in physical.items() if v is None),
                )
        elif None in screen.values():
            raise said(
                "media_units",
                "khổ màn hình còn thiếu {missing}: ghi đủ width_px, height_px và safe_px "
                "(ví dụ width_px: 1200, height_px: 630, safe_px: 40)",
                missing=", ".join(k for k, v in screen.items() if v is None),
            )
        elif self.bleed_mm:
            raise said("media_units", "khổ màn hình không có phần xén (bleed_mm): bỏ dòng bleed_mm")
        elif self.min_cap_mm is not None:
            raise said(
                "media_units",
                "min_cap_mm (chiều cao chữ hoa nhỏ nhất, tính bằng mm) chỉ dùng cho khổ in: "
                "bỏ dòng min_cap_mm ở khổ màn hình này",
            )
        margins = self.safe_mm if self.physical else self.safe_px
        assert margins is not None
        width = self.width_mm if self.physical else self.width_px
        height = self.height_mm if self.physical else self.height_px
        assert width is not None and height is not None
        if margins.left + margins.right >= width or margins.top + margins.bottom >= height:
            raise said(
                "media_safe",
                "lề an toàn rộng hơn cả khổ, không còn chỗ in: giảm {margins} (hai lề cộng "
                "lại phải nhỏ hơn chiều rộng và chiều cao của khổ)",
                margins="safe_mm" if self.physical else "safe_px",
            )
        return self

    @property
    def physical(self) -> bool:
        """True for print formats sized in millimetres."""
        return self.width_mm is not None or self.height_mm is not None or self.dpi is not None

    def geometry(self, scale: float = 1.0) -> Geometry:
        """Pixel geometry at ``scale`` (1 = full resolution; tests and previews use less)."""
        if not scale > 0:
            raise ValueError("scale must be positive")
        if self.physical:
            assert self.width_mm and self.height_mm and self.dpi and self.safe_mm
            dpi = self.dpi * scale

            def px(mm: float) -> int:
                return round(mm / MM_PER_INCH * dpi)

            bleed = px(self.bleed_mm)
            width = px(self.width_mm + 2 * self.bleed_mm)
            height = px(self.height_mm + 2 * self.bleed_mm)
            trim = Rect(bleed, bleed, width - bleed, height - bleed)
            m = self.safe_mm
            safe = Rect(
                bleed + px(m.left),
                bleed + px(m.top),
                width - bleed - px(m.right),
                height - bleed - px(m.bottom),
            )
            page_mm = (self.width_mm + 2 * self.bleed_mm, self.height_mm + 2 * self.bleed_mm)
            folds = tuple(
                bleed + px(self.width_mm * i / self.panels) for i in range(1, self.panels)
            )
            return Geometry(width, height, dpi, bleed, trim, safe, page_mm, folds)
        assert self.width_px and self.height_px and self.safe_px
        width, height = round(self.width_px * scale), round(self.height_px * scale)
        m = self.safe_px
        safe = Rect(
            round(m.left * scale),
            round(m.top * scale),
            width - round(m.right * scale),
            height - round(m.bottom * scale),
        )
        page_mm = (width / SCREEN_DPI * MM_PER_INCH, height / SCREEN_DPI * MM_PER_INCH)
        folds = tuple(round(width * i / self.panels) for i in range(1, self.panels))
        return Geometry(
            width, height, SCREEN_DPI * scale, 0, Rect(0, 0, width, height), safe, page_mm, folds
        )

    def mm_to_px(self, mm: float, scale: float = 1.0) -> float:
        """A length in millimetres on the printed piece, in pixels at ``scale``."""
        assert self.dpi is not None
        return mm / MM_PER_INCH * self.dpi * scale

    def points_to_px(self, points: float, scale: float = 1.0) -> float:
        """Type size in points to pixels at this format's resolution."""
        dpi = (self.dpi if self.physical and self.dpi else SCREEN_DPI) * scale
        return points / POINTS_PER_INCH * dpi


@dataclass(frozen=True)
class Rect:
    """A pixel rectangle, right and bottom exclusive."""

    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0

    def sub(self, x: float, y: float, w: float, h: float) -> Rect:
        """The part of this rectangle given in fractions of its width and height."""
        x0 = self.x0 + math.floor(x * self.width)
        y0 = self.y0 + math.floor(y * self.height)
        # A hairline rule must survive small previews: at least one pixel.
        x1 = max(x0 + 1, self.x0 + math.floor((x + w) * self.width))
        y1 = max(y0 + 1, self.y0 + math.floor((y + h) * self.height))
        return Rect(x0, y0, x1, y1)


@dataclass(frozen=True)
class Geometry:
    """A format in pixels: full canvas (with bleed), trim box, safe area and folds."""

    width: int
    height: int
    dpi: float
    bleed: int
    trim: Rect
    safe: Rect
    page_mm: tuple[float, float]
    folds: tuple[int, ...] = ()

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)

    @property
    def page_points(self) -> tuple[float, float]:
        """Physical page size (trim plus bleed) in PDF points."""
        w, h = self.page_mm
        return (w / MM_PER_INCH * POINTS_PER_INCH, h / MM_PER_INCH * POINTS_PER_INCH)


M = TypeVar("M", bound=BaseModel)


def merge_catalogue(
    model: type[M],
    base: Sequence[Mapping[str, Any]],
    base_source: Source,
    extra: Sequence[Any] | None,
    extra_source: Source | None,
    prefix: Path,
) -> dict[str, M]:
    """Validate ``base`` entries, then merge ``extra`` entries over them by ``id``.

    An extra entry with a known id overrides only the fields it names; an
    unknown id adds an entry. Problems are located in the file each field
    came from. Shared by the format and layout catalogues.
    """
    problems: list[Problem] = []
    # Each merged entry remembers where it came from so that a problem in an
    # override points into the campaign file, not into the built-in data.
    entries: dict[str, tuple[dict[str, Any], Source, Path]] = {}
    for i, raw in enumerate(base):
        entries[str(raw["id"])] = (dict(raw), base_source, (i,))
    ext = extra_source or Source("campaign.yml", None, first_line=0)
    if extra is not None and not isinstance(extra, list | tuple):
        problems.append(
            Problem(ext.file, ext.line(prefix), dotted(prefix), "cần một danh sách các mục có 'id'")
        )
        extra = []
    for i, raw in enumerate(extra or ()):
        path = (*prefix, i)
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
            message = "cần các trường dạng 'tên: giá trị', trong đó có 'id'"
            problems.append(Problem(ext.file, ext.line(path), dotted(path), message))
            continue
        key = raw["id"]
        if key in entries:
            merged = copy.deepcopy(entries[key][0])
            merged.update(raw)
            entries[key] = (merged, ext, path)
        else:
            entries[key] = (dict(raw), ext, path)
    result: dict[str, M] = {}
    for key, (data, source, path) in entries.items():
        try:
            result[key] = model.model_validate(data)
        except ValidationError as exc:
            problems += _located(exc, source, model, path)
    if problems:
        raise ContentError(problems)
    return result


def _located(
    exc: ValidationError, source: Source, model: type[BaseModel], prefix: Path
) -> list[Problem]:
    """Problems for ``exc`` with discriminator tags taken out of their paths.

    pydantic puts the tag of a discriminated union in the location
    (``layers.0.rect.box``); the YAML has no such key.
    """
    problems = validation_problems(exc, source, model, prefix)
    fixed = []
    for error, problem in zip(exc.errors(), problems, strict=True):
        loc = list(error["loc"])
        cleaned: list[str | int] = []
        for i, part in enumerate(loc):
            tagged = i > 0 and isinstance(loc[i - 1], int) and part in _TAGS
            if not tagged and not (isinstance(part, str) and "[" in part):
                cleaned.append(part)
        if len(cleaned) == len(loc):
            fixed.append(problem)
            continue
        path = (*prefix, *cleaned)
        line = source.line(path) if problem.line else problem.line
        fixed.append(Problem(problem.file, line, dotted(path), problem.message))
    return fixed


# Values of ``kind`` in layout layers, the discriminator pydantic adds to paths.
_TAGS = frozenset({"text", "rect", "emblem", "qr"})


@cache
def _builtin_source(name: str) -> Source:
    text = resources.files("campaign").joinpath("data", name).read_text(encoding="utf-8")
    return load_yaml(text, f"campaign/data/{name}")


def builtin_list(name: str, key: str) -> tuple[Source, list[dict[str, Any]]]:
    source = _builtin_source(name)
    items = source.data.get(key) if isinstance(source.data, dict) else None
    if not isinstance(items, list):
        raise ContentError([Problem(source.file, 1, key, "cần một danh sách")])
    # Paths inside the list are what validation reports; the parsed data is
    # cached and shared, so callers get a copy they may merge into.
    lines = {p[1:]: n for p, n in source.lines.items() if p[:1] == (key,)}
    return Source(source.file, None, lines), copy.deepcopy(items)


def builtin_formats() -> dict[str, Format]:
    """The formats shipped in ``campaign/data/formats.yml``."""
    return load_formats()


def load_formats(
    overrides: Sequence[Any] | None = None,
    source: Source | None = None,
    prefix: Iterable[str | int] = ("media", "formats"),
) -> dict[str, Format]:
    """The catalogue, with ``overrides`` (``media.formats`` of a campaign) merged by id.

    ``source`` is the campaign's parsed YAML, used to locate problems; without
    it problems name ``campaign.yml`` without a line.
    """
    base_source, base = builtin_list("formats.yml", "formats")
    prefix = tuple(prefix)
    formats = merge_catalogue(Format, base, base_source, overrides, source, prefix)
    problems = []
    for fmt in formats.values():
        back = formats.get(fmt.verso) if fmt.verso else None
        if fmt.verso and (back is None or not back.physical or not fmt.physical):
            # Located in the campaign's override when it set the field, else in the catalogue.
            where = base_source
            path: Path = next(((i,) for i, raw in enumerate(base) if raw.get("id") == fmt.id), ())
            for i, raw in enumerate(overrides or ()):
                if isinstance(raw, Mapping) and raw.get("id") == fmt.id and "verso" in raw:
                    where = source or Source("campaign.yml", None, first_line=0)
                    path = (*prefix, i)
            message = _verso_problem(fmt, back, formats)
            field = (*path, "verso")
            problems.append(Problem(where.file, where.line(field), dotted(field), message))
    if problems:
        raise ContentError(problems)
    return formats


def _verso_problem(fmt: Format, back: Format | None, formats: dict[str, Format]) -> str:
    """What is wrong with ``fmt.verso`` (the back of the sheet), and what to write."""
    if not fmt.physical:
        return "khổ màn hình không có mặt sau: bỏ dòng verso"
    printed = [f.id for f in formats.values() if f.physical and f.id != fmt.id]
    printed.sort(key=lambda other: formats[other].kind != fmt.kind)  # a leaflet's inside first
    example = f" (ví dụ '{printed[0]}')" if printed else ""
    if back is None:
        return (
            f"không có khổ nào mang id '{fmt.verso}': mặt sau (verso) phải là id của một "
            f"khổ in trong danh mục{example}"
        )
    return (
        f"'{fmt.verso}' là khổ màn hình, không in được ở mặt sau tờ giấy: ghi id của một "
        f"khổ in{example}"
    )
