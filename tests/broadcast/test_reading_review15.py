"""Review 15 (issue 17, round 12): silent misreadings of the rules that review14,
tune-ak and the letter-D change added, found with sentences written for the purpose
(none from the corpus)."""

from __future__ import annotations

from .reading import messages, said

# --- a count range after a day word (dates.day_month_word) ---------------------------


def test_equal_or_falling_numbers_after_a_day_word_are_never_a_count_range() -> None:
    # "mười đến mười", "hai đến hai" is no range: the day and its month
    assert said("Chiều nay 5-5 hộ dân nhận quà.").startswith("Chiều nay mồng năm tháng năm")
    assert said("Sáng nay 2-2 chiếc xe bị tạm giữ.").startswith("Sáng nay mồng hai tháng hai")


def test_a_bare_day_word_before_a_dash_pair_and_people_is_a_date_and_listed() -> None:
    # "Sáng 4-5 đoàn viên": no "nay", "qua", "mai"; the dateline's day, as before round
    # 12's rule, and listed (the text does not decide)
    text = "Chiều 4-5 đoàn viên thanh niên dọn rác ở bờ sông."
    assert said(text).startswith("Chiều mồng bốn tháng năm đoàn viên")
    assert any("'4-5'" in m for m in messages(text))
    text = "Trưa 6-7 tàu cá cập cảng an toàn."
    assert said(text).startswith("Trưa mồng sáu tháng bảy tàu cá")
    assert any("'6-7'" in m for m in messages(text))
    # "nay", "qua", "mai" still make it so many (round 12's rule)
    assert said("Chiều mai 3-4 cơn dông có thể xảy ra.") == (
        "Chiều mai ba đến bốn cơn dông có thể xảy ra."
    )


# --- a title in brackets (reading._drop_bracketed_acronyms) -----------------------------


def test_title_letters_in_brackets_after_the_words_they_shorten_are_not_a_title() -> None:
    # "(GS)" after "Giám sát", "(TS)" after "tài sản": the acronym of the words just
    # said, dropped as before round 12, not "Giáo sư", "Tiến sĩ" (silent)
    assert said("Ban Giám sát (GS) của hợp tác xã họp quý.") == (
        "Ban Giám sát của hợp tác xã họp quý."
    )
    assert said("Tổng tài sản (TS) của quỹ tăng nhẹ.") == "Tổng tài sản của quỹ tăng nhẹ."
    assert said("Mẫu đơn bổ sung (BS) nộp tại bộ phận một cửa.") == (
        "Mẫu đơn bổ sung nộp tại bộ phận một cửa."
    )
    # "(CN)" is no title the dictionary can say ("chủ nhật"): never "(chủ nhật)"
    assert "chủ nhật" not in said("Phòng Chăn nuôi (CN) hướng dẫn tiêm phòng.")
    assert "chủ nhật" not in said("Ông Hoàng Văn Sáu (CN) là xã viên.")
    # after a person's name the title is still said (round 12)
    assert said("Ông Đỗ Văn Lực (TS) trình bày.") == "Ông Đỗ Văn Lực (Tiến sĩ) trình bày."


# --- "Đ/C" before a province's name (reading._read_address_labels) ----------------------


def test_d_c_before_a_persons_name_that_opens_like_a_province_is_a_comrade() -> None:
    assert said("Đ/c Hà Nam Sơn, Bí thư Đảng ủy xã, phát biểu.").startswith("Đồng chí Hà Nam Sơn")
    assert said("Đ.C Lâm Đồng Tiến trao quà cho học sinh.").startswith("Đồng chí Lâm Đồng Tiến")
    assert said("Đ/c Thái Bình, Phó Chủ tịch xã, dự họp.").startswith("Đồng chí Thái Bình")
    # an address goes on after the province: "địa chỉ" (round 12)
    assert said("Đ/C Cao Bằng: tổ 7, phường Hợp Giang.").startswith("Địa chỉ Cao Bằng:")
    assert said("Đ/C Bắc Ninh - số 9 đường Ngô Gia Tự.").startswith("Địa chỉ Bắc Ninh")


# --- "÷" after "từ" (reading._read_division_spans) -----------------------------------


def test_a_division_sign_far_from_from_is_not_a_span() -> None:
    for text in (
        "Từ tháng 5, bà con pha thuốc theo tỷ lệ 1 ÷ 20 với nước sạch.",
        "Hội từ thiện chia 15 ÷ 5 phần quà cho các thôn.",
        "Em từ chối làm phép tính 18 ÷ 3 trên bảng.",
        "Từ điển ghi: dấu ÷ là dấu chia.",
    ):
        assert " đến " not in said(text), text
        assert any("'÷'" in m for m in messages(text)), text
    # right after "từ" and its first end it is the span (round 12)
    assert said("Độ ẩm từ 65 ÷ 85%.") == "Độ ẩm từ sáu mươi lăm đến tám mươi lăm phần trăm."
    assert said("Trực từ 7h30 ÷ 11h mỗi ngày.") == (
        "Trực từ bảy giờ ba mươi phút đến mười một giờ mỗi ngày."
    )


# --- AM/PM (reading._read_am_pm) -------------------------------------------------------


def test_pm_after_a_bare_count_is_no_time_of_day() -> None:
    for text in (
        "Công ty cần tuyển 3 PM có kinh nghiệm.",
        "Dự án có 4 PM phụ trách từng hạng mục.",
    ):
        assert "giờ" not in said(text), text
    # after a word that sets a time, or with its hour's mark, it is one (round 12)
    assert said("Chợ đêm mở từ 6 PM đến 11 PM.") == (
        "Chợ đêm mở từ sáu giờ tối đến mười một giờ tối."
    )
    assert said("Họp trực tuyến 9h AM thứ Hai.") == "Họp trực tuyến chín giờ sáng thứ Hai."


# --- dollars with a scale word (numbers.dollars) -----------------------------------------


def test_a_dollar_range_whose_first_end_is_larger_keeps_its_dollars() -> None:
    assert said("Gói tài trợ từ $800 đến $3 triệu.") == (
        "Gói tài trợ từ tám trăm đô la đến ba triệu đô la."
    )
    # the first end smaller than the second takes its scale (review14)
    assert said("Vốn từ $2 đến $5 triệu.") == "Vốn từ hai đến năm triệu đô la."


def test_the_short_do_after_a_dollar_amount_is_not_said_twice() -> None:
    assert said("Hội quyên góp được $40 ngàn đô.") == "Hội quyên góp được bốn mươi ngàn đô."


# --- a pair after "mỗi"/"từng" and a place word (reading._space_number_lists) -----------


def test_a_pair_after_each_place_before_people_is_two_or_three_of_them() -> None:
    assert said("Mỗi tổ 3,4 người thay nhau canh đê.") == (
        "Mỗi tổ ba, bốn người thay nhau canh đê."
    )
    assert said("Từng thôn 2,3 hộ được chọn làm điểm.") == (
        "Từng thôn hai, ba hộ được chọn làm điểm."
    )
    assert said("Giao cho từng thôn 4,5 và 6 một máy bơm.") == (
        "Giao cho từng thôn bốn, năm và sáu một máy bơm."
    )
    # measured, it is a decimal (review14)
    assert said("Mỗi thôn 1,5 ha lúa được hỗ trợ giống.") == (
        "Mỗi thôn một phẩy năm héc-ta lúa được hỗ trợ giống."
    )


# --- a day before "tháng giêng"/"tháng chạp" (dates._DAY_OF_NAMED_MONTH) -----------------


def test_a_count_of_named_months_one_after_another_takes_no_mong() -> None:
    assert said("Trong 2 tháng chạp và giêng, giá gà tăng.") == (
        "Trong hai tháng chạp và giêng, giá gà tăng."
    )
    assert said("Suốt 2 tháng giêng, tháng hai trời rét.") == (
        "Suốt hai tháng giêng, tháng hai trời rét."
    )
    # a day of the month still takes it (round 12), a pair after it too
    assert said("Chợ phiên họp 6 tháng giêng, hai vợ chồng đi sớm.") == (
        "Chợ phiên họp mồng sáu tháng giêng, hai vợ chồng đi sớm."
    )


# --- a spaced number in square brackets (markup._SPACED_FOOTNOTE) -------------------------


def test_a_spaced_bracketed_number_after_a_word_that_takes_a_number_is_said() -> None:
    assert said("Học sinh làm tiếp bài [6], rồi nộp.") == "Học sinh làm tiếp bài sáu, rồi nộp."
    assert said("Ghi số liệu vào dòng [4], cột [2].") == "Ghi số liệu vào dòng bốn, cột hai."
    # after another word it points to a note and is dropped (tune-letters13)
    assert said("Theo số liệu cơ sở [2], cả xã có ba trăm hộ.") == (
        "Theo số liệu cơ sở, cả xã có ba trăm hộ."
    )


# --- lower-case "tp"/"tx" (reading._title_case_levels) -----------------------------------


def test_lower_case_tp_before_a_department_is_no_city() -> None:
    for text in ("Hồ sơ chuyển tp Kế toán duyệt.", "Báo cáo gửi tp Tổ chức trước thứ Sáu."):
        assert "thành phố" not in said(text), text
        assert any("'tp'" in m for m in messages(text)), text
    # before a city's name it is the city (round 12)
    assert said("Đoàn về tp Thanh Hóa dự hội nghị.") == "Đoàn về thành phố Thanh Hóa dự hội nghị."


def test_a_count_range_after_hom_nay_or_hom_qua_is_listed() -> None:
    # a date follows "hôm nay" as often ("Giá lúa hôm nay 5-6"): the count is listed
    text = "Hôm qua 3-4 tàu cá đã vào bờ tránh bão."
    assert said(text).startswith("Hôm qua ba đến bốn tàu cá")
    assert any("'3-4'" in m for m in messages(text))
