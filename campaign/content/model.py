"""The campaign model: what an official plan (kế hoạch) carries, typed.

Every model forbids unknown keys, so a misspelt key in ``campaign.yml`` is
an error rather than silently ignored data. Dates are accepted as ISO
(``2025-02-27``) or as Vietnamese officials write them (``27/02/2025``).
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .text import SLUG_PATTERN

__all__ = [
    "Activity",
    "AgendaItem",
    "Anniversary",
    "Assignment",
    "Block",
    "BroadcastSettings",
    "Campaign",
    "CombinedReview",
    "Commune",
    "Contact",
    "DateWindow",
    "DocumentRef",
    "Emulation",
    "Event",
    "Imprint",
    "Level",
    "MediaSettings",
    "ParticipantGroup",
    "Plan",
    "PlanPart",
    "PlanSection",
    "Priority",
    "PublishSettings",
    "Recipient",
    "Rewrite",
    "Role",
    "Show",
    "Signer",
    "SiteInfo",
    "Slogan",
    "Station",
    "Task",
    "Unit",
]

_VN_DATE = re.compile(r"^\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*$")
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


_VN_MONTH = re.compile(r"^\s*(?:tháng\s+)?(\d{1,2})\s*/\s*(\d{4})\s*$", re.IGNORECASE)
_ISO_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def _to_month(value: Any) -> dt.date:
    """A month ("6/2023", "tháng 6/2023", "2023-06") as the first day of that month."""
    match = None
    if isinstance(value, str):
        if found := _VN_MONTH.match(value):
            match = (int(found[2]), int(found[1]))
        elif found := _ISO_MONTH.match(value):
            match = (int(found[1]), int(found[2]))
    if match is None or not 1 <= match[1] <= 12:
        raise PydanticCustomError("vn_month", "tháng hợp lệ dạng 6/2023 hoặc 2023-06")
    year, month = match
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise PydanticCustomError("vn_date_range", f"tháng trong khoảng năm {MIN_YEAR}–{MAX_YEAR}")
    return dt.date(year, month, 1)


def _paragraphs(value: Any) -> Any:
    # A single paragraph may be written as a plain string rather than a one-item list.
    return [value] if isinstance(value, str) else value


def _argv(value: Any) -> Any:
    """A command line as an argument list: quoted the shell's way, never run by one."""
    if not isinstance(value, str):
        return value
    try:
        argv = shlex.split(value)
    except ValueError as error:
        raise PydanticCustomError(
            "command", "lệnh dạng `chương trình --tùy-chọn {out}`, dấu ngoặc kép đóng đủ"
        ) from error
    if not argv:
        raise PydanticCustomError("command", "lệnh dạng `chương trình --tùy-chọn {out}`")
    return argv


Date = Annotated[dt.date, BeforeValidator(_to_date)]
Month = Annotated[dt.date, BeforeValidator(_to_month)]
Text = Annotated[str, Field(min_length=1)]
Id = Annotated[str, Field(pattern=SLUG_PATTERN)]
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


# A phone number as printed on official letterheads: digits, spaces, dots,
# hyphens, brackets, a leading "+"; 8 to 15 digits in all (0205 3830 123, +84 …).
PHONE = r"^\+?\(?[0-9](?:[ .()\-]*[0-9]){7,14}$"
# One plain address: no space, quote or angle bracket anywhere.
EMAIL = r"^[^@\s\"'<>`]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$"


class Signer(Model):
    authority: str | None = None  # "KT. CHỦ TỊCH", "TM. BAN THƯỜNG VỤ"
    position: Text
    name: Text


class Reply(Model):
    """Who takes the replies to an invitation (xác nhận tham dự): a phone number, and
    the person or office answering it when the plan names one."""

    phone: Annotated[str, Field(pattern=PHONE)]
    name: Text | None = None  # "đồng chí Hoàng Văn Bình, Văn phòng HĐND và UBND huyện"


class Recipient(Model):
    name: Text
    note: str | None = None  # "B/c" (để báo cáo), "T/h" (để thực hiện)


Show = Literal[
    "purposes",
    "aims",
    "requirements",
    "activities",
    "event",
    "agenda",
    "participants",
    "budget",
    "assignments",
]


class Block(Model):
    """A paragraph, a bulleted list, or a paragraph introducing its list."""

    text: Text | None = None
    items: list[Text] = []

    @model_validator(mode="after")
    def _not_empty(self) -> Block:
        if self.text is None and not self.items:
            raise PydanticCustomError(
                "empty_block",
                "một đoạn văn (text) hoặc danh sách gạch đầu dòng (items)",
                {"field": "text", "near": "items"},
            )
        return self


def _block(value: Any) -> Any:
    # Most blocks are plain paragraphs: let them be written as plain strings.
    return {"text": value} if isinstance(value, str) else value


class PlanPart(Model):
    """A numbered part of the plan as the plan itself titles it ("1. Mục đích", "a) Nội dung").

    Its text is ``body``; ``show`` puts structured data there instead (the
    units and their tasks, the agenda...), so the page reads like the plan
    while the site still knows what is what. ``event`` links the part to an
    event's page (and picks the event ``agenda``/``participants``/``event`` show).
    """

    title: str | None = None
    # How its own parts are numbered when the plan does not write "1.", "2.": Roman
    # numerals under a lettered section ("B. NỘI DUNG:" then "I, Gian hàng:", corpus 46).
    # Arabic numbers with their own mark for parts a level deeper ("1- Chào hỏi:" under
    # "III, Đêm hội Kim Liên:").
    numbering: Literal["I.", "I,", "I-", "I:", "I)", "1.", "1-", "1)"] | None = None
    body: list[Annotated[Block, BeforeValidator(_block)]] = []
    parts: list[PlanPart] = []
    show: Show | None = None
    event: Id | None = None


class PlanSection(PlanPart):
    """A Roman-numbered section: "II- NỘI DUNG VÀ THÀNH PHẦN DỰ HỘI NGHỊ"."""

    title: Text


class Plan(Model):
    """The official document itself."""

    kind: Text = "Kế hoạch"
    issuer: Text
    issuer_short: str | None = None
    superior: str | None = None
    number: str | None = None
    date: Date | None = None
    # What the original itself does not print ("number", "date"): only then does the plan
    # page say so. An empty number or date without it is just not filled in.
    not_in_original: list[Literal["number", "date"]] = []
    place: str | None = None
    title: Text
    context: list[Text] = []
    legal_basis: list[DocumentRef] = []
    # "Căn cứ ..." / "Thực hiện ..." paragraphs as printed; one string or a list.
    basis_text: Annotated[list[Text], BeforeValidator(_paragraphs)] = []
    # Paragraphs the original prints after its grounds: "Theo đề nghị ...", "QUYẾT ĐỊNH:",
    # the articles of a decision with no Roman sections. ``context`` comes before them.
    after_basis: list[Text] = []
    purposes: list[Text] = []
    requirements: list[Text] = []
    # A plan with no "Mục đích": its general aim ("Mục tiêu tổng quát", "Mục tiêu chung"),
    # as written; said in the bulletin in the purposes' place.
    aims: list[Text] = []
    budget: str | None = None
    ceremony_section: str | None = None
    closing: str | None = None
    recipients: list[Recipient] = []
    signer: Signer | None = None
    # How the plan numbers its sections: "I. MỤC ĐÍCH" (state bodies), "I- MỤC ĐÍCH",
    # "1. Nội dung công việc" (a plan with no Roman numerals, corpus 47), or "A. MỤC
    # ĐÍCH" (sections lettered in capitals, corpus 46).
    numbering: Literal["I.", "I-", "1.", "A."] = "I."
    # The plan's own sections in its order; empty: a standard layout built from the data.
    sections: list[PlanSection] = []

    @field_validator("not_in_original")
    @classmethod
    def _left_empty(cls, value: list[str], info: ValidationInfo) -> list[str]:
        filled = [key for key in value if info.data.get(key) is not None]
        if filled:
            raise PydanticCustomError(
                "plan_not_in_original",
                "chỉ các trường để trống ('{filled}' đang có giá trị)",
                {"filled": ", ".join(filled)},
            )
        return value


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
    # Lines set by hand for one format (format id → lines), when the editor
    # wants breaks other than the fitter's: checked against the text by the kit.
    lines: dict[str, Annotated[list[Text], Field(min_length=1)]] = {}


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
    # None: the plan gives these tasks and deadlines without naming who keeps them
    # ("Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả ...").
    unit: Id | None = None
    role: Role | None = None  # None: the plan does not say whether the unit leads
    request: bool = False  # "Đề nghị ...": asked of a body the issuer does not direct
    # The unit's heading exactly as the plan prints it, when it differs from the
    # unit's name (a misprint kept faithful, an unusual wording).
    heading: str | None = None
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


class CombinedReview(Model):
    """Another review held together with the event ("gắn với tổ chức Hội nghị tổng kết ...")."""

    name: Text
    document: DocumentRef | None = None


class Event(Model):
    """A ceremony or a conference. Plans often fix only the month ("vào tháng 6/2023")
    and leave the place to be arranged: ``month`` instead of ``date``, no ``place``."""

    id: Id
    name: Text
    date: Date | None = None
    month: Month | None = None
    time: str | None = None
    place: str | None = None
    address: Text | None = None  # street address, for the map link (the plan rarely has one)
    scale: str | None = None
    organizer: Id | None = None
    tentative: bool = False
    # Who invites, and who signs the invitation (authority "TM. ỦY BAN NHÂN DÂN",
    # position, name): plans rarely say; without them no invitation card is made.
    host: Text | None = None
    signer: Signer | None = None
    # Where guests confirm they will come, printed on the invitation when given.
    reply: Reply | None = None
    duration: str | None = None
    refs: list[DocumentRef] = []  # what the event is about (the directive reviewed)
    combined: list[CombinedReview] = []
    agenda: list[AgendaItem] = []
    participants: list[ParticipantGroup] = []
    note: str | None = None

    @model_validator(mode="after")
    def _dated(self) -> Event:
        if self.date is None and self.month is None:
            raise PydanticCustomError(
                "event_when",
                "ngày (date: 26/02/2025) hoặc tháng dự kiến (month: 6/2023)",
                {"field": "date", "near": "name"},
            )
        if self.date is not None and self.month is not None:
            raise PydanticCustomError("event_when_both", "chỉ một trong hai trường date hoặc month")
        return self

    @property
    def first_day(self) -> dt.date:
        """The day, or the first day of the month when only the month is known."""
        return self.date or self.month or dt.date.min

    @property
    def last_day(self) -> dt.date:
        """The day, or the last day of the month when only the month is known."""
        if self.date is not None:
            return self.date
        start = self.first_day
        following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)


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
    """Who publishes the site and how a reader reaches them (the site's footer).

    Every field is optional and shown only when given: a contact no source
    gives is left out, never made up.
    """

    unit: Id | None = None
    # The issuing body named in the header and footer; defaults to the plan's issuer.
    publisher: Text | None = None
    address: Text | None = None
    phone: Annotated[str, Field(pattern=PHONE)] | None = None
    email: Annotated[str, Field(pattern=EMAIL)] | None = None
    # The person responsible for the site's content (người chịu trách nhiệm).
    person: Text | None = None


class SiteInfo(Model):
    # Printed into every page's links and share tags: no quote or angle bracket.
    url: Annotated[str, Field(pattern=r"^https?://[^\s\"'<>\\`]+/$")]
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


def _spoken_abbreviation(value: Any) -> Any:
    """A campaign's own abbreviation reading: words to say, no digit, not the letters again."""
    if isinstance(value, str):
        if not value.strip():
            raise PydanticCustomError("abbreviation_empty", "cần lời đọc, không để trống")
        if any(c.isdigit() for c in value):
            raise PydanticCustomError(
                "abbreviation_digit", "lời đọc viết bằng chữ, không có chữ số (ví dụ 'một', 'hai')"
            )
    return value


AbbreviationKey = Annotated[str, Field(min_length=1, max_length=40, pattern=r"^\S(?:.*\S)?$")]
SpokenText = Annotated[str, BeforeValidator(_spoken_abbreviation)]


class Rewrite(Model):
    """A station editor's own wording for a sentence of a bulletin, said instead of
    it: for a sentence the tool leaves long (no clean break) or would word badly.

    ``sentence`` is found in the bulletin as it is read (written as in campaign.yml
    or as in the script: both read the same); ``say`` is read like any text.
    """

    sentence: Text
    say: Text
    # The bulletin's id (ke-hoach, khau-hieu, su-kien-…, tin-tuc-…); without it, every
    # bulletin that says the sentence.
    bulletin: Annotated[str, Field(pattern=SLUG_PATTERN)] | None = None


class BroadcastSettings(Model):
    """How bulletins are read and scheduled (the plan asks for loudspeaker coverage)."""

    # The campaign's own abbreviations, "VIẾT TẮT: lời đọc", on top of the
    # built-in dictionary (campaign/data/abbreviations.yml).
    abbreviations: dict[AbbreviationKey, SpokenText] = {}

    rate: int = Field(default=200, ge=80, le=400)  # syllables per minute
    dialect: Literal["north", "south"] = "north"
    period: DateWindow | None = None
    slots: list[Annotated[str, Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")]] = ["06:00", "17:00"]
    stations: list[Station] = []
    audio: bool = True
    plan_priority: Priority = "ưu tiên"
    # Another local speech engine, e.g. "piper --model vi.onnx --output_file {out}":
    # text on its standard input, WAV in {out} (or on its standard output).
    tts_command: (
        Annotated[list[Annotated[str, Field(min_length=1)]], BeforeValidator(_argv)] | None
    ) = None
    # The editor's rewrites of sentences (see Rewrite), applied to every build.
    rewrites: list[Rewrite] = []


class Imprint(Model):
    """The leaflet's imprint line: who publishes it under which licence, how many
    copies, printed where. Every field is what the licence and the print order say;
    nothing is filled in by the tool."""

    # Required for the line to print (media.prepress.IMPRINT_REQUIRED says why):
    publisher: Text | None = None  # cơ quan, tổ chức xuất bản (chịu trách nhiệm)
    licence: Text | None = None  # số giấy phép xuất bản / xác nhận đăng ký
    copies: int | None = Field(default=None, ge=1)  # số lượng in
    printer: Text | None = None  # tên cơ sở in
    printer_address: Text | None = None  # địa chỉ cơ sở in
    # Printed when given:
    licence_date: Date | None = None
    licensed_by: Text | None = None  # cơ quan cấp phép, e.g. "Sở Thông tin và Truyền thông"
    size: Text | None = None  # khổ; without it the format's trim size is printed


class MediaSettings(Model):
    """Campaign additions to the media kit: extra or overridden formats and layouts."""

    formats: list[dict[str, Any]] = []
    layouts: list[dict[str, Any]] = []
    commune_banners: bool = True
    footer: str | None = None
    # Phrases a line break must not cut, added to campaign/data/phrases.yml
    # ("|" marks where a narrow format may break one).
    phrases: list[Text] = []
    # The issuing body's own logo (PNG with transparency), relative to the
    # campaign folder; without it an anniversary campaign gets a drawn badge.
    logo: str | None = None
    # The leaflet's imprint line (see Imprint); without it the leaflet carries none
    # and the kit says what is missing.
    imprint: Imprint | None = None


# Where `campaign publish` sends the site: one SSH account on a web server. Names are
# kept to the characters a host, an account and a POSIX path use, so that no value
# ever needs a shell to read it (every command is still quoted with shlex).
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
HOST = rf"^(?:{_LABEL}(?:\.{_LABEL})*|\[[0-9A-Fa-f:.]+\])$"
ACCOUNT = r"^[a-z_][a-z0-9_.-]{0,31}$"
SERVER_PATH = r"^/(?:[A-Za-z0-9_.@+-]+/)*[A-Za-z0-9_.@+-]+/?$"


class PublishSettings(Model):
    """The web server a release is sent to (rsync over SSH), and what the gate allows."""

    host: Annotated[str, Field(pattern=HOST, max_length=253)]
    port: int = Field(default=22, ge=1, le=65535)
    user: Annotated[str, Field(pattern=ACCOUNT)]
    # The folder holding releases/ and the `current` link nginx serves.
    path: Annotated[str, Field(pattern=SERVER_PATH, max_length=1000)]
    # The private key (absolute, ~/..., or relative to the campaign folder): the one
    # file outside the campaign folder ssh is let read.
    identity: Annotated[str, Field(min_length=1, max_length=1000)]
    # The server's host key, as `ssh-keyscan` prints it, in a file of the campaign folder.
    known_hosts: Annotated[str, Field(min_length=1, max_length=1000)] = "known_hosts"
    keep: int = Field(default=5, ge=2, le=100)
    # Sample content ("nội dung minh họa") may go public only when the campaign says so.
    allow_sample: bool = False

    @field_validator("path")
    @classmethod
    def _no_parent(cls, value: str) -> str:
        if any(part in (".", "..") for part in value.split("/")):
            raise PydanticCustomError(
                "server_path", "đường dẫn tuyệt đối trên máy chủ, không có '.' hay '..'"
            )
        if value.rstrip("/") in ("", "/"):
            raise PydanticCustomError("server_path", "một thư mục riêng, không phải '/'")
        return value.rstrip("/")


class Campaign(Model):
    """Everything the site, the media kit and the bulletins are built from."""

    site: SiteInfo
    plan: Plan
    # The theme (chủ đề) the plan states; a conference plan states none. Read it
    # through ``theme``, which always has a headline to give.
    stated_theme: Text | None = Field(default=None, alias="theme")
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
    publish: PublishSettings | None = None

    @property
    def theme(self) -> str:
        """The stated theme, else the site's name: the line a hero or a banner heads with."""
        return self.stated_theme or self.site.name

    def event(self, event_id: str | None) -> Event:
        """The event ``event_id``, or the first one when ``None``."""
        return next(e for e in self.events if event_id is None or e.id == event_id)

    def unit(self, unit_id: str) -> Unit:
        return next(u for u in self.units if u.id == unit_id)

    def unit_name(self, unit_id: str | None) -> str:
        return "" if unit_id is None else self.unit(unit_id).name
