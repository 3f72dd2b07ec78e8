"""The home page: theme, the anniversary or event countdown, slogans, what is on now,
deadlines."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

from ..content.dates import Status, long_date, short_date, status
from ..content.model import Activity, Campaign, Event
from ..publish.markdown import esc, front_matter
from .common import (
    badge,
    countdown,
    deadline_badge,
    event_badge,
    event_countdown,
    event_state,
    event_when,
    has_timeline,
    kind_word,
    more_link,
    unit_anchor,
    unit_label,
    window_text,
)
from .newslist import NewsItem, listing

# How many posts the home page lists (the news index has them all).
LATEST = 4


def render(campaign: Campaign, today: dt.date, news: Sequence[NewsItem] = ()) -> str:
    # The H1 says what the site is (its name); the slogan follows it.
    out = [
        front_matter(title=campaign.site.name, description=campaign.site.description),
        '<div class="cp-hero" markdown="0">',
        f'<p class="cp-hero__kicker">{html.escape(campaign.plan.issuer)}</p>',
        f'<h1 class="cp-hero__title">{html.escape(campaign.site.name)}</h1>',
    ]
    if campaign.stated_theme:  # the plan's own; a conference plan states none
        theme = html.escape(campaign.stated_theme)
        out.append(f'<p class="cp-hero__theme">Chủ đề: “{theme}”</p>')
    anniversary = campaign.anniversary
    if anniversary is not None:
        years = f"{anniversary.years} năm " if anniversary.years else ""
        day = short_date(anniversary.date)
        since = f"{short_date(anniversary.since)} – " if anniversary.since else ""
        out.append(
            f'<p class="cp-hero__date">Kỷ niệm {years}{html.escape(anniversary.name)} '
            f"({since}{day})</p>"
        )
        days = (anniversary.date - today).days
        if days > 0:
            count = f'<strong class="cp-count">{days}</strong> ngày nữa đến ngày kỷ niệm'
        elif days == 0:
            count = "<strong>Hôm nay</strong> là ngày kỷ niệm"
        else:
            count = f"Ngày kỷ niệm <strong>đã qua</strong> ({long_date(anniversary.date)})"
        out.append(f'<p class="cp-hero__countdown">{count}</p>')
    elif campaign.events:
        out += _event_hero(campaign, today)
    out.append("</div>\n")

    current = [a for a in campaign.activities if _state(a, today) == "ongoing"]
    upcoming = sorted(
        (a for a in campaign.activities if _state(a, today) == "upcoming"),
        key=lambda a: a.when.start if a.when else dt.date.max,
    )
    events = sorted(campaign.events, key=lambda e: e.first_day)
    next_events = [e for e in events if e.last_day >= today]
    if campaign.activities or campaign.events:
        out += _happening(campaign, today, current, upcoming, events, next_events)
    if news:
        out.append("## Tin mới\n")
        out += listing(news[:LATEST], "index.md")
        out.append(more_link("Tất cả tin tức", "tin-tuc/index.md"))
    out += _to_do(campaign)
    key = [s for s in campaign.slogans if not s.sample][:3] or campaign.slogans[:3]
    if key:
        out.append("## Khẩu hiệu\n")
        quote = '<blockquote class="cp-slogan" markdown="0"><p>{}</p></blockquote>\n'
        out += [quote.format(html.escape(s.text)) for s in key]
        out.append(more_link("Tất cả khẩu hiệu", "khau-hieu.md"))
    out += _deadlines(campaign, today)

    out.append("## Tìm hiểu\n")
    out.append('<div class="grid cards" markdown>\n')
    out.append(
        f"- **[{esc(kind_word(campaign))}](ke-hoach.md)**\n\n"
        f"    Toàn văn {esc(campaign.plan.kind.lower())} "
        f"của {esc(campaign.plan.issuer_short or campaign.plan.issuer)}.\n"
    )
    if has_timeline(campaign):
        out.append("- **[Lộ trình](lo-trinh.md)**\n\n    Các hoạt động theo thời gian.\n")
    if campaign.assignments:
        out.append("- **[Phân công](phan-cong.md)**\n\n    Nhiệm vụ của từng đơn vị.\n")
    out.append("</div>\n")
    return "\n".join(out).rstrip() + "\n"


def _event_hero(campaign: Campaign, today: dt.date) -> list[str]:
    """Without an anniversary, the hero counts down to the next event (or recalls the last)."""
    events = sorted(campaign.events, key=lambda e: e.first_day)
    event = next((e for e in events if e.last_day >= today), events[-1])
    maybe = "dự kiến " if event.tentative or event.date is None else ""
    out = [
        f'<p class="cp-hero__date">{html.escape(event.name)}: {maybe}'
        f"{html.escape(event_when(event))}</p>"
    ]
    # The plan says when the event is to be held, not that it was: a past day is only past.
    days = (event.first_day - today).days
    planned = "dự kiến" if maybe else f"theo {html.escape(kind_word(campaign).lower())}"
    if days > 0:
        target = f"ngày {planned}" if event.date is not None else event_when(event)
        count = f'<strong class="cp-count">{days}</strong> ngày nữa đến {target}'
    elif event_state(event, today) == "past":
        what = "Ngày" if event.date is not None else "Thời gian"
        count = f"{what} {planned}: {event_when(event)} (đã qua)"
    elif event.date is None:
        count = f"Dự kiến trong tháng này ({event_when(event)})"
    else:
        count = f"<strong>Hôm nay</strong> là ngày {planned}"
    out.append(f'<p class="cp-hero__countdown">{count}</p>')
    return out


def _happening(
    campaign: Campaign,
    today: dt.date,
    current: list[Activity],
    upcoming: list[Activity],
    events: list[Event],
    next_events: list[Event],
) -> list[str]:
    out = ["## Hiện tại và sắp tới\n"]
    kind = kind_word(campaign)
    if current or upcoming or next_events:
        for activity in current + upcoming[:3]:
            state = _state(activity, today)
            extra = ""
            if state == "upcoming" and activity.when:
                extra = f" · {countdown(today, activity.when.start)}"
            out.append(
                f"- **{esc(activity.name)}** {badge(state, kind)} — {window_text(activity)}{extra}"
            )
        for event in next_events[:2]:
            out.append(
                f"- [{esc(event.name)}](su-kien/{event.id}.md) "
                f"{event_badge(event, today, kind)} — {event_when(event)}"
                f" · {event_countdown(event, today)}"
            )
        out.append("")
    else:
        # Facts about the dates only: the plan does not say what was done.
        dated = [a for a in campaign.activities if a.when is not None]
        undated = len(campaign.activities) - len(dated)
        facts = []
        if dated or events:
            facts.append(
                f"Tính đến ngày {short_date(today)}, mọi ngày ghi trong "
                f"{esc(kind_word(campaign).lower())} cho các hoạt động và sự kiện đều đã qua."
            )
        if undated:
            facts.append(f"{esc(kind_word(campaign))} không ghi thời gian cho {undated} hoạt động.")
        if has_timeline(campaign):
            facts.append("Xem trong [lộ trình](lo-trinh.md).")
        out.append(" ".join(facts) + "\n")
        for event in events[-2:]:
            out.append(
                f"- [{esc(event.name)}](su-kien/{event.id}.md) {event_badge(event, today, kind)} — "
                f"{event_when(event)}"
            )
        out.append("")
    return out


# A task is shown on the home page by its first words; the whole text is one click away.
SUMMARY_CHARS = 110


def _summary(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    return text[:SUMMARY_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# How many units' tasks the home page quotes (the assignments page has them all).
TO_DO_UNITS = 4


def _to_do(campaign: Campaign) -> list[str]:
    """What the plan asks, in its own words: each unit's first task, by its first words.

    The plan is addressed to agencies, not to readers: the block says so, and
    quotes only what the plan assigns (nothing is said about what was done).
    """
    named = [a for a in campaign.assignments if a.unit is not None]
    if not named:
        return []
    out = [
        f"## Việc {esc(kind_word(campaign).lower())} giao\n",
        f"Theo {esc(campaign.plan.kind.lower())}, các đơn vị được giao:\n",
    ]
    for assignment in named[:TO_DO_UNITS]:
        anchor = unit_anchor(campaign, assignment.unit)
        out.append(
            f"- **[{unit_label(campaign, assignment.unit)}](phan-cong.md#{anchor})**: "
            f"{esc(_summary(assignment.tasks[0].text))}"
        )
    out.append("")
    more = len(named) - TO_DO_UNITS
    if more > 0:
        out.append(more_link(f"Nhiệm vụ của mọi đơn vị (thêm {more} đơn vị)", "phan-cong.md"))
    return out


def _deadlines(campaign: Campaign, today: dt.date) -> list[str]:
    """Every task with a deadline, soonest first; past ones say so (not "overdue")."""
    dated = [
        (task.deadline, assignment.unit, task)
        for assignment in campaign.assignments
        for task in assignment.tasks
        if task.deadline is not None
    ]
    if not dated:
        return []
    out = ["## Thời hạn\n"]
    for deadline, unit_id, task in sorted(dated, key=lambda d: (d[0], d[1] or "")):
        anchor = unit_anchor(campaign, unit_id)
        out.append(
            f"- **{short_date(deadline)}** · [{unit_label(campaign, unit_id)}]"
            f"(phan-cong.md#{anchor}): {esc(_summary(task.text))} {deadline_badge(task, today)}"
        )
    out.append("")
    return out


def _state(activity: Activity, today: dt.date) -> Status:
    if activity.when is None:
        return "undated"
    return status(activity.when.start, activity.when.last, today)
