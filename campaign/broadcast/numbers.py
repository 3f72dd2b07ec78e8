"""Vietnamese number reader: how an announcer says a number aloud.

The rules follow the spoken language, not a word-for-word digit mapping:

* ``mốt`` replaces ``một`` only after ``mươi`` (21, 31 …), never after ``mười``;
* ``lăm`` replaces ``năm`` after ``mười``/``mươi`` (15, 25 …);
* ``tư`` replaces ``bốn`` after ``mươi`` in the North (24 → "hai mươi tư");
* a zero tens digit between a hundreds place and a non-zero unit is said
  ``linh`` (North) or ``lẻ`` (South): 105 → "một trăm linh năm";
* a group that follows a higher group is read in full, so 1001 is
  "một nghìn không trăm linh một" and 10005 "mười nghìn không trăm linh năm";
* zero groups are skipped: 1.000.005 → "một triệu không trăm linh năm";
* above a billion the scale words stack: 10¹² → "một nghìn tỷ".
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = [
    "COMMA_GROUPED_DONG",
    "DEGREE_AS_ZERO",
    "DIGITS",
    "RUN_DISTANCE",
    "SPACED_NUMBER_CHAIN",
    "SPOKEN_NUMBER_WORDS",
    "TEMPERATURE_LINE",
    "VARIETY_CODE",
    "VARIETY_RUN",
    "WITHIN_WORDS",
    "Dialect",
    "parse_roman",
    "read_day",
    "read_decimal",
    "read_digits",
    "read_int",
    "read_month",
    "read_numeral",
    "read_ordinal",
    "run_distance",
]

Dialect = Literal["north", "south"]

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# The words a number is said with up to the thousands, as a regex alternation, for the
# rules that look at a number already said ("hai mươi lăm tháng ba", "hai nghìn ha");
# each adds its own words (a day's "mồng", a scale's "triệu") with "linh|lẻ" after them.
SPOKEN_NUMBER_WORDS = (
    "không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn"
)

# "mm/3 giờ", "đồng/2 tháng": a span of time after "/" and a number, said "trong"
# (within), not "trên" (reading._WITHIN; the proof list names the word it said).
WITHIN_WORDS = ("giờ", "ngày", "tháng", "năm", "phút", "tuần", "tiếng")

_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_NUMERAL = re.compile(r"([-−]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?")


def _thousand(dialect: Dialect) -> str:
    return "ngàn" if dialect == "south" else "nghìn"


def _zero_tens(dialect: Dialect) -> str:
    return "lẻ" if dialect == "south" else "linh"


def _group(value: int, *, full: bool, dialect: Dialect) -> list[str]:
    """Words for 0–999; ``full`` reads the hundreds even when zero."""
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if full or hundreds:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append(_zero_tens(dialect))
            words.append(DIGITS[units])
        return words
    if tens == 1:
        words.append("mười")
        if units == 5:
            words.append("lăm")
        elif units:
            words.append(DIGITS[units])
        return words
    words += [DIGITS[tens], "mươi"]
    if units == 1:
        words.append("mốt")
    elif units == 4:
        words.append("tư" if dialect == "north" else "bốn")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return words


def _below_billion(value: int, *, full: bool, dialect: Dialect) -> list[str]:
    scales = ("", _thousand(dialect), "triệu")
    groups: list[int] = []
    while value:
        value, group = divmod(value, 1000)
        groups.append(group)
    words: list[str] = []
    leading = not full
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        words += _group(group, full=not leading, dialect=dialect)
        if scales[index]:
            words.append(scales[index])
        leading = False
    return words


def _words(digits: str, *, dialect: Dialect) -> list[str]:
    """Words for a positive integer written without leading zeros.

    Taken as nine-digit groups of the written digits: each "tỷ" is said after the
    groups above it, and a group below is read in full unless it is zero. Working on
    the digits keeps a run of thousands of digits linear (and within Python's limit
    on converting long digit strings to ``int``).
    """
    head = len(digits) % 9 or 9
    words = _below_billion(int(digits[:head]), full=False, dialect=dialect)
    for start in range(head, len(digits), 9):
        words.append("tỷ")
        group = int(digits[start : start + 9])
        if group:
            words += _below_billion(group, full=True, dialect=dialect)
    return words


def _read_digit_string(digits: str, dialect: Dialect) -> str:
    digits = digits.lstrip("0")
    if not digits:
        return DIGITS[0]
    return " ".join(_words(digits, dialect=dialect))


def read_int(value: int, dialect: Dialect = "north") -> str:
    """Read an integer: ``2025`` → "hai nghìn không trăm hai mươi lăm"."""
    if value < 0:
        return "âm " + read_int(-value, dialect)
    return _read_digit_string(str(value), dialect)


def read_digits(digits: str) -> str:
    """Read digit by digit, as phone numbers are: ``"115"`` → "một một năm"."""
    return " ".join(DIGITS[int(d)] for d in digits if d.isdigit())


def read_decimal(fraction: str, dialect: Dialect = "north") -> str:
    """Read the part after the decimal comma.

    Announcers read up to three digits as a number (``3,14`` → "ba phẩy mười
    bốn", ``1,251`` → "một phẩy hai trăm năm mươi mốt", as the reading corpus
    has it) but digit by digit when it is longer, where a number would mislead.
    A leading zero is said, then the two digits after it as a number, as the
    corpus conventions read them: ``0,05`` → "không phẩy không năm", ``1,076`` →
    "một phẩy không bảy mươi sáu", ``0,005`` → "không phẩy không không năm".
    """
    if len(fraction) > 3:
        return read_digits(fraction)
    if fraction.startswith("0"):
        rest = fraction.lstrip("0")
        zeros = read_digits(fraction[: len(fraction) - len(rest)])
        if len(rest) == 2:
            return f"{zeros} {read_int(int(rest), dialect)}"
        return read_digits(fraction)
    return read_int(int(fraction), dialect)


def read_numeral(text: str, dialect: Dialect = "north") -> str:
    """Read a written numeral: thousands dots, decimal comma, leading zeros, sign.

    ``"1.500.000"`` → "một triệu năm trăm nghìn", ``"95,5"`` → "chín mươi lăm
    phẩy năm", ``"05"`` → "năm", ``"-3"`` → "âm ba".
    """
    match = _NUMERAL.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"not a numeral: {text!r}")
    sign, whole, fraction = match.groups()
    words = _read_digit_string(whole.replace(".", ""), dialect)
    if fraction is not None:
        words += " phẩy " + read_decimal(fraction, dialect)
    return ("âm " + words) if sign else words


def read_ordinal(value: int, dialect: Dialect = "north") -> str:
    """The word after ``thứ``: 1 → "nhất", 4 → "tư", otherwise the cardinal."""
    if value == 1:
        return "nhất"
    if value == 4:
        return "tư"
    return read_int(value, dialect)


def read_day(day: int, dialect: Dialect = "north") -> str:
    """Day of the month: 1–10 take "mồng" (Southern speech says "mùng")."""
    if 1 <= day <= 10:
        return ("mùng " if dialect == "south" else "mồng ") + read_int(day, dialect)
    return read_int(day, dialect)


def read_month(month: int, dialect: Dialect = "north") -> str:
    """Month name after ``tháng``: April is "tư"; January is read "một".

    Official bulletins say "tháng một" rather than the lunar-flavoured
    "tháng giêng", so the Gregorian month keeps its number.
    """
    if month == 4:
        return "tư"
    return read_int(month, dialect)


def parse_roman(text: str) -> int | None:
    """Value of an upper-case Roman numeral, or ``None`` if ``text`` is not one."""
    if not text or _ROMAN.fullmatch(text) is None:
        return None
    total = 0
    for current, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[current]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


# "giải chạy 5k", "cự ly 10K": a race's distance in kilometres, where a word of running
# stands in the line and no money is meant ("50k/người", "giá 50k" are thousands).
RUN_DISTANCE = re.compile(r"(?<![\w.,])(?P<n>\d{1,3})\s?[kK](?![\w/])(?!\s*(?:đồng|/))")
_RUNNING = re.compile(
    r"(?<!\w)(?i:chạy|marathon|cự ly|đường chạy|bơi|đạp xe|đi bộ|trail|run)(?!\w)"
)
_PAYING = re.compile(r"(?<!\w)(?i:giá|phí|vé|tiền|lương|thưởng|trị giá|mức)\s+$")


def run_distance(line: str, m: re.Match[str]) -> bool:
    """Whether the RUN_DISTANCE match ``m`` of ``line`` is a race distance."""
    before = line[max(0, m.start() - 20) : m.start()]
    return _RUNNING.search(line) is not None and _PAYING.search(before) is None


# A crop variety named by letters and a number after the crop: "lúa OM5451",
# "giống lúa OM18", "gạo ST25", "lúa IR50404", and the codes listed after it
# ("OM5451 và OM18, ĐS1"); read by reading._read_varieties, a short number
# listed by doubts.written_doubts.
_CROP = r"(?:[Ll]úa|[Gg]ạo|[Nn]ếp|[Gg]iống(?:\s+(?:lúa|ngô|bắp|lạc|đậu))?)"
_VARIETY = r"[A-ZĐ]{1,4}\s?\d{1,5}(?![\w-]|[.,]\d)"
VARIETY_RUN = re.compile(
    # "lúa (tươi) OM 308": the state of the grain in brackets before the code, too.
    rf"(?<!\w){_CROP}(?:\s+(?:tươi|khô|lai|thơm|thuần)|\s*\((?:tươi|khô)\))?\s+(?={_VARIETY})"
    rf"(?P<run>{_VARIETY}(?:(?:\s*,\s*|\s+(?:và|hoặc)\s+){_VARIETY})*)"
)
VARIETY_CODE = re.compile(r"(?P<l>[A-ZĐ]{1,4})\s?(?P<n>\d{1,5})")


# "nhiệt độ cao nhất từ 37 đến 400C": a degree sign typed as a raised "0" and lost to
# plain text (40°C written "400C"). In a line about temperature, a two-digit number
# with "0C" glued to it is that many degrees (reading._read_numbers); the proof list
# says so (doubts.written_doubts).
# Not a number that labels a thing ("số nhà 120C", "phòng 300C", "hạng 200C"), nor one
# after a letter's dash ("29B-400C"): those are codes, even in a line about the heat (review9).
_LABELS_BEFORE = "".join(
    rf"(?<!{w} )"
    for w in ("số", "Số", "nhà", "phòng", "Phòng", "hạng", "lô", "căn", "tầng", "kiốt", "xe")
)
DEGREE_AS_ZERO = re.compile(rf"(?<![\w.,])(?<![A-ZĐ]-){_LABELS_BEFORE}(?P<n>[1-5]\d)0C(?![\w])")
# "Trung bình: 29,5 0C": the same lost sign after a space, the raised "0" standing
# alone before "C" after a measured number (a decimal too); "không xê" was said,
# silent. Read as degrees and listed, as above.
SPACED_DEGREE_AS_ZERO = re.compile(r"(?<=\d)(?P<gap>\s+)0C(?![\w])")
TEMPERATURE_LINE = re.compile(r"(?i:nhiệt độ|nắng nóng|nền nhiệt|độ C|°C|rét|oC\b)")


# "5,200 đồng/kg", "5,400 - 6,100 đồng": a comma written as the thousands separator
# (English style). An amount of đồng itself has no fraction, so a comma followed by
# groups of three digits right before "đồng" ("đ", "VNĐ") is a grouping; the first
# number of a range is the same amount. Before "triệu đồng" or "tỷ đồng" the comma
# may be a decimal comma ("1,500 tỷ"): not matched, left to the decimal rule and its
# proof-list entry.
# Round 12 (market news, "6,979 USD/tấn", "6,600 - 6,800 USD/tấn"): an amount of US
# dollars is written to the cent, two digits at most after a decimal comma, so three
# digits after the comma right before "USD" are a grouping too; and a range may be
# joined by "đến" or an en dash ("từ 1,000 đến 1,500 đồng/kg"), the first number being
# the same kind of amount as the second.
COMMA_GROUPED_DONG = re.compile(
    r"(?<![\d.,])(?P<n>[1-9]\d{0,2}(?:,\d{3})+)(?![\d.,]\d|\d)"
    # "40,000 - 60.000 đồng/kg": the second end grouped with a full stop, as Vietnamese
    # writes it, makes the first a grouping too (round 11, part AG: "bốn mươi phẩy
    # không không không", listed).
    r"(?=(?:(?:\s*[-–]\s*|\s+đến\s+)[1-9]\d{0,2}(?:[,.]\d{3})+)?"
    r"\s*(?:đồng|đ|VNĐ|VND|USD(?!\s*/\s*(?:lít|thùng|gallon|pound|kg|cổ phiếu)(?!\w)))"
    r"(?![^\W\d_]))"
)
# Not dollars per litre, barrel, pound, kilogram or share (review13: "85,450 USD/thùng",
# "1,125 USD/lít" were "tám mươi lăm nghìn …", silent): such prices are a few dollars,
# and three digits after the comma there are decimals, left to the decimal rule (listed).

# "$1.7", "từ $1.7 đến $2.60", "$1,250": an amount of dollars with the sign before it, as
# English writes it: its full stop is the decimal point and its comma the thousands
# separator. Said "một phẩy bảy đô la" (the sign was read "$", the stop "chấm").
DOLLAR_SIGN = re.compile(
    r"(?<![\w$])\$\s?(?P<n>[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(?P<f>\d{1,2}))?(?![\d.,]\d|\w)"
    # "$1.7 triệu", "$5 tỷ": the dollars come after the scale word (review13: "một phẩy
    # bảy đô la triệu", silent); in a headline in capitals too ("$12 TRIỆU", review14)
    r"(?P<scale>\s+(?i:nghìn tỷ|nghìn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?"
)


def dollars(m: re.Match[str]) -> str:
    """ "$1.7" written the Vietnamese way: "1,7 đô la"; "$1.7 triệu": "1,7 triệu đô la"."""
    whole = m["n"].replace(",", ".")
    amount = f"{whole},{m['f']}" if m["f"] else whole
    end = None if m["scale"] else _SCALED_DOLLAR_END.match(m.string, m.end())
    if end is not None and _dollar_value(m["n"], m["f"]) <= _dollar_value(end["n"], end["f"]):
        # "từ $1.7 đến $2.6 triệu": the first end is millions too, and the dollars are
        # said once, after the second (review14: "một phẩy bảy đô la đến …", silent);
        # not a first end larger than the second: "từ $500 đến $2 triệu" starts at five
        # hundred dollars (review15: was "năm trăm đến hai triệu đô la", silent)
        return amount
    if m["scale"] and _CURRENCY_NAMED.match(m.string, m.end()):
        # "$300 ngàn đô la", "$500 triệu USD": the page names the currency after the
        # scale word itself; not said twice (review14: "ba trăm ngàn đô la đô la")
        return f"{amount}{m['scale']}"
    return f"{amount}{m['scale'] or ''} đô la"


_SCALED_DOLLAR_END = re.compile(
    r"\s*(?:[-\u2013]|(?i:đến|tới))\s*\$\s?(?P<n>[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.(?P<f>\d{1,2}))?"
    r"\s+(?i:nghìn tỷ|nghìn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)"
)
# "$3 triệu đô": the short "đô" names the currency too (review15: "đô la đô", silent).
# Not the word "đô thị" (a city): "Đầu tư $2 tỷ đô thị thông minh" (review16: the
# dollars were not said, silent).
_CURRENCY_NAMED = re.compile(
    r"\s*(?i:đô la|đôla|đô-la|usd|đô(?!\s+(?i:thị|thành|hội|vật|đốc|úy|uý)(?![^\W\d_])))"
    r"(?![^\W\d_])"
)


def _dollar_value(n: str, f: str | None) -> float:
    return float(n.replace(",", "") + (f".{f}" if f else ""))


# "mừng thọ 70 - 75 - 80 - 85 - 90 tuổi": three numbers or more joined by spaced
# dashes are a list, said with pauses; a span has two ends, never three ("bảy mươi
# đến bảy mươi lăm đến tám mươi …" was said, with no warning).
SPACED_NUMBER_CHAIN = re.compile(
    r"(?<![\w/.,-])[1-9]\d{0,2}(?:\s+[-–]\s+[1-9]\d{0,2}){2,}(?![\w/-]|[.,]\d|\s+[-–]\s*\d)"
)
