"""Known errors of the number side left from round 7 (issue 17, round 8), one test each,
on sentences written for them."""

from __future__ import annotations

import pytest

from .reading import heard_as, messages, said


@pytest.mark.parametrize(
    "written",
    [
        "Học sinh được nghỉ từ 1/8 đến 15/8.",
        "Từ 1/8 đến 15/8 học sinh được nghỉ hè.",
        "Ngày 12-13/9, xã tổ chức tiêm.",
        "Giải đấu diễn ra từ ngày 5-15/12.",
        "Vòng bảng diễn ra từ 18-20/10.",
        "Mưa lớn từ ngày 27/10-1/11.",
    ],
)
def test_the_far_end_of_a_clear_span_of_days_is_not_listed(written: str) -> None:
    assert messages(written) == []


def test_a_lone_date_that_may_be_a_share_is_still_listed() -> None:
    assert messages("Có 15/8 học sinh đạt.") != []


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Ngày 20-11-25, trường tổ chức lễ.",
            "Ngày hai mươi tháng mười một năm hai mươi lăm, trường tổ chức lễ.",
        ),
        ("Ngày 05/09/25 khai giảng.", "Ngày mồng năm tháng chín năm hai mươi lăm khai giảng."),
    ],
)
def test_a_two_digit_year_is_said_as_written_and_listed(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert any("năm viết hai chữ số" in m for m in messages(written))


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Phong tỏa các ngày từ 21/02 đến 25/02.",
            "Phong tỏa các ngày từ hai mươi mốt tháng hai đến hai mươi lăm tháng hai.",
        ),
        (
            "Trong những ngày từ 21/02/2025 đến hết 25/02/2025 cấm đường.",
            "Trong những ngày từ hai mươi mốt tháng hai năm hai nghìn không trăm hai mươi lăm "
            "đến hết hai mươi lăm tháng hai năm hai nghìn không trăm hai mươi lăm cấm đường.",
        ),
        # Without "ngày" before "từ" both ends take it, as before.
        (
            "Nghỉ từ 21/02 đến 25/02.",
            "Nghỉ từ ngày hai mươi mốt tháng hai đến ngày hai mươi lăm tháng hai.",
        ),
    ],
)
def test_ngay_before_tu_is_not_said_again(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_three_numbers_after_ti_so_are_neither_a_date_nor_a_range() -> None:
    spoken = said("Trận đấu kết thúc với tỉ số 3-1-2.")
    assert "đến" not in spoken and "tháng" not in spoken
    assert heard_as(
        "Trận đấu kết thúc với tỉ số 3-1-2.", "Trận đấu kết thúc với tỉ số ba, một, hai."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Giải chạy 5k thu hút 2.000 người.", "Giải chạy năm ki-lô-mét thu hút hai nghìn người."),
        ("Cự ly 10K dành cho nam.", "Cự ly mười ki-lô-mét dành cho nam."),
        ("Vé chạy 5k giá 200k.", "Vé chạy năm ki-lô-mét giá hai trăm nghìn."),
        # No word of running: money, as before.
        ("Giá 50k một suất.", "Giá năm mươi nghìn một suất."),
    ],
)
def test_a_race_distance_in_k_is_kilometres(written: str, spoken: str) -> None:
    assert said(written) == spoken
    assert messages(written) == []


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Buổi sáng từ 7g30 đến 11g.", "Buổi sáng từ bảy giờ ba mươi đến mười một giờ."),
        ("Lúc 7.30 sáng, đoàn khởi hành.", "Lúc bảy giờ ba mươi sáng, đoàn khởi hành."),
        ("Lúc 7.30, xe chạy.", "Lúc bảy giờ ba mươi, xe chạy."),
        ("Vào lúc 14.15 ngày 3/9.", "Vào lúc mười bốn giờ mười lăm ngày mồng ba tháng chín."),
    ],
)
def test_clock_times_written_with_g_or_a_full_stop(written: str, spoken: str) -> None:
    # "đến 11g" was "mười một gam"; "Lúc 7.30" was "bảy chấm ba mươi", listed.
    with_minutes = spoken.replace("ba mươi", "ba mươi phút").replace(
        "mười lăm ngày", "mười lăm phút ngày"
    )
    assert heard_as(written, spoken, with_minutes)
    assert messages(written) == []


def test_a_dotted_number_that_is_no_clock_is_still_listed() -> None:
    assert any("có dấu chấm" in m for m in messages("Tăng 7.30 điểm."))


def test_the_far_end_of_days_in_brackets_is_not_listed() -> None:
    assert messages("Trong 3 ngày (5-7/9), xã tổ chức tiêm.") == []


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Làm việc từ thứ 2-6 hằng tuần.", "Làm việc từ thứ hai đến thứ sáu hằng tuần."),
        ("Sau 2-3 tuần, cây ra hoa.", "Sau hai đến ba tuần, cây ra hoa."),
    ],
)
def test_weekday_and_week_spans_are_not_listed(written: str, spoken: str) -> None:
    assert heard_as(written, spoken)
    assert messages(written) == []
