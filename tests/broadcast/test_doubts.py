"""The proof list catches sentences the reader may get wrong (issue 17 item 1).

Each rule is a general signal found on a corpus sentence that was read wrongly
with no warning; the sentences here are written for the rule, not taken from
the corpus. Each rule is also shown to stay quiet on the form it must not flag,
so that the list does not fill with noise.
"""

from __future__ import annotations

from campaign.broadcast.doubts import paired_doubts

from .reading import messages, said


def _flagged(text: str, fragment: str) -> bool:
    return any(fragment in m for m in messages(text))


# --- a count after the words that announce a phone number ---------------------------------


def test_a_number_that_is_not_phone_shaped_after_so_dien_thoai_is_listed() -> None:
    text = "Sở công bố số điện thoại 95 trạm y tế xã trên địa bàn."
    assert _flagged(text, "không có dạng số điện thoại")


def test_phone_shaped_numbers_after_so_dien_thoai_are_not_listed() -> None:
    for text in (
        "Gọi số điện thoại 0912.345.678 khi cần.",
        "Đường dây nóng 1800-1234 hoạt động cả ngày.",
        "Gọi đường dây nóng 1900 1234 hoặc số điện thoại: 115.",
        "Số điện thoại 0203 3871 234 của trạm.",
    ):
        assert not _flagged(text, "không có dạng số điện thoại"), text


# --- a full stop that is a date or a decimal, before a comma ------------------------------


def test_a_dotted_pair_before_a_comma_is_listed() -> None:
    text = "Trong hai ngày 20 – 21.3, xã tổ chức hội thi."
    assert _flagged(text, "'21.3' có dấu chấm")


def test_a_dotted_pair_inside_a_larger_number_is_not_listed() -> None:
    assert not _flagged("Thu được 12.5,5 tấn.", "có dấu chấm")
    assert not _flagged("Xe biển số 29A-123.45, màu đen.", "có dấu chấm")


# --- the same word said twice where it was written once -----------------------------------


def test_a_unit_said_twice_is_listed() -> None:
    # The reader now says "20.000đ đồng" once (feat/tune-i); the check stays for
    # whatever else doubles a word, shown on the written and spoken pair itself.
    written = "Phí khám là 30.000đ đồng/lượt."
    spoken = "Phí khám là ba mươi nghìn đồng đồng một lượt."
    assert any("từ 'đồng' được đọc hai lần liền" in m for _, m in paired_doubts(written, spoken))
    assert not any("hai lần liền" in m for _, m in paired_doubts(written, said(written)))


def test_a_word_written_twice_or_a_title_before_a_name_is_not_listed() -> None:
    assert not _flagged("Bà con đi từ từ qua cầu.", "hai lần liền")
    assert not _flagged("Tiết mục của NSƯT Tú Anh.", "hai lần liền")
    assert not _flagged("Thời hạn 5 năm, tháng 5 năm 2024.", "hai lần liền")


# --- a full stop glued between two words --------------------------------------------------


def test_a_full_stop_glued_between_two_lower_case_words_is_listed() -> None:
    assert _flagged("Tiêm phòng cho trâu.bò trong xã.", "dấu chấm dính giữa hai chữ 'trâu.bò'")


def test_abbreviations_and_web_addresses_are_not_glued_stops() -> None:
    for text in ("Tại TP.HCM hôm qua.", "Xem tại baochinhphu.vn nhé.", "Gặp ThS.BS Lan."):
        assert not _flagged(text, "dấu chấm dính"), text


# --- the exponent of m2 or m3 standing apart ---------------------------------------------


def test_an_exponent_standing_apart_from_its_unit_is_listed() -> None:
    assert _flagged("Lưu lượng xả 1.200 m 3 /s qua đập.", "số mũ tách khỏi đơn vị")
    assert _flagged("Nhà rộng 80 m 2.", "số mũ tách khỏi đơn vị")


def test_a_unit_then_a_count_is_not_an_exponent() -> None:
    assert not _flagged("Đào sâu 3 m 25 hố.", "số mũ")
    assert not _flagged("Lưu lượng 1.200 m3/s.", "số mũ")


# --- document symbols of an unusual shape -------------------------------------------------


def test_a_symbol_broken_by_a_spaced_dash_is_listed() -> None:
    text = "Thực hiện Quyết định số 45/QĐ – UBND của huyện."
    assert _flagged(text, "bị tách bởi dấu gạch có khoảng trắng")


def test_a_list_of_bodies_joined_by_dashes_is_not_a_broken_symbol() -> None:
    assert not _flagged("Thường trực Huyện ủy – HĐND – UBND huyện dự lễ.", "bị tách")


def test_a_symbol_with_its_year_last_is_listed() -> None:
    assert _flagged("Theo Nghị định 15/NĐ-CP/2020 của Chính phủ.", "có năm ở cuối")
    assert not _flagged("Theo Nghị định 15/2020/NĐ-CP của Chính phủ.", "có năm ở cuối")


# --- a letter said by its name, an arrow --------------------------------------------------


def test_a_letter_named_after_chu_is_listed() -> None:
    assert _flagged("Con đường uốn hình chữ U quanh đồi.", "chữ cái 'U'")
    assert not _flagged("Bác sĩ Trần Văn U khám cho bà.", "chữ cái")


def test_an_arrow_is_listed() -> None:
    assert _flagged("Đi Quốc lộ 1 → Quốc lộ 279.", "mũi tên '→'")


# --- a dictionary abbreviation spelled inside a code ---------------------------------------


def test_a_known_abbreviation_spelled_in_a_short_code_is_listed() -> None:
    # "VP" is "Văn phòng" in the dictionary; in "VP2" the letters are spelled.
    found = [m for m in messages("Gửi hồ sơ về VP2 của Bộ.") if "có trong từ điển" in m]
    assert found and "'VP'" in found[0]


def test_a_code_whose_letters_are_read_as_the_abbreviation_is_not_listed() -> None:
    # "CB2" is read "cán bộ hai": the dictionary's reading was used.
    assert not _flagged("Tổ công tác giao việc cho CB2 và tổ thư ký.", "có trong từ điển")


def test_a_code_the_dictionary_knows_whole_or_a_long_number_is_not_listed() -> None:
    assert not _flagged("Mực nước trên mức BĐ3 tại Hà Nội.", "có trong từ điển")
    assert not _flagged("Chuyến bay VN245 cất cánh đúng giờ.", "có trong từ điển")


# --- two abbreviations joined by a dash; a day of the month with no month -------------------


def test_two_abbreviations_joined_by_a_dash_are_listed() -> None:
    text = "Sinh viên ĐHQG-HN tham gia tình nguyện hè."
    assert _flagged(text, "'ĐHQG-HN': hai chữ viết tắt nối bằng gạch")


def test_stacked_titles_and_document_symbols_are_not_abbreviation_pairs() -> None:
    assert not _flagged("PGS-TS Nguyễn Văn Bình phát biểu.", "nối bằng gạch")
    assert not _flagged("Theo Kế hoạch 12/KH-UBND của huyện.", "nối bằng gạch")


def test_a_day_of_the_month_without_its_month_is_listed() -> None:
    # The reader now says "ngày mồng tám … hằng tháng" (feat/tune-i); the check is
    # shown on a spoken line that lacks "mồng", and is quiet on the reader's own.
    written = "Trạm tiêm chủng vào ngày 8 và 9 hằng tháng."
    spoken = "Trạm tiêm chủng vào ngày tám và chín hằng tháng."
    flagged = [m for _, m in paired_doubts(written, spoken)]
    assert any("'ngày 8' đọc không có 'mồng'" in m for m in flagged)
    assert not any("mồng" in m for _, m in paired_doubts(written, said(written)))


def test_a_day_with_its_month_or_a_rate_per_day_is_not_listed() -> None:
    assert not _flagged("Tiêm vào ngày 8 tháng 3, ngày 9 tháng 3.", "không có 'mồng'")
    assert not _flagged("Uống ngày 2 lần, mỗi lần 1 viên.", "không có 'mồng'")
