"""Review 14 (issue 17, round 11's third phase): silent misreadings of the rules that
tune-ahij, tune-letters13 and review13 added, found with sentences written for the
purpose (none from the corpus)."""

from __future__ import annotations

from .reading import messages, said


def test_a_measured_pair_after_a_place_word_is_a_decimal() -> None:
    assert said("Chia thành 20 lô, mỗi lô 2,5 ha.") == (
        "Chia thành hai mươi lô, mỗi lô hai phẩy năm héc-ta."
    )
    assert said("Hỗ trợ mỗi tổ 1,5 triệu đồng để mua giống.") == (
        "Hỗ trợ mỗi tổ một phẩy năm triệu đồng để mua giống."
    )
    assert said("Hỗ trợ các thôn: thôn 1,5 tấn, thôn 2,7 tấn.") == (
        "Hỗ trợ các thôn: thôn một phẩy năm tấn, thôn hai phẩy bảy tấn."
    )
    assert said("Diện tích khu 12,5 ha đã được giải phóng mặt bằng.") == (
        "Diện tích khu mười hai phẩy năm héc-ta đã được giải phóng mặt bằng."
    )
    assert said("MỖI LÔ 2,5 HA ĐƯỢC GIAO CHO HỘ DÂN") == (
        "MỖI LÔ hai phẩy năm HA ĐƯỢC GIAO CHO HỘ DÂN"
    )


def test_a_pair_of_place_numbers_is_still_a_list() -> None:
    assert said("Người dân phường 9,10 được cấp nước trở lại.") == (
        "Người dân phường chín, mười được cấp nước trở lại."
    )
    assert said("Lô 1,2 và lô 3 được đấu giá.") == "Lô một, hai và lô ba được đấu giá."
    assert said("Phường 9,10 lần lượt mất nước từ 8 giờ.") == (
        "Phường chín, mười lần lượt mất nước từ tám giờ."
    )
    assert said("Tổ 3,4 tạm ngừng cấp nước.") == "Tổ ba, bốn tạm ngừng cấp nước."


def test_a_spaced_bracketed_number_after_a_key_or_a_choice_is_said() -> None:
    assert said("Để gặp tổng đài viên, bấm phím [0], để nghe lại bấm phím [9].") == (
        "Để gặp tổng đài viên, bấm phím không, để nghe lại bấm phím chín."
    )
    assert said("Đáp án đúng của câu 3 là [2].") == "Đáp án đúng của câu ba là hai."
    assert said("Chọn mục [2], rồi nhấn Gửi.") == "Chọn mục hai, rồi nhấn Gửi."
    assert said("Xem hướng dẫn ở trang [5].") == "Xem hướng dẫn ở trang năm."


def test_a_spaced_footnote_mark_after_a_word_is_still_dropped() -> None:
    assert said("Xem thêm tài liệu tham khảo [3].") == "Xem thêm tài liệu tham khảo."


def test_dollars_per_kilogram_or_barrel_with_three_digits_after_the_comma_are_listed() -> None:
    line = "Bán 2,500 USD/kg yến sào."
    assert said(line) == "Bán hai phẩy năm trăm đô la Mỹ một ki-lô-gam yến sào."
    assert any("'2,500' được đọc là số thập phân" in m for m in messages(line))
    assert any("'78,125'" in m for m in messages("Giá dầu thô 78,125 USD/thùng."))
    # two digits after the comma are a price to the cent, not listed
    assert not any("85,45" in m for m in messages("Giá dầu 85,45 USD/thùng."))


def test_dollars_come_after_a_scale_word_in_capitals() -> None:
    assert said("THU HÚT $12 TRIỆU VỐN") == "THU HÚT mười hai TRIỆU đô la VỐN"


def test_a_date_after_a_ships_letters_is_a_date() -> None:
    assert said("Tàu QB 12-5-2024 ra khơi đánh bắt.") == (
        "Tàu QB ngày mười hai tháng năm năm hai nghìn không trăm hai mươi tư ra khơi đánh bắt."
    )
    assert said("Tàu QB 12-05-02 ra khơi.") == "Tàu QB một hai, không năm, không hai ra khơi."


def test_a_spaced_month_and_year_in_a_headline_in_capitals() -> None:
    assert said("KẾT QUẢ THÁNG 1 - 2021 CỦA NGÀNH Y TẾ") == (
        "KẾT QUẢ THÁNG một năm hai nghìn không trăm hai mươi mốt CỦA NGÀNH Y TẾ"
    )


def test_so_many_of_a_counted_whole_in_a_headline_in_capitals() -> None:
    assert said("HƠN 42/63 TỈNH, THÀNH CÓ CA MẮC") == (
        "HƠN bốn mươi hai trên sáu mươi ba TỈNH, THÀNH CÓ CA MẮC"
    )


def test_dollars_named_after_the_scale_word_are_said_once() -> None:
    assert said("Quỹ nhận $300 ngàn đô la tài trợ.") == "Quỹ nhận ba trăm ngàn đô la tài trợ."
    assert said("Khoản vay $500 triệu USD được giải ngân.") == (
        "Khoản vay năm trăm triệu đô la Mỹ được giải ngân."
    )


def test_the_first_end_of_a_range_of_dollars_takes_the_scale_of_the_second() -> None:
    assert said("Vốn từ $1.7 đến $2.6 triệu.") == (
        "Vốn từ một phẩy bảy đến hai phẩy sáu triệu đô la."
    )
    assert said("Vốn $1.5-$2 tỷ cho dự án.") == "Vốn một phẩy năm đến hai tỷ đô la cho dự án."
    # with no scale word each end is dollars
    assert said("Vé từ $5 đến $10.") == "Vé từ năm đô la đến mười đô la."


def test_tu_in_a_headline_in_capitals_is_the_syllable_of_a_word() -> None:
    assert said("THU HÚT ĐẦU TƯ VÀO TỈNH") == "THU HÚT ĐẦU TƯ VÀO TỈNH"
    assert said("SỞ TƯ PHÁP TỔ CHỨC HỘI NGHỊ") == "SỞ TƯ PHÁP TỔ CHỨC HỘI NGHỊ"
    assert said("HỌP VÀO THỨ TƯ HÀNG TUẦN") == "HỌP VÀO THỨ TƯ HÀNG TUẦN"
    # the Central Committee's letters are still read
    assert said("Các đồng chí Ủy viên TƯ dự họp.") == "Các đồng chí Ủy viên Trung ương dự họp."
    assert said("BAN CHẤP HÀNH TƯ ĐẢNG HỌP") == "BAN CHẤP HÀNH Trung ương ĐẢNG HỌP"


def test_a_number_and_one_capital_joined_by_a_dash_name_a_team_or_a_room() -> None:
    assert said("Đội 3-A giành giải nhất.") == "Đội ba A giành giải nhất."
    assert said("Tổ 5-B có 20 hộ.") == "Tổ năm B có hai mươi hộ."
    assert said("Phòng 2-C tầng 3.") == "Phòng hai C tầng ba."
    assert said("Phòng khám số 3-B, tầng 2.") == "Phòng khám số ba B, tầng hai."
