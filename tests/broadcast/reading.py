"""What the normalizer says for a text, and what it was unsure of: the two views the
reading-rule tests assert on."""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from campaign.broadcast import normalize


def said(text: str) -> str:
    return normalize(text).text


def messages(text: str) -> list[str]:
    return [w.message for w in normalize(text).warnings]


def _corpus_scorer() -> ModuleType:
    name = "reading_corpus"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).resolve().parents[2] / "scripts" / "reading_corpus.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def heard_as(text: str, *readings: str) -> bool:
    """Whether what the normalizer says for ``text`` is heard as one of ``readings``,
    folded as the corpus scorer folds (case, spacing, hyphens inside a word, a lone
    letter and its name, 'lẻ'/'linh', 'mươi bốn'/'mươi tư', the two kinds of pause)."""
    scorer = _corpus_scorer()
    got = scorer.tokens(said(text))
    return any(scorer.same(got, scorer.tokens(r)) for r in readings)


@dataclass
class Sentence:
    """One sentence of a training sample: its page, its text, the hand reading and any
    other reading the corpus conventions allow."""

    source: str
    text: str
    reading: str = ""
    also: list[str] = field(default_factory=list)


def load_sample(path: Path) -> list[Sentence]:
    """A training sample file: ``@ URL`` opens a page, then ``T:`` a sentence's text,
    ``R:`` its hand reading and ``A:`` each other accepted reading."""
    out: list[Sentence] = []
    source = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("@ "):
            source = line[2:].strip()
        elif line.startswith("T: "):
            out.append(Sentence(source, line[3:]))
        elif line.startswith("R: "):
            out[-1].reading = line[3:]
        elif line.startswith("A: "):
            out[-1].also.append(line[3:])
    return out


def left_why(text: str, left: dict[str, str]) -> str | None:
    """Why a sample sentence is left wrong: ``left`` maps the start of a sentence's text
    to the reason (None for a sentence the reader must say right)."""
    return next((why for start, why in left.items() if text.startswith(start)), None)


def sample_score(sentences: list[Sentence]) -> tuple[int, int]:
    """How many sentences of a sample are heard as their hand reading, and how many of
    the others the reader gave no warning for (silent)."""
    right = silent = 0
    for s in sentences:
        if heard_as(s.text, s.reading, *s.also):
            right += 1
        elif not normalize(s.text).warnings:
            silent += 1
    return right, silent


# The corpus README: "Seasons and terms spanning two years: 2023-2024 is read with a
# pause between the years (written with the dash); 'đến' is also accepted." The hand
# readings write the pause; the other form is added here rather than as an "A:" line.
_TERM_DASH = re.compile(r"(?<=[^\W\d_]) [-–] (?=(?:một|hai) nghìn (?:chín|không) trăm)")


# And: "Times: 7h30 'bảy giờ ba mươi' (also '… ba mươi phút'); 15 giờ 30 as written,
# 'phút' optional." The hand readings leave "phút" out.
_NUMBER_WORD = "không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|tư|lăm"
_CLOCK_MINUTES = re.compile(rf"(giờ(?: (?:{_NUMBER_WORD}))+)(?! phút)(?=\W|$)")


def with_term_variants(sentences: list[Sentence]) -> list[Sentence]:
    """Add to each sentence's accepted readings the convention variants its hand
    readings leave out (the two above); the sentences, changed in place."""
    for s in sentences:
        for reading in [s.reading, *s.also]:
            terms = _TERM_DASH.sub(" đến ", reading)
            for variant in {terms, _CLOCK_MINUTES.sub(r"\1 phút", terms)}:
                if variant != reading and variant not in s.also:
                    s.also.append(variant)
    return sentences


# The letters of the made-up unknown acronyms the warning tests use, as said.
_SPELLED = {
    "ABCD": "a bê xê đê",
    "QZRV": "quy dét rờ vê",
    "XKQW": "ích ca quy vê kép",
}


def spelled_unknown(token: str) -> str:
    """The proof list's entry for an unknown acronym the reader spelled (round 13)."""
    return (
        f"chữ viết tắt chưa biết: '{token}' đã đọc từng chữ cái ('{_SPELLED[token]}'); "
        "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển"
    )
