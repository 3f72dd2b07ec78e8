"""The proof list says what the reader said, not what a second copy of its rules guessed.

How a "/" between words is read ("một" for a rate, "mỗi" for so many in each group,
"một học sinh" for things per pupil, a pause for posts held together, "hoặc"
otherwise) is decided by the reader alone (reading.py); it records each "/" it said
"hoặc" (doubts.SaidOr), and the proof list lists those it was not sure of. The proof
list used to re-decide with its own lists of groups, units and rate words, which
drifted from the reader's: it said "hoặc" where the reader said "một", and was silent
where the reader said "hoặc" (twin12). Sentences written for these tests.
"""

from __future__ import annotations

import re

import pytest

from campaign.broadcast.reading import normalize

from .reading import messages

_OR = "đọc là 'hoặc'"


def _listed_or(text: str) -> list[str]:
    return [w.token for w in normalize(text).warnings if _OR in w.message]


def test_things_per_pupil_said_one_pupil_are_not_listed_as_or() -> None:
    text = "Mỗi em được tặng 5 quyển vở/học sinh và 2 bộ quần áo."
    assert "năm quyển vở một học sinh" in normalize(text).text
    assert _listed_or(text) == []  # was "'vở/học' đọc là 'hoặc'"


def test_a_price_per_piece_after_a_scale_word_is_not_listed_as_or() -> None:
    text = "Giá bán lẻ hiện khoảng 2,5 triệu đồng/bao loại 50 kg."
    assert "hai phẩy năm triệu đồng một bao" in normalize(text).text
    assert _listed_or(text) == []  # was "'đồng/bao' đọc là 'hoặc'"


@pytest.mark.parametrize(
    ("text", "said", "token"),
    [
        # "công" was taken for a unit of land ("sào công") and "hộ" for a household,
        # so the proof list kept silent; the reader says "hoặc" before "công nhân",
        # "hộ chiếu" (its rate has words it never stands before).
        (
            "Toàn thể cán bộ/công nhân viên nhà máy tham gia hiến máu.",
            "cán bộ hoặc công nhân viên",
            "bộ/công",
        ),
        ("Mang theo thẻ căn cước/hộ chiếu khi làm thủ tục.", "căn cước hoặc hộ chiếu", "cước/hộ"),
    ],
)
def test_a_slash_said_or_before_a_word_that_is_also_a_unit_is_listed(
    text: str, said: str, token: str
) -> None:
    assert said in normalize(text).text
    assert _listed_or(text) == [token]


# Sentences with "/" between words read every way the reader knows.
_SLASHED = [
    "Mỗi em được tặng 5 quyển vở/học sinh và 2 bộ quần áo.",
    "Giá bán lẻ hiện khoảng 2,5 triệu đồng/bao loại 50 kg.",
    "Toàn thể cán bộ/công nhân viên nhà máy tham gia hiến máu.",
    "Mỗi tổ gồm 5 thành viên/tổ, họp 2 lần/tháng.",
    "Thưởng 3 điểm/môn cho học sinh đạt giải.",
    "Chọn 3 học sinh/lớp trưởng dự họp.",
    "Công an xã/phường và huyện/thị xã cùng vào cuộc.",
    "Đội có 200 thanh niên/đoàn viên ra quân.",
    "Giá vàng 8,5 triệu đồng/chỉ, hỗ trợ 1,7 kg/hộp.",
    "Hội nạn nhân chất độc da cam/dioxin thăm hỏi gia đình.",
    "Chị Hoa – Trưởng thôn/Bí thư chi bộ cho biết.",
    "Hướng dẫn/chỉ đạo của cấp trên về học tập/lao động.",
]


@pytest.mark.parametrize("text", _SLASHED)
def test_every_or_listed_is_said_and_every_or_said_is_listed_or_sure(text: str) -> None:
    reading = normalize(text)
    spoken = reading.text.casefold()
    listed = {t.casefold() for t in _listed_or(text)}
    for token in listed:
        a, b = token.split("/")
        assert f"{a} hoặc {b}" in spoken, token
    for m in re.finditer(r"(?<![\w/])([^\W\d_]{2,})/([^\W\d_]{2,})(?![\w/])", text):
        a, b = m[1].casefold(), m[2].casefold()
        if m[1].isupper() or m[2].isupper() or f"{a} hoặc {b}" not in spoken:
            continue
        places = {"xã", "phường", "huyện", "thị"}
        assert m[0].casefold() in listed or {a, b} <= places, m[0]


# A number and a year joined by a dash: the reader says a month of the year ("từ
# 6-2024"), the number then the year ("lần thứ 6 - 2025", "giải 15-2025") or a span
# ("đến 11 - 2025"); the proof list said "số rồi năm" whatever it said (twin12).
def _year_doubts(text: str) -> list[tuple[str, str]]:
    return [
        (w.token, w.message)
        for w in normalize(text).warnings
        if "2025" in w.token or "2024" in w.token
    ]


def test_a_month_and_year_before_a_count_is_listed_as_read_a_month() -> None:
    text = "Từ 6-2024 học sinh vùng khó được miễn học phí."
    assert "Từ tháng sáu năm hai nghìn không trăm hai mươi tư học sinh" in normalize(text).text
    [(token, message)] = _year_doubts(text)
    assert token == "6-2024"
    assert "được đọc là tháng 6 năm 2024" in message  # was "số rồi năm"


def test_a_number_and_year_read_as_a_span_is_listed_as_a_span() -> None:
    text = "Dự kiến đến 11 - 2025 xe buýt điện sẽ chạy thử."
    assert "đến mười một đến hai nghìn không trăm hai mươi lăm xe buýt" in normalize(text).text
    [(token, message)] = _year_doubts(text)
    assert token == "11 - 2025"
    assert "được đọc là khoảng ('11 đến 2025')" in message  # was "số rồi năm"


@pytest.mark.parametrize(
    ("text", "said", "token"),
    [
        (
            "Đại hội thi đua yêu nước lần thứ 6 - 2025 được tổ chức trọng thể.",
            "lần thứ sáu, năm hai nghìn không trăm hai mươi lăm",
            "6 - 2025",
        ),
        (
            "Giải bóng đá 15-2025 khai mạc sáng nay.",
            "mười lăm, hai nghìn không trăm hai mươi lăm",
            "15-2025",
        ),
    ],
)
def test_a_number_then_a_year_is_listed_as_read(text: str, said: str, token: str) -> None:
    assert said in normalize(text).text
    [(listed, message)] = _year_doubts(text)
    assert listed == token
    assert "được đọc là số rồi năm" in message


def test_a_month_and_year_with_nothing_counted_after_is_not_listed() -> None:
    text = "Đến 9-2025, cả xã đã có điện."
    assert "Đến tháng chín năm hai nghìn không trăm hai mươi lăm," in normalize(text).text
    assert _year_doubts(text) == []


# Two numbers joined by "/" or "-": the proof list said "ngày tháng" or "khoảng" by its
# own copy of the calendar's rules; the reader now records each day it says with its
# month (said.SaidDate) and the days it says as days of one month, and the "tỉ lệ
# chọi" rule is one function both call (dates.contest_ratios) (twin12).
def _pair_doubts(text: str, token: str) -> list[str]:
    return [w.message for w in normalize(text).warnings if w.token == token]


def test_a_contest_ratio_is_listed_as_read_one_in_so_many() -> None:
    text = "Tỉ lệ chọi vào lớp 10 năm nay là 1/4."
    assert "là một trên bốn" in normalize(text).text
    [message] = _pair_doubts(text, "1/4")
    assert "được đọc là 'trên'" in message  # was "được đọc là ngày tháng"


def test_a_span_after_a_span_of_members_is_not_listed_as_a_date() -> None:
    text = "Mỗi đội cử từ 3 đến 4-5 thành viên dự thi."
    assert "từ ba đến bốn đến năm thành viên" in normalize(text).text
    messages = _pair_doubts(text, "4-5")
    assert any("được đọc là khoảng ('đến')" in m for m in messages)
    assert not any("được đọc là ngày tháng" in m for m in messages)  # was "ngày cuối …"


def test_days_after_ngay_said_as_a_span_of_numbers_are_listed() -> None:
    text = "Các đội thi đấu vòng bảng ngày 2 đến 6-9 tại nhà thi đấu."
    assert "ngày hai đến sáu đến chín" in normalize(text).text
    [message] = _pair_doubts(text, "6-9")  # was silent: taken for a date after "ngày"
    assert "được đọc là khoảng ('đến')" in message


def test_days_in_brackets_said_as_a_date_are_listed_as_a_date() -> None:
    text = "Hội chợ mở cửa hai ngày (7 và 8-9) tại sân vận động."
    assert "mồng tám tháng chín" in normalize(text).text
    [message] = _pair_doubts(text, "8-9")
    assert "được đọc là ngày tháng" in message  # was "được đọc là khoảng ('đến')"


@pytest.mark.parametrize(
    "text",
    [
        "Từ ngày 5 - 10 tháng 9 có mưa rào.",
        "Chi hội họp vào ngày 5-6 hàng tháng.",
        "Hội thi diễn ra ngày 6-7-8/9 tại nhà văn hóa.",
        "Nghỉ lễ Quốc khánh 2-9 theo quy định.",
    ],
)
def test_days_said_as_days_are_not_listed_as_a_span(text: str) -> None:
    assert not any("khoảng ('đến')" in m for m in messages(text))


def test_a_ratio_with_a_decimal_is_listed_whole_as_read_not_as_a_date() -> None:
    text = "Tỉ lệ nam nữ ở xã là 1/1,5."
    assert "là một trên một phẩy năm" in normalize(text).text
    # was "'1/1' được đọc là ngày tháng" (the first of January)
    assert _pair_doubts(text, "1/1") == []
    [message] = _pair_doubts(text, "1/1,5")
    assert "được đọc là 'trên'" in message


@pytest.mark.parametrize(
    ("text", "token", "claim"),
    [
        ("Đường 3/2 được trải nhựa lại.", "3/2", "được đọc là tên"),
        ("Sửa đường 3/2 từ tháng này.", "3/2", "được đọc là ngày"),
        ("Có 3/10 hộ được hỗ trợ.", "3/10", "được đọc là 'trên'"),
    ],
)
def test_a_slashed_pair_keeps_the_claim_the_reader_agrees_with(
    text: str, token: str, claim: str
) -> None:
    [message] = _pair_doubts(text, token)
    assert claim in message


# A number after "điện thoại" with no phone's shape: the proof list said "được đọc từng
# chữ số" whatever the reader did; it reads a count of places after it as a number
# (reading._COUNTED_AFTER_PHONE_WORD) and records what it dialled (Said.dialled).
def test_a_count_after_a_phone_word_is_listed_as_read_a_count() -> None:
    text = "Tỉnh công bố số điện thoại 25 bệnh viện tuyến huyện."
    assert "số điện thoại hai mươi lăm bệnh viện" in normalize(text).text
    [message] = _pair_doubts(text, "25")
    assert "được đọc là số lượng" in message  # was "được đọc từng chữ số"


def test_a_short_number_dialled_after_a_phone_word_is_listed_as_dialled() -> None:
    text = "Cần hỗ trợ, gọi điện thoại 1022 của tổng đài."
    assert "gọi điện thoại một không hai hai" in normalize(text).text
    [message] = _pair_doubts(text, "1022")
    assert "được đọc từng chữ số" in message


# Two more twins made one: days listed with a comma ("ngày 14,15/4") are not listed as
# a decimal where the reader recorded them as days, and "trong" after a price is the
# reader's own list of spans of time (numbers.WITHIN_WORDS).
@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Hội thi diễn ra ngày 14,15/4 tại nhà văn hóa xã.", False),
        ("Lễ dâng hương diễn ra vào 14,15/4 hằng năm.", True),
    ],
)
def test_days_typed_with_a_comma_are_listed_as_a_decimal_only_where_said_so(
    text: str, listed: bool
) -> None:
    spoken = normalize(text).text
    assert ("mười bốn phẩy mười lăm" in spoken) is listed
    assert bool(_pair_doubts(text, "14,15/4")) is listed


def test_a_price_within_a_span_of_time_is_listed_with_trong() -> None:
    text = "Thuê xe đạp 30.000 đồng/2 tiếng tại bến."
    assert "đồng trong hai tiếng" in normalize(text).text
    [message] = _pair_doubts(text, "đồng/2 tiếng")
    assert "đọc 'trong 2 …'" in message
