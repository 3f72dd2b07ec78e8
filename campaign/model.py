"""The campaign model: what an official plan (kế hoạch) carries, typed.

Every model forbids unknown keys, so a misspelt key in ``campaign.yml`` is
an error rather than silently ignored data. Dates are accepted as ISO
(``2025-02-27``) or as Vietnamese officials write them (``27/02/2025``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

__all__ = [
    "Activity",
    "AgendaItem",
    "Anniversary",
    "Assignment",
    "BroadcastSettings",
    "Campaign",
    "Commune",
    "Contact",
    "DateWindow",
    "DocumentRef",
    "Emulation",
    "Event",
    "Level",
    "MediaSettings",
    "ParticipantGroup",
    "Plan",
    "Priority",
    "Recipient",
    "Role",
    "Signer",
    "SiteInfo",
    "Slogan",
    "Station",
    "Task",
    "Unit",
]

_VN_DATE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$")
_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MIN_YEAR, MAX_YEAR = 1900, 2100


def _to_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        parsed = value
    elif isinstance(value, str):
        match = _VN_DATE.match(value)
        try:
            if match:
                day, month, year = (int(g) for g in match.groups())
                parsed = dt.date(year, month, day)
            else:
                parsed = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise PydanticCustomError(
                "vn_date", "ngày hợp lệ dạng 27/02/2025 hoặc 2025-02-27"
            ) from None
    else:
        raise PydanticCustomError("vn_date", "ngày hợp lệ dạng 27/02/2025 hoặc 2025-02-27")
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise PydanticCustomError("vn_date_range", f"ngày trong khoảng năm {MIN_YEAR}–{MAX_YEAR}")
    return parsed


Date = Annotated[dt.date, BeforeValidator(_to_date)]
Text = Annotated[str, Field(min_length=1)]
Id = Annotated[str, Field(pattern=_ID)]
Role = Literal["chủ trì", "phối hợp"]
Level = Literal["trung ương", "tỉnh", "huyện", "xã"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class DateWindow(Model):
    """A span of days; ``end`` defaults to ``start`` (a one-day activity)."""

    start: Date
    end: Date | None = None
    focus_start: Date | None = None
    focus_end: Date | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> DateWindow:
        if self.end is not None and self.end < self.start:
            raise PydanticCustomError("window_order", "ngày kết thúc không trước ngày bắt đầu")
        if (self.focus_start is None) != (self.focus_end is None):
            raise PydanticCustomError("focus_pair", "có cả focus_start và focus_end")
        return self

    @property
    def last(self) -> dt.date:
        return self.end or self.start


class DocumentRef(Model):
    """A referenced document (căn cứ): ``Kế hoạch số 22/KH-UBND ngày 21/01/2025``."""

    kind: Text
    number: Text
    date: Date | None = None
    issuer: Text
    title: str | None = None


class Signer(Model):
    authority: str | None = None  # "KT. CHỦ TỊCH", "TM. BAN THƯỜNG VỤ"
    position: Text
    name: Text


class Recipient(Model):
    name: Text
    note: str | None = None  # "B/c" (để báo cáo), "T/h" (để thực hiện)


class Plan(Model):
    """The official document itself."""

    kind: Text = "Kế hoạch"
    issuer: Text
    issuer_short: str | None = None
    superior: str | None = None
    number: str | None = None
    date: Date | None = None
    place: str | None = None
    title: Text
    context: list[Text] = []
    legal_basis: list[DocumentRef] = []
    basis_text: str | None = None
    purposes: list[Text] = []
    requirements: list[Text] = []
    budget: str | None = None
    ceremony_section: str | None = None
    closing: str | None = None
    recipients: list[Recipient] = []
    signer: Signer | None = None


class Anniversary(Model):
    """The day the campaign celebrates, e.g. 27/02/2025, 70 years after 27/02/1955."""

    name: Text
    date: Date
    since: Date | None = None

    @property
    def years(self) -> int | None:
        return None if self.since is None else self.date.year - self.since.year


class Slogan(Model):
    id: Id
    text: Text
    short: str | None = None
    sample: bool = False
    source: str | None = None


class Unit(Model):
    id: Id
    name: Text
    abbreviations: list[Text] = []
    level: Level
    short: str | None = None


class Task(Model):
    text: Text
    role: Role | None = None
    partners: list[Id] = []
    deadline: Date | None = None


class Assignment(Model):
    unit: Id
    role: Role
    request: bool = False  # "Đề nghị ...": asked of a body the issuer does not direct
    tasks: list[Task] = Field(min_length=1)


class Activity(Model):
    id: Id
    name: Text
    description: list[Text] = []
    when: DateWindow | None = None
    when_text: str | None = None
    lead: Id | None = None
    support: list[Id] = []
    refs: list[DocumentRef] = []
    items: dict[str, list[Text]] = {}
    # Campaign-wide lists the plan prints inside this activity ("a) Nội dung", "b) Hình thức").
    includes: list[Literal["topics", "channels"]] = []
    sample: bool = False


class AgendaItem(Model):
    time: str | None = None
    item: Text


class ParticipantGroup(Model):
    level: Text
    who: list[Text] = Field(min_length=1)


class Event(Model):
    id: Id
    name: Text
    date: Date
    time: str | None = None
    place: Text
    scale: str | None = None
    organizer: Id | None = None
    tentative: bool = False
    duration: str | None = None
    agenda: list[AgendaItem] = []
    participants: list[ParticipantGroup] = []
    note: str | None = None


class Emulation(Model):
    """The emulation movement (phong trào thi đua)."""

    name: Text
    launched_by: Id | None = None
    refs: list[DocumentRef] = []
    start: Date | None = None
    review: Date | None = None
    text: list[Text] = []


class Commune(Model):
    name: Text
    kind: Literal["xã", "thị trấn", "phường"]


class Contact(Model):
    unit: Id | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None


class SiteInfo(Model):
    url: Annotated[str, Field(pattern=r"^https?://[^\s]+/$")]
    name: Text
    description: Text
    contact: Contact | None = None


class Station(Model):
    """A commune loudspeaker station and the formulas its announcer uses."""

    id: Id
    name: Text
    opening: Text
    closing: Text
    cap_minutes: int = Field(default=15, ge=1, le=180)


Priority = Literal["thông thường", "ưu tiên", "khẩn cấp"]


class BroadcastSettings(Model):
    """How bulletins are read and scheduled (the plan asks for loudspeaker coverage)."""

    rate: int = Field(default=200, ge=80, le=400)  # syllables per minute
    dialect: Literal["north", "south"] = "north"
    period: DateWindow | None = None
    slots: list[Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]] = ["06:00", "17:00"]
    stations: list[Station] = []
    audio: bool = True
    plan_priority: Priority = "ưu tiên"


class MediaSettings(Model):
    """Campaign additions to the media kit: extra or overridden formats and layouts."""

    formats: list[dict[str, Any]] = []
    layouts: list[dict[str, Any]] = []
    commune_banners: bool = True
    footer: str | None = None
    # The issuing body's own logo (PNG with transparency), relative to the
    # campaign folder; without it an anniversary campaign gets a drawn badge.
    logo: str | None = None


class Campaign(Model):
    """Everything the site, the media kit and the bulletins are built from."""

    site: SiteInfo
    plan: Plan
    theme: Text
    anniversary: Anniversary | None = None
    slogans: list[Slogan] = []
    topics: list[Text] = []
    channels: list[Text] = []
    activities: list[Activity] = []
    events: list[Event] = []
    emulation: Emulation | None = None
    units: list[Unit] = []
    assignments: list[Assignment] = []
    communes: list[Commune] = []
    communes_source: str | None = None
    broadcast: BroadcastSettings = BroadcastSettings()
    media: MediaSettings = MediaSettings()

    def unit(self, unit_id: str) -> Unit:
        return next(u for u in self.units if u.id == unit_id)

    def unit_name(self, unit_id: str | None) -> str:
        return "" if unit_id is None else self.unit(unit_id).name
