"""Template blanks in text to be read aloud: found, and their sentences left unsaid.

A form or a plan copied before it was filled keeps its blanks: "ngày … tháng …
năm 2025", "số …/KH-UBND", "xx/xx/2025", "(tên đơn vị)", "[…]", and the
"CẦN ĐIỀN" / "CẦN SỬA" that ``campaign init`` writes where it found no fact.
On paper the eye skips a blank; said aloud it is "ngày chấm chấm" or a made-up
word, and a listener cannot tell it from a fact. So a sentence that holds a
blank is not said at all, and the editor is told where it is.

Only what can be nothing but a blank is taken for one: an ellipsis ending a list
("văn nghệ, thể thao...") or eliding a quotation ("[... lược bớt ...]") is text,
and "XX" alone is a Roman numeral ("Đại hội XX").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "MARKERS",
    "blank_note",
    "first_blank",
    "split_blanks",
    "without_blank_lines",
    "without_blanks",
]

# What `campaign init` and editors leave where a fact is still missing (upper case:
# "cần điền" in lower case is ordinary prose); campaign/release/gate.py refuses to
# publish a site that still shows one.
MARKERS = ("CẦN ĐIỀN", "CẦN SỬA")

_DOTS = r"(?:…+|\.{2,})"
# Words a value follows: "ngày …", "số: …", "tại …", "Ông …" (a name to be written in).
_VALUE_WORD = (
    r"ngày|tháng|năm|số|lúc|giờ|hồi|tại|địa chỉ|điện thoại|ông|bà|đồng chí|"
    r"xã|phường|thị trấn|huyện|thôn|ấp|khóa|lần thứ"
)
# Words a form asks for in brackets: "(tên đơn vị)", "[Tên xã]", "<họ và tên>".
_ASKED = r"tên|họ và tên|họ tên|ghi rõ|điền|địa chỉ|số điện thoại|chức vụ|ký"
_BLANKS = re.compile(
    "|".join(
        (
            "|".join(re.escape(m) for m in MARKERS),
            # Runs of dots or underscores left to be written over: "........", "……", "____".
            r"\.{4,}|…{2,}|(?:…\s*){2,}(?=\s|$)|(?:\.\s){3,}|_{3,}",
            # A blank number or date part: "…/KH-UBND", "số      /KH-UBND", "ngày …/…/2025".
            rf"{_DOTS}\s*/|/\s*{_DOTS}",
            r"(?<!\S)(?i:số)\s*:?\s+/(?=\s*[A-ZĐ])",
            r"(?<!\w)(?i:ngày)\s*/\s*/",
            # "ngày … tháng …", "số: … ngày": a value word, then dots, then more words.
            rf"(?<!\w)(?i:{_VALUE_WORD})\s*:?\s*{_DOTS}(?=\s*[\w/(])",
            # "ngày   tháng   năm 2024" (the spaces of a Word form): no day, no month.
            r"(?<!\w)(?i:ngày)\s+tháng\s+năm\s+\d{2,4}(?!\d)",
            # A year to be finished: "năm 20..", "năm 20…".
            rf"(?<!\w)(?i:năm)\s+\d{{2}}{_DOTS}",
            # Brackets holding only dots: "[…]", "(...)".
            rf"[\[(]\s*{_DOTS}\s*[\])]",
            # "xx/xx/2025", "XX/XX/20XX", "xx/KH-UBND", "20xx", "xxx": letters x for digits.
            r"(?<![\w/])(?:x{1,4}|X{2,4})/[xX\d]{1,4}(?:/[xX\d]{2,4})?(?![\w/])",
            r"(?<!\w)[xX]{2,4}(?=/)",
            r"(?<!\w)\d{2}[xX]{2}(?!\w)",
            r"(?<!\w)x{2,}(?!\w)",
            r"(?<!\w)(?:TBD|TODO)(?!\w)",
            # What a form asks for, in brackets (see _asked): "(tên đơn vị)", "[Tên xã]".
            rf"[(\[<](?i:{_ASKED})\b[^()\[\]<>\d:]{{0,40}}[)\]>]",
        )
    )
)
_GLOSS = re.compile(r"\b(?:là|gọi|viết tắt|cũ|mới)\b")


_TRAILING = re.compile(r"\.{4,}|…{2,}")


def _is_blank(match: re.Match[str]) -> bool:
    """Whether a match is a blank and not text that looks like one: dots after a comma
    end a list; dots after a value word with a capital next end a sentence; a bracket
    only asks for something when it has no capital after its first letter (in round
    brackets, none at all) and nothing that makes it a gloss ("(tên cũ là xã Tân
    Hòa)", "(tên gọi tắt)")."""
    text = match[0]
    before = match.string[: match.start()].rstrip()
    after = match.string[match.end() :].lstrip()[:1]
    if _TRAILING.fullmatch(text) and before.endswith(",") and not after.islower():
        # "… Luật Bảo vệ môi trường,...." (corpus 21): a list trailing off, not a blank.
        return False
    if text.endswith((".", "…")) and not re.search(r"\.{4,}|…{2,}", text):
        # "ngày … tháng": a value is missing before the words going on; "cả năm..." then
        # a capital is a sentence trailing off.
        return not after.isupper()
    if not text.startswith(("(", "[", "<")) or text[1:2] in ".…":
        return True
    inside = text[1:-1].strip()
    rest = inside if text[0] == "(" else inside[1:]
    return not any(c.isupper() for c in rest) and _GLOSS.search(inside) is None


# A sentence ends at ".", "!" or "?" before a space and a capital, a digit, a quote
# or a list mark, or at the end; a blank's own dots end nothing.
_END = re.compile(r"[.!?…]+(?:\s+(?P<next>\S)|\s*$)")
_OPENS = '"“‘([-*+•#'
# In lines of a post, a new paragraph, heading or list item ends a sentence too.
_BREAK = re.compile(r"\n(?=\s*(?:\n|#|[-*+•]\s|\d+[.)]\s))")


def first_blank(text: str) -> str | None:
    """The first template blank in ``text``, as written; None when there is none."""
    blanks = _blanks(text)
    return " ".join(blanks[0][0].split()) if blanks else None


def _blanks(text: str) -> list[re.Match[str]]:
    return [m for m in _BLANKS.finditer(text) if _is_blank(m)]


def _ends(text: str, blanks: Sequence[re.Match[str]]) -> list[int]:
    """Where each sentence of ``text`` ends (one past its terminator)."""
    inside = [(m.start(), m.end()) for m in blanks]
    ends = [
        m.start("next") if m["next"] else m.end()
        for m in _END.finditer(text)
        if not any(start <= m.start() < end for start, end in inside)
        and (not m["next"] or m["next"].isupper() or m["next"].isdigit() or m["next"] in _OPENS)
    ]
    ends += [m.start() for m in _BREAK.finditer(text)]
    # "… vào ngày..... Hết": the blank's own dots end its sentence when a capital follows.
    ends += [
        m.end()
        for m in blanks
        if m[0].endswith((".", "…")) and text[m.end() :].lstrip()[:1].isupper()
    ]
    return sorted({*ends, len(text)})


def _spans(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The sentences of ``text`` that hold a blank (start, end), and the blanks."""
    blanks = _blanks(text)
    if not blanks:
        return [], []
    ends = _ends(text, blanks)
    spans: list[tuple[int, int]] = []
    found: list[str] = []
    for blank in blanks:
        end = next(e for e in ends if e >= blank.end())
        start = max((e for e in ends if e <= blank.start()), default=0)
        if (start, end) not in spans:
            # One note a sentence: its first blank points the editor at it.
            spans.append((start, end))
            found.append(" ".join(blank[0].split()))
    return spans, list(dict.fromkeys(found))


def without_blanks(text: str) -> tuple[str, list[str]]:
    """``text`` without its sentences that hold a blank, and the blanks, as written."""
    spans, found = _spans(text)
    for start, end in reversed(spans):
        text = text[:start] + " " + text[end:]
    return (" ".join(text.split()) if found else text), found


def split_blanks(text: str) -> tuple[str, str]:
    """``text`` as (its sentences without a blank, its sentences with one): a list item
    keeps its number for what is said, and what is not said is still read for its note."""
    spans, _ = _spans(text)
    kept = text
    unsaid: list[str] = []
    for start, end in reversed(spans):
        unsaid.insert(0, text[start:end])
        kept = kept[:start] + " " + kept[end:]
    return " ".join(kept.split()), " ".join(" ".join(unsaid).split())


def without_blank_lines(lines: Sequence[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Lines of a post without the sentences that hold a blank, a sentence running over
    several lines taken out of each; the same number of lines, so each keeps its
    number. The blanks come with the index of their line."""
    text = "\n".join(lines)
    spans, found = _spans(text)
    if not spans:
        return list(lines), []
    firsts = {" ".join(b.split()) for b in found}
    located = [
        (text.count("\n", 0, b.start()), " ".join(b[0].split()))
        for b in _blanks(text)
        if " ".join(b[0].split()) in firsts
    ]
    for start, end in reversed(spans):
        # The line breaks stay: every line after keeps its place.
        text = text[:start] + "\n" * text.count("\n", start, end) + text[end:]
    return text.split("\n"), list(dict.fromkeys(located))


def blank_note(blank: str) -> str:
    """The editor's note for a sentence left unsaid (after its file:line)."""
    return (
        f"chỗ trống chưa điền “{blank}”: câu có chỗ này không được đọc trong bản tin; "
        "hãy điền vào rồi dựng lại"
    )
