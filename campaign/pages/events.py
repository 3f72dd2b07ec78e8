"""One page per event (the ceremony): when, where, who, and the agenda."""

from __future__ import annotations

import datetime as dt

from ..dates import long_date, status
from ..markdown import esc, front_matter
from ..model import Campaign, Event
from .common import badge, countdown


def path(event: Event) -> str:
    return f"su-kien/{event.id}.md"


def render(campaign: Campaign, event: Event, today: dt.date) -> str:
    state = status(event.date, event.date, today)
    out = [
        front_matter(
            title=event.name,
            description=f"{event.name}: {long_date(event.date)} tại {event.place}.",
        ),
        f"# {esc(event.name)}\n",
        f"{badge(state)} {countdown(today, event.date) if state == 'upcoming' else ''}\n".replace(
            " \n", "\n"
        ),
    ]
    maybe = " *(dự kiến)*" if event.tentative else ""
    rows = [f"- **Thời gian:** {long_date(event.date)}{maybe}"]
    if event.time:
        rows.append(f"- **Giờ:** {esc(event.time)}")
    if event.duration:
        rows.append(f"- **Thời lượng:** {esc(event.duration)}")
    rows.append(f"- **Địa điểm:** {esc(event.place)}{maybe}")
    if event.scale:
        rows.append(f"- **Quy mô:** {esc(event.scale)}")
    if event.organizer:
        rows.append(f"- **Đơn vị tổ chức:** {esc(campaign.unit(event.organizer).name)}")
    out += ['<div class="cp-facts" markdown>\n', "\n".join(rows), "\n</div>\n"]
    out.append("## Chương trình\n")
    if event.agenda:
        out.append("| Thời gian | Nội dung |\n|---|---|")
        out += [f"| {esc(item.time or '')} | {esc(item.item)} |" for item in event.agenda]
        out.append("")
    else:
        out.append("Chương trình chi tiết theo kế hoạch riêng; trang sẽ cập nhật khi có.\n")
    out.append("## Thành phần tham dự\n")
    if event.participants:
        for group in event.participants:
            out.append(f"### {esc(group.level)}\n")
            out += [f"- {esc(who)}" for who in group.who]
            out.append("")
    else:
        out.append("Thành phần tham dự theo kế hoạch riêng.\n")
    if event.note:
        out.append(f'!!! info "Ghi chú"\n\n    {esc(event.note)}\n')
    out.append("Xem mục tổ chức lễ kỷ niệm trong [kế hoạch](../ke-hoach.md).\n")
    return "\n".join(out).rstrip() + "\n"
