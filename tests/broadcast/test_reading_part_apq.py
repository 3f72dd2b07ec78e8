"""Rules found on parts AP and AQ of the corpus (issue 17, round 13), each on its own.

Parts AP (the north) and AQ (the south) were collected blind and scored once untouched
at c669884 (AP 94/96, 1 of 2 wrong warned; AQ 86/96, 8 of 10). The sentences here are
written for each rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- "PGS", "GS" without their stop: a title only before a person -------------------------


def test_pgs_before_a_place_is_no_title_and_is_listed() -> None:
    text = "Ban Điều phối PGS Lào Cai đã cấp chứng nhận cho 12 hộ."
    assert "Phó Giáo sư" not in said(text)
    assert any("'PGS'" in m for m in messages(text))


def test_pgs_and_gs_before_a_person_or_as_nouns_stay_titles() -> None:
    assert said("PGS Phan Thị Mai phát biểu.") == "Phó Giáo sư Phan Thị Mai phát biểu."
    assert said("Xin cảm ơn GS Hùng.") == "Xin cảm ơn Giáo sư Hùng."
    assert said("Khoa có 3 GS và 8 PGS.") == "Khoa có ba Giáo sư và tám Phó Giáo sư."
    # a name in capitals (a headline) is a person too
    assert said("PGS LÊ VĂN AN") == "Phó Giáo sư LÊ VĂN AN"


# --- a mark with a full stop as its decimal point -----------------------------------------


def test_a_mark_with_a_full_stop_after_a_word_of_marks_is_said_phay() -> None:
    text = "Học sinh có điểm trung bình cả năm từ 8.5 trở lên được xét thưởng."
    assert said(text) == (
        "Học sinh có điểm trung bình cả năm từ tám phẩy năm trở lên được xét thưởng."
    )
    text = "Sinh viên có điểm rèn luyện đạt 7.25 được cộng điểm."
    assert "bảy phẩy hai mươi lăm" in said(text)


def test_a_dotted_number_without_a_word_of_marks_or_a_threshold_is_not_a_mark() -> None:
    # a date after "ngày" in a sentence about marks stays a date
    assert "mồng bốn tháng năm" in said("Điểm thi được công bố ngày 4.5.")
    # no word of marks in the sentence: not taken for one
    assert "phẩy" not in said("Áp dụng từ phiên bản 6.5 trở lên.")


# --- letters after another body's title-case name -----------------------------------------


def test_letters_after_another_bodys_name_are_not_said_and_are_listed() -> None:
    text = "Trung Tâm Hỗ Trợ Nông Dân CDC tổ chức lớp học."
    assert said(text) == "Trung Tâm Hỗ Trợ Nông Dân tổ chức lớp học."
    assert any("'CDC' sau tên 'Trung Tâm Hỗ Trợ Nông Dân'" in m for m in messages(text))


def test_letters_after_their_own_head_or_another_clause_are_still_read() -> None:
    assert said("Trung tâm CDC tỉnh họp.") == "Trung tâm Kiểm soát bệnh tật tỉnh họp."
    # lower-case words between: two bodies, not one name
    text = "Trung tâm Y tế phối hợp CDC tỉnh."
    assert said(text) == "Trung tâm Y tế phối hợp Trung tâm Kiểm soát bệnh tật tỉnh."
    assert not any("sau tên" in m for m in messages(text))


# --- "TT" before a word that is no place name ---------------------------------------------


def test_tt_before_a_centres_field_is_trung_tam() -> None:
    assert said("TT Khuyến nông tỉnh tập huấn.") == "Trung tâm Khuyến nông tỉnh tập huấn."
    assert said("TT Y tế huyện họp.") == "Trung tâm Y tế huyện họp."


def test_tt_before_other_lower_case_words_is_left_and_listed() -> None:
    text = "TT Ngoại ngữ tuyển sinh."
    assert said(text) == "TT Ngoại ngữ tuyển sinh."
    assert any("'TT'" in m for m in messages(text))


def test_tt_before_a_towns_name_is_still_a_town() -> None:
    assert said("TT Phú Mỹ huyện Tân Thành") == "Thị trấn Phú Mỹ huyện Tân Thành"
    assert said("TT Me huyện Gia Viễn") == "Thị trấn Me huyện Gia Viễn"


# --- a unit typed twice; a cubic metre of water -------------------------------------------


def test_a_unit_typed_twice_after_a_number_is_said_once() -> None:
    assert said("Xã nhận 1.250kg kg gạo.") == ("Xã nhận một nghìn hai trăm năm mươi ki-lô-gam gạo.")
    assert said("Trồng 12 ha ha rừng.") == "Trồng mười hai héc-ta rừng."


def test_one_m3_before_what_is_measured_by_volume_is_a_cubic_metre() -> None:
    text = "Giá 8.000 đồng trên 1m3 nước sạch."
    assert said(text) == "Giá tám nghìn đồng trên một mét khối nước sạch."
    assert not any("chiều cao" in m for m in messages(text))
    # a child's height stays a height, listed as before
    assert "một mét ba" in said("Trẻ dưới 1m3 được miễn vé.")


# --- the dictionary: ÂL -------------------------------------------------------------------


def test_al_after_a_lunar_date_is_am_lich() -> None:
    assert said("Lễ hội diễn ra ngày 15/8 ÂL.").endswith("tháng tám âm lịch.")


def test_ldvp_in_a_work_schedule_is_the_offices_leader() -> None:
    assert said("LĐVP: Đ/c Hòa") == "Lãnh đạo văn phòng: Đồng chí Hòa"


# --- an unknown issuer's letters after a document its subject issued ----------------------


def test_letters_of_a_document_the_subject_issued_are_not_said_and_are_listed() -> None:
    text = "Hiệu trưởng Nhà trường đã có Thông báo số 7/TB-ĐHX về lịch thi."
    assert said(text) == "Hiệu trưởng Nhà trường đã có Thông báo số bảy về lịch thi."
    assert any("'TB-ĐHX'" in m and "không đọc" in m for m in messages(text))
    # a space typed before the slash too
    text = "Giám đốc đã ký Quyết định số 12 /QĐ-TTX về việc khen thưởng."
    assert said(text) == "Giám đốc đã ký Quyết định số mười hai về việc khen thưởng."


def test_unknown_letters_of_a_document_no_subject_issued_are_still_said() -> None:
    text = "Theo Thông báo số 7/TB-ĐHX, lịch thi lùi một tuần."
    assert "ĐHX" in said(text)


def test_a_dotted_number_after_tu_alone_in_a_sentence_of_marks_is_not_taken_for_a_mark() -> None:
    # "từ 6.7" with no "trở lên" may open a date: not read as a mark
    assert "phẩy" not in said("Thí sinh xem điểm thi từ 6.7 trên cổng thông tin.")
