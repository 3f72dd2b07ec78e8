"""Undo what a web page or a narrow table cell did to a plan's lines, before parsing.

Plans copied from government web pages come hard-wrapped at the width of the
page's layout table: a bold name or heading opened on one line and closed on
the next ("**ỦY BAN NHÂN" / "DÂN**"), the date cut after "ngày" ("Đắk Lắk,
ngày 18" / "tháng 11 năm 2025"), the number after "Số:", the national motto
over two lines, and a lone "|" left between the table's cells. This pass joins
such pieces back into one line and keeps the number of the first one, so that
every message still points at a line of the user's file; a lone "|" becomes a
blank line (it separated two cells). It only joins where the first piece
cannot end a line: an emphasis left open, a date or number cut short.
"""

from __future__ import annotations

import re

__all__ = ["unwrap"]

# "Đắk Lắk, ngày 18" or "*Hà Nội, ngày" (the month and year on the next line).
_DATE_START = re.compile(r"^[\s*_]*[^,|]{2,40},\s*ngày\b", re.IGNORECASE)
_DATE_DONE = re.compile(r"năm\s+\d{4}|\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}", re.IGNORECASE)
_DATE_GO_ON = re.compile(r"^[\s*_]*(?:\d{1,2}\s+)?(?:tháng|năm)\b|^[\s*_]*\d{1,4}[\s*_]*$")
# An item's label alone ("a)", "2.", "*b) *"), its text on the next line (plan 06).
_LABEL_ALONE = re.compile(r"^[\s*_]*(?:[a-zđ]|\d{1,2})\s*[).][\s*_]*$")
# "Số:" alone, its number on the next line.
_NUMBER_ALONE = re.compile(r"^[\s*_]*Số\s*:?[\s*_]*$")
# A place cut before its comma: "*Thành phố Hồ" / "Chí Minh, ngày 21 ...".
_PLACE_END = re.compile(r"^[\s*_]*[^\W\d_][^,|:;]{0,30},\s*ngày\b", re.IGNORECASE)
# Words a signature block's position holds: such a line never continues the name above.
_POSITION = re.compile(
    r"CHỦ TỊCH|BÍ THƯ|TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|PHÓ|ỦY VIÊN|UỶ VIÊN|CHÁNH|TỔNG|KT\.|TM\.|T/M"
)
_AUTHORITY = re.compile(r"^[\s*_]*(?:T/M|TM\.?|KT\.?|TL\.?|TUQ\.?)\s+\S")
_MAX_JOIN = 12
# "*2.11." or "*1.3. Các cơ quan": an emphasised numbered heading, and how long it may get.
_EMPHASISED_NUMBER = re.compile(r"^\s*\*\d{1,2}(?:\.\d{1,2})*\.")
_EMPHASISED_HEADING = 240
_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO_WORDS = _MOTTO.split()


def _bold_open(text: str) -> bool:
    """Whether the line leaves a "**" open (an odd number of them)."""
    return text.count("**") % 2 == 1


def _italic_open(text: str) -> bool:
    """ "*Đắk Lắk, ngày 18": a single "*" opened at the start and not closed. A "*"
    followed by a space opens nothing: it is the asterisk a Party letterhead prints
    under the committee's name, in the same row as the date ("*   Văn Quan, ngày ...")."""
    bare = text.replace("**", "")
    return bool(re.match(r"\*(?=\S)", bare.lstrip())) and bare.count("*") % 2 == 1


def _italic_closes(text: str) -> bool:
    """ "Tài chính*": the line closes a single "*" opened above, and opens none."""
    bare = text.replace("**", "").rstrip()
    return bare.endswith("*") and bare.count("*") == 1


def _words(text: str) -> list[str]:
    return re.sub(r"[*_]", " ", text).upper().replace("HOÀ", "HÒA").split()


def _motto_piece(first: str, second: str) -> bool:
    """ "CỘNG HÒA XÃ" then "HỘI CHỦ NGHĨA VIỆT NAM": the motto cut in two."""
    a, b = _words(first), _words(second)
    joined = a + b
    return (
        bool(a)
        and bool(b)
        and a != _MOTTO_WORDS
        and joined == _MOTTO_WORDS[: len(joined)]
        and len(joined) >= len(_MOTTO_WORDS) - 1
    )


def _joins(current: str, following: str) -> bool:
    """Whether ``following`` is the rest of ``current``, cut by a hard wrap."""
    if not following.strip() or following.strip() == "|":
        return False
    if _NUMBER_ALONE.match(current):
        return True
    if _LABEL_ALONE.match(current):
        return not _LABEL_ALONE.match(following)
    if _DATE_START.match(current) and not _DATE_DONE.search(current):
        return bool(_DATE_GO_ON.match(following))
    if _motto_piece(current, following):
        return True
    if re.search(r"\bngày[*_]*\s*$", current) and re.match(r"[*_]*\d", following.strip()):
        return True  # "... chậm nhất *ngày" / "17 tháng 12.*": a date cut after "ngày"
    if (
        len(current.strip()) < 40
        and _PLACE_END.match(following)
        and not re.search(r"[.;:,]\W*$", current)
        and current.strip().startswith("*")
        and "ngày" not in current
    ):
        return True
    if _bold_open(current) and (not current.rstrip().endswith("**") or current.strip() == "**"):
        # A signature: "**KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH**" are two lines of the block;
        # "**TM. ỦY BAN NHÂN" / "DÂN**" is one cut in two.
        if _AUTHORITY.match(current) or _AUTHORITY.match(following):
            rest = re.sub(r"[*_]", " ", following).strip()
            return (
                not _AUTHORITY.match(following)
                and len(rest.split()) <= 2
                and not _POSITION.search(rest)
            )
        return True
    if _italic_open(current) and _DATE_START.match(current) is not None:
        return True
    if _italic_open(current) and len(current.strip()) <= 40 and _italic_closes(following):
        return True  # "*2.1. Sở" / "Tài chính*": a short emphasised heading cut in two
    if (
        _italic_open(current)
        and _EMPHASISED_NUMBER.match(current)
        and len(current.strip()) <= _EMPHASISED_HEADING
        and not _STRUCTURE.match(following)
    ):
        # "*2.11." / "Đề nghị Ủy ban Mặt trận ... xã hội" / "trực thuộc*": a numbered
        # emphasised heading wrapped over more lines, joined until its "*" closes.
        return True
    if (
        current.count("(") > current.count(")")
        and following.count(")") > following.count("(")
        and not following.lstrip().startswith(("- ", "+ ", "• "))
    ):
        return True  # "(Ban hành kèm theo ... năm" / "2025 của Ủy ban nhân dân Thành phố)"
    return _wrapped_sentence(current, following)


_ENDS = re.compile(r"[.;:!?)”\"*|]\s*$")
_ITEM = re.compile(r"^\s*(?:[a-zđ]\s*[).]|[-+*•–]\s)")
# Words no phrase ends on: "của" (whose?), "về" (about what?), "và", "cho", "với".
_NEEDS_MORE = re.compile(r"\s(?:của|về|và|cho|với)$")


def _wrapped_sentence(current: str, following: str) -> bool:
    """A sentence cut mid-way: this line does not end it and the next goes on in lower
    case ("2. Sở Giáo dục" / "và Đào tạo chủ trì, ..."), or with a parenthesis in lower
    case ("... kết quả thực hiện Kế hoạch hằng năm" / "(trước ngày 15 tháng 11) hoặc ..."),
    not a lettered item "a) ..."."""
    text, rest = current.strip(), following.strip()
    goes_on = rest[:1].islower() or (rest[:1] == "(" and rest[1:2].islower())
    # "5. Xây dựng Nghị định của" / "Chính phủ" (corpus 01): a line ending on a word
    # that needs what follows it goes on in a name, capitalised.
    goes_on = goes_on or (bool(_NEEDS_MORE.search(text)) and not _STRUCTURE.match(rest))
    return (
        bool(text)
        and not _ENDS.search(text)
        and not text.startswith("|")
        and goes_on
        and not _ITEM.match(rest)
    )


# A web page's copy wraps its lines near one width (here 72-92 characters) and breaks the
# first line of each paragraph early: "Các sở, ban, ngành, đoàn thể" / "Thành phố, Ủy ban
# nhân dân phường, ... gửi báo cáo". When most long lines have that width, a short line
# that ends no sentence and starts no numbered part goes on in the wide line below.
_WIDE = (72, 92)
_LONG = 60
_WRAPPED_SHARE = 0.6
_MIN_LONG_LINES = 20
_STRUCTURE = re.compile(
    r"^[\s*_#]*(?:[IVXLC]+\s*[.\-–:)]|\d{1,2}(?:\.\d{1,2})*\s*[.)/-]|[a-zđ]\s*[).]|[-+*•–]\s|"
    r"Điều\s+\d|Nơi nhận|\|)"
)


# A numbered paragraph's first line is broken early too ("3. Bộ Tư lệnh" / "Thành phố chủ
# trì, ..."); a heading is followed by a new paragraph, whose first line is short.
_HEADING_START = re.compile(r"^[\s*_#]*(?:[IVXLC]+\s*[.\-–:)]|[-+*•–]\s|Điều\s+\d|Nơi nhận|\|)")


def _hard_wrapped(lines: list[str]) -> bool:
    long = [line for line in lines if len(line) >= _LONG]
    wide = sum(_WIDE[0] <= len(line) <= _WIDE[1] for line in long)
    return len(long) >= _MIN_LONG_LINES and wide >= _WRAPPED_SHARE * len(long)


def _paragraph_goes_on(current: str, following: str) -> bool:
    text, rest = current.strip(), following.strip()
    return (
        bool(text)
        and len(text) < _WIDE[0]
        and _WIDE[0] <= len(following) <= _WIDE[1]
        and not _ENDS.search(text)
        and not _SECTION_START.match(text)
        and not _STRUCTURE.match(rest)
        and "**" not in text
        and not text.isupper()
    )


# Inside a paragraph every line but the last is filled to the page's width, so a line of
# that width that ends no sentence goes on in the next one, whatever that one starts with
# ("... giai đoạn" / "2026 - 2030; ...", "... tại khu vực Cồn" / "Ngang."), unless the next
# one starts a part, an item or a bullet. Such paragraphs run long.
_PARAGRAPH_LINES = 40
_SECTION_START = re.compile(r"^[\s*_#]*(?:[IVXLC]+\s*[.\-–:)]|Điều\s+\d|Nơi nhận|\|)")


def _filled_line_goes_on(current: str, following: str) -> bool:
    text, rest = current.strip(), following.strip()
    return (
        _WIDE[0] <= len(current.rstrip()) <= _WIDE[1]
        and bool(rest)
        and not _ENDS.search(text)
        and not _SECTION_START.match(text)
        and not _STRUCTURE.match(rest)
        and not text.isupper()
        and not rest.isupper()
    )


# "[...]", "[… lược bớt …]": the copier's mark that text was left out. It is no text of
# the plan (read aloud, corpus 34's second purpose was "Hai là, lược bớt.").
_ELISION = re.compile(r"\s*\[\s*(?:\.{3}|…)[^\]\n]{0,40}\]")


def unwrap(text: str) -> list[tuple[int, str]]:
    """The text's lines as (number of the first source line, joined text)."""
    raw = text.split("\n")
    wrapped = _hard_wrapped(raw)
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(raw):
        line = raw[i]
        if line.strip() == "|" or _ELISION.fullmatch(line.strip()):
            out.append((i + 1, ""))
            i += 1
            continue
        number = i + 1
        joined = 0
        while i + 1 < len(raw) and (
            (joined < _MAX_JOIN and _joins(line, raw[i + 1]))
            or (wrapped and joined == 0 and _paragraph_goes_on(line, raw[i + 1]))
            or (wrapped and joined < _PARAGRAPH_LINES and _filled_line_goes_on(raw[i], raw[i + 1]))
        ):
            line = line.rstrip() + " " + raw[i + 1].strip()
            i += 1
            joined += 1
        line = _ELISION.sub("", line).rstrip() if _ELISION.search(line) else line
        # "ngày  11  tháng 12": a double space inside a date is no column gap.
        line = re.sub(r"\b(ngày|tháng|năm)\s{2,}(?=\d)", r"\1 ", line)
        line = re.sub(r"(?<=\d)\s{2,}(tháng|năm)\b", r" \1", line)
        # A draft's blank number: "Số:      /KH-UBND" is one cell, not two columns.
        line = re.sub(r"^(\W*Số\s*:?)\s{2,}(?=/)", r"\1 ", line)
        # A draft's blank day or month: "ngày    tháng 01 năm 2026" is one date, not columns.
        line = re.sub(r"\b(ngày|tháng)\s{2,}(?=(?:tháng|năm)\b)", r"\1 ", line)
        out.append((number, line))
        i += 1
    return out
