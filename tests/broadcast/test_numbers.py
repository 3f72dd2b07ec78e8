"""The Vietnamese number reader, case by case."""

from __future__ import annotations

import pytest

from campaign.broadcast.numbers import (
    parse_roman,
    read_day,
    read_decimal,
    read_digits,
    read_int,
    read_month,
    read_numeral,
    read_ordinal,
)

NORTH_CARDINALS = [
    (0, "không"),
    (1, "một"),
    (4, "bốn"),
    (5, "năm"),
    (7, "bảy"),
    (10, "mười"),
    (11, "mười một"),
    (14, "mười bốn"),
    (15, "mười lăm"),
    (19, "mười chín"),
    (20, "hai mươi"),
    (21, "hai mươi mốt"),
    (24, "hai mươi tư"),
    (25, "hai mươi lăm"),
    (31, "ba mươi mốt"),
    (44, "bốn mươi tư"),
    (55, "năm mươi lăm"),
    (70, "bảy mươi"),
    (99, "chín mươi chín"),
    (100, "một trăm"),
    (101, "một trăm linh một"),
    (104, "một trăm linh bốn"),
    (105, "một trăm linh năm"),
    (110, "một trăm mười"),
    (111, "một trăm mười một"),
    (115, "một trăm mười lăm"),
    (121, "một trăm hai mươi mốt"),
    (205, "hai trăm linh năm"),
    (999, "chín trăm chín mươi chín"),
    (1000, "một nghìn"),
    (1001, "một nghìn không trăm linh một"),
    (1010, "một nghìn không trăm mười"),
    (1015, "một nghìn không trăm mười lăm"),
    (1100, "một nghìn một trăm"),
    (1955, "một nghìn chín trăm năm mươi lăm"),
    (2002, "hai nghìn không trăm linh hai"),
    (2014, "hai nghìn không trăm mười bốn"),
    (2021, "hai nghìn không trăm hai mươi mốt"),
    (2024, "hai nghìn không trăm hai mươi tư"),
    (2025, "hai nghìn không trăm hai mươi lăm"),
    (5000, "năm nghìn"),
    (10005, "mười nghìn không trăm linh năm"),
    (15000, "mười lăm nghìn"),
    (21000, "hai mươi mốt nghìn"),
    (100000, "một trăm nghìn"),
    (105000, "một trăm linh năm nghìn"),
    (1_000_000, "một triệu"),
    (1_000_005, "một triệu không trăm linh năm"),
    (1_500_000, "một triệu năm trăm nghìn"),
    (2_050_000, "hai triệu không trăm năm mươi nghìn"),
    (1_000_000_000, "một tỷ"),
    (1_000_000_001, "một tỷ không trăm linh một"),
    (2_500_000_000, "hai tỷ năm trăm triệu"),
    (1_000_000_000_000, "một nghìn tỷ"),
    (1_000_500_000_000, "một nghìn tỷ năm trăm triệu"),
    (-5, "âm năm"),
    (-21, "âm hai mươi mốt"),
]


@pytest.mark.parametrize(("value", "spoken"), NORTH_CARDINALS)
def test_cardinal_north(value: int, spoken: str) -> None:
    assert read_int(value) == spoken


SOUTH_CARDINALS = [
    (24, "hai mươi bốn"),
    (34, "ba mươi bốn"),
    (14, "mười bốn"),
    (21, "hai mươi mốt"),
    (25, "hai mươi lăm"),
    (101, "một trăm lẻ một"),
    (105, "một trăm lẻ năm"),
    (1000, "một ngàn"),
    (1001, "một ngàn không trăm lẻ một"),
    (2024, "hai ngàn không trăm hai mươi bốn"),
    (1_500_000, "một triệu năm trăm ngàn"),
    (1_000_000_000_000, "một ngàn tỷ"),
]


@pytest.mark.parametrize(("value", "spoken"), SOUTH_CARDINALS)
def test_cardinal_south(value: int, spoken: str) -> None:
    assert read_int(value, "south") == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("05", "năm"),
        ("01", "một"),
        ("007", "bảy"),
        ("1.500.000", "một triệu năm trăm nghìn"),
        ("1.000.000.000.000", "một nghìn tỷ"),
        ("95,5", "chín mươi lăm phẩy năm"),
        ("0,05", "không phẩy không năm"),
        ("3,14", "ba phẩy mười bốn"),
        ("2,125", "hai phẩy một trăm hai mươi lăm"),
        ("2,1254", "hai phẩy một hai năm bốn"),
        ("1.000,5", "một nghìn phẩy năm"),
        ("-3", "âm ba"),
        ("−3", "âm ba"),
    ],
)
def test_written_numerals(written: str, spoken: str) -> None:
    assert read_numeral(written) == spoken


@pytest.mark.parametrize("written", ["", "abc", "1/2", "1.2.3,"])
def test_rejects_what_is_not_a_numeral(written: str) -> None:
    with pytest.raises(ValueError, match="not a numeral"):
        read_numeral(written)


@pytest.mark.parametrize(
    ("fraction", "spoken"),
    [
        ("5", "năm"),
        ("25", "hai mươi lăm"),
        ("05", "không năm"),
        ("125", "một trăm hai mươi lăm"),
        ("1254", "một hai năm bốn"),
    ],
)
def test_decimal_part(fraction: str, spoken: str) -> None:
    assert read_decimal(fraction) == spoken


@pytest.mark.parametrize(
    ("digits", "spoken"),
    [
        ("115", "một một năm"),
        ("0205", "không hai không năm"),
        ("1900", "một chín không không"),
        ("0912.345", "không chín một hai ba bốn năm"),
    ],
)
def test_digits_one_by_one(digits: str, spoken: str) -> None:
    assert read_digits(digits) == spoken


@pytest.mark.parametrize(
    ("value", "spoken"),
    [
        (1, "nhất"),
        (2, "hai"),
        (3, "ba"),
        (4, "tư"),
        (7, "bảy"),
        (14, "mười bốn"),
        (24, "hai mươi tư"),
    ],
)
def test_ordinals(value: int, spoken: str) -> None:
    assert read_ordinal(value) == spoken


@pytest.mark.parametrize(
    ("day", "north", "south"),
    [
        (1, "mồng một", "mùng một"),
        (4, "mồng bốn", "mùng bốn"),
        (10, "mồng mười", "mùng mười"),
        (11, "mười một", "mười một"),
        (21, "hai mươi mốt", "hai mươi mốt"),
        (24, "hai mươi tư", "hai mươi bốn"),
        (31, "ba mươi mốt", "ba mươi mốt"),
    ],
)
def test_days(day: int, north: str, south: str) -> None:
    assert read_day(day) == north
    assert read_day(day, "south") == south


@pytest.mark.parametrize(
    ("month", "spoken"),
    [
        (1, "một"),
        (2, "hai"),
        (3, "ba"),
        (4, "tư"),
        (5, "năm"),
        (6, "sáu"),
        (7, "bảy"),
        (8, "tám"),
        (9, "chín"),
        (10, "mười"),
        (11, "mười một"),
        (12, "mười hai"),
    ],
)
def test_months(month: int, spoken: str) -> None:
    assert read_month(month) == spoken


@pytest.mark.parametrize(
    ("roman", "value"),
    [
        ("I", 1),
        ("IV", 4),
        ("IX", 9),
        ("XIII", 13),
        ("XIV", 14),
        ("XXI", 21),
        ("XL", 40),
        ("MCMLV", 1955),
        ("IIII", None),
        ("VX", None),
        ("", None),
        ("ABC", None),
    ],
)
def test_roman_numerals(roman: str, value: int | None) -> None:
    assert parse_roman(roman) == value
