"""Written paragraphs made fit for the ear, read with located warnings.

Asides become comma pauses, compounds joined by a dash are said without a
break, a repeated aside is said once, a quoted title keeps its pause, and a
unit's name expanded from its abbreviation is said once. :class:`Reader`
normalizes each paragraph and points its warnings at the paragraph's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..content.model import Campaign
from ..content.text import lower_first
from .blanks import blank_note, without_blanks
from .locate import in_block
from .numbers import Dialect
from .reading import normalize

__all__ = [
    "TERMINAL",
    "Para",
    "Reader",
    "dedupe_names",
    "drop_repeated_asides",
    "lower_first",
    "mark_quotes",
    "sentence",
    "speakable",
    "unit_abbreviations",
]

_PARENS = re.compile(r"\s*\(([^()]*)\)")
_SPACED_DASH = re.compile(r"(\w+) - (\w+)")
_ELLIPSIS = re.compile(r"\s*\.{2,}")
_PUNCT_RUN = re.compile(r"\s*([,;:])(?:\s*[,;:])*\s*(?=[.!?])|([,;:])(?:\s*[,;:])+")
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?])")
TERMINAL = ".!?"


def _dash(m: re.Match[str]) -> str:
    # "kinh tế - xã hội" is one compound, said without a break; "Việt Nam -
    # bảy mươi năm" joins two phrases, and the listener needs the pause.
    left, right = m[1], m[2]
    if left[:1].islower() and right[:1].islower():
        return f"{left} {right}"
    return f"{left}, {right}"


def _punct_run(m: re.Match[str]) -> str:
    return "" if m[1] else (m[2] or "")


# "(Số 1226/QĐ-BVHTTDL … và số 2657/…)" after a document's name (corpus 02): said as an
# aside, the number's "Số" is no sentence's first word.
_NUMBER_ASIDE = re.compile(r"^Số(?=\s+(?:\d|(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\b))")


def _aside(m: re.Match[str]) -> str:
    return f", {_NUMBER_ASIDE.sub('số', m[1].strip(), count=1)},"


def speakable(text: str) -> str:
    """Tidy a spoken line for the ear: asides as comma pauses, no dangling marks."""
    text = _PARENS.sub(_aside, text)
    text = _SPACED_DASH.sub(_dash, text)
    text = _ELLIPSIS.sub("", text)
    text = _SPACE_BEFORE.sub("", _SPACES.sub(" ", text))
    text = _PUNCT_RUN.sub(_punct_run, text)
    text = text.strip(" ,;")
    if text and text[-1] not in TERMINAL + ":":
        text += "."
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def sentence(text: str) -> str:
    text = " ".join(text.split()).rstrip(" ;,")
    return text if text[-1:] in TERMINAL + ":" else text + "."


# The normalizer drops quotation marks, and with them the edge of a quoted
# title: "chủ đề “Y tế Việt Nam, 70 năm làm theo lời Bác” theo kế hoạch" would run
# on, the ear having heard a pause inside it; so would a long one ("Chỉ thị … về “tăng
# cường công tác bảo vệ bí mật Nhà nước trong tình hình mới” trên địa bàn tỉnh Nghệ An",
# corpus 25: the plan's scope is no part of the directive's name). A comma keeps the
# pause. A short name with no pause of its own needs none: "Thực hiện nội dung “Tổ chức
# các hoạt động về nguồn” trong Kế hoạch …" (a sample news of the flagship) was said
# "… về nguồn, trong Kế hoạch …", cutting off what the name belongs to; "thi đua “Hai
# tốt” chào mừng …" (corpus 47).
_CLOSING_QUOTE = re.compile(r"([“«])([^“”«»]*)([”»])(?=\s+[^\W\d_])")
_INNER_PAUSE = re.compile(r"[,;:!?]|\s-\s")
_SHORT_QUOTE_WORDS = 10


def _closing(m: re.Match[str]) -> str:
    pause = _INNER_PAUSE.search(m[2]) or len(m[2].split()) > _SHORT_QUOTE_WORDS
    return m[0] + ("," if pause else "")


def mark_quotes(text: str) -> str:
    return _CLOSING_QUOTE.sub(_closing, text)


_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def drop_repeated_asides(text: str, seen: set[str]) -> str:
    """Say a bracketed aside once per bulletin.

    Plans repeat "(27/02/1955 - 27/02/2025)" after every mention of the
    anniversary; the eye skips it, the ear has to sit through two dates again.
    """

    def aside(m: re.Match[str]) -> str:
        key = " ".join(m[1].split())
        if key in seen:
            return ""
        seen.add(key)
        return m[0]

    return _ASIDE.sub(aside, text)


@dataclass(frozen=True)
class Para:
    """A written paragraph and where a warning about it should point."""

    text: str
    source: str
    line: int = 0
    # The line as the file holds it and the lines after it, when the words come
    # from a field: a warning points at its word there (see locate.in_block).
    written: tuple[str, ...] = ()


@dataclass
class Reader:
    dialect: Dialect
    abbreviations: Mapping[str, str]
    unit_names: Sequence[str]

    def read(
        self, paras: Iterable[Para], seen: set[str] | None = None
    ) -> tuple[list[str], list[str]]:
        """Spoken paragraphs and located warnings; ``seen`` collects asides said.

        A sentence that holds a template blank ("ngày … tháng …", "(tên đơn vị)") is
        not said: the note names the blank (see :mod:`.blanks`)."""
        seen = set() if seen is None else seen
        spoken: list[str] = []
        warnings: list[str] = []
        for number, para in enumerate(paras, start=1):
            # The paragraph is composed (or one field's value): a column in it would
            # point nowhere in the file; the word's column in the field's line does.
            line = para.line or number
            filled, blanks = without_blanks(" ".join(para.text.split()))
            text = drop_repeated_asides(mark_quotes(filled), seen)
            reading = normalize(
                text, dialect=self.dialect, abbreviations=self.abbreviations, source=para.source
            )
            notes = [(b, blank_note(b)) for b in blanks]
            notes += [(w.token, w.message) for w in reading.warnings]
            for token, message in notes:
                if not para.written:
                    warnings.append(f"{para.source}:{line}: {message}")
                    continue
                offset, column = in_block(para.written, token, (para.text, text, reading.text))
                warnings.append(f"{para.source}:{line + offset}:{column}: {message}")
            spoken.append(self.tidy(reading.text))
        return spoken, warnings

    def tidy(self, text: str) -> str:
        return speakable(dedupe_names(text, self.unit_names))


def unit_abbreviations(campaign: Campaign) -> dict[str, str]:
    """The campaign's own abbreviations on top of the built-in dictionary: each
    unit's abbreviations ("TTYT", "UBND huyện") mapped to its full name, then the
    entries of ``broadcast.abbreviations`` in campaign.yml, which win."""
    own = {a: u.name for u in campaign.units for a in u.abbreviations}
    return {**own, **campaign.broadcast.abbreviations}


# The level word that starts a place name ("huyện Văn Quan"): a text may go on
# with it alone after an abbreviation ("TTYT huyện").
_LEVELS = frozenset({"xã", "phường", "huyện", "tỉnh", "quận", "thị xã", "thị trấn", "thành phố"})


def dedupe_names(text: str, names: Sequence[str]) -> str:
    """ "UBND huyện Văn Quan" expands to the unit's full name, which already ends
    in "Văn Quan": drop the repeated tail so the name is said once. The same for a
    place's level word alone ("TTYT huyện" → "Trung tâm Y tế huyện Văn Quan", not
    "… huyện Văn Quan huyện")."""
    for name in names:
        if name not in text:
            continue  # every pattern below starts with the name as written
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            tail = words[-k:]
            for j in range(len(tail), 0, -1):
                repeated = " ".join(tail[:j])
                if j < len(tail) and repeated.lower() not in _LEVELS:
                    continue
                text = re.sub(rf"{re.escape(name)}\s+{re.escape(repeated)}(?!\w)", name, text)
        text = _issued_by_subject(text, name)
    return text


def _named_forms(name: str) -> list[str]:
    """The unit's name, and the same name ending at its place's level word: a post
    writes "Trung tâm Y tế huyện" for "Trung tâm Y tế huyện Văn Quan"."""
    words = name.split()
    for i in range(1, len(words)):
        for size in (2, 1):
            level = " ".join(words[i : i + size])
            if level.lower() in _LEVELS and i + size < len(words):
                return [name, " ".join(words[: i + size])]
    return [name]


def _issued_by_subject(text: str, name: str) -> str:
    """ "Trung tâm Y tế huyện ban hành Kế hoạch số 160/KH-TTYT ngày …" (the flagship's
    news): the symbol's letters expand to "của Trung tâm Y tế huyện Văn Quan", the body
    the sentence has just named as the one that issues it. Said after "ban hành" that
    names it twice in a breath; the sentence says who issued it, so it is said once.
    Only for the body right before "ban hành" in the same clause (no comma, stop or
    semicolon between): "A ban hành Kế hoạch số … của B" keeps B, and so does a
    second document between ("A ban hành Kế hoạch số 1 thực hiện Quyết định số 2 của
    A": the "của" may be the second's)."""
    forms = "|".join(re.escape(f) for f in _named_forms(name))
    pattern = re.compile(
        rf"(?<!\w)(?:{forms})\s+ban hành\s+(?P<doc>[^.;:,!?]{{1,160}}?)"
        rf"(?P<of>\s+của\s+{re.escape(name)})(?!\w)"
    )

    def once(m: re.Match[str]) -> str:
        if len(_DOCUMENT_KIND.findall(m["doc"])) != 1:
            return m[0]
        return m[0][: m.start("of") - m.start()]

    return pattern.sub(once, text)


_DOCUMENT_KIND = re.compile(
    r"(?<!\w)(?:Kế hoạch|Quyết định|Chỉ thị|Nghị quyết|Công văn|Thông báo|Hướng dẫn|"
    r"Chương trình|Đề án|Thông tư|Nghị định|Kết luận|Báo cáo|Tờ trình)(?!\w)"
)
