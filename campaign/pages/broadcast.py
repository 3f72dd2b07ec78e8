"""The page for commune loudspeaker stations: today's bulletins, downloads, the schedule."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from ..broadcast.bulletin import EVENT_LEAD_DAYS, Bulletin, period_basis
from ..broadcast.export import SCHEDULE_FILE, ExportedFile
from ..broadcast.schedule import Schedule, schedule_markdown
from ..broadcast.stations import stations_of
from ..broadcast.timing import format_duration
from ..content.dates import long_date, short_date
from ..content.model import Campaign
from ..publish.markdown import esc, front_matter

__all__ = ["FOLDER", "PATH", "render"]

FOLDER = "truyen-thanh/"
PATH = FOLDER + "index.md"

_LABEL = {
    "bulletin-txt": "Văn bản (.txt)",
    "bulletin-docx": "Bản in (.docx)",
    "bulletin-mp3": "Âm thanh (.mp3)",
}


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
    out = [
        front_matter(
            title="Bản tin cho đài truyền thanh",
            description="Bản tin đọc trên loa: văn bản, bản in, âm thanh và lịch phát.",
        ),
        "# Bản tin cho đài truyền thanh\n",
        "Bản tin viết để đọc trên loa: số, ngày tháng, chữ viết tắt đã được viết thành lời. "
        "Tệp **.txt** dùng cho loa thông minh đọc tự động; tệp **.docx** in cho phát thanh "
        "viên (khổ A4, chữ Times New Roman 14); tệp **.mp3** là giọng đọc máy để phát ngay. "
        f"Thời lượng ước tính theo tốc độ {campaign.broadcast.rate} âm tiết mỗi phút, "
        "kể cả câu mở đầu và kết thúc của từng đài.\n",
    ]
    if schedule.warnings:
        out.append('!!! warning "Phiên phát vượt thời lượng cho phép"\n')
        out += [f"    - {esc(w)}" for w in schedule.warnings]
        out.append("")
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
                f"{_period_text(basis, start, end)}: thời gian này {when}. "
                f"Dưới đây là lịch của ngày {short_date(day)}.\n"
            )
        for slot in (s for s in schedule.slots if s.day == day):
            titles = "; ".join(f"[{esc(b.title)}](#{b.id})" for b in slot.bulletins)
            out.append(
                f"- **{slot.time}** · {esc(slot.station.name)}: {titles} "
                f"({format_duration(slot.seconds)})"
            )
        out.append("")
    out.append("## Các bản tin\n")
    by_bulletin: dict[str, list[ExportedFile]] = {}
    for item in files:
        if item.bulletin_id is not None:
            by_bulletin.setdefault(item.bulletin_id, []).append(item)
    stations = {s.id: s for s in stations_of(campaign)}
    for bulletin in bulletins:
        out.append(f"### {esc(bulletin.title)} {{#{bulletin.id}}}\n")
        out.append(f"Mức ưu tiên: **{bulletin.priority}** · {bulletin.syllables} âm tiết.\n")
        for station_id, station in stations.items():
            mine = [f for f in by_bulletin.get(bulletin.id, []) if f.station_id == station_id]
            if not mine:
                continue
            seconds = next((f.seconds for f in mine if f.kind == "bulletin-txt"), None)
            links = " · ".join(
                f'<a href="{html.escape(f.path)}" download>{_LABEL[f.kind]}</a>'
                for f in mine
                if f.kind in _LABEL
            )
            duration = f" ({format_duration(seconds)})" if seconds else ""
            out.append(f"- {esc(station.name)}{duration}: {links}")
        out.append("")
    proposed = basis in ("activities", "events")
    out.append("## Lịch phát thanh do công cụ đề xuất\n" if proposed else "## Lịch phát thanh\n")
    if schedule.slots:
        if proposed and schedule.period is not None:
            out.append(f"{_period_text(basis, *schedule.period)}.\n")
        out.append(
            f'Tải lịch dạng bảng tính: <a href="{SCHEDULE_FILE}" download>{SCHEDULE_FILE}</a>.\n'
        )
        out.append('<details class="cp-schedule" markdown>\n<summary>Xem toàn bộ lịch</summary>\n')
        out.append(schedule_markdown(schedule))
        out.append("</details>\n")
    else:
        out.append("Chưa có lịch: kế hoạch không có ngày nào để xếp lịch phát thanh.\n")
    return "\n".join(out).rstrip() + "\n"


def _period_text(basis: str, start: dt.date, end: dt.date) -> str:
    """The broadcast days and where they come from: the tool's proposal says so."""
    days = f"từ {short_date(start)} đến {short_date(end)}"
    if basis == "declared":
        return f"Đợt phát thanh {days}"
    if basis == "focus":
        return f"Đợt phát thanh {days}, thời gian cao điểm trong kế hoạch"
    if basis == "activities":
        why = "từ ngày đầu đến ngày cuối của các hoạt động có thời gian trong kế hoạch"
    else:
        why = f"từ {EVENT_LEAD_DAYS} ngày trước mỗi sự kiện đến hết thời gian dự kiến của nó"
    return f"Lịch phát thanh do công cụ đề xuất, {days} ({why})"
