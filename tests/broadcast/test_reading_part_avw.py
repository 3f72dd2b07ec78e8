"""Reading rules found on parts AV and AW of the corpus (issue 17, round 13).

AW was collected blind and scored once untouched (35/38). aw026/aw027 wrote a
fertiliser's grade, N-P-K-S, with a letter glued after its last number
("16-16-8-13s"); it was said "mười sáu đến mười sáu âm tám - mười ba s", a range and a
minus sign, with no warning. The sentences here are written for the rule, not taken
from the corpus.
"""

from __future__ import annotations

from .reading import messages, said


def _chain_listed(text: str, run: str) -> bool:
    return any(f"'{run}'" in m and "dãy số" in m for m in messages(text))


# --- "16-16-8-13s": three numbers or more joined by dashes are a list ------------------


def test_a_grade_with_a_letter_after_its_last_number_is_a_list() -> None:
    assert said("Mỗi gốc bón 2kg phân 20-20-15-6s trong tháng đầu.") == (
        "Mỗi gốc bón hai ki-lô-gam phân hai mươi, hai mươi, mười lăm, sáu s trong tháng đầu."
    )
    assert said("Dùng phân NPK 12-5-10S cho lúa.") == (
        "Dùng phân nờ pê ca mười hai, năm, mười S cho lúa."
    )


def test_a_grade_with_a_letter_before_a_slash_keeps_the_rate() -> None:
    assert said("Liều lượng 3kg 16-16-8-13s/50 cây mỗi đợt.") == (
        "Liều lượng ba ki-lô-gam mười sáu, mười sáu, tám, mười ba s trên năm mươi cây mỗi đợt."
    )


def test_every_chain_said_as_a_list_is_on_the_proof_list() -> None:
    assert _chain_listed("Mỗi gốc bón phân 20-20-15-6s.", "20-20-15-6s")
    # A chain the reader said so before this round is listed too: a grade or a code.
    assert said("Bón lót phân 16-16-8 cho ruộng.") == (
        "Bón lót phân mười sáu, mười sáu, tám cho ruộng."
    )
    assert _chain_listed("Bón lót phân 16-16-8 cho ruộng.", "16-16-8")


def test_two_numbers_and_a_letter_stay_what_they_were() -> None:
    # Two numbers are a span; a letter glued after them is no grade: not listed.
    assert not _chain_listed("Khu 3-4A sửa đường.", "3-4A")
    assert not any("dãy số" in m for m in messages("Từ 5-7 ngày thì bón thúc."))


def test_dates_and_ship_numbers_are_no_chain() -> None:
    assert said("Ngày 12-5-2024 xã họp dân.") == (
        "Ngày mười hai tháng năm năm hai nghìn không trăm hai mươi tư xã họp dân."
    )
    assert not _chain_listed("Ngày 12-5-2024 xã họp dân.", "12-5-2024")
    ship = "Tàu BP 15-04-02 cập bến."
    assert said(ship) == "Tàu bê pê một năm, không bốn, không hai cập bến."
    assert not _chain_listed(ship, "15-04-02")
    # Days of a month in a list are read as days (dates.py), and not listed here.
    days = "Lễ hội diễn ra 3 ngày 22-23-24 tháng 5."
    assert not _chain_listed(days, "22-23-24")
