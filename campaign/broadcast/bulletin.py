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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal

from ..content.dates import WEEKDAYS, short_date
from ..content.frontmatter import Document
from ..content.model import Activity, Campaign, Event, Priority, Station
from ..content.schemas import NewsMeta, ProfileMeta
from ..content.text import slugify
from .numbers import Dialect, read_ordinal
from .reading import normalize, normalize_lines

__all__ = [
    "CLAUSE_PAUSE",
    "DEFAULT_STATION",
    "EVENT_LEAD_DAYS",
    "PRIORITY_RANK",
    "SAMPLE_NOTICE",
    "SENTENCE_PAUSE",
    "Bulletin",
    "Estimate",
    "Kind",
    "broadcast_period",
    "build_bulletins",
    "count_syllables",
    "estimate",
    "format_duration",
    "script",
    "script_estimate",
    "stations_of",
    "unit_abbreviations",
]

Kind = Literal["ke-hoach", "tin-tuc", "guong-dien-hinh", "khau-hieu"]

# Seconds of silence an announcer leaves at a sentence end (. ! ?) and at a
# clause break (, ; :). Measured readings of Vietnamese radio news run at
# about 200 syllables a minute with these breaths on top; together they make
# the estimate land within a few seconds per minute of a human reading.
SENTENCE_PAUSE = 0.5
CLAUSE_PAUSE = 0.3

# An event is announced from this many days before it up to the day itself:
# a week lets people arrange to come without the notice going stale.
EVENT_LEAD_DAYS = 7

PRIORITY_RANK: Mapping[str, int] = {"khẩn cấp": 0, "ưu tiên": 1, "thông thường": 2}


SAMPLE_NOTICE = "Lưu ý: đây là nội dung minh họa, không có thật."

# Used when a campaign names no station, so a small campaign still gets scripts.
DEFAULT_STATION = Station(
    id="loa",
    name="Hệ thống loa truyền thanh",
    opening="Kính thưa bà con nhân dân.",
    closing="Bản tin đến đây là kết thúc. Xin cảm ơn bà con đã lắng nghe.",
)


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

    @property
    def paragraphs(self) -> list[str]:
        return self.reading.split("\n")


@dataclass(frozen=True)
class Estimate:
    syllables: int
    seconds: float


# --- timing ------------------------------------------------------------------

_SYLLABLE_SPLIT = re.compile(r"[\s-]+")
_SENTENCE_END = re.compile(r"[.!?]+")
_CLAUSE_BREAK = re.compile(r"[,;:]")


def count_syllables(text: str) -> int:
    """Written tokens that contain a letter; a Vietnamese syllable is one token.

    Hyphens split too, since loanwords are written "ki-lô-mét": three syllables.
    """
    return sum(1 for t in _SYLLABLE_SPLIT.split(text) if any(c.isalpha() for c in t))


def estimate(text: str, rate: int) -> Estimate:
    """Reading time of spoken ``text`` at ``rate`` syllables a minute, pauses included."""
    syllables = count_syllables(text)
    pauses = (
        len(_SENTENCE_END.findall(text)) * SENTENCE_PAUSE
        + len(_CLAUSE_BREAK.findall(text)) * CLAUSE_PAUSE
    )
    return Estimate(syllables, round(syllables / rate * 60 + pauses, 1))


def format_duration(seconds: float) -> str:
    """``130`` → "2 phút 10 giây", ``45`` → "45 giây", ``120`` → "2 phút"."""
    total = int(seconds + 0.5)
    minutes, rest = divmod(total, 60)
    if not minutes:
        return f"{rest} giây"
    return f"{minutes} phút {rest} giây" if rest else f"{minutes} phút"


# --- station formulas ----------------------------------------------------------


def stations_of(campaign: Campaign) -> list[Station]:
    return list(campaign.broadcast.stations) or [DEFAULT_STATION]


def _formula(text: str, dialect: Dialect) -> str:
    return _speakable(normalize(" ".join(text.split()), dialect=dialect).text)


def script(bulletin: Bulletin, station: Station) -> str:
    """The full script read at ``station``: opening, body paragraphs, closing."""
    return "\n".join(
        [
            _formula(station.opening, bulletin.dialect),
            bulletin.reading,
            _formula(station.closing, bulletin.dialect),
        ]
    )


def script_estimate(bulletin: Bulletin, station: Station) -> Estimate:
    return estimate(script(bulletin, station), bulletin.rate)


# --- listen-proofing -----------------------------------------------------------

_PARENS = re.compile(r"\s*\(([^()]*)\)")
_SPACED_DASH = re.compile(r"(\w+) - (\w+)")
_ELLIPSIS = re.compile(r"\s*\.{2,}")
_PUNCT_RUN = re.compile(r"\s*([,;:])(?:\s*[,;:])*\s*(?=[.!?])|([,;:])(?:\s*[,;:])+")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?])")
_TERMINAL = ".!?"


def _dash(m: re.Match[str]) -> str:
    # "kinh tế - xã hội" is one compound, said without a break; "Việt Nam -
    # bảy mươi năm" joins two phrases, and the listener needs the pause.
    left, right = m[1], m[2]
    if left[:1].islower() and right[:1].islower():
        return f"{left} {right}"
    return f"{left}, {right}"


def _punct_run(m: re.Match[str]) -> str:
    return "" if m[1] else (m[2] or "")


def _speakable(text: str) -> str:
    """Tidy a spoken line for the ear: asides as comma pauses, no dangling marks."""
    text = _PARENS.sub(lambda m: f", {m[1].strip()},", text)
    text = _SPACED_DASH.sub(_dash, text)
    text = _ELLIPSIS.sub("", text)
    text = _SPACE_BEFORE.sub("", _SPACES.sub(" ", text))
    text = _PUNCT_RUN.sub(_punct_run, text)
    text = text.strip(" ,;")
    if text and text[-1] not in _TERMINAL + ":":
        text += "."
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def _lower_first(text: str) -> str:
    """Lower a sentence's first letter, unless the word is an abbreviation or name."""
    text = " ".join(text.split())
    first = text.split(" ", 1)[0]
    # "Ở xã" is a word of one letter; "UBND" and "TP." are not lowered.
    if first[:1].isupper() and (first[1:].islower() or (len(first) == 1 and first.isalpha())):
        return text[0].lower() + text[1:]
    return text


def _sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(" ;,")
    return text if text[-1:] in _TERMINAL + ":" else text + "."


# The normalizer drops quotation marks, and with them the edge of a quoted
# title: "chủ đề “…lời Bác” theo kế hoạch" would run on. A comma keeps the pause.
_CLOSING_QUOTE = re.compile(r"([”»])(?=\s+[^\W\d_])")


def _mark_quotes(text: str) -> str:
    return _CLOSING_QUOTE.sub(r"\1,", text)


_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def _drop_repeated_asides(text: str, seen: set[str]) -> str:
    """Say a bracketed aside once per bulletin.

    Plans repeat "(27/02/1955 - 27/02/2025)" after every mention of the
    anniversary; the eye skips it, the ear has to sit through two dates again.
    """

    def aside(m: re.Match[str]) -> str:
        key = " ".join(m[1].split())
        if key in seen:
            return ""
        seen.add(key)
        return m[0]

    return _ASIDE.sub(aside, text)


# --- reading with located warnings -----------------------------------------------


@dataclass(frozen=True)
class _Para:
    """A written paragraph and where a warning about it should point."""

    text: str
    source: str
    line: int = 0


@dataclass
class _Reader:
    dialect: Dialect
    abbreviations: Mapping[str, str]
    unit_names: Sequence[str]

    def read(
        self, paras: Iterable[_Para], seen: set[str] | None = None
    ) -> tuple[list[str], list[str]]:
        """Spoken paragraphs and located warnings; ``seen`` collects asides said."""
        seen = set() if seen is None else seen
        spoken: list[str] = []
        warnings: list[str] = []
        for number, para in enumerate(paras, start=1):
            text = _drop_repeated_asides(_mark_quotes(" ".join(para.text.split())), seen)
            reading = normalize(
                text, dialect=self.dialect, abbreviations=self.abbreviations, source=para.source
            )
            line = para.line or number
            warnings += [str(dataclasses.replace(w, line=line)) for w in reading.warnings]
            spoken.append(self.tidy(reading.text))
        return spoken, warnings

    def tidy(self, text: str) -> str:
        return _speakable(_dedupe_names(text, self.unit_names))


def unit_abbreviations(campaign: Campaign) -> dict[str, str]:
    """Each unit's own abbreviations ("TTYT", "UBND huyện") mapped to its full name."""
    return {a: u.name for u in campaign.units for a in u.abbreviations}


def _dedupe_names(text: str, names: Sequence[str]) -> str:
    """ "UBND huyện Văn Quan" expands to the unit's full name, which already ends
    in "Văn Quan": drop the repeated tail so the name is said once."""
    for name in names:
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            tail = " ".join(words[-k:])
            text = re.sub(rf"{re.escape(name)}\s+{re.escape(tail)}(?!\w)", name, text)
    return text


# --- campaign bulletins ----------------------------------------------------------


def _window(start: dt.date, end: dt.date) -> str:
    """Written so the normalizer says it the announcer's way ("từ ngày mồng một đến …")."""
    if start == end:
        return f"ngày {short_date(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"từ ngày {start.day:02d} - {short_date(end)}"
    if start.year == end.year:
        return f"từ ngày {start.day:02d}/{start.month:02d} - {short_date(end)}"
    return f"từ ngày {short_date(start)} đến ngày {short_date(end)}"


def _communication_activity(campaign: Campaign) -> Activity | None:
    """The activity that carries the campaign's topics and channels (the propaganda)."""
    return next((a for a in campaign.activities if a.includes and a.when), None)


def broadcast_period(campaign: Campaign) -> tuple[dt.date, dt.date] | None:
    """Days bulletins go on air: the broadcast period, else the communication
    activity's focus window, else the span of all dated activities."""
    period = campaign.broadcast.period
    if period is not None:
        return period.start, period.last
    activity = _communication_activity(campaign)
    if activity and activity.when and activity.when.focus_start and activity.when.focus_end:
        return activity.when.focus_start, activity.when.focus_end
    windows = [(a.when.start, a.when.last) for a in campaign.activities if a.when is not None]
    if not windows:
        # A plan with no dated activity (a conference): air while its events are announced.
        windows = [_announced(e) for e in campaign.events]
    if not windows:
        return None
    return min(w[0] for w in windows), max(w[1] for w in windows)


def _announced(event: Event) -> tuple[dt.date, dt.date]:
    """Days an event is announced on air: from a week before it to its (last possible) day."""
    return event.first_day - dt.timedelta(days=EVENT_LEAD_DAYS), event.last_day


def _anniversary(campaign: Campaign) -> str | None:
    anniversary = campaign.anniversary
    if anniversary is None:
        return None
    if anniversary.since is None or not anniversary.years:
        return anniversary.name
    return (
        f"{anniversary.years} năm {anniversary.name} "
        f"({short_date(anniversary.since)} - {short_date(anniversary.date)})"
    )


def _event_sentence(campaign: Campaign, event: Event) -> str:
    if event.date is not None:
        when = f"{WEEKDAYS[event.date.weekday()]}, ngày {short_date(event.date)}"
    else:
        when = f"tháng {event.first_day.month}/{event.first_day.year}"
    if event.time:
        when = f"{event.time}, {when}"
    verb = "dự kiến được tổ chức" if event.tentative or event.date is None else "được tổ chức"
    sentence = f"{event.name} {verb} vào {when}"
    if event.place:
        sentence += f", tại {event.place}"
    if event.combined:
        sentence += ", gắn với " + " và ".join(_lower_first(c.name) for c in event.combined)
    return sentence + "."


def _plan_paras(campaign: Campaign, include_samples: bool, source: str) -> list[_Para]:
    plan = campaign.plan
    reference = plan.kind
    if plan.number:
        reference += f" số {plan.number}"
    if plan.date:
        reference += f" ngày {short_date(plan.date)}"
    period = broadcast_period(campaign)
    window = f" {_window(*period)}" if period else ""
    # Two sentences rather than one: the plan's title often carries its own
    # dates, and a second date range in the same breath loses the listener.
    if campaign.activities:
        paras = [
            f"Thực hiện {reference} của {plan.issuer} về {_lower_first(plan.title)}, "
            f"các cơ quan, đơn vị tập trung tuyên truyền{window}."
        ]
    else:
        # Nothing for people to take part in (a conference plan): say what the plan is.
        # "<number> của <issuer>" also keeps the reader from naming the issuer twice.
        paras = [f"Xin giới thiệu {reference} của {plan.issuer} về {_lower_first(plan.title)}."]
    if campaign.stated_theme:
        paras.append(f"Chủ đề tuyên truyền là: {campaign.stated_theme}.")
    for number, purpose in enumerate(plan.purposes):
        paras.append(f"Kế hoạch nhằm {_lower_first(purpose)}" if number == 0 else purpose)
    activities = [a for a in campaign.activities if include_samples or not a.sample]
    if activities:
        paras.append("Các hoạt động chính của Kế hoạch gồm:")
    for number, activity in enumerate(activities, start=1):
        text = f"Thứ {read_ordinal(number)}, {_lower_first(activity.name)}"
        if activity.lead:
            text += f", do {campaign.unit_name(activity.lead)} chủ trì"
        when = activity.when
        if when is not None:
            text += f", thực hiện {_window(when.start, when.last)}"
            if when.focus_start and when.focus_end:
                text += f", tập trung {_window(when.focus_start, when.focus_end)}"
        paras.append(_sentence(text))
    for event in campaign.events:
        paras.append(_event_sentence(campaign, event))
    if activities:
        paras.append(
            f"{plan.issuer} đề nghị các cơ quan, đơn vị và bà con nhân dân trên địa bàn "
            "tích cực hưởng ứng, tham gia các hoạt động theo Kế hoạch."
        )
    return [_Para(_sentence(p), source) for p in paras]


def _slogan_paras(campaign: Campaign, include_samples: bool, source: str) -> list[_Para]:
    anniversary = _anniversary(campaign)
    intro = "Xin giới thiệu với bà con chủ đề và các khẩu hiệu tuyên truyền."
    if anniversary:
        intro = f"Hưởng ứng kỷ niệm {anniversary}, " + _lower_first(intro)
    paras = [intro]
    if campaign.stated_theme:
        paras.append(f"Chủ đề tuyên truyền: {campaign.stated_theme}.")
    theme = _fold_text(campaign.stated_theme or "")
    slogans = [
        s
        for s in campaign.slogans
        if (include_samples or not s.sample) and _fold_text(s.text) != theme
    ]
    if slogans:
        paras.append("Các khẩu hiệu tuyên truyền:")
    for slogan in slogans:
        text = " ".join(slogan.text.split())
        paras.append(text if text[-1:] in _TERMINAL else text + "!")
    return [_Para(p, source) for p in paras]


def _series(items: Sequence[str]) -> str:
    """Listed items read as one sentence: "a; b; c", each without its own full stop."""
    return "; ".join(_lower_first(i.rstrip(" .;,")) for i in items)


def _fold_text(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _event_paras(campaign: Campaign, event: Event, source: str) -> list[_Para]:
    paras = [f"Thông báo về {_lower_first(event.name)}."]
    issuer = campaign.plan.issuer
    fact = f"Theo {campaign.plan.kind} của {issuer}, " + _lower_first(
        _event_sentence(campaign, event)
    )
    # The issuer was just named: "do <the same body> tổ chức" would say it twice.
    if event.organizer and campaign.unit_name(event.organizer) != issuer:
        maybe = "dự kiến " if event.tentative or event.date is None else ""
        fact = fact.replace(
            f" {maybe}được tổ chức",
            f" do {campaign.unit_name(event.organizer)} {maybe}tổ chức",
            1,
        )
    if event.duration:
        fact = fact.removesuffix(".") + f", trong {event.duration}."
    paras.append(fact)
    if event.agenda:
        items = [f"{a.time} {a.item}" if a.time else a.item for a in event.agenda]
        paras.append("Chương trình gồm: " + _series(items) + ".")
    for group in event.participants:
        # Items often contain commas themselves ("Phòng Y tế; Trung tâm Y tế"): semicolons.
        paras.append(f"Thành phần tham dự {_lower_first(group.level)}: " + _series(group.who))
    if event.note:
        paras.append(event.note)
    paras.append("Trân trọng thông báo.")
    return [_Para(_sentence(p), source) for p in paras]


# --- news and profiles -------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?-->")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s")
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")
_FENCE_LINE = re.compile(r"^\s*(?:```|~~~)")
_TABLE_LINE = re.compile(r"^\s*\|")


def _body_lines(body: str) -> list[str]:
    """Body lines with what is not heard blanked, keeping line numbers for warnings."""
    lines = body.replace("\r\n", "\n").split("\n")
    out: list[str] = []
    in_comment = in_fence = False
    for line in lines:
        if _FENCE_LINE.match(line):
            in_fence = not in_fence
            out.append("")
            continue
        if in_fence or _TABLE_LINE.match(line):
            out.append("")
            continue
        line = _COMMENT.sub("", line)
        if in_comment:
            end = line.find("-->")
            in_comment = end < 0
            line = "" if in_comment else line[end + 3 :]
        start = line.find("<!--")
        if start >= 0:
            in_comment, line = True, line[:start]
        out.append(_IMAGE.sub("", line))
    return out


def _news_paragraphs(
    document: Document, reader: _Reader, seen: set[str]
) -> tuple[list[str], list[str], list[str]]:
    """Written paragraphs, spoken paragraphs and warnings of a post's body."""
    lines = _body_lines(document.body)
    reading = normalize_lines(
        [_drop_repeated_asides(_mark_quotes(line), seen) for line in lines],
        dialect=reader.dialect,
        abbreviations=reader.abbreviations,
        source=document.display,
    )
    offset = document.body_start - 1
    warnings = [str(dataclasses.replace(w, line=w.line + offset)) for w in reading.warnings]
    written: list[str] = []
    spoken: list[str] = []
    buf_w: list[str] = []
    buf_s: list[str] = []

    def flush() -> None:
        if buf_s:
            written.append(" ".join(buf_w))
            spoken.append(reader.tidy(" ".join(buf_s)))
        buf_w.clear()
        buf_s.clear()

    for raw, said in zip(lines, reading.lines, strict=True):
        if not said.strip():
            flush()
            continue
        # A heading or a list item starts its own paragraph: a new line to the eye,
        # a breath to the ear.
        if _HEADING_LINE.match(raw) or _LIST_LINE.match(raw):
            flush()
        buf_w.append(raw.strip())
        buf_s.append(said)
        if _HEADING_LINE.match(raw):
            flush()
    flush()
    return written, spoken, warnings


def _news_bulletin(document: Document, meta: NewsMeta, reader: _Reader, rate: int) -> Bulletin:
    title_line = document.line("title")
    paras = [_Para(meta.title, document.display, title_line)]
    if meta.sample:
        paras.insert(0, _Para(SAMPLE_NOTICE, document.display, title_line))
    seen: set[str] = set()
    head_spoken, warnings = reader.read(paras, seen)
    body_written, body_spoken, body_warnings = _news_paragraphs(document, reader, seen)
    written = [p.text for p in paras] + body_written
    slug = meta.slug or slugify(PurePosixPath(document.src_uri).stem)
    return _bulletin(
        id=f"tin-tuc-{slug}",
        title=" ".join(meta.title.split()),
        kind="tin-tuc",
        priority=meta.priority,
        date=meta.date,
        written=written,
        spoken=[_sentence(s) for s in head_spoken] + body_spoken,
        warnings=warnings + body_warnings,
        sample=meta.sample,
        reader=reader,
        rate=rate,
    )


_AWARDS = ("Bằng khen", "Giấy khen", "Huân chương", "Huy chương", "Kỷ niệm chương")


def _profile_bulletin(
    document: Document, meta: ProfileMeta, reader: _Reader, rate: int
) -> Bulletin:
    src = document.display
    honour = meta.honour if meta.honour.startswith(_AWARDS) else f"danh hiệu {meta.honour}"
    who = ", ".join(p for p in (meta.name, meta.position, meta.workplace, meta.commune) if p)
    year = f" năm {meta.year}" if meta.year else ""
    paras = [
        _Para("Giới thiệu gương điển hình tiên tiến.", src, 1),
        _Para(f"{who}, được tặng {honour}{year}.", src, document.line("name")),
    ]
    if meta.sample:
        paras.insert(0, _Para(SAMPLE_NOTICE, src, document.line("sample")))
    if meta.achievements:
        paras.append(_Para("Thành tích tiêu biểu:", src, document.line("achievements")))
    for number, achievement in enumerate(meta.achievements):
        line = document.source.line(("achievements", number))
        paras.append(_Para(_sentence(achievement), src, line))
    if meta.quote:
        paras.append(_Para(f"{meta.name} tâm niệm: {meta.quote}", src, document.line("quote")))
    spoken, warnings = reader.read(paras)
    return _bulletin(
        id=f"guong-dien-hinh-{slugify(PurePosixPath(document.src_uri).stem)}",
        title=f"Gương điển hình: {meta.name}",
        kind="guong-dien-hinh",
        priority="thông thường",
        date=None,
        written=[p.text for p in paras],
        spoken=spoken,
        warnings=warnings,
        sample=meta.sample,
        reader=reader,
        rate=rate,
    )


def _bulletin(
    *,
    id: str,
    title: str,
    kind: Kind,
    priority: Priority,
    date: dt.date | None,
    written: list[str],
    spoken: list[str],
    warnings: list[str],
    reader: _Reader,
    rate: int,
    until: dt.date | None = None,
    sample: bool = False,
) -> Bulletin:
    reading = "\n".join(s for s in spoken if s)
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
) -> list[Bulletin]:
    """All bulletins of a campaign: the plan, the slogans, each event, then the
    news marked ``broadcast: true`` (oldest first) and the profiles.

    ``today`` is the build date: an event already past by then is not announced
    any more. News keep their own date; the schedule airs them from that day.
    """
    settings = campaign.broadcast
    rate = settings.rate
    abbreviations = unit_abbreviations(campaign)
    names = sorted({u.name for u in campaign.units}, key=len, reverse=True)
    reader = _Reader(settings.dialect, abbreviations, names)

    def composed(
        id: str,
        title: str,
        kind: Kind,
        priority: Priority,
        paras: list[_Para],
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
            warnings=warnings,
            reader=reader,
            rate=rate,
        )

    plan = campaign.plan
    bulletins = [
        composed(
            "ke-hoach",
            f"{plan.kind} {_lower_first(plan.title)}",
            "ke-hoach",
            settings.plan_priority,
            _plan_paras(campaign, include_samples, "bản tin ke-hoach"),
        )
    ]
    # A plan with neither theme nor slogans (a conference) has nothing to chant.
    if campaign.stated_theme or any(include_samples or not s.sample for s in campaign.slogans):
        bulletins.append(
            composed(
                "khau-hieu",
                "Chủ đề và khẩu hiệu tuyên truyền",
                "khau-hieu",
                "thông thường",
                _slogan_paras(campaign, include_samples, "bản tin khau-hieu"),
            )
        )
    for event in (e for e in campaign.events if e.last_day >= today):
        bulletin_id = f"su-kien-{event.id}"
        start, until = _announced(event)
        bulletins.append(
            composed(
                bulletin_id,
                event.name,
                "ke-hoach",
                "ưu tiên",
                _event_paras(campaign, event, f"bản tin {bulletin_id}"),
                date=start,
                until=until,
            )
        )
    posts = [(d, m) for d, m in news if m.broadcast and (include_samples or not m.sample)]
    for document, meta in sorted(posts, key=lambda p: (p[1].date, p[0].src_uri)):
        bulletins.append(_news_bulletin(document, meta, reader, rate))
    for document, profile in sorted(profiles, key=lambda p: p[0].src_uri):
        if include_samples or not profile.sample:
            bulletins.append(_profile_bulletin(document, profile, reader, rate))
    stations = stations_of(campaign)
    return [_with_cap_warnings(b, stations) for b in bulletins]
