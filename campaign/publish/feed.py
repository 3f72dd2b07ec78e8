"""The news feed (Atom 1.0), with absolute URLs, built from validated posts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

__all__ = ["SIZE", "FeedEntry", "atom_feed", "newest"]

ATOM = "http://www.w3.org/2005/Atom"
# Entries a feed carries: readers fetch it again and again, and need what is new.
# A province's thousands of posts would make every fetch megabytes on a phone.
SIZE = 50
# Vietnam has no daylight saving time: one fixed offset is right all year.
VIETNAM = dt.timezone(dt.timedelta(hours=7))


@dataclass(frozen=True)
class FeedEntry:
    title: str
    url: str  # absolute
    date: dt.date
    summary: str
    categories: tuple[str, ...] = ()
    image: str | None = None  # absolute


def newest(entries: Iterable[FeedEntry], size: int = SIZE) -> list[FeedEntry]:
    """The ``size`` newest entries, newest first (ties: by URL, so the order is stable)."""
    return sorted(entries, key=lambda e: (e.date, e.url), reverse=True)[:size]


def _stamp(day: dt.date) -> str:
    return dt.datetime(day.year, day.month, day.day, 7, 0, tzinfo=VIETNAM).isoformat()


def atom_feed(
    *, title: str, site_url: str, feed_url: str, author: str, entries: Sequence[FeedEntry]
) -> bytes:
    """Serialize ``entries`` (newest first) as an Atom document."""
    ET.register_namespace("", ATOM)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "vi"})
    sub(feed, "id", feed_url)
    sub(feed, "title", title)
    sub(feed, "link", href=site_url)
    sub(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    newest = max((e.date for e in entries), default=dt.date(2000, 1, 1))
    sub(feed, "updated", _stamp(newest))
    sub(sub(feed, "author"), "name", author)
    for item in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", item.url)
        sub(entry, "title", item.title)
        sub(entry, "link", rel="alternate", type="text/html", href=item.url)
        sub(entry, "published", _stamp(item.date))
        sub(entry, "updated", _stamp(item.date))
        sub(entry, "summary", item.summary)
        for category in item.categories:
            sub(entry, "category", term=category)
        if item.image:
            sub(entry, "link", rel="enclosure", type="image/jpeg", href=item.image)
    body = ET.tostring(feed, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body).encode("utf-8")
