"""Loudspeaker bulletins composed from the campaign, its news and its profiles.

A bulletin is written once (``source_text``, what an editor proofreads) and
read once (``reading``, what the announcer or the smart loudspeaker says: no
digit, no symbol, no abbreviation). The station's opening and closing formulas
are added per station by :func:`script`, since each station words them its
own way.

Sample content (``sample: true``) is illustration, not news: it is left out
unless ``include_samples=True``, and even then it is announced as such.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Literal

from ..content.dates import WEEKDAYS, day_month, short_date
from ..content.frontmatter import Document
from ..content.model import Activity, Campaign, Event, Priority, Rewrite, Slogan, Station
from ..content.schemas import NewsMeta, ProfileMeta
from ..content.text import slugify
from ..content.yamlsource import Path as YamlPath
from ..content.yamlsource import Source
from .abbreviations import ABBREVIATIONS
from .blanks import blank_note, first_blank, split_blanks, without_blank_lines, without_blanks
from .casing import lower_item, sentence_case
from .editing import (
    MAX_SENTENCE_SYLLABLES,
    drop_definitions,
    drop_repeated_explanations,
    drop_repeated_theme,
    drop_spans,
    explained_long_sentences,
    internal_orders,
    load_plan_verbs,
    names_the_public,
    purpose_items,
    short_names,
    split_long_sentences,
)
from .locate import Columns, in_block
from .markup import audible_lines, clean_line
from .numbers import Dialect, read_int
from .proofing import (
    TERMINAL,
    Para,
    Reader,
    drop_repeated_asides,
    lower_first,
    mark_quotes,
    sentence,
    unit_abbreviations,
)
from .reading import normalize_lines
from .stations import formula, stations_of
from .timing import Estimate, count_syllables, estimate, format_duration
from .upcoming import note as upcoming_note
from .upcoming import upcoming

if TYPE_CHECKING:  # a loaded project is only read here: no import of the loader at run time
    from ..project import Project

__all__ = [
    "EVENT_LEAD_DAYS",
    "PRIORITY_RANK",
    "SAMPLE_NOTICE",
    "Bulletin",
    "Kind",
    "broadcast_period",
    "build_bulletins",
    "dated_span",
    "editor_notes",
    "enumerated",
    "period_basis",
    "project_bulletins",
    "script",
    "script_estimate",
    "slot_parts",
    "slot_script",
    "spoken_title",
    "start_only",
]

Kind = Literal["ke-hoach", "tin-tuc", "guong-dien-hinh", "khau-hieu"]

# An event is announced from this many days before it up to the day itself:
# a week lets people arrange to come without the notice going stale.
EVENT_LEAD_DAYS = 7

PRIORITY_RANK: Mapping[str, int] = {"khẩn cấp": 0, "ưu tiên": 1, "thông thường": 2}


SAMPLE_NOTICE = "Lưu ý: đây là nội dung minh họa, không có thật."


@dataclass(frozen=True)
class Bulletin:
    """One bulletin, written and spoken, with its reading time at the campaign's rate.

    ``date`` is the day it becomes relevant (None: the whole period) and
    ``until`` the last day it is (None: to the end of the period).
    ``syllables`` and ``seconds`` are for the body, without station formulas.
    """

    id: str
    title: str
    kind: Kind
    priority: Priority
    date: dt.date | None
    source_text: str
    reading: str
    syllables: int
    seconds: float
    warnings: list[str] = field(default_factory=list)
    until: dt.date | None = None
    sample: bool = False
    rate: int = 200
    dialect: Dialect = "north"
    # The body says the campaign's theme; ``after_theme`` is the body to read instead
    # when an earlier bulletin of the same session has said it (None: the same body).
    says_theme: bool = False
    after_theme: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        return self.reading.split("\n")


def script(bulletin: Bulletin, station: Station) -> str:
    """The full script read at ``station``: opening, body paragraphs, closing."""
    return slot_script([bulletin], station)


def slot_parts(bulletins: Sequence[Bulletin], station: Station) -> list[str]:
    """The parts of a session, in reading order: opening, each body, closing."""
    if not bulletins:
        return []
    dialect = bulletins[0].dialect
    bodies: list[str] = []
    said = False
    for bulletin in bulletins:
        # "Chủ đề tuyên truyền là: …" in the plan, then "Chủ đề tuyên truyền: …" in the
        # slogans of the same session: the listener has just heard it.
        short = bulletin.after_theme
        body = short if said and short is not None else bulletin.reading
        if body:
            bodies.append(body)
        said = said or bulletin.says_theme
    return [formula(station.opening, dialect), *bodies, formula(station.closing, dialect)]


def slot_script(bulletins: Sequence[Bulletin], station: Station) -> str:
    """What ``station`` reads in one session: one opening, the bodies, one closing.

    An announcer greets the listeners once per session, not once per bulletin.
    """
    return "\n".join(slot_parts(bulletins, station))


def script_estimate(bulletin: Bulletin, station: Station) -> Estimate:
    return estimate(script(bulletin, station), bulletin.rate)


# "…, cụ thể:", "…, bao gồm:" announce a list the bulletin does not read (corpus 25, 35
# said "… theo quy định, bao gồm." and "… của Tỉnh, cụ thể."): said alone they promise
# what never comes. ("… chỉ tiêu cụ thể" without a comma is an adjective: it stays.)
_LIST_INTRO = re.compile(r"(?:,\s*cụ thể|,?\s+(?:bao gồm|gồm có|gồm|như sau))\s*[:.]?\s*$")


def enumerated(number: int, text: str) -> str:
    """ "Một là, …": "Thứ hai, …" would clash with the weekday ("vào Thứ Hai, ngày …")."""
    text = _LIST_INTRO.sub("", text) or text
    words = text.split()
    # "Sở Y tế", "Ủy ban nhân dân xã, phường" (corpus 13's units): a body's name keeps
    # its capital after "Một là,"; "sở, ban, ngành liên quan" is no name.
    named = len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper()
    if named or re.match(r"(?:Ủy ban|Hội đồng) nhân dân\b", text):
        return f"{read_int(number).capitalize()} là, {text}"
    return f"{read_int(number).capitalize()} là, {lower_item(text)}"


# A purpose with a subject of its own: "Thành phố Hà Nội là đơn vị đi đầu …" (corpus
# 27), "100% trẻ em …": no verb phrase, so "Kế hoạch nhằm …" before it is no
# Vietnamese. The subject before "là" is a short noun phrase, not a plan verb's.
_OWN_SUBJECT = re.compile(r"^(?:\d|(?P<subject>[^,;:]{2,40}?)\s+là\s)")
_AIM_OPENS = re.compile(r"^(?:góp phần|nhằm|để)\b", re.IGNORECASE)
_PLAN_VERB_OPENS = re.compile(
    r"^(?:" + "|".join(re.escape(v) for v in load_plan_verbs()) + r")\b", re.IGNORECASE
)
# "Là cơ sở để …" (corpus 19, 28): the plan is what is the basis; "Hai là, là cơ sở"
# says "là" twice and has no subject.
_IS_BASIS = re.compile(r"^là\s", re.IGNORECASE)


def _purpose_sentence(kind: str, item: str) -> str:
    """A plan's only purpose as one sentence: "Kế hoạch nhằm <verb phrase>", the
    plan's own "Nhằm …" kept once; "Kế hoạch là cơ sở …"; a purpose with its own
    subject said after "Mục đích của Kế hoạch:", as written."""
    aim = lower_first(item)
    if aim.startswith("nhằm "):
        return f"{kind} {aim}"
    if _IS_BASIS.match(aim):
        return f"{kind} {aim}"
    own = _OWN_SUBJECT.match(item)
    if own and not (own["subject"] and _PLAN_VERB_OPENS.match(own["subject"])):
        return f"Mục đích của {kind}: {item}"
    # "Xác định phạm vi, trách nhiệm; phân công nhiệm vụ cho các sở, …" (corpus 29): two
    # tasks. Cut at the semicolon, the second was said with no subject ("Phân công nhiệm
    # vụ cho …") after "Kế hoạch nhằm xác định phạm vi, trách nhiệm."; it is the plan's
    # purpose too: "Kế hoạch cũng nhằm phân công …". Not "…; góp phần …", "…; nhằm …":
    # what the tasks are for, said "Việc này góp phần …" (see editing).
    head, semicolon, rest = aim.partition(";")
    rest = rest.strip()
    task = _PLAN_VERB_OPENS.match(rest) and not _AIM_OPENS.match(rest)
    if semicolon and task and not _OWN_SUBJECT.match(rest):
        return f"{kind} nhằm {head.rstrip()}. {kind} cũng nhằm {lower_first(rest)}"
    return f"{kind} nhằm {aim}"


def _tasks(item: str) -> list[str]:
    """An aim's tasks between semicolons, each opening on a plan's verb."""
    head, semicolon, rest = item.partition(";")
    rest = rest.strip()
    if semicolon and _PLAN_VERB_OPENS.match(rest) and not _AIM_OPENS.match(rest):
        return [head.rstrip(), *_tasks(rest[:1].upper() + rest[1:])]
    return [item]


def _purpose_item(kind: str, number: int, item: str) -> str:
    """A purpose under "Mục đích của Kế hoạch:", without its own "Nhằm" ("Một là,
    phát huy …"); "là cơ sở …" with the plan as its subject ("Hai là, Kế hoạch là
    cơ sở …", not "Hai là, là cơ sở …")."""
    item = re.sub(r"^nhằm\s+", "", item, flags=re.IGNORECASE)
    if _IS_BASIS.match(item):
        return f"{read_int(number).capitalize()} là, {kind} {lower_first(item)}"
    return enumerated(number, item)


# --- campaign bulletins ----------------------------------------------------------


def _window(start: dt.date, end: dt.date) -> str:
    """Written so the normalizer says it the announcer's way ("từ ngày mồng một đến …")."""
    if start == end:
        return f"ngày {short_date(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"từ ngày {start.day:02d} - {short_date(end)}"
    if start.year == end.year:
        return f"từ ngày {day_month(start)} - {short_date(end)}"
    return f"từ ngày {short_date(start)} đến ngày {short_date(end)}"


# Where an activity takes place, as its plan gives it: a line of its own ("- Địa điểm:
# Tại Phòng tiếp công dân của UBND xã …", corpus 35) or the end of the line its time
# comes from ("Tổ chức tiêm chủng: từ ngày 18/3/2024 đến ngày 24/3/2024 tại Trạm Y tế
# xã.", tiem-chung-an-phu; "Thời gian tiến hành giao lưu: 15h00 … ngày 14/11/2009 tại
# Sân trường.", the shape of corpus 46's). A listener who hears when must hear where.
_PLACE_LINE = re.compile(
    r"^\s*(?:[-+•]\s*)?địa điểm\s*:\s*(?:tại\s+)?(?P<place>\S.*?)\s*[.;]?\s*$", re.I
)
# The time line: nothing but days, hours and their words before "tại" (a line that says
# what is done there, "Giám sát việc lập … tại trụ sở …", corpus 33, is no such line).
# Each word or number whole (no backtracking inside "2024").
_TIME_WORD = (
    r"(?:(?:từ|đến|ngày|tháng|năm|vào|lúc|giờ|sáng|chiều|tối|trưa|thứ|hai|ba|tư|sáu|bảy|"
    r"chủ nhật|và|trong|các|dự kiến)(?!\w)|[-–,]|\d{1,4}(?:[/.:h]\d{1,4}){0,2}(?:h|')?(?![\w/.:]))"
)
_TIME_THEN_PLACE = re.compile(
    rf"^\s*(?:thời gian[^:]{{0,40}}:\s*)?(?:{_TIME_WORD}\s*)+"
    r"\s+tại\s+(?P<place>[^,;:()]+?)\s*[.;]?\s*$",
    re.I,
)


def activity_place(activity: Activity) -> str | None:
    """Where ``activity`` takes place, in its plan's words (None: the plan does not say).

    From a description line "Địa điểm: …", else, when its time is said (a window), from
    the line that time was read from if it is the time then "tại <place>" and no more."""
    for line in activity.description:
        if found := _PLACE_LINE.match(line):
            return _place(found["place"])
    if activity.when is None:
        # The time is not said (corpus 46's "15h00 đến 16h30 ngày 14/11/2009 tại Sân
        # trường" has hours, no window): its place alone would be heard without a day.
        return None
    for line in [activity.when_text or "", *activity.description[:1]]:
        if found := _TIME_THEN_PLACE.match(line):
            return _place(found["place"])
    return None


def _place(text: str) -> str:
    """A place said after "Địa điểm:": its first letter a capital, as the plan's names."""
    text = text.strip().rstrip(" .;")
    return text[:1].upper() + text[1:]


def _plans_activities(campaign: Campaign) -> list[Activity]:
    """The activities the plan sets out: a sample one (``sample: true``) is the editor's
    illustration, so its dates are no days of the plan's to air or to say."""
    return [a for a in campaign.activities if not a.sample]


def _communication_activity(campaign: Campaign) -> Activity | None:
    """The activity that carries the campaign's topics and channels (the propaganda)."""
    return next((a for a in _plans_activities(campaign) if a.includes and a.when), None)


# "Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử" (corpus 33): a start written as a date, an
# end that is no date (an event's day the plan does not give). The tool reads no window
# from it, but the day it starts is one of the plan's.
_STARTS_ON = re.compile(
    r"^\s*(?:bắt đầu\s+)?từ\s+ngày\s+(\d{1,2})/(\d{1,2})/(\d{4})\b(?![^:]*\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)


def start_only(activity: Activity) -> dt.date | None:
    """The first day of an activity whose time the plan gives as a start alone ("Từ ngày
    15/3/2026 đến ngày bầu cử"); None when it has a window or no such start."""
    if activity.when is not None:
        return None
    text = activity.when_text or (activity.description or [""])[0]
    match = _STARTS_ON.match(text)
    if match is None:
        return None
    try:
        return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None


def dated_span(campaign: Campaign) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the plan's dated activities (None: none is dated)."""
    windows = [(a.when.start, a.when.last) for a in _plans_activities(campaign) if a.when]
    if not windows:
        return None
    return min(w[0] for w in windows), max(w[1] for w in windows)


def broadcast_period(campaign: Campaign) -> tuple[dt.date, dt.date] | None:
    """Days bulletins go on air: the broadcast period, else the communication
    activity's focus window, else the span of all dated activities.

    Days the tool chooses (from the activities or the events) run to the start of an
    activity that has a start alone (corpus 33's third phase starts on 15/3/2026, after
    the dated ones end: the plan bulletin, which says it, was taken off the air the day
    before), and never begin before the plan is issued (corpus 33's first phase starts
    on 05/12/2025, the plan is dated 10/12/2025: a bulletin cannot introduce a plan
    that does not exist yet)."""
    period = campaign.broadcast.period
    if period is not None:
        return period.start, period.last
    activity = _communication_activity(campaign)
    if activity and activity.when and activity.when.focus_start and activity.when.focus_end:
        return activity.when.focus_start, activity.when.focus_end
    activities = _plans_activities(campaign)
    windows = [(a.when.start, a.when.last) for a in activities if a.when is not None]
    if windows:
        windows += [(day, day) for a in activities if (day := start_only(a)) is not None]
    else:
        # A plan with no dated activity (a conference): air while its events are announced.
        windows = [_announced(e) for e in campaign.events]
    if not windows:
        return None
    start, end = min(w[0] for w in windows), max(w[1] for w in windows)
    issued = campaign.plan.date
    if issued is not None and start < issued <= end:
        start = issued
    return start, end


def period_basis(campaign: Campaign) -> Literal["declared", "focus", "activities", "events"]:
    """Where :func:`broadcast_period` took its days: declared in campaign.yml, the plan's
    focus window, or chosen by the tool (the span of the activities, the week before
    each event). Pages say which, so the tool's choice never reads as the plan's."""
    if campaign.broadcast.period is not None:
        return "declared"
    activity = _communication_activity(campaign)
    if activity and activity.when and activity.when.focus_start and activity.when.focus_end:
        return "focus"
    return "activities" if any(a.when for a in _plans_activities(campaign)) else "events"


def _announced(event: Event) -> tuple[dt.date, dt.date]:
    """Days an event is announced on air: from a week before it to its (last possible) day."""
    return event.first_day - dt.timedelta(days=EVENT_LEAD_DAYS), event.last_day


def _anniversary(campaign: Campaign) -> str | None:
    anniversary = campaign.anniversary
    if anniversary is None:
        return None
    if anniversary.since is None or not anniversary.years:
        return anniversary.name
    # The span (27/02/1955 - 27/02/2025) is thirty syllables: said once, briefly,
    # in the plan bulletin (see _plan_paras), not at the top of every bulletin.
    return f"{anniversary.years} năm {anniversary.name}"


# An event's name longer than this is said after its day and its verb.
LONG_EVENT_NAME = 20


# What an event is, as its name opens ("Lễ kỷ niệm 70 năm …", "Hội nghị tổng kết …"):
# right after the notice has said its full name, the fact says only this, as an
# editor would ("Lễ kỷ niệm dự kiến được tổ chức vào …"), not the name a second time.
_EVENT_KIND = re.compile(
    r"^(?:lễ (?:kỷ niệm|mít tinh|phát động|khai mạc|bế mạc|ra quân|tuyên dương)|lễ|"
    r"hội nghị|hội thảo|hội thi|hội diễn|cuộc thi|giải|tọa đàm|diễn đàn|đại hội|"
    r"ngày hội|liên hoan|triển lãm|buổi gặp mặt|chương trình)(?=\s)",
    re.IGNORECASE,
)


def _event_kind(name: str) -> str | None:
    """The kind an event's name opens with ("Lễ kỷ niệm", "Hội nghị"), None if not known."""
    match = _EVENT_KIND.match(name.strip())
    return match[0] if match else None


# "Hội nghị … để thỏa thuận …": the words after "để" or "nhằm" say what it is for.
_AIM_WORD = re.compile(r"\s+(?:để|nhằm)\s+")


def _event_aim(name: str) -> tuple[str, str] | None:
    """A long event name as what it is and what it is for: ("Hội nghị hiệp thương lần
    thứ hai", "Hội nghị nhằm thỏa thuận …"); None when the name says no aim or opens
    with no kind of event to call it by."""
    kind = _event_kind(name)
    parts = _AIM_WORD.split(name.strip(), maxsplit=1)
    if kind is None or len(parts) < 2 or count_syllables(parts[0]) <= count_syllables(kind):
        return None
    return parts[0], f"{kind} nhằm {parts[1].rstrip(' .')}"


def _named_with_aim(name: str, said: str = "") -> str:
    """``name`` after a verb ("… tổ chức hội nghị …"), its aim said as a sentence;
    not when ``said`` (what the bulletin has said already) says the aim."""
    aim = _event_aim(name)
    if aim is None:
        return lower_first(name)
    _, goal = _AIM_WORD.split(name.strip(), maxsplit=1)
    if _fold_text(goal) in _fold_text(said):
        return lower_first(aim[0])
    return f"{lower_first(aim[0])}. {aim[1]}"


def _event_sentence(
    campaign: Campaign,
    event: Event,
    today: dt.date,
    *,
    organizer: str | None = None,
    duration: str | None = None,
    name: str | None = None,
    length: Callable[[str], int] = count_syllables,
    said: str = "",
) -> str:
    """The event as the plan gives it; once its day has passed, as the plan gave it.

    Nothing here says the event took place: no source says so. After the day
    the sentence is attributed to the plan instead of announcing it as upcoming.
    ``name`` is how the event is called when its full name was just said.
    """
    name = name or event.name
    if event.date is not None:
        when = f"{WEEKDAYS[event.date.weekday()]}, ngày {short_date(event.date)}"
    else:
        when = f"tháng {event.first_day.month}/{event.first_day.year}"
    if event.time:
        when = f"{event.time}, {when}"
    tentative = event.tentative or event.date is None
    maybe = "dự kiến " if tentative else ""
    if organizer:
        verb = f"do {organizer} {maybe}tổ chức"
    elif today > event.last_day:
        verb = f"{maybe}tổ chức"
    else:
        verb = f"{maybe}được tổ chức"
    if count_syllables(name) > LONG_EVENT_NAME:
        # "Hội nghị hiệp thương lần thứ hai để thỏa thuận, lập danh sách …" (corpus 36):
        # the verb after so long a name came past a breath, and a cut inside the name
        # left "Theo Kế hoạch, hội nghị hiệp thương lần thứ hai." with no verb. The
        # day and the verb go first, the name after them, in the plan's words.
        doer = f"{organizer} " if organizer else ""
        put = f"vào {when}, {doer}{maybe}tổ chức {_named_with_aim(name, said)}"
        sentence = (
            f"Theo {campaign.plan.kind}, {put}"
            if today > event.last_day
            else put[:1].upper() + put[1:]
        )
    elif today > event.last_day:
        sentence = f"Theo {campaign.plan.kind}, {lower_first(name)} {verb} vào {when}"
    else:
        sentence = f"{name} {verb} vào {when}"
    if event.combined:
        joined = "gắn với " + " và ".join(lower_first(c.name) for c in event.combined)
        if length(f"{sentence}, {joined}.") <= MAX_SENTENCE_SYLLABLES:
            sentence += f", {joined}"
        else:
            # "…, gắn với hội nghị tổng kết …" past a breath (the Directive 06 example):
            # no clause of its own to cut at, so the combination is said as a sentence
            # of its own, the event called by its kind, as the example's editor wrote it.
            called = _event_kind(event.name) or "sự kiện"
            combined = f"{lower_first(called)} được tổ chức {joined}"
            if today <= event.last_day:
                sentence += f". {combined[:1].upper()}{combined[1:]}"
            elif tentative:
                # The sentence before opens "Theo Kế hoạch, …": said again it is a slip
                # an editor cuts. "dự kiến" keeps it the plan's, not a fact of the past.
                sentence += f". {called[:1].upper()}{called[1:].lower()} dự kiến tổ chức {joined}"
            else:
                sentence += f". Theo {campaign.plan.kind}, {combined}"
    # Place and length in sentences of their own: date, place and length in one
    # breath run past forty syllables, and the listener needs all three.
    if event.place:
        sentence += f". Địa điểm: {event.place}"
    if duration:
        sentence += f". Thời gian: {duration}"
    return sentence + "."


@dataclass(frozen=True)
class _Fields:
    """Where the words of a composed paragraph come from: the campaign.yml field
    (file and line), so the editor is pointed at what to fix; without the parsed
    file, the bulletin and the paragraph's number in it."""

    source: Source | None
    bulletin: str

    def paras(self, texts: Sequence[str], paths: Sequence[YamlPath]) -> list[Para]:
        if self.source is None:
            return [Para(t, self.bulletin) for t in texts]
        file, line = self.source.file, self.source.line
        paras = [Para(t, file, line(p)) for t, p in zip(texts, paths, strict=True)]
        return _in_file(paras, self.source)


def _in_file(paras: list[Para], source: Source) -> list[Para]:
    """``paras`` with the text of the line each points at, for a warning's column."""
    return [dataclasses.replace(p, written=source.rows_from(p.line)) for p in paras]


_ABOUT = re.compile(r"^(?:v/v|về việc|về)\s+", re.IGNORECASE)


def _about(title: str) -> str:
    """ "về <title>": a title that opens "V/V …" or "Về việc …" has its "về" already."""
    title = lower_first(title)
    match = _ABOUT.match(title)
    if match is None:
        return f"về {title}"
    return ("về việc " if match[0].lower().startswith(("v/v", "về việc")) else "về ") + title[
        match.end() :
    ]


def spoken_title(campaign: Campaign) -> str:
    """The plan's title as a bulletin says it: in sentence case when the plan
    typed it in capitals, the capitals of its own text's names kept."""
    plan = campaign.plan
    evidence = [
        plan.issuer,
        *plan.context,
        *plan.basis_text,
        *plan.after_basis,
        *plan.purposes,
        *plan.requirements,
        *plan.aims,
        *(u.name for u in campaign.units),
        *(a.name for a in campaign.activities),
    ]
    dictionary = {**ABBREVIATIONS, **unit_abbreviations(campaign)}
    spelled = {k.upper(): k for k in dictionary}
    return sentence_case(" ".join(plan.title.split()), evidence, spelled)


_TITLE_SEMICOLON = re.compile(r"\s*;\s*")
# A title whose own words say what the plan is about after one to four syllables: the
# plan's name ("truyền thông về …", "hành động quốc gia về …").
_NAMED_ABOUT = re.compile(r"^(?:[^\s,;:]+\s+){1,4}về\s", re.IGNORECASE)


def _introduction(reference: str, kind: str, title: str, length: Callable[[str], int]) -> list[str]:
    """ "<who> ban hành <the plan> về <its title>." in one sentence when it fits in a
    breath, else two: the plan (number, date, issuer), then "Kế hoạch về <title>."
    (the title often names another document with its own number and date)."""
    # A semicolon in a title joins the parts of one name ("Đợt thi đua lập thành tích
    # chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá, …", corpus 09 and 10,
    # as the Prime Minister's decision names the drive): cut there, "Tăng tốc, bứt phá,
    # hoàn thành …" was said as a sentence of its own. It is a pause within the title.
    title = _TITLE_SEMICOLON.sub(", ", title)
    if _NAMED_ABOUT.match(title) and not _ABOUT.match(title):
        # "TRUYỀN THÔNG VỀ GIẢM NGHÈO …" (corpus 16), "HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC …"
        # (03): the title names the plan with its own "về" ("Kế hoạch truyền thông về …",
        # "Kế hoạch hành động quốc gia về …"). The tool's "về" before it said "Kế hoạch
        # về truyền thông về …", "… về hành động quốc gia về …": said as the name, after
        # the plan's reference, in a sentence of its own.
        return [f"{reference}.", f"{kind} {lower_first(title)}."]
    about = f"{_about(title)}."
    whole = f"{reference} {about}"
    [said] = drop_spans([whole], keep_first=True)
    if length(said) <= MAX_SENTENCE_SYLLABLES:
        return [whole]
    return [f"{reference}.", f"{kind} {about}"]


def _runs(leads: Sequence[str | None]) -> list[int]:
    """Per activity, how many activities in a row its lead leads when it ends such a
    row of two or more; 0 for the others of the row, 1 for an activity alone.

    "Hai là, … Ba là, … Bốn là, …. Ba nội dung vừa nêu do Trung tâm Y tế chủ trì.":
    the same body named after each item of a list is what an editor cuts."""
    out = [1] * len(leads)
    start = 0
    for end in range(1, len(leads) + 1):
        if end < len(leads) and leads[end] is not None and leads[end] == leads[start]:
            continue
        if end - start > 1:
            out[start : end - 1] = [0] * (end - 1 - start)
            out[end - 1] = end - start
        start = end
    return out


def _focus(campaign: Campaign) -> tuple[dt.date, dt.date] | None:
    """The plan's own time for propaganda: the communication activity's focus window."""
    activity = _communication_activity(campaign)
    when = activity.when if activity else None
    if when is None or when.focus_start is None or when.focus_end is None:
        return None
    return when.focus_start, when.focus_end


def _said_focus(
    campaign: Campaign, period: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date] | None:
    """The focus window when the plan bulletin's opening says it (it is the period)."""
    focus = _focus(campaign)
    return focus if focus is not None and focus == period else None


def _window_sentence(
    campaign: Campaign, period: tuple[dt.date, dt.date], window: str
) -> str | None:
    """What the days at the top of the plan bulletin are, said as what they are; None
    when they are no days of the plan's to say there.

    Only the plan's focus window is "the plan's time for propaganda". Days the tool
    chose from the activities' dates are said as those dates; days the station set
    (broadcast.period) as the days these bulletins are aired. Days the tool chose from
    an event (the week before it, corpus 36) are the schedule's, no activity's: "Theo
    Kế hoạch, các hoạt động được thực hiện từ …" would say what no plan says. The
    dates of one dated activity alone are said with it (corpus 38 said them twice).
    Nor are "các hoạt động" said to run in the dated ones' span while another has no
    day the tool could read (corpus 33: "Đợt 3: Từ ngày 15/3/2026 đến ngày bầu cử"
    runs past it).
    """
    kind = campaign.plan.kind
    if period == _focus(campaign):
        return f"Theo {kind}, các cơ quan, đơn vị tập trung tuyên truyền{window}."
    if campaign.broadcast.period is not None:
        return f"Các bản tin về {kind} này được phát{window}."
    activities = _plans_activities(campaign)
    dated = [a for a in activities if a.when is not None]
    if len(dated) < 2 or len(dated) < len(activities):
        return None
    # A plan in phases says each phase with its own days: the first's start to the
    # last's end, said above them, runs over the days between two phases (corpus 33:
    # "Đợt 1" to 20/02, "Đợt 2" from 23/02), as if the work went on through them.
    if _in_phases(activities):
        return None
    return f"Theo {kind}, các hoạt động được thực hiện{window}."


_PHASE = re.compile(r"^(đợt|giai đoạn|bước)\s+(\d{1,2}|[IVX]{1,4})$", re.IGNORECASE)
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
# "Từ ngày 15/3/2026 đến ngày bầu cử gồm các nội dung trọng tâm:": the days, then the
# list the bulletin does not read.
_PHASE_LIST = re.compile(r",?\s+(?:bao gồm|gồm có|gồm)\b[^.]*:?\s*$", re.IGNORECASE)


def _in_phases(activities: Sequence[Activity]) -> bool:
    """Whether the activities are the plan's phases ("Đợt 1", "Đợt 2", …), one word."""
    phases = [_phase(a.name) for a in activities]
    return bool(phases) and all(phases) and len({p[0] for p in phases if p}) == 1


def _phase(name: str) -> tuple[str, int] | None:
    """ "Đợt 2" → ("Đợt", 2); None for a name that is not a phase's number alone."""
    match = _PHASE.match(name.strip().rstrip(":. "))
    if match is None:
        return None
    number = match[2]
    value = int(number) if number.isdigit() else _ROMAN_VALUES.get(number.upper())
    return (match[1], value) if value else None


def _phase_sentence(phase: tuple[str, int], activity: Activity) -> str:
    """ "Đợt một: từ ngày … đến ngày …", the days as dated, else as the plan words them
    after the phase's name ("Đợt ba: từ ngày 15/3/2026 đến ngày bầu cử"), else its name."""
    said = f"{phase[0].capitalize()} {read_int(phase[1])}"
    when = activity.when
    if when is not None:
        return f"{said}: {_window(when.start, when.last)}"
    first = (activity.description or [""])[0]
    days = _PHASE_LIST.sub("", first).strip().rstrip(":;,. ")
    # "Tháng 12/2025", "Quý I/2026", "Ngày 15/3/2026": the phase's time as the plan
    # words it (the tool read no span of days from it).
    if re.match(r"(?:từ|trong|đến|hết|trước|tháng|quý|ngày)\b", days, re.IGNORECASE):
        return f"{said}: {days[:1].lower()}{days[1:]}"
    return said


def _said_issuer(campaign: Campaign) -> str | None:
    """The plan's issuer as a bulletin names it; None while it is a blank to fill in
    ("CẦN ĐIỀN tên cơ quan ban hành", written by ``campaign init``)."""
    issuer = campaign.plan.issuer
    return None if first_blank(issuer) else issuer


def _unsaid_facts(campaign: Campaign, source: Source | None) -> list[str]:
    """A note for each fact of the plan, and each station's sentence, left unsaid as
    holding a blank."""
    notes = []
    facts = (
        ("issuer", campaign.plan.issuer, "tên cơ quan ban hành"),
        ("number", campaign.plan.number or "", "số của văn bản"),
    )
    for key, value, what in facts:
        blank = first_blank(value)
        if blank is None:
            continue
        place = _at(source, ("plan", key), blank)
        notes.append(
            f"{place}: plan.{key}: chỗ trống chưa điền “{value}”: bản tin không đọc {what}; "
            "hãy điền vào rồi dựng lại"
        )
    # A station's own words (see stations.formula): the sentence with the blank is not said.
    for index, station in enumerate(campaign.broadcast.stations):
        for field_name in ("opening", "closing"):
            _, blanks = without_blanks(getattr(station, field_name))
            path: YamlPath = ("broadcast", "stations", index, field_name)
            notes += [
                f"{_at(source, path, blank)}: broadcast.stations[{index + 1}].{field_name}: "
                + blank_note(blank)
                for blank in blanks
            ]
    return notes


def _open_end_notes(campaign: Campaign, source: Source | None) -> list[str]:
    """A note for each activity the plan gives a start alone, when the tool chose the
    broadcast days: it took them to that start (see :func:`broadcast_period`), and the
    station decides how long after it to air."""
    if period_basis(campaign) != "activities":
        return []
    notes = []
    for index, activity in enumerate(campaign.activities):
        day = start_only(activity)
        if day is None or activity.sample:
            continue
        place = f"{source.file}:{source.line(('activities', index))}" if source else "campaign.yml"
        notes.append(
            f"{place}: activities[{index + 1}] “{activity.name}”: kế hoạch chỉ ghi ngày bắt "
            f"đầu ({short_date(day)}), không ghi ngày kết thúc: lịch phát do công cụ đề xuất "
            "dừng ở ngày đó; muốn phát tiếp, hãy khai báo broadcast.period"
        )
    return notes


def _at(source: Source | None, path: YamlPath, word: str) -> str:
    """``file:line:column`` of ``word`` in the campaign.yml field at ``path``."""
    if source is None:
        return "campaign.yml"
    line = source.line(path)
    rows = source.rows_from(line)
    if not rows:
        return f"{source.file}:{line}"
    offset, column = in_block(rows, word)
    return f"{source.file}:{line + offset}:{column}"


def _plan_paras(
    campaign: Campaign,
    include_samples: bool,
    fields: _Fields,
    today: dt.date,
    *,
    theme: bool = True,
    length: Callable[[str], int] = count_syllables,
    notes: list[str] | None = None,
) -> list[Para]:
    plan = campaign.plan
    issuer = _said_issuer(campaign)
    reference = plan.kind
    if plan.number and not first_blank(plan.number):
        reference += f" số {plan.number}"
    if plan.date:
        reference += f" ngày {short_date(plan.date)}"
    period = broadcast_period(campaign)
    window = f" {_window(*period)}" if period else ""
    title = spoken_title(campaign)
    # Two sentences rather than one: the plan's title often carries its own
    # dates, and a second date range in the same breath loses the listener.
    paths: list[YamlPath] = [("plan", "title")]
    if campaign.activities:
        # Two sentences: the plan's title is long already, and the window is
        # what the listener must catch.
        # An issuer still to be filled in is not said: the plan is introduced.
        opening = f"{issuer} ban hành {reference}" if issuer else f"Xin giới thiệu {reference}"
        paras = _introduction(opening, plan.kind, title, length)
        paths += [("plan", "title")] * (len(paras) - 1)
        said = _window_sentence(campaign, period, window) if window and period else None
        if said is not None:
            paras.append(said)
            declared = campaign.broadcast.period is not None
            paths.append(("broadcast", "period") if declared else ("activities",))
    else:
        # Nothing for people to take part in (a conference plan): say what the plan is.
        # "<number> của <issuer>" also keeps the reader from naming the issuer twice.
        said = f"Xin giới thiệu {reference}" + (f" của {issuer}" if issuer else "")
        paras = _introduction(said, plan.kind, title, length)
        paths += [("plan", "title")] * (len(paras) - 1)
    if campaign.stated_theme and theme:
        paras.append(f"Chủ đề tuyên truyền là: {campaign.stated_theme}.")
        paths.append(("theme",))
    # Each purpose, and each phrase of a purpose too long for one breath, an item:
    # "Mục đích của Kế hoạch: Một là, … Hai là, …" (the plan's words, in order).
    # A sentence with a blank is not said (see .blanks): kept apart, read only for its
    # note, so the items said are numbered without a gap.
    unsaid: list[tuple[str, YamlPath]] = []
    items = []
    for number, purpose in enumerate(plan.purposes):
        path: YamlPath = ("plan", "purposes", number)
        # An order to the issuer's own staff (corpus 26: "Bảo đảm sự chỉ đạo thống nhất
        # của UBND tỉnh …; sự phối hợp chặt chẽ … giữa các sở, ngành") is not aired.
        purpose, orders = internal_orders(purpose)
        if notes is not None:
            notes += [_internal_note(fields.source, path, order) for order in orders]
        filled, blank = split_blanks(purpose)
        items += [(item, path) for item in purpose_items(filled, length) if filled]
        unsaid += [(blank, path)] if blank else []
    # A plan with no "Mục đích" (corpus 45): its general aim, said as what the plan
    # calls it, "Mục tiêu của Kế hoạch là …", never as its purpose.
    # "Mục tiêu chung": the plan may set nearer aims too (corpus 12's "trước mắt").
    # Two tasks between semicolons ("Tạo điều kiện khôi phục …; hỗ trợ vật liệu …",
    # corpus 12) are two items, the second no subjectless sentence.
    aims = [
        (task, ("plan", "aims", number))
        for number, aim in enumerate([] if items or unsaid else plan.aims)
        if not first_blank(aim)
        for item in purpose_items(aim, length)
        for task in _tasks(item)
    ]
    if aims:
        [(first, path), *more] = aims
        if more:
            paras.append(f"Mục tiêu chung của {plan.kind}:")
            paths.append(("plan", "aims"))
            for number, (item, path) in enumerate(aims, start=1):
                paras.append(sentence(enumerated(number, item)))
                paths.append(path)
        else:
            paras.append(f"Mục tiêu chung của {plan.kind} là {lower_item(first)}")
            paths.append(path)
    if len(items) == 1:
        [(item, path)] = items
        paras.append(_purpose_sentence(plan.kind, item))
        paths.append(path)
    elif items:
        paras.append(f"Mục đích của {plan.kind}:")
        paths.append(("plan", "purposes"))
        for number, (item, path) in enumerate(items, start=1):
            # Under "Mục đích của Kế hoạch:" a purpose's own "Nhằm" says it again:
            # "Một là, phát huy …", not "Một là, nhằm phát huy …".
            paras.append(sentence(_purpose_item(plan.kind, number, item)))
            paths.append(path)
    activities: list[tuple[int, Activity]] = []
    # A sample activity (the editor's illustration) is no activity of the plan's: said
    # apart, after the plan's, as what it is, never under "… của Kế hoạch gồm:".
    samples: list[tuple[int, Activity]] = []
    for index, a in enumerate(campaign.activities):
        if not include_samples and a.sample:
            continue
        if first_blank(a.name):
            # An activity whose name is a blank: neither it nor its dates are said.
            unsaid.append((a.name, ("activities", index, "name")))
            continue
        (samples if a.sample else activities).append((index, a))
    # "Đợt 1", "Đợt 2", "Đợt 3" (corpus 33): the plan's work in phases, each named by
    # its number. "Một là, đợt một." says nothing; each phase is said with its days.
    phases = [_phase(a.name) for _, a in activities]
    in_phases = _in_phases([a for _, a in activities])
    if in_phases:
        word = phases[0][0].lower() if phases[0] else ""
        paras.append(
            f"Các hoạt động của {plan.kind} được thực hiện theo {read_int(len(activities))} {word}:"
        )
        paths.append(("activities",))
    elif activities:
        # "nội dung", the plan's own word for the section they come from ("II. NỘI
        # DUNG"): corpus 02's parts are headings ("Kế hoạch sử dụng đất", "Nguồn lực và
        # việc sử dụng nguồn lực …"), said after "Các hoạt động chính …" as if they
        # took place; "nội dung" fits those and an activity ("Tổ chức phát động …") alike.
        paras.append(f"Các nội dung chính của {plan.kind} gồm:")
        paths.append(("activities",))
    leads = [campaign.unit_name(a.lead) if a.lead else None for _, a in activities]
    runs = _runs(leads)
    for number, (index, activity) in enumerate(activities, start=1):
        phase = phases[number - 1]
        if in_phases and phase:
            paras.append(sentence(_phase_sentence(phase, activity)))
            paths.append(("activities", index, "name"))
            continue
        text = enumerated(number, activity.name)
        lead, run = leads[number - 1], runs[number - 1]
        if lead and run == 1:
            text += f", do {lead} chủ trì"
        # Each date range its own sentence: two ranges in one breath lose the listener.
        when = activity.when
        if when is not None:
            text += f". Thời gian thực hiện {_window(when.start, when.last)}"
            # The focus window was said at the top as the plan's time for propaganda.
            focus = (when.focus_start, when.focus_end)
            if when.focus_start and when.focus_end and focus != _said_focus(campaign, period):
                text += f". Thời gian tập trung {_window(when.focus_start, when.focus_end)}"
        # Where, after when, as an event's place is said ("Địa điểm: …").
        if place := activity_place(activity):
            text += f". Địa điểm: {place}"
        if lead and run > 1:
            # The last of activities in a row led by one body: its name said once.
            text += f". {read_int(run).capitalize()} nội dung vừa nêu do {lead} chủ trì"
        paras.append(sentence(text))
        paths.append(("activities", index, "name"))
    for index, activity in samples:
        text = f"Hoạt động minh họa, không có trong {plan.kind}: {lower_item(activity.name)}"
        if activity.when is not None:
            text += f". Thời gian thực hiện {_window(activity.when.start, activity.when.last)}"
        paras.append(sentence(text))
        paths.append(("activities", index, "name"))
    # The plan bulletin is aired to the period's last day: an event before that day
    # said as upcoming ("… dự kiến được tổ chức vào Thứ Tư, ngày 26/2") is heard on the
    # 27th and 28th as still to come. Said as the plan gives it ("Theo Kế hoạch, … dự
    # kiến tổ chức vào …"), it is true on every day it is aired.
    aired_until = max(today, period[1]) if period else today
    for index, event in enumerate(campaign.events):
        # "Kế hoạch về tổ chức hội nghị hiệp thương lần thứ hai để thỏa thuận …" (corpus
        # 36): the title has said what the event is for; "Hội nghị nhằm thỏa thuận …"
        # after its day would say those thirty syllables a second time.
        paras.append(_event_sentence(campaign, event, aired_until, length=length, said=title))
        paths.append(("events", index, "name"))
    # No "<issuer> đề nghị các cơ quan, đơn vị và bà con nhân dân … tham gia các hoạt động
    # theo Kế hoạch": no plan of the corpus asks that of the public, and said in the
    # issuer's name it put words in its mouth (a ministry's "trên địa bàn", a closed
    # conference's steps). A station's own call is its closing (broadcast.stations).
    for text, path in unsaid:
        paras.append(text)
        paths.append(path)
    # Without ``theme`` the session has said it already (the slogans read first): the
    # purpose's "với chủ đề …" would say it a second time.
    paras = drop_repeated_theme(
        drop_spans(paras, keep_first=True), campaign.stated_theme, said=not theme
    )
    return fields.paras([sentence(p) for p in drop_definitions(paras)], paths)


def _slogan_paras(
    campaign: Campaign, include_samples: bool, fields: _Fields, *, theme: bool = True
) -> list[Para]:
    """The theme and the slogans; without ``theme`` (said earlier in the session)
    the slogans alone, and the introduction names only them."""
    anniversary = _anniversary(campaign)
    said = "chủ đề và các khẩu hiệu" if theme and campaign.stated_theme else "các khẩu hiệu"
    intro = f"Xin giới thiệu với bà con {said} tuyên truyền."
    # Without the theme, the slogans follow the plan in the same session: when the
    # plan's title has just named the anniversary, "Hưởng ứng kỷ niệm …" says it again.
    named = campaign.anniversary is not None and _fold_text(
        campaign.anniversary.name
    ) in _fold_text(campaign.plan.title)
    if anniversary and (theme or not named):
        intro = f"Hưởng ứng kỷ niệm {anniversary}, " + lower_first(intro)
    paras = [intro]
    paths: list[YamlPath] = [("anniversary",) if anniversary else ("slogans",)]
    if campaign.stated_theme and theme:
        paras.append(f"Chủ đề tuyên truyền: {campaign.stated_theme}.")
        paths.append(("theme",))
    folded = _fold_text(campaign.stated_theme or "")
    slogans = [
        (index, s)
        for index, s in enumerate(campaign.slogans)
        if (include_samples or not s.sample) and _fold_text(s.text) != folded
    ]
    # Right after an introduction that names only the slogans, a heading would say
    # "các khẩu hiệu tuyên truyền" twice in a row.
    if slogans and len(paras) > 1:
        paras.append("Các khẩu hiệu tuyên truyền:")
        paths.append(("slogans",))
    for index, slogan in slogans:
        text = " ".join(slogan.text.split())
        paras.append(text if text[-1:] in TERMINAL else text + "!")
        paths.append(("slogans", index))
    return fields.paras(drop_spans(paras, keep_first=False), paths)


def _chanted(campaign: Campaign, slogans: Sequence[Slogan]) -> bool:
    """Whether a slogan other than the theme itself is read."""
    theme = _fold_text(campaign.stated_theme or "")
    return any(_fold_text(s.text) != theme for s in slogans)


def _series(items: Sequence[str]) -> str:
    """Listed items read as one sentence: "a; b; c", each without its own full stop
    (a body's name keeps its capital: "Thường trực Thị ủy")."""
    return "; ".join(lower_item(i.rstrip(" .;,")) for i in items)


def _fold_text(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _internal_note(source: Source | None, path: YamlPath, order: str) -> str:
    """The proof list's line for a sentence left out as an internal order."""
    opening = " ".join(order.split()[:6])
    return (
        f"{_at(source, path, order.split()[0])}: câu “{opening}…” là việc giao nội bộ "
        "(kinh phí, điều kiện tổ chức, chỉ đạo, phối hợp giữa các cơ quan), không phải tin "
        "cho người nghe: không đọc trên loa; nếu người nghe cần biết, hãy viết lại câu "
        "đó trong campaign.yml theo điều họ cần biết"
    )


def _event_paras(
    campaign: Campaign,
    event: Event,
    fields: _Fields,
    today: dt.date,
    at: YamlPath,
    notes: list[str] | None = None,
) -> list[Para]:
    issuer = _said_issuer(campaign)
    # Whose plan it is, with the announcement: said with the date it made one
    # sentence of forty-four syllables, past what a listener holds in one go.
    # A long name that says what the event is for ("… lần thứ hai để thỏa thuận …"):
    # the notice names the event, then "Hội nghị nhằm thỏa thuận …" says its aim.
    whose = f", theo {campaign.plan.kind} của {issuer}" if issuer else ""
    about = f"Thông báo về {lower_first(event.name)}{whose}."
    aim = _event_aim(event.name) if count_syllables(event.name) > LONG_EVENT_NAME else None
    if aim is not None:
        about = f"Thông báo về {lower_first(aim[0])}{whose}. {aim[1]}."
    paras = [about]
    paths: list[YamlPath] = [(*at, "name")]
    # The issuer was just named: "do <the same body> tổ chức" would say it twice.
    organizer = campaign.unit_name(event.organizer) if event.organizer else None
    # Announced only up to its day (see build_bulletins): always the upcoming form.
    fact = _event_sentence(
        campaign,
        event,
        min(today, event.last_day),
        organizer=organizer if organizer != issuer else None,
        duration=event.duration,
        name=_event_kind(event.name),
    )
    paras.append(fact)
    paths.append(at)
    if event.agenda:
        items = [f"{a.time} {a.item}" if a.time else a.item for a in event.agenda]
        paras.append("Chương trình gồm: " + _series(items) + ".")
        paths.append((*at, "agenda"))
    for index, group in enumerate(event.participants):
        # Items often contain commas themselves ("Phòng Y tế; Trung tâm Y tế"): semicolons.
        paras.append(f"Thành phần tham dự {lower_first(group.level)}: " + _series(group.who))
        paths.append((*at, "participants", index))
    if event.note:
        # "Văn phòng Thị ủy tham mưu giấy mời đại biểu và bảo đảm các điều kiện (địa
        # điểm, tài liệu, kinh phí) để tổ chức Hội nghị" (the example): the organizer's
        # order to its staff, no news for listeners; named on the proof list instead.
        note, orders = internal_orders(event.note)
        if notes is not None:
            notes += [_internal_note(fields.source, (*at, "note"), o) for o in orders]
        if note:
            paras.append(note)
            paths.append((*at, "note"))
    paras.append("Trân trọng thông báo.")
    paths.append(at)
    spoken = [sentence(p) for p in drop_definitions(drop_spans(paras, keep_first=False))]
    return fields.paras(spoken, paths)


# --- news and profiles -------------------------------------------------------------

_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s")
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def _news_paragraphs(
    document: Document, reader: Reader, seen: set[str], span: tuple[dt.date, dt.date] | None
) -> tuple[list[str], list[str], list[str], list[str]]:
    """Written paragraphs, spoken paragraphs, their places (file:line of each
    paragraph's first line) and warnings of a post's body.

    The campaign's anniversary span is not read (the plan bulletin says it);
    the written paragraphs keep it for the proofreader.
    """
    lines = audible_lines(document.body)
    to_read = drop_spans(lines, keep_first=False, only=span) if span else lines
    to_read, pointers = _without_page_pointers(to_read)
    # A sentence with a template blank is not said (a sentence over several lines
    # leaves each of them); every line keeps its number. Blanks are looked for in the
    # text as heard (a link's address is not: "[Khẩu hiệu](../../khau-hieu.md)"),
    # a heading or a list item still starting a sentence of its own.
    heard = [
        f"- {clean_line(line)}"
        if _HEADING_LINE.match(line) or _LIST_LINE.match(line)
        else clean_line(line)
        for line in to_read
    ]
    kept, blanks = without_blank_lines(heard)
    to_read = [k if k != h else line for line, h, k in zip(to_read, heard, kept, strict=True)]
    body = document.body.replace("\r\n", "\n").split("\n")
    reading = normalize_lines(
        [drop_repeated_asides(mark_quotes(line), seen) for line in to_read],
        dialect=reader.dialect,
        abbreviations=reader.abbreviations,
        source=document.display,
        # What is said is changed (an aside said once, the anniversary span left to
        # the plan bulletin): warnings point at the columns of the post as written.
        written=body,
    )
    offset = document.body_start - 1
    warnings = [
        f"{document.display}:{index + 1 + offset}:{Columns(body[index]).locate([blank])[0]}: "
        + blank_note(blank)
        for index, blank in dict.fromkeys(blanks)
    ]
    warnings += [str(dataclasses.replace(w, line=w.line + offset)) for w in reading.warnings]
    warnings += [
        f"{document.display}:{index + 1 + offset}: câu “{' '.join(said.split()[:6])}…” chỉ "
        "người đọc tới một trang (liên kết): người nghe loa không mở được trang, câu không "
        "được đọc trên loa"
        for index, said in pointers
    ]
    written: list[str] = []
    spoken: list[str] = []
    places: list[str] = []
    buf_w: list[str] = []
    buf_s: list[str] = []

    def flush() -> None:
        if buf_w:
            written.append(" ".join(buf_w))
        if buf_s:
            spoken.append(reader.tidy(" ".join(buf_s)))
        buf_w.clear()
        buf_s.clear()

    for number, (raw, said) in enumerate(zip(lines, reading.lines, strict=True), start=1):
        if not said.strip():
            if raw.strip():
                # Left unsaid (a blank in it): the proofreader still sees it.
                buf_w.append(raw.strip())
                continue
            flush()
            continue
        # A heading or a list item starts its own paragraph: a new line to the eye,
        # a breath to the ear.
        if _HEADING_LINE.match(raw) or _LIST_LINE.match(raw):
            flush()
        if not buf_s:
            places.append(f"{document.display}:{number + offset}")
        buf_w.append(raw.strip())
        buf_s.append(said)
        if _HEADING_LINE.match(raw):
            flush()
    flush()
    return written, spoken, places, warnings


# "Bộ khẩu hiệu có trên trang [Khẩu hiệu](../../khau-hieu.md).", "Xem chi tiết tại
# [đây](…)": a sentence that sends the reader to a page (the flagship's sample news).
# A loudspeaker's listener opens no page: an editor cuts it.
_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)\s]*\)")
_POINTING = re.compile(r"(?:\btrang|\btại|\bxem)\s*$", re.IGNORECASE)
# "tại [Trạm Y tế xã](…) từ 7 giờ" links the place where to go (review8: the sentence
# was left out whole, hour and place with it): "tại" points to a page only in a
# sentence that sends the reader to look ("Xem chi tiết tại [Cổng thông tin](…)").
_LOOK = re.compile(r"(?i:(?<!\w)(?:xem|truy cập|tham khảo|tra cứu)(?!\w))")
_ON_PAGE = re.compile(r"(?i:(?<!\w)trang)\s*$")
_STOP = re.compile(r"[.!?](?=\s|$)")


def _without_page_pointers(lines: Sequence[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """``lines`` without the sentences that point the reader to a linked page, and those
    sentences with their line's index. Only a sentence that starts and ends on its line
    (a sentence over two lines is kept: cut, a piece would be left)."""
    out: list[str] = []
    dropped: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        for link in reversed(list(_LINK.finditer(line))):
            pointing = _POINTING.search(line[: link.start()]) or link["text"].strip() == "đây"
            if not pointing:
                continue
            stops = list(_STOP.finditer(line, 0, link.start()))
            opens_paragraph = index == 0 or not lines[index - 1].strip()
            if not stops and not opens_paragraph:
                continue
            start = stops[-1].end() if stops else 0
            end = _STOP.search(line, link.end())
            if end is None:
                continue
            said = line[start : end.end()]
            to_page = link["text"].strip() == "đây" or _ON_PAGE.search(line[: link.start()])
            if not to_page and (not _LOOK.search(said) or names_the_public(said)):
                continue  # a place to go, or something for the public to look at: read
            dropped.append((index, clean_line(line[start : end.end()])))
            line = (line[:start] + line[end.end() :]).rstrip()
        out.append(line)
    return out, dropped


def _anniversary_span(campaign: Campaign) -> tuple[dt.date, dt.date] | None:
    anniversary = campaign.anniversary
    if anniversary is None or anniversary.since is None:
        return None
    return anniversary.since, anniversary.date


def _news_bulletin(
    document: Document,
    meta: NewsMeta,
    reader: Reader,
    rate: int,
    span: tuple[dt.date, dt.date] | None = None,
    rewrites: _Rewrites | None = None,
) -> Bulletin:
    title_line = document.line("title")
    [title] = drop_spans([meta.title], keep_first=False, only=span) if span else [meta.title]
    paras = [Para(title, document.display, title_line)]
    if meta.sample:
        paras.insert(0, Para(SAMPLE_NOTICE, document.display, title_line))
    seen: set[str] = set()
    head_spoken, warnings = reader.read(_in_file(paras, document.source), seen)
    body_written, body_spoken, body_places, body_warnings = _news_paragraphs(
        document, reader, seen, span
    )
    written = [p.text for p in paras] + body_written
    slug = meta.slug or slugify(PurePosixPath(document.src_uri).stem)
    # "… sẽ được tổng kết … (27/02/2025)" aired after that day tells of a review still
    # to come: the post is aired to that day only, and the proof list says so.
    body_lines = document.body.replace("\r\n", "\n").split("\n")
    ahead = upcoming(body_lines, document.body_start, document.display, meta.date)
    until = ahead.day if ahead is not None else None
    if ahead is not None:
        body_warnings = [*body_warnings, upcoming_note(ahead)]
    return _bulletin(
        id=f"tin-tuc-{slug}",
        title=" ".join(meta.title.split()),
        kind="tin-tuc",
        priority=meta.priority,
        date=meta.date,
        written=written,
        spoken=[sentence(s) for s in head_spoken] + body_spoken,
        places=_places(paras) + body_places,
        warnings=warnings + body_warnings,
        until=until,
        sample=meta.sample,
        reader=reader,
        rate=rate,
        rewrites=rewrites,
    )


_AWARDS = ("Bằng khen", "Giấy khen", "Huân chương", "Huy chương", "Kỷ niệm chương")


def _profile_bulletin(
    document: Document,
    meta: ProfileMeta,
    reader: Reader,
    rate: int,
    rewrites: _Rewrites | None = None,
) -> Bulletin:
    src = document.display
    honour = meta.honour if meta.honour.startswith(_AWARDS) else f"danh hiệu {meta.honour}"
    who = ", ".join(p for p in (meta.name, meta.position) if p)
    year = f" năm {meta.year}" if meta.year else ""
    paras = [
        Para("Giới thiệu gương điển hình tiên tiến.", src, 1),
        Para(f"{who}, được tặng {honour}{year}.", src, document.line("name")),
    ]
    # The workplace in a sentence of its own: name, position, workplace and
    # honour in one breath ran past forty syllables.
    where = ", ".join(p for p in (meta.workplace, meta.commune) if p)
    if where:
        key = "workplace" if meta.workplace else "commune"
        paras.append(Para(f"Nơi công tác: {where}.", src, document.line(key)))
    if meta.sample:
        paras.insert(0, Para(SAMPLE_NOTICE, src, document.line("sample")))
    if meta.achievements:
        paras.append(Para("Thành tích tiêu biểu:", src, document.line("achievements")))
    for number, achievement in enumerate(meta.achievements):
        line = document.source.line(("achievements", number))
        paras.append(Para(sentence(achievement), src, line))
    if meta.quote:
        paras.append(Para(f"{meta.name} tâm niệm: {meta.quote}", src, document.line("quote")))
    spoken, warnings = reader.read(_in_file(paras, document.source))
    return _bulletin(
        id=f"guong-dien-hinh-{slugify(PurePosixPath(document.src_uri).stem)}",
        title=f"Gương điển hình: {meta.name}",
        kind="guong-dien-hinh",
        priority="thông thường",
        date=None,
        written=[p.text for p in paras],
        spoken=spoken,
        places=_places(paras),
        warnings=warnings,
        sample=meta.sample,
        reader=reader,
        rate=rate,
        rewrites=rewrites,
    )


class _Rewrites:
    """The editor's rewrites (``broadcast.rewrites``), matched on the spoken text.

    The sentence to find and its replacement are read by the same reader as the
    bulletins, so the editor may copy the sentence from campaign.yml (digits,
    abbreviations) or from the script (words): both read the same. Which rewrites
    found their sentence is kept, so one that no longer matches is reported.
    """

    def __init__(self, rewrites: Sequence[Rewrite], reader: Reader) -> None:
        self.rules: list[tuple[str | None, re.Pattern[str], str]] = []
        for rewrite in rewrites:
            find = self._said(rewrite.sentence, reader)
            words = [re.escape(w) for w in find.split()]
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
            self.rules.append((rewrite.bulletin, pattern, self._said(rewrite.say, reader)))
        self.used: set[int] = set()

    @staticmethod
    def _said(text: str, reader: Reader) -> str:
        [spoken], _ = reader.read([Para(text, "")])
        return " ".join(spoken.split()).rstrip(" .!?")

    def apply(self, bulletin_id: str, text: str) -> str:
        for index, (only, pattern, say) in enumerate(self.rules):
            if only is not None and only != bulletin_id:
                continue

            def replace(match: re.Match[str], say: str = say, index: int = index) -> str:
                self.used.add(index)
                # Found inside a sentence ("Ba là, khơi dậy …"): not capitalised there.
                return lower_first(say) if match[0][:1].islower() else say

            text = pattern.sub(replace, text)
        return text

    def unused(self, source: Source | None, ids: Sequence[str]) -> list[str]:
        """A located note for each rewrite that found no sentence to replace."""
        notes = []
        for index, (only, _, _) in enumerate(self.rules):
            if index in self.used:
                continue
            place = (
                f"{source.file}:{source.line(('broadcast', 'rewrites', index))}"
                if source is not None
                else f"campaign.yml: broadcast.rewrites[{index + 1}]"
            )
            if only is not None and only not in ids:
                where = f"không có bản tin “{only}” (có: {', '.join(ids)})"
            else:
                bulletin = f"bản tin {only}" if only else "bản tin nào"
                where = f"không tìm thấy câu này trong {bulletin}"
            notes.append(
                f"{place}: broadcast.rewrites: {where}: lời đọc thay thế chưa được dùng; "
                "hãy chép lại câu đúng như trong kịch bản hoặc campaign.yml"
            )
        return notes


def _bulletin(
    *,
    id: str,
    title: str,
    kind: Kind,
    priority: Priority,
    date: dt.date | None,
    written: list[str],
    spoken: list[str],
    places: list[str],
    warnings: list[str],
    reader: Reader,
    rate: int,
    until: dt.date | None = None,
    sample: bool = False,
    rewrites: _Rewrites | None = None,
) -> Bulletin:
    if rewrites is not None:
        spoken = [rewrites.apply(id, s) for s in spoken]
    spoken = short_names(spoken, written)
    split = drop_repeated_explanations([split_long_sentences(s) for s in spoken])
    said = list(zip(split, places, strict=True))
    reading = "\n".join(s for s, _ in said if s)
    warnings = warnings + [
        f"{place}: câu “{opening}…” dài {count} âm tiết khi đọc (quá "
        f"{MAX_SENTENCE_SYLLABLES}) mà không có chỗ ngắt tự nhiên"
        f"{f' ({why})' if why else ''}: người nghe khó theo, "
        "nên viết thành các câu ngắn hơn, hoặc đặt lời đọc khác trong broadcast.rewrites "
        "của campaign.yml"
        for s, place in said
        for opening, count, why in explained_long_sentences(s)
    ]
    timing = estimate(reading, rate)
    return Bulletin(
        id=id,
        title=title,
        kind=kind,
        priority=priority,
        date=date,
        source_text="\n".join(" ".join(w.split()) for w in written if w.strip()),
        reading=reading,
        syllables=timing.syllables,
        seconds=timing.seconds,
        warnings=warnings,
        until=until,
        sample=sample,
        rate=rate,
        dialect=reader.dialect,
    )


def _places(paras: Sequence[Para]) -> list[str]:
    """Where each paragraph's warnings point, as :meth:`Reader.read` locates them."""
    return [f"{p.source}:{p.line or n}" for n, p in enumerate(paras, start=1)]


def _with_cap_warnings(bulletin: Bulletin, stations: Sequence[Station]) -> Bulletin:
    warnings = list(bulletin.warnings)
    for station in stations:
        seconds = script_estimate(bulletin, station).seconds
        if seconds > station.cap_minutes * 60:
            warnings.append(
                f"bản tin {bulletin.id} ({station.name}): {format_duration(seconds)}, "
                f"vượt giới hạn {station.cap_minutes} phút"
            )
    return dataclasses.replace(bulletin, warnings=warnings)


def build_bulletins(
    campaign: Campaign,
    news: Sequence[tuple[Document, NewsMeta]],
    profiles: Sequence[tuple[Document, ProfileMeta]],
    *,
    today: dt.date,
    include_samples: bool = False,
    source: Source | None = None,
) -> list[Bulletin]:
    """All bulletins of a campaign: the plan, the slogans, each event, then the
    news marked ``broadcast: true`` (oldest first) and the profiles.

    ``source`` is campaign.yml as parsed: a warning about a composed bulletin
    then points at the field its words come from (``campaign.yml:12: …``).

    ``today`` is the build date: an event already past by then is not announced
    any more. News keep their own date; the schedule airs them from that day.
    """
    settings = campaign.broadcast
    rate = settings.rate
    abbreviations = unit_abbreviations(campaign)
    names = sorted({u.name for u in campaign.units}, key=len, reverse=True)
    reader = Reader(settings.dialect, abbreviations, names)
    rewrites = _Rewrites(settings.rewrites, reader)

    def composed(
        id: str,
        title: str,
        kind: Kind,
        priority: Priority,
        paras: list[Para],
        date: dt.date | None = None,
        until: dt.date | None = None,
    ) -> Bulletin:
        spoken, warnings = reader.read(paras)
        return _bulletin(
            id=id,
            title=title,
            kind=kind,
            priority=priority,
            date=date,
            until=until,
            written=[p.text for p in paras],
            spoken=spoken,
            places=_places(paras),
            warnings=warnings,
            reader=reader,
            rate=rate,
            rewrites=rewrites,
        )

    plan = campaign.plan
    theme = campaign.stated_theme

    def said_length(text: str) -> int:
        """Syllables as the reader says ``text`` (digits and abbreviations read out)."""
        return count_syllables(reader.read([Para(text, "")])[0][0])

    def plan_paras(*, theme: bool = True, notes: list[str] | None = None) -> list[Para]:
        fields = _Fields(source, "bản tin ke-hoach")
        return _plan_paras(
            campaign, include_samples, fields, today, theme=theme, length=said_length, notes=notes
        )

    def slogan_paras(*, theme: bool = True) -> list[Para]:
        fields = _Fields(source, "bản tin khau-hieu")
        return _slogan_paras(campaign, include_samples, fields, theme=theme)

    def short(id: str, paras: list[Para]) -> str:
        """The body without the theme, for a session that has said it already."""
        return composed(id, "", "ke-hoach", "thông thường", paras).reading

    # "V/V" is the letterhead's shorthand for "về việc": the page writes it out.
    named = re.sub(r"^[Vv]/[Vv]\s+", "về việc ", lower_first(spoken_title(campaign)))
    title = f"{plan.kind} {named}"
    internal: list[str] = []
    plan_bulletin = composed(
        "ke-hoach", title, "ke-hoach", settings.plan_priority, plan_paras(notes=internal)
    )
    bulletins = [dataclasses.replace(plan_bulletin, warnings=plan_bulletin.warnings + internal)]
    if theme:
        after = short("ke-hoach", plan_paras(theme=False))
        bulletins[0] = dataclasses.replace(bulletins[0], says_theme=True, after_theme=after)
    # A plan with neither theme nor slogans (a conference) has nothing to chant.
    slogans = [s for s in campaign.slogans if include_samples or not s.sample]
    if theme or slogans:
        chant = composed(
            "khau-hieu",
            "Chủ đề và khẩu hiệu tuyên truyền",
            "khau-hieu",
            "thông thường",
            slogan_paras(),
        )
        if theme:
            # Only the theme and no other slogan: nothing is left to read.
            chanted = _chanted(campaign, slogans)
            rest = short("khau-hieu", slogan_paras(theme=False)) if chanted else ""
            chant = dataclasses.replace(chant, says_theme=True, after_theme=rest)
        bulletins.append(chant)
    for index, event in enumerate(campaign.events):
        if event.last_day < today:
            continue
        bulletin_id = f"su-kien-{event.id}"
        start, until = _announced(event)
        fields = _Fields(source, f"bản tin {bulletin_id}")
        internal = []
        notice = composed(
            bulletin_id,
            event.name,
            "ke-hoach",
            "ưu tiên",
            _event_paras(campaign, event, fields, today, ("events", index), internal),
            date=start,
            until=until,
        )
        bulletins.append(dataclasses.replace(notice, warnings=notice.warnings + internal))
    posts = [(d, m) for d, m in news if m.broadcast and (include_samples or not m.sample)]
    for document, meta in sorted(posts, key=lambda p: (p[1].date, p[0].src_uri)):
        span = _anniversary_span(campaign)
        bulletins.append(_news_bulletin(document, meta, reader, rate, span, rewrites))
    for document, profile in sorted(profiles, key=lambda p: p[0].src_uri):
        if include_samples or not profile.sample:
            bulletins.append(_profile_bulletin(document, profile, reader, rate, rewrites))
    # A rewrite that found nothing (the plan's text changed since, or a typo) is
    # named where it is declared, with the first bulletin's notes; so is a fact of
    # the plan left unsaid because it is still a blank.
    unused = _unsaid_facts(campaign, source) + rewrites.unused(source, [b.id for b in bulletins])
    unused += _open_end_notes(campaign, source)
    if unused:
        bulletins[0] = dataclasses.replace(bulletins[0], warnings=bulletins[0].warnings + unused)
    stations = stations_of(campaign)
    return [_with_cap_warnings(b, stations) for b in bulletins]


def project_bulletins(project: Project, *, include_samples: bool = False) -> list[Bulletin]:
    """The bulletins of a loaded project, built for its own date, warnings located in
    its campaign.yml: what a site build airs (the one call of the build, the
    ``broadcast check`` command and the measuring scripts)."""
    return build_bulletins(
        project.campaign,
        project.news,
        project.profiles,
        today=project.today,
        include_samples=include_samples,
        source=project.source,
    )


def editor_notes(bulletins: Sequence[Bulletin]) -> list[str]:
    """Every bulletin's warnings once each, in bulletin order: the editor's proof list.

    An event is read in the plan bulletin and in its own notice: a doubt about
    its campaign.yml line is listed once. Never shown on the public page.
    """
    return list(dict.fromkeys(w for b in bulletins for w in b.warnings))
