"""The campaign's dates as an iCalendar file (activities, events, deadlines)."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..content.model import Campaign
from ..content.text import slugify

__all__ = ["ICS_PATH", "campaign_calendar"]

ICS_PATH = "lich.ics"
_TIME = re.compile(r"(\d{1,2})\s*(?:h|giờ|:)\s*(\d{2})?")
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def _uid(kind: str, key: str, campaign: Campaign) -> str:
    host = campaign.site.url.split("//", 1)[-1].strip("/").split("/")[0]
    return f"{kind}-{slugify(key)}@{host}"


def _all_day(event: Event, start: dt.date, last: dt.date) -> None:
    event.add("dtstart", start)
    event.add("dtend", last + dt.timedelta(days=1))  # DTEND is exclusive for dates


def campaign_calendar(campaign: Campaign, stamp: dt.date) -> bytes:
    """Serialize every dated item; ``stamp`` is the build date (DTSTAMP)."""
    calendar = Calendar()
    calendar.add("prodid", "-//campaign//vi")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", campaign.site.name)
    calendar.add("x-wr-timezone", "Asia/Ho_Chi_Minh")
    dtstamp = dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.UTC)
    url = campaign.site.url

    def item(kind: str, key: str, summary: str, description: str, page: str) -> Event:
        event = Event()
        event.add("uid", _uid(kind, key, campaign))
        event.add("dtstamp", dtstamp)
        event.add("summary", summary)
        if description:
            event.add("description", description)
        event.add("url", url + page)
        return event

    for activity in campaign.activities:
        if activity.when is None:
            continue
        event = item(
            "hoat-dong",
            activity.id,
            activity.name,
            " ".join(activity.description),
            "lo-trinh/",
        )
        _all_day(event, activity.when.start, activity.when.last)
        calendar.add_component(event)
    for happening in campaign.events:
        if happening.date is None:
            # Only the month is known: a month-long entry would bury the phone's
            # calendar, and a guessed day would be wrong. The timeline shows it.
            continue
        event = item(
            "su-kien",
            happening.id,
            happening.name + (" (dự kiến)" if happening.tentative else ""),
            happening.note or "",
            f"su-kien/{happening.id}/",
        )
        match = _TIME.search(happening.time or "")
        if match:
            start = dt.datetime(
                happening.date.year,
                happening.date.month,
                happening.date.day,
                int(match.group(1)),
                int(match.group(2) or 0),
                tzinfo=VIETNAM,
            )
            event.add("dtstart", start)
            event.add("dtend", start + dt.timedelta(hours=2))
        else:
            _all_day(event, happening.date, happening.date)
        if happening.place:
            event.add("location", happening.place)
        calendar.add_component(event)
    for a, assignment in enumerate(campaign.assignments):
        unit = None if assignment.unit is None else campaign.unit(assignment.unit)
        for t, task in enumerate(assignment.tasks):
            if task.deadline is None:
                continue
            event = item(
                "han",
                f"{assignment.unit or 'chung'}-{a}-{t}",
                f"Hạn: {unit.short or unit.name}" if unit else "Hạn",
                task.text,
                "phan-cong/",
            )
            _all_day(event, task.deadline, task.deadline)
            calendar.add_component(event)
    # Timed events carry TZID=Asia/Ho_Chi_Minh; the VTIMEZONE makes that self-contained.
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
