"""Round 9's later reading rules (feat/tune-xy, feat/tune-z: a post glued to a name,
'TT' after a station, 'CN' after a year, 'W'/'CV' after a number, 115 after 'khẩn cấp',
initials with two-letter consonants), tried against sentences written to make them
misfire (review10). Each sentence was said wrongly with no warning before the fix it
stands beside; the sentences the rules were made for are said as before.
"""

from __future__ import annotations

import pytest

from .reading import messages, said

# --- 11x after "khẩn cấp": a count unless the line names the number -------------------


@pytest.mark.parametrize(
    ("written", "count"),
    [
        ("Xã hỗ trợ khẩn cấp 114 hộ dân bị lũ cuốn trôi nhà.", "một trăm mười bốn hộ"),
        ("Huyện sơ tán khẩn cấp 112 hộ ra khỏi vùng sạt lở.", "một trăm mười hai hộ"),
    ],
)
def test_count_after_khan_cap_is_a_number(written: str, count: str) -> None:
    # It was dialled digit by digit ("một một bốn hộ"), with no warning.
    assert count in said(written)


@pytest.mark.parametrize(
    ("written", "dialled"),
    [
        ("Khi có cháy, hãy gọi số khẩn cấp 113 ngay.", "số khẩn cấp một một ba"),
        # These were "một trăm mười lăm", "một trăm mười hai" before and after round 9.
        ("Số điện thoại khẩn cấp 115 trực cả đêm.", "khẩn cấp một một năm"),
        ("Tổng đài khẩn cấp 112 tiếp nhận tin báo cứu nạn.", "khẩn cấp một một hai"),
    ],
)
def test_emergency_number_named_as_such_is_dialled(written: str, dialled: str) -> None:
    assert dialled in said(written)


# --- "CN": the era only after a year --------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["Nhân viên ca 3 sau CN được nghỉ bù một ngày.", "Tổ 2 trước CN phải trực đủ người."],
)
def test_small_count_before_sau_cn_is_sunday(written: str) -> None:
    spoken = said(written)
    assert "Công nguyên" not in spoken
    assert "chủ nhật" in spoken.casefold()


@pytest.mark.parametrize(
    "written",
    ["Cuộc khởi nghĩa nổ ra năm 40 sau CN.", "Nhà triết học ấy sống khoảng 470 trước CN."],
)
def test_year_before_cn_is_the_era(written: str) -> None:
    assert "Công nguyên" in said(written)


# --- "TT" after "Trạm"/"Đài": a loudspeaker station only before a place ---------------


@pytest.mark.parametrize(
    "written",
    [
        "Trạm TT Khuyến nông huyện tập huấn cho bà con.",
        "Cán bộ Trạm TT và BVTV huyện hướng dẫn phòng sâu.",
    ],
)
def test_tt_of_another_station_is_left_and_listed(written: str) -> None:
    # It was "truyền thanh" (before these rules "thị trấn"), with no warning.
    spoken = said(written)
    assert "truyền thanh" not in spoken
    assert "thị trấn" not in spoken
    assert any("'TT'" in w for w in messages(written))


@pytest.mark.parametrize(
    "written", ["Loa của Đài TT xã Bình An hỏng.", "Tin được phát trên Đài TT phường."]
)
def test_tt_of_a_place_station_is_truyen_thanh(written: str) -> None:
    assert "Đài truyền thanh" in said(written)


# --- "CV", "W" after a number: power only where the line speaks of it ----------------


def test_cv_of_a_job_seeker_is_no_horsepower() -> None:
    written = "Mỗi ứng viên nộp 2 CV cho phòng nhân sự."
    assert "mã lực" not in said(written)
    assert any("'CV'" in w for w in messages(written))


def test_five_w_rule_is_no_watt() -> None:
    assert "oát" not in said("Nhóm phân tích vấn đề theo quy tắc 5W.")


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("Ngư dân đóng tàu công suất 420 CV để đánh bắt xa bờ.", "bốn trăm hai mươi mã lực"),
        ("Xã thay bóng đèn 40W bằng đèn tiết kiệm.", "bốn mươi oát"),
    ],
)
def test_power_units_in_a_power_line(written: str, unit: str) -> None:
    assert unit in said(written)


# --- initials with a two-letter consonant: not a degree --------------------------------


@pytest.mark.parametrize(
    ("written", "wrong"),
    [
        ("Anh ấy có bằng Ph.D. về kinh tế học.", "phờ"),
        ("Chị ấy là Th.S. ngành y tế công cộng.", "thờ"),
    ],
)
def test_degree_is_no_withheld_name(written: str, wrong: str) -> None:
    # It was "phờ dê", "thờ sờ", with no warning (before, left and listed).
    assert wrong not in said(written)
    assert messages(written)


def test_withheld_name_with_two_letter_consonant_still_said() -> None:
    assert "nờ vê thờ" in said("Bị can N.V.Th. đã bị tạm giữ.")


# --- "Q." in a person's name; "vàng 9999" ----------------------------------------------


@pytest.mark.parametrize(
    ("written", "wrong"),
    [
        ("Ông Trần Q. Chánh phát biểu tại hội nghị.", "Quyền"),
        ("Ông Lê Q. Bình nhận giấy khen.", "quận"),
    ],
)
def test_q_after_a_family_name_is_an_initial(written: str, wrong: str) -> None:
    assert wrong.casefold() not in said(written).casefold()


@pytest.mark.parametrize(
    ("written", "place"),
    [
        ("Cửa hàng mở tại Q. Bình Thạnh.", "quận Bình Thạnh"),
        # "La" is a family name too; after "Sơn" it ends the province's name.
        ("Tỉnh Sơn La H. Mộc Châu có sương muối.", "huyện Mộc Châu"),
        ("Q. Chánh Văn phòng Sở ký thay.", "Quyền Chánh Văn phòng"),
    ],
)
def test_q_before_a_place_or_a_post_is_unchanged(written: str, place: str) -> None:
    assert place in said(written)


@pytest.mark.parametrize(
    "written", ["Giá vàng 9999 sáng nay tăng nhẹ.", "Giá vàng nhẫn 9999 giảm mạnh."]
)
def test_gold_purity_is_four_nines(written: str) -> None:
    # It was "chín nghìn chín trăm chín mươi chín", with no warning.
    spoken = said(written)
    assert "bốn số chín" in spoken
    assert "nghìn" not in spoken


def test_a_count_of_9999_is_a_number() -> None:
    assert "chín nghìn chín trăm chín mươi chín hộ" in said("Xã có 9999 hộ dân.")


# --- a price per a span of time: the proof list names what is said ---------------------


def test_price_per_span_of_time_entry_names_trong() -> None:
    # The reader says "trong hai giờ" (within); the entry said it read "trên 2".
    written = "Phí gửi xe là 50.000 đồng/2 giờ."
    assert "đồng trong hai giờ" in said(written)
    entries = [w for w in messages(written) if "đồng/2 giờ" in w]
    assert entries
    assert all("'trong 2" in w and "'trên" not in w for w in entries)


def test_price_per_count_entry_still_names_tren() -> None:
    written = "Giống lúa được bán 90.000 đồng/100 hạt."
    assert any("'trên 100" in w for w in messages(written))


def test_national_day_by_dashes_is_not_listed_as_a_span() -> None:
    # Read as the date since round 9; the proof list still said "khoảng ('đến')".
    written = "Thị trấn tổ chức mít tinh Quốc khánh 2-9 tại sân vận động."
    assert "Quốc khánh mồng hai tháng chín" in said(written)
    assert not any("khoảng" in w for w in messages(written))
