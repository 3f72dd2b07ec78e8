"""How letters are said (issue 17, round 13): a letter's two-syllable name in the scorer,
UNESCO said as a word, an unknown acronym spelled by its letters' Northern names and
still listed. The sentences are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import _corpus_scorer, messages, said

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


# --- UNESCO: a name said as one word ------------------------------------------------------


def test_unesco_is_said_as_the_dictionarys_word_and_not_listed_as_foreign() -> None:
    text = "Ngôi đình được UNESCO ghi danh năm ngoái."
    assert said(text) == "Ngôi đình được U-nét-xcô ghi danh năm ngoái."
    assert not any("xcô" in m for m in messages(text))
    # a foreign word that is no dictionary reading is still listed
    assert any("'rubella'" in m for m in messages("Trẻ được tiêm vắc xin rubella."))


def test_the_scorer_takes_a_body_said_as_a_word_kept_as_written() -> None:
    scorer = _corpus_scorer()
    same, tokens = scorer.same, scorer.tokens
    assert same(tokens("được U-nét-xcô ghi danh"), tokens("được UNESCO ghi danh"))
    assert same(tokens("khối A-xê-an"), tokens("khối ASEAN"))
    assert same(tokens("khối ASEAN"), tokens("khối A-xê-an"))
    # not letter by letter, and no other acronym
    assert not same(tokens("được u en e ét xê o ghi danh"), tokens("được UNESCO ghi danh"))
    assert not same(tokens("Tổ chức Y tế Thế giới"), tokens("WHO"))
