"""Round 10, letters side (issue 17): a training sample read as it comes, and the rules
it led to, each on sentences written for it.

The sample (``sample10_letters.txt``) is 260 sentences of 63 pages on the corpus's
training domains, taken five to eight in a row as the pages have them, about half from
official sites and half from news, read by hand by the corpus conventions before the
reader ran on them. On main before this round the reader said 243 of them right
(93.5%), 4 wrong with no warning; with the rules below and two sourced entries (BDT,
MDMA), 251 (96.5%), 4 wrong with no warning. The nine left are listed in ``LEFT`` with
their causes: none is a letters rule that is right across texts (see each).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .reading import Sentence, heard_as, left_why, load_sample, messages, said, sample_score

SAMPLE = Path(__file__).with_name("sample10_letters.txt")


def _sample() -> list[Sentence]:
    return load_sample(SAMPLE)


SENTENCES = _sample()

# The sentences still wrong, by the start of their text, and why they are left.
LEFT = {
    # Number side (left to the numbers round): a phone and a fax number after "ĐT:"
    # and "Fax:" read as amounts; a typo'd year "12-72019"; "mùng 2/9" given a
    # second "ngày mồng" (silent).
    "* ĐT: (0234)": "phone run read as an amount (number side, warned)",
    "* Fax: (054)": "fax number read as an amount (number side, warned)",
    "Sáng 12-7, tại TP Huế": "page typo '12-72019' (number side, silent)",
    "Chủ tịch Hồ Quốc Dũng": "'mùng 2/9' said 'mồng ngày mồng' (dates, silent)",
    # Letters that no source decides: left as written and listed, never guessed.
    "* Website: https://danguykhoicqvadn": "host label with CQ, DN (no dictionary key)",
    "Quà do Hội vận động": "'XNK-TM-CN-DV': CN is công nghiệp, công nghệ or chi nhánh",
    # Readings that depend on a choice the conventions leave open.
    "Rạng sáng 9.5, PC04": "PC04 expanded by the dictionary; the reading spelled it",
    "Chiến dịch được triển khai": "'ĐVTN' said without the reading's comma pause",
    "Ngày 25-4-2019 đồng chí": "'62-KL/TW của Bộ Chính trị': the reading said both",
}


def _left(text: str) -> str | None:
    return left_why(text, LEFT)


def test_the_sample_is_as_described() -> None:
    assert len(SENTENCES) == 260
    assert len({s.source for s in SENTENCES}) == 63
    assert all(s.reading for s in SENTENCES)
    assert sum(_left(s.text) is not None for s in SENTENCES) == len(LEFT)


@pytest.mark.parametrize(
    "sentence", [s for s in SENTENCES if _left(s.text) is None], ids=lambda s: s.text[:40]
)
def test_a_sample_sentence_is_read_as_written_by_hand(sentence: Sentence) -> None:
    assert heard_as(sentence.text, sentence.reading, *sentence.also), said(sentence.text)


def test_the_sample_score() -> None:
    right, silent = sample_score(SENTENCES)
    assert right >= 251
    assert silent <= 4


# --- Roman numerals that number a name ------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Hai chi bộ Liên cơ I và Liên cơ II được hợp nhất.",
            "Hai chi bộ Liên cơ một và Liên cơ hai được hợp nhất.",
        ),
        ("Tổ dân phố Tân An II, Tân An III họp.", "Tổ dân phố Tân An hai, Tân An ba họp."),
        ("Trường Nguyễn Du II khai giảng.", "Trường Nguyễn Du hai khai giảng."),
        ("Đại hội Đảng XIV khai mạc.", "Đại hội Đảng mười bốn khai mạc."),
        ("Chiến tranh thế giới thứ II kết thúc.", "Chiến tranh thế giới thứ hai kết thúc."),
    ],
)
def test_a_roman_numeral_after_a_vietnamese_name_is_its_number(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert not any("La Mã" in m for m in messages(written))


@pytest.mark.parametrize(
    "written",
    [
        "Bổ sung vitamin D và chụp tia X.",  # single letters alone: letters
        "Đội Liên cơ I thắng.",  # "I" alone, with no "II" after the same word
        "Louis XIV lên ngôi.",  # a foreign name: kept as written
    ],
)
def test_a_single_letter_or_a_foreign_name_keeps_its_letters(written: str) -> None:
    assert "một" not in said(written) and "mười bốn" not in said(written)


# --- an acronym with its head noun in brackets after its name -------------------


def test_a_bracketed_code_with_its_head_after_the_name_is_not_read() -> None:
    written = "Biểu dương Phòng CSĐT tội phạm về ma túy (Phòng PC04) vì thành tích."
    assert said(written) == ("Biểu dương Phòng Cảnh sát điều tra tội phạm về ma túy vì thành tích.")
    assert not any("hai lần" in m for m in messages(written))


def test_the_head_noun_inside_a_bracket_is_said_once() -> None:
    assert said("Đơn vị (Phòng PC04) đã bắt.") == (
        "Đơn vị (Phòng Cảnh sát điều tra tội phạm về ma túy) đã bắt."
    )


# --- document symbols --------------------------------------------------------------


def test_the_issuer_named_after_the_year_is_said_once() -> None:
    written = (
        "Thị xã thành lập theo Nghị quyết 903/NQ-UBTVQH13 năm 2015 của Ủy ban Thường vụ Quốc hội."
    )
    assert said(written) == (
        "Thị xã thành lập theo Nghị quyết chín trăm linh ba năm hai nghìn không trăm mười"
        " lăm của Ủy ban Thường vụ Quốc hội."
    )
    # with no body named after it, the issuer is said from the symbol
    assert "khóa mười ba" in said("Theo Nghị quyết 903/NQ-UBTVQH13 năm 2015.")


def test_a_province_ethnic_board_in_a_symbol() -> None:
    assert said("Thực hiện Kế hoạch số 89/KH-BDT ngày 08/2/2021 về chính sách.") == (
        "Thực hiện Kế hoạch số tám mươi chín của Ban Dân tộc ngày mồng tám tháng hai năm"
        " hai nghìn không trăm hai mươi mốt về chính sách."
    )


# --- list marks and web addresses ----------------------------------------------------


@pytest.mark.parametrize("mark", ["►", "▪", "➢", "●", "✓"])
def test_a_list_mark_opening_a_line_is_not_said(mark: str) -> None:
    written = f"{mark} Đoàn từ thiện trao 150 suất quà."
    assert said(written) == "Đoàn từ thiện trao một trăm năm mươi suất quà."
    assert messages(written) == []


def test_a_mark_inside_a_line_is_still_listed() -> None:
    assert messages("Giá tăng ► giảm.")


@pytest.mark.parametrize(
    ("host", "spoken"),
    [
        ("https://thuathienhue.gov.vn", "thừa thiên huế chấm gờ o vê chấm vê en"),
        ("https://quangtri.gov.vn", "quảng trị chấm gờ o vê chấm vê en"),
        ("www.baobinhduong.vn", "báo bình dương chấm vê en"),
    ],
)
def test_a_province_in_a_web_address_is_read_as_its_name(host: str, spoken: str) -> None:
    assert said(f"Xem tại {host}") == f"Xem tại {spoken}"


def test_a_lone_toneless_syllable_in_an_address_is_still_spelled() -> None:
    # "hue" alone may be "huế" or "huệ": not guessed
    assert said("Xem tại hue.gov.vn") == "Xem tại hát u e chấm gờ o vê chấm vê en"


# --- local abbreviations that a training page defines -----------------------------


def test_a_commune_culture_and_learning_centre() -> None:
    assert said("Xã chưa có Trung tâm VHTT-HTCĐ.") == (
        "Xã chưa có Trung tâm Văn hóa - Thể thao - Học tập cộng đồng."
    )
    # its first half alone is not read: "VHTT" is also "văn hóa, thông tin"
    assert "VHTT" in said("Phòng VHTT huyện họp.")


def test_ecstasy_is_said_by_its_letters() -> None:
    assert said("Thu giữ 20 viên MDMA.") == "Thu giữ hai mươi viên em đê em a."


def test_a_toneless_syllable_beside_letters_in_an_address_is_spelled() -> None:
    # "sonnptnt": "so" is "sở" here, "số" elsewhere; with only an abbreviation beside
    # it, nothing decides, and the label is spelled
    assert said("Xem tại sonnptnt.tuyenquang.gov.vn") == (
        "Xem tại ét o en en pê tê en tê chấm tuyên quang chấm gờ o vê chấm vê en"
    )
    # a syllable beside a phrase of the address's words is still read
    assert said("Xem tại thithptquocgia.edu.vn").startswith("Xem tại th")
    assert "quốc gia" in said("Xem tại thithptquocgia.edu.vn")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Hòm thư: antoancovid.vn", "Hòm thư: an toàn Cô-vít chấm vê en"),
        ("Xem asean.org", "Xem A-xê-an chấm o rờ gờ"),
    ],
)
def test_an_acronym_said_as_a_word_in_an_address(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_an_acronym_said_by_its_letters_in_an_address_is_still_spelled() -> None:
    assert said("Xem csgt.vn") == "Xem xê ét giê tê chấm vê en"
