"""The plan's own sections as data, with its theme, purposes and budget; the activities,
units and event are read from them in their own modules."""

from __future__ import annotations

import re

from ....content.text import fold
from ..parse import Part
from .activities import read_activities
from .events import read_event
from .reading import Reading, only_items, part_data, vn_date
from .units import read_assignments

_THEME = re.compile(r"chủ đề\s*:?\s*[“\"]([^”\"]{5,160})[”\"]")
_ANNIVERSARY = re.compile(
    r"kỷ niệm\s+(?P<years>\d{1,3})\s+năm\s+(?P<name>[^()]+?)\s*"
    r"\((?P<since>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\)"
)


def read_sections(r: Reading) -> None:
    plan = r.plan
    if not plan.sections:
        # The text sits before the grounds, after them, or both: name where it went.
        keys = [f"plan.{k}" for k in ("context", "after_basis") if k in r.data["plan"]]
        r.facts.check.append(
            "không thấy mục đánh số La Mã (I., II.): toàn bộ nội dung nằm ở "
            + (" và ".join(keys) or "plan.basis_text")
        )
        return
    r.data["plan"]["numbering"] = plan.numbering
    r.sections = [part_data(section) for section in plan.sections]
    _theme_and_anniversary(r)
    for index, section in enumerate(plan.sections):
        title = section.title or ""
        if "MỤC ĐÍCH" in title.upper():
            _purposes(r, index, section)
        elif "KINH PHÍ" in title.upper():
            _budget(r, index, section)
    if not r.data["plan"].get("purposes"):
        _aims(r)
    read_activities(r)
    read_assignments(r)
    read_event(r)
    r.data["plan"]["sections"] = r.sections
    titles = ", ".join(f"{s.label}{plan.numbering[-1]} {s.title}" for s in plan.sections)
    r.facts.found.append(f"{len(plan.sections)} mục: {titles}")


def _theme_and_anniversary(r: Reading) -> None:
    plan = r.data["plan"]
    texts = [r.plan.title, *plan.get("context", []), *plan.get("after_basis", [])]
    texts += [text for section in r.plan.sections[:1] for _, text in section.paragraphs()]
    for text in texts:
        if match := _THEME.search(text):
            r.data["theme"] = match[1].strip()
            r.facts.found.append(f"Chủ đề: {match[1].strip()}")
            break
    if match := _ANNIVERSARY.search(r.plan.title):
        since, day = vn_date(match["since"]), vn_date(match["date"])
        years = int(day[-4:]) - int(since[-4:]) if since and day else None
        if since and day and years == int(match["years"]):
            r.data["anniversary"] = {"name": match["name"], "date": day, "since": since}
            r.facts.found.append(f"Ngày kỷ niệm: {match['name']} ({since} - {day})")


def _purposes(r: Reading, index: int, section: Part) -> None:
    shown = []
    for number, part in enumerate(section.parts):
        key = fold(part.title or "")
        field_name = (
            "purposes"
            if key.startswith("muc dich")
            else "requirements"
            if key.startswith("yeu cau")
            else None
        )
        if field_name is None:
            continue
        texts = [text for _, text in part.items()]
        if not texts:
            continue
        r.data["plan"][field_name] = texts
        # The data replaces the text only where it renders the same: a single
        # paragraph, or bullets only.
        if not part.parts and (only_items(part.blocks) or len(texts) == 1):
            shown.append(number)
            r.sections[index]["parts"][number] = {"title": part.title, "show": field_name}
    if shown:
        r.facts.found.append("Mục đích, yêu cầu: đã tách thành dữ liệu")


# "I. MỤC TIÊU TỔNG QUÁT" (corpus 45), "II. MỤC TIÊU" then "1. Mục tiêu chung": what the
# plan sets out to do when it has no "Mục đích". Its numbered targets ("Kinh tế số chiếm
# 45% GRDP tỉnh", corpus 30) are no aim a bulletin says in a breath: not read.
_GENERAL_AIM = re.compile(r"^muc tieu (?:tong quat|chung)\b")


def _aims(r: Reading) -> None:
    """The plan's general aims, for a plan with no purposes: the items (or numbered
    points) of its "Mục tiêu tổng quát" / "Mục tiêu chung", as written."""
    for index, section in enumerate(r.plan.sections):
        key = fold(section.title or "").strip()
        number = None
        if _GENERAL_AIM.match(key):
            part = section
        elif key.startswith("muc tieu"):
            found = [
                n for n, p in enumerate(section.parts) if _GENERAL_AIM.match(fold(p.title or ""))
            ]
            if not found:
                continue
            number = found[0]
            part = section.parts[number]
        else:
            continue
        if part is section and section.parts:
            # "1. Cụ thể hóa việc triển khai …" (corpus 45): numbered points whose text is
            # on their own line; a bold heading with a body ("8. Thi đua khen thưởng", from
            # another section where the copy was cut) is no aim.
            texts = [p.title for p in section.parts if p.title and not p.blocks]
        else:
            texts = [text for _, text in part.items()]
        aims = [" ".join(text.split()).rstrip(" ;,") for text in texts if text.strip()]
        if aims:
            r.data["plan"]["aims"] = aims
            r.facts.found.append(f"Mục tiêu chung (không có mục Mục đích): {len(aims)} ý")
            # As for the purposes: the data replaces the text where it renders the same
            # (corpus 04's "1. Mục tiêu chung" paragraph), so the page shows what the
            # bulletin says. A section of numbered points (corpus 45) keeps its numbers, a
            # title run into its text ("2. Mục tiêu chung, lâu dài: Tạo điều kiện …",
            # corpus 12) its line: shown as data, the title would become a heading.
            run_in = (part.title or "").endswith(":")
            renders_same = only_items(part.blocks) or (len(aims) == 1 and not run_in)
            if number is not None and not part.parts and renders_same:
                r.sections[index]["parts"][number] = {"title": part.title, "show": "aims"}
        return


def _budget(r: Reading, index: int, section: Part) -> None:
    texts = [text for _, text in section.paragraphs()]
    if len(texts) == 1 and not section.parts:
        r.data["plan"]["budget"] = texts[0]
        r.sections[index] = {"title": section.title, "show": "budget"}
