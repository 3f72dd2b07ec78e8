"""The plan page: the official document, laid out for reading on a phone."""

from __future__ import annotations

import html

from ..dates import long_date, short_date
from ..markdown import esc, front_matter
from ..model import Activity, Campaign
from .common import document_ref, unit_label, window_text

_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
_LETTERS = "abcdefghik"


def render(campaign: Campaign) -> str:
    plan = campaign.plan
    out = [
        front_matter(
            title=f"{plan.kind}: {plan.title}",
            description=f"Toàn văn {plan.kind.lower()} của {plan.issuer}: {plan.title}",
        )
    ]
    out.append(_header(campaign))
    out.append(f"# {esc(plan.kind.upper())}\n\n**{esc(plan.title)}**\n")
    out += [esc(p) + "\n" for p in plan.context]
    if plan.basis_text:
        out.append(esc(plan.basis_text) + "\n")
    elif plan.legal_basis:
        out.append("Căn cứ:\n")
        out += [f"- {document_ref(ref)};" for ref in plan.legal_basis]
        out.append("")
    sections = list(_sections(campaign))
    for number, (heading, body) in enumerate(sections):
        out.append(f"## {_ROMAN[number]}. {heading}\n")
        out.append(body)
    if plan.closing:
        out.append(esc(plan.closing) + "\n")
    out.append(_footer(campaign))
    return "\n".join(out).rstrip() + "\n"


def _header(campaign: Campaign) -> str:
    plan = campaign.plan
    rows = []
    if plan.superior:
        rows.append(f'<span class="cp-doc__superior">{html.escape(plan.superior.upper())}</span>')
    rows.append(f"<strong>{html.escape(plan.issuer.upper())}</strong>")
    if plan.number:
        rows.append(f"Số: {html.escape(plan.number)}")
    else:
        rows.append("Số: <em>bản gốc không ghi số, ký hiệu</em>")
    if plan.date:
        place = f"{html.escape(plan.place)}, " if plan.place else ""
        rows.append(f"<em>{place}{long_date(plan.date, weekday=False)}</em>")
    else:
        rows.append("<em>Bản gốc không ghi ngày ban hành</em>")
    cells = "".join(f"<p>{row}</p>" for row in rows)
    return f'<div class="cp-doc" markdown="0">{cells}</div>\n'


def _sections(campaign: Campaign) -> list[tuple[str, str]]:
    plan = campaign.plan
    sections: list[tuple[str, str]] = []
    if plan.purposes or plan.requirements:
        parts = []
        for i, (title, items) in enumerate(
            (("Mục đích", plan.purposes), ("Yêu cầu", plan.requirements))
        ):
            if items:
                parts.append(f"### {i + 1}. {title}\n")
                parts += [f"- {esc(item)}" for item in items]
                parts.append("")
        sections.append(("MỤC ĐÍCH, YÊU CẦU", "\n".join(parts)))
    if campaign.activities:
        parts = []
        for i, activity in enumerate(campaign.activities):
            parts.append(_activity(campaign, i + 1, activity))
        heading = "NỘI DUNG CÁC HOẠT ĐỘNG" + (" KỶ NIỆM" if campaign.anniversary else "")
        sections.append((heading, "\n".join(parts)))
    for event in campaign.events:
        maybe = "dự kiến " if event.tentative else ""
        when = f"tổ chức vào ngày {short_date(event.date)}"
        if event.time:
            when += f", {esc(event.time)}"
        if event.duration:
            when = f"{maybe}{esc(event.duration)}, {when}"
        lines = [
            f"1. Quy mô: {esc(event.scale or 'theo kế hoạch riêng')}.",
            f"2. Thời gian: {when}.",
            f"3. Địa điểm: {maybe}tại {esc(event.place)}.",
        ]
        body = "\n".join(lines) + "\n"
        if plan.ceremony_section:
            body += f"\n{esc(plan.ceremony_section)}\n"
        body += f"\nXem trang [{esc(event.name)}](su-kien/{event.id}.md).\n"
        sections.append((f"TỔ CHỨC {esc(event.name.upper())}", body))
    if plan.budget:
        sections.append(("KINH PHÍ THỰC HIỆN", esc(plan.budget) + "\n"))
    if campaign.assignments:
        parts = []
        for i, assignment in enumerate(campaign.assignments):
            prefix = "Đề nghị " if assignment.request else ""
            parts.append(f"### {i + 1}. {prefix}{unit_label(campaign, assignment.unit)}\n")
            parts += [f"- {esc(task.text)}" for task in assignment.tasks]
            parts.append("")
        parts.append("Xem [phân công theo từng đơn vị](phan-cong.md).\n")
        sections.append(("PHÂN CÔNG NHIỆM VỤ", "\n".join(parts)))
    return sections


def _activity(campaign: Campaign, number: int, activity: Activity) -> str:
    parts = [f"### {number}. {esc(activity.name)}\n"]
    bullets = len(activity.description) > 1 or bool(activity.items)
    for paragraph in activity.description:
        parts.append(f"- {esc(paragraph)}" if bullets else esc(paragraph))
    parts.append("")
    letter = 0
    for include in activity.includes:
        items = campaign.topics if include == "topics" else campaign.channels
        title = "Nội dung" if include == "topics" else "Hình thức"
        parts.append(f"**{_LETTERS[letter]}) {title}**\n")
        parts += [f"- {esc(item)}" for item in items]
        parts.append("")
        letter += 1
    for label, items in activity.items.items():
        parts += [f"- *{esc(label)}:* {esc(item)}" for item in items]
        parts.append("")
    if activity.includes and activity.when_text:
        parts.append(f"**{_LETTERS[letter]}) Thời gian thực hiện:** {esc(activity.when_text)}.\n")
    elif activity.when is not None or activity.lead:
        parts.append(f"*Thời gian:* {window_text(activity)}.\n")
    return "\n".join(parts)


def _footer(campaign: Campaign) -> str:
    plan = campaign.plan
    out = []
    if plan.recipients:
        out.append('<div class="cp-doc-footer" markdown>\n<div markdown>\n')
        out.append("**Nơi nhận:**\n")
        for i, recipient in enumerate(plan.recipients):
            end = "." if i == len(plan.recipients) - 1 else ";"
            note = f" ({esc(recipient.note)})" if recipient.note else ""
            out.append(f"- {esc(recipient.name)}{note}{end}")
        out.append("\n</div>\n")
    if plan.signer:
        signer = plan.signer
        out.append('<div class="cp-signer" markdown="0">')
        if signer.authority:
            out.append(f"<p><strong>{html.escape(signer.authority)}</strong></p>")
        out.append(f"<p><strong>{html.escape(signer.position)}</strong></p>")
        out.append(f'<p class="cp-signer__name"><strong>{html.escape(signer.name)}</strong></p>')
        out.append("</div>")
    if plan.recipients:
        out.append("\n</div>")
    return "\n".join(out) + "\n"
