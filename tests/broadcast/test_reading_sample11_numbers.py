"""Round 11, the NUMBER side (issue 17): a training sample read as it comes, and the
rules it led to, each on sentences written for it.

The sample (``sample11_numbers.txt``) is sentences of pages on the corpus's training
domains full of numbers (prices, dengue counts, boat rescues, flood bulletins, power
cuts, crashes, election results, a law's page), taken in a row as the pages have them,
read by hand by the corpus conventions before the reader ran on them: 161 sentences of
33 pages (pages a corpus part or a round-10 sample used were dropped before the first
run). Scored with the conventions' variants (below): main before this work 143 right
(88.8%), 5 wrong with no warning; with this round's rules, 147 (91.3%), 4 silent. Of the
14 left (``LEFT``), 10 are letter-side (SJC, HQ, vessels' province codes, HÐND typed
with an Icelandic eth), listed for the letters' helper.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .reading import Sentence, heard_as, left_why, load_sample, messages, said, sample_score

SAMPLE = Path(__file__).with_name("sample11_numbers.txt")

# The corpus README: "Seasons and terms spanning two years: 2023-2024 is read with a
# pause between the years (written with the dash); 'đến' is also accepted." And "7h30
# 'bảy giờ ba mươi' (also '… ba mươi phút')", and a count per period "mỗi" (also "một",
# "trên"). The hand readings write the first of each; the others are added here.
_TERM_DASH = re.compile(r"(?<=[^\W\d_]) [-–] (?=(?:một|hai) nghìn (?:chín|không) trăm)")
_NUMBER_WORD = "không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|tư|lăm"
_CLOCK_MINUTES = re.compile(rf"(giờ(?: (?:{_NUMBER_WORD}))+)(?! phút)(?=\W|$)")
_PER_PERIOD = re.compile(r"\bmỗi (?=đợt\b)")


def _with_variants(sentences: list[Sentence]) -> list[Sentence]:
    for s in sentences:
        for reading in [s.reading, *s.also]:
            terms = _TERM_DASH.sub(" đến ", reading)
            for variant in {
                terms,
                _CLOCK_MINUTES.sub(r"\1 phút", terms),
                _PER_PERIOD.sub("một ", terms),
            }:
                if variant != reading and variant not in s.also:
                    s.also.append(variant)
    return sentences


SENTENCES = _with_variants(load_sample(SAMPLE))

# The sentences still wrong, by the start of their text, and why they are left.
_SJC = "'SJC' (a gold house) said by its letters, the reading keeps it: letter side"
_BOAT = "a vessel's province code (BĐ, BV, NA) the line does not name: warned"
_SHIP = "'HQ' (a navy ship's letters) not in the dictionary: letter side, warned"
LEFT: dict[str, str] = {
    "Cụ thể, trưa nay, giá vàng nhẫn loại 1-5": _SJC + "; '1-5 chỉ' warned",
    "Trong khi đó, giá vàng miếng SJC": _SJC + " (silent)",
    "Thậm chí, giá mua vào": _SJC + " (silent)",
    "Hiện tàu HQ 950": _SHIP,
    "Tàu HQ 950 đã liên lạc": _SHIP,
    "Sau 12 giờ tìm kiếm": _BOAT,
    "Trước đó, vào chiều tối 29-11": _BOAT + "; 'MRCC' unknown letters",
    "Cả hai người đều là thuyền viên": _BOAT,
    "Anh Dùng cố gắng": _BOAT,
    "TP - Sáng 30/10": _BOAT + "; 'TP -' an outlet's tag read 'Thành phố'; 'SAR27-01'",
    "Sáng 29/10, tàu cứu hộ": _BOAT,
    "Nhiều tỉnh, thành phố công bố": "'HÐND' typed with U+00D0 (Ð), not Đ: letter side, warned",
    "Trong đó có 23 đại biểu nữ": "'ngoàiĐảng', the page's glued words, kept (silent)",
    "19/10/2012 12:00:00 AM": "a portal's stamp: 'AM' spelled 'a em' (silent)",
}


def _left(text: str) -> str | None:
    return left_why(text, LEFT)


def test_the_sample_score() -> None:
    right, silent = sample_score(SENTENCES)
    assert right >= 147
    assert silent <= 4


def test_the_sample_is_as_described() -> None:
    assert len(SENTENCES) == 161
    assert len({s.source for s in SENTENCES}) == 33
    assert all(s.reading for s in SENTENCES)
    assert sum(_left(s.text) is not None for s in SENTENCES) == len(LEFT)


@pytest.mark.parametrize(
    "sentence", [s for s in SENTENCES if _left(s.text) is None], ids=lambda s: s.text[:40]
)
def test_a_sample_sentence_is_read_as_written_by_hand(sentence: Sentence) -> None:
    assert heard_as(sentence.text, sentence.reading, *sentence.also), said(sentence.text)


# --- a masked plate typed in lower case -----------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Xe tải mang biển kiểm soát 37H-037.xx bị giữ.",
            "Xe tải mang biển kiểm soát ba mươi bảy hát, không ba bảy chấm ích xì ích xì bị giữ.",
        ),
        (
            "Ô tô 22A-292.XX dừng lại.",
            "Ô tô hai mươi hai A, hai chín hai chấm ích xì ích xì dừng lại.",
        ),
    ],
)
def test_a_masked_plate_in_either_case(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


# --- the Assembly that passes a law names the issuer of its number ----------------------


def test_the_assembly_passing_the_law_is_not_said_again() -> None:
    written = "Quốc hội khóa XV đã thông qua Luật Đất đai số 31/2024/QH15."
    assert said(written) == (
        "Quốc hội khóa mười lăm đã thông qua Luật Đất đai số ba mươi mốt năm hai nghìn"
        " không trăm hai mươi tư."
    )


@pytest.mark.parametrize(
    "written",
    [
        "Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024;",
        # the Assembly named, but not as the body that passes the law
        "Đại biểu Quốc hội góp ý về Luật số 31/2024/QH15.",
        # another sentence passes something else
        "Quốc hội họp. Luật số 31/2024/QH15 có hiệu lực.",
    ],
)
def test_elsewhere_the_assembly_and_its_term_are_said(written: str) -> None:
    assert "của Quốc hội khóa mười lăm" in said(written)


# --- a class's name after "lớp" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Học sinh lớp 10-A1 đạt giải nhất.", "Học sinh lớp mười A một đạt giải nhất."),
        ("Lớp 6-B đi tham quan.", "Lớp sáu B đi tham quan."),
    ],
)
def test_a_class_name_with_a_dash_is_no_document(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_party_document_number_is_still_one() -> None:
    assert said("Công văn số 10-CV/TW.") == "Công văn số mười của Trung ương."


# --- a holiday's day and month before people counted: listed -----------------------------


def test_a_holiday_date_before_a_count_is_kept_and_listed() -> None:
    written = "Sáng nay, 2-9 hộ dân được hỗ trợ."
    assert said(written) == "Sáng nay, mồng hai tháng chín hộ dân được hỗ trợ."
    assert any("2-9" in m for m in messages(written))


@pytest.mark.parametrize(
    "written", ["Sáng 2-9, người dân đi chơi.", "Sáng nay, 2-9, trời đẹp.", "Sáng nay, 5-6 hộ dân."]
)
def test_no_listing_where_the_text_decides(written: str) -> None:
    assert not any("ngày lễ" in m for m in messages(written))


# --- a line to dial after a dash or a colon that ends the sentence -------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Lịch cắt điện được đọc trên hộp thư Thông tin điện nước – 8011035.",
            "Lịch cắt điện được đọc trên hộp thư Thông tin điện nước - tám không một một"
            " không ba năm.",
        ),
        ("Tra cứu lịch nghỉ: 8011035", "Tra cứu lịch nghỉ: tám không một một không ba năm"),
    ],
)
def test_a_long_run_ending_the_sentence_after_a_dash_is_dialled(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert any("8011035" in m for m in messages(written))  # still listed


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Số tiền: 2500000 đồng.", "hai triệu năm trăm nghìn đồng"),
        ("Dân số – 1234567 người.", "một triệu hai trăm ba mươi tư nghìn"),
        ("Năm nay con số là 8011035.", "tám triệu"),  # no dash nor colon before it
    ],
)
def test_a_long_run_before_a_count_or_without_a_dash_stays_an_amount(
    written: str, kept: str
) -> None:
    assert kept in said(written)


# --- a wedding ring's gold ---------------------------------------------------------------


def test_a_wedding_rings_fineness() -> None:
    assert said("Nhẫn cưới 999 giá 8 triệu đồng.") == "Nhẫn cưới ba số chín giá tám triệu đồng."
    assert "chín trăm chín mươi chín chiếc" in said("Nhẫn cưới 999 chiếc đã bán.")


# --- marks for each subject ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Chỉ cần 5 điểm/môn là đỗ.", "Chỉ cần năm điểm mỗi môn là đỗ."),
        ("Đạt 8 điểm / bài thi.", "Đạt tám điểm mỗi bài thi."),
    ],
)
def test_marks_for_each_subject(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


def test_marks_or_subject_without_a_number_stays_or() -> None:
    assert said("Bảng điểm/môn học") == "Bảng điểm hoặc môn học"


# --- "ngày" before the second end of every day span of a sentence, or of none ------------


def test_day_spans_of_one_sentence_are_said_alike() -> None:
    written = "Hội làng kéo dài từ ngày 3 - 5/4/2025, tức ngày 6-8/3 âm lịch."
    assert said(written) == (
        "Hội làng kéo dài từ ngày mồng ba đến ngày mồng năm tháng tư năm hai nghìn không"
        " trăm hai mươi lăm, tức ngày mồng sáu đến ngày mồng tám tháng ba âm lịch."
    )


def test_a_lone_day_span_keeps_one_ngay() -> None:
    assert said("Hội làng diễn ra ngày 6-8/3 âm lịch.") == (
        "Hội làng diễn ra ngày mồng sáu đến mồng tám tháng ba âm lịch."
    )
