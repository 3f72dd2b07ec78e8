"""How letters are said (issue 17, round 13): a letter's two-syllable name in the scorer,
UNESCO said as a word, an unknown acronym spelled by its letters' Northern names and
still listed. The sentences are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import _corpus_scorer

# --- the scorer: a letter's two-syllable name is its one-syllable name -------------------


def test_the_scorer_takes_two_syllable_letter_names_as_the_one_syllable_ones() -> None:
    scorer = _corpus_scorer()
    same, tokens = scorer.same, scorer.tokens
    # written either way in a reading, said either way by the reader
    assert same(tokens("biển số chấm ích xì ích xì"), tokens("biển số chấm ích ích"))
    assert same(tokens("trang e rờ tê chấm vê en"), tokens("trang rờ tê chấm vê en"))
    assert same(tokens("mã lờ a"), tokens("mã e lờ a"))
    # a letter left in the reading takes the two-syllable name too
    assert same(tokens("xe ích xì"), tokens("xe X")) and same(tokens("hạng e rờ"), tokens("hạng R"))
    # nothing else is folded: "e" or "xì" before or after another word
    assert not same(tokens("e ngại"), tokens("ngại"))
    assert not same(tokens("xì dầu"), tokens("dầu"))
    assert not same(tokens("e lờ"), tokens("e"))
