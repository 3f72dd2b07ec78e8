"""What the engine adds to an authored news post: the sample note, the cover, the unit."""

from __future__ import annotations

import html

from ..content.model import Campaign
from ..content.schemas import NewsMeta
from ..publish.markdown import esc
from .common import kind_word

MORE = "<!-- more -->"

SAMPLE_NOTE = (
    '!!! warning "Nội dung minh họa"\n\n'
    "    Bài viết này là nội dung minh họa, soạn từ các hoạt động trong {kind}; "
    "không phải tin về một sự kiện đã xảy ra.\n\n"
)


def decorate(campaign: Campaign, meta: NewsMeta, markdown: str, cover_html: str) -> str:
    """The post's Markdown with the note, the unit line and the cover put in place.

    The cover goes after the excerpt separator: excerpts are shown on the news
    index, where a relative image URL written for the post's own page would break.
    """
    head = SAMPLE_NOTE.format(kind=esc(kind_word(campaign))) if meta.sample else ""
    tail = ""
    if meta.unit:
        unit = campaign.unit(meta.unit)
        tail = f'\n\n<p class="cp-byline">Đơn vị đưa tin: {html.escape(unit.name)}</p>\n'
    cover = (
        f'\n\n<figure class="cp-cover" markdown="0">{cover_html}</figure>\n\n' if cover_html else ""
    )
    if MORE in markdown:
        before, after = markdown.split(MORE, 1)
        return head + before + MORE + cover + after + tail
    return head + cover + markdown + tail
