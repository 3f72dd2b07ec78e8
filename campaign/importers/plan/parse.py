"""An official plan (kế hoạch) in plain text or Markdown, read into its parts.

Vietnamese administrative documents share one layout (Nghị định 30/2020/NĐ-CP
for state bodies, Hướng dẫn 36-HD/VPTW for the Party): issuer and number above
the document type "KẾ HOẠCH", the title, the documents it rests on ("Căn cứ",
"Thực hiện"), Roman-numbered sections ("I. MỤC ĐÍCH, YÊU CẦU" or "I- ..."),
numbered parts ("1."), lettered items ("a)"), bullets, then "Nơi nhận:" and
the signature block. This module finds that layout and nothing more: it keeps
every sentence where the plan put it, and lists each line it could not place.
What the parts mean (units, deadlines, the event) is read in ``facts``.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from dataclasses import dataclass, field

from ...content.cleanup import Legacy, clean, detect_legacy, legacy_message
from ...content.errors import ContentError, Problem
from ...content.text import fold
from .unwrap import unwrap

__all__ = [
    "Block",
    "Line",
    "ParsedPlan",
    "Part",
    "Recipient",
    "Signer",
    "Unplaced",
    "parse_plan",
]

# --- lines ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One source line without Markdown: its text, bullet mark and emphasis."""

    number: int
    text: str
    bullet: str | None = None  # "-", "+", "*", "•"
    strong: bool = False  # the whole line was bold (a group label, a signature)
    # Two columns flattened into one line ("Nơi nhận:      KT. CHỦ TỊCH"), split again at
    # a wide gap, a table's "|" or an HTML "<br>"; ``loose`` also splits at two spaces.
    cells: tuple[str, ...] = ()
    loose: tuple[str, ...] = ()


_HEADING_MARK = re.compile(r"^\s{0,3}#{1,6}\s+")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
# A mark, then a space; or a dash glued to a capital ("-Tổ chức lễ kỷ niệm …", corpus 47;
# "-Thường trực Uỷ ban …", corpus 38): a typing slip among "- " items, never a minus.
_BULLET = re.compile(
    r"^\s*(?:([-+*•–])\s+(?=\S)|([-•–])(?=[A-ZĐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]))"
)
_ITALIC = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
# Tags of a plan pasted from a web page's source or a Word export: never words of the plan.
_TAG = re.compile(
    r"</?(?:b|i|u|em|strong|span|p|br|div|font|a|h[1-6]|li|ul|ol|table|tbody|thead|tr|td|th"
    r"|center|small|sup|sub|o:p)\b[^>]*>",
    re.IGNORECASE,
)
# "&nbsp;", "&amp;", "&#7871;": entities of a pasted web page, decoded before anything else.
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#[xX][0-9A-Fa-f]{2,5});")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PIPE = re.compile(r"(?<!\\)\|")
_STRAY_STAR = re.compile(r"(?:(?<=\s)|^)\*+(?=\S)|(?<=\S)\*+(?=\s|$)")
_DECORATION = re.compile(r"^[\s*_\-–—=~.·•]*$")


# An item's label in its own emphasis: "*a) *Triển khai ...", "*1.1. *Quán triệt ...".
_EMPHASIZED_LABEL = re.compile(r"^\s*[*_]+((?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)\s*[).]?)\s*[*_]+\s*")


def _plain(text: str) -> tuple[str, str | None]:
    """Text without emphasis or escapes, and its bullet mark."""
    text = _BOLD.sub(lambda m: m[1] or m[2] or "", text)
    text = _EMPHASIZED_LABEL.sub(r"\1 ", text)
    bullet = None
    if match := _BULLET.match(text):
        mark = match[1] or match[2]
        bullet = "-" if mark == "–" else mark
        text = text[match.end() :]
    text = _ITALIC.sub(r"\1", text).replace("**", "").replace("__", "")
    # Emphasis a web copy opened or closed on another line ("*1.1." / "Trưởng Ban Chỉ
    # đạo*", ") *(gọi tắt ...)"): a star at a word's edge; "(*)" keeps its star.
    text = _STRAY_STAR.sub("", text)
    return " ".join(_ESCAPE.sub(r"\1", text).split()), bullet


def _cells(columns: list[str], gap: re.Pattern[str]) -> tuple[str, ...]:
    pieces = [
        piece for column in columns for part in _BREAK.split(column) for piece in gap.split(part)
    ]
    return tuple(c for c in (_plain(_TAG.sub(" ", piece))[0] for piece in pieces) if c)


def _line(number: int, raw: str) -> Line:
    text = _LINK.sub(r"\1", _HEADING_MARK.sub("", raw.rstrip()))
    bare = text.strip()
    # A Markdown table row, as Word exports the two-column header: "| ỦY BAN ... | CỘNG HÒA ... |".
    table = len(bare) > 1 and bare.startswith("|") and bare.endswith("|")
    columns = _PIPE.split(bare[1:-1]) if table else [bare]
    cells = _cells(columns, _COLUMNS)
    loose = _cells(columns, _LOOSE_COLUMNS)
    if table:
        text = " ".join(cells)
        bare = text
    strong = bool(bare) and bool(re.fullmatch(r"(\*\*|__).+(\*\*|__)", bare))
    plain, bullet = _plain(_TAG.sub(" ", text))
    if len(cells) < 2:
        cells = (plain,)
    return Line(number, plain, bullet, strong, cells, loose if len(loose) > 1 else cells)


# --- the document tree ------------------------------------------------------------------


@dataclass
class Block:
    """Paragraphs and bullets in the order the plan prints them."""

    line: int
    text: str | None = None
    items: list[str] = field(default_factory=list)
    item_lines: list[int] = field(default_factory=list)


@dataclass
class Part:
    """A Roman section, a numbered part or a lettered item, with what is under it."""

    label: str  # "II", "3", "b"
    title: str | None
    line: int
    blocks: list[Block] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    # The heading line ran on as text ("**16.** Khuyến khích Đoàn ... tỉnh Đồng"), not a
    # whole bold heading: in a hard-wrapped copy its sentence goes on in the line below.
    running: bool = False
    # How the plan numbers this part's own parts when it is not "1.", "2.": Roman
    # numerals under a lettered section ("B. NỘI DUNG:" then "I, Gian hàng:", corpus 46).
    numbering: str | None = None

    def paragraphs(self) -> list[tuple[int, str]]:
        """Every paragraph and bullet of the part and its sub-parts, with its line."""
        found: list[tuple[int, str]] = []
        for block in self.blocks:
            if block.text is not None:
                found.append((block.line, block.text))
            found += list(zip(block.item_lines, block.items, strict=True))
        for part in self.parts:
            found += part.paragraphs()
        return found

    def items(self) -> list[tuple[int, str]]:
        """Like ``paragraphs``, but a sub-part is read whole: "a) Là cơ quan đầu mối, chủ"
        / "trì, phối hợp ..." is one item, its title (the item's first line) included. A
        sub-part with bullets or parts of its own keeps its title and them apart."""
        found: list[tuple[int, str]] = []
        for block in self.blocks:
            if block.text is not None:
                found.append((block.line, block.text))
            found += list(zip(block.item_lines, block.items, strict=True))
        for part in self.parts:
            inner = part.items()
            if part.parts or any(block.items for block in part.blocks):
                found += [(part.line, part.title)] if part.title else []
                found += inner
            elif whole := " ".join(t for t in [part.title or "", *(t for _, t in inner)] if t):
                found.append((part.line, whole))
        return found


@dataclass(frozen=True)
class Recipient:
    name: str
    note: str | None
    line: int


@dataclass(frozen=True)
class Signer:
    authority: str | None
    position: str
    name: str
    line: int


@dataclass(frozen=True)
class Unplaced:
    line: int
    text: str
    reason: str


@dataclass
class ParsedPlan:
    """The plan's layout; ``None`` and empty lists mean the plan does not say."""

    file: str
    kind: str = "Kế hoạch"
    header: list[tuple[int, str]] = field(default_factory=list)  # issuer lines, as printed
    number: str | None = None
    place: str | None = None
    date: dt.date | None = None
    title: str = ""
    title_line: int = 0
    preamble: list[Block] = field(default_factory=list)
    numbering: str = "I."
    sections: list[Part] = field(default_factory=list)
    closing: Block | None = None
    recipients: list[Recipient] = field(default_factory=list)
    signer: Signer | None = None
    unplaced: list[Unplaced] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the plan leaves blank
    # A plan attached to a decision: the decision's number, and the plan's own line
    # "(Ban hành kèm theo Quyết định số ...)" as printed.
    decision: str | None = None
    attachment: str | None = None


# --- recognisers ------------------------------------------------------------------------

_KINDS = ("KẾ HOẠCH", "CHƯƠNG TRÌNH", "HƯỚNG DẪN", "PHƯƠNG ÁN")
_KIND_LINE = re.compile(rf"^({'|'.join(_KINDS)})(?:\s+(.*))?$")
_NUMBER = re.compile(r"^Số\s*(?::\s*|\s+(?=[\d/.]))(.*)$", re.IGNORECASE)
# "Đức Phổ, ngày 05 tháng 3 năm 2024" or "Đức Phổ, ngày 05/3/2024"; a draft leaves the day
# and month blank ("ngày    tháng 3 năm 2024", "ngày tháng 01 năm 2024").
_DATE_LINE = re.compile(
    r"^(?:(?P<place>[^,]{2,40}),\s*)?ngày\s+(?:"
    r"(?P<d>\S*?)\s*tháng\s*(?P<m>\S*?)\s*năm\s+(?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<y2>\d{4}))\b",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^(XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*([.\-–:)/])\s*(\S.*)$")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?)\s*[.)\-/]\s*(?=[^\W\d_])(.*)$")
_LETTERED = re.compile(r"^([a-zđ])\s*[)./]\s+(?=\S)(.*)$")
# "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG:", "C- TỔ CHỨC THỰC HIỆN": sections lettered in
# capitals, in a plan with no Roman ones (corpus 46, school and Youth Union plans).
_LETTER_SECTION = re.compile(r"^([A-H])\s*[.\-–/)]\s*(\S.*)$")
# The mark after a part's number ("1- Chào hỏi:", "2 - Tài năng:", "1. …", "1) …").
_PART_MARK = re.compile(r"^\d{1,2}\s*([.)\-])\s*(?=[^\W\d_])")
# Roman numerals under a lettered section, "I." or "I," (corpus 46: "I, Gian hàng:").
_ROMAN_PART = re.compile(
    r"^(XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*(?P<mark>[.,\-–:)])\s*(\S.*)$"
)
# The footer's own label, alone on its line (or with a first recipient after a dash): not
# "- Nơi nhận hồ sơ dự thi: ..." among a unit's tasks.
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*(?::\s*([-+*•]\s+\S.*)?)?$", re.IGNORECASE)
_AUTHORITY = re.compile(r"^(T/M|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)\s+\S")
_SIGNED = re.compile(r"^\((?:đã ký|ký|ký tên|ký, đóng dấu|ký và đóng dấu)[^)]*\)$", re.IGNORECASE)
_NOTE = re.compile(r"\s*\(([^()]{1,24})\)\s*[;,.]?$")
_COLUMNS = re.compile(r"\s{3,}|\t+")
_LOOSE_COLUMNS = re.compile(r"\s{2,}|\t+")
# The national motto, also when it shares a cell with the issuer ("UBND HUYỆN X CỘNG HÒA ...").
_MOTTO_ANY = re.compile(
    r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    r"|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc|ĐẢNG CỘNG SẢN VIỆT NAM"
    # The Youth Union prints its own name where others print the motto; in capitals only,
    # as a header line, not the union named in the left column ("BCH ĐOÀN TNCS ... XÃ").
    r"|(?-i:^ĐOÀN (?:TNCS|THANH NIÊN CỘNG SẢN) HỒ CHÍ MINH$)",
    re.IGNORECASE,
)
# "1. Quy mô: Ủy ban nhân dân huyện tổ chức.": a short label, then its text.
LABEL_WORDS = 8


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_authority(text: str) -> bool:
    """ "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN": who signs for whom."""
    return bool(_AUTHORITY.match(text)) and _is_caps(text)


def _is_person(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 6
        and all(w[:1].isupper() and (w[1:].islower() or len(w) == 1) for w in words)
        and not any(c.isdigit() for c in text)
    )


# Words of a signature's position or organ, never of a person's name.
_NOT_NAME_WORDS = frozenset(
    "CHỦ TỊCH PHÓ GIÁM ĐỐC TRƯỞNG BÍ THƯ ỦY UỶ VIÊN BAN BỘ SỞ PHÒNG HỘI ĐỒNG NHÂN DÂN "
    "UBND HĐND XÃ PHƯỜNG HUYỆN TỈNH QUẬN THÀNH PHỐ THƯỜNG TRỰC VỤ TM. KT. TL. Q. THỦ TƯỚNG "
    "CHÍNH PHỦ VĂN TRUNG TÂM LỤC PHỤ DANH MỤC KÈM THEO ĐẢNG ĐOÀN CÔNG AN QUÂN SỰ".split()
)


def _is_caps_person(text: str) -> bool:
    """A person's name in capitals under the position, as a plan typed all in capitals
    prints it: a name's shape once recased, and no word of a position or an organ."""
    words = text.split()
    return not any(w.strip(".,") in _NOT_NAME_WORDS for w in words) and _is_person(text.title())


def _split_label(text: str) -> tuple[str, str | None]:
    """ "Thời gian: dự kiến 01 buổi" → ("Thời gian:", "dự kiến 01 buổi")."""
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head.split()) <= LABEL_WORDS and "(" not in head:
        return head.strip() + ":", rest.strip()
    return text, None


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in '.;:!?)”"' or text.rstrip().endswith("./.")


# --- the parser -------------------------------------------------------------------------


class _Builder:
    """Builds the section tree from body lines, joining lines that continue a paragraph."""

    def __init__(self, plan: ParsedPlan) -> None:
        self.plan = plan
        self.stack: list[Part] = []  # [section, part, item]
        self.preamble: list[Block] = []

    def _blocks(self) -> list[Block]:
        return self.stack[-1].blocks if self.stack else self.preamble

    def heading(self, depth: int, part: Part) -> None:
        del self.stack[depth:]
        if depth == 0:
            self.plan.sections.append(part)
        else:
            while len(self.stack) < depth:
                # A lettered item straight under a section: give it an untitled parent.
                filler = Part("", None, part.line)
                (self.stack[-1].parts if self.stack else self.plan.sections).append(filler)
                self.stack.append(filler)
            self.stack[depth - 1].parts.append(part)
        self.stack.append(part)

    def paragraph(self, line: Line, continues: bool, label: bool = False) -> None:
        blocks = self._blocks()
        last = blocks[-1] if blocks else None
        if continues and last is not None:
            if last.items:
                last.items[-1] += " " + line.text
            elif last.text is not None:
                last.text += " " + line.text
            return
        if line.bullet is not None and not label:
            if last is not None and last.items:
                last.items.append(line.text)
                last.item_lines.append(line.number)
            else:
                blocks.append(Block(line.number, None, [line.text], [line.number]))
            return
        blocks.append(Block(line.number, line.text))


# Legacy encodings show on many lines; a name or two with "â", "ê" only is no sign.
_LEGACY_LINES = 3


def _legacy(text: str) -> tuple[Legacy, int] | None:
    flagged = [
        (found[0], number)
        for number, line in enumerate(text.split("\n"), start=1)
        if (found := detect_legacy(line)) is not None
    ]
    return flagged[0] if len(flagged) >= _LEGACY_LINES else None


_DECISION = re.compile(r"^QUYẾT ĐỊNH$")
_ATTACHED = re.compile(r"^\(?\s*(?:Ban hành\s+)?kèm theo\b", re.IGNORECASE)


def _unmark(raw: str) -> str:
    """A line pasted from a web page's source without its tags and entities ("<p>KẾ&nbsp;HOẠCH
    </p>"), before the lines are joined and read. A Word export's table row keeps its "<br>":
    it parts the lines of one cell."""
    if "<" in raw:
        if not raw.lstrip().startswith("|"):
            raw = _BREAK.sub(" ", raw)
        raw = _TAG.sub(lambda m: m[0] if _BREAK.fullmatch(m[0]) else "", raw)
    return html.unescape(raw) if _ENTITY.search(raw) else raw


# Kinds of documents that are not plans, as their kind line prints them alone on a line.
_OTHER_KINDS = (
    "BÁO CÁO",
    "NGHỊ QUYẾT",
    "CHỈ THỊ",
    "THÔNG BÁO",
    "TỜ TRÌNH",
    "CÔNG VĂN",
    "GIẤY MỜI",
    "BIÊN BẢN",
    "KẾT LUẬN",
    "THÔNG TRI",
    "ĐỀ ÁN",
    "QUY CHẾ",
    "QUY ĐỊNH",
    "NGHỊ ĐỊNH",
    "THÔNG TƯ",
    "LUẬT",
)
_OTHER_KIND_LINE = re.compile(rf"^({'|'.join(_OTHER_KINDS)})$")
# A letter (công văn) has no kind line: its subject follows "V/v".
_SUBJECT = re.compile(r"^\(?\s*V/v\b", re.IGNORECASE)


def _not_a_plan(file: str, lines: list[Line], kind_at: int | None, decision_at: int | None) -> None:
    """Stop, at the line that says so, on a document of another kind: a report, a
    resolution, a directive, a notice or a letter is not presented as a plan, even when a
    heading inside it begins with "KẾ HOẠCH"."""
    first = min((i for i in (kind_at, decision_at) if i is not None), default=len(lines))
    other = next(
        (
            i
            for i, line in enumerate(lines[:first])
            if not line.bullet and _OTHER_KIND_LINE.match(line.text)
        ),
        None,
    )
    supported = " hoặc ".join(f"“{k}”" for k in _KINDS)
    if other is not None:
        kind = lines[other].text.lower()
        message = (
            f"văn bản này là {kind} (dòng “{lines[other].text}”), không phải kế hoạch: lệnh chỉ "
            f"tạo trang từ văn bản có dòng tên loại {supported}, hay quyết định ban hành kế hoạch"
        )
        if kind_at is not None:
            message += (
                f"; nếu kế hoạch được ban hành kèm theo từ dòng {lines[kind_at].number} "
                f"(“{lines[kind_at].text[:60]}”), hãy chép phần đó ra một tệp riêng"
            )
        raise ContentError([Problem(file, lines[other].number, "", message)])
    if kind_at is None and decision_at is None:
        subject = next((line for line in lines if _SUBJECT.match(line.text)), None)
        if subject is not None:
            message = (
                f"văn bản này là công văn (dòng “{subject.text[:60]}”), không phải kế hoạch: "
                f"lệnh chỉ tạo trang từ văn bản có dòng tên loại {supported}"
            )
            raise ContentError([Problem(file, subject.number, "", message)])


def parse_plan(text: str, file: str) -> ParsedPlan:
    """Read ``text``; raise :class:`ContentError` when it is not a plan at all."""
    legacy = _legacy(text)
    if legacy is not None:
        raise ContentError([Problem(file, legacy[1], "", legacy_message(legacy[0]))])
    if not text.strip():
        raise ContentError([Problem(file, 1, "", "tệp trống: cần toàn văn kế hoạch")])
    text = "\n".join(_unmark(raw) for raw in text.split("\n"))
    lines = [_line(n, raw) for n, raw in unwrap(clean(text).text)]
    plan = ParsedPlan(file)
    kind_at = next(
        (i for i, line in enumerate(lines) if _KIND_LINE.match(line.text) and not line.bullet),
        None,
    )
    decision_at = next(
        (
            i
            for i, line in enumerate(lines[:kind_at])
            if _DECISION.match(line.text) and not line.bullet
        ),
        None,
    )
    _not_a_plan(file, lines, kind_at, decision_at)
    approving = kind_at is None and decision_at is not None
    if approving:
        kind_at = decision_at  # a decision approving a plan inside its articles
        decision_at = None
    if kind_at is None:
        expected = " hoặc ".join(f"“{k}”" for k in (*_KINDS, "QUYẾT ĐỊNH"))
        message = (
            f"cần dòng tên loại văn bản {expected}, nhưng không thấy "
            "(một bài tin hay đoạn trích về kế hoạch không đủ: cần toàn văn)"
        )
        raise ContentError([Problem(file, 1, "", message)])
    if decision_at is not None:
        # A decision issuing the plan: its header, number, signer and recipients are the
        # plan's; the plan attached after it has no number of its own.
        _header(plan, lines[:decision_at])
        plan.decision, plan.number = plan.number, None
        start = next((i for i in range(decision_at, kind_at) if _starts_footer(lines[i])), kind_at)
        _footer(plan, lines[start:kind_at])
    else:
        _header(plan, lines[:kind_at])
    match = _KIND_LINE.match(lines[kind_at].text) or _DECISION.match(lines[kind_at].text)
    assert match is not None
    plan.kind = (match[1] if match.groups() else match[0]).capitalize()
    inline = match[2] if len(match.groups()) > 1 else None
    rest = _title(plan, lines, kind_at, inline)
    if not plan.title:
        after = next((line.text for line in lines[kind_at + 1 :] if line.text), None)
        received = f"“{after}”" if after else "hết tệp"
        kind = plan.kind.lower()
        message = f"cần tên {kind} ngay sau dòng “{lines[kind_at].text}”, nhận được {received}"
        raise ContentError([Problem(file, lines[kind_at].number, "", message)])
    if approving:
        _approved_plan(plan)
    while rest < len(lines) and (not lines[rest].text or _DECORATION.match(lines[rest].text)):
        rest += 1
    if rest < len(lines) and _ATTACHED.match(lines[rest].text):
        plan.attachment = lines[rest].text.strip("()* ")
        rest += 1
    # The footer follows the last section: "Nơi nhận:", or a signature without recipients.
    last_section = max((i for i in range(rest, len(lines)) if _is_section(lines[i])), default=rest)
    footer_at = next(
        (i for i in range(last_section, len(lines)) if _starts_footer(lines[i])),
        None,
    )
    if footer_at is None:
        # No footer after the last section: that section is an appendix's ("I. CÁC NHIỆM
        # VỤ ...") after the signature; the footer is the "Nơi nhận:" before it.
        footer_at = next(
            (i for i in range(rest, len(lines)) if _RECIPIENTS.match(lines[i].text)), len(lines)
        )
    _body(plan, lines[rest:footer_at])
    if plan.signer is None and not plan.recipients:
        _footer(plan, lines[footer_at:])
    return plan


_APPROVES = re.compile(r"^(?:VỀ VIỆC\s+)?(?:PHÊ DUYỆT|BAN HÀNH)\s+(KẾ HOẠCH|CHƯƠNG TRÌNH)\s+", re.I)


def _approved_plan(plan: ParsedPlan) -> None:
    """A decision "PHÊ DUYỆT KẾ HOẠCH ..." with the plan in its articles: the plan's name
    is the rest of the title, its number is the decision's, and the authority line
    ("THỦ TƯỚNG CHÍNH PHỦ") that follows the decision's title is not part of it."""
    title = plan.title
    header = " ".join(text for _, text in plan.header)
    if header and title.endswith(" " + header):
        title = title[: -len(header) - 1]
    if match := _APPROVES.match(title):
        plan.kind = match[1].capitalize()
        title = title[match.end() :]
        plan.decision, plan.number = plan.number, None
    # Otherwise the decision is the document itself (a regulation, no plan in it): its
    # number is the document's own.
    plan.title = title.strip()


def _is_section(line: Line) -> bool:
    return line.bullet is None and len(line.text) < 160 and bool(_ROMAN.match(line.text))


def _footer_cells(line: Line) -> list[str]:
    """The line's columns; two spaces part them only before a signature's upper-case line
    ("Nơi nhận:  KT. CHỦ TỊCH"), never inside a recipient ("Sở Y tế  (b/c);")."""
    cells: list[str] = []
    for cell in line.loose if line.text else ():
        if cells and not (_is_caps(cell) or _SIGNED.match(cell)) and cell not in line.cells:
            cells[-1] += " " + cell
        else:
            cells.append(cell)
    return cells


def _starts_footer(line: Line) -> bool:
    cells = _footer_cells(line)
    first = cells[0] if cells else ""
    return line.bullet is None and bool(_RECIPIENTS.match(first) or _is_authority(first))


_ABOVE_KIND = "dòng trên tên loại văn bản"


def _header(plan: ParsedPlan, lines: list[Line]) -> None:
    # The letterhead is the group of upper-case lines next to the motto (or above the
    # number): a web page's banner or metadata table above it is another group.
    groups: list[list[tuple[int, str]]] = [[]]
    anchor: int | None = None  # the group where the motto or the number was first seen
    # A Word export puts a blank line after every paragraph: there one blank line is no
    # gap between groups, two are.
    spaced = _double_spaced(lines)
    blanks = 0
    for line in lines:
        blanks = blanks + 1 if not line.text else 0
        if blanks == (2 if spaced else 1) and groups[-1]:
            groups.append([])
        # Header columns may stand only two spaces apart; the motto may share a cell.
        cells = [p.strip() for cell in line.loose for p in _MOTTO_ANY.split(cell)]
        if anchor is None and (_MOTTO_ANY.search(line.text) or _NUMBER.match(line.text)):
            anchor = len(groups) - 1 if groups[-1] or len(groups) == 1 else len(groups) - 2
        for cell in cells:
            if not cell or _DECORATION.match(cell):
                continue  # also where the national motto or "ĐẢNG CỘNG SẢN VIỆT NAM" was
            if number := _NUMBER.match(cell):
                value = number[1].strip()
                # A draft leaves the number blank: "Số:    /KH-UBND".
                if value and value[0].isdigit():
                    plan.number = value
                else:
                    plan.notes.append(f"dòng {line.number}: số văn bản để trống ({cell})")
            elif date := _DATE_LINE.match(cell):
                plan.place = (date["place"] or "").strip() or None
                words = date["y"] is not None
                try:
                    plan.date = dt.date(
                        int(date["y"] if words else date["y2"]),
                        int(date["m"] if words else date["m2"]),
                        int(date["d"] if words else date["d2"]),
                    )
                except ValueError:
                    plan.notes.append(f"dòng {line.number}: ngày ban hành để trống ({cell})")
            elif _is_caps(cell) and not any(c.isdigit() for c in cell):
                groups[-1].append((line.number, cell))
            else:
                plan.unplaced.append(Unplaced(line.number, cell, _ABOVE_KIND))
                if groups[-1]:
                    groups.append([])
    if not any(groups) and anchor is None:
        _typed_header(plan)
        return
    if anchor is not None:
        near = [g for g in groups[: anchor + 1] if g]
        plan.header = near[-1] if near else []
        for group in groups:
            if group is not plan.header:
                for at, text in group:
                    reason = "chữ in hoa trên tên loại văn bản, không thuộc tiêu đề cơ quan"
                    plan.unplaced.append(Unplaced(at, text, reason))
    else:
        plan.header = [entry for group in groups for entry in group]


# An organ's name typed in ordinary case above the kind line, as a web post or an e-mail
# has it ("Đoàn trường THPT Kim Liên."): its kind first.
_ORGAN_TYPED = re.compile(
    r"^(?:(?:Ủy|Uỷ) ban nhân dân|UBND|Sở|Phòng|Ban|Trung tâm|Trường|Bệnh viện|Trạm|Hội|"
    r"Liên đoàn|Liên đội|Công đoàn|Chi đoàn|Đoàn|Chi bộ|Đảng bộ|Đảng ủy|"
    r"(?:Huyện|Tỉnh|Thành|Quận|Thị) (?:ủy|uỷ|đoàn))\s+\S"
)
# The Youth Union's own name stands where the motto does, in any case.
_UNION_MOTTO = re.compile(r"^Đoàn (?:TNCS|Thanh niên Cộng sản) Hồ Chí Minh\.?$", re.IGNORECASE)
_TYPED_MAX_WORDS = 12


def _typed_header(plan: ParsedPlan) -> None:
    """No letterhead in capitals: the organ names typed in ordinary case just above the
    kind line, if the lines there name one ("Đoàn TNCS Hồ Chí Minh." / "Đoàn trường THPT
    Kim Liên."); anything else stays unplaced."""
    above = [u for u in plan.unplaced if u.reason == _ABOVE_KIND]
    names = [
        u
        for u in above
        if _ORGAN_TYPED.match(u.text)
        and not _UNION_MOTTO.match(u.text)
        and len(u.text.split()) <= _TYPED_MAX_WORDS
        and not any(c.isdigit() for c in u.text)
    ]
    if not names or (names[-1] is not above[-1] and not _UNION_MOTTO.match(above[-1].text)):
        return  # the organ's name is not the last line above the title: not a letterhead
    plan.header = [(u.line, u.text) for u in names]
    plan.unplaced = [u for u in plan.unplaced if u not in names]


def _double_spaced(lines: list[Line]) -> bool:
    """Whether (nearly) every non-blank line is followed by a blank one."""
    texts = [line.text for line in lines]
    filled = [i for i, text in enumerate(texts) if text]
    if len(filled) < 4:
        return False
    spaced = sum(1 for i in filled if i + 1 < len(texts) and not texts[i + 1])
    return spaced >= 0.8 * len(filled)


_BASIS_WORDS = ("Căn cứ", "Thực hiện", "Theo đề nghị")
# What opens the paragraph after the title when no blank line separates them.
_AFTER_TITLE = ("Căn cứ", "Thực hiện", "Triển khai", "Nhằm", "Để ")
_ISSUES_PLAN = re.compile(r"\b(?:ban hành|xây dựng)\s+(?:các\s+)?kế hoạch\b", re.IGNORECASE)


# A basis sentence cites a document or runs on to the next ("Thực hiện Kế hoạch số 12 ...;"):
# a title may start with the same words ("Thực hiện công tác bầu cử ...").
_CITES = re.compile(r"\bsố\s*\d|\d{1,2}/\d{1,2}/\d{4}|[;,:]\s*$")


# A numbered part ("1. Nội dung công việc.", "2) ..."), not a year or a date ("2026 -
# 2030", "10/2025") that may go on a title's line.
_NUMBERED_HEAD = re.compile(r"^[*_]*\d{1,2}\s*[.)]\s+[*_]*[^\W\d_]")


def _ends_title(text: str, first: bool) -> bool:
    """Whether ``text`` is no longer the title: the basis, the purpose or the issuer's
    formula ("..., Phòng Y tế xây dựng Kế hoạch như sau:") that follows it."""
    if not text or _DECORATION.match(text):
        return True
    if text.lstrip("*_ ").startswith(_BASIS_WORDS):
        opens_title = first and not text.lstrip("*_ ").startswith("Căn cứ")
        if not (opens_title and not _CITES.search(text)):
            return True
    if _ATTACHED.match(text.lstrip("*( ")):
        return True  # "(Ban hành kèm theo Quyết định số ...)"
    if _ROMAN.match(text) and not text.upper().startswith("V/V"):
        return True  # the first section: a plan without a title
    if _NUMBERED_HEAD.match(text):
        return True  # "1. Nội dung công việc.": a plan whose parts are numbered 1, 2, ...
    if _names_lettered_section(text):
        return True  # "A. MỤC ĐÍCH": a plan whose sections are lettered
    if first:
        return False
    return (
        text.startswith(_AFTER_TITLE)
        or text.rstrip().endswith(":")
        or (bool(_ISSUES_PLAN.search(text)) and not _is_caps(text))
    )


def _title(plan: ParsedPlan, lines: list[Line], kind_at: int, inline: str | None) -> int:
    """Title lines after "KẾ HOẠCH"; returns the index where the body starts."""
    parts = [inline] if inline else []
    plan.title_line = lines[kind_at].number
    i = kind_at + 1
    while i < len(lines) and _DECORATION.match(lines[i].text) and not parts:
        i += 1  # blank lines, or a rule drawn under "KẾ HOẠCH"
    while i < len(lines):
        text = lines[i].text
        if not text and parts:
            # A Word export's title lines stand a blank line apart: the title goes on
            # when the next line starts in lower case ("và bầu cử ...", "nhiệm kỳ ...").
            after = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text), None)
            if after is not None and lines[after].text.lstrip()[:1].islower():
                i = after
                continue
        if _ends_title(text, not parts) or (parts and lines[i].bullet is not None):
            break  # a bullet ("- Công đoàn phối hợp ...") is the body, never the title
        if not parts:
            plan.title_line = lines[i].number
        parts.append(text)
        i += 1
    plan.title = " ".join(parts)
    return i


def _is_label(line: Line, following: Line | None) -> bool:
    """ "* Ở thị xã" above "- ..." bullets (or a bold bullet) labels a group: not an item."""
    if line.bullet is None or _ends_sentence(line.text) or len(line.text) > 80:
        return False
    other_mark = following is not None and following.bullet not in (None, line.bullet)
    return line.strong or other_mark


# What heads a plan's section ("Mục đích, yêu cầu", "Nội dung công việc", "Biện pháp
# thực hiện", "Tổ chức thực hiện"), folded: a plan with no Roman numerals that numbers
# its sections "1.", "2." (corpus 47, a school's monthly plan) names them so.
_SECTION_NAMES = re.compile(
    r"(?:muc dich|yeu cau|noi dung|bien phap|giai phap|nhiem vu|to chuc thuc hien|"
    r"phan cong|kinh phi|thoi gian)\b"
)


def _arabic_sections(lines: list[Line]) -> set[int]:
    """The lines of a plan's sections numbered "1.", "2." …, when it has no Roman ones.

    Taken only when every numbered line of the body is one of them, in order from 1,
    and one of them names a section ("1. Nội dung công việc."): numbered items under
    sections ("1- Chào hỏi:", corpus 46) are no sections."""
    if any(_is_section(line) for line in lines):
        return set()
    numbered: list[tuple[Line, re.Match[str]]] = []
    previous: Line | None = None
    for line in lines:
        if not line.text:
            continue
        found = None if line.bullet else _NUMBERED.match(line.text)
        if found and not _number_goes_on(previous, line.text):
            numbered.append((line, found))
        previous = line
    labels = [found[1] for _, found in numbered]
    if len(numbered) < 2 or labels != [str(n) for n in range(1, len(numbered) + 1)]:
        return set()
    if not any(_SECTION_NAMES.match(fold(found[2]).strip()) for _, found in numbered):
        return set()
    if any(len(line.text) > SECTION_TITLE_LENGTH for line, _ in numbered):
        return set()
    # "1. Thời gian: 7 giờ 30 ngày 21/4", "3. Nội dung: trưng bày sách …": a label and its
    # value, the facts of one activity. A heading says nothing after a colon.
    if any(_LABEL_VALUE.search(found[2]) for _, found in numbered):
        return set()
    return {line.number for line, _ in numbered}


_LABEL_VALUE = re.compile(r":\s*[^\W_]")


def _names_lettered_section(text: str) -> bool:
    """ "A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG:": a lettered heading that names a section."""
    match = _LETTER_SECTION.match(text)
    head = match[2].partition(":")[0].strip() if match else ""
    return bool(head) and _is_caps(head) and bool(_SECTION_NAMES.match(fold(head)))


def _lettered_sections(lines: list[Line]) -> dict[int, tuple[str, str, str | None]]:
    """The lines of a plan's sections lettered "A.", "B." …, when it has no Roman ones:
    line number → (letter, heading, text after the heading's colon).

    Taken only when the lettered lines run A, B, C … in order, each heading (before a
    colon) is in capitals and short, and one names a section ("B. NỘI DUNG:"); "A. Lê
    Văn Hùng" or a lettered list of names is none. Letters after a plan's first section
    numbered "1." are that section's parts ("2. NỘI DUNG" / "A. NỘI DUNG TUYÊN TRUYỀN:"
    / "B. HÌNH THỨC TUYÊN TRUYỀN:"), not its sections."""
    if any(_is_section(line) for line in lines):
        return {}
    found: dict[int, tuple[str, str, str | None]] = {}
    for line in lines:
        match = None if line.bullet or not line.text else _LETTER_SECTION.match(line.text)
        if match is None:
            continue
        head, colon, rest = match[2].partition(":")
        head = head.strip()
        if not head or not _is_caps(head) or len(head) > SECTION_TITLE_LENGTH:
            continue
        found[line.number] = (match[1], head, rest.strip() or None if colon else None)
    letters = [letter for letter, _, _ in found.values()]
    if len(letters) < 2 or letters != [chr(ord("A") + n) for n in range(len(letters))]:
        return {}
    if not any(_SECTION_NAMES.match(fold(head)) for _, head, _ in found.values()):
        return {}
    arabic = _arabic_sections(lines)
    if arabic and min(arabic) < min(found):
        return {}
    return found


# A section's heading is a title, not a sentence of the plan's text.
SECTION_TITLE_LENGTH = 80


def _body(plan: ParsedPlan, lines: list[Line]) -> None:
    builder = _Builder(plan)
    previous: Line | None = None
    filled = [line for line in lines if line.text]
    following = {a.number: b for a, b in itertools.pairwise(filled)}
    taken: set[int] = set()
    arabic = _arabic_sections(lines)
    letter_sections = _lettered_sections(lines)
    if letter_sections:
        arabic = set()  # "1. Mục đích", "2. Yêu cầu" under "A. MỤC ĐÍCH, YÊU CẦU" are parts
    # Under a lettered section, Roman numerals number its parts: numbered lines go a
    # level deeper while the section has them.
    under_roman = False
    for line in lines:
        text = line.text
        if not text or line.number in taken:
            continue
        if _DECORATION.match(text):
            previous = None
            continue
        roman = _ROMAN.match(text) if _is_section(line) else None
        if roman and (rest := _heading_rest(line, following.get(line.number))):
            # "I. MỤC ĐÍCH," / "YÊU CẦU": a heading hard-wrapped onto the next line.
            taken.add(rest.number)
            roman = _ROMAN.match(f"{text} {rest.text}")
        numbered = (
            _NUMBERED.match(text)
            if not line.bullet and not _number_goes_on(previous, text)
            else None
        )
        lettered = _LETTERED.match(text) if not line.bullet else None
        roman_part = _ROMAN_PART.match(text) if letter_sections and not line.bullet else None
        if line.number in letter_sections:
            letter, title, inline = letter_sections[line.number]
            plan.numbering = "A."
            section = Part(letter, title, line.number)
            if inline:
                section.blocks.append(Block(line.number, inline))
            builder.heading(0, section)
            under_roman = False
        elif roman_part and plan.sections:
            title, inline = _split_label(roman_part[3].strip())
            part = Part(roman_part[1], title, line.number, running=not line.strong)
            # The page writes the numbering the plan uses ("I, Gian hàng"), not "1.".
            mark = "-" if roman_part["mark"] == "–" else roman_part["mark"]
            plan.sections[-1].numbering = plan.sections[-1].numbering or f"I{mark}"
            if inline:
                part.blocks.append(Block(line.number, inline))
            builder.heading(1, part)
            under_roman = True
        elif roman:
            if not plan.sections:
                plan.numbering = "I-" if roman[2] in "-–" else "I."
            builder.heading(0, Part(roman[1], roman[3].strip(), line.number))
        elif numbered and line.number in arabic:
            plan.numbering = "1."
            builder.heading(0, Part(numbered[1], numbered[2].strip(), line.number))
        elif (numbered or lettered) and plan.sections:
            found = numbered or lettered
            assert found is not None
            depth = 1 if numbered and "." not in found[1] else 2
            if arabic and lettered:
                depth = 1  # "a)" straight under "1. Nội dung …"
            depth += under_roman
            title, inline = _split_label(found[2].strip())
            part = Part(found[1], title, line.number, running=not line.strong)
            if inline:
                part.blocks.append(Block(line.number, inline))
            builder.heading(depth, part)
            # "1- Chào hỏi:", "2 - Tài năng:" under "III, Đêm hội Kim Liên:" (corpus 46):
            # the page writes "1-", "2-" as the plan does, not "a)", "b)".
            mark = _PART_MARK.match(text) if numbered and under_roman and depth == 2 else None
            if mark and len(builder.stack) > 1 and builder.stack[-2].numbering is None:
                builder.stack[-2].numbering = f"1{mark[1]}"
        else:
            label = _is_label(line, following.get(line.number))
            builder.paragraph(line, _continues(previous, line), label)
        previous = line
    plan.preamble = builder.preamble
    _closing(plan)


def _heading_rest(heading: Line, below: Line | None) -> Line | None:
    """The line right below a Roman heading that goes on with it: in upper case, short, no
    numbered item nor bullet ("I. MỤC ĐÍCH," / "YÊU CẦU", "II. TỔ CHỨC" / "THỰC HIỆN")."""
    if below is None or below.number != heading.number + 1 or below.bullet is not None:
        return None
    text = below.text
    if _ends_sentence(heading.text) or len(text.split()) > 12 or not _is_caps(text):
        return None
    if any(p.match(text) for p in (_ROMAN, _NUMBERED, _LETTERED, _KIND_LINE)):
        return None
    return below


# Words no Vietnamese sentence ends with: a line ending in one was wrapped mid-sentence
# ("Thực hiện Kế hoạch số 283/KH-UBND ... Nghị quyết số" / "71/NQ-CP ngày ...").
_GOES_ON = re.compile(
    r"\b(?:số|ngày|tháng|năm|của|và|về|theo|tại|các|những|với|cho|trên|từ|đến|tới|"
    r"trong|để|do|bởi|như|là|hoặc|hay|thuộc)$",
    re.IGNORECASE,
)


# A document's number at a line's start ("36-NQ/TW ngày ...", "49/QCPH-UBND-UBMT ...",
# "27-CTr/TU"): a number, "-" or "/", then the issuing code in capitals and another "-" or
# "/". Numbered items put a space or a ". " after their number ("1- Chào hỏi", "2. Sở ...").
_DOCUMENT_NUMBER = re.compile(r"^\d{1,4}[-/][A-ZĐ][A-Za-zĐđ]*[-/][A-ZĐ]")
# "- Cảnh báo các sự cố về môi trường" / "NTTS và hướng dẫn biện pháp …" (corpus 21): an
# acronym then a word in lower case goes on with a bullet the line above left unfinished;
# a new item or paragraph opens on a capitalised word, not a code and its sentence.
_ACRONYM_GOES_ON = re.compile(r"^[A-ZĐ]{2,}\s+(?:và|của|cho|tại|trên|để|nhằm|được)\s")


def _number_goes_on(previous: Line | None, text: str) -> bool:
    """A line starting with a number that is not a numbered item: a document's number
    ("... theo Nghị quyết số" / "36-NQ/TW ngày ...", also after a sentence's end as a
    hard wrap may fall anywhere), or any number after a line that stopped on a word no
    sentence ends with ("... Quy chế phối hợp số" / "49/QCPH-...")."""
    if _DOCUMENT_NUMBER.match(text):
        return True
    return _stopped_mid_phrase(previous)


def _stopped_mid_phrase(previous: Line | None) -> bool:
    return (
        previous is not None
        and not _ends_sentence(previous.text)
        and bool(_GOES_ON.search(previous.text.rstrip()))
    )


def _continues(previous: Line | None, line: Line) -> bool:
    """A line continues the last paragraph when that one stopped mid-sentence and this
    one starts in lower case, or that one ended on a word no sentence ends with: text
    wrapped by a PDF, a page break or a web page's layout."""
    if previous is None or line.bullet is not None or _ends_sentence(previous.text):
        return False
    return (
        line.text[:1].islower()
        or _stopped_mid_phrase(previous)
        or bool(_DOCUMENT_NUMBER.match(line.text))
        or bool(_ACRONYM_GOES_ON.match(line.text))
    )


def _closing(plan: ParsedPlan) -> None:
    """The closing formula ("... để xem xét, chỉ đạo./.") ends the last section."""
    if not plan.sections:
        return
    part = plan.sections[-1]
    while part.parts and not (part.blocks and part.blocks[-1].line > part.parts[-1].line):
        part = part.parts[-1]
    if part.blocks and (text := part.blocks[-1].text) and text.endswith("/."):
        # The one paragraph below a numbered item's own heading (a name, not a finished
        # sentence) is its text, even when it ends the plan with "./." (02's "4. Các tổ
        # chức, cá nhân liên quan" / "Phối hợp ... (nếu có)./."), unless it opens as a
        # closing does ("Trên đây là Kế hoạch ...").
        own_text = (
            part is not plan.sections[-1]
            and len(part.blocks) == 1
            and not _ends_sentence(part.title or ".")
        )
        if not own_text or text.startswith("Trên đây"):
            plan.closing = part.blocks.pop()


def _footer(plan: ParsedPlan, lines: list[Line]) -> None:
    recipients = False
    authority: str | None = None
    positions: list[tuple[int, str]] = []
    name: tuple[int, str] | None = None
    authorities: list[str] = []
    open_entry = False  # the last recipient's line ended with "," (goes on below)
    for line in lines:
        if name is not None and positions:
            break  # after the signer's name: appendices, footnotes, page chrome
        for index, cell in enumerate(_footer_cells(line)):
            bullet = line.bullet if index == 0 else None
            if not cell or _DECORATION.match(cell) or _SIGNED.match(cell):
                continue
            if found := _RECIPIENTS.match(cell):
                recipients = True
                cell = (found[1] or "").lstrip("-+*• ").strip()
                if not cell:
                    continue
                bullet = "-"
            listing = recipients and authority is None and not positions
            if cell.startswith(("}", "{", "]")):
                # "} (B/c);": a brace drawn beside several recipients, lost in plain text.
                reason = "dấu ngoặc gộp nhiều nơi nhận: không rõ áp dụng cho những dòng nào"
                plan.unplaced.append(Unplaced(line.number, cell, reason))
            elif (
                listing
                and bullet is None
                and (cell[:1].islower() or cell[:1] == "(" or (open_entry and cell[:1].isalpha()))
                and plan.recipients
            ):
                # "- Bộ Nông" / "nghiệp và Môi trường (b/c);", "- UBKT Đảng ủy, Ban xây
                # dựng Đảng," / "VP Đảng ủy;": one recipient, wrapped.
                last, comma = plan.recipients[-1], "," if open_entry else ""
                plan.recipients[-1] = _recipient(f"{last.name}{comma} {cell}", last.line)
                open_entry = cell.rstrip().endswith(",")
            elif recipients and bullet == "+":
                continue  # "+ Cổng TTĐT tỉnh": a part of the recipient above, not one more
            elif (bullet is not None and recipients) or (listing and cell[-1:] in ";,."):
                plan.recipients += [_recipient(part, line.number) for part in _split_names(cell)]
                open_entry = cell.rstrip().endswith(",")
            elif _is_caps(cell) and any(c.isdigit() for c in cell):
                plan.unplaced.append(Unplaced(line.number, cell, "dòng ở phần nơi nhận, chữ ký"))
            elif _is_authority(cell) and not positions:
                # "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": both say on whose behalf.
                authorities.append(cell)
                authority = " ".join(authorities)
            elif _is_caps(cell) and positions and _is_caps_person(cell):
                name = (line.number, cell)  # a plan typed all in capitals: "HUỲNH MINH TUẤN"
            elif _is_caps(cell):
                positions.append((line.number, cell))
            elif _is_person(cell):
                name = (line.number, cell)
            else:
                plan.unplaced.append(Unplaced(line.number, cell, "dòng ở phần nơi nhận, chữ ký"))
    if positions and name:
        position = " ".join(text for _, text in positions)
        plan.signer = Signer(authority, position, name[1], positions[0][0])
    else:
        leftovers = [*positions, *([name] if name else [])]
        if authority:
            leftovers.insert(0, (0, authority))
        for number, text in leftovers:
            plan.unplaced.append(Unplaced(number, text, "khối chữ ký thiếu chức vụ hoặc họ tên"))


_NAMES_SPLIT = re.compile(r";\s*(?:[-–]\s+)?(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦ]|các\s)")


def _split_names(cell: str) -> list[str]:
    """ "Bộ Nội vụ; Bộ Tài chính;" names two recipients, "UBND tỉnh; - Sở Y tế" too; not
    "VPUB: CVP; PCVP" (the parts of one office) nor "Bộ Y tế; (để báo cáo)"."""
    head = cell.split(":", 1)[0] if ":" in cell else None
    if head is not None and len(head.split()) <= 3:
        return [cell]
    parts = [part.strip() for part in _NAMES_SPLIT.split(cell)]
    return [part for part in parts if part.strip(" ;,.")] or [cell]


def _recipient(text: str, number: int) -> Recipient:
    text = text.strip().rstrip(";,.").strip()
    note = None
    if (found := _NOTE.search(text)) and "/" in found[1]:
        note = found[1].strip()
        text = text[: found.start()].rstrip(" ;,.")
    return Recipient(text, note, number)
