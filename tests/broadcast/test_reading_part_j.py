"""Reading rules found on part J of the corpus after its one untouched score.

Part J was scored once (142/181) before any of these; it is tuned on from here.
The sentences are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

import pytest

from .reading import messages, said

# --- letters glued to a number: a code unless what they name is numbered ---------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a flight: "VN" is the airline's code here, never "Việt Nam"
        ("Chuyến VN215 cất cánh muộn.", "Chuyến vê nờ hai trăm mười lăm cất cánh muộn."),
        ("Chuyến VN7581 bị hủy.", "Chuyến vê nờ bảy nghìn năm trăm tám mươi mốt bị hủy."),
        # a programme code: "CT" is not "Chủ tịch" before a number
        ("Xã thuộc vùng CT135.", "Xã thuộc vùng xê tê một trăm ba mươi lăm."),
    ],
)
def test_a_known_abbreviation_glued_to_a_number_is_a_code(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_numbered_road_or_term_keeps_its_reading() -> None:
    assert said("Sạt lở trên QL12A.") == "Sạt lở trên Quốc lộ mười hai A."
    assert said("Đoạn QL217 đã thông xe.") == "Đoạn Quốc lộ hai trăm mười bảy đã thông xe."
    assert said("Nồng độ PM2.5 tăng.") == "Nồng độ pê em hai phẩy năm tăng."


def test_a_code_of_unknown_letters_with_four_digits() -> None:
    assert said("Tàu QN1234 cập cảng.") == "Tàu quy nờ một nghìn hai trăm ba mươi tư cập cảng."


# --- units of data ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Tốc độ đạt 95,5 Mbps.", "Tốc độ đạt chín mươi lăm phẩy năm mê-ga-bít một giây."),
        ("Cáp có dung lượng 12 Tbps.", "Cáp có dung lượng mười hai tê-ra-bít một giây."),
        ("Gói cước 4GB.", "Gói cước bốn gi-ga-bai."),
        ("Tặng 500 MB/ngày.", "Tặng năm trăm mê-ga-bai một ngày."),
        ("Đường truyền 1,2 Tb/s.", "Đường truyền một phẩy hai tê-ra-bít một giây."),
    ],
)
def test_data_units_after_a_number(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_data_unit_letters_without_a_number_are_not_read_as_a_unit() -> None:
    # "TB" alone is not terabytes; it stays as written and is listed
    assert said("Xem TB của xã.") == "Xem TB của xã."
    assert any("TB" in m for m in messages("Xem TB của xã."))


# --- a span of two days and months written with hyphens --------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Cấm đường từ 12-6 đến hết 20-6.",
            "Cấm đường từ mười hai tháng sáu đến hết hai mươi tháng sáu.",
        ),
        (
            "Mở cửa từ ngày 28-4 đến 3-5.",
            "Mở cửa từ ngày hai mươi tám tháng tư đến mồng ba tháng năm.",
        ),
        ("Nghỉ từ 7 đến hết 9-10.", "Nghỉ từ mồng bảy đến hết mồng chín tháng mười."),
        (
            "Thu hồ sơ từ ngày 4 đến hết ngày 8/3.",
            "Thu hồ sơ từ ngày mồng bốn đến hết ngày mồng tám tháng ba.",
        ),
    ],
)
def test_a_span_between_two_dates_with_hyphens(written: str, spoken: str) -> None:
    assert said(written) == spoken
    # read as dates, so not listed as a span that may be a date
    assert not any("khoảng" in m for m in messages(written))


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # counts, not dates: the word after the second says so
        ("Mỗi lớp từ 2-3 đến 5-6 người.", "Mỗi lớp từ hai đến ba đến năm đến sáu người."),
        # a full stop is a decimal point here
        ("Sóng cao từ 1.5 đến 2.5 m.", "Sóng cao từ một phẩy năm đến hai phẩy năm mét."),
    ],
)
def test_spans_of_counts_are_not_dates(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_date_after_a_comma_that_follows_sang_nay() -> None:
    assert said("Chiều nay, 7-8, đoàn lên đường.") == (
        "Chiều nay, mồng bảy tháng tám, đoàn lên đường."
    )
    # a count after "hôm nay," is still a range
    assert said("Hôm nay, 3-4 người đến.") == "Hôm nay, ba đến bốn người đến."


def test_two_days_of_a_month_written_in_words() -> None:
    assert said("Hội chợ mở từ ngày 06 đến 08 tháng 9.") == (
        "Hội chợ mở từ ngày mồng sáu đến mồng tám tháng chín."
    )
    assert said("Thi vào ngày 5 và 6 tháng 7.") == "Thi vào ngày mồng năm và mồng sáu tháng bảy."


# --- so many of so many lines ----------------------------------------------------------


def test_x_of_y_lines_is_not_a_date() -> None:
    assert said("Có 3/4 tuyến xe buýt ngừng chạy.") == ("Có ba trên bốn tuyến xe buýt ngừng chạy.")
    assert said("Đã xử lý 7/9 vụ việc.") == "Đã xử lý bảy trên chín vụ việc."
    # after "ngày" it is a date
    assert said("Ngày 3/4 tuyến mới mở.").startswith("Ngày mồng ba tháng tư")


# --- a number to dial after "đầu số" ---------------------------------------------------


def test_a_number_after_dau_so_is_dialled() -> None:
    assert said("Gọi đầu số 1022 để được hỗ trợ.") == (
        "Gọi đầu số một không hai hai để được hỗ trợ."
    )


# --- a known abbreviation before "/" and a place ---------------------------------------


def test_a_known_abbreviation_before_a_slash_and_a_name_is_read() -> None:
    assert said("Bay giữa TPHCM/Đà Nẵng.") == ("Bay giữa Thành phố Hồ Chí Minh hoặc Đà Nẵng.")
    # a document code stays a code
    assert "Ủy ban nhân dân" in said("Kế hoạch số 5/KH/UBND.") or "UBND" not in said(
        "Kế hoạch số 5/KH/UBND."
    )


# --- document symbols ------------------------------------------------------------------


def test_the_department_after_a_known_issuer_is_not_said() -> None:
    assert said("Công văn số 215/BYT-QLD ngày 3/2/2020.") == (
        "Công văn số hai trăm mười lăm của Bộ Y tế ngày mồng ba tháng hai năm hai nghìn"
        " không trăm hai mươi."
    )
    assert said("Văn bản 44/UBND-VX123.") == "Văn bản bốn mươi tư của Ủy ban nhân dân."
    # the editor is told what was left out
    assert any("VX123" in m and "đơn vị soạn thảo" in m for m in messages("Văn bản 44/UBND-VX123."))
    # two known issuers are both said
    assert said("Thông tư liên tịch 3/TTLT-BYT-BTC.") == (
        "Thông tư liên tịch ba của Bộ Y tế, Bộ Tài chính."
    )


def test_an_unknown_issuer_is_still_said_as_written_and_listed() -> None:
    text = "Công văn số 7/XYZQ-AB."
    assert "XYZQ" in said(text)
    assert any("XYZQ" in m for m in messages(text))


def test_a_document_type_named_by_its_code_before_the_number() -> None:
    assert said("Theo QĐ số 88/QĐ-BYT.") == "Theo quyết định số tám mươi tám của Bộ Y tế."


def test_a_year_written_after_the_symbol() -> None:
    assert said("Nghị định 12/NĐ-CP/2019 quy định rõ.") == (
        "Nghị định mười hai của Chính phủ năm hai nghìn không trăm mười chín quy định rõ."
    )


# --- a bracket that repeats the words before it in another spelling --------------------


def test_a_bracket_repeating_the_title_in_another_spelling_is_not_read() -> None:
    assert said("Kỹ sư (KS) Lê Văn Bình và Thạc sỹ (ThS) Trần An.") == (
        "Kỹ sư Lê Văn Bình và Thạc sỹ Trần An."
    )
    # different words in the bracket are read
    assert said("Nước Mỹ (Hoa Kỳ) và tay (tai).") == "Nước Mỹ (Hoa Kỳ) và tay (tai)."


# --- the two eras of a Buddhist text ---------------------------------------------------


def test_buddhist_and_common_era_before_a_year() -> None:
    assert said("Lễ Vu Lan PL.2567 – DL.2023.") == (
        "Lễ Vu Lan Phật lịch hai nghìn năm trăm sáu mươi bảy - Dương lịch hai nghìn không"
        " trăm hai mươi ba."
    )
    assert said("Khóa tu mùa hè PL 2568.") == (
        "Khóa tu mùa hè Phật lịch hai nghìn năm trăm sáu mươi tám."
    )


def test_pl_and_dl_elsewhere_are_not_eras() -> None:
    # an appendix number, and "DL" in a line without a Buddhist date
    assert "Phật lịch" not in said("Xem PL.01 kèm theo.")
    assert "Dương lịch" not in said("Mã DL.2021 của công ty.")
