"""Reading leftovers found on real texts in the last round (issue 17).

Each rule has a test on sentences written for it, none taken from the corpus.
"""

from __future__ import annotations

from campaign.broadcast import normalize


def said(text: str) -> str:
    return normalize(text).text


def messages(text: str) -> list[str]:
    return [w.message for w in normalize(text).warnings]


# --- an abbreviation after "word/" ---------------------------------------------------


def test_an_abbreviation_after_a_word_and_a_slash_is_expanded() -> None:
    text = "Mười hai quận/TP có học sinh đạt giải."
    assert said(text) == "Mười hai quận hoặc thành phố có học sinh đạt giải."
    assert not any("TP" in m for m in messages(text))
    assert said("Gửi về sở/UBND huyện.") == "Gửi về sở hoặc Ủy ban nhân dân huyện."
