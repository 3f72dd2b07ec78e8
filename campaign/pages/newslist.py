"""Short lists of news posts on generated pages (the home page, an event's page):
a small thumbnail, the title as a link, the date as dd/mm/yyyy, the summary.

The thumbnail is the post's cover, else the first photo of its text, else a
small copy of its share card (which shows its title: the image adds nothing a
screen reader should say twice, so its alt text is empty)."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..content.dates import short_date
from ..content.frontmatter import Document
from ..content.schemas import NewsMeta
from ..media.ogcard import CARD_THUMB, card_thumb_path
from ..photos.photoset import IMAGE
from ..publish.markdown import esc

__all__ = ["NewsItem", "listing", "news_items"]


@dataclass(frozen=True)
class NewsItem:
    """What a listing shows of one post (all from its front matter)."""

    src_uri: str  # tin-tuc/posts/x.md, relative to docs/
    title: str
    date: dt.date
    summary: str
    cover: str | None = None
    cover_alt: str | None = None
    event: str | None = None
    categories: tuple[str, ...] = ()
    image: str | None = None  # the first photo of its text (anh/...)
    image_alt: str | None = None


def news_items(posts: Iterable[tuple[Document, NewsMeta]]) -> tuple[NewsItem, ...]:
    """Published posts (as ``Project.news`` gives them: newest first) as listing items."""
    items = []
    for document, meta in posts:
        first = IMAGE.search(document.body)
        items.append(
            NewsItem(
                document.src_uri,
                meta.title,
                meta.date,
                meta.summary,
                meta.cover,
                meta.cover_alt,
                meta.event,
                tuple(meta.categories),
                first["path"] if first else None,
                first["alt"] if first else None,
            )
        )
    return tuple(items)


def listing(items: Sequence[NewsItem], page_path: str) -> list[str]:
    """Markdown lines: one entry per post, linked relative to the page at ``page_path``.

    The thumbnail is written as ``![alt](anh/... "thumb")``, which the photo step
    turns into a small, lazily loaded ``<picture>`` (see ``photos.photoset``).
    """
    here = posixpath.dirname(page_path)
    out = ['<div class="cp-newslist" markdown>\n']
    for item in items:
        target = posixpath.relpath(item.src_uri, here or ".")
        photo, alt = (item.cover, item.cover_alt) if item.cover else (item.image, item.image_alt)
        if photo:
            # The photo step escapes the alt text for HTML; brackets would end the image.
            alt = " ".join((alt or "").split()).replace("[", "(").replace("]", ")")
            thumb = f'![{alt}]({photo} "thumb") '
        else:
            card = posixpath.relpath(card_thumb_path(item.src_uri), here or ".")
            width, height = CARD_THUMB
            thumb = (
                f'<span class="cp-thumb cp-thumb--card"><img src="{card}" alt="" width="{width}" '
                f'height="{height}" loading="lazy" decoding="async"></span> '
            )
        out.append(
            f"- {thumb}[{esc(item.title)}]({target})\n"
            f'  <span class="cp-newslist__date">{short_date(item.date)}</span>'
            f' <span class="cp-newslist__summary">{esc(item.summary)}</span>'
        )
    out.append("\n</div>\n")
    return out
