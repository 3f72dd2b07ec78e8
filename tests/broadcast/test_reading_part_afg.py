"""Reading rules found on parts AF and AG of the corpus (issue 17, round 11), each on
its own.

Parts AF (official) and AG (news) were collected blind and scored once untouched at
753066a (AF 169/195, 19 of 26 wrong warned; AG 71/80, 5 of 9 warned); their wrong
sentences were then classified by cause and the general causes fixed, the silent ones
first. The sentences here are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- a lunar date before the name of its year ------------------------------------------


def test_a_day_and_month_before_a_year_name_are_a_lunar_date() -> None:
    assert said("Lễ giỗ Tổ ngày 10/3/Giáp Thìn tại đền làng.") == (
        "Lễ giỗ Tổ ngày mồng mười tháng ba Giáp Thìn tại đền làng."
    )
    assert said("Hội xuân (16/3/Ất Tỵ) có rước kiệu.") == (
        "Hội xuân (mười sáu tháng ba Ất Tỵ) có rước kiệu."
    )


def test_the_first_and_last_lunar_months_have_their_names() -> None:
    assert said("Khai hạ 7/1/Bính Ngọ, tất niên 23.12.Ất Tỵ.") == (
        "Khai hạ mồng bảy tháng Giêng Bính Ngọ, tất niên hai mươi ba tháng Chạp Ất Tỵ."
    )


def test_after_mung_and_without_a_year_name_nothing_changes() -> None:
    assert said("Hội mở mồng 8-4-Quý Mão.") == "Hội mở mồng tám tháng tư - Quý Mão."
    assert said("Ngày 3/3/2024 đội Giáp Thìn xếp nhất.") == (
        "Ngày mồng ba tháng ba năm hai nghìn không trăm hai mươi tư đội Giáp Thìn xếp nhất."
    )


# --- a degree sign lost after a space ---------------------------------------------------


def test_a_spaced_zero_c_after_a_temperature_is_degrees_and_listed() -> None:
    text = "Nhiệt độ trung bình tháng 27,3 0C, cao nhất 35 0C."
    assert said(text) == (
        "Nhiệt độ trung bình tháng hai mươi bảy phẩy ba độ xê, cao nhất ba mươi lăm độ xê."
    )
    assert sum("dấu độ viết thành số 0" in m for m in messages(text)) == 2


def test_a_zero_c_outside_a_line_about_temperature_is_not_degrees() -> None:
    assert said("Kho 12 0C chứa hàng.") == "Kho mười hai không C chứa hàng."


# --- grades joined by commas -------------------------------------------------------------


def test_grades_joined_by_commas_are_a_list() -> None:
    assert said("Học sinh khối 10,11 và 12 dự lễ.") == (
        "Học sinh khối mười, mười một và mười hai dự lễ."
    )
    assert said("Các em lớp 1,2,3 và lớp 4 tham gia.") == (
        "Các em lớp một, hai, ba và lớp bốn tham gia."
    )


def test_a_layer_of_a_decimal_thickness_stays_a_decimal() -> None:
    assert said("Rải lớp 3,5 mét đá.") == "Rải lớp ba phẩy năm mét đá."


# --- a province of two halves, one by its initials --------------------------------------


def test_a_province_half_by_its_initials_is_said_in_full() -> None:
    assert said("Giá cà phê tại Bà Rịa – VT tăng nhẹ.") == (
        "Giá cà phê tại Bà Rịa - Vũng Tàu tăng nhẹ."
    )
    assert said("Đoàn công tác tỉnh BR - Vũng Tàu đến thăm.") == (
        "Đoàn công tác tỉnh Bà Rịa - Vũng Tàu đến thăm."
    )


def test_the_same_letters_alone_keep_their_dictionary_reading() -> None:
    assert said("Cán bộ VT của xã nhận hồ sơ.") == "Cán bộ văn thư của xã nhận hồ sơ."


# --- two letters joined by a full stop ---------------------------------------------------


def test_two_letters_joined_by_a_stop_with_no_entry_are_listed() -> None:
    assert any("'đ.c'" in m for m in messages("Ý kiến của các đ.c trong chi bộ."))
    assert not any("hai chữ cái" in m for m in messages("Giấy, bút, v.v. đã đủ."))
    assert not any("hai chữ cái" in m for m in messages("Hộp thư a.b@gmail.com"))


# --- things counted for each pupil -------------------------------------------------------


def test_things_counted_per_pupil_are_said_with_mot() -> None:
    assert said("Mỗi em góp 5 quyển vở/HS và 2 kg giấy vụn/HS.") == (
        "Mỗi em góp năm quyển vở một học sinh và hai ki-lô-gam giấy vụn một học sinh."
    )
    assert said("Đội nộp 30 vỏ chai/đội viên.") == "Đội nộp ba mươi vỏ chai một đội viên."


def test_people_before_the_slash_stay_one_or_the_other() -> None:
    assert said("Tỷ lệ 2 giáo viên/học sinh.") == "Tỷ lệ hai giáo viên hoặc học sinh."


# --- a bracketed pair of acronyms joined by a spaced "&" ----------------------------------


def test_a_bracketed_pair_joined_by_a_spaced_ampersand_is_for_the_eye() -> None:
    assert said("Tập huấn phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC & CNCH) cho dân.") == (
        "Tập huấn phòng cháy, chữa cháy và cứu nạn, cứu hộ cho dân."
    )


# --- a dotted decimal before "điểm" -------------------------------------------------------


def test_a_dotted_decimal_of_marks_is_said_with_phay() -> None:
    text = "Bài đạt yêu cầu được cộng 0.5 điểm."
    assert said(text) == "Bài đạt yêu cầu được cộng không phẩy năm điểm."
    assert any("'0.5'" in m for m in messages(text))


def test_a_grouped_index_in_points_stays_a_whole_number() -> None:
    assert said("Chỉ số đạt 1.250 điểm.") == "Chỉ số đạt một nghìn hai trăm năm mươi điểm."


# --- dollars with the sign before the amount ----------------------------------------------


def test_an_amount_after_the_dollar_sign_is_said_in_dollars() -> None:
    text = "Giá bán từ $1.7 đến $2.60, lô lớn $1,250."
    assert said(text) == (
        "Giá bán từ một phẩy bảy đô la đến hai phẩy sáu mươi đô la, lô lớn một nghìn"
        " hai trăm năm mươi đô la."
    )
    assert messages(text) == []


def test_a_range_of_dong_grouped_two_ways_is_in_thousands() -> None:
    assert said("Giá 35,000 - 42.000 đồng/kg.") == (
        "Giá ba mươi lăm nghìn đến bốn mươi hai nghìn đồng một ki-lô-gam."
    )


# --- the Td vaccine, a sourced entry, and a bracketed mixed-case acronym ---------------


def test_the_td_vaccine_is_said_by_its_letters() -> None:
    text = "Trạm y tế tiêm vắc xin Td cho trẻ lớp 2."
    assert said(text) == "Trạm y tế tiêm vắc xin tê đê cho trẻ lớp hai."
    assert messages(text) == []


def test_a_known_mixed_case_acronym_bracketed_after_its_name_is_for_the_eye() -> None:
    assert said("Tiêm nhắc vắc xin uốn ván - bạch hầu giảm liều (Td) cho học sinh.") == (
        "Tiêm nhắc vắc xin uốn ván - bạch hầu giảm liều cho học sinh."
    )
    assert said("Chị Mai (Bv) đến.") == "Chị Mai (Bv) đến."


# --- ATM by its letters; PBT before a Party body --------------------------------------


def test_atm_is_said_by_its_letters() -> None:
    text = "Bà con rút lương hưu qua thẻ ATM."
    assert said(text) == "Bà con rút lương hưu qua thẻ a tê em."
    assert messages(text) == []


def test_pbt_before_a_party_body_is_its_deputy_secretary() -> None:
    assert said("Ông Hà Văn Tư, PBT Chi bộ thôn 4, phát biểu.") == (
        "Ông Hà Văn Tư, Phó Bí thư Chi bộ thôn bốn, phát biểu."
    )


def test_pbt_elsewhere_stays_and_is_listed() -> None:
    text = "Cô giáo phát PBT cho lớp."
    assert said(text) == text
    assert any("'PBT'" in m for m in messages(text))


# --- a standing "x" before a word in a line that multiplies ----------------------------


def test_a_standing_x_before_a_word_multiplies_where_the_line_does() -> None:
    assert said("Uống 2 viên/lần x 3 lần/ngày x số ngày điều trị.") == (
        "Uống hai viên một lần nhân ba lần một ngày nhân số ngày điều trị."
    )


def test_a_letter_x_between_words_alone_stays() -> None:
    assert said("Chọn phương án x hoặc y.") == "Chọn phương án x hoặc y."


# --- a plenum by its number glued to "TW" -----------------------------------------------


def test_a_plenum_glued_to_tw_after_nghi_quyet_is_trung_uong() -> None:
    text = "Quán triệt Nghị quyết TW7 khóa XIII về cán bộ."
    assert said(text) == "Quán triệt Nghị quyết Trung ương bảy khóa mười ba về cán bộ."
    assert messages(text) == []


def test_tw_glued_to_a_number_elsewhere_stays_a_listed_code() -> None:
    text = "Kho hàng số TW7 ở cảng."
    assert "Trung ương" not in said(text)
    assert any("'TW7'" in m for m in messages(text))
