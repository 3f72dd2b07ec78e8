"""Review 17 (issue 17, round 13): silent misreadings of the rules and dictionary
entries that tune-apq, review16, spell13, dict13 and twin13 added, found with
sentences written for the purpose (none from the corpus)."""

from __future__ import annotations

import pytest

from campaign.broadcast.abbreviations import load_dictionary

from .reading import messages, said

_UNKNOWN = "chữ viết tắt chưa biết"

# --- tune-apq: '1m3' before what is measured by volume (reading._VOLUME_AFTER) -------


def test_a_height_before_skin_is_no_cubic_metre() -> None:
    # "nước da" is skin, not water: the height stays a height and is listed as one
    # (was "một mét khối nước da trắng", silent).
    text = "Em bé cao 1m3 nước da trắng."
    assert said(text) == "Em bé cao một mét ba nước da trắng."
    assert any("'1m3'" in m for m in messages(text))
    # water after it is still a cubic metre
    assert said("Mỗi hộ dùng 1m3 nước sạch.") == "Mỗi hộ dùng một mét khối nước sạch."


@pytest.mark.parametrize(
    ("text", "spoken"),
    [
        # was "một m năm mươi", the letter left, silent
        ("Lũ lên cao 1m40 nước vào nhà.", "Lũ lên cao một mét bốn mươi nước vào nhà."),
        ("Hố sâu 1m20 nước đọng lâu ngày.", "Hố sâu một mét hai mươi nước đọng lâu ngày."),
        # was "một mét vuông", silent
        ("Mực nước cao 1m2 nước tràn qua đường.", "Mực nước cao một mét hai nước tràn qua đường."),
    ],
)
def test_only_m3_before_water_is_a_volume(text: str, spoken: str) -> None:
    assert said(text) == spoken


# --- dict13: letters with another meaning in ordinary news -------------------------


@pytest.mark.parametrize(
    ("text", "key", "meaning"),
    [
        # thụ tinh nhân tạo of livestock news
        ("Hợp tác xã hỗ trợ TTNT cho đàn bò lai.", "TTNT", "trí tuệ nhân tạo"),
        # pounds of weight
        ("Quả tạ nặng 10 LBS.", "LBS", "cầu dao phụ tải"),
        # the British Foreign Office
        ("Khuyến cáo của FCO Anh được đăng lại.", "FCO", "cầu chì tự rơi"),
        # the aorta of hospital news
        ("Bệnh nhân bị phình ĐMC bụng được mổ cấp cứu.", "ĐMC", "môi trường"),
        # Điện Biên's television
        ("Phóng viên ĐTV đưa tin về lễ hội hoa ban.", "ĐTV", "điều tra viên"),
    ],
)
def test_letters_of_two_meanings_are_not_said_as_one(text: str, key: str, meaning: str) -> None:
    assert key not in load_dictionary()
    assert meaning not in said(text)
    assert [m for m in messages(text) if _UNKNOWN in m and f"'{key}'" in m]


# --- a ticker the dictionary reads as common words (reading._ticker_doubts) ---------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Cổ phiếu HSL và VCB cùng tăng trong phiên.", "HSL"),
        ("Các mã SBT, FPT đều tăng trần.", "SBT"),
    ],
)
def test_a_ticker_named_by_co_phieu_is_listed_with_no_move_after_it(text: str, key: str) -> None:
    # dict13's 'hệ số lương', 'sách bài tập' after "cổ phiếu"/"các mã" in a line about
    # shares were said with no warning when no price move followed the letters.
    assert [m for m in messages(text) if f"'{key}'" in m and "mã cổ phiếu" in m]


def test_the_same_letters_outside_a_line_about_shares_are_not_listed() -> None:
    text = "Lương tính theo HSL nhân LCS."
    assert said(text) == "Lương tính theo hệ số lương nhân lương cơ sở."
    assert messages(text) == []


# --- "TT" before a person's full name (reading._neighbour_reading) ------------------


@pytest.mark.parametrize(
    "text",
    ["TT Phạm Minh Chính chủ trì phiên họp.", "Cán bộ học tập, làm theo TT Hồ Chí Minh."],
)
def test_tt_before_a_full_name_is_no_town(text: str) -> None:
    # Thủ tướng, tư tưởng: both were "thị trấn", silent.
    assert "thị trấn" not in said(text).casefold()
    assert [m for m in messages(text) if "'TT'" in m]


def test_tt_before_a_town_of_two_syllables_is_still_a_town() -> None:
    text = "TT Văn Quan tổ chức lễ hội."
    assert said(text) == "Thị trấn Văn Quan tổ chức lễ hội."
    assert messages(text) == []


# --- roads and phones after "ĐT", "ĐH" (abbreviations._key_pattern, reading._read_dt) --


@pytest.mark.parametrize(
    "text", ["Tiền vệ Minh được triệu tập lên ĐT.", "Tiền vệ Minh được gọi vào ĐT. Anh rất vui."]
)
def test_dt_with_the_sentence_stop_is_no_provincial_road(text: str) -> None:
    # The national team ("đội tuyển"): was "đường tỉnh", the sentence's stop dropped, silent.
    assert "đường tỉnh" not in said(text).casefold()
    assert said(text).rstrip().endswith(".")
    assert [m for m in messages(text) if "'ĐT'" in m]


def test_a_district_road_is_said_so() -> None:
    # was "Tuyến Đại học. mười hai", silent
    assert said("Tuyến ĐH.15 dài 4 km.") == "Tuyến đường huyện mười lăm dài bốn ki-lô-mét."
    assert said("Đường ĐH 15 qua xã.") == "Đường huyện mười lăm qua xã."
    # a university stays one, and a provincial road a road
    assert said("Tuyển sinh ĐH 2025.") == "Tuyển sinh Đại học hai nghìn không trăm hai mươi lăm."
    assert said("Đường ĐT.742 qua xã.") == "Đường tỉnh bảy bốn hai qua xã."


@pytest.mark.parametrize("text", ["Liên hệ ĐT 0206 3851 234.", "Liên hệ ĐT. 0206 3851 234."])
def test_a_phone_after_dt_is_a_phone(text: str) -> None:
    # was "điện thoạikhông hai…" (the first group taken for a road) and "Đường tỉnh", silent
    assert said(text) == "Liên hệ điện thoại không hai không sáu, ba tám năm một, hai ba bốn."


# --- stopped title letters in a business's name (abbreviations.DOTTED_TITLE) --------


def test_stopped_letters_in_a_company_name_are_no_title() -> None:
    # review16 read them as a title before a full name: was "Tiến sĩ Hoàng Long", silent
    text = "Công ty TNHH T.S. Hoàng Long trúng thầu gói số 2."
    assert "Tiến sĩ" not in said(text)
    assert [m for m in messages(text) if "'T.S.'" in m]
    # before a person the title stands
    assert said("T.S. Lê Văn Hưng bảo vệ luận án.") == "Tiến sĩ Lê Văn Hưng bảo vệ luận án."
