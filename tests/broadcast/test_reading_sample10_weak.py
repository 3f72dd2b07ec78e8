"""Round 10, the weakest kinds (issue 17): a training sample read as it comes, and the
rules it led to, each on sentences written for it.

The sample (``sample10_weak.txt``) is 219 sentences of 36 pages on the corpus's
training domains (mass organisations, schools, fisheries and traffic news), taken five
to eight in a row as the pages have them, read by hand by the corpus conventions
before the reader ran on them (pages already used by a corpus part were dropped before
the first run). Scored with the readings' convention variants (below): main before
this work 171 right (78.1%), 10 wrong with no warning; with the rules of this round
and the sourced entries (LHTN, BĐI-BĐIII, UVBCH), 187 (85.4%), 5 silent. Of the 32
left (``LEFT``, with causes), 19 are vessel numbers whose province code no source
gives and the line does not name (all warned). Round 11 (tune-words11): "CĐDC/Điôxin",
with a sourced CĐDC and the slash of "chất độc da cam/dioxin" said as one name, is
right with the reading's slash left out as unheard (an also-reading): 188.
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

SAMPLE = Path(__file__).with_name("sample10_weak.txt")


def _sample() -> list[Sentence]:
    return load_sample(SAMPLE)


SENTENCES = with_term_variants(_sample())

# The sentences still wrong, by the start of their text, and why they are left.
_VESSEL = "a vessel's province code no source defines and the text does not name (warned)"
LEFT: dict[str, str] = {
    # Fisheries: "BĐ", "NA", "BV", "CM" before a vessel's serial are province codes; no
    # page found gives the table (Thông tư 23/2018/TT-BNNPTNT's list was not stored),
    # and "BV" is "Bệnh viện" elsewhere: left as letters and listed, unless the same
    # line names the province by those initials (_named_province).
    "Trưa 3-1, tàu BĐ-96430TS": _VESSEL,
    "Rạng sáng 4-1, tàu Trường Sa 20": _VESSEL,
    "Cũng theo Đại tá Bình": _VESSEL,
    "Hiện, tàu cá NA 95171 TS": _VESSEL,
    "Theo đó, tàu cá BĐ 97258 TS": _VESSEL,
    "Tàu gặp nạn mang số hiệu BĐ": _VESSEL,
    "Trước đó, vào tối 7.4, tàu cá BV": _VESSEL,
    "Nhân được tin báo, trung tâm III": _VESSEL,
    "Đến 22 giờ 15 ngày 7.4": _VESSEL,
    "Một lãnh đạo trung tâm 3": _VESSEL,
    "Cụ thể, tàu cá tàu BĐ 97258": _VESSEL,
    "Ngày 17.7, Đồn biên phòng Côn Đảo": _VESSEL,
    "Trước đó, khoảng 10 giờ 30": _VESSEL,
    "Thuyền trưởng tàu cá BV 95148": _VESSEL,
    "Ngư dân Phạm Ngọc Huy": _VESSEL,
    "Điển hình là tàu BĐ-98514TS": _VESSEL,
    '"Soán ngôi" tàu cá BĐ': _VESSEL,
    "Sau gần một tháng lênh đênh": _VESSEL,
    "Cùng chung niềm vui": _VESSEL,
    "Theo đó, vào hồi 5h": "coordinates '19độ 10’N – 106 độ40’E' (glued, primes), warned",
    "Nhận được tin báo của ngư dân": "'BP 06.13.01', a patrol boat's number, warned",
    "Chiều ngày 18/3": "'Đồn BP': BP is also 'bộ phận', 'huyết áp' elsewhere; warned",
    "Ngay sau đó, tàu SAR 413": "'SAR 413' said as a number: a ship's number (warned)",
    # Mass organisations
    "Ngày 2/7, Tỉnh Đoàn": "'hồng-Trao': the reading pauses at a hyphen between words (silent)",
    # Traffic: the readings pause at "Bắc-Nam", "Thừa Thiên-Huế"; the reader joins them
    "Xe tải lật ngửa vì vấp hố": "a hyphen between two names read without a pause (silent)",
    "Trước đó, ngày 9/5": "'Bắc-Nam' read without the reading's pause (silent)",
    "20/08/2016 00:28Huyết": "a dateline glued to the headline ('00:28Huyết'), warned",
    "Tìm hiểu của PV được biết": "'X.T.': the reading says 'ích', the reader 'xờ' (both X)",
    # Schools
    "Như tại Trường tiểu học": "'21.8' after a noun: date or decimal, warned",
    "Ảnh: ĐVCC": "a photographer's initials, unknown letters, warned",
    "Các thí sinh tham gia kỳ thi": "'lần thứ VII, 2016': the reading adds 'năm' (silent)",
}


def _left(text: str) -> str | None:
    return left_why(text, LEFT)


def test_the_sample_score() -> None:
    right, silent = sample_score(SENTENCES)
    assert right >= 188
    assert silent <= 5


def test_the_sample_is_as_described() -> None:
    assert len(SENTENCES) == 219
    assert len({s.source for s in SENTENCES}) == 36
    assert all(s.reading for s in SENTENCES)
    assert sum(_left(s.text) is not None for s in SENTENCES) == len(LEFT)


@pytest.mark.parametrize(
    "sentence", [s for s in SENTENCES if _left(s.text) is None], ids=lambda s: s.text[:40]
)
def test_a_sample_sentence_is_read_as_written_by_hand(sentence: Sentence) -> None:
    assert heard_as(sentence.text, sentence.reading, *sentence.also), said(sentence.text)


# --- a paper's tag opening a paragraph -----------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("TPO - Sáng 3/4, xã tổ chức lễ ra quân.", "Sáng mồng ba tháng tư, xã tổ chức lễ ra quân."),
        ("(ABO) Chiều 5-6, Hội họp mặt.", "Chiều mồng năm tháng sáu, Hội họp mặt."),
        ("(Dân trí) - Nhiều hộ dân được hỗ trợ.", "Nhiều hộ dân được hỗ trợ."),
        ("(PLO)- Bộ đội Biên phòng tìm kiếm.", "Bộ đội Biên phòng tìm kiếm."),
    ],
)
def test_an_outlet_tag_opening_a_line_is_not_said(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("UBND - cơ quan hành chính ở xã.", "Ủy ban nhân dân - cơ quan"),  # known: read
        ("(Ảnh minh họa) Người dân đến dự.", "(Ảnh minh họa)"),  # mixed case, no dash
        ("Ông nói TPO - không rõ.", "TPO"),  # not at the start of the line
        ("III- TỔ CHỨC THỰC HIỆN", "Phần ba"),  # a Roman numeral heads a part
    ],
)
def test_other_openings_are_not_taken_for_a_tag(written: str, kept: str) -> None:
    assert kept in said(written)


# --- "PV" after "với", "của", "theo": the reporter ------------------------------------


def test_pv_after_a_preposition_is_the_reporter() -> None:
    assert said("Ông trả lời phỏng vấn với PV báo Nhân Dân.") == (
        "Ông trả lời phỏng vấn với phóng viên báo Nhân Dân."
    )
    assert said("Theo ghi nhận của PV, chợ đông.") == "Theo ghi nhận của phóng viên, chợ đông."


def test_pv_before_a_company_name_is_left_and_listed() -> None:
    assert "PV Gas" in said("Theo PV Gas, giá khí tăng.")
    assert any("PV" in m for m in messages("Theo PV Gas, giá khí tăng."))


# --- fishing vessels' province codes ----------------------------------------------------


def test_a_vessel_code_is_never_a_common_noun_of_the_dictionary() -> None:
    written = "Tàu cá BV 91234 TS bị hỏng máy."
    assert said(written) == "Tàu cá BV chín một hai ba bốn tê ét bị hỏng máy."
    assert any("mã tỉnh" in m for m in messages(written))


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Tàu cá BĐ 91234 TS của ngư dân Bình Định cập cảng.",
            "Tàu cá Bình Định chín một hai ba bốn tê ét của ngư dân Bình Định cập cảng.",
        ),
        (
            "Ngư dân Nghệ An cứu tàu NA 90011 TS.",
            "Ngư dân Nghệ An cứu tàu Nghệ An chín không không một một tê ét.",
        ),
    ],
)
def test_a_vessel_code_the_line_names_by_its_initials(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


def test_a_vessel_code_no_name_decides_is_spelled_and_listed() -> None:
    # Round 11 (part AE, and z's readings): the letters are said by their names, not
    # left as written; no province is guessed, and the proof list still names them.
    written = "Tàu cá BĐ 91234 TS cập cảng."
    assert said(written) == "Tàu cá bê đê chín một hai ba bốn tê ét cập cảng."
    assert messages(written)
    # two names with the same initials: nothing decides
    assert "bê đê" in said("Tàu BĐ 91234 TS từ Bình Định về Bình Đông.")


# --- a family name and initials before an age -----------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Tài xế Trần V.H. (SN 1990) bị tạm giữ.",
            "Tài xế Trần vê hát (sinh năm một nghìn chín trăm chín mươi) bị tạm giữ.",
        ),
        ("Bà Lê T.M. (45 tuổi) cho biết.", "Bà Lê tê M (bốn mươi lăm tuổi) cho biết."),
    ],
)
def test_initials_after_a_family_name_before_an_age_are_spelled(written: str, spoken: str) -> None:
    assert heard_as(written, spoken), said(written)


def test_a_middle_initial_before_a_given_name_is_kept() -> None:
    assert said("Ông Trần Q. Chánh phát biểu.") == "Ông Trần Q. Chánh phát biểu."


# --- a youth federation's letters ------------------------------------------------------


def test_the_youth_federation() -> None:
    assert said("Hội LHTN Việt Nam xã ra quân.") == "Hội Liên hiệp Thanh niên Việt Nam xã ra quân."


# --- flood alert levels in Roman numerals, committee members' letters joined --------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Mực nước trên BĐIII 0,3 m.", "Mực nước trên báo động ba không phẩy ba mét."),
        ("Sông dưới BĐII.", "Sông dưới báo động hai."),
        ("Ông là UVBCH Hội Nông dân xã.", "Ông là Ủy viên Ban Chấp hành Hội Nông dân xã."),
        ("Chị là UVBCHTW Hội.", "Chị là Ủy viên Ban Chấp hành Trung ương Hội."),
    ],
)
def test_roman_alert_levels_and_joined_member_letters(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []
