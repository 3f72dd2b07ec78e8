"""Round 12, market, farm, fisheries, energy and provincial economy news (issue 17): a
training sample read as it comes, and the rules it led to, each on sentences written
for it.

The sample (``sample12_market.txt``) is 122 sentences of 20 pages on the corpus's
training domains (pepper, coffee, rice, durian and shrimp prices, electricity output,
provincial GRDP), taken four to eight in a row as the pages have them, read by hand by
the corpus conventions before the reader ran on them (one reading, "OM 18", was then
put right to the conventions' "ô mờ"). Main before this work: 112 right (91.8%), 2
wrong with no warning; the ten wrong were eight prices with an English thousands comma
before "USD" or in a range joined by "đến", "GRDP trên địa bàn" said with "trên địa bàn"
twice, and "TWh" left as letters. With the rules below: all 122.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .reading import Sentence, heard_as, left_why, load_sample, messages, said, sample_score

SAMPLE = Path(__file__).with_name("sample12_market.txt")

# The corpus README: "A date after 'sáng', 'chiều', 'tối', 'hôm nay' may be read with
# or without 'ngày' ... the same holds when such a word is followed by the date in
# brackets", and "5%-10% ... (the first 'phần trăm' may be dropped)". The hand readings
# write one form; the other is added here rather than as an "A:" line.
_DAY_WORD = re.compile(
    r"\b((?:[Rr]ạng )?[Ss]áng(?: nay)?|[Hh]ôm nay|[Cc]hiều|[Tt]ối|[Tt]rưa)(,? \(| )"
    r"(?=mồng |mười|hai mươi|ba mươi)"
)
_FIRST_PERCENT = re.compile(r" phần trăm(?= đến [^,;.]*? phần trăm)")


def _with_variants(sentences: list[Sentence]) -> list[Sentence]:
    for s in sentences:
        for reading in [s.reading, *s.also]:
            day = _DAY_WORD.sub(r"\1\2ngày ", reading)
            for variant in {day, _FIRST_PERCENT.sub("", reading), _FIRST_PERCENT.sub("", day)}:
                if variant != reading and variant not in s.also:
                    s.also.append(variant)
    return sentences


SENTENCES = _with_variants(load_sample(SAMPLE))

# The sentences still wrong, by the start of their text, and why they are left.
LEFT: dict[str, str] = {}


def _left(text: str) -> str | None:
    return left_why(text, LEFT)


def test_the_sample_score() -> None:
    right, silent = sample_score(SENTENCES)
    assert right == 122
    assert silent == 0


def test_the_sample_is_as_described() -> None:
    assert len(SENTENCES) == 122
    assert len({s.source for s in SENTENCES}) == 20
    assert all(s.reading for s in SENTENCES)
    assert sum(_left(s.text) is not None for s in SENTENCES) == len(LEFT)


@pytest.mark.parametrize(
    "sentence", [s for s in SENTENCES if _left(s.text) is None], ids=lambda s: s.text[:40]
)
def test_a_sample_sentence_is_read_as_written_by_hand(sentence: Sentence) -> None:
    assert heard_as(sentence.text, sentence.reading, *sentence.also), said(sentence.text)


# --- a comma grouping thousands before "USD", and a range joined by "đến" --------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Tiêu đen Brazil ở mức 6,500 USD/tấn.",
            "Tiêu đen Brazil ở mức sáu nghìn năm trăm đô la Mỹ một tấn.",
        ),
        (
            "Giá xuất khẩu 3,325 - 3,375 USD/tấn.",
            "Giá xuất khẩu ba nghìn ba trăm hai mươi lăm đến ba nghìn ba trăm bảy mươi lăm"
            " đô la Mỹ một tấn.",
        ),
        (
            "Cà phê giảm từ 1,000 đến 1,500 đồng/kg.",
            "Cà phê giảm từ một nghìn đến một nghìn năm trăm đồng một ki-lô-gam.",
        ),
        (
            "Lợn hơi 52,000 – 54,000đ/kg.",
            "Lợn hơi năm mươi hai nghìn đến năm mươi tư nghìn đồng một ki-lô-gam.",
        ),
    ],
)
def test_three_digits_after_a_comma_before_a_currency_group_thousands(
    written: str, spoken: str
) -> None:
    assert said(written) == spoken
    assert not [m for m in messages(written) if "thập phân" in m]


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "triệu USD" may follow a decimal: the rule does not reach it (warned as before).
        ("Vốn 1,500 triệu USD.", "Vốn một phẩy năm trăm triệu đô la Mỹ."),
        # two digits after the comma: cents.
        ("Giá 2,50 USD/kg.", "Giá hai phẩy năm mươi đô la Mỹ một ki-lô-gam."),
        # a range whose other end is no grouped amount of money: left to the decimal rule.
        ("Đạt 1,250 đến 2 tấn.", "Đạt một phẩy hai trăm năm mươi đến hai tấn."),
    ],
)
def test_a_comma_the_currency_does_not_decide_is_a_decimal(written: str, spoken: str) -> None:
    assert said(written) == spoken


# --- an expansion whose last words the text says right after the letters -------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Dự ước GRDP trên địa bàn tỉnh tăng 7%.",
            "Dự ước tổng sản phẩm trên địa bàn tỉnh tăng bảy phần trăm.",
        ),
        ("GRDP của huyện tăng.", "Tổng sản phẩm trên địa bàn của huyện tăng."),
    ],
)
def test_the_last_words_of_an_expansion_are_not_said_twice(written: str, spoken: str) -> None:
    assert said(written) == spoken


# --- energy units --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Sản lượng đạt 268,4 TWh.", "Sản lượng đạt hai trăm sáu mươi tám phẩy bốn tê-ra-oát giờ."),
        ("Nhà máy phát 1.200 GWh.", "Nhà máy phát một nghìn hai trăm gi-ga-oát giờ."),
        ("Pin lưu trữ 50 MWh.", "Pin lưu trữ năm mươi mê-ga-oát giờ."),
        ("Công suất 3 GW.", "Công suất ba gi-ga-oát."),
    ],
)
def test_energy_units(written: str, spoken: str) -> None:
    assert said(written) == spoken
