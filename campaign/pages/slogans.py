"""The slogans page: every slogan, ready to copy, with its source."""

from __future__ import annotations

import html

from ..content.model import Campaign
from ..publish.markdown import esc, front_matter
from .common import kind_word, sample_badge


def render(campaign: Campaign) -> str:
    out = [
        front_matter(
            title="Khẩu hiệu tuyên truyền",
            description=f"Chủ đề và khẩu hiệu tuyên truyền: {campaign.theme}",
        ),
        "# Khẩu hiệu tuyên truyền\n",
    ]
    if campaign.stated_theme:
        out.append(f"Chủ đề: **“{esc(campaign.stated_theme)}”**\n")
    if any(s.sample for s in campaign.slogans):
        out.append(
            '!!! note "Nội dung minh họa"\n\n'
            f"    Khẩu hiệu có nhãn *nội dung minh họa* không có trong {esc(kind_word(campaign))}; "
            "hãy đối chiếu với hướng dẫn tuyên truyền của cấp trên trước khi in.\n"
        )
    for slogan in campaign.slogans:
        badge = f" {sample_badge()}" if slogan.sample else ""
        out.append(f'<blockquote class="cp-slogan" id="{slogan.id}" markdown="0">')
        out.append(f"<p>{html.escape(slogan.text)}</p>")
        meta = []
        if slogan.short:
            meta.append(f"Dạng ngắn: “{html.escape(slogan.short)}”")
        if slogan.source:
            meta.append(f"Nguồn: {html.escape(slogan.source)}")
        if meta or badge:
            out.append(f"<footer>{' · '.join(meta)}{badge}</footer>")
        out.append("</blockquote>\n")
    return "\n".join(out).rstrip() + "\n"
