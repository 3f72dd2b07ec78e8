"""The abbreviation dictionary as data, and the campaign's own units scoped to
its own place.

The dictionary's sentences here are written for each family, not taken from the
reading corpus."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from campaign.broadcast import normalize
from campaign.broadcast.abbreviations import ABBREVIATIONS, Lexicon, load_dictionary

from .reading import messages, said

_DATA = Path(__file__).resolve().parents[2] / "campaign" / "data" / "abbreviations.yml"

# --- the dictionary file ----------------------------------------------------------


def _sections() -> list[tuple[str, list[str]]]:
    """Each section's keys in file order, duplicates kept (``yaml.safe_load`` would
    silently keep the last of two equal keys)."""
    root = yaml.compose(_DATA.read_text(encoding="utf-8"))
    assert isinstance(root, yaml.MappingNode)
    return [
        (name.value, [key.value for key, _ in section.value])
        for name, section in root.value
        if isinstance(section, yaml.MappingNode)
    ]


def test_every_entry_loads() -> None:
    keys = [k for _, section in _sections() for k in section]
    assert len(load_dictionary()) == len(keys) == len(ABBREVIATIONS)


def test_no_key_is_listed_twice() -> None:
    seen: dict[str, str] = {}
    twice = []
    for name, keys in _sections():
        for key in keys:
            if key in seen:
                twice.append(f"{key}: {seen[key]}, {name}")
            seen[key] = name
    assert twice == []


# A reading is words: letters, spaces, hyphens inside loanwords, commas between
# parts ("phòng cháy, chữa cháy"), a spaced dash between the parts of a compound
# name ("Lao động - Thương binh và Xã hội").
_SPOKEN = re.compile(r"[^\W\d_]+(?:(?:[ -]|, | - )[^\W\d_]+)*")


def _not_spoken(reading: str) -> list[str]:
    words = re.findall(r"[^\W\d_]+", reading)
    caps = [w for w in words if len(w) >= 2 and w.isupper()]
    return caps if _SPOKEN.fullmatch(reading) else [reading]


def test_every_reading_is_words_with_no_digit_symbol_or_abbreviation() -> None:
    bad = {k: v for k, v in ABBREVIATIONS.items() if _not_spoken(v)}
    assert bad == {}


def test_every_reading_is_nfc() -> None:
    assert [v for v in ABBREVIATIONS.values() if unicodedata.normalize("NFC", v) != v] == []


# --- the campaign's own units are scoped to its own place -------------------------

UNITS = {
    "UBND tỉnh": "Ủy ban nhân dân tỉnh Lạng Sơn",
    "TTYT": "Trung tâm Y tế huyện Văn Quan",
    "SYT": "Sở Y tế tỉnh Lạng Sơn",
    "TU": "Ban Thường vụ Thị ủy",
}


def _said(text: str) -> str:
    return normalize(text, abbreviations=UNITS).text


def test_a_unit_of_the_campaign_is_said_with_its_place() -> None:
    assert _said("UBND tỉnh vừa ban hành kế hoạch.") == (
        "Ủy ban nhân dân tỉnh Lạng Sơn vừa ban hành kế hoạch."
    )
    assert _said("TTYT tổ chức tiêm chủng.") == (
        "Trung tâm Y tế huyện Văn Quan tổ chức tiêm chủng."
    )


def test_news_quoting_another_place_does_not_get_the_campaigns_place() -> None:
    assert _said("UBND tỉnh Nghệ An vừa ban hành kế hoạch.") == (
        "Ủy ban nhân dân tỉnh Nghệ An vừa ban hành kế hoạch."
    )
    assert _said("TTYT Đồng Hỷ tổ chức tiêm chủng.") == (
        "Trung tâm Y tế Đồng Hỷ tổ chức tiêm chủng."
    )
    assert _said("TTYT huyện Đồng Hỷ tổ chức tiêm chủng.") == (
        "Trung tâm Y tế huyện Đồng Hỷ tổ chức tiêm chủng."
    )
    assert _said("Theo SYT Nghệ An, số ca giảm.") == "Theo Sở Y tế Nghệ An, số ca giảm."


def test_the_campaigns_own_place_named_again_is_said_once() -> None:
    assert _said("UBND tỉnh Lạng Sơn chỉ đạo.") == "Ủy ban nhân dân tỉnh Lạng Sơn chỉ đạo."


def test_an_entry_that_adds_no_place_is_not_scoped() -> None:
    # "Ban Thường vụ Thị ủy" names no place: a capital after it changes nothing
    assert _said("TU Sơn Tây họp.") == "Ban Thường vụ Thị ủy Sơn Tây họp."
    assert Lexicon(UNITS).scoped == frozenset({"UBND tỉnh", "TTYT", "SYT"})


def test_a_scoped_key_with_no_built_in_reading_is_left_and_listed() -> None:
    reading = normalize("XYZT Hà Giang họp.", abbreviations={"XYZT": "Tổ X huyện Văn Quan"})
    assert reading.text == "XYZT Hà Giang họp."
    assert any("XYZT" in w.message for w in reading.warnings)


# --- leftovers seen on real texts: the general causes ------------------------------


def test_two_posts_joined_by_a_slash_are_one_or_the_other() -> None:
    # "CT" was taken for the "chỉ thị" of a document symbol
    assert said("Đồng chí CT/PCT UBND xã chủ trì.") == (
        "Đồng chí Chủ tịch hoặc Phó Chủ tịch Ủy ban nhân dân xã chủ trì."
    )
    # a post before an issuing body is still a document symbol
    assert said("Thực hiện 15-CT/TU.") == "Thực hiện mười lăm, chỉ thị của Tỉnh ủy."
    assert said("Theo CT/TU về việc này.") == "Theo chỉ thị của Tỉnh ủy về việc này."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Số F0 đang điều trị tại nhà giảm.", "Số ép không đang điều trị tại nhà giảm."),
        ("Các F1 phải cách ly bảy ngày.", "Các ép một phải cách ly bảy ngày."),
        ("Ngô lai F1 cho năng suất cao.", "Ngô lai ép một cho năng suất cao."),
    ],
)
def test_a_letter_the_alphabet_lacks_is_said_by_its_name_in_a_code(
    written: str, spoken: str
) -> None:
    assert said(written) == spoken


def test_a_letter_alone_is_still_a_letter() -> None:
    assert said("Vitamin F có trong dầu thực vật.") == "Vitamin F có trong dầu thực vật."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Giá lúa OM5451 tăng nhẹ.", "Giá lúa ô mờ năm bốn năm một tăng nhẹ."),
        (
            "Giống lúa OM18 và OM 4900 được ưa chuộng.",
            "Giống lúa ô mờ mười tám và ô mờ bốn chín không không được ưa chuộng.",
        ),
        ("Gạo ST25 đạt giải.", "Gạo sờ tê hai mươi lăm đạt giải."),
        ("Lúa tươi IR50404 có giá thấp.", "Lúa tươi i rờ năm không bốn không bốn có giá thấp."),
    ],
)
def test_a_crop_variety_code_is_letters_then_digits(written: str, spoken: str) -> None:
    assert said(written) == spoken


def test_a_code_that_is_not_a_variety_is_not_read_as_one() -> None:
    assert said("Xe OM5451 đỗ bên đường.") != "Xe ô mờ năm bốn năm một đỗ bên đường."


def test_dt_before_a_phone_number_is_a_phone() -> None:
    assert said("ĐT: 0912.345.678") == "Điện thoại: không chín một hai, ba bốn năm, sáu bảy tám"


def test_dt_in_a_text_about_a_school_is_training() -> None:
    assert said("Sinh viên liên hệ phòng ĐT để đăng ký học phần.") == (
        "Sinh viên liên hệ phòng đào tạo để đăng ký học phần."
    )
    # the school named on an earlier line of the same text counts
    text = "Trường Cao đẳng Y tế thông báo.\nPhòng ĐT sẽ gửi lịch."
    assert normalize(text).text.splitlines()[1] == "Phòng đào tạo sẽ gửi lịch."


def test_dt_elsewhere_is_left_and_listed_never_guessed() -> None:
    text = "Phòng ĐT huyện đã làm việc."
    assert said(text) == text
    assert any("'ĐT'" in m for m in messages(text))
    # its compounds keep their one meaning
    assert said("ĐT nữ Việt Nam thắng.") == "Đội tuyển nữ Việt Nam thắng."
    assert said("Sở GD&ĐT họp.") == "Sở giáo dục và đào tạo họp."
