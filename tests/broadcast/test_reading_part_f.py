"""Reading rules found on part F of the corpus after its one untouched score.

Part F was scored once (94/122) before any of these; it is tuned on from here.
The sentences are written for each rule, not taken from the corpus.
"""

from __future__ import annotations

import pytest

from .reading import messages, said

# --- codes with a leading zero ------------------------------------------------------


def test_a_department_code_is_spelled_not_expanded() -> None:
    # "PC" alone is "Phó Chánh" in the dictionary; "PC09" is a police department code
    # the dictionary does not list (PC04 and PA05 are listed since: see
    # test_abbreviations.py), so it is spelled and listed
    text = "Công an huyện phối hợp với PC09 và PX03 khám xét."
    assert said(text) == ("Công an huyện phối hợp với pê xê không chín và pê xờ không ba khám xét.")
    assert any("PC09" in m for m in messages(text))
    # one letter as before: the letter stays a letter
    assert said("Xét tuyển tổ hợp C00.") == "Xét tuyển tổ hợp C không không."


def test_a_count_after_a_known_abbreviation_is_still_read() -> None:
    assert said("Dự án mở rộng QL1A.").endswith("một A.")


# --- week of the year ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Trong tuần 12/2025 toàn tỉnh ghi nhận 30 ca.",
            "Trong tuần mười hai năm hai nghìn không trăm hai mươi lăm"
            " toàn tỉnh ghi nhận ba mươi ca.",
        ),
        (
            "Số liệu tuần thứ 5/2024.",
            "Số liệu tuần thứ năm năm hai nghìn không trăm hai mươi tư.",
        ),
    ],
)
def test_week_of_the_year(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_day_and_month_after_tuan_stays_a_date() -> None:
    # "tuần 7/8": no year, so not a week number
    assert "tháng tám" in said("Trong tuần 7/8 trời mưa.")


# --- dictionary: flood alert levels, power corporations --------------------------------


def test_flood_alert_levels() -> None:
    text = "Mực nước trên BĐ2 0,3 m, dưới BĐ3 0,1 m."
    assert said(text) == (
        "Mực nước trên báo động hai không phẩy ba mét, dưới báo động ba không phẩy một mét."
    )
    assert messages(text) == []
    # "BĐ" alone is not guessed
    assert any("BĐ" in m for m in messages("Tin từ BĐ huyện."))


def test_power_corporations() -> None:
    assert said("EVNNPC cắt điện xã Yên Bình.") == (
        "Tổng công ty Điện lực miền Bắc cắt điện xã Yên Bình."
    )
    # a host is read letter by letter, not as the company
    assert said("Xem tại evncpc.vn") == "Xem tại e vê en xê pê xê chấm vê en"


# --- a span of hours with "h" written once ----------------------------------------------


def test_a_span_of_hours_says_gio_once() -> None:
    assert said("Cắt điện từ 8-11h.") == "Cắt điện từ tám đến mười một giờ."
    assert said("Giờ cao điểm (17-20h hằng ngày).") == (
        "Giờ cao điểm (mười bảy đến hai mươi giờ hằng ngày)."
    )
    # a match score is untouched
    assert said("Đội nhà thắng 2-1.") == "Đội nhà thắng hai - một."
