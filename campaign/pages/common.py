"""Markdown fragments shared by several pages."""

from __future__ import annotations

import datetime as dt

from ..dates import STATUS_LABEL, Status, days_between, short_date
from ..markdown import esc
from ..model import Activity, Campaign, DocumentRef

SAMPLE_NOTE = "nội dung minh họa"


def badge(state: Status) -> str:
    return f'<span class="cp-badge cp-badge--{state}">{STATUS_LABEL[state]}</span>'


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


def unit_label(campaign: Campaign, unit_id: str) -> str:
    unit = campaign.unit(unit_id)
    return esc(unit.short or unit.name)
