"""What a parsed plan says, as campaign data.

From the layout ``planparse`` found, this reads the issuer, the documents the
plan rests on, its purposes, the units and their tasks with deadlines, the
event it organises, recipients and signer. It only copies or reshapes what the
plan prints: a value it cannot find stays out, or, when the model requires one,
gets a placeholder that the YAML comment and the report both flag.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from .planparse import Block, ParsedPlan, Part, Unplaced
from .text import fold, slugify
from .yamlsource import Path

__all__ = ["PLACEHOLDER_ISSUER", "PLACEHOLDER_URL", "Facts", "read_facts"]

PLACEHOLDER_URL = "https://ten-mien.example/"
PLACEHOLDER_ISSUER = "CẦN ĐIỀN tên cơ quan ban hành"


@dataclass
class Facts:
    """Campaign data (plain values, ready for YAML), comments by path, and the report."""

    data: dict[str, Any] = field(default_factory=dict)
    comments: dict[Path, str] = field(default_factory=dict)
    found: list[str] = field(default_factory=list)
    check: list[str] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


def _vn(day: dt.date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- referenced documents ------------------------------------------------------------------

_REF = re.compile(
    r"(?P<kind>Bộ luật|Luật|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư"
    r"|Kế hoạch|Công văn|Công điện|Hướng dẫn|Thông báo kết luận|Thông báo|Kết luận|Chương trình)"
    r"\s+số\s+(?P<number>\d[\w/.\-]*\w)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}/\d{1,2}/\d{4}))?"
)
# Where a reference's own words stop: the next clause, an aside, the issuer's own clause.
_REF_END = re.compile(
    r";|\s\(sau đây|\./\.|,\s*[^,;]{3,80}?\s+(?:xây dựng|ban hành|triển khai)\s+(?:[Kk]ế hoạch)"
)
_OF = re.compile(r"^\s+của\s+(?P<issuer>.+?)(?:\s+(?P<title>(?:về|V/v)\s.+))?$")


def _date(text: str | None) -> str | None:
    if not text:
        return None
    day, month, year = (int(x) for x in text.split("/"))
    try:
        return _vn(dt.date(year, month, day))
    except ValueError:
        return None


def references(text: str) -> list[tuple[dict[str, Any], tuple[int, int]]]:
    """Top-level document references in ``text`` (not those inside another's title)."""
    found = []
    position = 0
    while match := _REF.search(text, position):
        end = _REF_END.search(text, match.end())
        stop = end.start() if end else len(text)
        tail = _OF.match(text[match.end() : stop].rstrip(" ,."))
        position = stop
        if tail is None:
            continue
        ref: dict[str, Any] = {"kind": match["kind"], "number": match["number"]}
        if date := _date(match["date"]):
            ref["date"] = date
        ref["issuer"] = tail["issuer"].strip()
        if tail["title"]:
            ref["title"] = tail["title"].strip()
        found.append((ref, (match.start(), stop)))
    return found


# --- names -------------------------------------------------------------------------------------

_EXPAND = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "BTV": "Ban Thường vụ",
    "TTYT": "Trung tâm Y tế",
}
# A header line starting with one of these continues the name above it ("HUYỆN VĂN QUAN").
_PLACE_WORDS = {"xã", "phường", "trấn", "huyện", "quận", "xã,", "phố", "tỉnh"}
_ISSUER_CLAUSE = re.compile(
    r"(?:^|[;,:)]\s*)(?P<issuer>[^;,:()]{3,80}?)\s+(?:xây dựng|ban hành|triển khai)\s+[Kk]ế hoạch"
)
# Organ names as administrative texts capitalise them: the first word, and the words that
# name the organ's own field ("Ban Thường vụ", "Sở Y tế"). Longest first where they overlap.
_ORGANS = [
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Mặt trận Tổ quốc",
    "Mặt trận Tổ quốc Việt Nam",
    "Ủy ban Kiểm tra",
    "Ban Thường vụ",
    "Ban Chấp hành",
    "Ban Tuyên giáo",
    "Ban Dân vận",
    "Ban Tổ chức",
    "Ban Chỉ đạo",
    "Ban Văn hóa - Xã hội",
    "Thường trực",
    "Văn phòng",
    "Đảng bộ",
    "Chi bộ",
    "Đảng ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Thị ủy",
    "Quận ủy",
    "Bộ Y tế",
    "Sở Y tế",
    "Phòng Y tế",
    "Trung tâm Y tế",
    "Trạm Y tế",
    "Trung tâm Kiểm soát bệnh tật",
    "Trung tâm Văn hóa, Thể thao và Truyền thông",
    "Phòng Văn hóa và Thông tin",
    "Phòng Văn hóa - Thông tin",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Nội vụ",
    "Phòng Lao động - Thương binh và Xã hội",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Hội Chữ thập đỏ",
    "Liên đoàn Lao động",
    "Công an",
    "Bệnh viện",
]
_ORGAN_WORDS = sorted(
    ((tuple(organ.lower().split()), organ.split()) for organ in _ORGANS),
    key=lambda pair: -len(pair[0]),
)
# Words naming a place's level: the words after them are the place's own name.
_LEVEL_WORDS = [("thị", "xã"), ("thị", "trấn"), ("thành", "phố"), ("xã",), ("phường",)]
_LEVEL_WORDS += [("huyện",), ("quận",), ("tỉnh",)]


def _recover_case(phrase: str, text: str) -> str | None:
    """The phrase as the body writes it, when an upper-case heading also says it."""
    match = re.search(re.escape(phrase), text, flags=re.IGNORECASE)
    if match and not match[0].isupper():
        return match[0]
    return None


def _from_caps(text: str) -> str:
    """ "ỦY BAN NHÂN DÂN XÃ TÂN HÒA" → "Ủy ban nhân dân xã Tân Hòa", "BAN THƯỜNG VỤ THỊ
    ỦY" → "Ban Thường vụ Thị ủy": known organ words as written in administrative texts,
    a place's level in lower case and its name capitalised, other words in lower case."""
    words = text.split()
    lowered = [word.lower().rstrip(",") for word in words]
    out: list[str] = []
    proper = False  # after "XÃ", "HUYỆN", "THỊ ỦY"... come a place's own words
    i = 0
    while i < len(words):
        if words[i] in _EXPAND:
            out.append(words[i])
            i += 1
            continue
        organ = next(
            (cased for key, cased in _ORGAN_WORDS if tuple(lowered[i : i + len(key)]) == key),
            None,
        )
        level = next((key for key in _LEVEL_WORDS if tuple(lowered[i : i + len(key)]) == key), None)
        if organ is not None:
            end = i + len(organ)
            out += [*organ[:-1], organ[-1] + ("," if words[end - 1].endswith(",") else "")]
            proper = organ[-1] == "ủy"  # "Thị ủy An Hòa", "Đảng ủy xã ..."
            i = end
        elif level is not None:
            place = [words[i + k].lower() for k in range(len(level))]
            out += place if out else [_upper_first(place[0]), *place[1:]]
            proper = True
            i += len(level)
        else:
            lower = words[i].lower()
            proper_word = proper or not out or lowered[i] == "y"  # "Trung tâm Y tế"
            out.append(_upper_first(lower) if proper_word else lower)
            i += 1
    return " ".join(out)


def _expand(name: str) -> str:
    first, _, rest = name.partition(" ")
    return f"{_EXPAND[first]} {rest}".strip() if first in _EXPAND else name


def _shortens(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` cut short ("UBND huyện" of "Ủy ban nhân dân huyện
    Đức Phổ"), abbreviations expanded."""
    short_words, full_words = fold(_expand(short)).split(), fold(_expand(full)).split()
    return len(short_words) < len(full_words) and full_words[: len(short_words)] == short_words


def _level(name: str) -> str | None:
    """The administrative level a name states ("xã", "huyện"...), if it states one.

    Words are compared with their accents: "quan" (of "cơ quan") is not "quận", and the
    "sở" of "cơ sở" is no "Sở" (a provincial department)."""
    words = " " + " ".join(re.findall(r"\w+", name.lower())) + " "
    words = words.replace(" thị xã ", " thịxã ").replace(" thị trấn ", " thịtrấn ")
    if " trung ương " in words or words.startswith((" bộ ", " ban bí thư ")):
        return "trung ương"
    # Not "bản" (a hamlet): "văn bản", "bản tin" say nothing of a level.
    if any(w in words for w in (" xã ", " phường ", " thịtrấn ", " thôn ", " ấp ")):
        return "xã"
    department = re.search(r"(?<!\w)(?<!cơ )(?<!Cơ )Sở(?!\w)", name)
    if " tỉnh " in words or department or words.startswith(" tỉnh ủy"):
        return "tỉnh"
    if any(w in words for w in (" huyện ", " thịxã ", " thị ủy ", " quận ", " thành phố ")):
        return "huyện"
    return None


# --- the facts -----------------------------------------------------------------------------


def read_facts(plan: ParsedPlan) -> Facts:
    facts = Facts(unplaced=list(plan.unplaced))
    reader = _Reader(plan, facts)
    reader.read()
    return facts


_BASIS = ("Căn cứ", "Thực hiện")
_UNREAD = (
    "Không nhận ra {what}: để trống, hãy kiểm tra với bản gốc. Nếu bản gốc đúng là không "
    "ghi, thêm '{key}' vào danh sách not_in_original (ví dụ not_in_original: [{key}]) để "
    "trang Kế hoạch nói rõ điều đó."
)
_THEME = re.compile(r"chủ đề\s*:?\s*[“\"]([^”\"]{5,160})[”\"]")
_ANNIVERSARY = re.compile(
    r"kỷ niệm\s+(?P<years>\d{1,3})\s+năm\s+(?P<name>[^()]+?)\s*"
    r"\((?P<since>\d{1,2}/\d{1,2}/\d{4})\s*-\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\)"
)
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
# A deadline: a date after "ngày", or one that carries its four-digit year. "trước 3-5
# ngày", "không quá 1.5 triệu đồng", "trước 30/5" are quantities or unclear: not dates.
_DEADLINE = re.compile(
    r"(?:chậm nhất|hạn chót|hạn cuối|không quá|trước)(?:\s+(?:là|vào))?\s+"
    r"(?:\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2})?(?:\s*phút)?,?\s+)?(?P<after_day>ngày\s+)?"
    r"(?P<d>\d{1,2})(?P<sep>\s*[/.\-]\s*|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:(?:(?P=sep)|\s+năm\s+)(?P<y>\d{4}))?"
    # Not the start of a longer number, nor a quantity: "3-5 ngày", "1.5 triệu", "2/3 số".
    r"(?![\d/.\-]*\d)(?!\s*(?:ngày|tuần|tháng|giờ|lần|người|triệu|nghìn|ngàn|tỷ|đồng|số|%))",
    re.IGNORECASE,
)

_ASSIGNMENT_TITLES = ("PHÂN CÔNG", "TỔ CHỨC THỰC HIỆN", "TRÁCH NHIỆM")
# First words of a unit's name ("Trung tâm Y tế", "Đề nghị Ban Tuyên giáo", "UBND các xã").
_UNIT_WORDS = set(
    "uy ubnd hdnd ubmttq mttq phong trung tram ban van dang doan hoi cong truong benh so cac"
    " mat dai buu chi thuong co don quan bao vien cuc lien thi huyen tinh xa phuong nha y hat"
    " doi ky bo toa kho nganh".split()
)
MAX_UNIT_WORDS = 14


class _Reader:
    def __init__(self, plan: ParsedPlan, facts: Facts) -> None:
        self.plan = plan
        self.facts = facts
        self.data = facts.data
        self.body = " ".join(
            text for section in plan.sections for _, text in section.paragraphs()
        ) + " ".join(b.text or " ".join(b.items) for b in plan.preamble)
        self.sections: list[dict[str, Any]] = []

    def note(self, path: Path, comment: str) -> None:
        self.facts.comments[path] = comment

    def read(self) -> None:
        plan = self.plan
        self.data["site"] = {}
        self.data["plan"] = {"kind": plan.kind}
        self._preamble()
        self._issuer()
        self._header()
        self._sections()
        self._site()
        self._footer()

    # -- the document's head ---------------------------------------------------------------

    def _header(self) -> None:
        plan, out = self.plan, self.data["plan"]
        # Not found is not "not printed": the parser may just not have read it.
        out["number"] = plan.number
        if plan.number:
            self.facts.found.append(f"Số, ký hiệu: {plan.number}")
        else:
            self.note(("plan", "number"), _UNREAD.format(what="số, ký hiệu", key="number"))
            self.facts.check.append("plan.number: không nhận ra số, ký hiệu, hãy kiểm tra")
        out["date"] = _vn(plan.date) if plan.date else None
        if plan.date:
            self.facts.found.append(f"Ngày ban hành: {_vn(plan.date)}")
        else:
            self.note(("plan", "date"), _UNREAD.format(what="ngày ban hành", key="date"))
            self.facts.check.append("plan.date: không nhận ra ngày ban hành, hãy kiểm tra")
        out["place"] = plan.place
        out["title"] = plan.title
        self.facts.found.append(f"Tên kế hoạch: {plan.title}")
        self.facts.check += plan.notes
        if refs := out.get("legal_basis"):
            self.facts.found.append(
                "Căn cứ: " + "; ".join(f"{r['kind']} số {r['number']}" for r in refs)
            )

    def _issuer(self) -> None:
        out = self.data["plan"]
        names = self._header_names()
        issuer = None
        for text in reversed(out.get("basis_text", [])):
            if match := _ISSUER_CLAUSE.search(text):
                issuer = match["issuer"].strip()
                break
        if issuer is not None and names and _shortens(issuer, names[-1]):
            # "UBND huyện ban hành Kế hoạch": the header names the issuer in full.
            self.facts.check.append(
                f"plan.issuer: lấy tên đầy đủ ở đầu văn bản (“{names[-1]}”) thay cho "
                f"“{issuer}” trong câu ban hành, hãy kiểm tra"
            )
            issuer = None
        if issuer is None and names:
            issuer = names[-1]
            self.note(("plan", "issuer"), "Tên cơ quan chuyển từ chữ in hoa: hãy kiểm tra.")
        placeholder = issuer is None
        if issuer is None:
            issuer = PLACEHOLDER_ISSUER
            self.note(("plan", "issuer"), "CẦN ĐIỀN: không tìm thấy cơ quan ban hành.")
            self.facts.check.append("plan.issuer: không tìm thấy cơ quan ban hành, hãy điền")
        if _expand(issuer) != issuer:
            out["issuer"] = _expand(issuer)
            out["issuer_short"] = issuer
        else:
            out["issuer"] = issuer
        if len(names) > 1:
            out["superior"] = names[0]
        if not placeholder:
            self.facts.found.append(f"Cơ quan ban hành: {out['issuer']}")

    def _header_names(self) -> list[str]:
        """Issuer lines above "KẾ HOẠCH", joined where a line continues a name."""
        names: list[str] = []
        for _, text in self.plan.header:
            first = text.split()[0].lower()
            if names and (first in _PLACE_WORDS or text.lower().startswith(("thị xã", "thị trấn"))):
                names[-1] += " " + text
            else:
                names.append(text)
        return [_recover_case(name, self.body) or _from_caps(name) for name in names]

    def _preamble(self) -> None:
        out = self.data["plan"]
        texts = _texts(self.plan.preamble)
        # "Căn cứ ...;" lines, and the clause that closes them: "<issuer> ban hành Kế hoạch ...
        # như sau:" (on its own line when the bases are listed one per line).
        basis = [
            p
            for p in texts
            if p.startswith(_BASIS) or (_ISSUER_CLAUSE.search(p) and p.endswith("như sau:"))
        ]
        context = [p for p in texts if p not in basis]
        if context:
            out["context"] = context
        refs = [ref for text in basis for ref, _ in references(text)]
        if refs:
            out["legal_basis"] = refs
        if basis:
            out["basis_text"] = basis

    # -- sections ----------------------------------------------------------------------------

    def _sections(self) -> None:
        plan = self.plan
        if not plan.sections:
            self.facts.check.append(
                "không thấy mục đánh số La Mã (I., II.): toàn bộ nội dung nằm ở plan.context"
            )
            return
        self.data["plan"]["numbering"] = plan.numbering
        self.sections = [_part_dict(section) for section in plan.sections]
        self._theme_and_anniversary()
        for index, section in enumerate(plan.sections):
            title = section.title or ""
            if "MỤC ĐÍCH" in title.upper():
                self._purposes(index, section)
            elif "KINH PHÍ" in title.upper():
                self._budget(index, section)
        self._activities()
        self._assignments()
        self._event()
        self.data["plan"]["sections"] = self.sections
        titles = ", ".join(f"{s.label}{plan.numbering[-1]} {s.title}" for s in plan.sections)
        self.facts.found.append(f"{len(plan.sections)} mục: {titles}")

    def _theme_and_anniversary(self) -> None:
        texts = [self.plan.title, *self.data["plan"].get("context", [])]
        texts += [text for section in self.plan.sections[:1] for _, text in section.paragraphs()]
        for text in texts:
            if match := _THEME.search(text):
                self.data["theme"] = match[1].strip()
                self.facts.found.append(f"Chủ đề: {match[1].strip()}")
                break
        if match := _ANNIVERSARY.search(self.plan.title):
            since, day = _date(match["since"]), _date(match["date"])
            years = int(day[-4:]) - int(since[-4:]) if since and day else None
            if since and day and years == int(match["years"]):
                self.data["anniversary"] = {"name": match["name"], "date": day, "since": since}
                self.facts.found.append(f"Ngày kỷ niệm: {match['name']} ({since} - {day})")

    def _purposes(self, index: int, section: Part) -> None:
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
            texts = [text for _, text in part.paragraphs()]
            if not texts:
                continue
            self.data["plan"][field_name] = texts
            # The data replaces the text only where it renders the same: a single
            # paragraph, or bullets only.
            if not part.parts and (_only_items(part.blocks) or len(texts) == 1):
                shown.append(number)
                self.sections[index]["parts"][number] = {"title": part.title, "show": field_name}
        if shown:
            self.facts.found.append("Mục đích, yêu cầu: đã tách thành dữ liệu")

    def _budget(self, index: int, section: Part) -> None:
        texts = [text for _, text in section.paragraphs()]
        if len(texts) == 1 and not section.parts:
            self.data["plan"]["budget"] = texts[0]
            self.sections[index] = {"title": section.title, "show": "budget"}

    # -- activities ------------------------------------------------------------------------------

    def _activities(self) -> None:
        """The numbered parts of the content section ("II. NỘI DUNG ..."), with their dates."""
        section = next(
            (
                s
                for s in self.plan.sections
                if (s.title or "").upper().startswith("NỘI DUNG")
                and not _mentions_event(s.title or "")
            ),
            None,
        )
        if section is None or not section.parts:
            return
        ids: set[str] = set()
        activities = []
        for part in section.parts:
            title = (part.title or "").strip()
            head, colon, rest = title.partition(":")
            name = head.strip() if colon else title
            if not name or _is_generic(name):
                continue  # "1. Thời gian: ...": a fact of the plan, kept as its text
            activity: dict[str, Any] = {"id": _unique(_short_slug(name, 8), ids), "name": name}
            description = ([rest.strip()] if rest.strip() else []) + _texts(part.blocks)
            if description:
                activity["description"] = description
            texts = [title, *(text for _, text in part.paragraphs())]
            if window := _window(texts):
                activity["when"] = window
            if when_text := _when_text(part):
                activity["when_text"] = when_text
            activities.append(activity)
        if not activities:
            return
        self.data["activities"] = activities
        dated = sum(1 for a in activities if "when" in a)
        self.facts.found.append(
            f"{len(activities)} hoạt động (mục {section.label}), {dated} có ngày thực hiện"
        )
        self.facts.check.append(
            f"hoạt động: chưa rõ đơn vị chủ trì (lead); mục {section.label} giữ nguyên văn bản "
            "trên trang Kế hoạch"
        )

    # -- units and tasks -----------------------------------------------------------------------

    def _assignment_section(self) -> tuple[int, Part] | None:
        for words in _ASSIGNMENT_TITLES:
            for index, section in enumerate(self.plan.sections):
                if words in (section.title or "").upper():
                    return index, section
        return None

    def _assignments(self) -> None:
        found = self._assignment_section()
        if found is None:
            self.facts.check.append(
                "không thấy mục phân công (PHÂN CÔNG NHIỆM VỤ / TỔ CHỨC THỰC HIỆN): "
                "chưa có đơn vị, nhiệm vụ"
            )
            return
        index, section = found
        parts = section.parts
        if len(parts) == 1 and parts[0].parts and "phân công" in (parts[0].title or "").lower():
            parts = parts[0].parts  # "1. Phân công nhiệm vụ" holding the units
        units = [p for p in parts if _is_unit(p.title)]
        if not units:
            units = _listed_units(section)
        if not units:
            self.facts.check.append(
                f"mục {section.label} ({section.title}): không nhận ra đơn vị nào"
            )
            return
        issuer_level = _level(self.data["plan"]["issuer"])
        level = issuer_level or "huyện"
        origin = "suy ra từ cơ quan ban hành" if issuer_level else "đặt mặc định"
        unsure: list[str] = []
        ids: set[str] = set()
        self.data["units"] = []
        self.data["assignments"] = []
        deadlines = 0
        tasks_count = 0
        for part in units:
            title = (part.title or "").rstrip(":").strip()
            request = title.startswith("Đề nghị ")
            name = title.removeprefix("Đề nghị ").strip()
            unit_id = _unique(_short_slug(name, 6), ids)
            unit_level = _level(name)
            u = len(self.data["units"])
            self.data["units"].append({"id": unit_id, "name": name, "level": unit_level or level})
            if unit_level is None:
                unsure.append(name)
                self.note(
                    ("units", u, "level"),
                    f"Cấp '{level}' {origin} (dòng {part.line}): hãy kiểm tra.",
                )
            tasks = []
            for line, text in part.paragraphs():
                task: dict[str, Any] = {"text": text}
                deadline = self._deadline(text, line)
                if deadline:
                    task["deadline"] = deadline
                    deadlines += 1
                tasks.append(task)
            if not tasks:
                tasks = [{"text": title}]
            tasks_count += len(tasks)
            assignment: dict[str, Any] = {"unit": unit_id}
            role = _role([t["text"] for t in tasks])
            if role:
                assignment["role"] = role
            if request:
                assignment["request"] = True
            assignment["tasks"] = tasks
            self.data["assignments"].append(assignment)
        if unsure:
            names = ", ".join(f"“{name}”" for name in unsure)
            self.facts.check.append(
                f"units: tên không nói rõ cấp, cấp '{level}' {origin}, hãy kiểm tra: {names}"
            )
        faithful = (
            len(units) == len(section.parts) and all(not p.parts for p in units)
        ) and parts is section.parts
        if faithful:
            shown: dict[str, Any] = {"title": section.title}
            if section.blocks:
                shown["body"] = _body(section.blocks)
            shown["show"] = "assignments"
            self.sections[index] = shown
        else:
            self.facts.check.append(
                f"mục {section.label} ({section.title}) giữ nguyên văn bản trên trang Kế hoạch "
                "(bố cục khác danh sách đơn vị đánh số); dữ liệu phân công vẫn được tách"
            )
        self.facts.found.append(
            f"{len(units)} đơn vị, {tasks_count} nhiệm vụ, {deadlines} thời hạn "
            f"(mục {section.label})"
        )

    def _deadline(self, text: str, line: int) -> str | None:
        found: list[dt.date] = []
        for match in _DEADLINE.finditer(text):
            day = self._deadline_day(match, line)
            if day is not None:
                found.append(day)
        if not found:
            return None
        if len(found) > 1:
            self.facts.check.append(
                f"dòng {line}: nhiệm vụ có {len(found)} thời hạn, chỉ lấy hạn đầu ({_vn(found[0])})"
            )
        return _vn(found[0])

    def _deadline_day(self, match: re.Match[str], line: int) -> dt.date | None:
        """The day a deadline names, when it surely names one; what is unsure is reported."""
        words = match[0]
        clear = "/" in match["sep"] or "tháng" in match["sep"].lower()
        if not match["y"] and not (match["after_day"] and clear):
            if "/" in match["sep"]:  # "trước 30/5": a date, perhaps; "trước 3-5": a count
                self.facts.check.append(
                    f"dòng {line}: “{words}” có thể là thời hạn nhưng không ghi “ngày” hay năm: "
                    "chưa lấy, hãy kiểm tra"
                )
            return None
        issued = self.plan.date
        year = int(match["y"]) if match["y"] else (issued.year if issued else None)
        if year is None:
            reason = "thời hạn không ghi năm, không nhận ra ngày ban hành để lấy năm"
            self.facts.unplaced.append(Unplaced(line, words, reason))
            return None
        try:
            day = dt.date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            self.facts.unplaced.append(Unplaced(line, words, "thời hạn không phải ngày hợp lệ"))
            return None
        if not match["y"]:
            if issued is not None and day < issued:
                # Before the plan was issued: the next year, perhaps; the plan does not say.
                reason = f"thời hạn không ghi năm, rơi trước ngày ban hành {_vn(issued)}"
                self.facts.unplaced.append(Unplaced(line, words, reason))
                return None
            self.facts.check.append(
                f"dòng {line}: thời hạn “{words}” không ghi năm: lấy năm ban hành {year}"
            )
        return day

    # -- the event ---------------------------------------------------------------------------

    def _event(self) -> None:
        plan = self.plan
        title = plan.title
        candidates = [(i, s) for i, s in enumerate(plan.sections) if _mentions_event(s.title or "")]
        name = None
        lowered = title.lower()
        for word in _EVENT_WORDS:
            if lowered.startswith(f"tổ chức {word}"):
                name = _upper_first(title[len("tổ chức ") :])
                break
        if name is None and candidates:
            heading = (candidates[0][1].title or "").removeprefix("TỔ CHỨC ").strip()
            name = _recover_case(heading, self.body) or _upper_first(heading.lower())
        if name is None:
            return
        timed = [
            (i, s) for i, s in enumerate(plan.sections) if "THỜI GIAN" in (s.title or "").upper()
        ]
        event: dict[str, Any] = {}
        where = None
        for index, section in candidates + timed:
            for line, text in section.paragraphs():
                bare = text
                for _, (start, stop) in references(text):
                    bare = bare[:start] + " " * (stop - start) + bare[stop:]
                if "date" not in event and "month" not in event:
                    if match := _WHEN.search(bare):
                        if match["date"] and (day := _date(match["date"])):
                            event["date"] = day
                        elif match["m"]:
                            event["month"] = f"{int(match['m'])}/{match['y']}"
                        if "dự kiến" in text.lower():
                            event["tentative"] = True
                        where = (index, line)
            for part in section.parts:
                self._event_part(part, event)
        if "date" not in event and "month" not in event:
            self.facts.check.append(
                f"kế hoạch nói về “{name}” nhưng không thấy ngày hay tháng tổ chức: "
                "chưa tạo sự kiện"
            )
            return
        refs = references(name)
        if refs:
            ref, (start, _stop) = refs[0]
            event["refs"] = [ref]
            number_end = name.find(ref["number"], start) + len(ref["number"])
            name = name[:number_end]
        event_id = _short_slug(name, 4, stop_at_digit=True)
        record: dict[str, Any] = {"id": event_id, "name": name, **event}
        for _, section in candidates + timed:
            for _, text in section.paragraphs():
                if combined := _combined(text):
                    record["combined"] = [combined]
                    break
        order = "id name date month tentative place scale refs combined agenda participants".split()
        self.data["events"] = [{k: record[k] for k in order if k in record}]
        if where is not None and "show" not in self.sections[where[0]]:
            self.sections[where[0]]["event"] = event_id
        when = event.get("date") or f"tháng {event.get('month')}"
        self.facts.found.append(f"Sự kiện: {name} ({when}, dòng {where[1] if where else '?'})")
        self.note(("events", 0, "name"), "Tên sự kiện rút từ kế hoạch: có thể viết gọn lại.")

    def _event_part(self, part: Part, event: dict[str, Any]) -> None:
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
        elif key.startswith(("noi dung", "chuong trinh")) and _only_items(part.blocks):
            event["agenda"] = [{"item": text} for text in texts]
        elif key.startswith("thanh phan"):
            groups = _groups(part)
            if groups:
                event["participants"] = groups

    # -- site, footer ------------------------------------------------------------------------

    def _site(self) -> None:
        plan = self.data["plan"]
        name = _site_name(self.plan.title)
        title = _lower_title(plan["title"]).rstrip(" .,;:")
        if plan["issuer"] == PLACEHOLDER_ISSUER:
            description = f"{plan['kind']} {title}."
            self.note(
                ("site", "description"),
                "Rút từ tên kế hoạch; chưa có cơ quan ban hành: thêm “của …” khi đã điền "
                "plan.issuer.",
            )
        else:
            description = f"{plan['kind']} của {plan['issuer']} {title}."
        self.data["site"] = {"url": PLACEHOLDER_URL, "name": name, "description": description}
        self.note(("site", "url"), "CẦN SỬA: địa chỉ giả định; điền tên miền thật khi công bố.")
        self.note(("site", "name"), "Rút từ tên kế hoạch: có thể viết gọn lại.")
        self.facts.check.append(f"site.url: địa chỉ giả định {PLACEHOLDER_URL}, hãy sửa")
        self.facts.check.append(f"site.name: rút từ tên kế hoạch (“{name}”)")

    def _footer(self) -> None:
        plan, out = self.plan, self.data["plan"]
        if plan.closing is not None and plan.closing.text:
            out["closing"] = plan.closing.text
        if plan.recipients:
            out["recipients"] = [
                {"name": r.name, **({"note": r.note} if r.note else {})} for r in plan.recipients
            ]
            self.facts.found.append(f"Nơi nhận: {len(plan.recipients)}")
        else:
            self.facts.check.append("không thấy “Nơi nhận”")
        if plan.signer is not None:
            signer = plan.signer
            out["signer"] = {
                **({"authority": signer.authority} if signer.authority else {}),
                "position": signer.position,
                "name": signer.name,
            }
            self.facts.found.append(f"Người ký: {signer.position} {signer.name}")
        else:
            self.facts.check.append("không thấy khối chữ ký (chức vụ, họ tên)")


# --- small helpers ------------------------------------------------------------------------


def _texts(blocks: list[Block]) -> list[str]:
    return [text for block in blocks for text in ([block.text] if block.text else block.items)]


def _only_items(blocks: list[Block]) -> bool:
    return bool(blocks) and all(block.text is None for block in blocks)


def _body(blocks: list[Block]) -> list[Any]:
    return [block.text if block.text is not None else {"items": block.items} for block in blocks]


def _part_dict(part: Part) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if part.title:
        out["title"] = part.title
    if part.blocks:
        out["body"] = _body(part.blocks)
    if part.parts:
        out["parts"] = [_part_dict(child) for child in part.parts]
    return out


# Labels that head a plan's facts, not activities: "Thời gian", "Địa điểm, thời gian"...
_GENERIC = {"thoi gian", "dia diem", "hinh thuc", "thanh phan", "quy mo", "doi tuong"}
_GENERIC |= {"kinh phi", "phuong thuc", "noi dung", "pham vi"}
_FILLERS = {"thuc hien", "to chuc", "du kien", "cu the"}


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


def _is_unit(title: str | None) -> bool:
    if not title or title.endswith(".") or len(title.split()) > MAX_UNIT_WORDS:
        return False
    words = re.sub(r"[^a-z0-9]+", " ", fold(title.removeprefix("Đề nghị "))).split()
    if not words or words[:2] == ["to", "chuc"]:
        return False
    return words[0] in _UNIT_WORDS


def _listed_units(section: Part) -> list[Part]:
    """Units written as bullets, "- Trạm Y tế xã: chủ trì ...", when none is numbered."""
    units = []
    for line, text in section.paragraphs():
        head, colon, rest = text.partition(":")
        if colon and rest.strip() and _is_unit(head.strip()):
            units.append(Part("", head.strip(), line, [Block(line, rest.strip())]))
    return units


def _role(tasks: list[str]) -> str | None:
    """Only what the plan says: a unit whose first task is to lead, or which only supports."""
    if tasks[0].startswith("Chủ trì"):
        return "chủ trì"
    if all(task.startswith("Phối hợp") for task in tasks):
        return "phối hợp"
    return None


def _short_slug(name: str, words: int, stop_at_digit: bool = False) -> str:
    """An id from a name's first words ("hoi-nghi-tong-ket"), before any number if asked."""
    parts = slugify(name).split("-")
    if stop_at_digit:
        cut = next((i for i, p in enumerate(parts) if any(c.isdigit() for c in p)), len(parts))
        parts = parts[:cut] or parts[:1]
    return "-".join(parts[:words]) or "muc"


def _unique(base: str, taken: set[str]) -> str:
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def _mentions_event(title: str) -> bool:
    words = title.lower()
    return any(re.search(rf"(?<!\w){w}(?!\w)", words) for w in _EVENT_WORDS)


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
            start, end = _date(match["a"]), _date(match["b"])
        elif match := _SHORT_RANGE.search(text):
            start = _date(f"{match['a']}/{match['m']}/{match['y']}")
            end = _date(f"{match['b']}/{match['m']}/{match['y']}")
        else:
            continue
        if start and end:
            return {"start": start, "end": end}
    return None


def _when_text(part: Part) -> str | None:
    """What the plan says under "Thời gian thực hiện:" for an activity, as written."""
    for child in part.parts:
        if fold(child.title or "").startswith("thoi gian"):
            texts = [text for _, text in child.paragraphs()]
            if texts:
                return texts[0].rstrip(" .")
    for _, text in part.paragraphs():
        head, colon, rest = text.partition(":")
        if colon and fold(head).startswith("thoi gian") and rest.strip():
            return rest.strip().rstrip(" .")
    return None


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


def _lower_title(title: str) -> str:
    first = title.split(" ", 1)[0]
    return title[:1].lower() + title[1:] if first[1:].islower() else title


# A site's name is its plan's subject, without the dates and issuers a title carries.
_NAME_CUTS = re.compile(r"\s\(|\sngày\s\d|\scủa\s|\strên địa bàn\s|\snăm\s\d{4}")
MAX_SITE_NAME = 70


def _site_name(title: str) -> str:
    name = _upper_first(title)
    cut = _NAME_CUTS.search(name, 20)
    if cut:
        name = name[: cut.start()]
    if len(name) > MAX_SITE_NAME:
        name = name[:MAX_SITE_NAME].rsplit(" ", 1)[0] + "…"
    return name.rstrip(" ,;:")
