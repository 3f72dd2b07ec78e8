"""Rules found on parts AR and AS of the corpus (issue 17, round 13), each on its own.

Parts AR (the north) and AS (the south) were collected blind and scored once untouched
at 4e5c5d0 (AR 96/101, 4 of 5 wrong warned; AS 104/114, 5 of 10). The sentences here
are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- "Trạm TV" in a water-level bulletin: a hydrological station ---------------------------


def test_tv_after_tram_in_a_water_level_bulletin_is_thuy_van() -> None:
    text = "Trạm TV. Phú Lộc 185cm (dưới BĐII 15cm);"
    assert said(text) == (
        "Trạm thủy văn Phú Lộc một trăm tám mươi lăm xen-ti-mét "
        "(dưới báo động hai mười lăm xen-ti-mét);"
    )
    assert not messages(text)
    text = "Mực nước tại trạm TV Long Xuyên lên nhanh."
    assert said(text) == "Mực nước tại trạm thủy văn Long Xuyên lên nhanh."


def test_tv_after_tram_elsewhere_is_left_and_listed_never_tivi() -> None:
    text = "Trạm TV Hòa Bình mở cửa từ thứ hai."
    assert "tivi" not in said(text)
    assert "TV" in said(text)
    assert any("'TV'" in m for m in messages(text))
    # the set in a home is still "tivi", with no station before it
    assert said("Gia đình được tặng một TV mới.") == "Gia đình được tặng một tivi mới."


# --- "TT Huế": the province, never a town --------------------------------------------------


def test_tt_before_hue_is_thua_thien() -> None:
    assert said("Đoàn công tác tỉnh TT Huế đến thăm.") == (
        "Đoàn công tác tỉnh Thừa Thiên Huế đến thăm."
    )
    assert said("Sở Y tế TT.Huế thông báo.") == "Sở Y tế Thừa Thiên Huế thông báo."
    # the hyphen may stay a pause: the name is written "Thừa Thiên - Huế" too
    assert said("Công an TT-Huế cảnh báo.").replace(" -", "") == "Công an Thừa Thiên Huế cảnh báo."
    text = "Bệnh viện tỉnh TT Huế tiếp nhận bệnh nhân."
    assert "thị trấn" not in said(text)
    assert not messages(text)


def test_tt_and_tt_elsewhere_keep_their_readings() -> None:
    # "Sở TT&TT Huế" is the city's information department, not the province's halves
    assert said("Sở TT&TT Huế họp.") == "Sở Thông tin và Truyền thông Huế họp."
    assert said("Ủy ban nhân dân TT Phú Lộc họp.") == "Ủy ban nhân dân thị trấn Phú Lộc họp."


# --- "Tx." like "Tp." ----------------------------------------------------------------------


def test_tx_with_its_stop_is_thi_xa() -> None:
    assert said("Mưa lớn tại Tx. Hương Trà và Tp. Huế.") == (
        "Mưa lớn tại thị xã Hương Trà và thành phố Huế."
    )


# --- two field abbreviations joined by a hyphen that the dictionary has with "&" ----------


def test_a_hyphen_compound_known_with_ampersand_reads_as_it() -> None:
    text = "Sở KH-CN tỉnh tổ chức hội thảo."
    assert said(text) == "Sở khoa học và công nghệ tỉnh tổ chức hội thảo."
    assert not messages(text)
    assert "Thông tin và Truyền thông" in said("Giám đốc Sở TT-TT tỉnh phát biểu.")


def test_a_hyphen_compound_the_dictionary_does_not_have_stays_and_is_listed() -> None:
    # "VH-TT" is "Văn hóa và Thể thao" (a department) or "Văn hóa - Thể thao" (a centre)
    text = "Trung tâm VH-TT huyện mở lớp bơi."
    assert "VH-TT" in said(text)
    assert any("'VH-TT'" in m for m in messages(text))
    text = "Khoa NN-XHNV tuyển sinh."
    assert "NN-XHNV" in said(text)
    assert any("'NN-XHNV'" in m for m in messages(text))


# --- a capital typed before a document's number ---------------------------------------------


def test_a_letter_before_a_document_number_is_said_by_its_name() -> None:
    text = "Theo Quyết định số C205/QĐ-CAT ngày 3/4/2025 của Công an tỉnh."
    assert said(text).startswith("Theo Quyết định số xê hai trăm linh năm ngày mồng ba")
    assert "Cmột" not in said(text) and "Chai" not in said(text)
    assert any("'C205'" in m for m in messages(text))


def test_a_letter_number_code_joined_by_dashes_is_no_document() -> None:
    # a drug's registration number: no document, left and listed as before
    text = "Thuốc có số đăng ký: V2231-H12-10."
    assert "vê hai nghìn" not in said(text)
    assert messages(text)


# --- a Party committee's standing body --------------------------------------------------------


def test_ttdu_and_its_deputy_secretary() -> None:
    text = "Dự họp có ông Lê Văn Nam - PBT TTĐU; bà Hoa - Chủ tịch Hội Nông dân."
    assert "Phó Bí thư Thường trực Đảng ủy" in said(text)
    assert not messages(text)
    assert said("Lịch họp TTĐU tuần sau.") == "Lịch họp Thường trực Đảng ủy tuần sau."


def test_a_hyphen_pair_read_part_by_part_is_still_listed() -> None:
    # the proof list skips only the pairs the reader said as the joined form
    text = "Tình hình QP-AN ổn định, sinh viên ĐHQG-HN tham gia."
    assert "quốc phòng, an ninh" in said(text)
    assert not any("'QP-AN'" in m for m in messages(text))
    assert any("'ĐHQG-HN'" in m for m in messages(text))
