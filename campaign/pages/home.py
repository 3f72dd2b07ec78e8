"""The home page: theme, the anniversary countdown, slogans, what is on now."""

from __future__ import annotations

import datetime as dt
import html

from ..dates import Status, long_date, short_date, status
from ..markdown import esc, front_matter
from ..model import Activity, Campaign
from .common import badge, countdown, window_text


def render(campaign: Campaign, today: dt.date) -> str:
    out = [
        front_matter(title=campaign.site.name, description=campaign.site.description),
        '<div class="cp-hero" markdown="0">',
        f'<p class="cp-hero__kicker">{html.escape(campaign.plan.issuer)}</p>',
        f'<h1 class="cp-hero__theme">{html.escape(campaign.theme)}</h1>',
    ]
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
            count = f"Ngày kỷ niệm <strong>đã diễn ra</strong> ({long_date(anniversary.date)})"
        out.append(f'<p class="cp-hero__countdown">{count}</p>')
    out.append("</div>\n")

    key = [s for s in campaign.slogans if not s.sample][:3] or campaign.slogans[:3]
    if key:
        out.append("## Khẩu hiệu\n")
        quote = '<blockquote class="cp-slogan" markdown="0"><p>{}</p></blockquote>\n'
        out += [quote.format(html.escape(s.text)) for s in key]
        out.append("[Tất cả khẩu hiệu](khau-hieu.md)\n")

    current = [a for a in campaign.activities if _state(a, today) == "ongoing"]
    upcoming = sorted(
        (a for a in campaign.activities if _state(a, today) == "upcoming"),
        key=lambda a: a.when.start if a.when else dt.date.max,
    )
    events = sorted(campaign.events, key=lambda e: e.date)
    next_events = [e for e in events if e.date >= today]
    out.append("## Đang và sắp diễn ra\n")
    if current or upcoming or next_events:
        for activity in current + upcoming[:3]:
            state = _state(activity, today)
            extra = ""
            if state == "upcoming" and activity.when:
                extra = f" · {countdown(today, activity.when.start)}"
            out.append(
                f"- **{esc(activity.name)}** {badge(state)} — {window_text(activity)}{extra}"
            )
        for event in next_events[:2]:
            out.append(
                f"- [{esc(event.name)}](su-kien/{event.id}.md) "
                f"{badge(status(event.date, None, today))} — {short_date(event.date)}"
                f" · {countdown(today, event.date)}"
            )
        out.append("")
    else:
        out.append(
            f"Tính đến ngày {short_date(today)}, các hoạt động có thời gian trong kế hoạch "
            "đã diễn ra. Xem lại trong [lộ trình](lo-trinh.md).\n"
        )
        for event in events[-2:]:
            out.append(
                f"- [{esc(event.name)}](su-kien/{event.id}.md) {badge('past')} — "
                f"{short_date(event.date)}"
            )
        out.append("")

    out.append("## Tìm hiểu\n")
    out.append('<div class="grid cards" markdown>\n')
    out.append(
        f"- **[Kế hoạch](ke-hoach.md)**\n\n    Toàn văn {esc(campaign.plan.kind.lower())} "
        f"của {esc(campaign.plan.issuer_short or campaign.plan.issuer)}.\n"
    )
    if campaign.activities or campaign.events:
        out.append("- **[Lộ trình](lo-trinh.md)**\n\n    Các hoạt động theo thời gian.\n")
    if campaign.assignments:
        out.append("- **[Phân công](phan-cong.md)**\n\n    Nhiệm vụ của từng đơn vị.\n")
    out.append("</div>\n")
    return "\n".join(out).rstrip() + "\n"


def _state(activity: Activity, today: dt.date) -> Status:
    if activity.when is None:
        return "undated"
    return status(activity.when.start, activity.when.last, today)
