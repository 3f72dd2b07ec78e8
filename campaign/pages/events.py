"""One page per event (a ceremony, a conference): when, where, who, and the agenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import quote

from ..content.model import Campaign, Event
from ..publish.markdown import esc, front_matter
from .common import document_ref, event_badge, event_countdown, event_state, event_when, kind_word
from .newslist import NewsItem, listing
from .plan import event_anchor


def path(event: Event) -> str:
    return f"su-kien/{event.id}.md"


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first[1:].islower() else text


MAP_SEARCH = "https://www.openstreetmap.org/search?query="


def map_link(address: str) -> str:
    """A plain link to OpenStreetMap's search for the address: nothing loads until a tap."""
    return MAP_SEARCH + quote(" ".join(address.split()), safe="")


def render(campaign: Campaign, event: Event, today: dt.date, news: Sequence[NewsItem] = ()) -> str:
    state = event_state(event, today)
    when = event_when(event, weekday=True)
    where = f" tại {event.place}" if event.place else ""
    out = [
        front_matter(title=event.name, description=f"{event.name}: {when}{where}."),
        f"# {esc(event.name)}\n",
        f"{event_badge(event, today, kind_word(campaign))} "
        f"{event_countdown(event, today) if state == 'upcoming' else ''}\n".replace(" \n", "\n"),
    ]
    maybe = " *(dự kiến)*" if event.tentative else ""
    rows = [f"- **Thời gian:** {when}{maybe}"]
    if event.time:
        rows.append(f"- **Giờ:** {esc(event.time)}")
    if event.duration:
        rows.append(f"- **Thời lượng:** {esc(event.duration)}")
    if event.place:
        rows.append(f"- **Địa điểm:** {esc(event.place)}{maybe}")
    else:
        rows.append(f"- **Địa điểm:** {esc(kind_word(campaign).lower())} chưa ấn định")
    if event.address:
        rows.append(
            f"- **Địa chỉ:** {esc(event.address)} "
            f"([xem bản đồ trên OpenStreetMap]({map_link(event.address)}))"
        )
    if event.scale:
        rows.append(f"- **Quy mô:** {esc(event.scale)}")
    if event.organizer:
        rows.append(f"- **Đơn vị tổ chức:** {esc(campaign.unit(event.organizer).name)}")
    out += ['<div class="cp-facts" markdown>\n', "\n".join(rows), "\n</div>\n"]
    if event.refs:
        out.append("## Văn bản\n")
        out += [f"- {document_ref(ref)}" for ref in event.refs]
        out.append("")
    if event.combined:
        out.append("## Tổ chức gắn với\n")
        for review in event.combined:
            line = f"- **{esc(review.name)}**"
            if review.document is not None:
                line += f": {document_ref(review.document)}"
            out.append(line)
        out.append("")
    out.append("## Chương trình\n")
    if any(item.time for item in event.agenda):
        out.append("| Thời gian | Nội dung |\n|---|---|")
        out += [f"| {esc(item.time or '')} | {esc(item.item)} |" for item in event.agenda]
        out.append("")
    elif event.agenda:
        # No times yet (a plan lists the items only): an ordered list, not a half-empty table.
        out += [f"{n}. {esc(item.item)}" for n, item in enumerate(event.agenda, start=1)]
        out.append("")
    else:
        out.append(f"{esc(kind_word(campaign))} không nêu chương trình chi tiết.\n")
    out.append("## Thành phần tham dự\n")
    if event.participants:
        for group in event.participants:
            out.append(f"### {esc(group.level)}\n")
            out += [f"- {esc(who)}" for who in group.who]
            out.append("")
    else:
        out.append(f"{esc(kind_word(campaign))} không nêu thành phần tham dự.\n")
    if event.note:
        out.append(f'!!! info "Ghi chú"\n\n    {esc(event.note)}\n')
    reports = [item for item in news if item.event == event.id]
    if reports:
        out.append("## Tin bài về sự kiện\n")
        out += listing(reports, path(event))
    anchor = event_anchor(campaign, event)
    target = "../ke-hoach.md" + (f"#{anchor}" if anchor else "")
    kind = esc(kind_word(campaign).lower())
    out.append(f"Xem mục về {esc(_lower_first(event.name))} trong [{kind}]({target}).\n")
    return "\n".join(out).rstrip() + "\n"
