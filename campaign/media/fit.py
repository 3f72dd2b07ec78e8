"""Fitting text into a box the way a designer would.

The largest size wins, then the line breaks a designer would choose: lines
of similar width, breaks at phrase boundaries (after "-", ",", ":", before
"và", "của", "cho"…), numbers kept with their units and a parenthesised
date range on one line when possible. Words are never split.

Everything is measured on the real glyph boxes, never on the font's nominal
ascent: Vietnamese stacked marks (Ế, Ễ, Ộ, Ỗ) rise about 16% of the size
above the ascender and dots below (Ệ, Ậ) hang under the baseline, so a box
sized from ``ascent + descent`` clips them. Line spacing grows when the
marks of one line would meet the dots or descenders of the line above.

Widths scale linearly with size, so every candidate line is measured once at
a reference size; the chosen size is then checked at its real pixel size.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

import fontpkg
from fontTools.ttLib import TTFont
from PIL import ImageDraw, ImageFont

from .formats import MediaError
from .phrases import ALLOWED, HARD, NATURAL, WORD, Gap, phrase_breaks

__all__ = [
    "AUTHORITY",
    "FAMILY",
    "FitError",
    "FittedText",
    "GlyphError",
    "Line",
    "cap_height",
    "check_glyphs",
    "draw_text",
    "drawable",
    "fit_text",
    "font",
    "font_path",
    "undrawable",
    "using_phrases",
]

FAMILY = "Be Vietnam Pro"
# Candidate lines are measured at this size and scaled.
_REFERENCE = 200
# Clear space on every side of the ink, in ems: anti-aliasing and hinting
# may spill a pixel past the outline box, and ink that touches the box edge
# looks cramped.
PAD_EM = 0.04
# Least vertical space between the lowest ink of a line and the highest ink
# of the next, in ems.
GAP_EM = 0.08
# Above this many break combinations, line breaking falls back to a greedy
# balanced search (long texts; banners and cards never get near it).
_MAX_COMBINATIONS = 20_000

# Cost weights: a 10% smaller size costs about 1, as does a clearly ragged
# pair of lines or a break inside a parenthesis.
_SIZE_WEIGHT = 10.0
_RAGGED_WEIGHT = 3.0
_EXTRA_LINE = 0.05
# A last line of one word ("… LỜI BÁC HỒ / DẠY") reads as an afterthought.
_WIDOW = 2.5
# A break costing this much or more (inside a compound such as "Thầy / thuốc",
# inside brackets, a line opening with a dash, a split date range) is one a
# designer never makes: it is taken only when no clean set of breaks fits.
_HARD = 3.0

_DASHES = {"-", "–", "—"}
# Vietnamese function words a phrase begins with: a line may start with them.
_PHRASE_STARTERS = {
    "và",
    "của",
    "cho",
    "trong",
    "với",
    "tại",
    "trên",
    "về",
    "để",
    "nhằm",
    "từ",
    "đến",
    "theo",
    "vì",
    "là",
    "hoặc",
    "hướng",
    "nhân",
    "góp",
}
# Spaces separate syllables in Vietnamese, not words: "Việt Nam", "Thầy
# thuốc" and "làm theo lời Bác" are units a line must not split. The phrases
# are data (campaign/data/phrases.yml, plus a campaign's media.phrases); a
# no-break space (U+00A0) in the text glues any other pair.
_PHRASE_HARD = 6.0
# Where a phrase may break on a narrow format ("|"), and where it reads best ("||").
_PHRASE_ALLOWED = 1.2
_PHRASE_NATURAL = 0.3
# A number with the word it counts ("70 năm"), a date word with its date ("ngày 27/02").
_NUMBER_UNIT = 4.0
# A cut phrase whose head ends a line of other words (or whose tail opens one).
_ORPHAN = 1.5
_DATE_WORDS = frozenset({"ngày", "tháng", "năm", "quý", "khóa", "khoá", "số", "lần", "thứ"})
# How a signature block says who signs for whom (Nghị định 30/2020/NĐ-CP, Phụ lục I,
# Phần I, II.7.b): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". Each opens the words it
# qualifies; its full stop ends no sentence.
AUTHORITY = frozenset({"TM.", "Q.", "KT.", "TL.", "TUQ."})
_SPACES = re.compile(r"[ \t\r\n]+")
_NUMBER = re.compile(r"^\(?\d[\d/.,:%]*\)?[!?.,;:]*$")


# A campaign's own phrases (media.phrases), for every fit made inside
# :func:`using_phrases`: the kit sets them once per image instead of threading
# them through every layer of a layout.
_CAMPAIGN_PHRASES: ContextVar[tuple[str, ...]] = ContextVar("campaign_phrases", default=())


@contextmanager
def using_phrases(phrases: Sequence[str]) -> Iterator[None]:
    """Fit every text in this block with ``phrases`` added to the built-in ones."""
    token = _CAMPAIGN_PHRASES.set(tuple(phrases))
    try:
        yield
    finally:
        _CAMPAIGN_PHRASES.reset(token)


class FitError(MediaError):
    """Text does not fit its box at or above the minimum size."""


class GlyphError(MediaError):
    """Text uses a character the font cannot draw (``char``)."""

    char: str = ""


@dataclass(frozen=True)
class Line:
    """One line of a fitted text, with its ink box relative to (pen x, baseline)."""

    text: str
    x0: int
    y0: int
    x1: int
    y1: int

    @property
    def width(self) -> int:
        return self.x1 - self.x0


@dataclass(frozen=True)
class FittedText:
    """The outcome of :func:`fit_text`: size, lines and the block they make."""

    text: str
    size: int
    weight: int
    lines: tuple[Line, ...]
    pitch: int
    pad: int
    width: int
    height: int
    # False when every set of breaks that fits splits something that belongs
    # together (a compound, a bracket, a date range).
    clean: bool = True
    # How many such cuts the breaks make (0 when clean).
    cuts: int = 0
    # How many of them split a word of two or more syllables ("LƯƠNG / Y", "THẦY /
    # THUỐC"), worse than cutting a phrase between its words ("LÀM THEO / LỜI BÁC").
    splits: int = 0

    @property
    def font(self) -> ImageFont.FreeTypeFont:
        return font(self.weight, self.size)


@cache
def font_path(weight: int) -> Path:
    """The Be Vietnam Pro TTF of ``weight`` (100–900)."""
    return Path(fontpkg.path(FAMILY, weight))


@lru_cache(maxsize=256)
def font(weight: int, size: int) -> ImageFont.FreeTypeFont:
    """Be Vietnam Pro at ``size`` pixels, laid out by Raqm when available."""
    return ImageFont.truetype(str(font_path(weight)), size)


@cache
def cap_height(weight: int) -> float:
    """The height of a flat capital (H, I, T) in ems, from the font's OS/2 table."""
    with TTFont(str(font_path(weight)), lazy=True) as tt:
        return float(tt["OS/2"].sCapHeight) / float(tt["head"].unitsPerEm)


@cache
def _cmap(weight: int) -> frozenset[int]:
    with TTFont(str(font_path(weight)), lazy=True) as tt:
        return frozenset(tt.getBestCmap())


def drawable(text: str) -> str:
    """``text`` without what no weight of the font can draw (emoji, pictographs).

    For images made from text nobody designed for print (a news title on its
    share card): the page shows the emoji, the card leaves it out.
    """
    every = _every_weight()
    kept = "".join(ch for ch in text if ch.isspace() or ord(ch) in every)
    return " ".join(kept.split())


# Vietnamese letters outside Latin-1 (precomposed, as text is NFC), all in the font.
_VIETNAMESE = frozenset("ĂăĐđĨĩŨũƠơƯư" + "".join(map(chr, range(0x1EA0, 0x1EFA))))


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` that :func:`drawable` leaves out, each once, in order
    (not the invisible ones that go with an emoji: joiners, variation selectors,
    skin tones)."""
    if all(ord(ch) < 0x100 or ch in _VIETNAMESE for ch in text):
        return []  # Latin-1 and Vietnamese letters: no font file read (0.17 s CPU)
    every = _every_weight()
    lacking = (
        ch
        for ch in text
        if not ch.isspace()
        and ord(ch) not in every
        and unicodedata.category(ch) not in ("Cf", "Mn", "Sk")
    )
    return list(dict.fromkeys(lacking))


_WEIGHTS = tuple(range(100, 1000, 100))


@cache
def _every_weight() -> frozenset[int]:
    """The characters every weight of the font draws (a card's title is checked against
    it once per character, not once per weight)."""
    return frozenset.intersection(*(_cmap(w) for w in _WEIGHTS))


def _excerpt(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_glyphs(text: str, weight: int, label: str) -> None:
    """Raise :class:`GlyphError` for the first character the font lacks.

    Checked on the cmap itself: FreeType would otherwise draw a hollow box
    (tofu) and nobody would notice until the banner hangs in the street.
    """
    cmap = _cmap(weight)
    for ch in text:
        if ch.isspace() or ord(ch) in cmap:
            continue
        name = unicodedata.name(ch, "")
        named = f" {name}" if name else ""
        error = GlyphError(
            f"{label} có ký tự '{ch}' (U+{ord(ch):04X}{named}) không có trong phông {FAMILY}: "
            "hãy bỏ hoặc thay ký tự này"
        )
        error.char = ch
        raise error


def _is_number(word: str) -> bool:
    return bool(_NUMBER.match(word))


def _bare(word: str) -> str:
    return word.strip("()[]\"“”'‘’.,;:!?").lower()


def _break_penalties(
    words: Sequence[str], phrases: Sequence[str] = ()
) -> tuple[list[float], set[int], list[Gap | None]]:
    """Cost of breaking after each word but the last; negative means a good place.

    Also the breaks (1-based, as in a candidate's ``breaks``) that would cut a
    name in two: avoided whenever a set of breaks without them fits; and the
    phrase spanning each gap, if any.
    """
    penalties = []
    names: set[int] = set()
    depth = 0
    gaps = phrase_breaks(words, phrases)
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        depth += a.count("(") - a.count(")")
        p = 0.0
        if b in _DASHES:
            # A line must not begin with a dash.
            p += 4.0
        if a in _DASHES:
            # The strongest phrase boundary in a slogan: worth ~20% of size. The
            # dash itself is dropped at the end of the line (see ``_trimmed``).
            p -= 2.0
            if i > 0 and _is_number(words[i - 1]) and _is_number(b):
                # A range such as "1955 - 2025" reads as one item.
                p += 5.0
        elif a in AUTHORITY:
            p += _PHRASE_HARD
        elif a[-1] in ".!?;":
            p -= 2.0
        elif a[-1] in ",:":
            p -= 1.2
        if b.startswith("(") or b in AUTHORITY:
            p -= 0.6
        if b.lower().strip('("“') in _PHRASE_STARTERS:
            p -= 0.5
        if depth > 0:
            p += 4.0
        if _is_number(a) and b not in _DASHES:
            # "70 năm", "27/02": a number belongs with what it counts.
            p += _NUMBER_UNIT if b[:1].isalpha() and b[:1].islower() else 2.0
        if _is_number(b) and (_bare(a) in _DATE_WORDS or a.endswith(":")):
            # "ngày / 27/02", "năm / 2025", "Số lượng: / 2.000 bản": the word (or the
            # label) introduces its number.
            p += _NUMBER_UNIT
        gap = gaps[i]
        kind = gap.kind if gap else None
        if kind == WORD:
            # Worse than cutting two phrases between their words: "THI ĐUA / LÀM THEO /
            # LỜI BÁC" before "THI ĐUA LÀM / THEO LỜI BÁC".
            p += 3 * _PHRASE_HARD
        elif kind == HARD:
            p += _PHRASE_HARD
        elif kind == ALLOWED:
            p += _PHRASE_ALLOWED
        elif kind == NATURAL:
            p += _PHRASE_NATURAL
        elif a[:1].isupper() and b[:1].isupper() and not a.isupper():
            # Runs of capitalised words are names: "Ngày Thầy thuốc", "Sở Y tế".
            # Not hard: a narrow flag may have to set "NGÀY / THẦY THUỐC".
            p += 2.5
            names.add(i + 1)
        penalties.append(p)
    return penalties, names, gaps


def _split_phrases(breaks: Sequence[int], gaps: Sequence[Gap | None], count: int) -> float:
    """What it costs that a phrase cut by ``breaks`` shares a line with other words.

    When a flag is too narrow for "NGÀY THẦY THUỐC", "70 NĂM / NGÀY / THẦY
    THUỐC" still shows the name starting its own line; "70 NĂM NGÀY / THẦY
    THUỐC" hides it.
    """
    cost = 0.0
    edges = (0, *breaks, count)
    for b in breaks:
        gap = gaps[b - 1]
        if gap is None or gap.kind == NATURAL:
            continue
        start = max(e for e in edges if e < b)
        end = min(e for e in edges if e > b)
        cost += _ORPHAN * ((start < gap.start) + (end > gap.end))
    return cost


def _trimmed(words: Sequence[str], span: tuple[int, int]) -> tuple[int, int]:
    """A line's words without a separating dash at its end: the break replaces it."""
    i, j = span
    if j - i > 1 and words[j - 1] in _DASHES:
        return i, j - 1
    return span


@dataclass
class _Candidate:
    breaks: tuple[int, ...]
    size: float
    cost: float = 0.0
    clean: bool = True
    whole: bool = True  # no name cut in two


class _Measurer:
    """Ink boxes of word runs ``words[i:j]`` at the reference size.

    Each word is shaped once; a run is composed from its words' boxes and
    advances. Shaping every run instead costs O(n²) layouts of ever longer
    strings (82 s for a 84-word slogan in 13 formats). Vietnamese has no
    shaping or kerning across a space, so the composition is what the
    shaper would say to the pixel; :func:`_settle` measures the chosen lines
    for real anyway.
    """

    def __init__(self, words: Sequence[str], weight: int) -> None:
        self.words = words
        self.font = font(weight, _REFERENCE)
        self.space = self.font.getlength(" ")
        self.boxes = [self.font.getbbox(w, anchor="ls") for w in words]
        starts = [0.0]
        for w in words:
            starts.append(starts[-1] + self.font.getlength(w) + self.space)
        self.starts = starts  # pen position of each word when all share one line
        self.cache: dict[tuple[int, int], tuple[int, int, int, int]] = {}

    def box(self, i: int, j: int) -> tuple[int, int, int, int]:
        key = (i, j)
        if key not in self.cache:
            i, j = _trimmed(self.words, (i, j))
            boxes = self.boxes[i:j]
            x0 = boxes[0][0]
            x1 = self.starts[j - 1] - self.starts[i] + boxes[-1][2]
            y0 = min(b[1] for b in boxes)
            y1 = max(b[3] for b in boxes)
            self.cache[key] = (int(x0), int(y0), math.ceil(x1), int(y1))
        return self.cache[key]


def _spans(breaks: Sequence[int], count: int) -> list[tuple[int, int]]:
    edges = [0, *breaks, count]
    return list(itertools.pairwise(edges))


def _block(
    boxes: Sequence[tuple[int, int, int, int]], size: float, line_height: float
) -> tuple[float, float, float]:
    """Width, height and pitch of a block of lines with these ink boxes at ``size``."""
    width = max(x1 - x0 for x0, _, x1, _ in boxes)
    pitch = line_height * size
    for above, below in itertools.pairwise(boxes):
        pitch = max(pitch, above[3] - below[1] + GAP_EM * size)
    height = -boxes[0][1] + (len(boxes) - 1) * pitch + boxes[-1][3]
    return width, height, pitch


def _size_for(
    boxes: Sequence[tuple[int, int, int, int]], box_w: float, box_h: float, line_height: float
) -> float:
    width, height, _ = _block(boxes, _REFERENCE, line_height)
    by_width = box_w / (width / _REFERENCE + 2 * PAD_EM)
    by_height = box_h / (height / _REFERENCE + 2 * PAD_EM)
    return min(by_width, by_height)


def _breaks_for_width(
    m: _Measurer,
    count: int,
    limit: float,
    penalties: Sequence[float],
    forced: frozenset[int],
) -> tuple[int, ...]:
    """The best breaks for lines at most ``limit`` wide, by dynamic programming.

    A line costs its slack squared (the last line of a paragraph is free,
    as in TeX) plus the penalty of the break that ends it; a hard break
    (inside a compound, a bracket) costs so much that it is taken only when
    nothing else fits. Lines never run across the text's own breaks.
    """
    inf = math.inf
    best = [inf] * (count + 1)
    back = [0] * (count + 1)
    best[0] = 0.0
    for j in range(1, count + 1):
        for i in range(j - 1, -1, -1):
            if best[i] == inf:
                continue
            if any(i < f < j for f in forced):
                break
            x0, _, x1, _ = m.box(i, j)
            width = x1 - x0
            if width > limit and j > i + 1:
                break
            end = j == count or j in forced
            slack = 0.0 if end else ((limit - width) / limit) ** 2 * _RAGGED_WEIGHT
            penalty = 0.0 if end else penalties[j - 1]
            if penalty >= _HARD:
                penalty += 100.0
            cost = best[i] + slack + penalty
            if cost < best[j]:
                best[j], back[j] = cost, i
    breaks = []
    j = count
    while j > 0:
        j = back[j]
        if j > 0:
            breaks.append(j)
    return tuple(sorted(breaks))


def _candidates(
    m: _Measurer,
    count: int,
    max_lines: int,
    penalties: Sequence[float],
    forced: frozenset[int] = frozenset(),
) -> list[tuple[int, ...]]:
    """Sets of breaks to try: all of them when few, else greedy fills of every width.

    Every set contains the ``forced`` breaks (the text's own line breaks).
    """
    positions = [p for p in range(1, count) if p not in forced]
    extra = min(max_lines, count) - 1 - len(forced)
    if extra < 0:
        return []
    total = sum(math.comb(len(positions), k) for k in range(extra + 1))
    if total <= _MAX_COMBINATIONS:
        return [
            tuple(sorted(forced.union(combo)))
            for k in range(extra + 1)
            for combo in itertools.combinations(positions, k)
        ]
    # Long text: the best breaks for a range of line widths.
    lo = max(m.box(i, i + 1)[2] - m.box(i, i + 1)[0] for i in range(count))
    full = m.box(0, count)
    hi = full[2] - full[0]
    found: set[tuple[int, ...]] = set()
    for step in range(64):
        limit = lo + (hi - lo) * step / 63
        breaks = _breaks_for_width(m, count, limit, penalties, forced)
        if len(breaks) < max_lines:
            found.add(breaks)
    return sorted(found)


def _paragraphs(
    spans: Sequence[tuple[int, int]], forced: frozenset[int]
) -> list[list[tuple[int, int]]]:
    """Lines grouped by the text's own line breaks."""
    groups: list[list[tuple[int, int]]] = [[]]
    for span in spans:
        if span[0] in forced:
            groups.append([])
        groups[-1].append(span)
    return groups


def _words(text: str) -> tuple[list[str], frozenset[int]]:
    """Words, and the breaks the text itself asks for (after each of its lines)."""
    words: list[str] = []
    forced: set[int] = set()
    for line in text.strip().split("\n"):
        # Only ordinary spaces break: U+00A0 keeps its neighbours on one line.
        part = _SPACES.split(line.strip()) if line.strip() else []
        if part and words:
            forced.add(len(words))
        words += part
    return words, frozenset(forced)


def fit_text(
    text: str,
    box: tuple[int, int],
    *,
    weight: int = 700,
    max_lines: int = 2,
    min_size: float = 1,
    max_size: float | None = None,
    line_height: float = 1.2,
    uppercase: bool = False,
    label: str | None = None,
    where: str | None = None,
    unit: str = "px",
    px_per_unit: float = 1.0,
    phrases: Sequence[str] = (),
) -> FittedText:
    """The largest size and best line breaks for ``text`` in a ``box`` of (width, height) px.

    ``min_size`` and ``max_size`` are in pixels (``max_size`` keeps a footer
    below the slogan it serves); ``unit`` and ``px_per_unit`` only change how
    a failure is worded (points for print). ``phrases`` adds to the phrases a
    break must not cut (see :mod:`.phrases`). Raise :class:`FitError` when the
    text needs a size below ``min_size``, :class:`GlyphError` when the font
    lacks a character.
    """
    # The same text in the same box is fitted again and again (a kit measures each
    # format, then draws it; cards and tests ask twice): a fit is kept, a failure not.
    return _fit(
        text,
        (box[0], box[1]),
        weight,
        max_lines,
        min_size,
        max_size,
        line_height,
        uppercase,
        label,
        where,
        unit,
        px_per_unit,
        (*_CAMPAIGN_PHRASES.get(), *phrases),
    )


@lru_cache(maxsize=1024)
def _fit(
    text: str,
    box: tuple[int, int],
    weight: int,
    max_lines: int,
    min_size: float,
    max_size: float | None,
    line_height: float,
    uppercase: bool,
    label: str | None,
    where: str | None,
    unit: str,
    px_per_unit: float,
    phrases: tuple[str, ...],
) -> FittedText:
    text = unicodedata.normalize("NFC", text)
    words, forced = _words(text)
    label = label or f"chữ '{_excerpt(' '.join(words))}'"
    box_w, box_h = box
    where = where or f"khung {box_w}×{box_h} px"
    if not words:
        raise FitError(f"{label} trống: không có chữ để đặt vào {where}")
    shown = [w.upper() for w in words] if uppercase else list(words)
    check_glyphs("".join(shown), weight, label)

    m = _Measurer(shown, weight)
    penalties, names, gaps = _break_penalties(words, phrases)
    for b in forced:
        # The author's own line breaks cost nothing and split nothing.
        penalties[b - 1] = 0.0
    names = names - forced
    count = len(words)
    candidates = []
    for breaks in _candidates(m, count, max_lines, penalties, forced):
        boxes = [m.box(i, j) for i, j in _spans(breaks, count)]
        size = _size_for(boxes, box_w, box_h, line_height)
        if max_size is not None:
            size = min(size, max_size)
        clean = all(penalties[b - 1] < _HARD for b in breaks)
        whole = not names.intersection(breaks)
        candidates.append(_Candidate(breaks, size, clean=clean, whole=whole))
    if not candidates:
        raise FitError(
            f"{label} có {len(forced) + 1} dòng, {where} chỉ nhận tối đa {max_lines} dòng"
        )
    best_size = max(c.size for c in candidates)

    def too_small(need: float) -> FitError:
        def shown(px: float) -> str:
            return f"{math.floor(px / px_per_unit + 1e-9):g}"

        return FitError(
            f"{label} không vừa {where}: cỡ chữ cần {shown(need)} {unit}, "
            f"tối thiểu {shown(min_size)} {unit}"
        )

    if best_size < min_size:
        raise too_small(best_size)
    for c in candidates:
        ragged = 0.0
        # Balance is judged within each paragraph: the items of a list may differ.
        for paragraph in _paragraphs(_spans(c.breaks, count), forced):
            widths = [m.box(i, j)[2] - m.box(i, j)[0] for i, j in paragraph]
            widest = max(widths)
            if widest > 0:
                ragged += sum(((widest - w) / widest) ** 2 for w in widths)
            if len(paragraph) > 1 and paragraph[-1][1] - paragraph[-1][0] == 1:
                # A lone last word (a widow) looks like an afterthought.
                ragged += _WIDOW / _RAGGED_WEIGHT
        c.cost = (
            _split_phrases(c.breaks, gaps, count)
            + _SIZE_WEIGHT * math.log(best_size / c.size)
            + _RAGGED_WEIGHT * ragged
            + sum(penalties[b - 1] for b in c.breaks)
            + _EXTRA_LINE * len(c.breaks)
        )
    usable = [c for c in candidates if c.size >= min_size]
    # Preferences a designer does not trade for size, strongest first.
    usable = [c for c in usable if c.clean] or usable
    usable = [c for c in usable if c.whole] or usable
    chosen = min(usable, key=lambda c: (c.cost, -c.size, c.breaks))
    line_texts = [
        " ".join(shown[i:j]) for i, j in (_trimmed(shown, s) for s in _spans(chosen.breaks, count))
    ]
    cuts = sum(penalties[b - 1] >= _HARD for b in chosen.breaks)
    splits = sum(
        1
        for b in chosen.breaks
        if b not in forced and (gap := gaps[b - 1]) is not None and gap.kind == WORD
    )
    fitted = _settle(
        text, line_texts, weight, box, line_height, chosen.size, chosen.clean, cuts, splits
    )
    if fitted is None or fitted.size < min_size:
        raise too_small(fitted.size if fitted else 0)
    return fitted


def _settle(
    text: str,
    line_texts: Sequence[str],
    weight: int,
    box: tuple[int, int],
    line_height: float,
    estimate: float,
    clean: bool = True,
    cuts: int = 0,
    splits: int = 0,
) -> FittedText | None:
    """Measure at real pixel sizes from the estimate down until the block fits."""
    box_w, box_h = box
    size = max(1, math.floor(estimate))
    while size >= 1:
        f = font(weight, size)
        lines = []
        for t in line_texts:
            x0, y0, x1, y1 = f.getbbox(t, anchor="ls")
            lines.append(Line(t, int(x0), int(y0), int(x1), int(y1)))
        boxes = [(ln.x0, ln.y0, ln.x1, ln.y1) for ln in lines]
        width, _, pitch = _block(boxes, size, line_height)
        pad = math.ceil(PAD_EM * size)
        pitch_px = math.ceil(pitch)
        height_px = -lines[0].y0 + (len(lines) - 1) * pitch_px + lines[-1].y1
        if width + 2 * pad <= box_w and height_px + 2 * pad <= box_h:
            return FittedText(
                text,
                size,
                weight,
                tuple(lines),
                pitch_px,
                pad,
                math.ceil(width) + 2 * pad,
                height_px + 2 * pad,
                clean,
                cuts,
                splits,
            )
        size -= 1
    return None


def draw_text(
    draw: ImageDraw.ImageDraw,
    fitted: FittedText,
    box: tuple[int, int, int, int],
    fill: tuple[int, int, int],
    *,
    align: Literal["left", "center", "right"] = "center",
    valign: Literal["top", "middle", "bottom"] = "middle",
) -> tuple[int, int, int, int]:
    """Draw ``fitted`` inside ``box`` (x0, y0, x1, y1); return the block's box.

    Lines are placed by their ink, so a line of capitals with stacked marks
    and one without share the same visual edges.
    """
    bx0, by0, bx1, by1 = box
    free_h = (by1 - by0) - fitted.height
    top = by0 + {"top": 0, "middle": free_h // 2, "bottom": free_h}[valign]
    baseline = top + fitted.pad - fitted.lines[0].y0
    f = fitted.font
    for line in fitted.lines:
        inner_w = (bx1 - bx0) - 2 * fitted.pad
        free_w = inner_w - line.width
        left = bx0 + fitted.pad + {"left": 0, "center": free_w // 2, "right": free_w}[align]
        draw.text((left - line.x0, baseline), line.text, font=f, fill=fill, anchor="ls")
        baseline += fitted.pitch
    return (bx0, top, bx1, top + fitted.height)
