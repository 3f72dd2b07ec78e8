"""Reading rules found on part L of the corpus after its one untouched score.

Part L was scored once (106/116) before any of these; it is tuned on from here.
The sentences are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- a round of a campaign numbered in Roman numerals -----------------------------------


def test_a_roman_round_of_a_campaign_is_a_number() -> None:
    assert said("Quỹ nhận ủng hộ đợt II năm 2024.") == (
        "Quỹ nhận ủng hộ đợt hai năm hai nghìn không trăm hai mươi tư."
    )
    assert said("Đợt III diễn ra vào tháng 5.") == "Đợt ba diễn ra vào tháng năm."


def test_an_arabic_round_is_unchanged() -> None:
    assert said("Đợt 1 có 20 hộ.") == "Đợt một có hai mươi hộ."


# --- a span of two dates written with full stops ---------------------------------------


def test_a_dotted_span_with_its_year_at_the_end_is_two_dates() -> None:
    spoken = said("Tháng cao điểm (5.9 - 20.10.2024) đã kết thúc.")
    assert "chấm" not in spoken
    assert "ngày mồng năm tháng chín đến ngày hai mươi tháng mười năm hai nghìn" in spoken


def test_two_decimals_with_a_dash_are_not_dates() -> None:
    # no year at the end: nothing says these are days and months
    assert "tháng" not in said("Mực nước dao động 1.5 - 2.5 mét.")


# --- a name's head defined by a bracketed acronym --------------------------------------


def test_an_acronym_of_the_first_words_of_a_name_is_learned() -> None:
    spoken = said("Trợ cấp cho Người có công với cách mạng (NCC) tăng; mỗi NCC được tặng quà.")
    assert spoken == (
        "Trợ cấp cho Người có công với cách mạng tăng; mỗi Người có công được tặng quà."
    )
    assert messages("Trợ cấp cho Người có công với cách mạng (NCC) tăng; mỗi NCC nhận quà.") == []


def test_letters_that_match_no_capitalised_head_are_not_learned() -> None:
    # "(XYZ)" spells no run of the words before it: still left and listed
    spoken = said("Hội nghị về công tác dân vận (XYZ) họp; XYZ báo cáo.")
    assert "XYZ báo cáo" in spoken


# --- two consecutive numbers of a period, joined by a comma ----------------------------


def test_consecutive_weeks_or_months_with_a_comma_are_a_list() -> None:
    assert said("Trong tuần 3,4 của đợt cao điểm có 20 đội.") == (
        "Trong tuần ba, bốn của đợt cao điểm có hai mươi đội."
    )
    assert said("Vào tháng 7,8 mưa nhiều.") == "Vào tháng bảy, tám mưa nhiều."


def test_a_decimal_stays_a_decimal() -> None:
    assert said("Tăng 7,8 lần.") == "Tăng bảy phẩy tám lần."
    # not consecutive
    assert said("Trong tuần 3,5 ngày.") == "Trong tuần ba phẩy năm ngày."
    # a magnitude after it: an amount
    assert said("Kỳ 1,2 triệu lượt.") == "Kỳ một phẩy hai triệu lượt."


# --- dictionary entries part L needed (with their sources in the file) -----------------


def test_banks_and_merit_titles_from_the_dictionary() -> None:
    assert said("Chuyển khoản qua BIDV.") == "Chuyển khoản qua bê i đê vê."
    assert said("Bà mẹ VNAH được thăm hỏi.") == "Bà mẹ Việt Nam Anh hùng được thăm hỏi."
    assert said("Anh hùng LLVTND dự lễ.") == "Anh hùng Lực lượng vũ trang nhân dân dự lễ."
