"""Front matter schemas of authored content: plain pages, news posts, profiles.

Which schema applies depends on where the file lives under ``docs/``.
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .model import Date, Id, Priority, Text
from .text import SLUG_PATTERN

__all__ = [
    "HONOURS",
    "NEWS_DIR",
    "PROFILES_DIR",
    "NewsMeta",
    "PageMeta",
    "ProfileMeta",
    "schema_for",
]

NEWS_DIR = "tin-tuc/posts/"
PROFILES_DIR = "guong-dien-hinh/"

# Highest first: the profile index groups by honour in this order.
HONOURS = (
    "Thầy thuốc Nhân dân",
    "Thầy thuốc Ưu tú",
    "Huân chương Lao động",
    "Bằng khen của Thủ tướng Chính phủ",
    "Bằng khen của Bộ trưởng Bộ Y tế",
    "Bằng khen của Chủ tịch UBND tỉnh",
    "Bằng khen",
    "Giấy khen của Chủ tịch UBND huyện",
    "Giấy khen",
    "Chiến sĩ thi đua cơ sở",
    "Lao động tiên tiến",
)

Hide = Literal["navigation", "toc", "footer", "path", "tags", "feedback"]
# Each part starts with a letter, digit, "_" or "-": no "..", "." or hidden part, so a
# photo path never leads out of anh/ (nor out of the campaign folder).
PhotoPath = Annotated[
    str, Field(pattern=r"^anh/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$")
]

# Keys the theme uses as names (of an icon, a status, a template), never shown as text.
_THEME_NAMES = {
    "icon": (re.compile(r"^[a-z0-9-]+(/[a-z0-9-]+)+$"), "tên biểu tượng, ví dụ 'material/home'"),
    "status": (re.compile(r"^[a-z0-9-]+$"), "tên trạng thái, ví dụ 'new'"),
    "template": (
        re.compile(r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\.html$"),
        "tên mẫu trang, ví dụ 'blog-post.html'",
    ),
}
# A link's address: a page of the site, or a web address (no "javascript:" and the like).
_SCHEME = re.compile(r"^\s*[A-Za-z][A-Za-z0-9+.-]*:")
_WEB = re.compile(r"^https?://", re.IGNORECASE)


class _Meta(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    # MkDocs' and Material's own keys.
    description: str | None = None
    hide: list[Hide] = []
    icon: str | None = None
    status: str | None = None
    subtitle: str | None = None
    template: str | None = None
    tags: list[str] = []
    search: dict[str, Any] | None = None
    sample: bool = False

    @field_validator("icon", "status", "template")
    @classmethod
    def _theme_name(cls, value: str | None, info: ValidationInfo) -> str | None:
        pattern, expected = _THEME_NAMES[str(info.field_name)]
        if value is not None and not pattern.match(value):
            raise PydanticCustomError("theme_name", expected)
        return value


class PageMeta(_Meta):
    """A plain authored page."""

    title: Text | None = None


class NewsMeta(_Meta):
    """A news post (Material blog conventions plus the campaign's own keys)."""

    title: Text
    date: Date
    summary: Text
    categories: list[Text] = []
    cover: PhotoPath | None = None
    cover_alt: str | None = None
    unit: Id | None = None
    event: Id | None = None  # the event (campaign.yml 'events') this post reports on
    broadcast: bool = False
    priority: Priority = "thông thường"
    slug: Annotated[str, Field(pattern=SLUG_PATTERN)] | None = None
    draft: bool = False
    pin: bool = False
    readtime: int | None = None
    authors: list[str] = []
    links: list[Any] = []

    @field_validator("links")
    @classmethod
    def _safe_links(cls, value: list[Any]) -> list[Any]:
        for address in _addresses(value):
            if _SCHEME.match(address) and not _WEB.match(address.strip()):
                raise PydanticCustomError(
                    "link_address",
                    "địa chỉ một trang trong docs/ hoặc địa chỉ web http(s)://",
                )
        return value

    @model_validator(mode="after")
    def _cover_has_alt(self) -> NewsMeta:
        if self.cover and not self.cover_alt:
            raise PydanticCustomError(
                "missing_alt",
                "mô tả ảnh (cho người khiếm thị) khi có ảnh bìa",
                {"field": "cover_alt", "near": "cover"},
            )
        return self


class ProfileMeta(_Meta):
    """An honoured individual or collective (gương điển hình)."""

    name: Text
    kind: Literal["cá nhân", "tập thể"]
    honour: Text
    year: int | None = Field(default=None, ge=1955, le=2100)
    position: str | None = None  # chức danh: "Bác sĩ CKI, Trưởng khoa Nội"
    workplace: str | None = None
    unit: Id | None = None
    commune: str | None = None
    photo: PhotoPath | None = None
    photo_alt: str | None = None
    achievements: list[Text] = []
    quote: str | None = None
    title: str | None = None

    @model_validator(mode="after")
    def _checks(self) -> ProfileMeta:
        if self.photo and not self.photo_alt:
            raise PydanticCustomError(
                "missing_alt",
                "mô tả ảnh (cho người khiếm thị) khi có ảnh",
                {"field": "photo_alt", "near": "photo"},
            )
        return self

    @field_validator("honour")
    @classmethod
    def _known_honour(cls, value: str) -> str:
        if value not in HONOURS:
            hint = difflib.get_close_matches(value, HONOURS, n=1, cutoff=0.6)
            raise PydanticCustomError(
                "honour",
                "một danh hiệu trong danh sách ({honours})",
                {"honours": "; ".join(HONOURS), "hint": hint[0] if hint else ""},
            )
        return value


def _addresses(value: Any) -> list[str]:
    """Every address in a ``links`` list (strings, or titles mapped to addresses or lists)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [a for item in value.values() for a in _addresses(item)]
    if isinstance(value, list):
        return [a for item in value for a in _addresses(item)]
    return []


def schema_for(src_uri: str) -> type[_Meta]:
    """The schema of a page at ``src_uri`` (relative to docs/, POSIX)."""
    if src_uri.startswith(NEWS_DIR):
        return NewsMeta
    if src_uri.startswith(PROFILES_DIR) and src_uri != PROFILES_DIR + "index.md":
        return ProfileMeta
    return PageMeta
