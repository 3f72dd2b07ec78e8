"""Markdown fragments shared by several pages."""

from __future__ import annotations

import datetime as dt
import html

from ..content.dates import (
    STATUS_LABEL,
    Status,
    days_between,
    long_date,
    month_text,
    short_date,
    status,
)
from ..content.model import Activity, Campaign, DocumentRef, Event, Task
from ..content.text import slugify
from ..publish.markdown import esc

SAMPLE_NOTE = "nội dung minh họa"


def kind_word(campaign: Campaign) -> str:
    """The document's own kind word ("Kế hoạch", "Quyết định", "Chương trình"): a site
    made from a decision never calls it a plan."""
    return campaign.plan.kind


def status_label(state: Status, kind: str) -> str:
    """A date's status in words; "ongoing" names the document by its kind word (HTML)."""
    if state != "ongoing" or kind == "Kế hoạch":
        return STATUS_LABEL[state]
    # "Trong thời gian quyết định" would not read: the time is the one set for carrying it out.
    return f"Trong thời gian thực hiện {html.escape(kind.lower())}"


def badge(state: Status, kind: str, label: str | None = None) -> str:
    text = label or status_label(state, kind)
    return f'<span class="cp-badge cp-badge--{state}">{text}</span>'


def event_badge(event: Event, today: dt.date, kind: str) -> str:
    """The event's status; a tentative day stays tentative once it has passed."""
    state = event_state(event, today)
    tentative = event.tentative or event.date is None
    return badge(state, kind, "Ngày dự kiến đã qua" if state == "past" and tentative else None)


def sample_badge() -> str:
    return f'<span class="cp-badge cp-badge--sample">{SAMPLE_NOTE}</span>'


def window_text(activity: Activity) -> str:
    """The dates of an activity as a reader wants them."""
    if activity.when is None:
        return esc(activity.when_text or "Chưa ấn định ngày")
    start, last = activity.when.start, activity.when.last
    text = short_date(start) if start == last else f"{short_date(start)} – {short_date(last)}"
    if activity.when_text:
        text += f" · {esc(activity.when_text)}"
    return text


def countdown(today: dt.date, day: dt.date) -> str:
    """``còn 5 ngày`` / ``hôm nay`` / ``đã qua 3 ngày``."""
    days = days_between(today, day)
    if days > 0:
        return f"còn {days} ngày"
    if days == 0:
        return "hôm nay"
    return f"đã qua {-days} ngày"


def document_ref(ref: DocumentRef) -> str:
    text = f"{ref.kind} số {ref.number}"
    if ref.date is not None:
        text += f" ngày {short_date(ref.date)}"
    text += f" của {ref.issuer}"
    if ref.title:
        text += f" {ref.title}"
    return esc(text)


# Heading of the tasks a plan dates without naming a unit: a fact about the plan.
NO_UNIT = "Không nêu đơn vị"


def unit_anchor(campaign: Campaign, unit_id: str | None) -> str:
    """The anchor of a unit's part of the assignments page."""
    if unit_id is None:
        return slugify(NO_UNIT)
    unit = campaign.unit(unit_id)
    return slugify(unit.short or unit.name)


def unit_label(campaign: Campaign, unit_id: str | None) -> str:
    if unit_id is None:
        return NO_UNIT
    unit = campaign.unit(unit_id)
    return esc(unit.short or unit.name)


def event_state(event: Event, today: dt.date) -> Status:
    """An event known only to its month stays "upcoming" through that month: it may
    fall on any of its days, and saying "ongoing" for thirty days would be wrong."""
    if event.date is not None:
        return status(event.date, None, today)
    return "past" if today > event.last_day else "upcoming"


def event_when(event: Event, weekday: bool = False) -> str:
    """``26/02/2025`` (or the long form), or ``tháng 06/2023`` for a month."""
    if event.date is None:
        return month_text(event.first_day)
    return long_date(event.date) if weekday else short_date(event.date)


def event_countdown(event: Event, today: dt.date) -> str:
    """Days to the event; to the first day of its month when only the month is known."""
    if event.date is None and event.first_day <= today <= event.last_day:
        return "trong tháng này"
    return countdown(today, event.first_day)


def deadline_badge(task: Task, today: dt.date) -> str:
    """``còn 10 ngày`` / ``hôm nay`` / ``đã qua``, relative to the build date.

    A past deadline is only past: whether the unit kept it, no plan can say
    (never "quá hạn", overdue).
    """
    if task.deadline is None:
        return ""
    days = days_between(today, task.deadline)
    state = "cp-badge--upcoming" if days >= 0 else "cp-badge--past"
    label = countdown(today, task.deadline) if days >= 0 else "đã qua"
    return f'<span class="cp-badge {state}">{label}</span>'


def has_timeline(campaign: Campaign) -> bool:
    """The timeline page exists when something in the plan is dated."""
    return bool(
        campaign.activities
        or campaign.events
        or any(t.deadline for a in campaign.assignments for t in a.tasks)
    )


def more_link(text: str, target: str) -> str:
    """A link on a line of its own ("Tất cả tin tức"): a tap of 44 px, not a line of text.

    ``text`` is the engine's own wording (escaped for Markdown all the same).
    """
    return f'<div class="cp-more" markdown>\n[{esc(text)}]({target})\n</div>\n'
