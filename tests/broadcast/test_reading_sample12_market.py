"""Round 12, market, farm, fisheries, energy and provincial economy news (issue 17): a
training sample read as it comes, and the rules it led to, each on sentences written
for it.

The sample (``sample12_market.txt``) is 206 sentences of 42 pages on the corpus's
training domains (pepper, coffee, rice, rubber, durian, pig, shrimp and tuna prices,
electricity output, rice and shrimp exports, FDI, provincial GRDP, farm news), taken
two to eight in a row as the pages have them, read by hand by the corpus conventions
before the reader ran on them (one reading, "OM 18", was then put right to the
conventions' "ô mờ"). Main before this work: 190 right (92.2%), 2 wrong with no
warning; of the sixteen wrong, eight were prices with an English thousands comma
before "USD" or in a range joined by "đến", one "GRDP trên địa bàn" said with "trên
địa bàn" twice, one "TWh" left as letters, one a stray tone mark before a month
("tháng ̣9/2015"). With the rules below: 201 (97.6%), none silent; the five left are
in ``LEFT``.
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
_UNSOURCED = "letters no page on a training domain defines; left as written, listed"
LEFT: dict[str, str] = {
    # "DDI" (investment by Vietnamese firms, beside FDI) and "NDT/tấn" (yuan): the
    # reading expands them, but no stored page of the training domains says so; the
    # dictionary takes sourced entries only (campaign/data/abbreviations.yml).
    "Trong 11 tháng đầu năm 2022, các KCN": _UNSOURCED,
    "Tính đến ngày 15/11/2022, số dự án": _UNSOURCED,
    "Cụ thể, giá cao su kỳ hạn tháng 3/2026": _UNSOURCED,
    # A rubber grade: the reading says "e rờ ét ét ba", the reader "rờ sờ sờ ba"; both
    # are Northern letter names, the code is listed.
    "Trên thị trường quốc tế, giá cao su RSS3": "a grade code's letter names (warned)",
    # A tag page that glued a teaser to its date: "3,9 tỉ USDXu hướng xanh - 13/12/2021Dù".
    "Năm 2021: Xuất khẩu tôm": "words glued by the page ('USDXu', '2021Dù'), warned",
}


def _left(text: str) -> str | None:
    return left_why(text, LEFT)


def test_the_sample_score() -> None:
    right, silent = sample_score(SENTENCES)
    assert right >= 201
    assert silent == 0


def test_the_sample_is_as_described() -> None:
    assert len(SENTENCES) == 206
    assert len({s.source for s in SENTENCES}) == 42
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


# --- a tone mark typed on no letter ----------------------------------------------------


def test_a_tone_mark_on_no_letter_is_dropped() -> None:
    written = "Giá tăng so với tháng \u03239/2015."
    assert said(written) == "Giá tăng so với tháng chín năm hai nghìn không trăm mười lăm."
    assert messages(written) == []
    # on a letter it is the letter's own mark, whatever the form the text came in
    assert said("Ho\u0300a Bi\u0300nh") == "Hòa Bình"


# --- a full stop as the decimal point before dollars, millions and billions ------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Giá tôm 8.5 USD/kg.", "Giá tôm tám phẩy năm đô la Mỹ một ki-lô-gam."),
        ("Kim ngạch đạt 1.7 tỷ USD.", "Kim ngạch đạt một phẩy bảy tỷ đô la Mỹ."),
        ("Sản lượng 3.25 triệu tấn.", "Sản lượng ba phẩy hai mươi lăm triệu tấn."),
        ("Hỗ trợ 1.5 triệu đồng.", "Hỗ trợ một phẩy năm triệu đồng."),
    ],
)
def test_a_dot_before_an_amount_of_money_or_millions_is_a_decimal_point(
    written: str, spoken: str
) -> None:
    assert said(written) == spoken


@pytest.mark.parametrize(
    "written",
    [
        "Ngày 2.9 tỷ phú đến thăm.",  # "tỷ phú": a person, the date stays
        "Sáng 2.9 triệu người xem.",  # millions of people: nothing decides
    ],
)
def test_a_dot_before_other_words_is_not_decided(written: str) -> None:
    assert "phẩy" not in said(written)
    assert messages(written)
