"""Activities: the numbered parts of the content section ("II. NỘI DUNG ..."), with dates."""

from __future__ import annotations

import re
from typing import Any

from ....content.text import fold
from ..parse import Block, Part
from .events import mentions_event
from .reading import Reading, short_slug, texts_of, unique, vn_date
from .units import ORGAN_START, unit_name

# "II. NỘI DUNG TUYÊN TRUYỀN", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "III. HÌNH THỨC TUYÊN
# TRUYỀN": what a propaganda plan tells people about (its topics) and the ways it is told
# (its channels). A topic ("Tầm vóc, ý nghĩa lịch sử của Cách mạng tháng Tám …") is no
# activity: announced under "Các hoạt động chính của Kế hoạch gồm:" it would be heard as
# something that takes place. A channel is how, not what people take part in.
_PROPAGANDA = re.compile(r"^(?:noi dung|hinh thuc)\b[^.]*\btuyen truyen\b")
_TOPICS_HEAD = re.compile(r"^noi dung\b")
_CHANNELS_HEAD = re.compile(r"^hinh thuc\b")


# "III. NỘI DUNG, TRÌNH TỰ, THỦ TỤC" (corpus 36): the order of a meeting's proceedings
# ("Hội nghị cử Chủ tọa …", "Hội nghị thảo luận …"), not activities people take part in.
_PROCEEDINGS = re.compile(r"\btrinh tu\b")


def _is_propaganda(title: str) -> bool:
    return _PROPAGANDA.match(fold(title).strip()) is not None


def read_activities(r: Reading) -> None:
    """The numbered parts of the content section ("II. NỘI DUNG ..."), with their dates;
    a propaganda section's topics and channels go to ``topics`` and ``channels``."""
    _topics_and_channels(r)
    section = next(
        (
            s
            for s in r.plan.sections
            if (s.title or "").upper().startswith("NỘI DUNG")
            and not mentions_event(s.title or "")
            and not _is_propaganda(s.title or "")
            and not _PROCEEDINGS.search(fold(s.title or ""))
        ),
        None,
    )
    if section is None:
        return
    # A content section with no numbered parts lists its work as bullets ("1. Nội dung
    # công việc." then "- Tham dự lớp tập huấn …", corpus 47): each item is an activity,
    # as each numbered part is in the other plans.
    parts = section.parts or [
        Part("", item.rstrip(" ;,"), line)
        for block in _work_blocks(r, section)
        for item, line in zip(block.items, block.item_lines, strict=True)
    ]
    if not parts or _parts_of_one_event(section):
        return
    ids: set[str] = set()
    activities = []
    bodies: list[str] = []
    for part in parts:
        title = (part.title or "").strip()
        head, colon, rest = title.partition(":")
        name = head.strip() if colon else title
        if not name or _is_generic(name) or _is_label(name):
            continue  # "1. Thời gian: ...": a fact of the plan, kept as its text
        if names_a_body(name):
            bodies.append(name)
            continue
        activity: dict[str, Any] = {"id": unique(short_slug(name, 8), ids), "name": name}
        description = ([rest.strip()] if rest.strip() else []) + texts_of(part.blocks)
        # Parts its own text announces are its too: "TNKL dự kiến gồm ba phần thi:", then
        # the contest's rounds "1- Chào hỏi:", "2 - Tài năng:" (corpus 46, under "III,
        # Đêm hội Kim Liên:") were left out of it. Each is one item, its title first
        # ("Chào hỏi: Thời gian dành cho phần thi …"), in the plan's order.
        if part.parts and (description[-1:] or [title])[-1].rstrip().endswith(":"):
            rounds = Part(part.label, None, part.line, parts=part.parts)
            description += [text for _, text in rounds.items()]
        if description:
            activity["description"] = description
        texts = [title, *(text for _, text in part.paragraphs())]
        if window := _window(texts):
            activity["when"] = window
        if when_text := _when_text(part) or (None if window else _month_text(texts)):
            activity["when_text"] = when_text
        activities.append(activity)
    if bodies:
        r.facts.check.append(
            f"mục {section.label}: {len(bodies)} phần mang tên cơ quan, đơn vị ("
            + "; ".join(bodies[:3])
            + ("; …" if len(bodies) > 3 else "")
            + "): là việc giao cho từng đơn vị, không lấy làm hoạt động; nội dung giữ "
            f"nguyên văn bản trên trang {r.plan.kind}"
        )
    if not activities:
        return
    r.data["activities"] = activities
    dated = sum(1 for a in activities if "when" in a)
    r.facts.found.append(
        f"{len(activities)} hoạt động (mục {section.label}), {dated} có ngày thực hiện"
    )
    r.facts.check.append(
        f"hoạt động: chưa rõ đơn vị chủ trì (lead); mục {section.label} giữ nguyên văn bản "
        f"trên trang {r.plan.kind}"
    )


# "Hội thi gồm ba phần thi:", "Chương trình gồm các phần sau:": the sentence that opens
# the content section says its numbered parts are the parts of one event (a contest's
# rounds "1- Chào hỏi", "2- Tài năng"), not activities of the plan.
_EVENT_HAS_PARTS = re.compile(
    r"^(?:hội thi|cuộc thi|hội diễn|liên hoan|chương trình|buổi lễ|lễ|hội nghị|đêm hội|"
    r"ngày hội)\b[^.:;]*\b(?:gồm|bao gồm|gồm có)\b[^.;]*:$",
    re.IGNORECASE,
)


def _parts_of_one_event(section: Part) -> bool:
    """Whether the section's parts are announced by its opening sentence as the parts of
    one event ("Hội thi gồm ba phần thi:")."""
    if not section.parts or not section.blocks or section.blocks[-1].text is None:
        return False
    return _EVENT_HAS_PARTS.match(section.blocks[-1].text.strip()) is not None


# After an organ's first word, what goes on naming the organ rather than an action: a
# capital ("Sở Y tế", "Hội Liên hiệp Phụ nữ"), a list ("Sở, ban, ngành"), a level ("Công
# an xã", "Ủy ban nhân dân xã, phường"). "Phòng chống dịch", "Đoàn kiểm tra …", "Bộ đội
# biên phòng tuyên truyền" go on with a verb or a common noun: what is done.
_BODY_GOES_ON = re.compile(
    r"\s*(?:,|$|[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|"
    r"(?:nhân dân|xã|phường|thị xã|thị trấn|huyện|quận|tỉnh|thành phố|cấp|các)\b)"
)


def names_a_body(name: str) -> bool:
    """Whether a part of the content section is headed by a body's name and nothing else
    ("1. Sở Y tế", "6. Ủy ban nhân dân xã, phường", "7. Đề nghị Ủy ban Mặt trận Tổ quốc
    Việt Nam thành phố"; corpus 13): the plan divides its content by who does it, and
    what is under it is that body's tasks, not an activity for people to hear of."""
    head = ORGAN_START.match(name)
    if head is None or unit_name(name) != name:
        return False
    return _BODY_GOES_ON.match(name, head.end()) is not None


# Labels that head a plan's facts, not activities: "Thời gian", "Địa điểm, thời gian"...
_GENERIC = {"thoi gian", "dia diem", "hinh thuc", "thanh phan", "quy mo", "doi tuong"}
_GENERIC |= {"kinh phi", "phuong thuc", "noi dung", "pham vi"}
_FILLERS = {"thuc hien", "to chuc", "du kien", "cu the"}


# Headings that name a kind of fact the part sets out, not something done: "Chủ đề
# thi đua", "Nội dung thi đua", "Tiêu chí đánh giá, xếp loại", "Quy định về thành
# phần …", "Mục tiêu phát triển …" (corpus 02, 09, 17, 32). An activity's name begins
# with what is done ("Tổ chức …", "Hội nghị …").
_LABEL_HEADS = re.compile(
    r"(?:chu de|noi dung|tieu chi|quy dinh ve|muc tieu|muc dich|yeu cau|nguyen tac|chi tieu|"
    # "Phương án triển khai", "Cách thức xếp hạng" (corpus 17): how, not what is done.
    r"phuong an|cach thuc)\b"
)


def _is_label(name: str) -> bool:
    """Whether a part's heading is a label for its facts ("Tiêu chí đánh giá")."""
    return _LABEL_HEADS.match(fold(name).strip()) is not None


def _is_generic(name: str) -> bool:
    """Whether an activity's name is only generic labels ("Thời gian và địa điểm"), or
    says when or where something happens ("Thời gian đăng ký")."""
    words = re.sub(r"[^a-z ]+", " ", fold(name)).split()
    if " ".join(words[:2]) in ("thoi gian", "dia diem"):
        return True
    labels, i = 0, 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if pair in _GENERIC or pair in _FILLERS:
            labels += pair in _GENERIC
            i += 2
        elif words[i] == "va":
            i += 1
        else:
            return False
    return labels > 0


_RANGE = re.compile(
    r"từ ngày\s+(?P<a>\d{1,2}/\d{1,2}/\d{4})\s*(?:đến|-|–)\s*(?:ngày\s+)?"
    r"(?P<b>\d{1,2}/\d{1,2}/\d{4})",
    re.IGNORECASE,
)
_SHORT_RANGE = re.compile(
    r"từ ngày\s+(?P<a>\d{1,2})\s*(?:-|–|đến)\s*(?:ngày\s+)?"
    r"(?P<b>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})",
    re.IGNORECASE,
)


def _window(texts: list[str]) -> dict[str, str] | None:
    """ "từ ngày 18/3/2024 đến ngày 24/3/2024", "từ ngày 01 - 28/02/2025": start and end."""
    for text in texts:
        if match := _RANGE.search(text):
            start, end = vn_date(match["a"]), vn_date(match["b"])
        elif match := _SHORT_RANGE.search(text):
            start = vn_date(f"{match['a']}/{match['m']}/{match['y']}")
            end = vn_date(f"{match['b']}/{match['m']}/{match['y']}")
        else:
            continue
        if start and end:
            return {"start": start, "end": end}
    return None


# "Thời gian:", "Thời gian thực hiện:", "Thời gian tiến hành giao lưu:", "Thời gian hoàn
# thành:" (corpus 31): when the activity takes place. "Thời gian đăng kí …", "Thời gian
# casting các đội chơi …" (corpus 46) are the days of something else, a registration or
# a rehearsal: not the activity's.
_WHEN_LABEL = re.compile(
    r"^thoi gian(?:\s+(?:thuc hien|to chuc|tien hanh|dien ra|hoan thanh|trien khai)\b.*)?$"
)


def _when_text(part: Part) -> str | None:
    """What the plan says under "Thời gian thực hiện:" for an activity, as written."""
    for child in part.parts:
        if _WHEN_LABEL.match(fold(child.title or "").strip(" :")):
            texts = [text for _, text in child.paragraphs()]
            if texts:
                return texts[0].rstrip(" .")
    for _, text in part.paragraphs():
        head, colon, rest = text.partition(":")
        if colon and _WHEN_LABEL.match(fold(head).strip()) and rest.strip():
            return rest.strip().rstrip(" .")
    return None


# A month, quarter or recurrence an activity names without a day: "Tháng 12/2013",
# "trong tháng 11/2025", "Quý IV/2025", "hằng tháng". Kept as written; no day is made up.
_MONTHLY = re.compile(
    r"(?:(?:trong|vào|từ|đến|hết)\s+)?(?:tháng\s+\d{1,2}\s*/\s*\d{4}|tháng\s+\d{1,2}\s+năm\s+\d{4}|"
    r"quý\s+[IV]{1,3}\s*/\s*\d{4}|(?:hằng|hàng)\s+(?:tháng|quý|tuần))",
    re.IGNORECASE,
)


def _month_text(texts: list[str]) -> str | None:
    """The first month or recurrence the activity's texts name, as written; not in a
    labelled line about something else ("Dẫn chương trình: … các MC đạt giải trong cuộc
    thi tuyển MC tháng 10/2009", corpus 46: the contest's month, not the activity's)."""
    for text in texts:
        head, colon, _ = text.partition(":")
        label = fold(head).strip()
        if colon and len(head.split()) <= 4 and not _WHEN_LABEL.match(label):
            if not label.startswith("thoi han"):  # "Thời hạn ban hành: trước …" (corpus 01)
                continue
        if match := _MONTHLY.search(text):
            return match[0]
    return None


def _work_blocks(r: Reading, section: Part) -> list[Block]:
    """The bullet lists of a content section that lists its work as bullets; a list under
    a label "Nội dung tuyên truyền:" or "Hình thức tuyên truyền:" is its topics or its
    channels (added to ``topics``, ``channels``), not work."""
    work: list[Block] = []
    label = ""
    for block in section.blocks:
        if block.text is not None:
            label = fold(block.text).strip() if block.text.rstrip().endswith(":") else ""
            continue
        if _PROPAGANDA.match(label.rstrip(":")):
            key = "channels" if _CHANNELS_HEAD.match(label) else "topics"
            items = [i.rstrip(" .;:") for i in block.items if i.rstrip(" .;:")]
            r.data[key] = [*r.data.get(key, []), *items]
            continue
        work.append(block)
    return work


def _listed(part: Part) -> list[str]:
    """What a part lists: each numbered part with its text, each bullet, each paragraph."""
    return [text for _, text in part.items()]


def _topics_and_channels(r: Reading) -> None:
    """The topics ("NỘI DUNG TUYÊN TRUYỀN") and channels ("HÌNH THỨC TUYÊN TRUYỀN") of a
    propaganda plan, in its words: a section of each, or one section with a part of each
    ("1. Nội dung tuyên truyền", "2. Hình thức tuyên truyền")."""
    found: dict[str, list[str]] = {"topics": [], "channels": []}
    for section in r.plan.sections:
        title = section.title or ""
        if not _is_propaganda(title):
            continue
        heads = [(fold(p.title or "").strip(), p) for p in section.parts]
        split = [(h, p) for h, p in heads if _TOPICS_HEAD.match(h) or _CHANNELS_HEAD.match(h)]
        if split:
            for head, part in split:
                key = "topics" if _TOPICS_HEAD.match(head) else "channels"
                found[key] += _listed(part)
        else:
            key = "channels" if _CHANNELS_HEAD.match(fold(title).strip()) else "topics"
            found[key] += _listed(section)
    for key, what in (("topics", "nội dung tuyên truyền"), ("channels", "hình thức tuyên truyền")):
        items = [item.rstrip(" .;:") for item in found[key] if item.rstrip(" .;:")]
        if items:
            r.data[key] = items
            r.facts.found.append(f"{len(items)} {what} (không phải hoạt động)")
