"""The page for commune loudspeaker stations: today's sessions, downloads, the schedule.

Each of the day's sessions plays in the page as the station airs it (one
opening, its bulletins, one closing), and so does each bulletin on its own for
the editor (``<audio preload="none">``: nothing is downloaded until someone
presses play). The schedule is a short list per day, one line a session with a
link to its recording, so a phone never scrolls sideways. Durations and
syllable counts shown side by side are those of one and the same script.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from ..broadcast.files import SCHEDULE_FILE, SLOT_FOLDER, ExportedFile
from ..broadcast.timing import format_duration
from ..content.dates import WEEKDAYS, long_date, short_date
from ..content.model import Campaign
from ..publish.markdown import esc, front_matter
from .common import kind_word

if TYPE_CHECKING:  # the reader is loaded only when bulletins are composed
    from ..broadcast.bulletin import Bulletin
    from ..broadcast.schedule import Schedule, Slot

__all__ = ["FOLDER", "PATH", "render"]

FOLDER = "truyen-thanh/"
PATH = FOLDER + "index.md"

_LABEL = {
    "bulletin-txt": "Văn bản (.txt)",
    "bulletin-docx": "Bản in (.docx)",
    "bulletin-mp3": "Âm thanh (.mp3)",
}


# A title in the schedule is a link to the bulletin: its first words say which.
SHORT_TITLE = 60


def _short(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= SHORT_TITLE:
        return title
    cut = title[:SHORT_TITLE].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-(") + "…"


# The recording of each session: (station id, "YYYY-MM-DD HH:MM") → its MP3.
Sounds = Mapping[tuple[str, str], ExportedFile]


def _slot_scripts(slots: Sequence[Slot]) -> str:
    """Links to each station's script of the session, with its duration."""
    links = []
    for slot in slots:
        path = f"{slot.station.id}/{SLOT_FOLDER}/{slot.file_name}"
        label = f"{slot.station.name}, {format_duration(slot.seconds)}"
        links.append(f'<a href="{html.escape(path)}" download>{html.escape(label)}</a>')
    return " · ".join(links)


def _slot_links(slots: Sequence[Slot], sounds: Sounds) -> str:
    """Links to each station's recording of the session (the browser plays it)."""
    links = []
    for slot in slots:
        sound = sounds.get((slot.station.id, slot.stamp))
        if sound is not None:
            name = html.escape(slot.station.name)
            links.append(f'<a href="{html.escape(sound.path)}">{name}</a>')
    return ". Nghe: " + " · ".join(links) if links else ""


def _players(slots: Sequence[Slot], sounds: Sounds) -> list[str]:
    """A player for each station's recording of the session, saved under the
    session's own name (``2025-02-12-0600.mp3``)."""
    out = []
    for slot in slots:
        sound = sounds.get((slot.station.id, slot.stamp))
        if sound is None:
            continue
        label = html.escape(f"Nghe buổi phát {slot.label}", quote=True)
        saved = html.escape(slot.file_name.removesuffix(".txt") + ".mp3", quote=True)
        # The station first, then its player: a phone stacks them, the name heads it.
        out.append(
            f'\n    <a class="cp-audio__file" href="{html.escape(sound.path)}" download="{saved}">'
            f"Âm thanh cả buổi, {html.escape(slot.station.name)} (giọng máy, "
            f"{format_duration(sound.seconds or slot.seconds)})</a>"
            f'\n    <audio class="cp-audio" controls preload="none" '
            f'src="{html.escape(sound.path)}" aria-label="{label}"></audio>\n'
        )
    return out


def _titles(slot: Slot) -> str:
    return "; ".join(f"[{esc(_short(b.title))}](#{b.id})" for b in slot.bulletins)


def _session_lines(slots: Sequence[Slot], sounds: Sounds, *, scripts: bool) -> list[str]:
    """One line a session time: what is read (the same at every station, or per
    station when they differ). With ``scripts`` (the day shown), each station's
    script and its length, and its recording in a player; otherwise a link to
    each station's recording."""
    lines = []
    for time in sorted({s.time for s in slots}):
        at = [s for s in slots if s.time == time]
        groups = [at] if len({_programme(s) for s in at}) == 1 else [[s] for s in at]
        for group in groups:
            where = "" if len(groups) == 1 else f" · {esc(group[0].station.name)}"
            line = f"- **{time}**{where}: {_titles(group[0])}"
            if scripts:
                line += f". Kịch bản: {_slot_scripts(group)}"
                lines.append(line)
                lines += _players(group, sounds)
            else:
                lines.append(line + _slot_links(group, sounds))
    return lines


def _programme(slot: Slot) -> tuple[str, ...]:
    return tuple(b.id for b in slot.bulletins)


def _day_label(day: dt.date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {short_date(day)}"


def _schedule_by_days(schedule: Schedule, sounds: Sounds) -> list[str]:
    """The schedule as a short list: consecutive days that hear the same sessions
    are one entry ("Từ … đến …, mỗi ngày"), each session one line."""

    def key(day: dt.date) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        return tuple((s.time, s.station.id, _programme(s)) for s in by_day[day])

    by_day: dict[dt.date, list[Slot]] = {}
    for slot in schedule.slots:
        by_day.setdefault(slot.day, []).append(slot)
    runs: list[list[dt.date]] = []
    for day in sorted(by_day):
        last = runs[-1][-1] if runs else None
        if last is not None and (day - last).days == 1 and key(day) == key(last):
            runs[-1].append(day)
        else:
            runs.append([day])
    out = []
    for run in runs:
        if len(run) == 1:
            out.append(f"**{_day_label(run[0])}**\n")
        else:
            out.append(f"**Từ {_day_label(run[0])} đến {_day_label(run[-1])}** (mỗi ngày)\n")
        out += _session_lines(by_day[run[0]], sounds, scripts=False)
        out.append("")
    return out


def _day_shown(schedule: Schedule, today: dt.date) -> dt.date | None:
    """Today inside the period; otherwise the period's nearest day."""
    if schedule.period is None:
        return None
    start, end = schedule.period
    return min(max(today, start), end)


def render(
    campaign: Campaign,
    bulletins: Sequence[Bulletin],
    schedule: Schedule,
    files: Sequence[ExportedFile],
    today: dt.date,
) -> str:
    from ..broadcast.bulletin import period_basis
    from ..broadcast.stations import stations_of

    out = [
        front_matter(
            title="Bản tin cho đài truyền thanh",
            description="Bản tin đọc trên loa: văn bản, bản in, âm thanh và lịch phát.",
        ),
        "# Bản tin cho đài truyền thanh\n",
        "Bản tin viết để đọc trên loa: số, ngày tháng, chữ viết tắt đã được viết thành lời. "
        "Tệp **.txt** dùng cho loa thông minh đọc tự động; tệp **.docx** in cho phát thanh "
        "viên (khổ A4, chữ Times New Roman 14); tệp **.mp3** là giọng đọc máy, mỗi buổi phát "
        "một tệp (một lời mở đầu, các bản tin của buổi, một lời kết thúc) để phát ngay. "
        f"Thời lượng ước tính theo tốc độ {campaign.broadcast.rate} âm tiết mỗi phút, "
        "kể cả câu mở đầu và kết thúc của từng đài.\n",
    ]
    if schedule.warnings:
        out.append('!!! warning "Phiên phát vượt thời lượng cho phép"\n')
        out += [f"    - {esc(w)}" for w in schedule.warnings]
        out.append("")
    sounds = {
        (item.station_id or "", stamp): item
        for item in files
        if item.kind == "slot-mp3"
        for stamp in item.slots
    }
    day = _day_shown(schedule, today)
    basis = period_basis(campaign)
    if day is not None:
        start, end = schedule.period or (day, day)
        if start <= today <= end:
            out.append(f"## Bản tin hôm nay ({long_date(day)})\n")
        else:
            # Where the dates stand, not what the stations did: "đã qua", never "đã kết thúc".
            when = "chưa tới" if today < start else "đã qua"
            out.append(f"## Bản tin ngày {short_date(day)}\n")
            out.append(
                f"{_period_text(campaign, basis, start, end)}: thời gian này {when}. "
                f"Dưới đây là lịch của ngày {short_date(day)}.\n"
            )
        out += _session_lines([s for s in schedule.slots if s.day == day], sounds, scripts=True)
        out.append("")
    out.append("## Các bản tin\n")
    out.append(
        "Từng bản tin riêng, với lời mở đầu và kết thúc của đài, để soát và nghe thử "
        "trước khi phát; khi phát, dùng tệp của cả buổi.\n"
    )
    by_bulletin: dict[str, list[ExportedFile]] = {}
    for item in files:
        if item.bulletin_id is not None:
            by_bulletin.setdefault(item.bulletin_id, []).append(item)
    stations = {s.id: s for s in stations_of(campaign)}
    for bulletin in bulletins:
        out.append(f"### {esc(bulletin.title)} {{#{bulletin.id}}}\n")
        out.append(f"Mức ưu tiên: **{bulletin.priority}**.\n")
        for station_id, station in stations.items():
            mine = [f for f in by_bulletin.get(bulletin.id, []) if f.station_id == station_id]
            if not mine:
                continue
            # Duration and syllables of the same file: the script read alone,
            # with this station's opening and closing.
            text = next((f for f in mine if f.kind == "bulletin-txt"), None)
            facts = ""
            if text is not None and text.seconds and text.syllables:
                facts = f" ({format_duration(text.seconds)}, {text.syllables} âm tiết)"
            links = " · ".join(
                f'<a href="{html.escape(f.path)}" download>{_LABEL[f.kind]}</a>'
                for f in mine
                if f.kind in _LABEL
            )
            out.append(f"- {esc(station.name)}{facts}: {links}")
            sound = next((f for f in mine if f.kind == "bulletin-mp3"), None)
            if sound is not None:
                label = html.escape(f"Nghe bản tin {bulletin.title} ({station.name})", quote=True)
                out.append(
                    f'\n    <audio class="cp-audio" controls preload="none" '
                    f'src="{html.escape(sound.path)}" aria-label="{label}"></audio>\n'
                )
        out.append("")
    proposed = basis in ("activities", "events")
    out.append("## Lịch phát thanh do công cụ đề xuất\n" if proposed else "## Lịch phát thanh\n")
    if schedule.slots:
        if proposed and schedule.period is not None:
            out.append(f"{_period_text(campaign, basis, *schedule.period)}.\n")
        out.append(
            f'Tải lịch dạng bảng tính: <a href="{SCHEDULE_FILE}" download>{SCHEDULE_FILE}</a>.\n'
        )
        out.append(
            "Mỗi buổi phát có một lời mở đầu và một lời kết thúc. Kịch bản từng buổi "
            f"(tệp .txt trong thư mục {SLOT_FOLDER} của mỗi đài) và âm thanh của buổi "
            "(“Nghe”) là đúng những gì đọc trong buổi đó; các buổi cùng chương trình "
            "dùng chung một tệp âm thanh. Thời lượng từng buổi có trong lịch dạng bảng tính.\n"
        )
        out += _schedule_by_days(schedule, sounds)
    else:
        kind = esc(kind_word(campaign).lower())
        out.append(f"Chưa có lịch: {kind} không có ngày nào để xếp lịch phát thanh.\n")
    return "\n".join(out).rstrip() + "\n"


def _period_text(campaign: Campaign, basis: str, start: dt.date, end: dt.date) -> str:
    """The broadcast days and where they come from: the tool's proposal says so, and the
    document is named by its own kind word."""
    days = f"từ {short_date(start)} đến {short_date(end)}"
    kind = esc(kind_word(campaign).lower())
    if basis == "declared":
        return f"Đợt phát thanh {days}"
    if basis == "focus":
        return f"Đợt phát thanh {days}, thời gian cao điểm trong {kind}"
    if basis == "activities":
        from ..broadcast.bulletin import dated_span

        first, last = dated_span(campaign) or (start, end)
        # Corpus 33: no day before the plan is issued, and on to the start of a phase
        # that has a start alone (see broadcast_period): said so, not as the span.
        begin = f"từ ngày ban hành {kind}" if start > first else "từ ngày đầu"
        if end > last:
            why = f"{begin} đến ngày bắt đầu của hoạt động chỉ ghi ngày bắt đầu"
        else:
            why = f"{begin} đến ngày cuối của các hoạt động có thời gian trong {kind}"
    else:
        from ..broadcast.bulletin import EVENT_LEAD_DAYS

        why = f"từ {EVENT_LEAD_DAYS} ngày trước mỗi sự kiện đến hết thời gian dự kiến của nó"
    return f"Lịch phát thanh do công cụ đề xuất, {days} ({why})"
