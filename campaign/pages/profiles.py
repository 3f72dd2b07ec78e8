"""Honoured people and collectives: an index grouped by honour, a header per profile."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from ..content.model import Campaign
from ..content.schemas import HONOURS, PROFILES_DIR, ProfileMeta
from ..content.text import slugify
from ..publish.markdown import esc, front_matter

__all__ = ["INDEX", "PhotoHtml", "ordered", "profile_footer", "profile_header", "render_index"]

INDEX = PROFILES_DIR + "index.md"

# (photo path, alt text, css class, relative prefix to the site root) -> HTML
PhotoHtml = Callable[[str | None, str, str, str], str]

SAMPLE_NOTE = (
    '!!! warning "Nội dung minh họa"\n\n'
    "    Hồ sơ này là nội dung minh họa: nhân vật, thành tích và ảnh không có thật.\n\n"
)


def _subtitle(profile: ProfileMeta, campaign: Campaign) -> str:
    parts = [profile.position, profile.workplace]
    if profile.unit and not profile.workplace:
        parts.append(campaign.unit(profile.unit).name)
    if profile.commune:
        parts.append(profile.commune)
    return " · ".join(p for p in parts if p)


def _honours(profiles: Sequence[tuple[str, ProfileMeta]]) -> list[str]:
    """The honours given, highest first."""
    order = {h: i for i, h in enumerate(HONOURS)}
    return sorted({p.honour for _, p in profiles}, key=lambda h: order.get(h, len(order)))


def _members(
    profiles: Sequence[tuple[str, ProfileMeta]], honour: str
) -> list[tuple[str, ProfileMeta]]:
    return sorted(((uri, p) for uri, p in profiles if p.honour == honour), key=lambda x: x[1].name)


def ordered(profiles: Sequence[tuple[str, ProfileMeta]]) -> list[tuple[str, ProfileMeta]]:
    """The profiles in the index's order: by honour (highest first), then by name."""
    return [member for honour in _honours(profiles) for member in _members(profiles, honour)]


def profile_footer(
    profiles: Sequence[tuple[str, ProfileMeta]],
    uri: str,
    listed: Sequence[tuple[str, ProfileMeta]] | None = None,
) -> str:
    """Markdown put after a profile's body: back to the index, on to the next profile
    in the index's order (the first one after the last). ``listed``: ``ordered(profiles)``
    when the caller has it (a site writes hundreds of footers from one list)."""
    back = '[<span aria-hidden="true">←</span> Tất cả gương điển hình](index.md)'
    links = [back]
    if listed is None:
        listed = ordered(profiles)
    uris = [u for u, _ in listed]
    if uri in uris and len(uris) > 1:
        target, meta = listed[(uris.index(uri) + 1) % len(uris)]
        name = target.removeprefix(PROFILES_DIR)
        links.append(f'[Tiếp theo: {esc(meta.name)} <span aria-hidden="true">→</span>]({name})')
    out = ["", '<div class="cp-pager" markdown>', "", "\n".join(f"- {link}" for link in links)]
    out += ["", "</div>", ""]
    return "\n".join(out)


def render_index(
    campaign: Campaign,
    profiles: Sequence[tuple[str, ProfileMeta]],
    photo: PhotoHtml,
) -> str:
    """The index: cards grouped by honour (highest first), with a filter."""
    out = [
        front_matter(
            title="Gương điển hình",
            description="Các tập thể, cá nhân tiêu biểu trong phong trào thi đua của ngành Y tế.",
        ),
        "# Gương điển hình\n",
        "Tập thể, cá nhân tiêu biểu trong phong trào thi đua "
        + (f"“{esc(campaign.emulation.name)}”." if campaign.emulation else ".")
        + "\n",
    ]
    if not profiles:
        out.append("Chưa có hồ sơ nào.\n")
        return "\n".join(out)
    if any(p.sample for _, p in profiles):
        out.append(
            '!!! note "Nội dung minh họa"\n\n'
            "    Các hồ sơ có nhãn *nội dung minh họa* không có thật, chỉ để minh họa "
            "cách trình bày.\n"
        )
    honours = _honours(profiles)
    buttons = ['<button type="button" data-filter="" aria-pressed="true">Tất cả</button>']
    buttons += [
        f'<button type="button" data-filter="{slugify(h)}" aria-pressed="false">'
        f"{html.escape(h)}</button>"
        for h in honours
    ]
    kinds = sorted({p.kind for _, p in profiles})
    if len(kinds) > 1:
        buttons += [
            f'<button type="button" data-filter="{slugify(k)}" aria-pressed="false">'
            f"{html.escape(k.capitalize())}</button>"
            for k in kinds
        ]
    out.append(
        '<div class="cp-filter" role="group" aria-label="Lọc theo danh hiệu" hidden>'
        + "".join(buttons)
        + "</div>\n"
    )
    for honour in honours:
        members = _members(profiles, honour)
        out.append(
            f'<section class="cp-honour" data-tags="{slugify(honour)}" markdown="0">'
            f'<h2 id="{slugify(honour)}">{html.escape(honour)}</h2><ul class="cp-cards">'
        )
        for uri, profile in members:
            link = uri.removeprefix(PROFILES_DIR).removesuffix(".md") + "/"
            image = photo(profile.photo, profile.photo_alt or "", "cp-card__photo", "../")
            badge = (
                ' <span class="cp-badge cp-badge--sample">nội dung minh họa</span>'
                if profile.sample
                else ""
            )
            tags = f"{slugify(profile.honour)} {slugify(profile.kind)}"
            out.append(
                f'<li class="cp-card" data-tags="{tags}">'
                f'<a href="{link}">{image}'
                f'<span class="cp-card__name">{html.escape(profile.name)}</span></a>'
                f'<span class="cp-card__meta">{html.escape(_subtitle(profile, campaign))}'
                f"</span>{badge}</li>"
            )
        out.append("</ul></section>\n")
    return "\n".join(out).rstrip() + "\n"


def profile_header(
    campaign: Campaign, profile: ProfileMeta, photo: PhotoHtml, root_prefix: str
) -> str:
    """Markdown put above an authored profile's body."""
    out = [SAMPLE_NOTE] if profile.sample else []
    out.append(f"# {esc(profile.name)}\n")
    out.append('<div class="cp-profile" markdown="0">')
    out.append(photo(profile.photo, profile.photo_alt or "", "cp-profile__photo", root_prefix))
    facts = [f'<p class="cp-profile__honour">{html.escape(profile.honour)}']
    if profile.year:
        facts[0] += f" ({profile.year})"
    facts[0] += "</p>"
    subtitle = _subtitle(profile, campaign)
    if subtitle:
        facts.append(f"<p>{html.escape(subtitle)}</p>")
    facts.append(f"<p>{'Tập thể' if profile.kind == 'tập thể' else 'Cá nhân'}</p>")
    out.append('<div class="cp-profile__facts">' + "".join(facts) + "</div></div>\n")
    if profile.quote:
        quote = html.escape(profile.quote)
        out.append(f'<blockquote class="cp-slogan" markdown="0"><p>“{quote}”</p></blockquote>\n')
    if profile.achievements:
        out.append("## Thành tích\n")
        out += [f"- {esc(a)}" for a in profile.achievements]
        out.append("")
    return "\n".join(out) + "\n"
