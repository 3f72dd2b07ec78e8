"""The timeline: activities, events and deadlines, each with its status."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..content.dates import Status, short_date, status
from ..content.model import Campaign, Event
from ..publish.markdown import esc, front_matter
from .common import (
    badge,
    countdown,
    event_badge,
    event_countdown,
    event_state,
    event_when,
    kind_word,
    sample_badge,
    status_label,
    unit_label,
    window_text,
)

DEADLINE = "Hạn chót"


@dataclass(frozen=True)
class Entry:
    start: dt.date | None
    end: dt.date | None
    title: str
    when: str
    detail: str
    kind: str
    event: Event | None = None  # its own status rules (an event known only to its month)


def entries(campaign: Campaign) -> list[Entry]:
    """Everything dated in the campaign, in date order; undated last."""
    found: list[Entry] = []
    for activity in campaign.activities:
        lead = f"Chủ trì: {unit_label(campaign, activity.lead)}" if activity.lead else ""
        detail = lead + (f" {sample_badge()}" if activity.sample else "")
        start = activity.when.start if activity.when else None
        end = activity.when.last if activity.when else None
        found.append(
            Entry(start, end, esc(activity.name), window_text(activity), detail, "Hoạt động")
        )
    for event in campaign.events:
        link = f"[{esc(event.name)}](su-kien/{event.id}.md)"
        when = event_when(event) + (f", {esc(event.time)}" if event.time else "")
        if event.place:
            place = ("dự kiến tại " if event.tentative else "tại ") + esc(event.place)
        else:
            place = "Địa điểm chưa ấn định"
        found.append(Entry(event.first_day, event.last_day, link, when, place, "Sự kiện", event))
    for assignment in campaign.assignments:
        for task in assignment.tasks:
            if task.deadline is not None:
                title = f"Hạn: {unit_label(campaign, assignment.unit)}"
                found.append(
                    Entry(
                        task.deadline,
                        task.deadline,
                        title,
                        short_date(task.deadline),
                        esc(task.text),
                        DEADLINE,
                    )
                )
    far = dt.date.max
    return sorted(found, key=lambda e: (e.start or far, e.end or far))


def render(campaign: Campaign, today: dt.date) -> str:
    out = [
        front_matter(
            title="Lộ trình các hoạt động",
            description=(
                f"Các hoạt động, sự kiện và thời hạn của {kind_word(campaign).lower()}, "
                "theo thứ tự thời gian."
            ),
        ),
        "# Lộ trình các hoạt động\n",
        f"Trạng thái tính đến ngày {short_date(today)}, ngày cập nhật trang. "
        "Thêm các mốc vào lịch điện thoại: tải [lịch (.ics)](lich.ics).\n",
    ]
    kind = esc(kind_word(campaign).lower())
    groups: dict[Status, list[str]] = {"ongoing": [], "upcoming": [], "past": [], "undated": []}
    for entry in entries(campaign):
        if entry.event is not None:
            state = event_state(entry.event, today)
        else:
            state = status(entry.start, entry.end, today)
        lines = [f'<div class="cp-timeline__item cp-timeline__item--{state}" markdown>\n']
        mark = (
            event_badge(entry.event, today, kind_word(campaign))
            if entry.event is not None
            else badge(state, kind_word(campaign))
        )
        lines.append(f"**{entry.title}** {mark}\n")
        when = entry.when
        if state == "upcoming" and entry.event is not None:
            when += f" · {event_countdown(entry.event, today)}"
        elif state == "upcoming" and entry.start is not None:
            when += f" · {countdown(today, entry.start)}"
        if entry.kind == DEADLINE:
            # The plan's deadline, and where it stands: past is past, never "overdue".
            today_or_past = {"ongoing": " (hôm nay)", "past": " (đã qua)"}.get(state, "")
            lines.append(f"Hạn trong {kind}: {when}{today_or_past}\n")
        else:
            lines.append(f"{entry.kind} · {when}\n")
        if entry.detail:
            lines.append(f"{entry.detail}\n")
        lines.append("</div>\n")
        groups[state].append("\n".join(lines))
    for state, items in groups.items():
        if items:
            out.append(f"## {status_label(state, kind_word(campaign))}\n")
            out.append('<div class="cp-timeline" markdown>\n')
            out += items
            out.append("</div>\n")
    return "\n".join(out).rstrip() + "\n"
