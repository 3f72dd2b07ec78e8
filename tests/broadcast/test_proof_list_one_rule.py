"""The proof list asks the reader's own rules what the words around a form decide.

doubts.py kept copies of rules that dates.py holds (what is said): its own list of the
words after which "2-9" is a date, which had drifted from the reader's (dates._DAY_WORDS).
It listed dates the reader's words decide ("đến 5 giờ 22-8", "Sáng mai 6-11"), and it
took any "nay" or "qua" for a day's word ("Hiện nay 5-6 xã", "tuần qua 5-6 hộ" were
listed as dates said as spans). One list now serves both (twin13). Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from campaign.broadcast.reading import normalize


def _listed(text: str, token: str) -> list[str]:
    return [w.message for w in normalize(text).warnings if w.token == token]


@pytest.mark.parametrize(
    ("text", "said", "token"),
    [
        # The reader reads a date after these words; the proof list said it guessed.
        ("Đường cấm xe tải đến 6 giờ 25-7 để sửa cầu.", "sáu giờ hai mươi lăm tháng bảy", "25-7"),
        ("Sáng mai 6-11 trời rét đậm ở vùng núi.", "Sáng mai mồng sáu tháng mười một", "6-11"),
        ("Tối mai 14-2 có chiếu phim ở nhà văn hóa.", "Tối mai mười bốn tháng hai", "14-2"),
    ],
)
def test_a_date_the_readers_day_word_decides_is_not_listed(
    text: str, said: str, token: str
) -> None:
    assert said in normalize(text).text
    assert _listed(text, token) == []


@pytest.mark.parametrize(
    ("text", "said", "token"),
    [
        ("Hiện nay 4-5 xã đã làm xong đường giao thông.", "bốn đến năm xã", "4-5"),
        ("Trong tuần qua 7-8 hộ được hỗ trợ lúa giống.", "bảy đến tám hộ", "7-8"),
    ],
)
def test_nay_or_qua_that_names_no_day_lists_no_date(text: str, said: str, token: str) -> None:
    assert said in normalize(text).text
    assert _listed(text, token) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Yesterday's part of the day, as "sáng nay" is today's: a dateline's date.
        ("Sáng qua 9-10, hội nông dân xã ra quân làm đường.", "Sáng qua mồng chín tháng mười"),
        ("Chiều qua 12-4 có mưa đá ở hai thôn.", "Chiều qua mười hai tháng tư"),
    ],
)
def test_a_pair_after_yesterdays_part_of_the_day_is_a_date(text: str, said: str) -> None:
    assert said in normalize(text).text
    assert normalize(text).warnings == []


def test_a_span_after_a_day_word_before_people_counted_stays_listed() -> None:
    # The words say a date, the reader said so many: the editor is told, as before.
    text = "Sáng sớm 3-4 người dân đã ra đồng."
    assert "ba đến bốn người" in normalize(text).text
    assert any("khoảng" in m for m in _listed(text, "3-4"))


# --- days counted: "mỗi ngày", "hằng ngày" open no list of dates (twin 2) ------------
# The proof list knew it (doubts._DAYS_COUNTED), the reader did not: it read the days of
# a list and was listed only where no unit followed ("Hằng ngày 2 và 3-4 lần" was
# "mồng hai và mồng ba tháng tư lần", silent). One rule now: dates.COUNTED_DAYS_BEFORE.


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hằng ngày 1 và 2-3 lần nhỏ thuốc vào mắt.", "Hằng ngày một và hai đến ba lần"),
        ("Mỗi ngày 4, 5-6 ly nước là đủ cho trẻ.", "Mỗi ngày bốn, năm đến sáu ly"),
    ],
)
def test_days_counted_before_a_list_are_not_dates(text: str, said: str) -> None:
    assert said in normalize(text).text
    assert "tháng" not in normalize(text).text
    # no "ngày 1 đọc không có 'mồng'": "mỗi ngày" names no day of a month
    assert not any("mồng" in w.message for w in normalize(text).warnings)


def test_days_of_a_list_after_ngay_are_still_dates() -> None:
    text = "Chợ phiên họp các ngày 11, 12 và 13-5 ở bãi sông."
    assert "mười một, mười hai và mười ba tháng năm" in normalize(text).text
    assert _listed(text, "13-5") == []


# --- a short height: the entry reports the reader's record (said.heights, twin 4) ------


def test_a_short_height_the_reader_said_is_listed_once_with_its_reading() -> None:
    text = "Cầu thủ trẻ cao 1m9, nặng 80 kg, vào sân ở hiệp hai."
    reading = normalize(text)
    assert "cao một mét chín," in reading.text
    entries = [w.message for w in reading.warnings if w.token == "1m9"]
    assert entries == ["'1m9' được đọc là chiều cao ('1 mét 9'); nếu là diện tích (m²), hãy sửa"]


def test_an_area_in_square_metres_is_no_height() -> None:
    text = "Mỗi phòng học rộng 54m2, đủ cho ba mươi em."
    assert "năm mươi tư mét vuông" in normalize(text).text
    assert not any("chiều cao" in w.message for w in normalize(text).warnings)


# --- a dotted number the reader dialled: from its record (said.dialled, twin 3) -------
# The proof list took "0x.yy" then a phone's groups for a phone number by a shape of its
# own (doubts._PHONE_REST); the reader dials it only after words that announce it. It was
# silent where the reader said "bốn chấm ba mươi hai …" and listed a number it dialled.


def test_a_dotted_number_the_reader_did_not_dial_is_listed() -> None:
    text = "Cần hỗ trợ xin gọi số 04.36 252 252 trong giờ hành chính."
    reading = normalize(text)
    assert "bốn chấm ba mươi sáu" in reading.text
    assert [w.token for w in reading.warnings if "dấu chấm" in w.message] == ["04.36"]


def test_a_dotted_number_the_reader_dialled_is_not_listed() -> None:
    text = "Liên hệ văn phòng xã qua số 029.37 654 321 vào buổi sáng."
    reading = normalize(text)
    assert "không hai chín, ba bảy, sáu năm bốn, ba hai một" in reading.text
    assert not [w for w in reading.warnings if "dấu chấm" in w.message]


def test_an_old_area_code_after_la_is_dialled_and_not_listed() -> None:
    text = "Đường dây nóng của sở là 08.39 111 222."
    reading = normalize(text)
    assert "không tám, ba chín, một một một, hai hai hai" in reading.text
    assert not [w for w in reading.warnings if "dấu chấm" in w.message]


# --- a bracket after a scale: one rule, dates.scale_before (twin 6, same-named rules) --


def test_a_bracket_after_a_scale_is_no_date_for_reader_or_proof_list() -> None:
    text = "Nguy cơ cháy rừng ở cấp cao (4-5) trong tuần này."
    reading = normalize(text)
    assert "tháng" not in reading.text
    assert not any("trong ngoặc" in w.message for w in reading.warnings)


def test_a_bracket_alone_is_a_date_and_says_so() -> None:
    text = "Hội thi văn nghệ của xã (3-6) có mười đội."
    reading = normalize(text)
    assert "mồng ba tháng sáu" in reading.text
    assert [w.token for w in reading.warnings if "trong ngoặc" in w.message] == ["3-6"]
