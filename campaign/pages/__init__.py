"""Pages generated from the campaign model, as Markdown strings.

Each generator takes the campaign and the build date and returns Markdown;
nothing here knows about MkDocs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..content.model import Campaign
from . import events, home, plan, slogans, timeline, units
from .common import has_timeline

__all__ = ["GeneratedPage", "generate_pages"]


@dataclass(frozen=True)
class GeneratedPage:
    path: str  # relative to docs/, ASCII
    nav_title: str
    markdown: str


def generate_pages(campaign: Campaign, today: dt.date) -> list[GeneratedPage]:
    """Every page the campaign's data yields, in navigation order."""
    pages = [
        GeneratedPage("index.md", "Trang chủ", home.render(campaign, today)),
        GeneratedPage("ke-hoach.md", "Kế hoạch", plan.render(campaign)),
    ]
    if campaign.slogans:
        pages.append(GeneratedPage("khau-hieu.md", "Khẩu hiệu", slogans.render(campaign)))
    if has_timeline(campaign):
        pages.append(GeneratedPage("lo-trinh.md", "Lộ trình", timeline.render(campaign, today)))
    if campaign.assignments:
        pages.append(GeneratedPage("phan-cong.md", "Phân công", units.render(campaign, today)))
    for event in campaign.events:
        pages.append(
            GeneratedPage(events.path(event), event.name, events.render(campaign, event, today))
        )
    return pages
