"""Units and their tasks, from the section that assigns them, with deadlines."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ....content.dates import short_date
from ....content.text import fold
from ..parse import Block, Part, Unplaced
from .names import level_of
from .reading import Reading, blocks_data, short_slug, unique

# A deadline: a date after "ngày", or one that carries its four-digit year. "trước 3-5
# ngày", "không quá 1.5 triệu đồng", "trước 30/5" are quantities or unclear: not dates.
_DEADLINE = re.compile(
    # Emphasis may open inside it: "chậm nhất *ngày 17 tháng 12.*", "trước **ngày 30 ...".
    r"(?:chậm nhất|hạn chót|hạn cuối|không quá|trước)(?:\s+(?:là|vào))?\s+[*_]*"
    r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?(?:\s*phút)?,?\s+)?(?P<after_day>ngày\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>\s*[/.\-]\s*|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:(?:(?P=sep)|\s+năm\s+)(?P<y>\d{4}))?"
    # Not the start of a longer number, nor a quantity: "3-5 ngày", "1.5 triệu", "2/3 số".
    r"(?![\d/.\-]*\d)(?!\s*(?:ngày|tuần|tháng|giờ|lần|người|triệu|nghìn|ngàn|tỷ|đồng|số|%))",
    re.IGNORECASE,
)

# A second day in the same deadline: "trước ngày 01/6 và 15/11 hằng năm", "trước ngày
# 15/6/2026, 15/12/2026": the word "trước" and the "ngày" said before it hold for it too.
_MORE = re.compile(
    r"(?:\s*,\s*|\s+và\s+)(?P<after_day>ngày\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>\s*[/.\-]\s*|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:(?:(?P=sep)|\s+năm\s+)(?P<y>\d{4}))?"
    r"(?![\d/.\-]*\d)(?!\s*(?:ngày|tuần|tháng|giờ|lần|người|triệu|nghìn|ngàn|tỷ|đồng|số|%))",
    re.IGNORECASE,
)

_ASSIGNMENT_TITLES = ("PHÂN CÔNG", "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM", "NHIỆM VỤ CỤ THỂ")
_ASSIGNING = re.compile(r"^(?:Phân công|Trách nhiệm|Tổ chức thực hiện|Nhiệm vụ cụ thể)", re.I)
# First words of a unit's name ("Trung tâm Y tế", "Đề nghị Ban Tuyên giáo", "UBND các xã").
_UNIT_WORDS = set(
    "uy ubnd hdnd ubmttq mttq phong trung tram ban van dang doan hoi cong truong benh so cac"
    " mat dai buu chi thuong co don quan bao vien cuc lien thi huyen tinh xa phuong nha y hat"
    " doi ky bo toa kho nganh thu vien"
    # A hospital's departments and a school's groups: "Khoa Kiểm soát bệnh tật", "Tổ chuyên
    # môn" ("Tổ chức ..." is excluded below).
    " khoa to".split()
)
MAX_UNIT_WORDS = 24
# "Đề nghị Ban Tuyên giáo ..." (asked of a body the issuer does not direct), "Giao Sở ...",
# "Khuyến khích Đoàn Thanh niên ..." (encouraged); a colon may follow ("Đề nghị: Hội ...").
_ASKED = re.compile(r"^(?:Đề nghị|Giao|Khuyến khích)\s*:?\s+")
# Headings whose first word, without its accents, is also an organ's ("cơ" of "Cơ quan",
# "phương" of "phường", "báo" of "Báo"): what a plan does, not who does it.
_NOT_UNIT = re.compile(
    r"^(?:Cơ chế|Cơ sở dữ liệu|Phương án|Phương thức|Phương châm|Báo cáo|Đôn đốc|Chế độ|"
    r"Hội nghị|Hội thảo|Hội thi|Hội diễn|Lễ|Đối với|Chỉ đạo|Đơn vị (?:chủ trì|phối hợp|thực hiện)|"
    r"Các (?:nội dung|nhiệm vụ|hoạt động|giải pháp|bước|chỉ tiêu|mục tiêu|văn bản|dự án))\b",
    re.IGNORECASE,
)


def _units_of(section: Part) -> tuple[list[Part], list[Part]]:
    """The units a section assigns tasks to, and the list of parts they were read from."""
    parts = section.parts
    # "1. Phân công nhiệm vụ" or "2. Trách nhiệm thực hiện" holding the units.
    holder = next((p for p in parts if _ASSIGNING.match(p.title or "")), None)
    if holder is None:
        # "1. Nhiệm vụ của thành viên Ban Chỉ đạo" then "1.1. Trưởng Ban Chỉ đạo", "1.2. Sở
        # Tài chính", ...: a part whose own parts are units holds them too.
        holder = next(
            (p for p in parts if sum(unit_name(q.title) is not None for q in p.parts) >= 2),
            None,
        )
    source = section
    if holder is not None and not any(unit_name(p.title) for p in parts):
        parts, source = holder.parts, holder
    parts = _lettered_under_units(parts)
    units = []
    for p in parts:
        p = _whole_heading(p)
        name = unit_name(p.title)
        if name is not None and name != p.title:
            title = p.title or ""
            # A sentence that opens with its grounds ("Căn cứ ..., các sở ...") stays whole.
            rest = title[len(name) :].strip(" :") if title.startswith(name) else title
            lead = [Block(p.line, rest)] if rest else []
            p = Part(p.label, name, p.line, [*lead, *p.blocks], p.parts)
        if name is not None:
            units += _asked_after(p)
        else:
            units += _paragraph_subjects(p)
    return (units or _listed_units(source)), parts


def _paragraph_subjects(part: Part) -> list[Part]:
    """A numbered item whose heading names no unit ("2. Bộ trưởng, Thủ trưởng cơ quan
    ngang bộ, ..., Chủ tịch Ủy ban nhân dân các tỉnh ... chịu trách nhiệm ...": office
    holders, too many for one name) with a paragraph whose subject, after its grounds, is
    one: "Căn cứ nội dung Kế hoạch này ..., các bộ, cơ quan ngang bộ, ... xây dựng kế
    hoạch ..." is that unit's task."""
    found = []
    before = part.title or ""
    for block in part.blocks:
        text = block.text or ""
        # Its own sentence (not the heading's, wrapped: "... phản ánh về" / "Ủy ban nhân
        # dân tỉnh (qua ...)"), opening with its grounds.
        opens = _ends_sentence(before) and _GROUNDS.match(text)
        before = block.items[-1] if block.items else text
        if not opens:
            continue
        name = unit_name(text)
        if name is not None and name != text:
            found.append(Part("", name, block.line, [Block(block.line, text)]))
    return found


_LETTER = re.compile(r"[a-zđ]")


def _lettered_under_units(parts: list[Part]) -> list[Part]:
    """A lettered item right after a numbered unit's heading, at the same level, is that
    unit's task: "*2.13. Ủy ban nhân dân xã, phường*" then "a) ...", "đ) Ủy ban nhân dân
    các xã, phường phân công cán bộ ..." (the emphasised heading left the items beside it).
    The same list when nothing moves."""
    out: list[Part] = []
    for p in parts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _LETTER.fullmatch(p.label)
            and not _LETTER.fullmatch(prev.label)
            and unit_name(prev.title) is not None
        ):
            out[-1] = Part(
                prev.label, prev.title, prev.line, prev.blocks, [*prev.parts, p], prev.running
            )
        else:
            out.append(p)
    return parts if len(out) == len(parts) else out


_ASK_ONLY = re.compile(r"^(?:Đề nghị|Giao|Khuyến khích)\s*:$")
_WRAP_WIDTH = 45  # a heading line this long, in a hard-wrapped copy, may be cut mid-name


def _whole_heading(p: Part) -> Part:
    """A unit's heading whose name goes on below: "6. Đề nghị:" then "Hiệp hội Doanh nghiệp
    tỉnh, ..." (the colon split them), or a numbered line wrapped inside the name ("16.
    Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Đồng" / "Nai chỉ đạo ...")."""
    title = p.title or ""
    first = p.blocks[0] if p.blocks else None
    if first is None or not first.text:
        return p
    joined = f"{title} {first.text}"
    if _ASK_ONLY.match(title) or (title.endswith(":") and _names_after(first.text)):
        # "**12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, ...**", cut at its colon.
        return Part(p.label, joined, p.line, p.blocks[1:], p.parts, p.running)
    wrapped = (
        p.running
        and len(title) >= _WRAP_WIDTH
        and not _ends_sentence(title)
        and first.line == p.line + 1
        and unit_name(title) == title
    )
    name = unit_name(joined) if wrapped else None
    if name is not None and len(name) > len(title) and name.startswith(title):
        return Part(p.label, joined, p.line, p.blocks[1:], p.parts, p.running)
    return p


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in ".;:!?"


def _asked_after(unit: Part) -> list[Part]:
    """A unit's part, and a paragraph after its bullets that asks another body: "Đề nghị
    Văn phòng Đảng ủy, Văn phòng HĐND&UBND xã phối hợp ..." is that body's task."""
    own = fold(_ASKED.sub("", unit.title or "")).strip(" :")
    for i, block in enumerate(unit.blocks):
        text = block.text or ""
        if i == 0:
            continue
        before = unit.blocks[i - 1]
        after_bullets = any(b.items for b in unit.blocks[:i]) and bool(_ASKED.match(text))
        # "Hội, hiệp hội xã hội nghề nghiệp chủ động, ..." after a paragraph that ended its
        # sentence: another body, the subject of its own paragraph (plan 45).
        new_subject = (
            not _ASKED.match(text)
            and bool(ORGAN_START.match(text))
            and _ends_sentence(before.items[-1] if before.items else before.text or "")
        )
        if not (after_bullets or new_subject):
            continue
        name = unit_name(text)
        if name is None or name == text or not ORGAN_START.match(name):
            continue
        if fold(_ASKED.sub("", name)) in own or own in fold(_ASKED.sub("", name)):
            continue
        kept = Part(unit.label, unit.title, unit.line, unit.blocks[:i] + unit.blocks[i + 1 :])
        kept.parts = unit.parts
        return [kept, Part("", name, block.line, [Block(block.line, text)])]
    return [unit]


def _assignment_section(r: Reading) -> tuple[int, Part, list[Part], list[Part]] | None:
    """The section, among those with the usual titles, that names the most units; the
    first by the titles' order when several name as many. "VI. TỔ CHỨC THỰC HIỆN" may
    name one group in a sentence while "IV. NHIỆM VỤ CỤ THỂ" lists every unit under its
    own heading: the list is the plan's assignment of work."""
    found: list[tuple[int, Part, list[Part], list[Part]]] = []
    for words in _ASSIGNMENT_TITLES:
        for index, section in enumerate(r.plan.sections):
            if words in (section.title or "").upper() and all(f[0] != index for f in found):
                units, parts = _units_of(section)
                found.append((index, section, units, parts))
    if not found:
        return None
    most = max(len(f[2]) for f in found)
    return next(f for f in found if len(f[2]) == most)


def read_assignments(r: Reading) -> None:
    found = _assignment_section(r)
    if found is None:
        r.facts.check.append(
            "không thấy mục phân công (PHÂN CÔNG NHIỆM VỤ / TỔ CHỨC THỰC HIỆN): "
            "chưa có đơn vị, nhiệm vụ"
        )
        return
    index, section, units, parts = found
    if not units:
        r.facts.check.append(f"mục {section.label} ({section.title}): không nhận ra đơn vị nào")
        return
    issuer_level = level_of(r.data["plan"]["issuer"])
    level = issuer_level or "huyện"
    origin = "suy ra từ cơ quan ban hành" if issuer_level else "đặt mặc định"
    unsure: list[str] = []
    ids: set[str] = set()
    r.data["units"] = []
    r.data["assignments"] = []
    deadlines = 0
    tasks_count = 0
    keys: list[str] = []
    moved = False
    for part in units:
        title = (part.title or "").rstrip(":").strip()
        request = title.startswith("Đề nghị")
        name = _ASKED.sub("", title).strip()
        tasks: list[dict[str, Any]] = []
        for line, text in part.items():
            days = _deadlines(r, text, line)
            tasks += [{"text": text, "deadline": day} for day in days] or [{"text": text}]
            deadlines += len(days)
        if not tasks:
            tasks = [{"text": title}]
        tasks_count += len(tasks)
        key = _group_key(name)
        # A group said again with what qualifies it may be one of a list named before;
        # a plain name only the same name ("Sở Y tế" stays apart from "Sở Y tế, Sở ...").
        qualified = key != _group_key(name, qualifier=True)
        same = next(
            (i for i, k in enumerate(keys) if k == key or (qualified and k.startswith(key + ","))),
            None,
        )
        if same is not None:
            # The same unit named again: "UBND các xã, phường" after "UBND xã, phường", or
            # "Các sở, ban, ngành tỉnh có liên quan ..." after "các sở, ban, ngành cấp tỉnh,
            # Ủy ban nhân dân các xã, phường".
            if not tasks[0]["text"].startswith(title):
                # Who the plan names stays in the task: "Các sở, ban, ngành tỉnh có liên quan
                # ... có trách nhiệm phối hợp ...".
                tasks[0] = {**tasks[0], "text": f"{title} {tasks[0]['text']}"}
            r.data["assignments"][same]["tasks"] += tasks
            moved = True
            r.facts.check.append(
                f"dòng {part.line}: “{name}” là đơn vị đã nêu "
                f"(“{r.data['units'][same]['name']}”): nhiệm vụ gộp vào đơn vị đó, hãy kiểm tra"
            )
            continue
        keys.append(key)
        unit_id = unique(short_slug(name, 6), ids)
        unit_level = level_of(name)
        u = len(r.data["units"])
        r.data["units"].append({"id": unit_id, "name": name, "level": unit_level or level})
        if unit_level is None:
            unsure.append(name)
            r.note(
                ("units", u, "level"),
                f"Cấp '{level}' {origin} (dòng {part.line}): hãy kiểm tra.",
            )
        assignment: dict[str, Any] = {"unit": unit_id}
        if title.startswith(("Giao ", "Khuyến khích ")):
            # "Giao Sở ...", "Khuyến khích Đoàn ...": printed as the plan words it.
            assignment["heading"] = title
        role = _role([t["text"] for t in tasks])
        if role:
            assignment["role"] = role
        if request:
            assignment["request"] = True
        assignment["tasks"] = tasks
        r.data["assignments"].append(assignment)
    if unsure:
        names = ", ".join(f"“{name}”" for name in unsure)
        r.facts.check.append(
            f"units: tên không nói rõ cấp, cấp '{level}' {origin}, hãy kiểm tra: {names}"
        )
    faithful = (len(units) == len(section.parts) and all(not p.parts for p in units)) and (
        parts is section.parts and not moved
    )
    if faithful:
        shown: dict[str, Any] = {"title": section.title}
        if section.blocks:
            shown["body"] = blocks_data(section.blocks)
        shown["show"] = "assignments"
        r.sections[index] = shown
    else:
        r.facts.check.append(
            f"mục {section.label} ({section.title}) giữ nguyên văn bản trên trang {r.plan.kind} "
            "(bố cục khác danh sách đơn vị đánh số); dữ liệu phân công vẫn được tách"
        )
    r.facts.found.append(
        f"{len(r.data['units'])} đơn vị, {tasks_count} nhiệm vụ, {deadlines} thời hạn "
        f"(mục {section.label})"
    )
    _deadlines_elsewhere(r, index)


def _group_key(name: str, qualifier: bool = False) -> str:
    """A unit's name as two mentions of one unit share it: no "các", "cấp", nor, unless
    ``qualifier``, what qualifies the group ("có liên quan tới việc thực hiện Kế hoạch này")."""
    key = fold(name).replace(" cap ", " ")
    if not qualifier:
        key = re.sub(r"\s+(?:co\s+)?lien quan\b.*$", "", key)
    key = re.sub(r"\bcac\s+", "", key)
    return " ".join(key.replace(" ,", ",").split()).strip(" ,.;:")


def _subject(text: str) -> str:
    """A unit as a sentence may start with it: "Thủ trưởng các sở" is "các sở"."""
    return re.sub(r"^(?:de nghi|giao|thu truong)\s+", "", fold(text).strip())


def _sentences(part: Part) -> list[tuple[int, str]]:
    """Every paragraph and bullet of a part, and the titles of its sub-parts: a numbered
    item may be a whole sentence ("1. Các Sở, ngành ...: ... 6 tháng (trước ngày 16/6) ...")."""
    found: list[tuple[int, str]] = []
    for block in part.blocks:
        if block.text is not None:
            found.append((block.line, block.text))
        found += list(zip(block.item_lines, block.items, strict=True))
    for sub in part.parts:
        if sub.title:
            found.append((sub.line, sub.title))
        found += _sentences(sub)
    return found


def _deadlines_elsewhere(r: Reading, assigning: int) -> None:
    """A dated deadline outside the assigning section ("VII. CHẾ ĐỘ BÁO CÁO: Sở Nội vụ ...
    gửi báo cáo trước ngày 16 tháng 12 năm 2025") is a task of the unit its sentence starts
    with, when that unit is one the plan assigns tasks to. Otherwise the plan dates it
    without naming a unit ("Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo ..."): it is
    kept, as a task with no unit, and the report says so."""
    units = r.data.get("units", [])
    by_name = sorted(
        ((_subject(unit["name"]), i) for i, unit in enumerate(units)),
        key=lambda pair: -len(pair[0]),
    )
    sentences = [
        (section.label, sentence)
        for index, section in enumerate(r.plan.sections)
        if index != assigning
        for sentence in _sentences(section)
    ]
    closing = r.plan.closing
    if closing is not None and closing.text is not None:
        # "Ủy ban nhân dân Thành phố yêu cầu ...; định kỳ trước ngày 30 tháng 11 hàng năm
        # báo cáo ...": the closing paragraph, cut from the last section.
        label = r.plan.sections[-1].label if r.plan.sections else ""
        sentences.append((label, (closing.line, closing.text)))
    unowned: list[dict[str, Any]] = []
    for label, (line, text) in sentences:
        if not _DEADLINE.search(text):
            continue
        found = _deadlines(r, text, line)
        if not found:
            continue
        deadline = ", ".join(found)
        start = _subject(text)
        owner = next((i for name, i in by_name if name and start.startswith(name)), None)
        if owner is None:
            unowned += [{"text": text, "deadline": d} for d in found]
            r.facts.check.append(
                f"dòng {line}: thời hạn {deadline} ở mục {label} (ngoài mục phân công), câu "
                "không mở đầu bằng đơn vị nào: ghi là nhiệm vụ không nêu đơn vị, hãy kiểm tra"
            )
            continue
        r.data["assignments"][owner]["tasks"] += [{"text": text, "deadline": d} for d in found]
        r.facts.check.append(
            f"dòng {line}: thời hạn {deadline} ở mục {label} (ngoài mục phân công) "
            f"gắn cho “{units[owner]['name']}”, đơn vị mở đầu câu: hãy kiểm tra"
        )
    if unowned:
        assignments = r.data["assignments"]
        if assignments and "unit" not in assignments[-1]:
            assignments[-1]["tasks"] += unowned
        else:
            assignments.append({"tasks": unowned})


def _deadlines(r: Reading, text: str, line: int) -> list[str]:
    """Every day a task's text gives as a deadline. A task with several ("hằng tháng ...,
    6 tháng trước ngày 16/6, tổng kết năm trước ngày 20/11 hằng năm") becomes one task per
    deadline, each with the whole text, and the report says so."""
    found: list[dt.date] = []
    for match in _DEADLINE.finditer(text):
        days = [_deadline_day(r, match, line, text)]
        named, end = bool(match["after_day"]), match.end()
        while more := _MORE.match(text, end):
            days.append(_deadline_day(r, more, line, text, named))
            end = more.end()
        for day in days:
            if day is not None and day not in found:
                found.append(day)
    if len(found) > 1:
        listed = ", ".join(short_date(day) for day in found)
        r.facts.check.append(
            f"dòng {line}: nhiệm vụ có {len(found)} thời hạn ({listed}): "
            "mỗi thời hạn một dòng nhiệm vụ cùng nội dung, hãy kiểm tra"
        )
    return [short_date(day) for day in found]


_YEARLY = re.compile(r"\b(?:hàng|hằng) năm\b", re.IGNORECASE)


def _deadline_day(
    r: Reading, match: re.Match[str], line: int, text: str = "", named: bool = False
) -> dt.date | None:
    """The day a deadline names, when it surely names one; what is unsure is reported.
    ``named``: "ngày" was said before the first day of a list ("trước ngày 01/6 và 15/11")."""
    words = match[0].strip(" ,")
    clear = "/" in match["sep"] or "tháng" in match["sep"].lower()
    if not match["y"] and not ((match["after_day"] or named) and clear):
        if "/" in match["sep"]:  # "trước 30/5": a date, perhaps; "trước 3-5": a count
            r.facts.check.append(
                f"dòng {line}: “{words}” có thể là thời hạn nhưng không ghi “ngày” hay năm: "
                "chưa lấy, hãy kiểm tra"
            )
        return None
    issued = r.plan.date
    year = int(match["y"]) if match["y"] else (issued.year if issued else None)
    if year is None:
        reason = "thời hạn không ghi năm, không nhận ra ngày ban hành để lấy năm"
        r.facts.unplaced.append(Unplaced(line, words, reason))
        return None
    try:
        day = dt.date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        r.facts.unplaced.append(Unplaced(line, words, "thời hạn không phải ngày hợp lệ"))
        return None
    if not match["y"] and issued is not None and day < issued and _YEARLY.search(text):
        # "trước ngày 20/11 hàng năm": the first time it falls after the plan was issued.
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:
            return None
        r.facts.check.append(
            f"dòng {line}: thời hạn hằng năm “{words}”: lấy lần đầu sau ngày ban hành "
            f"({short_date(day)}), hãy kiểm tra"
        )
        return day
    if not match["y"]:
        if issued is not None and day < issued:
            # Before the plan was issued: the next year, perhaps; the plan does not say.
            reason = f"thời hạn không ghi năm, rơi trước ngày ban hành {short_date(issued)}"
            r.facts.unplaced.append(Unplaced(line, words, reason))
            return None
        r.facts.check.append(
            f"dòng {line}: thời hạn “{words}” không ghi năm: lấy năm ban hành {year}"
        )
    return day


# Where a unit's name ends in "2. Sở Giáo dục và Đào tạo chủ trì, phối hợp ...".
_NAME_END = re.compile(
    r"\s*(?::|\(|(?<!giao)\s(?:chủ trì|chịu trách nhiệm|có trách nhiệm|phối hợp|"
    r"căn cứ|theo chức năng|(?<!quan\s)tham mưu|chỉ đạo|hướng dẫn|theo dõi|là cơ quan|xây dựng|"
    r"phân công|phát huy|vận động|chủ động|nghiên cứu|tổ chức triển khai|tổ chức thực hiện|"
    r"đẩy mạnh|tăng cường|rà soát|bố trí|tổng hợp|kiểm tra|đôn đốc|tham gia|"
    r"kiện toàn|chuẩn bị|bảo đảm|đảm bảo|được (?:phân công|giao)|"
    # More verbs and the means a sentence goes on with: "Các cơ sở sản xuất tuân thủ ...",
    # "Các doanh nghiệp nhà nước, Tổng Công ty tiên phong, ...", "... nghề mở thêm ...",
    # "Ủy ban ... tỉnh và các Đoàn thể tỉnh bằng nhiều hình thức ..." (lower case: "Cao
    # Bằng" is a name), "Ủy ban nhân dân các xã báo cáo ..." (not "báo cáo viên").
    r"tuân thủ|tiên phong|mở thêm|mở rộng|bằng|báo cáo(?! viên))\b)"
)


# A sentence may open with what it rests on, or when, before its subject: "Căn cứ Kế hoạch
# này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai
# ...", "Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách ...".
_GROUNDS = re.compile(r"^(?:Căn cứ|Trên cơ sở|Kết thúc|Sau khi)\s[^,;:.]{1,150}?,\s+")


def _names_after(rest: str) -> bool:
    """Whether what follows a colon is a list of proper names ("Gia Thuận, Tân Điền, Gò
    Công Đông"): two or more, each a few words, every word capitalised."""
    pieces = [p.strip() for p in re.split(r",|\svà\s", rest.strip(" .;:")) if p.strip()]
    return len(pieces) >= 2 and all(
        len(p.split()) <= 4 and all(w[:1].isupper() for w in p.split()) for p in pieces
    )


_DUTY_OF = re.compile(r"^(?:Trách nhiệm|Nhiệm vụ) của\s+")


def unit_name(title: str | None) -> str | None:
    """The unit a part's title names, without what the unit is to do."""
    if not title:
        return None
    if (asked := _ASKED.match(title)) and ":" in asked[0]:
        # "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, ...": the colon belongs to "Đề nghị".
        name = unit_name(title[asked.end() :])
        return None if name is None else title[: asked.end()] + name
    if duty := _DUTY_OF.match(title):
        # "Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm ...):": the unit is theirs.
        name = unit_name(title[duty.end() :])
        return name if name is not None and _is_unit(name) else None
    if grounds := _GROUNDS.match(title):
        name = unit_name(title[grounds.end() :])
        return name if name is not None and name != title[grounds.end() :] else None
    head, colon, rest = title.partition(":")
    inside = head.count("(") > head.count(")")  # "(gồm các Sở: Xây dựng, ...)"
    if colon and _names_after(rest):
        # "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông": which ones is part of
        # the name; without them it would name every commune.
        whole = title.strip(" ,;:")
        return whole if _is_unit(head.strip(" ,;")) else None
    if colon and not inside and len(head.split()) <= 14 and _is_unit(head.strip(" ,;")):
        # "Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: ...": the colon ends the name;
        # what a parenthesis before it explains is not part of it, as where "(" ends a name.
        return re.sub(r"\s*\([^()]*\)$", "", head.strip(" ,;")) or None
    cut = _NAME_END.search(title)
    if cut and cut.start() > 0:
        name = title[: cut.start()].strip(" ,;")
        if len(name.split()) < 2:
            # "Đoàn kiểm tra trong quá trình ...": one word is no name, the verb is part of it.
            name = title[: cut.end()].strip(" ,;:(")
        if _is_unit(name):
            return name
    return title if _is_unit(title) else None


# A heading that ends announcing its members introduces a list: no body is given a task.
_INTRODUCES = re.compile(r"\b(?:bao gồm|gồm có|gồm)\s*$", re.IGNORECASE)


def _is_unit(title: str | None) -> bool:
    title = _ASKED.sub("", title or "")
    if not title or title.endswith("."):
        return False
    if _INTRODUCES.search(title):
        # "Ban tổ chức chương trình gồm: Cố vấn Đoàn, …" (corpus 46): who it is made of.
        return False
    if len(title.split()) > MAX_UNIT_WORDS and not _names_listed(title):
        return False
    if _NOT_UNIT.match(title):
        return False
    words = re.sub(r"[^a-z0-9]+", " ", fold(title)).split()
    if not words or words[:2] == ["to", "chuc"]:
        return False
    # "Đồng chí Trưởng Ban xây dựng Đảng - Trưởng Tiểu ban", "Cán bộ phụ trách ...",
    # "Chuyên viên ...", "Phó chủ tịch phụ trách ...": office holders given tasks.
    return words[0] in _UNIT_WORDS or tuple(words[:2]) in _HOLDERS


# A list of bodies may run past MAX_UNIT_WORDS ("Đề nghị Văn phòng Tỉnh ủy ..., Văn phòng
# Đoàn đại biểu Quốc hội và HĐND tỉnh, ..., Chi cục Hải quan khu vực XI"): it is one heading
# when it is a list of names, each no longer than one name may be, most of them starting
# like an organ. A piece may be the
# rest of a name with a comma ("Sở Văn hóa, Thể thao và Du lịch"), so not every piece must.
MAX_LISTED_WORDS = 4 * MAX_UNIT_WORDS


def _names_listed(title: str) -> bool:
    pieces = [p.strip() for p in re.split(r"[,;]", title) if p.strip()]
    if len(title.split()) > MAX_LISTED_WORDS or len(pieces) < 3:
        return False
    if any(len(p.split()) > MAX_UNIT_WORDS for p in pieces):
        return False
    organs = [p for p in pieces if ORGAN_START.match(_ASKED.sub("", p))]
    return bool(ORGAN_START.match(pieces[0])) and 2 * len(organs) >= len(pieces)


_HOLDERS = {("dong", "chi"), ("can", "bo"), ("chuyen", "vien"), ("pho", "chu"), ("chu", "tich")}
_HOLDERS |= {("ngan", "hang")}  # "Ngân hàng Nhà nước chi nhánh khu vực 14", not "Ngân sách"
_HOLDERS |= {("hiep", "hoi")}  # "Hiệp hội Doanh nghiệp tỉnh", not "Hiệp thương"
# "Doanh nghiệp, cộng đồng, tổ chức, cá nhân: quan tâm, đăng ký hỗ trợ ...": businesses given
# a numbered task of their own ("Các doanh nghiệp ..." already starts with "các").
_HOLDERS |= {("doanh", "nghiep")}


# How a bullet naming a unit starts, accents and all ("Báo cáo", "Đôn đốc" are verbs).
ORGAN_START = re.compile(
    r"^(?:Đề nghị\s+)?(?:Sở|Ủy ban|Uỷ ban|UBND|Ban|Phòng|Trung tâm|Công an|Bộ|Hội|Đoàn|Các sở|"
    r"Các cơ quan|Văn phòng|Báo(?! cáo)|Đài|Viện|Bệnh viện|Trạm|Liên đoàn|Mặt trận|Thủ trưởng|"
    r"Cục|Chi cục|Tòa án|Viện kiểm sát)\b"
)


def _listed_units(section: Part) -> list[Part]:
    """Units written as bullets, "- Trạm Y tế xã: chủ trì ...", when none is numbered."""
    units = []
    for line, text in section.paragraphs():
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and _is_unit(head.strip()):
            units.append(Part("", head.strip(), line, [Block(line, rest.strip())]))
        elif (name := unit_name(text)) is not None and name != text and ORGAN_START.match(name):
            # "- Sở Nội vụ hướng dẫn khen thưởng ...": the unit, then its task.
            units.append(Part("", name, line, [Block(line, text)]))
    return units


def _role(tasks: list[str]) -> str | None:
    """Only what the plan says: a unit whose first task is to lead, or which only supports."""
    if tasks[0].startswith("Chủ trì"):
        return "chủ trì"
    if all(task.startswith("Phối hợp") for task in tasks):
        return "phối hợp"
    return None
