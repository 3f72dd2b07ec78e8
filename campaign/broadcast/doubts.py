"""What the reader was unsure of: the proof list a station editor checks.

The normalizer always says something; these rules say where it had to choose
between readings the written form allows, or left something a voice may not
say right. Each doubt names the written token and says in plain Vietnamese
what to look at. Two sources:

* the written line: forms with more than one reading (``5/10`` a date or a
  share, ``2-9`` a span or a date, ``1.7`` a decimal or a number, codes mixing
  letters and digits, long digit runs, web and e-mail addresses);
* the spoken line: anything still not a word (a digit, a symbol), an unread
  Roman numeral, and words that are not Vietnamese syllables (foreign names,
  unknown letter runs), which a Vietnamese voice may mispronounce.

The written line against the spoken one (:func:`paired_doubts`) shows what
neither does alone: a word said twice that was written once, a dictionary
abbreviation inside a code spelled out letter by letter.

Unknown abbreviations are reported by :mod:`reading` itself. Where the reader
records a decision as it reads, the proof list is told it rather than guessing it
again (:mod:`said`): each "/" between words said "hoặc", each number and year joined
by a dash.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from .abbreviations import (
    ABBREVIATIONS,
    CODE_HEADS,
    DOCUMENT_TYPES,
    DOTTED_TITLE,
    JOINT_TYPES,
    SYMBOL_ISSUERS,
    code_head_applies,
    looks_like_word,
    unknown_issuer_named,
)
from .dates import (
    CLASS_WITH_SLASH,
    COUNTED_DAYS_BEFORE,
    DATE_TO_DATE,
    DATE_WORD_BEFORE,
    DAYS_OF_WEEK,
    DESCENDING_DAY_MONTH,
    DOTTED_CLOCK,
    HOURS_OF_DAY,
    HOUSE_NUMBER,
    NUMBER_WITH_SLASH,
    PLACE_NAMED_BY_DATE,
    ROAD_WORK_BEFORE,
    SECOND_DASHED_DATE,
    SHARE,
    STRAY_DATE_SLASH,
    TWO_DIGIT_YEAR,
    contest_ratios,
    counted_share,
    day_or_count,
    descending_is_score,
    holiday_or_count,
    joined_dotted_dates,
    named_or_listed_date,
    read_as_fraction,
    scale_before,
    score_pairs,
)
from .markup import modern_tones
from .numbers import (
    COMMA_GROUPED_DONG,
    DEGREE_AS_ZERO,
    DOLLAR_SIGN,
    RUN_DISTANCE,
    SPACED_DEGREE_AS_ZERO,
    SPACED_NUMBER_CHAIN,
    TEMPERATURE_LINE,
    VARIETY_CODE,
    VARIETY_RUN,
    WITHIN_WORDS,
    parse_roman,
    run_distance,
)
from .said import Said, SaidNumberYear, SaidOr

__all__ = ["paired_doubts", "spoken_doubts", "written_doubts"]

# Words after which "5/10", "2-9" or "2.9" is a date and nothing else.
_DAY_WORD = (
    r"(?:(?:ngày|sáng|chiều|tối|đêm|trưa) mai|ngày|sáng|chiều|tối|đêm|trưa|khuya|lễ|nay|qua"
    r"|quốc khánh"
    r"|từ|đến|hôm|sớm|rạng|tới|và|hết|trước|sau|cuối|đầu|giữa|tháng|mùng|mồng"
    # A weekday, the date in brackets after it: "Sáng thứ Hai (8/9)", "Chủ nhật (14/9)".
    r"|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)"
)
# "Ngày đăng: 08/07", "Ngày ban hành: 5/3": a label that names the date.
_AFTER_DAY_WORD = re.compile(
    rf"(?i:\b{_DAY_WORD})[\s(,]*$|(?<!\w)[Nn]gày(?:\s+[^\W\d_]+){{0,3}}\s*:\s*$"
)
# The far end "x/y" of a span of days that a day word opens: "Ngày 12-13/9", "từ
# 18-20/10", "từ ngày 27/10-1/11" (dates.py reads it so).
_FAR_END_OF_DAYS = re.compile(rf"(?i:\b{_DAY_WORD})[\s(]+\d{{1,2}}(?:/\d{{1,2}})?\s*[-\u2013]\s*$")
# The last day of a list or a span of days that "ngày" or "từ" opened: "ba ngày 24,
# 25 và 26-6", "từ 26 đến 28-3", "từ ngày 2 đến 6-9" are dates, as dates.py reads them.
# "và 14,15/4": days listed with a bare comma where no "ngày" opens the list; the
# reader says "mười bốn phẩy mười lăm trên bốn" (dates._COMMA_DAYS takes only a list
# after "ngày"): listed (review9).
_COMMA_DAY_PAIR = re.compile(
    r"(?<![\w,.])(?P<a>[12]?\d|3[01]),(?P<b>[12]?\d|3[01])/(?P<m>0?[1-9]|1[0-2])(?!\d|[.,/]\d)"
)
_STANDARD_WITH_PART = re.compile(r"(?<![\w/-])(?:QCVN|TCVN)\s*(?P<p>\d{3,5}-\d{1,3})\s*:")
_DAY_LIST_BEFORE = re.compile(
    r"(?P<o>(?i:\bngày)|\b[Tt]ừ)\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*\s*(?:,|và|đến(?:\s+hết)?)\s*$"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|‰|km|kg|mm|cm|m\b|ha\b|độ|người|ca\b|tuổi|giờ|ngày|tháng|năm|tấn|triệu|nghìn|tỷ|tỉ"
    r"|lần|cấp|điểm|đồng|mét|phút|học sinh|trẻ|con|xã|hộ|tuần|quý)"
)
_WORD_SLASH = re.compile(r"(?<![\w/.:])(?P<a>[^\W\d_]{2,})\s*/\s*(?P<b>[^\W\d_]{2,})(?![\w/])")


def _said_as_date(line: str, m: re.Match[str], said: Counter[tuple[int, int]]) -> bool | None:
    """Whether the reader said the pair ``m`` ("a/b", "a-b") as a day and its month
    (:class:`said.SaidDate`, or two days of one month): False when it said no such date
    in the line, True when it said as many as the line writes, None when some of them
    (the record does not tell which)."""
    a, b = int(m["a"]), int(m["b"])
    n = said[(a, b)]
    if n == 0:
        return False
    written = re.findall(rf"(?<![\d.,/-])0*{a}\s?[-/.\u2013]\s?0*{b}(?!\d)", line)
    return True if n >= len(written) else None


def _number_years(line: str, said: Sequence[SaidNumberYear]) -> list[tuple[str, str]]:
    """A number and a year joined by a dash, as the reader said it (a month of the year,
    a number then the year, a span): listed where the words before do not name it."""
    doubts: list[tuple[str, str]] = []
    left = [(s.number, s.year, s.said) for s in said]
    for m in _NUMBER_YEAR.finditer(line):
        number, year = int(m["a"]), int(m["b"])
        taken = next((i for i, (a, b, _) in enumerate(left) if (a, b) == (number, year)), None)
        if taken is None:
            continue  # read as something else: a date, a span of years
        kind = left.pop(taken)[2]
        if _MONTH_OR_ROUND_BEFORE.search(line, max(0, m.start() - 20), m.start()):
            continue  # "tháng 3-2026", "quý 2-2025", "đợt 1-2025": the word says what it is
        if kind == "number":
            message = (
                f"'{m[0]}' được đọc là số rồi năm, không phải khoảng; "
                "nếu là tháng hay khoảng, hãy sửa"
            )
        elif kind == "span":
            message = (
                f"'{m[0]}' được đọc là khoảng ('{number} đến {year}'); "
                "nếu là tháng và năm hay số rồi năm, hãy sửa"
            )
        elif _COUNT_AFTER_YEAR.match(line, m.end()):
            message = (
                f"'{m[0]}' được đọc là tháng {number} năm {year}; "
                "nếu là khoảng hay số lượng, hãy sửa"
            )
        else:
            continue  # "đến 10-2019": a month and year, nothing counted after it
        doubts.append((m[0], message))
    return doubts


def _or_slashes(line: str, said_or: Sequence[SaidOr]) -> list[tuple[str, str]]:
    """The written "word/word" the reader said "hoặc" unsure of, in the line's order:
    each written pair is the first record with the same words not taken yet."""
    doubts: list[tuple[str, str]] = []
    left = [
        (modern_tones(s.before).casefold(), modern_tones(s.after).casefold(), s.sure)
        for s in said_or
    ]
    for m in _WORD_SLASH.finditer(line):
        if m["a"].isupper() or m["b"].isupper():
            continue  # document symbols and abbreviations ("KH/TU", "HIV/AIDS")
        words = (modern_tones(m["a"]).casefold(), modern_tones(m["b"]).casefold())
        taken = next((i for i, (a, b, _) in enumerate(left) if (a, b) == words), None)
        if taken is None:
            continue  # said otherwise: "một" (a rate), "mỗi", a pause
        if not left.pop(taken)[2]:
            doubts.append((m[0], f"'{m[0]}' đọc là 'hoặc': nếu là tỉ lệ hay một cặp, hãy sửa"))
    return doubts


# "45/UBND-VX": a part after a known issuer that no table knows is the issuer's
# department, not said (reading.py); the editor is told.
_SYMBOL = re.compile(r"(?<![\d/])\d+/(?P<sym>[A-ZĐ][\w]*(?:-[A-ZĐ][\w]*)+)(?![\w-])")
# A document symbol after its number: "665/DBQG-DBKH", "12/HD-XYZ".
_DOCUMENT_SYMBOL = re.compile(r"(?<![\d/])\d+ ?/(?P<sym>[A-ZĐ]\w*(?:-[A-ZĐ]\w*)*)(?![\w-])")
_DECIMAL_TAIL = re.compile(r"\d{1,2}/\d{1,2},\d+")
_SLASH_PAIR = re.compile(r"(?<![\w/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|\.\d{3})")
# "SEA Games 33-2025": a number then a year, read with a pause (reading.py).
_NUMBER_YEAR = re.compile(
    r"(?<![\w/.,-])(?P<a>\d{1,3})\s?-\s?(?P<b>(?:19|20)\d\d)(?![\w/-]|[.,]\d)"
)
# A month and year ("đến 10-2019", said "tháng") with something counted after it:
# "Trong 3-2025 ca mắc" may be a span of a count and stays listed (review-p1: it was
# read silently).
_COUNT_AFTER_YEAR = re.compile(
    r"\s+(?i:người|ca|hộ|lượt|trường hợp|học sinh|em|cháu|con|chiếc|xe|tấn|triệu|tỷ|tỉ|nghìn"
    r"|ngàn|đồng|km|ha|m|kg|lít|bệnh nhân|đơn vị|doanh nghiệp|xã|phường|điểm|bàn|ngày|giờ"
    r"|phút|cây|căn|suất|phần|liều|mũi)(?!\w)"
)
_MONTH_OR_ROUND_BEFORE = re.compile(r"(?i:\b(?:tháng|quý|ngày|kỳ|đợt|số))\s*$")


# "Đoạn (7-8)": a day and a month alone in brackets, read as a date unless a level
# or a scale stands before (dates.py, _DAY_MONTH_PARENS and scale_before).
def _bracketed_day_month(line: str, m: re.Match[str]) -> bool:
    before, after = line[: m.start()], line[m.end() :]
    if not (re.search(r"\(\s*$", before) and re.match(r"\s*\)", after)):
        return False
    return not scale_before(line, before.rstrip().rfind("("))


# "gió cấp 6-7" (levels), "thứ 2-6" (weekdays): never a day and month.
_LEVEL_BEFORE = re.compile(r"(?<!\w)(?i:cấp|thứ)\s+$")
_STANDARD_PART = re.compile(r"(?<![\w/-])(?:QCVN|TCVN)\s*$")
_FORM_CODE = re.compile(
    r"(?<!\w)(?i:mẫu|biểu mẫu|biểu)(?:\s+số)?\s*:?\s*(?P<code>\d+[a-z]?/[A-ZĐ][A-ZĐa-z&]*)(?![\w/])"
)
_DASH_PAIR = re.compile(r"(?<![\w/.,:-])(?P<a>\d{1,2})\s?-\s?(?P<b>\d{1,2})(?![\w/-]|[.,]\d)")
# "hôm nay 7.5 triệu đồng": after a day's word, before an amount, the reader does not
# take it for a date (dates._DAY_MONTH_WORD): a decimal or a code, listed (review-p1:
# "bảy chấm năm triệu", silent).
_COUNTED_AFTER_DOTTED = re.compile(r"\s*(?:tuần|lượt|lần|triệu|nghìn|ngàn|tỷ|tỉ)(?!\w)")
_DOTTED = re.compile(r"(?<![\w.,/-])(?P<n>\d+\.\d{1,2})(?![\w/]|[.,]\d)")
_CODE = re.compile(r"(?<![\w.-])(?=[^\W_]*\d)(?=[\d]*[^\W\d_])[^\W_]{3,}(?![\w-])")
# Measures and clock times are codes of a known shape: "500m3", "7h30", "10km".
_MEASURE = re.compile(
    r"(?:\d+(?:[.,]\d+)?)?cmH2O"
    r"|\d+(?:[.,]\d+)?(?:km²|m²|m³|km2|km|kg|mg|ml|mm|cm|m2|m3|ha|gr|g|m|l|h\d{0,2}|giờ|tỷ|tỉ|đ|s|t"
    r"|kWh|kVA|MVA|kV|kW|MW|W|CV|oC|k|tr|MHz|kHz|dB|hPa|g\d{2})"
    # A height or a length, "1m75", "6m50" (reading._HEIGHT).
    r"|[1-9]m\d{1,2}"
    # A code of letters and a leading zero ("PC04") is listed: the letters may
    # stand for a department the announcer should name.
    # A code of two or three capitals and a number ("HK2", "CT229") is listed: the
    # letters are spelled one by one, and may be an abbreviation ("học kỳ").
    r"|(?![A-Z]{2})[A-Za-z]{1,3}[1-9]\d?|[A-Za-z]0\d?|\d{1,2}h\d{0,2}p?"
)
# "ở mức 5,550 tại ruộng": a comma before exactly three digits with no unit or
# scale word after it is read as a decimal ("năm phẩy năm trăm năm mươi"); the
# writer may have used it to group thousands (English style). With a unit or a
# scale word ("3,986 triệu tấn", "5,239 gam") it is a decimal: not listed.
_GROUPING_COMMA = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3},\d{3})(?![\d.,]\d|\d)"
    r"(?!\s*(?:triệu|tỉ|tỷ|nghìn|ngàn|%|độ|mét|gam|lít|tấn|[a-zA-Zµ°]{1,4}(?![\w/])|[a-zA-Z]+/))"
)
# "85,450 USD/thùng", "2,500 USD/kg": three digits after a comma before dollars per
# litre, barrel, gallon, pound, kilogram or share are read as decimals
# (numbers.COMMA_GROUPED_DONG leaves them); a page that groups thousands with a comma
# means "2.500" (bird's nest is sold at thousands of dollars a kilogram). The unit after
# the slash kept them off the list above (review14: silent).
_DOLLARS_PER_SMALL_UNIT = re.compile(
    r"(?<![\d.,])(?P<n>\d{1,3},\d{3})(?![\d.,]\d|\d)"
    r"(?=\s*USD\s*/\s*(?:lít|thùng|gallon|pound|kg|cổ phiếu)(?!\w))"
)
# "với 277, 556 km đường biên giới": a comma, a space, then three digits and a unit
# after them. The reader says two numbers ("hai trăm bảy mươi bảy, năm trăm năm mươi
# sáu ki-lô-mét"); a decimal comma with a stray space after it ("277,556 km") reads
# the same on the page. Not after a number and a comma or "và" (a list of three or
# more: "12, 15, 200 m"). Round 12 (a border's length, silent).
_SPACED_DECIMAL_COMMA = re.compile(
    r"(?<![\d.,])(?<!\d, )(?<!\d và )(?P<t>\d{1,3}, \d{3})(?!\d|[.,]\d)"
    r"(?=\s*(?:km²|km2|km|m²|m2|m3|m|ha|kg|tấn|lít|mét)(?![\w/]))"
)
# "123/QĐ-UBND.VX": letters joined to a document's symbol by a full stop are taken for
# the office that drafted it and not said (reading._DOCUMENT, round 12); the stop may
# also end a sentence typed with no space after it.
_DOTTED_OFFICE = re.compile(r"(?<![\d/])\d+/(?:\d{4}/)?[A-ZĐ][\w&-]*\.(?P<o>[A-ZĐ]{2,6})(?![\w.])")
# "27.500000đ": a full stop, then more than three digits: a thousands separator left
# out (27.500.000) or a decimal point; the text does not say which (part V).
# Five digits or more: "6.2017" is a month and year, "04.39985765" a phone number.
_BROKEN_GROUPING = re.compile(r"(?<![\d.,])(?P<n>[1-9]\d{0,2}(?:\.\d{3})*\.\d{5,})(?![\d]|[.,]\d)")
# A full stop after the run ends the sentence ("... cao nhất: 35260027."); only
# a separator followed by a digit makes the run part of a longer number.
_LONG_DIGITS = re.compile(r"(?<![\d.,])\d{7,}(?!\d|[.,]\d)")
# "13//13 thôn": two slashes between numbers, a slip the reader cannot resolve (one of
# them out of so many? a date?); read digit by digit, silently (round 13, part AT).
_DOUBLE_SLASH = re.compile(r"(?<![\w/:.,])\d+\s*/{2,}\s*\d+(?![\w/])")
_WEB = re.compile(
    r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # "(hocmon.gov.vn)": every label of the host, and no closing bracket or stop.
    r"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\b(?:[/?#]\S*)?(?<![.,;:)])"
)


# "số điện thoại 168 Trung tâm": the words announce a number to dial, but what
# follows may be a count. A phone number has a shape: 0 and 9-11 digits, 1800/
# 1900 and 8-10, an emergency 11x, or a landline of 7-8 digits.
_PHONE_WORDS = re.compile(
    r"(?<!\w)(?i:(?:số\s+)?điện\s+thoại|đường\s+dây\s+nóng|hotline)\s*:?\s*"
    r"(?P<n>\d(?:[.\s-]?\d)*)(?![\d.,-]?\d)"
)
# "5.250 m 3 /s": the exponent of m³ lost its superscript and stands apart.
_LOOSE_EXPONENT = re.compile(r"\d\s*(?P<t>(?:km|dm|cm|mm|m)\s+[23])(?![\d.,]?\d)")
# "819/NQ – UVBTVQH 14": a document symbol broken by a spaced dash. The number is
# taken whole from its first digit (as the leftmost match always was), so a long run
# of digits with no "/" is not retried from every digit.
_BROKEN_SYMBOL = re.compile(
    # "164/ TB - UBND": a space after the slash too (round 11).
    r"(?<!\d)\d++/\s*(?P<t>[A-ZĐ]\w*\s+[-–—]\s*[A-ZĐ]\w*|[A-ZĐ]\w*\s*[-–—]\s+[A-ZĐ]\w*)"
)
# "57/NĐ-CP/2017": the year after the issuer, where symbols put it before.
_YEAR_LAST = re.compile(r"(?<![\w/])(?P<t>\d+/[A-ZĐ]\w*(?:-[A-ZĐ]\w*)+/\d{4})(?![\w/])")
# "gia súc.động vật": a full stop glued between two lower-case words.
_GLUED_STOP = re.compile(r"(?<![\w.@/])(?P<a>[^\W\d_]{2,})\.(?P<b>[^\W\d_]{2,})(?![\w.@/])")
# "hình chữ S": a letter said by its name, which differs by region (sờ, ét, ét-xì).
_NAMED_LETTER = re.compile(r"(?<!\w)(?i:chữ)\s+(?P<t>[A-ZĐ])(?!\w)")
# "ĐHQG-HCM": two abbreviations joined by a dash, outside a document symbol, are
# read one by one; the pair may name one body ("… Thành phố Hồ Chí Minh").
_ABBREVIATION_PAIR = re.compile(r"(?<![\w/&-])(?P<t>(?P<a>[A-ZĐ]{2,})-(?P<b>[A-ZĐ]{2,}))(?![\w-])")
# Stacked titles ("PGS-TS") are read by their own rule (reading._TITLES).
# A body's word right before letters: "Sở TT-TT" names the body, whatever the letters.
_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:Sở|Bộ|Phòng|Trung tâm|Ban|Đài|Cục|Chi cục|Viện|Hội|Ủy ban|Uỷ ban)\s+$"
)
_AMPERSAND_TAIL = re.compile(r"&[A-ZĐ]{2,}(?![\w&-])")
_TITLE_PARTS = frozenset("GS PGS TS BS DS KS CN BSCKI BSCKII CKI CKII".split())
# "vào các ngày 5 và 6 hàng tháng": days of the month with no month, which the
# reader may say without "mồng".
_BARE_DAY = re.compile(
    r"(?<!\w)(?i:ngày)\s+(?P<t>0?[1-9]|10)(?=\s*(?:,|và\b|hoặc\b|(?:hàng|hằng|mỗi)\s+tháng))"
)
# Arrows stand for "đến", "chuyển thành", "dẫn đến": the reader picks one.
# The body that passed a law or a resolution and its term, as a symbol ends on it.
_TERM_CODE = re.compile(r"(?:QH|UBTVQH)\d{1,2}")
_ARROW = re.compile(r"[→⇒➔➜⟶←⇐]")


def _phone_shaped(digits: str) -> bool:
    n = len(digits)
    if digits.startswith("0"):
        return 9 <= n <= 11
    if digits.startswith(("1800", "1900")):
        return 8 <= n <= 10
    return (n == 3 and digits.startswith("11")) or 7 <= n <= 8


# "Kế hoạch 5/2024 của xã": a plan numbered 5 in 2024, or the plan for May 2024? The
# text does not say; read as a month (dates.py) and listed (round 10).
_PAPER_NUMBER_YEAR = re.compile(
    r"\b(?P<w>(?i:kế hoạch|phương án|báo cáo|thông báo|chỉ thị|công văn|tờ trình|chương trình))"
    r"\s+(?P<n>(?P<a>\d{1,2})/(?P<y>(?:19|20)\d\d))(?![\d/])"
)
# "Giá từ 2 đến 3-5 triệu đồng": a span inside a span; the text does not say whether
# "3-5" was "3,5", a span of its own, or a date, so it is read as written and listed.
_YEAR = re.compile(r"(?:19|20)\d\d")
_SPAN_AFTER_SPAN_WORD = re.compile(
    r"\b(?i:từ)\s+\d+(?:[.,]\d+)?\s+(?:đến|tới)\s+(?P<span>(?P<a>\d+)\s*-\s*(?P<b>\d+))(?![\d/.,-])"
)


def _valid_day_month(a: str, b: str) -> bool:
    return 1 <= int(a) <= 31 and 1 <= int(b) <= 12


def _initials_of(symbol: str, text: str) -> bool:
    """Whether every code of ``symbol`` after its type spells the initials of words of
    ``text`` ("QĐ-TCMT" ... "Tổng cục Môi trường"): the body is then surely named."""
    words = re.findall(r"[^\W\d_]+", text)
    initials = "".join(w[0].upper() for w in words)
    # Acronyms may leave "và" out: "Sở Văn hóa và Thể thao" is "SVHTT".
    without_va = "".join(w[0].upper() for w in words if w.casefold() != "và")
    codes = [c for c in symbol.split("-") if c and c not in DOCUMENT_TYPES]
    return bool(codes) and all(c in initials or c in without_va for c in codes)


# "các đ.c", "Đ.c Lan": two letters joined by a full stop, the second small, a shorthand
# of the kind "đ/c" is; with no entry the reader says the letters apart ("đ, c"),
# silently before (round 11, part AF). No source spells "đ.c" out: listed, not guessed.
_DOTTED_LETTERS = re.compile(r"(?<![\w.@/:-])[^\W\d_]\.[^\W\d_A-ZĐ](?![\w.@/:-])")


# "Nghị quyết TW5 khóa VIII", "Hội nghị TW 7": the Central Committee's plenum by its
# number, "TW" (the dictionary's "Trung ương") glued to it: "Trung ương năm" (was "tê
# W năm" and listed as a code; round 11, part AF). Only after "Nghị quyết"/"Hội nghị";
# read so by reading.py, so not listed as a code.
# A full stop may end the sentence after it: "… tại Hội nghị TW7." (review13).
PLENUM_GLUED = re.compile(r"(?P<lead>\b(?i:nghị quyết|hội nghị)\s+)TW(?=\d{1,2}(?![\w/,-]|\.\w))")


def written_doubts(
    line: str, own: Mapping[str, str] | None = None, *, said: Said
) -> list[tuple[str, str]]:
    """``(token, message)`` for each written form the reader had to guess. ``own`` is
    the campaign's own abbreviations (campaign.yml), which the reader knows too;
    ``said`` what the reader decided in the line (:class:`said.Said`)."""
    doubts: list[tuple[str, str]] = []
    extra: Mapping[str, str] = own or {}

    def known(part: str) -> str | None:
        return extra.get(part) or ABBREVIATIONS.get(part)

    houses = {h.start("a") for h in HOUSE_NUMBER.finditer(line)}
    numbered = {n.start("a") for n in NUMBER_WITH_SLASH.finditer(line)} - houses
    classes = {c.start("a") for c in CLASS_WITH_SLASH.finditer(line)}
    contests = contest_ratios(line)
    dates = Counter([(d.day, d.month) for d in said.dates] + said.days)
    # A holiday's pair before people counted has its own entry, saying how it was read.
    holiday_counts = {
        h.start("dm")
        for h in itertools.chain(
            _HOLIDAY_BEFORE_COUNT.finditer(line), _HOLIDAY_PAIR_BEFORE_COUNT.finditer(line)
        )
    }
    for m in _SLASH_PAIR.finditer(line):
        if m.start() in houses:
            continue  # "số 12/5 đường …": a house number, read "trên" (dates.py)
        if m.start() in classes:
            message = (
                f"'{m[0]}' sau 'lớp' được đọc là tên lớp ('trên'); nếu đọc không có 'trên', hãy sửa"
            )
            doubts.append((m[0], message))
            continue
        if m.start() in numbered:
            doubts.append(
                (m[0], f"'{m[0]}' sau 'số' được đọc là số ('trên'); nếu là ngày tháng, hãy sửa")
            )
            continue
        before = line[max(0, m.start() - 40) : m.start()]
        if m[0] == "24/7" or _AFTER_DAY_WORD.search(before) or _FAR_END_OF_DAYS.search(before):
            continue
        # "7/7 ngày", "24/24h": days of the week, hours of the day (dates.py), no guess.
        if DAYS_OF_WEEK.match(line, m.start()) or HOURS_OF_DAY.match(line, m.start()):
            continue
        # Say what the reader made of it: a fraction where it says "phần", a share
        # where it says "trên" ("15/8 học sinh" is a date, "40/30 học sinh" not).
        noun = SHARE.match(line, m.start()) is not None
        date = _valid_day_month(m["a"], m["b"])
        if not (noun or date or counted_share(line, m)):
            continue
        shared = (noun and (int(m["a"]) <= int(m["b"]) or not date)) or counted_share(line, m)
        if (
            date
            and not shared
            and named_or_listed_date(line[max(0, m.start() - 200) : m.start()])
            and not read_as_fraction(line, m)
        ):
            continue  # "nghỉ Lễ 30/4", "ngày 16/3, 17/3": read as the date the words say
        if m.start() in contests:
            # "tỉ lệ chọi 1/4", "1/1,7": one place for so many candidates, read "một
            # trên …" by the reader's rule (dates.contest_ratios); was listed as a date
            # or a fraction, and by half ("1/1" of "1/1,7").
            ratio = contests[m.start()]
            message = f"'{ratio}' được đọc là 'trên' (tỉ lệ); nếu là ngày tháng, hãy sửa"
            doubts.append((ratio, message))
            continue
        said_date = _said_as_date(line, m, dates)
        if said_date is None:  # some said as dates, some not: the words decide, as before
            said_date = date and not shared and not read_as_fraction(line, m)
        if said_date and ROAD_WORK_BEFORE.search(line, max(0, m.start() - 30), m.start()):
            message = (
                f"'{m[0]}' sau một việc làm trên đường được đọc là ngày ('ngày …'); "
                "nếu là tên đường (đường mang tên ngày ấy), hãy sửa"
            )
        elif said_date and PLACE_NAMED_BY_DATE.search(line, max(0, m.start() - 20), m.start()):
            message = (
                f"'{m[0]}' được đọc là tên (đường, cầu, trường … mang tên ngày ấy, không "
                "'ngày'); nếu là ngày tháng, hãy viết 'ngày …'"
            )
        elif said_date:
            message = f"'{m[0]}' được đọc là ngày tháng; nếu là tỉ lệ hay phân số, hãy sửa"
        elif read_as_fraction(line, m):
            message = f"'{m[0]}' được đọc là phân số ('phần'); nếu là ngày tháng hay tỉ lệ, hãy sửa"
        else:
            # Not a date, not a fraction: the reader's ratio, "trên", the decimal after
            # it too ("1/1,5" is "một trên một phẩy năm", not the first of January).
            tail = _DECIMAL_TAIL.match(line, m.start())
            token = tail[0] if tail else m[0]
            message = f"'{token}' được đọc là 'trên' (tỉ lệ); nếu là ngày tháng, hãy sửa"
            doubts.append((token, message))
            continue
        doubts.append((m[0], message))
    scores = {p.start("a") for p in score_pairs(line)}
    for p in score_pairs(line):
        if p["sep"] == ":":  # "tỷ số 1:0": listed as "1-0" is, a colon may be a ratio
            doubts.append(
                (p[0], f"'{p[0]}' được đọc là tỉ số trận đấu; nếu là giờ hay tỉ lệ, hãy sửa")
            )
    descending = {
        m.start()
        for m in DESCENDING_DAY_MONTH.finditer(line)
        if int(m["d"]) > int(m["m"]) and not descending_is_score(line, m.start())
    }
    spans = [range(m.start(), m.end()) for m in DATE_TO_DATE.finditer(line)]
    spans += [range(m.start("d"), m.end()) for m in SECOND_DASHED_DATE.finditer(line)]
    # "70 - 75 - 80 tuổi": a list said with pauses (reading.py), no span to list.
    spans += [range(m.start(), m.end()) for m in SPACED_NUMBER_CHAIN.finditer(line)]
    for m in _DASH_PAIR.finditer(line):
        if any(m.start() in span for span in spans):
            continue  # "từ 19-11 đến hết 26-11": two dates, read as such
        if m.start("a") in scores:
            doubts.append((m[0], f"'{m[0]}' được đọc là tỉ số trận đấu; nếu là khoảng, hãy sửa"))
            continue
        if (
            _STANDARD_PART.search(line[max(0, m.start() - 8) : m.start()])
            and line[m.end() : m.end() + 1] == ":"
        ):
            # "QCVN 01-1:2018": a standard and its part, said "một, một" (reading.py).
            doubts.append(
                (m[0], f"'{m[0]}' là số hiệu quy chuẩn có phần, đọc 'số, số': kiểm tra cách đọc")
            )
            continue
        before = line[max(0, m.start() - 40) : m.start()]
        day_list = _DAY_LIST_BEFORE.search(before)
        if day_list is not None and COUNTED_DAYS_BEFORE.search(before, 0, day_list.start()):
            day_list = None  # "mỗi ngày 2, 3-4 bữa": so many a day, read so (dates.py)
        valid = _valid_day_month(m["a"], m["b"])
        # What the reader said, not what the words around make likely (twin12): "ngày
        # 2 đến 6-9" was skipped as a date and said as a span, "(3 và 4-7)" listed as a
        # span and said as a date.
        said_date = _said_as_date(line, m, dates)
        span = f"'{m[0]}' được đọc là khoảng ('đến'); nếu là ngày tháng, hãy viết 'ngày …'"
        if (
            day_list is not None
            and not _UNIT_AFTER.match(line, m.end())
            and int(m["a"]) < int(m["b"])
            and valid
            and not before.rstrip().endswith("hết")  # "từ 7 đến hết 9-10": dates
            and day_list["o"].casefold() == "từ"
        ):
            # "từ 4 đến 5-6 thành viên": read as the last day of a list, but a rising
            # pair after a bare "từ" may be a span (review9: these were read as dates
            # with no warning).
            message = (
                f"'{m[0]}' được đọc là ngày tháng (ngày cuối của một dãy ngày); "
                "nếu là khoảng, hãy sửa"
                if said_date is not False
                else span
            )
            doubts.append((m[0], message))
            continue
        if DATE_WORD_BEFORE.search(before) or day_list is not None:
            if valid and said_date is False and m.start() not in holiday_counts:
                doubts.append((m[0], span))  # the words say a date; the reader did not
            continue
        if _UNIT_AFTER.match(line, m.end()):
            if said_date is True:
                message = f"'{m[0]}' được đọc là ngày tháng; nếu là khoảng, hãy sửa"
                doubts.append((m[0], message))
            continue
        if _LEVEL_BEFORE.search(line, max(0, m.start() - 10), m.start()):
            continue  # "gió cấp 6-7", "cấp 10-11": levels; "thứ 2-6" weekdays
        if not valid:
            continue
        descends = m.start() in descending
        if said_date is None:  # some said as dates, some not: the words decide, as before
            said_date = descends or _bracketed_day_month(line, m)
        if not said_date:
            doubts.append((m[0], span))
        elif descends:
            message = (
                f"'{m[0]}' được đọc là ngày tháng (số đầu lớn hơn số sau, không phải khoảng); "
                "nếu là khoảng hay tỉ số, hãy sửa"
            )
            doubts.append((m[0], message))
        elif _bracketed_day_month(line, m):
            # "(7-8)" alone in brackets is read as a date (dates.py): say so.
            message = (
                f"'{m[0]}' trong ngoặc được đọc là ngày tháng; nếu là khoảng hay số thứ tự, hãy sửa"
            )
            doubts.append((m[0], message))
        else:
            doubts.append((m[0], f"'{m[0]}' được đọc là ngày tháng; nếu là khoảng, hãy sửa"))
    for m in _STANDARD_WITH_PART.finditer(line):
        # "TCVN 6305-1:2007": a part after a number of three digits or more, which the
        # dash pair above does not see; said "số, số" as "QCVN 01-1" is (review9).
        message = f"'{m['p']}' là số hiệu tiêu chuẩn có phần, đọc 'số, số': kiểm tra cách đọc"
        doubts.append((m["p"], message))
    for m in _COMMA_DAY_PAIR.finditer(line):
        if dates[(int(m["b"]), int(m["m"]))]:
            continue  # "ngày 12,13/3": said as two days (dates._COMMA_DAYS), recorded
        if 0 < int(m["b"]) - int(m["a"]) <= 3:
            message = (
                f"'{m[0]}' được đọc là số thập phân ('phẩy') trên {m['m']}; "
                f"nếu là các ngày, hãy viết 'ngày {m['a']}, {m['b']}/{m['m']}'"
            )
            doubts.append((m[0], message))
    for m in TWO_DIGIT_YEAR.finditer(line):
        token = m[0][len(m["ngay"]) :]
        message = (
            f"'{token}': năm viết hai chữ số, được đọc 'năm {int(m['y'])}' như viết; "
            "hãy viết đủ bốn chữ số"
        )
        doubts.append((token, message))
    doubts += _number_years(line, said.number_years)
    doubts += _or_slashes(line, said.ors)
    for m in _PAPER_NUMBER_YEAR.finditer(line):
        doubts.append(
            (
                m["n"],
                f"'{m['n']}' sau '{m['w']}': số của văn bản trong năm hay tháng"
                f" {m['a']} năm {m['y']}? Hãy viết rõ ('số …' hoặc 'tháng …')",
            )
        )
    for m in _SPAN_AFTER_SPAN_WORD.finditer(line):
        if _YEAR.fullmatch(m["a"]):
            continue  # "từ 2021 đến 2024-2025": a school or crop year, no doubt (review-p1)
        doubts.append(
            (
                m["span"],
                f"'{m['span']}' sau 'đến': khoảng trong khoảng, số thập phân ({m['a']},{m['b']})"
                " hay ngày tháng? Hãy sửa cho rõ",
            )
        )
    # listed once where _HOLIDAY_BEFORE_COUNT below names it too (review12: two rules of
    # round 11 listed "Sáng nay, 1-6 em" twice)
    counted = {m["dm"] for m in _HOLIDAY_BEFORE_COUNT.finditer(line)}
    for span in holiday_or_count(line):
        if span in counted:
            continue
        doubts.append((span, f"'{span}' đọc là ngày lễ; nếu là số lượng ('… đến …'), hãy viết rõ"))
    for span, count in day_or_count(line):
        if count:
            message = (
                f"'{span}' đọc là số lượng ('… đến …'); nếu là ngày tháng, hãy viết 'ngày {span}'"
            )
        else:
            message = f"'{span}' đọc là ngày tháng; nếu là số lượng ('… đến …'), hãy viết rõ"
        doubts.append((span, message))
    clocks = {c.start() for c in DOTTED_CLOCK.finditer(line)}
    dollars_at = {d.start("n") for d in DOLLAR_SIGN.finditer(line)}
    dated = joined_dotted_dates(line)
    dialled = list(said.dialled)
    for m in _DOTTED.finditer(line):
        if _AFTER_DAY_WORD.search(
            line[max(0, m.start() - 40) : m.start()]
        ) and not _COUNTED_AFTER_DOTTED.match(line, m.end()):
            continue
        if m.start("n") in dated:
            continue  # "Ngày 02.3 và 05.3": a date like the one "ngày" made a date
        if m.start() in clocks:
            continue  # "Lúc 7.30 sáng": a clock time (dates.DOTTED_CLOCK)
        if m.start("n") in dollars_at:
            continue  # "$1.7": the English decimal point after the sign (numbers.DOLLAR_SIGN)
        digits = m["n"].replace(".", "")
        phone = next((d for d in dialled if d.startswith(digits)), None)
        if phone is not None:
            dialled.remove(phone)
            continue  # "028.38 123 456": the reader dialled it (reading._read_phones)
        doubts.append((m["n"], f"'{m['n']}' có dấu chấm: số thập phân, số hiệu hay ngày tháng?"))
    degrees = set()
    if TEMPERATURE_LINE.search(line):
        for m in DEGREE_AS_ZERO.finditer(line):
            degrees.add(m.start("n"))
            message = (
                f"'{m[0]}' được đọc là {m['n']} độ C (dấu độ viết thành số 0); nếu khác, hãy sửa"
            )
            doubts.append((m[0], message))
        for m in SPACED_DEGREE_AS_ZERO.finditer(line):
            degrees.add(m.end("gap"))
            message = "'0C' được đọc là độ C (dấu độ viết thành số 0); nếu khác, hãy sửa"
            doubts.append(("0C", message))
    plenums = {p.end("lead") for p in PLENUM_GLUED.finditer(line)}
    for m in _CODE.finditer(line):
        if m.start() in degrees:
            continue  # "400C": listed above as a lost degree sign
        if m.start() in plenums:
            continue  # "Nghị quyết TW5": the plenum, read "Trung ương năm"
        head = re.match(r"[A-ZĐ]+", m[0])
        if (
            head is not None
            and head[0] in CODE_HEADS
            and m[0][head.end() :].isdigit()
            and code_head_applies(head[0], line, m.start())
        ):
            continue  # "HK2": a head with one meaning before a number, said as words
        if line[m.start() - 1 : m.start()] == "/" and _TERM_CODE.fullmatch(m[0]):
            continue  # "58/2014/QH13": the law's issuer and term, "Quốc hội khóa mười ba"
        if m[0][:2].casefold() == "số" and m[0][2:].isdigit():
            continue  # "số158": the word typed against its number, read "số một trăm …"
        run = RUN_DISTANCE.fullmatch(line, m.start(), m.end())
        if run is not None and run_distance(line, run):
            continue  # "cự ly 10K": a race's distance, "mười ki-lô-mét" (reading.py)
        if _MEASURE.fullmatch(m[0]) or m[0] in ABBREVIATIONS:
            continue  # a known shape, or a code the dictionary spells out ("BĐ3")
        doubts.append((m[0], f"mã gồm chữ và số '{m[0]}': kiểm tra cách đọc"))
    for m in _DOCUMENT_SYMBOL.finditer(line):
        after = line[m.end() :]
        before = line[: m.start()]
        if unknown_issuer_named(m["sym"], known, after, before) and not _initials_of(
            m["sym"], line
        ):
            message = (
                f"'{m['sym']}': chữ trong số hiệu văn bản chưa biết, câu đã nêu tên cơ quan "
                "nên không đọc: kiểm tra"
            )
            doubts.append((m["sym"], message))
    for m in _SYMBOL.finditer(line):
        issuer = False
        parts = m["sym"].split("-")
        if parts[0] in JOINT_TYPES:
            continue  # "KHLT-UBND-CĐ": every code is an issuer, said (or listed unknown)
        for i, part in enumerate(parts):
            if any("-".join(parts[j : i + 1]) in extra for j in range(i + 1)) or any(
                "-".join(parts[i:k]) in extra for k in range(i + 2, len(parts) + 1)
            ):
                issuer = True  # a campaign's own code ("BQLDA", "TC-KH"): the reader has it
            elif part in SYMBOL_ISSUERS or (known(part) and part not in DOCUMENT_TYPES):
                issuer = True
            elif issuer and known(part) is None:
                message = f"'{part}' sau cơ quan ban hành được coi là đơn vị soạn thảo, không đọc"
                doubts.append((part, message))
    for h in said.heights:  # "trẻ em dưới 1m2", written like an area in square metres
        message = (
            f"'{h}' được đọc là chiều cao ('{h[0]} mét {h[2]}'); nếu là diện tích (m²), hãy sửa"
        )
        doubts.append((h, message))
    for c in said.chains:  # "NPK 16-16-8-13s": a grade or a code, said with pauses
        message = (
            f"'{c}' được đọc là dãy số có ngắt nghỉ ('số, số, số'), không phải khoảng: "
            "mã hay công thức (phân bón NPK …), kiểm tra cách đọc"
        )
        doubts.append((c, message))
    grouped = {m.start("n") for m in COMMA_GROUPED_DONG.finditer(line)}
    # "$1,250", "$1.7": an amount in the English way after its sign (numbers.DOLLAR_SIGN).
    dollar = {m.start("n") for m in DOLLAR_SIGN.finditer(line)}
    grouped |= dollar
    for m in (*_GROUPING_COMMA.finditer(line), *_DOLLARS_PER_SMALL_UNIT.finditer(line)):
        if m.start("n") in grouped:
            continue  # an amount of đồng: the comma groups thousands (numbers.py)
        doubts.append(
            (
                m["n"],
                f"'{m['n']}' được đọc là số thập phân; "
                "nếu dấu phẩy tách hàng nghìn, hãy sửa (viết dấu chấm)",
            )
        )
    codes = [m for run in VARIETY_RUN.finditer(line) for m in VARIETY_CODE.finditer(run["run"])]
    short = {len(m["n"]) <= 2 for m in codes if not m["n"].startswith("0")}
    for m in codes:
        # "lúa OM 18": a short number in a variety code is said as a number ("mười
        # tám"); a page may mean its digits ("một tám"), as a long one is said.
        if len(m["n"]) == 2 and " " in m[0]:  # "ST25" glued: listed as a code below
            message = (
                f"mã giống '{m[0]}' được đọc '{m['n']}' là số (mười, hai mươi …); "
                "nếu đọc từng chữ số, hãy sửa"
            )
            doubts.append((m[0], message))
        elif len(m["n"]) > 2 and len(short) == 2 and not m["n"].startswith("0"):
            # reading._read_varieties: with short codes on the line, a long one is
            # said as a number too, so that the line is read one way.
            message = (
                f"mã giống '{m[0]}' được đọc '{m['n']}' là số như các mã ngắn cùng dòng; "
                "nếu đọc từng chữ số, hãy sửa"
            )
            doubts.append((m[0], message))
    for m in _BROKEN_GROUPING.finditer(line):
        message = (
            f"'{m['n']}': sau dấu chấm có hơn ba chữ số: thiếu dấu chấm tách hàng nghìn "
            "hay là số thập phân? Hãy sửa"
        )
        doubts.append((m["n"], message))
    for m in _LONG_DIGITS.finditer(line):
        doubts.append((m[0], f"dãy số dài '{m[0]}': số điện thoại, mã số hay số lượng?"))
    for m in _DOUBLE_SLASH.finditer(line):
        message = f"'{m[0]}': hai dấu gạch chéo giữa hai số (gõ nhầm?): hãy sửa"
        doubts.append((m[0], message))
    webs = [range(m.start(), m.end()) for m in _WEB.finditer(line)]
    for m in _WEB.finditer(line):
        doubts.append((m[0], f"địa chỉ web hoặc thư điện tử '{m[0]}': kiểm tra cách đọc"))
    # "Sáng nay, 2-9 người" is read as so many (dates._DAY_MONTH_WORD stops before
    # "người", "lượt", "ca"), "Sáng nay, 1-6 em" as the holiday: the message says which.
    for m in itertools.chain(
        _HOLIDAY_BEFORE_COUNT.finditer(line), _HOLIDAY_PAIR_BEFORE_COUNT.finditer(line)
    ):
        span = m["dm"].replace("-", " đến ")
        if _READ_AS_COUNT_AFTER.match(line, m.end()):
            message = (
                f"'{m['dm']}' được đọc là số lượng ('{span}'); nếu là ngày lễ, hãy viết "
                f"'ngày {m['dm']}'"
            )
        else:
            message = (
                f"'{m['dm']}' được đọc là ngày lễ (ngày tháng); nếu là số người ('{span}'), hãy sửa"
            )
        doubts.append((m["dm"], message))
    for m in STRAY_DATE_SLASH.finditer(line):
        message = (
            f"'{m[0]}': dấu '/' thừa sau ngày tháng, được đọc là ngày '{m['d']}' "
            "không có năm: kiểm tra"
        )
        doubts.append((m[0], message))
    for m in _TYPE_WORD_SYMBOL.finditer(line):
        code = m["code"] or m["pcode"]
        named = DOCUMENT_TYPES.get(code)
        # "Thông báo kết luận số 126-TB/TW": the code's type written just before the word.
        written_before = line[max(0, m.start() - 20) : m.start()].casefold().rstrip()
        if (
            named is not None
            and named != m["word"].casefold()
            and not written_before.endswith(named)
        ):
            message = (
                f"'{m['word']} … {m['sym']}': ký hiệu '{code}' là '{named}' nhưng câu "
                f"viết '{m['word']}': kiểm tra loại văn bản"
            )
            doubts.append((m["sym"], message))
    for m in _INITIALS_BEFORE_NAME.finditer(line):
        if DOTTED_TITLE.match(line, m.start()):
            continue  # "T.S. Nguyễn Văn An": a title, read (review16)
        message = (
            f"'{m[0]}': chữ cái viết tắt trước một tên riêng, để nguyên vì câu không nói "
            "rõ cách đọc (tên nước ngoài?): hãy viết rõ lời đọc"
        )
        doubts.append((m[0], message))
    for m in _CODE_DASH_NUMBER.finditer(line):
        message = (
            f"'{m[0]}': mã chữ và số, gạch ngang rồi một số, được đọc như khoảng 'đến'; "
            "nếu là hai mã (đơn vị, số hiệu), hãy viết rõ lời đọc"
        )
        doubts.append((m[0], message))
    for m in _TV_BEFORE_NAME.finditer(line):
        if STATION_WORD_BEFORE.search(line, max(0, m.start() - 8), m.start()):
            continue  # "Trạm TV Năm Căn": left as letters, listed as unknown (reading.py)
        message = (
            "'TV' trước một tên riêng được đọc 'tivi'; có thể là 'thư viện' hay 'thành "
            "viên': hãy viết rõ lời đọc"
        )
        doubts.append((m[0], message))
    for m in _DOTTED_LETTERS.finditer(line):
        if known(m[0]) is None and m[0].casefold() != "v.v":
            message = (
                f"'{m[0]}': hai chữ cái cách nhau dấu chấm, chữ viết tắt chưa có trong từ "
                "điển: hãy viết rõ"
            )
            doubts.append((m[0], message))
    for m in _SPACED_SLASH_YEAR.finditer(line):
        if _MONTH_WORD_BEFORE.search(line, max(0, m.start() - 12), m.start()):
            continue  # "tháng 6/ 2011": the word says it is a month
        message = (
            f"'{m[0]}': dấu '/' có dấu cách, câu không nói rõ là tháng và năm hay số lượng "
            "hãy kiểm tra lời đọc và viết rõ"
        )
        doubts.append((m[0], message))
    doubts += _shape_doubts(line, webs, said)
    return doubts


# "Đến 6/ 2011 người đã đăng ký": a spaced slash between a month's number and a year's
# sets the count apart as if it were a date, or a date as if it were a count; the text
# does not decide, so the reader's choice is listed (round 11, noticed; round 12).
_SPACED_SLASH_YEAR = re.compile(
    r"(?<![\d/.,])(?:0?[1-9]|1[0-2])(?:\s+/\s*|/\s+)(?:19|20)\d\d(?![\d/])"
)
_MONTH_WORD_BEFORE = re.compile(r"(?<!\w)(?i:tháng|quý)\s+$")


# "Sáng nay, 1-6 em thiếu nhi", "Hôm qua, 2-9 người": a holiday's day and month (read
# as the date, dates._ASCENDING_HOLIDAYS) before people counted may as well be a count
# ("một đến sáu em"): the text does not decide (review11: silent either way).
_HOLIDAY_BEFORE_COUNT = re.compile(
    r"\b(?i:nay|qua),\s+(?P<dm>0?1-0?5|0?1-0?6|0?2-0?9)(?![\d/.-])"
    r"(?=\s+(?i:em|cháu|người|hội viên|thành viên|đoàn viên|đảng viên|học sinh|sinh viên"
    r"|hộ|gia đình|lượt|khách|du khách|bệnh nhân|ca|chiến sĩ|công nhân|lao động)\b)"
)


_READ_AS_COUNT_AFTER = re.compile(r"\s+(?i:người|lượt|ca)(?!\w)")
# The same with no comma, "Sáng nay 2-9 người dân đi lễ": read as the holiday or as so
# many by the words after it (dates.day_month_word); either way the text does not decide
# (round 12: "hai đến chín người", silent).
_HOLIDAY_PAIR_BEFORE_COUNT = re.compile(
    r"\b(?i:nay|qua|mai)\s+(?P<dm>0?1-0?5|0?1-0?6|0?2-0?9)(?![\d/.-])"
    + _HOLIDAY_BEFORE_COUNT.pattern[_HOLIDAY_BEFORE_COUNT.pattern.index("(?=") :]
)


# "Quyết định số 712/2021/TT-BGDĐT": the word before names one type of document, the
# symbol's code another (part AC); the reader says the code's type after the number,
# the page may have either wrong.
_TYPE_WORD_SYMBOL = re.compile(
    r"(?<!\w)(?P<word>(?i:quyết định|thông tư|nghị định|nghị quyết|chỉ thị|kế hoạch"
    r"|công văn|thông báo|hướng dẫn|kết luận|công điện))\s+(?:số\s*:?\s*)?"
    r"(?P<sym>\d+(?:/\d{4})?/(?P<code>[A-ZĐ][A-Za-zĐđ]*)-[A-ZĐ][\wĐđ-]*"
    # A Party body's symbol, the type after a dash and the issuer after the slash:
    # "Kết luận số 263-TB/TU" (part AN: the reader said "…, thông báo", silently).
    r"|\d+-(?P<pcode>[A-ZĐ][A-Za-zĐđ]*)/[A-ZĐ][\wĐđ-]*)"
)
# "trường M.V. Lô-mô-nô-xốp": stopped initials before a capitalised name are a name's
# initials, often a foreign one ("em vê" or "mờ vê": the text does not say); the reader
# leaves them as written (reading._INITIALS reads withheld names only): listed.
# Not a withheld name's stopped digraph ("T.B.Tr.", part Z).
# A name that ends the sentence with its stop too ("Nhà thơ T.S. Eliot.": review16, silent).
_INITIALS_BEFORE_NAME = re.compile(r"(?<![\w.])(?:[A-ZĐ]\.){2,4}(?=\s+[A-ZĐ][a-zđà-ỹ]+(?!\w|\.\w))")
# "TV Nguyễn Đình Chiểu": "TV" (the dictionary's "tivi") right before a capitalised
# name is a body named after it (thư viện, a library, in part AO; also "thành viên"):
# the text does not say which, the reader's "tivi" is listed.
# "Đơn vị Bộ đội Thông tin D2 - 575": a unit's code of a letter glued to digits, a dash
# and a number are two codes (a battalion and its regiment), not a span; the reader
# says "đến" (part AO, silently): listed.
_CODE_DASH_NUMBER = re.compile(r"(?<![\w./-])[A-ZĐ]{1,2}\d+\s+-\s+\d+(?![\w./,-])")
_TV_BEFORE_NAME = re.compile(r"(?<![\w.&-])TV(?=\s+[A-ZĐ][a-zđà-ỹ])")
# "Đài", "Trạm" right before: a station's letters follow (also reading._neighbour_reading).
STATION_WORD_BEFORE = re.compile(r"(?<!\w)(?i:đài|trạm)\s+$")


# "80 triệu đồng/1.000 hạt": a price per a round count of things. The reader says
# "trên một nghìn hạt"; an announcer may say "một nghìn hạt" or "mỗi nghìn hạt" as
# "đồng/kg" is "một ki-lô-gam" (part Z, marked unsure by its collector): listed.
_PRICE_PER_COUNT = re.compile(
    r"(?<![^\W\d_])(?P<all>(?:đồng|đ|VNĐ|VND|USD)\s*/\s*(?!1\s)(?P<n>\d{1,3}(?:\.\d{3})+|\d+)"
    r"\s+(?P<w>[^\W\d_]+))"
)
# "đồng/2 giờ", "đồng/3 tháng": a span of time after the slash is said "trong" (within,
# reading._WITHIN), not "trên"; the entry says so (review10: it named "trên").
_WITHIN_WORDS = frozenset(WITHIN_WORDS)


def _shape_doubts(line: str, webs: list[range], record: Said) -> list[tuple[str, str]]:
    """Written forms whose shape is off what the reader expects where it found them."""
    doubts: list[tuple[str, str]] = []
    for m in _PRICE_PER_COUNT.finditer(line):
        said = "trong" if m["w"] in _WITHIN_WORDS else "trên"
        doubts.append(
            (
                m["all"],
                f"'{m['all']}': giá cho một số lượng, đọc "
                f"'{said} {m['n']} …'; nếu đọc 'mỗi …' hay không có '{said}', hãy viết rõ"
                " lời đọc",
            )
        )
    dialled = list(record.dialled)
    for m in _PHONE_WORDS.finditer(line):
        digits = re.sub(r"\D", "", m["n"])
        if _phone_shaped(digits):
            continue
        number = m["n"].strip()
        # What the reader did (reading._read_phones), not a guess; it may have taken more
        # groups than this pattern ("02743. 613.813").
        taken = next((d for d in dialled if d.startswith(digits)), None)
        if taken is not None:
            dialled.remove(taken)
            message = (
                f"'{number}' sau 'điện thoại' không có dạng số điện thoại "
                "nhưng được đọc từng chữ số: nếu là số lượng, hãy sửa"
            )
        else:
            message = (
                f"'{number}' sau 'điện thoại' không có dạng số điện thoại, được đọc là số "
                "lượng (đếm những gì đứng sau): nếu là số để gọi, hãy sửa"
            )
        doubts.append((number, message))
    for m in _LOOSE_EXPONENT.finditer(line):
        doubts.append(
            (m["t"], f"'{m['t']}': số mũ tách khỏi đơn vị (m², m³?) được đọc như một số riêng")
        )
    for m in _BROKEN_SYMBOL.finditer(line):
        doubts.append(
            (m["t"], f"số hiệu văn bản bị tách bởi dấu gạch có khoảng trắng: '{m['t']}'; kiểm tra")
        )
    for m in _YEAR_LAST.finditer(line):
        doubts.append((m["t"], f"số hiệu văn bản '{m['t']}' có năm ở cuối: kiểm tra cách đọc"))
    for m in _GLUED_STOP.finditer(line):
        if any(m.start() in web for web in webs) or not (m["a"].islower() and m["b"].islower()):
            continue  # "TP.HCM", "Th.S": abbreviations; web addresses have their own doubt
        doubts.append((m[0], f"dấu chấm dính giữa hai chữ '{m[0]}': lỗi gõ? (đọc như hết câu)"))
    for m in _NAMED_LETTER.finditer(line):
        doubts.append(
            (m["t"], f"chữ cái '{m['t']}' được đọc bằng tên chữ, tên này khác nhau theo vùng")
        )
    for m in _ABBREVIATION_PAIR.finditer(line):
        if m["t"] in ABBREVIATIONS or {m["a"], m["b"]} <= _TITLE_PARTS:
            continue
        whole = _AMPERSAND_TAIL.match(line, m.end())
        if whole is not None and m["t"] + whole[0] in ABBREVIATIONS:
            continue  # "Sở LĐ-TB&XH", "VH-TT&DL": the whole name is in the dictionary
        if m["t"] in record.joined:
            continue  # "KH-CN": read as the dictionary's "KH&CN" (reading._joined_form)
        if all(
            (ABBREVIATIONS.get(p) or "A")[:1].islower() for p in (m["a"], m["b"])
        ) and not _BODY_BEFORE.search(line, 0, m.start()):
            continue  # "KTXH-ANQP": two known fields, "kinh tế xã hội, an ninh quốc phòng"
        if {m["a"], m["b"]} == {"ĐH", "CĐ"}:
            continue  # "đại học - cao đẳng", two levels of school (reading.py)
        if parse_roman(m["a"]) and parse_roman(m["b"]):
            continue  # "độ III-IV": two Roman numerals, a span (dates.read_ordinals)
        doubts.append(
            (
                m["t"],
                f"'{m['t']}': hai chữ viết tắt nối bằng gạch được đọc riêng từng chữ: "
                "kiểm tra xem có phải tên một cơ quan",
            )
        )
    for m in _FORM_CODE.finditer(line):
        # "Mẫu số 1a/BHXH", "Mẫu số 01/ĐK": a form's code, whose "/" is neither "hoặc"
        # nor a date's; how a station says it is not settled.
        doubts.append((m["code"], f"'{m['code']}' là số hiệu mẫu biểu: kiểm tra cách đọc"))
    for m in _DOTTED_OFFICE.finditer(line):
        doubts.append(
            (
                m["o"],
                f"'{m['o']}' nối bằng dấu chấm sau số hiệu văn bản được coi là phòng soạn "
                "thảo, không đọc: kiểm tra",
            )
        )
    for m in _SPACED_DECIMAL_COMMA.finditer(line):
        doubts.append(
            (
                m["t"],
                f"'{m['t']}' được đọc là hai số; nếu là số thập phân có khoảng trắng thừa "
                "sau dấu phẩy, hãy viết liền",
            )
        )
    for m in _ARROW.finditer(line):
        doubts.append((m[0], f"mũi tên '{m[0]}' được đọc là 'đến': kiểm tra nghĩa"))
    return doubts


_LEFT_OVER = re.compile(r"[^\w\s.,;:!?()\[\]\"'“”‘’«»…\-–—/]|\d+")
_ROMAN_LEFT = re.compile(r"\b[IVXL]{2,}\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Latin letters a Vietnamese word never has.
_FOREIGN_LETTERS = re.compile(r"[fjwzFJWZ]")


def _syllables(word: str) -> bool:
    """True when ``word`` is one to three Vietnamese syllables run together
    ("pano" is "pa-nô" written as one word); foreign words are not."""
    if looks_like_word(word):
        return True
    n = len(word)
    ok = [False] * (n + 1)
    ok[0] = True
    for end in range(1, n + 1):
        ok[end] = any(
            ok[start] and looks_like_word(word[start:end]) for start in range(max(0, end - 7), end)
        )
    return ok[n] and n <= 14


def _final_k(word: str) -> bool:
    """ "Đắk Lắk", "Đăk Glei": place names of the Central Highlands end a syllable in
    "k", said as "c" (espeak-ng's Vietnamese voice says "Đắk" as "Đắc")."""
    return word[-1:] == "k" and len(word) <= 5 and looks_like_word(word[:-1] + "c")


def spoken_doubts(spoken: str, known: re.Pattern[str] | None = None) -> list[tuple[str, str]]:
    """``(token, message)`` for what the spoken line still holds that a voice may not say.

    ``known`` finds readings the reader itself wrote ("mi-li-mol" for "mmol",
    "héc-tô-pát-xcan" for "hPa"): their syllables are no unknown words."""
    doubts: list[tuple[str, str]] = []
    said = [range(m.start(), m.end()) for m in known.finditer(spoken)] if known else []
    for m in _LEFT_OVER.finditer(spoken):
        doubts.append((m[0], f"ký hiệu hoặc chữ số chưa đọc được: '{m[0]}'"))
    for m in _ROMAN_LEFT.finditer(spoken):
        doubts.append((m[0], f"số La Mã chưa đọc: '{m[0]}'"))
    seen: set[str] = set()
    for m in _WORD.finditer(spoken):
        word = m[0]
        if len(word) < 2 or word in seen or word.isupper():
            continue  # single letters are said by name; capitals are abbreviations
        if any(m.start() in span for span in said):
            continue  # a syllable of a unit the reader said: "mol" of "mi-li-mol"
        if _FOREIGN_LETTERS.search(word) or not (_syllables(word) or _final_k(word)):
            seen.add(word)
            doubts.append((word, f"từ nước ngoài hoặc chưa rõ cách đọc: '{word}'"))
    return doubts


# Words a number is said with: "tháng năm năm hai nghìn" repeats them rightly.
_NUMBER_WORDS = frozenset(
    "không một mốt hai ba bốn tư năm lăm sáu bảy tám chín mười mươi trăm nghìn ngàn "
    "triệu tỷ tỉ linh lẻ".split()
)
_TWICE = re.compile(r"(?<!\w)(?P<w>[^\W\d_]+)\s+(?P=w)(?!\w)", re.IGNORECASE)
_LETTER_CODE = re.compile(r"(?<![\w-])(?P<l>[A-ZĐ]{2,3})(?P<d>\d{1,2})(?![\w-])")


def paired_doubts(written: str, spoken: str) -> list[tuple[str, str]]:
    """``(token, message)`` seen only by setting the spoken line beside the written one."""
    doubts: list[tuple[str, str]] = []
    folded = " ".join(written.casefold().split())
    # Each word's written form is looked up once, whether it qualified or not: once
    # per repetition was quadratic ("+ + + …" is said "cộng cộng cộng …").
    seen: set[str] = set()
    for m in _TWICE.finditer(spoken):
        word = m["w"].casefold()
        if word in _NUMBER_WORDS or word in seen or m[0][0] != m[0].split()[-1][0]:
            continue  # "Ưu tú Tú Sương": a title, then a name
        seen.add(word)
        # A word the line never wrote is a letter spelled out ("UU": "u u").
        written_once = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", folded)
        if written_once and not re.search(
            rf"(?<!\w){re.escape(word)}\s+{re.escape(word)}(?!\w)", folded
        ):
            # "20.000đ đồng": the unit written twice, once as a symbol
            doubts.append((m[0], f"từ '{m['w']}' được đọc hai lần liền: kiểm tra"))
    lowered = spoken.casefold()
    if not re.search(r"ngày\s+m[ồù]ng", lowered):
        for m in _BARE_DAY.finditer(written):
            if COUNTED_DAYS_BEFORE.search(written, 0, m.start()):
                continue  # "mỗi ngày 1, 2-3 chuyến": so many a day (dates.py reads it so)
            doubts.append(
                (m["t"], f"'ngày {m['t']}' đọc không có 'mồng': nếu là ngày trong tháng, hãy sửa")
            )
    for m in _LETTER_CODE.finditer(written):
        expansion = ABBREVIATIONS.get(m["l"])
        if m[0] in ABBREVIATIONS or expansion is None or expansion.casefold() in lowered:
            continue
        doubts.append(
            (
                m[0],
                f"mã '{m[0]}': '{m['l']}' có trong từ điển ('{expansion}') "
                "nhưng được đánh vần từng chữ: kiểm tra",
            )
        )
    return doubts
