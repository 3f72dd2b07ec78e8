"""How well a machine voice is understood: transcribe it, count the words it got wrong.

An offline Vietnamese recogniser (``viet-asr``, its model inside the wheel)
listens to the audio; the word error rate is the word-level edit distance
between what the bulletin says and what was heard, over the number of words
said. Natural speech scores about 0.05 with this recogniser; a voice nobody
can follow scores near 1.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Heard", "Listener", "misheard", "sentences", "word_error_rate", "words"]

_NOT_WORD = re.compile(r"[^\w]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def sentences(text: str) -> list[str]:
    """The sentences of a spoken text, each a clip short enough to be heard whole."""
    return [s.strip() for s in _SENTENCE.findall(text) if any(c.isalpha() for c in s)]


def words(text: str) -> list[str]:
    """The words of ``text`` as a recogniser writes them: lower case, no punctuation."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("_", " ")
    return _NOT_WORD.sub(" ", folded).split()


def _distance(said: Sequence[str], heard: Sequence[str]) -> int:
    previous = list(range(len(heard) + 1))
    for i, word in enumerate(said, start=1):
        current = [i]
        for j, other in enumerate(heard, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other))
            )
        previous = current
    return previous[-1]


def misheard(reference: str, hypothesis: str) -> list[str]:
    """Words said that the recogniser did not hear as said (substituted or lost).

    The alignment is the one the error rate counts; the list tells which words
    the voice says badly, the ones to respell for the engine first.
    """
    said, heard = words(reference), words(hypothesis)
    rows = len(said) + 1
    cols = len(heard) + 1
    cost = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        cost[i][0] = i
    for j in range(cols):
        cost[0][j] = j
    for i in range(1, rows):
        for j in range(1, cols):
            cost[i][j] = min(
                cost[i - 1][j] + 1,
                cost[i][j - 1] + 1,
                cost[i - 1][j - 1] + (said[i - 1] != heard[j - 1]),
            )
    wrong: list[str] = []
    i, j = len(said), len(heard)
    while i > 0:
        if j > 0 and cost[i][j] == cost[i - 1][j - 1] + (said[i - 1] != heard[j - 1]):
            if said[i - 1] != heard[j - 1]:
                wrong.append(said[i - 1])
            i, j = i - 1, j - 1
        elif cost[i][j] == cost[i - 1][j] + 1:
            wrong.append(said[i - 1])
            i -= 1
        else:
            j -= 1
    return wrong[::-1]


def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / words of ``reference``."""
    said, heard = words(reference), words(hypothesis)
    if not said:
        return 0.0 if not heard else 1.0
    return _distance(said, heard) / len(said)


@dataclass(frozen=True)
class Heard:
    """What the recogniser heard, and how far it is from what was said."""

    text: str
    wer: float
    seconds: float


class Listener:
    """The recogniser, loaded once (about three seconds) and used for every clip."""

    def __init__(self) -> None:
        try:
            import vietasr
        except ImportError as error:  # pragma: no cover - pinned in requirements.txt
            raise RuntimeError("cần gói viet-asr: pip install -r requirements.txt") from error
        self._pipeline: Any = vietasr.Pipeline.preset("transcribe")

    def transcribe(self, frames: bytes, rate: int) -> str:
        """16-bit mono samples at ``rate`` Hz to text (the recogniser resamples)."""
        import numpy as np

        samples = np.frombuffer(frames, dtype=np.int16)
        return str(self._pipeline.transcribe(samples, float(rate)).text)

    def hear(self, reference: str, frames: bytes, rate: int) -> Heard:
        text = self.transcribe(frames, rate)
        return Heard(text, word_error_rate(reference, text), len(frames) / 2 / rate)

    def hear_pieces(self, reference: str, pieces: Sequence[tuple[bytes, int]]) -> Heard:
        """Clips heard one by one, scored together against ``reference``.

        The recogniser's model fails on clips longer than about a minute (its
        position table ends), so a bulletin is read and heard a sentence at a time.
        """
        text = " ".join(self.transcribe(frames, rate) for frames, rate in pieces).strip()
        seconds = sum(len(frames) / 2 / rate for frames, rate in pieces)
        return Heard(text, word_error_rate(reference, text), seconds)
