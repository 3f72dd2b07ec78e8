"""Review 13 (issue 17, round 11's second phase): silent misreadings of the rules that
tune-afg, tune-school12, tune-market12 and review12 added, found with sentences written
for the purpose (none from the corpus)."""

from __future__ import annotations

from .reading import messages, said


def test_a_mark_or_an_unknown_x_is_no_times_sign_in_a_line_that_multiplies() -> None:
    assert said("Tiền ăn 30.000 đồng/ngày x 5 ngày; hộ nghèo ghi dấu x vào ô trống.") == (
        "Tiền ăn ba mươi nghìn đồng một ngày nhân năm ngày; hộ nghèo ghi dấu x vào ô trống."
    )
    assert said("Mỗi suất 50.000 đồng x 2 suất; chọn x là số người.") == (
        "Mỗi suất năm mươi nghìn đồng nhân hai suất; chọn x là số người."
    )


def test_the_times_sign_before_a_word_still_multiplies() -> None:
    assert said("Uống 1 viên x 2 lần/ngày x số ngày nằm viện.") == (
        "Uống một viên nhân hai lần một ngày nhân số ngày nằm viện."
    )


def test_people_before_a_slash_and_a_pupil_are_two_kinds_of_people() -> None:
    assert said("Thu hút 200 thanh niên/đoàn viên tham gia.") == (
        "Thu hút hai trăm thanh niên hoặc đoàn viên tham gia."
    )
    assert said("Có 30 phụ huynh/học sinh dự họp.") == (
        "Có ba mươi phụ huynh hoặc học sinh dự họp."
    )


def test_things_per_pupil_still_said_per_pupil() -> None:
    assert said("Phát 3 cuốn sổ/học sinh.") == "Phát ba cuốn sổ một học sinh."


def test_three_digits_after_a_comma_before_dollars_per_litre_or_barrel_are_decimals() -> None:
    assert said("Giá dầu thô 85,450 USD/thùng.") == (
        "Giá dầu thô tám mươi lăm phẩy bốn trăm năm mươi đô la Mỹ một thùng."
    )
    assert "một nghìn" not in said("Giá xăng 1,125 USD/lít tại Singapore.")
    # per tonne the comma still groups thousands
    assert said("Giá gạo 1,250 USD/tấn.") == (
        "Giá gạo một nghìn hai trăm năm mươi đô la Mỹ một tấn."
    )


def test_a_capital_dc_before_no_family_name_is_no_comrade() -> None:
    assert "Đồng chí" not in said("Nhà ở đường Đ.C Lý, khu phố 3.")
    assert said("Đ.C Nguyễn Văn An phát biểu.") == "Đồng chí Nguyễn Văn An phát biểu."


def test_dollars_come_after_the_scale_word() -> None:
    assert said("Dự án vay $2.4 triệu, tổng vốn $3 tỷ.") == (
        "Dự án vay hai phẩy bốn triệu đô la, tổng vốn ba tỷ đô la."
    )
    assert said("Vé giá $4 một người.") == "Vé giá bốn đô la một người."


def test_a_glued_plenum_ending_the_sentence_is_the_plenum() -> None:
    assert said("Bài học rút ra từ Hội nghị TW8.") == "Bài học rút ra từ Hội nghị Trung ương tám."
    assert messages("Bài học rút ra từ Hội nghị TW8.") == []


def test_a_bracketed_mixed_case_word_the_text_has_not_said_is_said() -> None:
    assert said("Nhà tài trợ: Minh Phát (Cty).") == "Nhà tài trợ: Minh Phát (công ty)."
    assert said("Chủ tọa: Phạm Văn Đức (Bs).") == "Chủ tọa: Phạm Văn Đức (Bác sĩ)."
    # spelled letters after the words they shorten stay dropped
    assert said("Tiêm vắc xin bạch hầu giảm liều (Td) cho học sinh.") == (
        "Tiêm vắc xin bạch hầu giảm liều cho học sinh."
    )


def test_a_class_letter_ending_the_sentence_is_no_initial() -> None:
    assert said("Cô chủ nhiệm lớp 7-C.") == "Cô chủ nhiệm lớp bảy C."
    # a person's initial still is
    assert said("Gặp chị H. ở chợ.") == "Gặp chị hát ở chợ."
