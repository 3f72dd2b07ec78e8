"""Round 11, schools, health and festivals (issue 17): a training sample read as it
comes, and the rules it led to, each on sentences written for it.

The sample (``sample12_school.txt``) is 155 sentences of 25 pages on the corpus's
training domains (kindergarten, primary and secondary schools, an education office's
teaching contest, a district's graduation rates, fire drills in schools, identity
cards for students and police-school admissions, a temple festival's lunar dates,
vitamin A and measles-rubella days, hospitals, a village festival, a high school's
graduation rite, a district's health checks for pupils near a fire), taken
four to eleven in a row as the pages have them and read by hand by the corpus
conventions before the reader ran on them (pages of any corpus part were dropped before
the first run). Scored with the readings' convention variants: main before this work
145 right, 3 wrong with no warning; with the rules below, 151, 2 silent (``LEFT``). The
first 89 sentences were read and run first (85 on main, 87 after the first rules); the
next 29, 27 and 10 were each read by hand before the reader ran on them; the 27 brought
the eth rule. One "A:" line was added after the first run: the consistent "từ
ngày mồng một đến ngày mồng hai" of "(từ 1–2/12)", a convention's form the hand
variants had left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .reading import (
    Sentence,
    heard_as,
    left_why,
    load_sample,
    messages,
    said,
    sample_score,
    with_term_variants,
)

SAMPLE = Path(__file__).with_name("sample12_school.txt")
SENTENCES = with_term_variants(load_sample(SAMPLE))

# The sentences still wrong, by the start of their text, and why they are left.
LEFT: dict[str, str] = {
    "Tại buổi tuyên truyền, cán bộ Phòng": (
        "'phòng cháy chữa cháy (PCCC)' teaches the page's own spelling, said without the "
        "dictionary's comma where PCCC recurs: a pause, both right (silent)"
    ),
    "Lễ hội Khai ấn đền Trần": (
        "'từ ngày 27/2 - 4/3 (tức ngày 11 - 16 …)': 'đến ngày' in the first span, 'đến' in "
        "the second; each is a convention's form, the mix is not (silent)"
    ),
    "Theo quy định của ngành Công an": (
        "'Hồ sơ ĐKDT' (đăng ký dự tuyển): no page on the training domains defines it; "
        "left and listed (warned)"
    ),
    "Sáng sớm ngày 5, đám rước": (
        "'ngày 5' alone: the fifth day of the month or of the festival; the line does not "
        "say, read 'ngày năm' and listed (warned)"
    ),
}


def test_the_sample_score() -> None:
    right, silent = sample_score(SENTENCES)
    assert right >= 151
    assert silent <= 2


def test_the_sample_is_as_described() -> None:
    assert len(SENTENCES) == 155
    assert len({s.source for s in SENTENCES}) == 25
    assert all(s.reading for s in SENTENCES)
    assert sum(left_why(s.text, LEFT) is not None for s in SENTENCES) == len(LEFT)


@pytest.mark.parametrize(
    "sentence",
    [s for s in SENTENCES if left_why(s.text, LEFT) is None],
    ids=lambda s: s.text[:40],
)
def test_a_sample_sentence_is_read_as_written_by_hand(sentence: Sentence) -> None:
    assert heard_as(sentence.text, sentence.reading, *sentence.also), said(sentence.text)


# --- days listed after a written "mùng" ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Ngày hội (mùng 1 và 2/6) năm nay.",
            "Ngày hội (mùng một và mồng hai tháng sáu) năm nay.",
        ),
        ("Xã tiêm vào mồng 5 và 6/6.", "Xã tiêm vào mồng năm và mồng sáu tháng sáu."),
        (
            "Hội làng vào mùng 1, 2 và 3/3 âm lịch.",
            "Hội làng vào mùng một, mồng hai và mồng ba tháng ba âm lịch.",
        ),
    ],
)
def test_days_listed_after_mung_take_no_ngay(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_day_list_after_ngay_is_unchanged() -> None:
    assert said("Uống vitamin A vào ngày 1 và 2/6.") == (
        "Uống vitamin A vào ngày mồng một và mồng hai tháng sáu."
    )


# --- chemical formulas with subscript digits ------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Dùng bình CO₂ để dập lửa.", "Dùng bình xê o hai để dập lửa."),
        ("Bụi PM₂.₅ vượt ngưỡng.", "Bụi pê em hai phẩy năm vượt ngưỡng."),
    ],
)
def test_subscript_digits_are_read_as_digits(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


def test_a_unit_with_a_subscript_keeps_its_own_entry() -> None:
    assert said("áp lực 20 cmH₂O") == "áp lực hai mươi xen-ti-mét nước"


# --- "đ.c" before a name: the dictionary's "đ/c" ---------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Đ.c Nguyễn Văn An phát biểu.", "Đồng chí Nguyễn Văn An phát biểu."),
        (
            "Thay mặt chi bộ, đ.c Hiệu trưởng trao quà.",
            "Thay mặt chi bộ, đồng chí Hiệu trưởng trao quà.",
        ),
    ],
)
def test_comrade_with_a_full_stop_before_a_name(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_d_dot_c_before_a_number_is_not_taken_for_comrade() -> None:
    assert "đồng chí" not in said("đ.c 12 Lê Lợi")


# --- school letters with a source -------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Hội thi GVDG cấp huyện khai mạc.", "Hội thi giáo viên dạy giỏi cấp huyện khai mạc."),
        ("Cô là TPT Đội của trường.", "Cô là Tổng phụ trách Đội của trường."),
    ],
)
def test_school_abbreviations(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


def test_tpt_alone_is_left_and_listed() -> None:
    assert "TPT" in said("Công ty TPT trúng thầu.")
    assert messages("Công ty TPT trúng thầu.")


# --- the Icelandic eth typed for Đ --------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Gò Ðống Ða là di tích.", "Gò Đống Đa là di tích."),
        ("ðây là hội làng.", "đây là hội làng."),
        ("Lúa vùng ÐBSCL tăng giá.", "Lúa vùng Đồng bằng sông Cửu Long tăng giá."),
    ],
)
def test_an_eth_opening_a_word_is_d_with_stroke(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


def test_an_eth_inside_a_foreign_name_is_kept() -> None:
    assert "Guðrún" in said("Ca sĩ Guðrún hát.")
