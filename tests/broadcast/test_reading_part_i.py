"""Reading rules found on part I of the corpus after its one blind score.

Part I was collected blind and scored once, with every rule of round 4 merged
(159/175); it is tuned on from here. The sentences are written for each rule,
not taken from the corpus.
"""

from __future__ import annotations

from .reading import messages, said

# --- a span of two days before one month written with a full stop ------------------------


def test_a_dotted_day_span_after_ngay_is_a_span_of_dates() -> None:
    assert said("Hội thi diễn ra trong 2 ngày 21 – 22.9 tại xã.") == (
        "Hội thi diễn ra trong hai ngày hai mươi mốt đến hai mươi hai tháng chín tại xã."
    )
    assert said("Lễ hội vào ngày 3-4.10.2025.") == (
        "Lễ hội vào ngày mồng ba đến mồng bốn tháng mười năm hai nghìn không trăm hai mươi lăm."
    )


def test_a_span_of_numbers_with_a_decimal_stays_a_span_of_numbers() -> None:
    assert "tháng" not in said("Mực nước lên 2 - 3.5 mét.")
    assert "tháng" not in said("Trong 2 ngày 21 – 22.9 độ C.")


# --- days of every month ------------------------------------------------------------------


def test_days_of_every_month_take_mong() -> None:
    assert said("Tiêm chủng vào các ngày 8 và 9 hàng tháng.") == (
        "Tiêm chủng vào các ngày mồng tám và mồng chín hàng tháng."
    )
    assert said("Tiếp dân ngày 10, 20 hằng tháng.") == (
        "Tiếp dân ngày mồng mười, hai mươi hằng tháng."
    )


def test_a_day_without_every_month_is_unchanged() -> None:
    assert said("Sau 5 ngày 6 người khỏi bệnh.") == "Sau năm ngày sáu người khỏi bệnh."
