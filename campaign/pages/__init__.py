"""Pages generated from the campaign model, as Markdown strings.

Each generator takes the campaign and the build date and returns Markdown;
nothing here knows about MkDocs. Pages: ``home``, ``plan``, ``slogans``,
``timeline``, ``units`` (responsibilities), ``events`` (one per event),
``profiles``, ``mediakit`` and ``broadcast`` (the stations' page); with what the
engine adds to a news post (``news``), short news lists (``newslist``), folders of
``docs/`` as navigation sections (``navtree``), the header band and footer
(``masthead``) and shared fragments (``common``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ..content.model import Campaign
from . import events, home, plan, slogans, timeline, units
from .common import has_timeline, kind_word
from .newslist import NewsItem, news_items

__all__ = ["GeneratedPage", "NewsItem", "generate_pages", "news_items"]


@dataclass(frozen=True)
class GeneratedPage:
    path: str  # relative to docs/, ASCII
    nav_title: str
    markdown: str


def generate_pages(
    campaign: Campaign, today: dt.date, news: Sequence[NewsItem] = ()
) -> list[GeneratedPage]:
    """Every page the campaign's data yields, in navigation order.

    ``news`` (newest first, from the posts' front matter) feeds the home page's latest
    news and each event's reports.
    """
    pages = [
        GeneratedPage("index.md", "Trang chủ", home.render(campaign, today, news)),
        GeneratedPage("ke-hoach.md", kind_word(campaign), plan.render(campaign)),
    ]
    if campaign.slogans:
        pages.append(GeneratedPage("khau-hieu.md", "Khẩu hiệu", slogans.render(campaign)))
    if has_timeline(campaign):
        pages.append(GeneratedPage("lo-trinh.md", "Lộ trình", timeline.render(campaign, today)))
    if campaign.assignments:
        pages.append(GeneratedPage("phan-cong.md", "Phân công", units.render(campaign, today)))
    for event in campaign.events:
        markdown = events.render(campaign, event, today, news)
        pages.append(GeneratedPage(events.path(event), event.name, markdown))
    return pages
