"""Warnings found on parts AN and AO of the corpus (issue 17, round 12), each on its own.

Parts AN (the north down to Huế, national bodies) and AO (the south) were collected
blind and scored once untouched at 0b71371 (AN 125/134, 7 of 9 wrong warned; AO
129/139, 8 of 10). Their four silent sentences were read in ways the text does not
decide; each is now listed. The sentences here are written for each rule, not taken
from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- a Party symbol whose type differs from the word before it --------------------------


def test_a_party_symbols_type_other_than_the_word_before_is_listed() -> None:
    text = "Ban Thường vụ ban hành Kết luận số 15-TB/TU ngày 3/4/2018."
    assert any("ký hiệu 'TB' là 'thông báo'" in m for m in messages(text))


def test_a_party_symbols_type_matching_the_word_before_is_not_listed() -> None:
    text = "Ban Thường vụ ban hành Thông báo số 15-TB/TU ngày 3/4/2018."
    assert not any("ký hiệu" in m for m in messages(text))
    # "Thông báo kết luận": the symbol's type is written just before the word
    text = "Thực hiện Thông báo kết luận số 15-TB/TU ngày 3/4/2018."
    assert not any("ký hiệu" in m for m in messages(text))


# --- stopped initials before a capitalised name -------------------------------------------


def test_initials_before_a_capitalised_name_are_listed() -> None:
    text = "Học sinh trường A.X. Pu-skin được nghỉ hai ngày."
    assert any("'A.X.': chữ cái viết tắt trước một tên riêng" in m for m in messages(text))


def test_a_withheld_name_before_a_lowercase_word_is_still_read() -> None:
    text = "Anh N.V.T. bị phạt hai triệu đồng."
    assert said(text) == "Anh nờ vê tê bị phạt hai triệu đồng."
    assert not any("trước một tên riêng" in m for m in messages(text))
    # a withheld name's stopped digraph is no capitalised name
    assert not any("trước một tên riêng" in m for m in messages("Em T.B.Tr. bị ngã."))


# --- "TV" before a capitalised name -------------------------------------------------------


def test_tv_before_a_capitalised_name_is_listed() -> None:
    text = "TV Lê Quý Đôn mở cửa cả ngày thứ bảy."
    assert any("'TV' trước một tên riêng" in m for m in messages(text))


def test_tv_before_a_lowercase_word_is_not_listed() -> None:
    text = "Hộ nghèo được tặng TV màu."
    assert said(text) == "Hộ nghèo được tặng tivi màu."
    assert not any("'TV' trước một tên riêng" in m for m in messages(text))


# --- a code of a letter and digits, a dash and a number -----------------------------------


def test_a_letter_and_digit_code_dash_number_is_listed() -> None:
    text = "Bộ đội Công binh C3 - 214 giúp dân dựng nhà."
    assert any("'C3 - 214': mã chữ và số" in m for m in messages(text))


def test_a_span_of_plain_numbers_is_not_listed_as_a_code() -> None:
    text = "Giá từ 3 - 214 nghìn đồng."
    assert not any("mã chữ và số" in m for m in messages(text))


# --- "KH" after a share reached -----------------------------------------------------------


def test_kh_after_a_share_reached_is_the_plan() -> None:
    assert said("Sản lượng đạt 96,5% KH.") == (
        "Sản lượng đạt chín mươi sáu phẩy năm phần trăm kế hoạch."
    )
    assert (
        said("Sản lượng đạt 103%KH năm.")
        == "Sản lượng đạt một trăm linh ba phần trăm kế hoạch năm."
    )


def test_kh_after_a_share_not_reached_stays_listed() -> None:
    text = "Có 70% KH hài lòng."
    assert said(text) == "Có bảy mươi phần trăm KH hài lòng."
    assert any("'KH' có nhiều nghĩa" in m for m in messages(text))
