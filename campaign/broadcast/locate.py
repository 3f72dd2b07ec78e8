"""Where a warning's word is in the line as the user wrote it.

The reader works on the line cleaned (NFC, no Markdown, plain dashes and
quotes) and the doubts name words of that cleaned line or of what is said
("cộng" for "+", "đồng đồng" for "20.000đ đồng"). A warning must point at the
line and column of the file the user edits, so a word is looked up, in order:

* as written, in the line (whole words, in the order the doubts come);
* in the cleaned or the spoken line, then carried over to the written one by
  lining up their words and signs (what was read aloud falls where its
  written form stands: "cộng" on the "+");
* by its first word, as written.

Columns count characters of the line as the file holds it: an NFD file's
combining marks count, as an editor counts them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence

__all__ = ["Columns", "in_block"]

# Words and signs; a number with its separators and unit is one piece ("20.000đ").
_PIECE = re.compile(r"\d+(?:[.,]\d+)*\w*|\w+|[^\w\s]")
_FIRST_WORD = re.compile(r"\w+|[^\w\s]")
# How far ahead in the written line a said piece is looked for when lining them up:
# what is said keeps the written order, a number or a sign becoming a few words.
_WINDOW = 24


def _word(token: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(token)}(?!\w)")


def _nfc_starts(raw: str, nfc: str) -> list[int] | None:
    """For each index of ``nfc``, the index in ``raw`` it comes from (None: the same)."""
    if raw == nfc:
        return None
    starts: list[int] = []
    segment = 0
    pieces: list[str] = []
    for i in range(1, len(raw) + 1):
        if i == len(raw) or unicodedata.combining(raw[i]) == 0:
            composed = unicodedata.normalize("NFC", raw[segment:i])
            pieces.append(composed)
            starts += [segment] * len(composed)
            segment = i
    if "".join(pieces) != nfc:  # composition across segments: columns as in NFC
        return None
    return starts


class Columns:
    """Columns (1-based) in ``raw``, one line as written, of words found in it or in
    the texts made from it."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.nfc = unicodedata.normalize("NFC", raw)
        self._starts = _nfc_starts(raw, self.nfc)
        self._pieces = [(m.start(), m[0].casefold()) for m in _PIECE.finditer(self.nfc)]
        self._blocks: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}

    def column(self, nfc_index: int) -> int:
        """The column of ``nfc_index`` (an index in the NFC line) in the line as written."""
        if self._starts is None or not self._starts:
            return nfc_index + 1
        return self._starts[min(nfc_index, len(self._starts) - 1)] + 1

    def find(self, token: str) -> int | None:
        """The column of ``token`` written as such (a whole word) in the line, or None."""
        hit = _word(token).search(self.nfc)
        return None if hit is None else self.column(hit.start())

    def locate(self, tokens: Sequence[str], texts: Sequence[str] = ()) -> list[int]:
        """The column of each token, matched in order in the line (as the doubts list
        them); one not written as such is placed through ``texts`` (the cleaned line,
        the spoken line), then by its first word; 1 when nothing places it."""
        found: list[int] = []
        start = 0
        # A token not found from one start is found from a later one only right at it
        # (nothing lies before the token there): the rest of the line is searched
        # once per token, not once per occurrence.
        missing: set[str] = set()
        for token in tokens:
            escaped = re.escape(token)
            hit = re.compile(rf"{escaped}(?!\w)").match(self.nfc, start)
            if hit is None and token not in missing:
                hit = _word(token).search(self.nfc, start + 1)
            if hit is not None:
                found.append(self.column(hit.start()))
                start = hit.end()
                continue
            missing.add(token)
            found.append(self._elsewhere(token, texts))
        return found

    def _elsewhere(self, token: str, texts: Sequence[str]) -> int:
        for text in texts:
            hit = _word(token).search(text)
            if hit is not None:
                index = self._carried(text, hit.start())
                if index is not None:
                    return self.column(index)
        first = _FIRST_WORD.search(token)
        if first is not None and first[0] != token:
            hit = _word(first[0]).search(self.nfc)
            if hit is not None:
                return self.column(hit.start())
        return 1

    def _carried(self, text: str, index: int) -> int | None:
        """The NFC line's index of what stands at ``index`` in ``text``, a line made from
        it, by lining up their words and signs."""
        if not self._pieces:
            return None
        if text not in self._blocks:
            pieces = [(m.start(), m[0].casefold()) for m in _PIECE.finditer(text)]
            self._blocks[text] = ([s for s, _ in pieces], self._pairs([p for _, p in pieces]))
        starts, pairs = self._blocks[text]
        i = max(0, bisect.bisect_right(starts, index) - 1)  # the piece holding ``index``
        k = bisect.bisect_left(pairs, (i, -1))
        if k < len(pairs) and pairs[k][0] == i:
            return self._pieces[pairs[k][1]][0]
        # Between two pieces in common, the said words stand for the written ones in
        # the same order: "hai mươi cộng năm" for "20 + 5".
        after_a, after_b = (pairs[k - 1][0] + 1, pairs[k - 1][1] + 1) if k else (0, 0)
        a, b = pairs[k] if k < len(pairs) else (len(starts), len(self._pieces))
        offset = (i - after_a) * (b - after_b) // max(1, a - after_a)
        return self._pieces[min(after_b + offset, len(self._pieces) - 1)][0]

    def _pairs(self, said: list[str]) -> list[tuple[int, int]]:
        """Pieces of a line made from this one paired with the same pieces here, in
        order: each looked for a little way ahead of the last pair (linear; an exact
        alignment is quadratic on a line that repeats itself)."""
        written = [p for _, p in self._pieces]
        pairs: list[tuple[int, int]] = []
        j = 0
        for i, piece in enumerate(said):
            for k in range(j, min(len(written), j + _WINDOW)):
                if written[k] == piece:
                    pairs.append((i, k))
                    j = k + 1
                    break
        return pairs


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def in_block(rows: Sequence[str], token: str, texts: Sequence[str] = ()) -> tuple[int, int]:
    """Where ``token`` is written in a YAML field's lines (``rows[0]`` is the field's
    line, then the file's next lines): ``(offset of the line, column)``.

    A paragraph composed of several fields of one entry (an event's name, date and
    place) points at its first field: the word is looked for in that line, then in
    the entry's next lines (deeper, or beside it in the same mapping), and carried
    from ``texts`` into the first line when no line writes it as such.
    """
    first = _indent(rows[0]) if rows else 0
    for offset, row in enumerate(rows):
        if offset and row.strip() and not row.lstrip().startswith("#"):
            depth = _indent(row)
            sibling = depth == first > 0 and not row.lstrip().startswith("- ")
            if depth <= first and not sibling:
                break
        column = Columns(row).find(token)
        if column is not None:
            return offset, column
    return 0, Columns(rows[0] if rows else "").locate([token], texts)[0]
