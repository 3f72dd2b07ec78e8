"""The event a plan organises (a ceremony, a conference): name, day or month, place,
scale, agenda, participants, and what it is combined with."""

from __future__ import annotations

import re
from typing import Any

from ....content.text import fold
from ..parse import Part
from .names import recover_case
from .reading import Reading, only_items, short_slug, upper_first, vn_date
from .refs import references

_EVENT_WORDS = ("lễ", "hội nghị", "hội thảo", "hội thi", "mít tinh", "tọa đàm")
_WHEN = re.compile(
    r"(?:vào|tổ chức|diễn ra|khai mạc)\s+(?:ngày\s+)?"
    r"(?:(?P<date>\d{1,2}/\d{1,2}/\d{4})|tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4}))",
    re.IGNORECASE,
)
_COMBINED = re.compile(
    r"gắn với\s+(?:việc\s+)?(?:tổ chức\s+)?(?P<name>(?:Hội nghị|Lễ|Hội thảo|Hội thi)\s[^“\"]+?)"
    r"\s*(?:[“\"](?P<about>[^”\"]+)[”\"])?(?=\s+bằng\s|\s+vào\s|[.;]|$)"
)


def read_event(r: Reading) -> None:
    plan = r.plan
    title = plan.title
    candidates = [(i, s) for i, s in enumerate(plan.sections) if mentions_event(s.title or "")]
    name = None
    lowered = title.lower()
    for word in _EVENT_WORDS:
        if lowered.startswith(f"tổ chức {word}"):
            name = upper_first(title[len("tổ chức ") :])
            break
    if name is None and candidates:
        heading = (candidates[0][1].title or "").removeprefix("TỔ CHỨC ").strip()
        name = recover_case(heading, r.body) or upper_first(heading.lower())
    if name is None:
        return
    timed = [(i, s) for i, s in enumerate(plan.sections) if "THỜI GIAN" in (s.title or "").upper()]
    event: dict[str, Any] = {}
    where = None
    for index, section in candidates + timed:
        for line, text in section.paragraphs():
            bare = text
            for _, (start, stop) in references(text):
                bare = bare[:start] + " " * (stop - start) + bare[stop:]
            if "date" not in event and "month" not in event:
                if match := _WHEN.search(bare):
                    if match["date"] and (day := vn_date(match["date"])):
                        event["date"] = day
                    elif match["m"]:
                        event["month"] = f"{int(match['m'])}/{match['y']}"
                    if "dự kiến" in text.lower():
                        event["tentative"] = True
                    where = (index, line)
        for part in section.parts:
            _event_part(part, event)
    if "date" not in event and "month" not in event:
        r.facts.check.append(
            f"{r.plan.kind.lower()} nói về “{name}” nhưng không thấy ngày hay tháng tổ chức: "
            "chưa tạo sự kiện"
        )
        return
    refs = references(name)
    if refs:
        ref, (start, _stop) = refs[0]
        event["refs"] = [ref]
        number_end = name.find(ref["number"], start) + len(ref["number"])
        name = name[:number_end]
    event_id = short_slug(name, 4, stop_at_digit=True)
    record: dict[str, Any] = {"id": event_id, "name": name, **event}
    for _, section in candidates + timed:
        for _, text in section.paragraphs():
            if combined := _combined(text):
                record["combined"] = [combined]
                break
    order = "id name date month tentative place scale refs combined agenda participants".split()
    r.data["events"] = [{k: record[k] for k in order if k in record}]
    if where is not None and "show" not in r.sections[where[0]]:
        r.sections[where[0]]["event"] = event_id
    when = event.get("date") or f"tháng {event.get('month')}"
    r.facts.found.append(f"Sự kiện: {name} ({when}, dòng {where[1] if where else '?'})")
    r.note(("events", 0, "name"), f"Tên sự kiện rút từ {r.plan.kind.lower()}: có thể viết gọn lại.")


def _event_part(part: Part, event: dict[str, Any]) -> None:
    key = fold(part.title or "")
    texts = [text for _, text in part.paragraphs()]
    if not texts:
        return
    if key.startswith("dia diem"):
        place = re.sub(r"^(?:dự kiến\s+)?(?:tại\s+)?", "", texts[0], flags=re.IGNORECASE)
        event["place"] = place.rstrip(" .;")
        if "dự kiến" in texts[0].lower():
            event["tentative"] = True
    elif key.startswith("quy mo"):
        event["scale"] = texts[0].rstrip(" .;")
    elif key.startswith(("noi dung", "chuong trinh")) and only_items(part.blocks):
        event["agenda"] = [{"item": text} for text in texts]
    elif key.startswith("thanh phan"):
        groups = _groups(part)
        if groups:
            event["participants"] = groups


def mentions_event(title: str) -> bool:
    words = title.lower()
    return any(re.search(rf"(?<!\w){w}(?!\w)", words) for w in _EVENT_WORDS)


def _groups(part: Part) -> list[dict[str, Any]]:
    """Participants by level: a label paragraph ("Ở thị xã"), then its bullets."""
    groups: list[dict[str, Any]] = []
    label = (part.title or "Thành phần").rstrip(":")
    for block in part.blocks:
        if block.text is not None:
            label = block.text.rstrip(":")
        elif block.items:
            groups.append({"level": label, "who": list(block.items)})
    return groups


def _combined(text: str) -> dict[str, Any] | None:
    match = _COMBINED.search(text)
    if match is None:
        return None
    name = match["name"].strip()
    found: dict[str, Any] = {"name": name}
    refs = references(name)
    if refs:
        ref, (start, _stop) = refs[0]
        if match["about"]:
            ref["title"] = match["about"].strip()
        found["name"] = name[: name.find(ref["number"], start) + len(ref["number"])]
        found["document"] = ref
    return found
