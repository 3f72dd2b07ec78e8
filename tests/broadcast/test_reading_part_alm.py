"""Reading rules found on parts AL and AM of the corpus (issue 17, round 12), each on
its own.

Parts AL (the north down to Huế, national bodies) and AM (the south) were collected
blind and scored once untouched at b24887c (AL 129/145, 11 of 16 wrong warned; AM
136/146, all 10 warned); their wrong sentences were then classified by cause and the
general causes fixed, the silent ones first. The sentences here are written for each
rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- "Đ/c" before a post named by its place ---------------------------------------------


def test_dc_before_a_post_named_by_its_place_is_a_comrade() -> None:
    assert said("Mời các Đ/c thôn trưởng 5 thôn dự họp.") == (
        "Mời các Đồng chí thôn trưởng năm thôn dự họp."
    )
    assert said("Đ/c tổ phó tổ 3 báo cáo.") == "Đồng chí tổ phó tổ ba báo cáo."


def test_dc_before_a_place_and_its_name_or_number_stays_an_address() -> None:
    assert said("Đ/c xóm 7, xã Nghi Phú.") == "Địa chỉ xóm bảy, xã Nghi Phú."
    assert said("Đ/c: thôn Trung, xã An.") == "Địa chỉ: thôn Trung, xã An."


# --- a phone number the line ends with a slash --------------------------------------------


def test_a_phone_number_followed_by_a_closing_slash_is_read_digit_by_digit() -> None:
    assert said("Đặt vé qua số điện thoại: 0236.3822123/") == (
        "Đặt vé qua số điện thoại: không hai ba sáu, ba tám hai hai một hai ba"
    )
    assert said("Gọi 0912 345 678/ 0987 654 321.") == (
        "Gọi không chín một hai, ba bốn năm, sáu bảy tám hoặc "
        "không chín tám bảy, sáu năm bốn, ba hai một."
    )


def test_a_short_number_before_a_slash_and_a_space_stays_a_share() -> None:
    # Too short for a line: "45/ 50 hộ" is so many out of so many, as before the rule.
    assert said("Điện thoại di động: 45/ 50 hộ đã có.") == (
        "Điện thoại di động: bốn mươi lăm trên năm mươi hộ đã có."
    )


def test_a_slash_glued_to_a_number_after_it_still_makes_no_phone_number() -> None:
    # A slash before a digit is a share or a document's number, as before the rule.
    assert said("Số điện thoại: 0236/2024 đã hỏng.") == (
        "Số điện thoại: hai trăm ba mươi sáu trên hai nghìn không trăm hai mươi tư đã hỏng."
    )


# --- the older spelling "quí" ---------------------------------------------------------


def test_a_quarter_spelled_qui_takes_its_roman_numeral_and_year() -> None:
    assert said("Quí II năm 2019, sản lượng tăng.") == (
        "Quí hai năm hai nghìn không trăm mười chín, sản lượng tăng."
    )
    assert said("Trong quí III/2023 giá giảm.") == (
        "Trong quí ba năm hai nghìn không trăm hai mươi ba giá giảm."
    )
    assert said("Đến hết quí 4-2022.") == "Đến hết quí bốn năm hai nghìn không trăm hai mươi hai."


# --- a comma and a space before three digits and a unit ------------------------------------


def test_a_decimal_comma_with_a_space_after_it_is_listed() -> None:
    text = "Xã có 12, 375 km kênh mương."
    assert said(text) == "Xã có mười hai, ba trăm bảy mươi lăm ki-lô-mét kênh mương."
    assert messages(text) == [
        "'12, 375' được đọc là hai số; nếu là số thập phân có khoảng trắng thừa sau dấu "
        "phẩy, hãy viết liền"
    ]


def test_a_list_of_numbers_before_a_unit_is_not_listed() -> None:
    assert messages("Các đoạn dài 15, 20, 300 m.") == []
    assert messages("Năm 2024, 120 km đường được làm mới.") == []


# --- a rank in thousands after "thứ" ----------------------------------------------------


def test_a_rank_in_thousands_after_thu_is_one_number() -> None:
    assert said("Trường xếp thứ 1.250 trong bảng.") == (
        "Trường xếp thứ một nghìn hai trăm năm mươi trong bảng."
    )
    assert said("Đây là di sản thứ 3 của tỉnh và thứ 2.000 trên thế giới.") == (
        "Đây là di sản thứ ba của tỉnh và thứ hai nghìn trên thế giới."
    )


# --- a unit's exponent typed as a digit before "/" and a count ------------------------------


def test_square_metres_over_a_count_after_a_slash() -> None:
    assert said("Đã nạo vét 1.200 m2/05 tuyến mương.") == (
        "Đã nạo vét một nghìn hai trăm mét vuông trên năm tuyến mương."
    )
    assert said("Đổ 30 m3/2 điểm.") == "Đổ ba mươi mét khối trên hai điểm."


# --- look-alike letters of another script inside a Vietnamese word ----------------------------


def test_a_lookalike_letter_inside_a_vietnamese_word_is_read_as_the_latin_one() -> None:
    # U+0261 (IPA script g) and Cyrillic "о" (U+043E) typed inside Latin words.
    # The Cyrillic "о" with combining marks after it becomes the toned Latin "ồ".
    assert said("Lúa chín vànɡ khắp cánh đ\u043e\u0302\u0300ng.") == "Lúa chín vàng khắp cánh đồng."
    assert messages("Lúa chín vànɡ cả cánh đồng.") == []


def test_a_word_all_in_another_script_stays_as_written() -> None:
    text = "Lời chào \u0434\u043e\u0431\u0440\u043e của đoàn."
    assert said(text) == text


# --- a patient's number in brackets -------------------------------------------------------------


def test_a_patients_number_in_brackets_is_read() -> None:
    assert said("Tỉnh ghi nhận 1 ca mắc mới (BN2345) tại huyện.") == (
        "Tỉnh ghi nhận một ca mắc mới (bệnh nhân hai nghìn ba trăm bốn mươi lăm) tại huyện."
    )


def test_a_patients_number_after_the_same_words_is_not_read_twice() -> None:
    assert said("Bệnh nhân 2345 (BN2345) đã xuất viện.") == (
        "Bệnh nhân hai nghìn ba trăm bốn mươi lăm đã xuất viện."
    )


# --- a reporter answered ----------------------------------------------------------------


def test_pv_after_tra_loi_is_the_reporter() -> None:
    assert said("Trả lời PV Báo Lào Cai, ông Hùng cho biết.") == (
        "Trả lời phóng viên Báo Lào Cai, ông Hùng cho biết."
    )


def test_pv_before_a_company_name_stays_listed() -> None:
    text = "Trả lời PV Power, đại diện công ty cho biết."
    assert said(text).startswith("Trả lời PV Power")
    assert "chữ viết tắt chưa biết: 'PV' (hãy thêm vào từ điển)" in messages(text)


# --- an issuer's letters that spell a body named before ---------------------------------------


def test_unknown_issuer_letters_spelling_a_body_named_before_are_not_said() -> None:
    assert said("Năm 1985, Hội đồng Nhà nước ra Quyết định số 15/HĐNN thành lập trường.") == (
        "Năm một nghìn chín trăm tám mươi lăm, Hội đồng Nhà nước ra Quyết định số "
        "mười lăm thành lập trường."
    )


def test_unknown_issuer_letters_with_no_body_named_stay_listed() -> None:
    text = "Theo Quyết định số 15/HĐNN, trường được thành lập."
    assert said(text) == "Theo Quyết định số mười lăm của HĐNN, trường được thành lập."
    assert messages(text) == ["chữ viết tắt chưa biết: 'HĐNN' (hãy thêm vào từ điển)"]


# --- an office joined to a document's symbol by a full stop -----------------------------------


def test_an_office_joined_to_the_symbol_by_a_full_stop_is_not_said_and_listed() -> None:
    text = "Theo công văn số 45/UBND.TH ngày 2/5/2024 về việc họp."
    assert said(text) == (
        "Theo công văn số bốn mươi lăm của Ủy ban nhân dân ngày mồng hai tháng năm năm hai "
        "nghìn không trăm hai mươi tư về việc họp."
    )
    assert messages(text) == [
        "'TH' nối bằng dấu chấm sau số hiệu văn bản được coi là phòng soạn thảo, không "
        "đọc: kiểm tra"
    ]


def test_a_body_named_before_a_symbol_of_several_codes_drops_none_of_them() -> None:
    # The words before spell the first code, the document's kind (review9's rule stands).
    text = "Theo Quy ước liên tịch số 4/QULT-HND-HPN, hai hội phối hợp."
    assert "Hội Nông dân" in said(text)


# --- dictionary entries of round 12 -------------------------------------------------------------


def test_gt_is_traffic_only_in_its_compounds() -> None:
    assert said("Lắp đèn GT tại ngã ba và bảo đảm an toàn GT.") == (
        "Lắp đèn giao thông tại ngã ba và bảo đảm an toàn giao thông."
    )
    assert messages("Đã nộp bản GT của dự án.") == [
        "chữ viết tắt chưa biết: 'GT' (hãy thêm vào từ điển)"
    ]


def test_a_towns_military_command_is_a_ban() -> None:
    assert said("Đại diện BCHQS thị trấn Phong Điền dự lễ.") == (
        "Đại diện Ban Chỉ huy quân sự thị trấn Phong Điền dự lễ."
    )
