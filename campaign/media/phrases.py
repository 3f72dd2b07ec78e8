"""Phrases a line break must not cut: data, parsing and matching.

Vietnamese writes one syllable per space, so the words of a slogan are not
its spaces: "Thầy thuốc", "Ủy ban nhân dân", "làm theo lời Bác" each read as
one unit, and a line break inside them cuts the meaning in two. The phrases
are data (``campaign/data/phrases.yml``) that a campaign extends with its own
(``media.phrases`` in campaign.yml). Inside a phrase, ``|`` marks where a
narrow format may break it and ``||`` where it breaks most naturally
("Lương y || phải như | từ mẫu"); everywhere else inside it a break is hard.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml

__all__ = [
    "ALLOWED",
    "HARD",
    "NATURAL",
    "WORD",
    "Gap",
    "Phrase",
    "bare",
    "builtin_phrases",
    "name_phrases",
    "parse_phrase",
    "phrase_breaks",
    "phrase_problem",
]

HARD = "hard"
# Inside a word of two syllables ("Thầy / thuốc"): worse than any other hard break.
WORD = "word"
ALLOWED = "allowed"
NATURAL = "natural"
# Punctuation that may surround a syllable without ending the phrase it is in.
_WRAP = "()[]\"“”'‘’"
# Punctuation that ends a phrase: "Y tế, Việt Nam" is two phrases.
_STOPS = ".,;:!?"


@dataclass(frozen=True)
class Phrase:
    """Syllables (case-folded) and, for each gap between two of them, its kind."""

    syllables: tuple[str, ...]
    gaps: tuple[str, ...]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def bare(word: str) -> str:
    """A syllable as phrases are matched: case-folded, without wrapping punctuation."""
    return _fold(word.strip(_WRAP + _STOPS))


def phrase_problem(text: str) -> str | None:
    """Why ``text`` is not a usable phrase (in Vietnamese), or None."""
    tokens = text.split()
    syllables = [t for t in tokens if t not in ("|", "||")]
    if len(syllables) < 2:
        return (
            f"'{text}' chỉ có một âm tiết: một cụm từ không ngắt dòng cần hai âm tiết trở "
            f"lên, ví dụ 'Thầy thuốc' (một âm tiết thì đã không bao giờ bị ngắt)"
        )
    if tokens[0] in ("|", "||") or tokens[-1] in ("|", "||"):
        return (
            f"'{text}' có dấu | ở đầu hay cuối: dấu | chỉ đặt giữa hai âm tiết, ví dụ "
            f"'Lương y || phải như | từ mẫu'"
        )
    if any(a in ("|", "||") and b in ("|", "||") for a, b in itertools.pairwise(tokens)):
        return (
            f"'{text}' có hai dấu | liền nhau: giữa hai âm tiết chỉ một dấu (| hoặc ||), ví dụ "
            f"'Lương y || phải như | từ mẫu'"
        )
    return None


def parse_phrase(text: str) -> Phrase:
    """``"Lương y || phải như | từ mẫu"`` as syllables and the kind of each gap."""
    syllables: list[str] = []
    gaps: list[str] = []
    mark = HARD
    for token in text.split():
        if token in ("|", "||"):
            mark = NATURAL if token == "||" else ALLOWED
            continue
        if syllables:
            gaps.append(mark)
        syllables.append(bare(token))
        mark = HARD
    return Phrase(tuple(syllables), tuple(gaps))


@cache
def builtin_phrases() -> tuple[str, ...]:
    """The phrases shipped in ``campaign/data/phrases.yml``."""
    text = resources.files("campaign").joinpath("data", "phrases.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return tuple(str(p) for p in data["phrases"])


@lru_cache(maxsize=32)
def _index(extra: tuple[str, ...]) -> dict[str, tuple[Phrase, ...]]:
    """Every phrase (built-in and ``extra``), by its first syllable."""
    index: dict[str, list[Phrase]] = {}
    for text in (*builtin_phrases(), *extra):
        if phrase_problem(text) is None:
            phrase = parse_phrase(text)
            index.setdefault(phrase.syllables[0], []).append(phrase)
    return {k: tuple(v) for k, v in index.items()}


def _ends_clause(word: str) -> bool:
    return word.rstrip(_WRAP)[-1:] in _STOPS


@dataclass(frozen=True)
class Gap:
    """A gap between two words inside a phrase: its kind, and the phrase's word span."""

    kind: str
    start: int
    end: int  # exclusive


def phrase_breaks(words: Sequence[str], extra: Iterable[str] = ()) -> list[Gap | None]:
    """For each gap between two words, the phrase spanning it (None: no phrase does).

    When phrases overlap, the longest one that spans a gap decides it ("Ngày
    Thầy thuốc || Việt Nam" lets a narrow flag break where "Việt Nam" and
    "Thầy thuốc" meet). A hard gap inside a word of two syllables is ``WORD``:
    when some phrase must break, it breaks between its words.
    """
    index = _index(tuple(extra))
    folded = [bare(w) for w in words]
    gaps: list[Gap | None] = [None] * max(0, len(words) - 1)
    words_at: set[int] = set()
    for start, first in enumerate(folded):
        for phrase in index.get(first, ()):
            size = len(phrase.syllables)
            end = start + size
            if end > len(words) or tuple(folded[start:end]) != phrase.syllables:
                continue
            if any(_ends_clause(w) for w in words[start : end - 1]):
                continue
            for offset, kind in enumerate(phrase.gaps):
                at = start + offset
                current = gaps[at]
                if current is None or size > current.end - current.start:
                    gaps[at] = Gap(kind, start, end)
                if size == 2:
                    words_at.add(at)
    return [
        Gap(WORD, g.start, g.end) if g is not None and g.kind == HARD and i in words_at else g
        for i, g in enumerate(gaps)
    ]


# Where a body's name says where it sits ("Sở Y tế | tỉnh Lạng Sơn"): the one place
# to break a name too long for one line. Lower case only: "Huyện ủy" is a body.
_PLACES = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "xã", "quận", "phường")


def name_phrases(name: str) -> list[str]:
    """``name`` (of an agency, a unit, a company) as phrases a line break keeps whole.

    Each part between commas is one phrase ("Trung tâm Văn hóa", "Thể thao và
    Truyền thông huyện Văn Quan": the comma is where the name itself pauses), with
    ``|`` before its place ("huyện Văn Quan"): a break allowed where the name does not
    fit on one line, and avoided where it does. A part of one syllable is no phrase.
    """
    phrases = []
    for part in unicodedata.normalize("NFC", name).replace(";", ",").split(","):
        words = [w for w in part.split() if w not in ("|", "||")]
        marked: list[str] = []
        inside = 0  # words left of a place word already marked ("thị xã")
        for i, word in enumerate(words):
            size = next(
                (len(p.split()) for p in _PLACES if words[i : i + len(p.split())] == p.split()),
                0,
            )
            # A place named after it: "UBND huyện" alone has nothing to set apart.
            if i > 0 and not inside and size and i + size < len(words):
                marked.append("|")
                inside = size
            inside = max(0, inside - 1)
            marked.append(word)
        text = " ".join(marked)
        if phrase_problem(text) is None:
            phrases.append(text)
    return phrases
