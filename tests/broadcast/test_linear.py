"""The reader stays linear in the length of a line: structure, not wall time.

Times are measured by ``scripts/bench_normalize.py`` (ratios per doubling, in one
run). Here: a repetition holding another unbounded repetition is how a regular
expression goes quadratic or worse, so every such pattern of the reader is one
reviewed for it (each repetition starts with a character the inner one cannot
take, or is anchored) and measured by the bench; a new one must be reviewed too.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import campaign.broadcast

# Reviewed: the outer repetition is separated by a mandatory character the inner
# one cannot match (a dot, a hyphen, a space, a comma), or anchored at the line's
# start; scripts/bench_normalize.py and a fuzz of two-character pieces found none of
# them super-linear (05/12/2026).
REVIEWED = {
    "addresses._BARE_HOST",
    "addresses._EMAIL",
    "blanks._BLANKS",
    # Anchored; each time word or number ends where no other can go on (06/12/2026:
    # 200 random lines of 2-character pieces per length, 500 -> 4000: 0.01 -> 0.10 s).
    "bulletin._TIME_THEN_PLACE",
    "dates._DASHED_DAYS",
    "dates._DAY_LIST",
    "dates._MONTHLY_DAYS",
    "dates._NAMED_DAY",
    "doubts._SYMBOL",
    "doubts._WEB",
    "doubts._WORD",
    "doubts._YEAR_LAST",
    "editing._ONLY_NUMBERS",
    "locate._PIECE",
    "markup._QUOTE_PREFIX",
    "markup._RULE",
    "proofing._PUNCT_RUN",
    # Round 6 (parts Q and R): each repetition begins with a dash or a slash the
    # capitals inside cannot take; runs of 1000-4000 pieces doubled in time (x1.9-2.0).
    "reading._BROKEN_SYMBOL",
    "reading._SYMBOL_SPACED_TAIL",
    "reading._BRACKETED_ACRONYM",
    "reading._COMPOUND",
    "reading._DOCUMENT",
    "reading._MOTTO",
    "reading._NUMBER",
    "reading._PHONE_TRIGGER",
    "reading._REPEATED_COMMA",
    "reading._SPACED_SYMBOL_SLASH",
    # Round 8 (feat/tune-vw): the variety run moved to numbers.py, shared by the reader
    # and the proof list (the same pattern under three names).
    "numbers.VARIETY_RUN",
    # Round 9 (feat/tune-onum): a ticker list's items begin with a comma or "và", which
    # three capitals cannot take (4000 tickers in a line: x1.4-3 per doubling, CPU);
    # the listed months and days are searched in a 40-character window before a date.
    "reading.TICKER_RUN",
    # Round 10 (feat/angle10): content.htmltags.TAG, a tag's attributes, each starting
    # with a space its name and value cannot take, possessive; 2000-16000 attributes,
    # values, spaces or open quotes in a line: x1.9-2.0 per doubling (CPU).
    "markup.TAG",
    # Round 9 (feat/tune-z): the symbol after a number's stray-spaced dash and after a
    # year it is glued to repeats like _SPACED_SYMBOL_SLASH's, each part after a dash or
    # a slash the capitals cannot take (1000-8000 parts, or pieces, in a line: x1.7-2.2
    # per doubling, CPU).
    "reading._GLUED_YEAR_SYMBOL",
    "reading._SPACED_NUMBER_DASH",
    "dates._LISTED_PERIODS",
    "doubts._DAY_LIST_BEFORE",
    "reading.VARIETY_RUN",
    "doubts.VARIETY_RUN",
    # Round 9 (feat/tune-xy): a list of ages joined by spaced dashes; each item begins
    # with the dash, which the spaces and the (at most three) digits cannot take;
    # lines of 8000-32000 characters doubled in CPU time (x1.0-2.0, 2.4 ms for 96000).
    "numbers.SPACED_NUMBER_CHAIN",
    "reading.SPACED_NUMBER_CHAIN",
    "doubts.SPACED_NUMBER_CHAIN",
    # Round 8 (parts V, W): a Roman list's items begin with a comma or "và", which the
    # capitals of a numeral cannot take; lines of 1000-8000 items doubled in CPU time
    # (x1.9-2.0, a list of 4000 in 15 ms).
    "dates._ROMAN_LIST",
    # Round 7 (part T): the list's items are separated by a comma or "và", which the
    # number words inside cannot take, and it is searched in a window of 200 characters
    # before a date; a symbol's codes are separated by a dash. Lines of 500-2000 list
    # items or codes doubled in CPU time (x1.8-1.9).
    "dates._LISTED_AFTER_DATE",
    "doubts._DOCUMENT_SYMBOL",
    # Round 7 (feat/reader-tail): each repetition begins with a separator the inner
    # digits or weekday codes cannot take (a space, dot or dash; a dash, comma, "và"
    # or "đến"); runs of 4000-32000 pieces doubled in CPU time (x1.7-2.0).
    "reading._IDENTIFIER",
    "reading._SHORT_DAY_RUN",
    # Round 8 (feat/tune-num): a list of scores, each after a comma or semicolon the
    # digits cannot take; the words between the score word and the score at most four,
    # each starting with a letter after a space or colon. SCORE.finditer plus
    # score_pairs on lines of 1000-4000 pieces ("1-1, ", " :", "Ab ", "1 - 1 , ",
    # "12-1 ") doubled in CPU time (x1.8-2.2).
    "dates.SCORE",
}

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _unbounded(items: Any) -> bool:
    for op, av in items:
        if op in _REPEATS and (av[1] == sre.MAXREPEAT or _unbounded(av[2])):
            return True
        if op == sre.SUBPATTERN and _unbounded(av[-1]):
            return True
        if op == sre.BRANCH and any(_unbounded(b) for b in av[1]):
            return True
        if op == sre.ATOMIC_GROUP and _unbounded(av):
            return True
    return False


def _nested(items: Any) -> bool:
    for op, av in items:
        if op in _REPEATS:
            if av[1] == sre.MAXREPEAT and _unbounded(av[2]):
                return True
            if _nested(av[2]):
                return True
        elif op == sre.SUBPATTERN and _nested(av[-1]):
            return True
        elif op == sre.BRANCH and any(_nested(b) for b in av[1]):
            return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT) and _nested(av[1]):
            return True
    return False


def _patterns() -> dict[str, re.Pattern[str]]:
    found = {}
    for info in pkgutil.iter_modules(campaign.broadcast.__path__):
        module = importlib.import_module(f"campaign.broadcast.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[f"{info.name}.{name}"] = value
    return found


def test_the_check_sees_a_nested_repetition() -> None:
    assert _nested(sre_parse.parse(r"(?:a+b)+"))
    assert _nested(sre_parse.parse(r"(\s*x?\s*)*"))
    assert not _nested(sre_parse.parse(r"\s*[,;]?\s*\.{3,}"))
    assert not _nested(sre_parse.parse(r"(?:-\d{1,2}){2,30}"))


def test_every_nested_repetition_of_the_reader_is_reviewed() -> None:
    nested = {
        name
        for name, pattern in _patterns().items()
        if _nested(sre_parse.parse(pattern.pattern, pattern.flags))
    }
    assert nested - REVIEWED == set(), "review these for linear time (see the docstring)"
    assert REVIEWED - nested == set(), "no longer nested: take them off the list"


def test_the_rules_once_found_quadratic_keep_their_bounds() -> None:
    from campaign.broadcast import dates, doubts, markup, reading

    # A run of spaces is scanned once, from where it begins.
    assert markup._ELLIPSIS.pattern.startswith(r"(?<!\s)\s*+")
    assert doubts._BROKEN_SYMBOL.pattern.startswith(r"(?<!\d)\d++/")
    assert reading._BRACKET_WORDS.pattern.startswith(r"(?<!\s)\s*+")
    # At most the 31 days of a month; a word said again of at most 61 characters.
    assert "{2,30}" in dates._DAY_CHAIN.pattern
    assert "[\\w-]{0,60}" in reading._SAID_AGAIN.pattern
