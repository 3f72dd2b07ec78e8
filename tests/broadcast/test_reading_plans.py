"""Reading defects seen in the bulletins of the real plans (issue 17, round 5).

Each rule has a test on sentences written for it, none copied from a plan.
"""

from __future__ import annotations

from campaign.broadcast.markup import modern_tones
from campaign.broadcast.reading import normalize

from .reading import messages, said

# --- old tone placement ------------------------------------------------------------------


def test_old_tone_placement_is_the_new_spelling() -> None:
    assert modern_tones("Uỷ ban xã Hoà Lạc khám sức khoẻ, làm thuỷ lợi") == (
        "Ủy ban xã Hòa Lạc khám sức khỏe, làm thủy lợi"
    )
    assert modern_tones("HOÀ BÌNH, Thuý") == "HÒA BÌNH, Thúy"
    # A final consonant or "qu" keeps the mark where it is.
    assert modern_tones("hoàng, thuyền, quý, Quỳnh, quỷ") == "hoàng, thuyền, quý, Quỳnh, quỷ"


def test_the_reading_keeps_each_spelling_where_it_is_written() -> None:
    # Compared in the new spelling, said as written: a line spelling a word both ways
    # keeps both, and the dictionary's reading keeps the dictionary's spelling.
    assert said("Sức khoẻ là vàng, giữ sức khỏe mỗi ngày.") == (
        "Sức khoẻ là vàng, giữ sức khỏe mỗi ngày."
    )
    assert said("Huyện uỷ họp với UBND huyện.") == "Huyện uỷ họp với Ủy ban nhân dân huyện."


def test_an_issuer_written_the_old_way_is_not_named_twice() -> None:
    # The sentence names the issuer in the old spelling: the symbol's "UBND" is not said again.
    assert said("Uỷ ban nhân dân huyện ban hành Kế hoạch số 15/KH-UBND ngày 3/4/2025.") == (
        "Uỷ ban nhân dân huyện ban hành Kế hoạch số mười lăm ngày mồng ba tháng tư năm "
        "hai nghìn không trăm hai mươi lăm."
    )


def test_a_campaign_reading_written_the_old_way_is_compared_in_the_new_spelling() -> None:
    text = "Ủy ban Mặt trận huyện ban hành Thông báo số 9/TB-MTTQ."
    assert normalize(text, abbreviations={"MTTQ": "Uỷ ban Mặt trận"}).text == (
        "Ủy ban Mặt trận huyện ban hành Thông báo số chín."
    )


# --- a party symbol with a stray space at its dash -------------------------------------------


def test_a_party_symbol_with_a_stray_space_says_only_its_number() -> None:
    assert said("Quán triệt Chỉ thị số 12- CT/TW của Ban Bí thư.") == (
        "Quán triệt Chỉ thị số mười hai của Ban Bí thư."
    )
    assert said("Theo Kết luận số 40 -KL/TW của Bộ Chính trị.") == (
        "Theo Kết luận số bốn mươi của Bộ Chính trị."
    )


# --- hours of the day, days of the week -------------------------------------------------------


def test_hours_out_of_the_day_are_read_out_of_twenty_four() -> None:
    assert said("Tổng đài trực 12h/24h.") == "Tổng đài trực mười hai giờ trên hai mươi tư giờ."
    assert said("Trạm trực 16 h / 24 h.") == "Trạm trực mười sáu giờ trên hai mươi tư giờ."
    # Two clock times are still a choice.
    assert said("Họp lúc 7h/9h.") == "Họp lúc bảy giờ hoặc chín giờ."


def test_days_out_of_the_week_are_not_a_date() -> None:
    assert said("Bộ phận một cửa làm việc 6 ngày/7 ngày.") == (
        "Bộ phận một cửa làm việc sáu ngày trên bảy ngày."
    )
    assert said("Chợ họp 7/7 ngày.") == "Chợ họp bảy trên bảy ngày."
    # Read as a share, not guessed to be a date: no doubt on the proof list.
    assert messages("Chợ họp 7/7 ngày.") == []
    # After "ngày" the number is a date.
    assert said("Từ ngày 5/7 ngày nghỉ bù.").startswith("Từ ngày mồng năm tháng bảy")


# --- a bracket listing the numbers of documents just named ------------------------------------


def test_a_bracket_of_numbers_does_not_say_the_type_the_sentence_named() -> None:
    assert said(
        "Thực hiện các Nghị quyết của Hội đồng nhân dân tỉnh về giáo dục "
        "(Số 15/NQ-HĐND ngày 2/3/2024 và số 40/NQ-HĐND ngày 9/8/2024)."
    ) == (
        "Thực hiện các Nghị quyết của Hội đồng nhân dân tỉnh về giáo dục "
        "(Số mười lăm ngày mồng hai tháng ba năm hai nghìn không trăm hai mươi tư "
        "và số bốn mươi ngày mồng chín tháng tám năm hai nghìn không trăm hai mươi tư)."
    )
    # A bracket after a sentence that has not named the type still says it.
    assert said("Theo quy hoạch vùng (Số 8/QĐ-UBND).") == (
        "Theo quy hoạch vùng (Số tám, quyết định của Ủy ban nhân dân)."
    )
