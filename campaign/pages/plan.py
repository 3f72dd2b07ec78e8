"""The plan page: the official document, laid out for reading on a phone.

The sections follow the plan's own structure when ``plan.sections`` gives it
(headings, their order, the text under them); otherwise a standard layout is
built from the data. Both go through the same renderer, so structured data
(units and tasks, the agenda) reads the same in either.
"""

from __future__ import annotations

import html
import re

from ..content.dates import long_date, short_date
from ..content.model import Activity, Campaign, Event, PlanPart, PlanSection
from ..content.text import slugify
from ..publish.markdown import esc, front_matter
from .common import document_ref, unit_label, window_text

_ROMAN_STEPS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    """``number`` (1 and up) in Roman numerals: a pasted plan can have any number of sections."""
    out = []
    for value, letters in _ROMAN_STEPS:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def section_label(numbering: str, number: int) -> str:
    """A section's number as the plan writes it: "II." or "II-", "2." in a plan
    that numbers its sections in Arabic numerals, "B." in one that letters them."""
    if numbering[0] == "A":
        return chr(ord("A") + number - 1) + numbering[-1]
    label = str(number) if numbering[0].isdigit() else roman(number)
    return label + numbering[-1]


# Vietnamese lettering: a, b, c, d, đ, e, g, h... (no f, j, w, z).
_LETTERS = "abcdđeghiklmnopqrstuvxy"

# Party documents write "Số 116-KH/TU" (number, hyphen, symbol), state bodies
# "Số: 22/KH-UBND"; the symbol itself tells which.
_PARTY_NUMBER = re.compile(r"^\d+-[^\s/]+/")


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
        out += [esc(p) + "\n" for p in plan.basis_text]
    elif plan.legal_basis:
        out.append("Căn cứ:\n")
        out += [f"- {document_ref(ref)};" for ref in plan.legal_basis]
        out.append("")
    out += [esc(p) + "\n" for p in plan.after_basis]
    for number, section in enumerate(sections(campaign)):
        label = section_label(plan.numbering, number + 1)
        out.append(f"## {label} {esc(section.title)}\n")
        out.append("\n".join(_content(campaign, section, 0)))
    if plan.closing:
        out.append(esc(plan.closing) + "\n")
    out.append(_footer(campaign))
    return "\n".join(out).rstrip() + "\n"


def sections(campaign: Campaign) -> list[PlanSection]:
    return campaign.plan.sections or default_sections(campaign)


def event_anchor(campaign: Campaign, event: Event) -> str | None:
    """The anchor of the first plan section about ``event``, for links from its page."""
    first = campaign.events[0].id if campaign.events else None

    def about(part: PlanPart) -> bool:
        shows_event = part.show in ("event", "agenda", "participants")
        if part.event == event.id or (shows_event and part.event is None and first == event.id):
            return True
        return any(about(child) for child in part.parts)

    for number, section in enumerate(sections(campaign)):
        if about(section):
            return slugify(f"{section_label(campaign.plan.numbering, number + 1)} {section.title}")
    return None


def default_sections(campaign: Campaign) -> list[PlanSection]:
    """The standard layout of a plan, for a campaign that does not give its own."""
    plan = campaign.plan
    sections: list[PlanSection] = []
    if plan.purposes or plan.aims or plan.requirements:
        # A plan with no "Mục đích" states its general aim ("Mục tiêu chung", plan.aims):
        # shown where a plan shows its purposes, under the name the plan gives it.
        parts: list[PlanPart] = []
        words: list[str] = []
        if plan.purposes:
            parts.append(PlanPart(title="Mục đích", show="purposes"))
            words.append("MỤC ĐÍCH")
        if plan.aims:
            parts.append(PlanPart(title="Mục tiêu chung", show="aims"))
            words.append("MỤC TIÊU")
        if plan.requirements:
            parts.append(PlanPart(title="Yêu cầu", show="requirements"))
            words.append("YÊU CẦU")
        sections.append(PlanSection(title=", ".join(words), parts=parts))
    if campaign.activities:
        heading = "NỘI DUNG CÁC HOẠT ĐỘNG" + (" KỶ NIỆM" if campaign.anniversary else "")
        sections.append(PlanSection(title=heading, show="activities"))
    for event in campaign.events:
        sections.append(
            PlanSection(title=f"TỔ CHỨC {event.name.upper()}", show="event", event=event.id)
        )
    if plan.budget:
        sections.append(PlanSection(title="KINH PHÍ THỰC HIỆN", show="budget"))
    if any(a.unit is not None for a in campaign.assignments):
        sections.append(PlanSection(title="PHÂN CÔNG NHIỆM VỤ", show="assignments"))
    return sections


# --- a part and what it shows ----------------------------------------------------
#
# A part renders as chunks, each ending in a newline, joined by a blank line.


def _label(numbering: str | None, number: int) -> str:
    """A first-level part's number: "2." unless its section numbers them otherwise
    ("II," under "B. NỘI DUNG:" in corpus 46): the page writes what the plan writes."""
    if numbering is None:
        return f"{number}."
    if numbering[0].isdigit():
        return f"{number}{numbering[-1]}"
    return roman(number) + numbering[-1]


def _sub_label(numbering: str | None, number: int) -> str:
    """A second-level part's label: "b)" unless its part numbers them otherwise ("2-"
    under "III, Đêm hội Kim Liên:" in corpus 46)."""
    if numbering is not None and numbering[0].isdigit():
        return f"{number}{numbering[-1]}"
    return f"{_LETTERS[(number - 1) % len(_LETTERS)]})"


def _heading(part: PlanPart, depth: int, number: int, numbering: str | None = None) -> str | None:
    if part.title is None:
        return None
    if depth == 1:
        return f"### {_label(numbering, number)} {esc(part.title)}\n"
    if depth == 2:
        return f"**{_sub_label(numbering, number)} {esc(part.title)}**\n"
    return f"**{esc(part.title)}**\n"


def _content(campaign: Campaign, part: PlanPart, depth: int) -> list[str]:
    """Everything under a part's heading: body, sub-parts, then what it shows."""
    chunks: list[str] = []
    for block in part.body:
        if block.text is not None:
            chunks.append(esc(block.text) + "\n")
        if block.items:
            chunks.append(_bullets(block.items))
    number = 0
    for child in part.parts:
        number += 1
        chunks += _part(campaign, child, depth + 1, number, part.numbering)
    if part.show is not None:
        chunks += _show(campaign, part, depth, number)
    if part.event is not None and part.show is None:
        event = campaign.event(part.event)
        chunks.append(f"Xem trang [{esc(event.name)}](su-kien/{event.id}.md).\n")
    return chunks


def _part(
    campaign: Campaign, part: PlanPart, depth: int, number: int, numbering: str | None = None
) -> list[str]:
    content = _content(campaign, part, depth)
    # "1. Quy mô: Ủy ban nhân dân huyện tổ chức." reads as one line, not a heading.
    if part.title and part.title.endswith(":") and part.body and part.body[0].text:
        label = _label(numbering, number) if depth == 1 else _sub_label(numbering, number)
        first = f"**{label} {esc(part.title)}** {content[0]}"
        return [first, *content[1:]]
    heading = _heading(part, depth, number, numbering)
    return ([heading] if heading else []) + content


def _bullets(items: list[str]) -> str:
    return "\n".join(f"- {esc(item)}" for item in items) + "\n"


def _list(items: list[str]) -> list[str]:
    """One item is a paragraph, as plans print it; several are bullets."""
    if len(items) == 1:
        return [esc(items[0]) + "\n"]
    return [_bullets(items)] if items else []


def _show(campaign: Campaign, part: PlanPart, depth: int, number: int) -> list[str]:
    plan = campaign.plan
    show = part.show
    if show == "purposes":
        return _list(plan.purposes)
    if show == "aims":
        return _list(plan.aims)
    if show == "requirements":
        return _list(plan.requirements)
    if show == "budget":
        return [esc(plan.budget) + "\n"] if plan.budget else []
    if show == "activities":
        return [
            _activity(campaign, number + i + 1, activity)
            for i, activity in enumerate(campaign.activities)
        ]
    if show == "assignments":
        return _assignments(campaign, depth, number)
    event = campaign.event(part.event)
    if show == "event":
        return [_event_facts(campaign, event)]
    if show == "agenda":
        return _list([f"{a.time}: {a.item}" if a.time else a.item for a in event.agenda])
    chunks = []
    for group in event.participants:
        chunks += [f"**{esc(group.level)}**\n", _bullets(group.who)]
    return chunks


def _assignments(campaign: Campaign, depth: int, number: int) -> list[str]:
    chunks = []
    # Tasks dated without a unit come from other sections, printed there as written.
    named = [a for a in campaign.assignments if a.unit is not None]
    for i, assignment in enumerate(named):
        prefix = "Đề nghị " if assignment.request else ""
        title = (
            esc(assignment.heading)
            if assignment.heading
            else prefix + unit_label(campaign, assignment.unit)
        )
        label = number + i + 1
        if depth + 1 == 1:
            chunks.append(f"### {label}. {title}\n")
        else:
            chunks.append(f"**{_LETTERS[(label - 1) % len(_LETTERS)]}) {title}**\n")
        chunks.append(_bullets([task.text for task in assignment.tasks]))
    chunks.append("Xem [phân công theo từng đơn vị](phan-cong.md).\n")
    return chunks


def _event_facts(campaign: Campaign, event: Event) -> str:
    maybe = "dự kiến " if event.tentative else ""
    if event.date is not None:
        when = f"tổ chức vào ngày {short_date(event.date)}"
    else:
        when = f"tổ chức vào tháng {event.first_day.month}/{event.first_day.year}"
    if event.time:
        when += f", {esc(event.time)}"
    if event.duration:
        when = f"{maybe}{esc(event.duration)}, {when}"
    place = f"{maybe}tại {esc(event.place)}" if event.place else "chưa ấn định"
    lines = [
        f"1. Quy mô: {esc(event.scale or 'theo kế hoạch riêng')}.",
        f"2. Thời gian: {when}.",
        f"3. Địa điểm: {place}.",
    ]
    body = "\n".join(lines) + "\n"
    if campaign.plan.ceremony_section:
        body += f"\n{esc(campaign.plan.ceremony_section)}\n"
    body += f"\nXem trang [{esc(event.name)}](su-kien/{event.id}.md).\n"
    return body


def _header(campaign: Campaign) -> str:
    plan = campaign.plan
    rows = []
    if plan.superior:
        rows.append(f'<span class="cp-doc__superior">{html.escape(plan.superior.upper())}</span>')
    rows.append(f"<strong>{html.escape(plan.issuer.upper())}</strong>")
    # Only what campaign.yml states: an empty number may just not be filled in yet.
    if plan.number:
        label = "Số" if _PARTY_NUMBER.match(plan.number) else "Số:"
        rows.append(f"{label} {html.escape(plan.number)}")
    elif "number" in plan.not_in_original:
        rows.append("Số: <em>bản gốc không ghi số, ký hiệu</em>")
    if plan.date:
        place = f"{html.escape(plan.place)}, " if plan.place else ""
        rows.append(f"<em>{place}{long_date(plan.date, weekday=False)}</em>")
    elif "date" in plan.not_in_original:
        rows.append("<em>Bản gốc không ghi ngày ban hành</em>")
    cells = "".join(f"<p>{row}</p>" for row in rows)
    return f'<div class="cp-doc" markdown="0">{cells}</div>\n'


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
