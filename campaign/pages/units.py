"""Responsibilities per unit: what each body leads, supports, and by when."""

from __future__ import annotations

import datetime as dt

from ..content.dates import short_date
from ..content.model import Campaign, Task
from ..publish.markdown import esc, front_matter
from .common import countdown, deadline_badge, kind_word, unit_anchor, unit_label


def _deadline(task: Task, today: dt.date) -> str:
    if task.deadline is None:
        return ""
    return f" **Hạn: {short_date(task.deadline)}** {deadline_badge(task, today)}"


def render(campaign: Campaign, today: dt.date) -> str:
    kind = esc(kind_word(campaign).lower())
    out = [
        front_matter(
            title="Phân công nhiệm vụ",
            description=f"Nhiệm vụ của từng cơ quan, đơn vị theo {kind_word(campaign).lower()}, "
            "kèm thời hạn.",
        ),
        "# Phân công nhiệm vụ\n",
        f"Nhiệm vụ của từng cơ quan, đơn vị và các thời hạn, như [{kind}](ke-hoach.md) "
        f"ghi (gồm cả các thời hạn nêu ở mục khác của {kind}).\n",
    ]
    # A list, not a table: four columns do not fit a phone screen.
    summary = []
    for assignment in campaign.assignments:
        deadlines = sorted(t.deadline for t in assignment.tasks if t.deadline)
        upcoming = [d for d in deadlines if d >= today]
        role = f"{assignment.role} · " if assignment.role else ""
        anchor = unit_anchor(campaign, assignment.unit)
        line = (
            f"- [{unit_label(campaign, assignment.unit)}](#{anchor})"
            f" — {role}{len(assignment.tasks)} nhiệm vụ"
        )
        if upcoming:
            line += f" · hạn gần nhất {short_date(upcoming[0])} ({countdown(today, upcoming[0])})"
        elif deadlines:
            line += " · các hạn đã qua"
        summary.append(line)
    out += [*summary, ""]
    for assignment in campaign.assignments:
        out.append(f"## {unit_label(campaign, assignment.unit)}\n")
        if assignment.unit is None:
            # Tasks the plan dates without naming a unit: as the plan words them.
            out += [f"- {esc(task.text)}" + _deadline(task, today) for task in assignment.tasks]
            out.append("")
            continue
        unit = campaign.unit(assignment.unit)
        meta = [f"Vai trò chung: **{assignment.role}**"] if assignment.role else []
        if unit.short and unit.short != unit.name:
            meta.insert(0, esc(unit.name))
        if assignment.request:
            meta.append(f"{kind} *đề nghị* đơn vị phối hợp thực hiện")
        # casefold, not fold: "Đăng ủy" for "Đảng ủy" differs only in its tone mark.
        if assignment.heading and assignment.heading.casefold() not in (
            unit.name.casefold(),
            (unit.short or unit.name).casefold(),
            f"đề nghị {unit.short or unit.name}".casefold(),
        ):
            meta.append(f"{kind} ghi: “{esc(assignment.heading)}”")
        if meta:
            out.append(" · ".join(meta) + "\n")
        for task in assignment.tasks:
            line = f"- {esc(task.text)}"
            extras = []
            if task.role:
                extras.append(f"vai trò: {task.role}")
            if task.partners:
                names = ", ".join(unit_label(campaign, p) for p in task.partners)
                extras.append(f"cùng: {names}")
            if extras:
                line += f" *({'; '.join(extras)})*"
            out.append(line + _deadline(task, today))
        out.append("")
        led = [a for a in campaign.activities if a.lead == unit.id]
        supported = [a for a in campaign.activities if unit.id in a.support]
        if led or supported:
            parts = []
            if led:
                parts.append("chủ trì " + ", ".join(esc(a.name) for a in led))
            if supported:
                parts.append("phối hợp " + ", ".join(esc(a.name) for a in supported))
            out.append(f"Trong [lộ trình](lo-trinh.md): {'; '.join(parts)}.\n")
    return "\n".join(out).rstrip() + "\n"
