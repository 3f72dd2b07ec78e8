"""Official notices, letters side (issue 17, round 9): document symbols and numbers,
citations, issuers, titles, addresses and abbreviations of commune, district and
province notices, Party texts and power and water companies' notices.

The sentences are written for these tests, modelled on pages of the corpus's training
domains (portals, departments, Party sites, EVN companies); none is taken from a
corpus part. ``NOTICES`` are read by hand (never by running the reader) and must be
heard as written; ``LEFT_WARNED`` are sentences the text does not decide (an unknown
or ambiguous abbreviation, a name spelled without its tones), which the reader leaves
and must list.
"""

from __future__ import annotations

import pytest

from .reading import heard_as, messages, said

Y08 = "hai nghìn không trăm linh tám"
Y15 = "hai nghìn không trăm mười lăm"
Y16 = "hai nghìn không trăm mười sáu"
Y17 = "hai nghìn không trăm mười bảy"
Y18 = "hai nghìn không trăm mười tám"
Y19 = "hai nghìn không trăm mười chín"
Y20 = "hai nghìn không trăm hai mươi"
Y21 = "hai nghìn không trăm hai mươi mốt"
Y22 = "hai nghìn không trăm hai mươi hai"
Y23 = "hai nghìn không trăm hai mươi ba"
Y24 = "hai nghìn không trăm hai mươi tư"
Y25 = "hai nghìn không trăm hai mươi lăm"
Y26 = "hai nghìn không trăm hai mươi sáu"


# --- "KP.3", "TT. Long Thành": a place level's full stop is the abbreviation's ----------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Họp tại nhà văn hóa Tổ 7, KP.3, phường Tân Mai.",
            "Họp tại nhà văn hóa Tổ bảy, khu phố ba, phường Tân Mai.",
        ),
        ("Ấp 2, TT. Long Thành.", "Ấp hai, thị trấn Long Thành."),
    ],
)
def test_a_place_levels_stop_before_its_number_or_name_is_not_a_pause(
    written: str, spoken: str
) -> None:
    assert said(written) == spoken


def test_a_place_levels_stop_before_a_new_sentence_stays_a_stop() -> None:
    assert said("Cuộc họp ở TT. Sau đó về xã.") == "Cuộc họp ở thị trấn. Sau đó về xã."


# --- "đường QK7": a road's name, not the military region ------------------------------


def test_qk_after_a_road_word_is_left_and_listed() -> None:
    text = "Đường QK7 qua xã bị sạt lở nhiều đoạn."
    assert "quân khu" not in said(text).casefold()
    assert any("QK7" in m for m in messages(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/01/2026, Bộ Tư lệnh QK7 tổ chức hội nghị tổng kết.",
        "Tuyến đường QK7 do Bộ Tư lệnh Quân khu 7 đầu tư.",
    ],
)
def test_qk_elsewhere_or_with_quan_khu_written_is_the_military_region(text: str) -> None:
    assert "quân khu bảy" in said(text).casefold()


# --- "QCVN 01-1:2018/BYT": a standard and its part, never a range ----------------------


def test_a_standards_part_is_said_after_a_pause_and_listed() -> None:
    text = "Nước sau xử lý đạt QCVN 01-1:2018/BYT."
    assert said(text) == f"Nước sau xử lý đạt quy chuẩn Việt Nam một, một năm {Y18} của Bộ Y tế."
    found = messages(text)
    assert any("quy chuẩn có phần" in m for m in found)
    assert not any("khoảng" in m for m in found)


def test_a_standard_with_a_long_number_and_its_part() -> None:
    assert said("Thép đạt TCVN 1651-2:2018.") == (
        f"Thép đạt tiêu chuẩn Việt Nam một nghìn sáu trăm năm mươi mốt, hai năm {Y18}."
    )


# --- "GĐ" decided by "Phó" before it or the body after it ------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("GĐ Sở Y tế đã ký ban hành quyết định.", "Giám đốc Sở Y tế đã ký ban hành quyết định."),
        (
            "Ông Võ Văn Tài, Phó GĐ Điện lực huyện, cho biết.",
            "Ông Võ Văn Tài, Phó Giám đốc Điện lực huyện, cho biết.",
        ),
    ],
)
def test_gd_before_a_body_or_after_pho_is_giam_doc(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert not any("GĐ" in m for m in messages(written))


def test_gd_the_sentence_does_not_decide_is_left_and_listed() -> None:
    text = "Các GĐ trẻ được hỗ trợ vay vốn."
    assert "GĐ" in said(text)
    assert any("GĐ" in m for m in messages(text))


# --- "&" inside a document symbol: "1567/SNN&MT-CCTY" ----------------------------------


def test_a_symbol_with_an_ampersand_issuer_is_read_as_a_symbol() -> None:
    text = "Thực hiện Công văn 1567/SNN&MT-CCTY về tiêm phòng gia súc."
    assert said(text) == (
        "Thực hiện Công văn một nghìn năm trăm sáu mươi bảy của Sở Nông nghiệp và Môi"
        " trường về tiêm phòng gia súc."
    )
    assert not any("MT-CCTY" in m for m in messages(text))


# --- "phối hợp HTX": one lower-case word is not the head of the name ------------------


def test_a_word_ending_a_compound_is_not_taken_for_the_expansions_head() -> None:
    assert said("Xã phối hợp HTX Nông nghiệp Tân Lập.") == (
        "Xã phối hợp hợp tác xã Nông nghiệp Tân Lập."
    )


def test_a_capitalised_head_before_its_acronym_is_still_said_once() -> None:
    assert said("Trung tâm CDC tỉnh khuyến cáo.") == "Trung tâm Kiểm soát bệnh tật tỉnh khuyến cáo."


# --- web and e-mail labels of notices ---------------------------------------------------


def test_a_power_cut_sites_label_is_read_as_words() -> None:
    assert said("Xem tại website lichcatdien.com.") == "Xem tại website lịch cắt điện chấm com."


def test_a_place_name_without_tones_the_sentence_does_not_write_is_spelled_and_listed() -> None:
    text = "Tra cứu tại https://tanlap.gov.vn."
    assert "tê a en" in said(text)
    assert any("tanlap" in m for m in messages(text))
