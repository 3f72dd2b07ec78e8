"""Dates as Vietnamese readers expect them, and status relative to the build date."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

__all__ = [
    "STATUS_LABEL",
    "WEEKDAYS",
    "Status",
    "day_month",
    "days_between",
    "long_date",
    "month_text",
    "parse_day",
    "short_date",
    "status",
]

Status = Literal["upcoming", "ongoing", "past", "undated"]

# Where a date stands relative to the build date, and nothing more: a plan says
# when something is to happen, never that it happened ("Đã diễn ra" would).
STATUS_LABEL: dict[Status, str] = {
    "upcoming": "Sắp tới",
    "ongoing": "Trong thời gian kế hoạch",
    "past": "Đã qua",
    "undated": "Chưa ấn định ngày",
}

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def day_month(day: dt.date) -> str:
    """``26/02``: a day without its year, where the year follows (``26/02 - 27/03/2025``)."""
    return f"{day.day:02d}/{day.month:02d}"


def short_date(day: dt.date) -> str:
    """``26/02/2025``: how official documents write a date."""
    return f"{day_month(day)}/{day.year}"


def month_text(day: dt.date) -> str:
    """``tháng 06/2023``: a month, when a plan fixes no day."""
    return f"tháng {day.month:02d}/{day.year}"


def long_date(day: dt.date, weekday: bool = True) -> str:
    """``Thứ Tư, ngày 26 tháng 02 năm 2025``."""
    text = f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    return f"{WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def status(start: dt.date | None, end: dt.date | None, today: dt.date) -> Status:
    if start is None:
        return "undated"
    last = end or start
    if today < start:
        return "upcoming"
    if today > last:
        return "past"
    return "ongoing"


def days_between(today: dt.date, day: dt.date) -> int:
    return (day - today).days


_YEAR_FIRST = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DAY_FIRST = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")


def parse_day(text: str) -> dt.date | None:
    """A day typed by staff: ``2025-02-18`` or, as Vietnamese write it, ``18/02/2025``
    (also ``18-02-2025``, ``18.2.2025``); None when it is no day of the calendar."""
    if found := _YEAR_FIRST.match(text):
        year, month, day = (int(g) for g in found.groups())
    elif found := _DAY_FIRST.match(text):
        day, month, year = (int(g) for g in found.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
