"""Turn a written bulletin into the words a loudspeaker announcer says.

The output has no digit, no slash, no unread symbol and no known abbreviation,
so it can be read aloud or fed to espeak-ng ``vi`` as is. Each input line gives
exactly one output line. Passes run in a fixed order, each on text the previous
one left, because later rules would misread what earlier ones recognise: phone
numbers and document symbols before dates, dates before plain numbers, numbers
with units before bare numbers, symbols last.

Reading choices (what an announcer says):

* phone numbers digit by digit, groups separated by a comma pause:
  ``0912.345.678`` → "không chín một hai, ba bốn năm, sáu bảy tám";
* document numbers: ``Kế hoạch số 22/KH-UBND`` → "Kế hoạch số hai mươi hai
  của Ủy ban nhân dân"; ``146/2018/NĐ-CP`` → "số một trăm bốn mươi sáu năm
  hai nghìn không trăm mười tám của Chính phủ". When the sentence goes on to
  name the issuer ("… ngày 21/01/2025 của UBND tỉnh Lạng Sơn"), the symbol's
  issuer is left out, as announcers do, so "của" is not said twice;
* a hyphen between two numbers is a range, "đến"; ``3 x 4`` is "ba nhân bốn";
* ``/`` between words is "trên" before a unit of count or time (``ca/ngày``),
  "hoặc" otherwise;
* a leading list bullet is dropped; section headings ``I.`` read "Phần một.".

Unknown abbreviations (upper-case tokens that are not Vietnamese syllables and
not in the dictionary) are left as written and reported with line and column.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Literal

from .abbreviations import (
    _BODY_HEADS,
    ABBREVIATIONS,
    AMBIGUOUS,
    CODE_HEADS,
    DOCUMENT_TYPES,
    DOTTED_TITLE,
    FAMILY_NAMES,
    PARTY_COMMITTEE_ISSUERS,
    SYMBOL_ISSUERS,
    UPPER,
    Lexicon,
    btc_issuer,
    code_head_applies,
    held_post_slashes,
    looks_like_word,
    names_place,
    party_committee_at,
    party_committee_inferred,
    party_committee_named,
    unknown_issuer_named,
)
from .addresses import province_names, read_addresses
from .dates import STRAY_DATE_SLASH, read_calendar, read_headings, read_ordinals
from .doubts import (
    PLENUM_GLUED,
    STATION_WORD_BEFORE,
    paired_doubts,
    spoken_doubts,
    written_doubts,
)
from .locate import Columns
from .markup import as_written, clean_line, modern_tones
from .numbers import (
    COMMA_GROUPED_DONG,
    DEGREE_AS_ZERO,
    DOLLAR_SIGN,
    RUN_DISTANCE,
    SPACED_DEGREE_AS_ZERO,
    SPACED_NUMBER_CHAIN,
    SPOKEN_NUMBER_WORDS,
    TEMPERATURE_LINE,
    VARIETY_CODE,
    VARIETY_RUN,
    WITHIN_WORDS,
    Dialect,
    dollars,
    parse_roman,
    read_decimal,
    read_digits,
    read_int,
    read_numeral,
    run_distance,
)
from .said import Said, SaidNumberYear, SaidOr

__all__ = ["Reading", "ReadingWarning", "normalize", "normalize_lines"]


@dataclass(frozen=True)
class ReadingWarning:
    """Something the normalizer could not read, located in the input."""

    source: str
    line: int
    column: int
    token: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.column}: {self.message}"


@dataclass
class Reading:
    """The spoken text and the warnings met while producing it."""

    text: str
    warnings: list[ReadingWarning] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


# --- phone numbers -----------------------------------------------------------

_PHONE_TRIGGER = re.compile(
    r"(?P<lead>(?<!\w)(?i:hotline|đường dây nóng|điện thoại|tổng đài|đầu số|sđt|đt|tel|fax"
    r"|di động|số máy)"
    # A slash that ends the line or stands before a space ("024.38463757/", "0912 345
    # 678/ 0913 …") is no fraction's (round 12: the number cut at its first dot, silent).
    r"\.?\s*[:.]?\s*)(?P<num>\+?\d+(?:(?:[.-] ?| )\d+)*)(?!\d|/(?!\s|$))"
)
# "số điện thoại 168 Trung tâm phục vụ hành chính công", "đường dây nóng của 30
# xã": a short number with no separator before the bodies it counts is how many
# of them, not a line to call. Emergency lines ("115 Trung tâm ...") stay dialled.
_COUNTED_AFTER_PHONE_WORD = re.compile(
    r"(?!11\d(?!\d))[1-9]\d{0,2}(?=\s+(?i:trung tâm|xã|phường|thị trấn|quận|huyện|tỉnh"
    r"|thành phố|đơn vị|cơ quan|cơ sở|trường|bệnh viện|trạm|bộ phận|phòng|sở|ban|ngành"
    r"|địa phương|doanh nghiệp|điểm|chi nhánh|bưu cục|ủy ban|uỷ ban)\b)"
)
_PHONE_EMERGENCY = re.compile(
    # "Gọi ngay 114/ 115" (review16): a word after "gọi" as _PHONE_CALL takes it.
    r"(?P<lead>\b(?i:gọi(?:\s+(?:ngay|đến|tới|vào|cho))?|bấm|quay|số|tổng đài|đường dây nóng"
    r"|cảnh sát|trung tâm|chỉ huy|cấp cứu"
    # "đầu số khẩn cấp 115", "số khẩn cấp 113": the emergency line named as such; not
    # "hỗ trợ khẩn cấp 114 hộ", "sơ tán khẩn cấp 112 hộ", a count (review10).
    r"|(?:số|gọi|đường dây|đường dây nóng|điện thoại|tổng đài)\s+khẩn cấp)"
    r"(?:\s+số)?\s*[:“\"]?\s*)"
    # review16: "Tổng đài 113/ 114", "Gọi 113/114/115": lines one or the other, the
    # slash said "hoặc" (_EMERGENCY_OR); were "một trăm mười ba trên …", silent.
    r"(?P<num>11[1-5])(?![\d-]|/(?!\s*11[1-5](?![\d.,]\d|\d)))"
    r"(?!\s+(?:người|ca|bệnh nhân|trường hợp|lượt|nạn nhân)\b)"
    # "Số điện thoại trực cấp cứu: 115 hoặc 0255.3861.115": a line after a colon, then
    # another after "hoặc".
    # The second after a colon only where it ends the line too ("Tổng số ca: 114 hay 115
    # ca." counts cases: review9, "một một bốn hay một trăm …" was said, silently).
    r"|(?P<lead2>:\s*)(?P<num2>11[1-5])"
    r"(?=\s*[.;,)]|\s*$|\s+(?:hoặc|hay)\s+(?:0\d|11[1-5](?=\s*[.;,)]|\s*$)|1[89]00))"
)
# "Đường dây nóng bảo vệ trẻ em 111 đi vào hoạt động", "Tổng đài Quốc gia bảo vệ trẻ
# em 111 được nâng cấp": the line's word, a few words naming whose line it is, then a
# short emergency number the name ends with (was "một trăm mười một", silently; round
# 10). Not after a word that counts ("tiếp nhận 111 cuộc gọi"), nor before one.
# A power line ("đường dây trung thế 112") is no phone line: "đường dây" alone is
# not enough; a word that handles calls ("xử lý 114 hoặc 115 cuộc gọi") counts, and so
# does a number after "hoặc" before what is counted (review-p1: both dialled, silent).
_NAMED_EMERGENCY = re.compile(
    r"(?P<lead>\b(?i:tổng đài|đường dây nóng|đầu số)"
    r"(?:\s+(?!(?i:nhận|tiếp nhận|ghi nhận|có|gồm|với|trên|hơn|khoảng|gần|là|số|của|các|những"
    r"|xử lý|trả lời|giải quyết|giải đáp|phục vụ|kết nối|tiếp|đón|nhận được"
    r"|tăng|giảm|đạt|thêm|lên|xuống|còn|tổng cộng|chỉ)\b)"
    r"[^\W\d_]+){1,6}\s+)"
    r"(?P<num>11[1-5])(?![\w/-]|[.,]\d)"
    r"(?=\s*(?:[.,;:!?)\]\"”]|$)|\s+(?:đi|được|đã|sẽ|đang|là|luôn|hoạt động|miễn phí|trực"
    r"|hoặc|hay|và|để|khi|thì|chính thức)\b)"
    r"(?!\s+(?i:hoặc|hay|và)\s+\d+\s+(?i:cuộc|lượt|người|ca|trường hợp|vụ|hộ|tin|lần)\b)"
)
# "Gọi 113 hoặc 114", "Số trực: 113 hoặc 114.": the line after "hoặc" one was dialled
# before is dialled too, unless it counts ("… hoặc 114 người").
_EMERGENCY_OR = re.compile(
    r"(?P<pre>(?<!\w)một một (?:một|hai|ba|bốn|năm))(?P<sep>(?:\s+(?:hoặc|hay)|\s*,)\s+|\s*/\s*)"
    r"(?P<num>11[1-5])(?![\d-]|/(?!\s*11[1-5](?![\d.,]\d|\d))|[.,]\d)"
    r"(?!\s+(?:người|ca|bệnh nhân|trường hợp|lượt|nạn nhân)\b)"
)
# "Số 113/115 hộ đã nộp": a share of what follows, no line (review16).
_EMERGENCY_SLASH_COUNTED = re.compile(
    r"(?:\s*/\s*11[1-5]){1,4}\s+(?!(?:hoặc|hay|và|khi|để|nếu|miễn|luôn|trực|hoạt động)\b)[a-zđà-ỹ]"
)
# "gọi vào đường dây nóng với quyền ưu tiên cao nhất: 35260027": the line's word,
# a few more words without digits, a colon, then a number of a phone's length
# (seven to eleven digits, in groups or not) is that line.
_PHONE_TRIGGER_FAR = re.compile(
    r"(?P<lead>(?<!\w)(?i:hotline|đường dây nóng|điện thoại|tổng đài|số máy)"
    r"(?:\s+[^\W\d_]+){1,8}\s*:\s*)"
    # A landline's digits in one run, or a number that begins with 0 in its groups;
    # "1.500.000" is an amount, and so is any number a count or a currency follows.
    r"(?P<num>0\d{2,3}(?:[. ]?\d{2,4}){1,3}|[1-9]\d{6,7})(?!\d|/(?!\s|$)|[.,]\d)"
    r"(?!\s*(?:đồng|đ\b|triệu|nghìn|ngàn|tỷ|tỉ|VNĐ|VND|USD|%|người|cuộc|lượt|hộ|ca\b|lần))"
)
# "0823 125 xxx": a number a news story masks, its last digits written as x; each x
# is said by its letter name ("ích xì"), as a number plate's "XX" is.
# "0203.3.123.456": a landline's area code, then a group of one digit.
_PHONE_MOBILE = re.compile(
    r"(?<![\d.,/])(?P<num>0\d{2,3}(?:[ .-]?\d{2,4}|[ .-]\d(?=[ .-]\d)){1,3}"
    r"(?:[ .-]?[xX]{2,4}(?!\w))?)"
    # A slash the line ends with ("024.38463757/", a second number left out) is no
    # fraction's nor a document's (round 12: an amount, "ba mươi tám triệu …", silent).
    r"(?!\d|/(?!\s|$)|[.,]\d)"
)
# "đường dây nóng với đầu số cố định là 04.32 818 818": a line's word, a few words,
# then "là" and a number that begins with 0 in groups. The old two-digit area codes
# ("04" Hà Nội, "08" Thành phố Hồ Chí Minh, before 2017) make the first group short.
_PHONE_TRIGGER_IS = re.compile(
    r"(?P<lead>(?<!\w)(?i:hotline|đường dây nóng|điện thoại|tổng đài|đầu số|số máy)"
    r"(?:\s+[^\W\d_]+){0,6}\s+là\s+)"
    r"(?P<num>0\d{1,3}(?:[ .-]\d{2,4}){1,3})(?!\d|/(?!\s|$)|[.,]\d)"
)
_PHONE_SERVICE = re.compile(r"(?<![\d.,/])(?P<num>1[89]00[ .]?\d{3,4}(?:[ .]?\d{2,4})?)(?!\d)")
_PHONE_GROUP = re.compile(r"\d+|[xX]+")
# "(0254) 3732.318": an area code in brackets is its own group.
# "(0236) 3 822 123": a landline's first group may be one digit (round 10: it was
# "ba tám trăm hai mươi hai …", silently).
_PHONE_AREA = re.compile(r"\((?P<area>0\d{2,3})\)\s*(?P<num>\d{1,4}(?:[ .]?\d{2,4}){1,3})(?![\d])")
# "(+84-28) 38 653 050": a country and area code in brackets, then a landline's
# groups (round 10, part AD: the groups were read as amounts, "ba mươi tám sáu trăm
# năm mươi ba …", silently); the brackets' codes are groups of their own.
_PHONE_AREA_INTERNATIONAL = re.compile(
    r"\((?P<area>\+\d{1,3}(?:[ .-]\d{1,4})?)\)\s*(?P<num>\d{1,4}(?:[ .]?\d{2,4}){1,3})(?![\d])"
)


# "quyết định số 111", "công văn số 112": the number of a document, not a line
# to call.
_DOCUMENT_BEFORE_NUMBER = re.compile(
    r"\b(?i:quyết định|nghị định|nghị quyết|công văn|thông tư|thông báo|chỉ thị|kế hoạch"
    r"|văn bản|tờ trình|báo cáo|giấy phép|hợp đồng)\s*$"
)


# "gọi ngay 1022", "bấm số 19001234", "gọi đến 0912 345 678": after a verb of calling,
# a number of three digits or more is the number dialled, said digit by digit ("gọi
# ngay 1022" was "một nghìn không trăm hai mươi hai", silently); a count after it
# ("gọi 100 cuộc") stays a count.
_PHONE_CALL = re.compile(
    r"(?P<lead>(?<!\w)(?<![Kk]êu )(?i:gọi|gọi điện|bấm|bấm số|quay số|nhắn tin|nhắn tin đến)"
    r"(?:\s+(?i:ngay|ngay cho|ngay đến|đến|tới|vào|về|cho|số|đường dây nóng|tổng đài)){0,3}"
    r"\s*:?\s*)"
    r"(?P<num>\d{3,}(?:[ .-]\d{2,4}){0,3})(?!\d|/(?!\s|$)|[.,]\d)"
    r"(?!\s*(?:đồng|đ\b|triệu|nghìn|ngàn|tỷ|tỉ|%|người|cuộc|lượt|hộ|ca\b|lần|tin nhắn))"
    # "lệnh gọi 234 công dân": a noun after the number makes it a count of those called.
    r"(?!\s+(?!(?:ngay|khi|để|hoặc|hay|miễn|nếu|từ|trong|vào|và|tại|lúc|của|hỗ|báo|được)\b)"
    r"[a-zđà-ỹ])"
)
# "hộp thư Thông tin điện nước – 8011035.": a run of seven or eight digits with no
# separator after a dash or a colon that ends the sentence is a line to dial, digit by
# digit (an amount that large is written with its separators, and something counted
# follows it); it stays listed ("dãy số dài", doubts.py). Was "tám triệu …" (round 11).
# Not a round amount: "Số vé đã bán: 12000000.", "Tổng số lượt truy cập – 2500000."
# end in four zeros or more (review12: said digit by digit, was "mười hai triệu").
_PHONE_ENDING = re.compile(
    r"(?:(?<=\s[-–] )|(?<=\w: ))(?P<num>[1-9]\d{6,7})(?<!0000)(?=\s*(?:[.;!)]|$))"
)
# "+84 205 3870 115", "+84.912.345.678": a country code and its groups, digit by digit
# (was "cộng tám mươi tư hai trăm linh năm …", silently).
_PHONE_INTERNATIONAL = re.compile(
    r"(?<![\w+])(?P<num>\+\d{1,3}(?:[ .-]?\d{1,4})(?:[ .-]\d{2,4}){1,4})(?![\d/]|[.,]\d)"
)


def _after_document_word(m: re.Match[str]) -> bool:
    lead = m["lead"]
    if lead is None or not lead.casefold().startswith("số"):
        return False
    return _DOCUMENT_BEFORE_NUMBER.search(m.string[max(0, m.start() - 30) : m.start()]) is not None


def _phone_groups(number: str) -> list[str]:
    """The groups as written: a run without separators is one group (corpus README)."""
    return _PHONE_GROUP.findall(number)


def _read_phone(number: str) -> str:
    sign = "cộng " if number.startswith("+") else ""
    return sign + ", ".join(
        " ".join(["ích xì"] * len(g)) if g[0] in "xX" else read_digits(g)
        for g in _phone_groups(number)
    )


def _short_before_slash(m: re.Match[str]) -> bool:
    """ "di động 45/ 50 hộ", "Tổng đài 113/ 114": a slash and a space after a number too
    short to be a line's is a share's or a pair's; only a whole number may end so."""
    return m.string.startswith("/", m.end("num")) and sum(c.isdigit() for c in m["num"]) < 7


# "Giá điện thoại 3.000.000/ chiếc", "Điện thoại di động 2.500.000/ máy": thousands set
# off by full stops, then "/" and what it is a price of, are an amount, no line
# (review16: "ba, không không không, …", silent since round 12's slash).
_AMOUNT_BEFORE_SLASH = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _read_phones(text: str, record: Said) -> str:
    def dial(number: str, area: str = "") -> str:
        """``number`` said digit by digit, its digits (after the area code's, when that
        is said apart) recorded for the proof list (:attr:`said.Said.dialled`)."""
        record.dialled.append(re.sub(r"\D", "", area + number))
        return _read_phone(number)

    def triggered(m: re.Match[str]) -> str:
        if _short_before_slash(m):
            return m[0]
        if m.string.startswith("/", m.end("num")) and _AMOUNT_BEFORE_SLASH.fullmatch(m["num"]):
            return m[0]
        count = _COUNTED_AFTER_PHONE_WORD.match(m.string, m.start("num"))
        if count is not None and count.end() == m.end():
            return m[0]
        return m["lead"] + dial(m["num"]) + " "

    def untriggered(m: re.Match[str]) -> str:
        digits = sum(c.isdigit() or c in "xX" for c in m["num"])
        return (" " + dial(m["num"]) + " ") if 9 <= digits <= 11 else m[0]

    def service(m: re.Match[str]) -> str:
        return " " + dial(m["num"]) + " "

    text = _PHONE_AREA.sub(
        lambda m: (
            f"{read_digits(m['area'])}, {dial(m['num'], m['area'])} "
            if 7 <= sum(c.isdigit() for c in m["num"]) <= 8
            else m[0]
        ),
        text,
    )
    text = _PHONE_AREA_INTERNATIONAL.sub(
        lambda m: (
            f"{_read_phone(m['area'])}, {dial(m['num'], m['area'])} "
            if 7 <= sum(c.isdigit() for c in m["num"]) <= 8
            else m[0]
        ),
        text,
    )
    text = _PHONE_INTERNATIONAL.sub(lambda m: " " + dial(m["num"]) + " ", text)
    text = _PHONE_TRIGGER.sub(triggered, text)
    text = _PHONE_TRIGGER_IS.sub(
        lambda m: (
            m["lead"] + dial(m["num"]) + " "
            if 9 <= sum(c.isdigit() for c in m["num"]) <= 11
            else m[0]
        ),
        text,
    )
    text = _PHONE_TRIGGER_FAR.sub(
        lambda m: (
            m["lead"] + dial(m["num"]) + " "
            if 7 <= sum(c.isdigit() for c in m["num"]) <= 11
            else m[0]
        ),
        text,
    )
    said: set[str] = set()

    def emergency(m: re.Match[str]) -> str:
        if _after_document_word(m):
            return m[0]
        if m["num"] and _EMERGENCY_SLASH_COUNTED.match(m.string, m.end("num")):
            return m[0]
        said.add(m["num"] or m["num2"])
        return (m["lead"] or m["lead2"]) + read_digits(m["num"] or m["num2"]) + " "

    text = _PHONE_EMERGENCY.sub(emergency, text)
    text = _NAMED_EMERGENCY.sub(lambda m: m["lead"] + read_digits(m["num"]), text)
    for _ in range(3):  # "113, 114, 115": each dialled after the one before it was
        text, n = _EMERGENCY_OR.subn(
            lambda m: (
                m["pre"] + (" hoặc " if "/" in m["sep"] else m["sep"]) + read_digits(m["num"])
            ),
            text,
        )
        if not n:
            break
    for number in said:
        # Said one way throughout the sentence where it is dialled: after "+"
        # ("mã vùng + 114") or in quotes; "114 người" stays a count.
        spoken = read_digits(number)
        text = re.sub(rf"(?P<pre>[+“\"]\s?){number}(?![\w/-]|[.,]\d)", rf"\g<pre>{spoken}", text)
    text = _PHONE_SERVICE.sub(service, text)
    text = _PHONE_ENDING.sub(lambda m: dial(m["num"]) + " ", text)
    text = _PHONE_CALL.sub(
        lambda m: m[0] if _short_before_slash(m) else m["lead"] + dial(m["num"]) + " ",
        text,
    )
    return _PHONE_MOBILE.sub(untriggered, text)


# "Số tài khoản: 8888 1234 5678", "số lô 230415", "mã số thuế 4900123456": an
# account, a lot, a serial, a tax code is said digit by digit, group by group as
# written (never "tám nghìn tám trăm tám mươi tám …", which it was, silently).
_IDENTIFIER_WORDS = (
    r"số tài khoản|tài khoản số|tài khoản|STK|số TK|TK|mã số thuế|MST|mã số|mã hồ sơ"
    r"|mã định danh|số định danh|số lô|lô số|số lô sản xuất|số seri|số sê-ri|số serial"
    r"|số khung|số máy|mã bưu chính|số căn cước|số CCCD|số CMND|mã vạch|mã khách hàng"
)
_IDENTIFIER = re.compile(
    rf"(?P<lead>(?<!\w)(?i:{_IDENTIFIER_WORDS})\s*:?\s*(?:là\s+)?)"
    # "mã số V.07.02.26": a professional title's code, its letter and its groups.
    r"(?:(?P<pre>[A-Z])\.(?=\d{2}\.))?"
    r"(?P<n>\d+(?:[ .-]\d+)*)(?!\d|[.,]\d|\s*(?i:triệu|tỷ|tỉ|nghìn|ngàn|đồng|%)(?!\w))"
)


_ACCOUNT_LEAD = re.compile(r"(?i:số tài khoản|tài khoản số|STK|số TK)(?!\w)")


def _read_identifiers(text: str) -> str:
    def identifier(m: re.Match[str]) -> str:
        groups = re.split(r"[ .-]", m["n"])
        if sum(len(g) for g in groups) < 5 and not _ACCOUNT_LEAD.match(m["lead"]):
            # "mã số 12" may be a count's number; an account's is never an amount
            # ("STK 168": "một sáu tám", was "một trăm sáu mươi tám"; round 11, noticed).
            return m[0]
        said = [read_digits(g) for g in groups]
        if m["pre"]:
            said.insert(0, _LETTER_NAMES.get(m["pre"], m["pre"]))
        return m["lead"] + ", ".join(said)

    return _IDENTIFIER.sub(identifier, text)


# "tàu BP 15-04-02", "tàu CSB 8003-01-02": a ship's number after "tàu" and its letters,
# three groups or more joined by dashes, is said group by group, digit by digit (round
# 11, tune-letters13: "mười lăm đến bốn âm hai" was said, a range and a minus sign).
# Only after "tàu" and a code of capitals: "4-4-2" elsewhere is left to the other rules.
_SHIP_SERIAL = re.compile(
    r"(?P<lead>(?<!\w)(?i:tàu)\s+[A-ZĐ]{1,4}\s?[-.]?\s?)"
    r"(?P<n>\d{1,4}(?:-\d{1,4}){2,})(?![\w/]|[-.,]\d)"
)


# "quận 1,2,3,5,9", "(Phường 2,5,6,8,9,10)", "Phường 9,10": numbers typed with commas
# and no space are a list of numbered names, not decimals ("một phẩy hai, ba phẩy năm"
# was said, silently; round 11, tune-letters13). Three groups or more can be no decimal
# (one comma) and, unless every later group has three digits ("1,234,567"), no
# thousands; two groups only after a word that numbers a place ("Phường 9,10").
_COMMA_LIST = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{1,3}){2,}(?![\w]|[.,]\d)")
_PLACE_PAIR = re.compile(
    r"(?<!\w)(?P<each>(?i:mỗi|từng)\s+)?"
    r"(?P<w>(?i:quận|phường|khu phố|tổ dân phố|tổ|ấp|thôn|xóm|khóm|khu|lô))\s+"
    r"(?P<a>\d{1,2}),(?P<b>\d{1,2})(?![\w]|[.,]\d)"
)
# review14: a pair measured, or given to each place, is a decimal: "mỗi lô 2,5 ha",
# "thôn 1,5 tấn", "khu 12,5 ha", "mỗi tổ 1,5 triệu đồng" (were "hai, năm héc-ta",
# silent). A unit or an amount's word after the pair, or "mỗi"/"từng" before its word.
_AMOUNT_AFTER_PAIR = re.compile(
    r"\s*(?:%|(?i:ha|héc-ta|hecta|km|cây số|mét|m|m2|m²|m3|m³|kg|tấn|tạ|yến|lít|l|triệu|tỷ"
    r"|tỉ|nghìn|ngàn|phần trăm)(?![^\W\d_]))"
)


# "Mỗi tổ 2,3 người trực", "từng thôn 4,5 hộ": after "mỗi"/"từng" the pair before people
# or things counted is two or three of them, never a decimal of a person (review15:
# review14's rule said "hai phẩy ba người", silent).
_COUNT_AFTER_PAIR = re.compile(
    r"\s*(?i:người|hộ|gia đình|thành viên|hội viên|đoàn viên|cán bộ|học sinh|em|cháu|con"
    r"|chiếc|cái|lượt|lần|suất|phần|đội|tổ|nhóm|ca|xe|thuyền|tàu|buổi|ngày|tuần)(?![^\W\d_])"
    # "từng thôn 5,6 và 7": a list of the places goes on
    r"|(?P<list>\s+(?:và|hoặc)\s+\d)"
)


def _space_number_lists(text: str) -> str:
    def listed(m: re.Match[str]) -> str:
        groups = m[0].split(",")
        if all(len(g) == 3 for g in groups[1:]):
            return m[0]
        return ", ".join(groups)

    text = _COMMA_LIST.sub(listed, text)

    def place_pair(m: re.Match[str]) -> str:
        if _AMOUNT_AFTER_PAIR.match(m.string, m.end()):
            return m[0]
        counted = _COUNT_AFTER_PAIR.match(m.string, m.end()) if m["each"] else None
        if m["each"] and (
            counted is None
            # review16: two or three of them are next to each other ("3,4 người", "4,5
            # lần"); "Mỗi tổ 1,5 ngày công", "từng thôn 2,5 tuần" are a day and a half,
            # two and a half weeks (were "một, năm ngày", silent). A list of the places
            # ("từng thôn 2,5 và 7") is one whatever its numbers.
            or (not counted["list"] and int(m["b"]) != int(m["a"]) + 1)
        ):
            return m[0]
        return f"{m['each'] or ''}{m['w']} {m['a']}, {m['b']}"

    return _PLACE_PAIR.sub(place_pair, text)


def _read_ship_serials(text: str) -> str:
    def serial(m: re.Match[str]) -> str:
        groups = m["n"].split("-")
        if (
            len(groups) == 3
            and 1 <= int(groups[0]) <= 31
            and 1 <= int(groups[1]) <= 12
            and re.fullmatch(r"(?:19|20)\d\d", groups[2])
        ):
            # "tàu QB 12-5-2024 ra khơi": a day, a month and a year after the ship's
            # letters are a date, left to the calendar (review14: "một hai, năm, hai
            # không hai bốn" was said)
            return m[0]
        return m["lead"] + ", ".join(read_digits(g) for g in groups)

    return _SHIP_SERIAL.sub(serial, text)


# --- number plates -----------------------------------------------------------

# "19C-113.48", "29T-8507", "37A - 346. 81", "89A22222", "22A-292.XX": the
# province as a number, the series letter, then the serial digit by digit.
# "BS" before a plate is "biển số" (elsewhere it is "bác sĩ"); a serial cut short
# by dots, "35H3-98..", hides its last digits and is said digit by digit too.
_PLATE = re.compile(
    r"(?P<bs>(?<![\w.])BS\s*:?\s*)?"
    # "59-X1 234.56", "51B.123.45": a dash after the province or a full stop after the
    # series, as some pages type them, only with the serial's dotted tail (round 10).
    # "29 G1 123.45" with a space after the province too, likewise; "29A-XXX.XX" masked.
    r"(?<![\w.])(?P<p>\d{2})(?P<dash>-| (?=[A-Z]{1,2}\d? \d{3}\.))?(?P<s>[A-Z]{1,2}\d??)\s?"
    r"(?P<sep>[-.])?\s?(?P<a>\d{3,5}|\d{1,4}(?=\.{2,})|\d{2}(?=\.\d{3}(?!\d))|XXX(?=\.XX)|xxx(?=\.xx))"
    # "14C-20.726": a five-digit serial dotted after two digits, as some pages type it.
    # "37H-037.xx": the masked digits typed in lower case too (round 11).
    r"(?:\.\s?(?P<b>\d{2,3}|XX|xx))?(?![\w]|\.\d)"
)


# A measure after what looks like a plate typed with a dash or a space after the
# province: a lot's number and its area, a weight ("Lô 15-C1 120.50 m2" was a plate).
_MEASURE_AFTER_PLATE = re.compile(
    r"\s*(?:m2|m²|m\b|ha\b|kg\b|tấn|lít|km|đồng|triệu|USD|mét|héc)", re.IGNORECASE
)


def _read_plates(text: str, dialect: Dialect) -> str:
    def plate(m: re.Match[str]) -> str:
        if (m["dash"] or m["sep"] == ".") and not m["b"]:
            return m[0]
        if m["b"] and len(m["b"]) == 3 and (len(m["a"]) != 2 or m["sep"] != "-"):
            return m[0]
        if (m["dash"] or m["sep"] == "." or m["b"]) and _MEASURE_AFTER_PLATE.match(
            m.string, m.end()
        ):
            # "Lô 15-C1 120.50 m2": a lot and its area (review-p1); "Lô 14C-20.726 m2"
            # with a plate's dotted serial too (review11: a plate, silent)
            return m[0]
        # "50F": F, J, W have no Vietnamese letter name, said as the foreign one ("ép")
        series = " ".join(_LETTER_NAMES.get(c, _FOREIGN_LETTERS.get(c, c)) for c in m["s"])
        serial = "ích xì ích xì ích xì" if m["a"].upper() == "XXX" else read_digits(m["a"])
        if m["b"]:
            tail = "ích xì ích xì" if m["b"].upper() == "XX" else read_digits(m["b"])
            serial += " chấm " + tail
        lead = "biển số " if m["bs"] else ""
        return f"{lead}{read_int(int(m['p']), dialect)} {series}, {serial}"

    return _PLATE.sub(plate, text)


def _lot_area_doubts(cleaned: str) -> list[tuple[str, str]]:
    """ "Thửa đất 14C-20.726 m2": a plate's shape with a dotted serial before a measure
    is left to the number rules (review11), which say the dash "âm" (minus); the text
    does not say where the lot's name ends and its area begins (review12: silent)."""
    return [
        (
            m[0],
            f"'{m[0]}' trước đơn vị đo: số hiệu lô, thửa và diện tích? Kiểm tra cách đọc "
            "dấu gạch; hãy viết rõ",
        )
        for m in _PLATE.finditer(cleaned)
        if m["b"]
        and m["sep"] == "-"
        and not m["dash"]
        and not m["bs"]
        and _MEASURE_AFTER_PLATE.match(cleaned, m.end())
    ]


# "học sinh lớp 10-A1", "Lớp 6-B": after "lớp" a grade (1 to 12), a dash and a class
# letter with its number is the class's name, said "mười A một" as "lớp 12A1" is; it is
# no document's number (was "lớp mười của A một", silently; round 11).
_CLASS_NAME = re.compile(
    r"(?P<lead>(?<!\w)(?i:lớp)\s+)(?P<g>[1-9]|1[0-2])\s?-\s?(?P<c>[A-Z])(?P<n>\d{1,2})?"
    # the sentence may end after it: "… với lớp 9-B." (review12: "lớp chín - bê")
    r"(?![\w/-]|\.\w)"
)


def _read_class_names(text: str, dialect: Dialect) -> str:
    def name(m: re.Match[str]) -> str:
        said = f"{m['lead']}{read_int(int(m['g']), dialect)} {m['c']}"
        return said + (f" {read_int(int(m['n']), dialect)}" if m["n"] else "")

    return _CLASS_NAME.sub(name, text)


# --- document numbers and abbreviations --------------------------------------

# A symbol part is capitals with at most one lower-case letter (TTg, TTr, QyĐ),
# so "2024-Trung tâm" is never taken for a document symbol.
_CAPS = r"[A-ZĐ][A-ZĐ]*(?:[a-z][A-ZĐ]*)?(?:&[A-ZĐ]+)?"
_DOCUMENT = re.compile(
    # "18-2019-TT-BGDĐT": the year after a dash too, as some school pages type it.
    # "số B1091/QĐ-VPCQCSĐT": a capital typed before the number is the number's, said by
    # its name before it (round 13, part AS: "Bmột nghìn …" was said). Only before the
    # slash: "V1143-H12-10", a drug's registration, is no document (left, and listed).
    rf"(?P<so>\b[Ss]ố\s*:?\s*)?(?:(?<![\w/.-])(?P<pre>[A-ZĐ])(?=\d+/))?(?<![\d/])(?P<n>\d+)(?P<suf>[a-z])?"
    rf"(?:/(?P<y>\d{{4}})|-(?P<yd>(?:19|20)\d\d)(?=-[A-ZĐ]))?[/-]"
    rf"(?P<sym>{_CAPS}(?:[-/]{_CAPS})*(?:\d{{1,3}})?)"
    # "1/TB-CNTY.HCTH": an office of the issuer joined by a full stop drafted it, as
    # the code after the issuer in "45/UBND-VX" did; not said (round 12: ". HCTH").
    r"(?:\.[A-ZĐ]{2,6}(?![\w.]))?"
    rf"(?:/(?P<y2>\d{{4}}))?(?![\w])"
)

# Party documents: "57-NQ/TW", "217-QĐ/TW": the code is not said; the sentence
# names the body ("của Bộ Chính trị") when it matters (corpus README). A stray
# space at the dash ("57- NQ/TW", a line wrapped there) is the typist's.
_PARTY_CODE = re.compile(
    r"(?<![\d/])(?P<n>\d+)(?:\s?-\s?)(?:NQ|CT|QĐ|QĐi|KL|TB|HD|QC|QyĐ|KH|BC)/TW\b"
)
# "Chỉ thị số 05-CT/TW của Bộ Chính trị …, Quy định số 08-QĐi/TW": a body named as
# the issuer of an earlier code is not the issuer of the next one.
_OTHER_CODES_ISSUER = re.compile(
    r"\d+\s?-\s?\w+/TW\b(?:\s+ngày\s+[\d/.-]+)?\s+của\s+"
    r"(?i:ban bí thư|bộ chính trị|ban chấp hành trung ương)(?!\w)"
)
_COMPOUND = re.compile(rf"(?<![\w/-])(?P<sym>{_CAPS}(?:[-/]{_CAPS})+)(?![\w/])")
# "sở tn&mt": an abbreviation with "&" written in lower case (a headline typed fast).
_LOWER_AMPERSAND = re.compile(r"(?<![\w&])[a-zđ]{2,5}&[a-zđ]{2,5}(?![\w&])")
# "PCCC&CHCN", "PCCC & CNCH": two known abbreviations joined by "&" are joined by "và".
_AMPERSAND = re.compile(
    r"(?<![\w&])(?P<a>[A-ZĐ][A-Za-zĐƯ]+)\s*&\s*(?P<b>[A-ZĐ][A-Za-zĐƯ]+)(?![\w&])"
)
# Letters of a town or a city, which an "&" never joins to a body's letters.
_PLACE_LETTERS = frozenset({"TP", "Tp", "TX"})


# The issuer is about to be named in full: "22/KH-UBND ngày 21/01/2025 của UBND tỉnh";
# after the year alone too, "Nghị quyết 903/NQ-UBTVQH13 năm 2015 của Ủy ban Thường vụ
# Quốc hội" (was said twice, the second time after the year).
_ISSUER_FOLLOWS = re.compile(
    r"\s*,?\s*(?:(?:ngày\s+\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?)?"
    r"(?:\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)?|năm\s+(?:19|20)\d\d)\s*,?\s*)?của\b"
)


# "04/2021/TT- TTCP", "45/QĐ – UBND": a symbol whose type stands alone before a
# dash with a stray space, then the issuer's capitals. The space is a typist's;
# the symbol is one ("04/2021/TT-TTCP"). The proof list still names the break
# (doubts.py). A type followed by a spaced dash and a name ("- Ủy ban") is a pause.
_BROKEN_SYMBOL = re.compile(
    r"(?<![\w/])(?P<head>\d+(?:/\d{4})?/(?P<type>[A-ZĐ][A-Za-zĐ]{0,4}))"
    rf"(?:\s+[-–—]\s*|[-–—]\s+)(?P<tail>(?=[A-ZĐ]{{2}}){_CAPS}"
    # "158/2015/TTLT- BTC- BTP": every part after it may be set apart the same way.
    rf"(?:(?:\s+[-–—]\s*|[-–—]\s*)(?=[A-ZĐ]{{2}}){_CAPS})*)(?![\w/-])"
)
_SPACED_DASH = re.compile(r"\s*[-–—]\s*")
# "23/2015/TTLT-BGD ĐT-BNV": an issuer's code split by a stray space inside a symbol
# (after its "/" or "-", before the next "-" or "/" or its end). Joined where the two
# halves make an issuer the tables know and the first half alone is none (was "BGD ĐT"
# spelled and listed; round 10).
_SPLIT_ISSUER = re.compile(
    r"(?<![\w/])(?P<head>\d+(?:/\d{4})?/[A-ZĐ]{2,5}[-/])"
    r"(?P<a>[A-ZĐ]{2,5}) (?P<b>[A-ZĐ]{1,4})(?=[-/]|(?![\w&]))"
)
# "140/TB-ĐQLĐL KVTN ngày 28/10/2025 của Đội quản lý Điện lực khu vực Thái
# Nguyên": the issuer's code written in two words. A word of capitals right after
# a symbol, just before the issuer is named ("ngày … của", "của"), is the end of
# that code; it is joined so that neither part is said.
_SYMBOL_SPACED_TAIL = re.compile(
    rf"(?<![\w/])(?P<head>\d+(?:/\d{{4}})?/{_CAPS}(?:[-/]{_CAPS})+)\s+(?P<tail>[A-ZĐ]{{2,}})"
    rf"(?={_ISSUER_FOLLOWS.pattern})"
)


# "số 15 /QĐ-UBND", "số 15/ QĐ-UBND": a stray space at the slash before a whole
# symbol (a type, a dash, an issuer); without it the slash was read "hoặc".
# "Công văn số: 164/ TB - UBND": the dash after the type set apart too; the slash is
# joined here, the dash by _BROKEN_SYMBOL, which the proof list names (round 11, part
# AE: "một trăm sáu mươi tư hoặc TB - …").
_SPACED_SYMBOL_SLASH = re.compile(
    r"(?<![\w/])(?P<n>\d+(?:/\d{4})?)(?:\s+/\s*|/\s+)"
    rf"(?P<sym>(?P<type>{_CAPS})(?:-|\s+[-–]\s*|[-–]\s+)(?=[A-ZĐ]{{2}}){_CAPS}(?:[-/]{_CAPS})*)(?![\w/])"
)


# "số 2314 -QĐ/TU", "số 15- KH/HU": a stray space at the dash between a number and a
# whole symbol (a type the tables know, then a slash or a dash and an issuer's
# capitals). The space is a typist's; "số 15-KH/HU" is one symbol. A span of numbers
# ("2020 - 2025") has no capitals after the dash and is not touched.
_SPACED_NUMBER_DASH = re.compile(
    r"(?<![\w/])(?P<n>\d+)(?:\s+[-–]\s*|[-–]\s+)"
    rf"(?P<sym>(?P<type>{_CAPS})[-/]{_CAPS}(?:[-/]{_CAPS})*)(?![\w/])"
)
# "167/2013NĐ-CP": the slash between the year and the symbol left out. A type the
# tables know right after the year, then a dash and an issuer, is that symbol.
_GLUED_YEAR_SYMBOL = re.compile(
    r"(?<![\w/])(?P<head>\d+/(?:19|20)\d\d)"
    rf"(?=(?P<type>{_CAPS})-{_CAPS}(?:[-/]{_CAPS})*(?![\w/]))"
)
# "Công văn số 2191/SKHCN- BCVT": after a document's name and "số", a number, a slash
# and capitals broken at a dash by a stray space are one symbol even when no table
# knows its first part (a department's code: "SKHCN", Sở Khoa học và Công nghệ).
_DOCUMENT_NAMED_BEFORE = re.compile(
    r"\b(?i:quyết định|nghị định|nghị quyết|công văn|thông tư|thông báo|chỉ thị|kế hoạch"
    r"|văn bản|tờ trình|báo cáo|hướng dẫn)\s+(?i:số)\s*:?\s*$"
)


def _join_broken_symbols(text: str) -> str:
    text = _SPACED_SYMBOL_SLASH.sub(
        lambda m: f"{m['n']}/{m['sym']}" if m["type"] in DOCUMENT_TYPES else m[0], text
    )
    text = _SPACED_NUMBER_DASH.sub(
        lambda m: f"{m['n']}-{m['sym']}" if m["type"] in DOCUMENT_TYPES else m[0], text
    )
    text = _GLUED_YEAR_SYMBOL.sub(
        lambda m: f"{m['head']}/" if m["type"] in DOCUMENT_TYPES else m[0], text
    )
    text = _SYMBOL_SPACED_TAIL.sub(r"\g<head>-\g<tail>", text)
    text = _SPLIT_ISSUER.sub(
        lambda m: (
            m["head"] + m["a"] + m["b"]
            if m["a"] + m["b"] in SYMBOL_ISSUERS
            and m["a"] not in SYMBOL_ISSUERS
            and m["a"] not in ABBREVIATIONS
            else m[0]
        ),
        text,
    )
    # "2945/UBND- NNMT": an official letter's symbol is its number, the issuer and
    # the drafting department; an issuer the tables know joins like a type.
    return _BROKEN_SYMBOL.sub(
        lambda m: (
            f"{m['head']}-{_SPACED_DASH.sub('-', m['tail'])}"
            if m["type"] in DOCUMENT_TYPES
            or m["type"] in SYMBOL_ISSUERS
            or m["type"] in ABBREVIATIONS
            or _DOCUMENT_NAMED_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
            else m[0]
        ),
        text,
    )


# "QCVN 40:2011/BTNMT", "TCVN 5574:2018": a national standard's number, the year it was
# issued after the colon, and the ministry that issued it; said as a document is, "quy
# chuẩn Việt Nam bốn mươi năm hai nghìn không trăm mười một của Bộ Tài nguyên và Môi
# trường" (the colon is no pause: "bốn mươi:hai nghìn …"). A standard in parts
# ("QCVN 01-1:2018/BYT", "TCVN 6305-1:2007") has its part after a dash: no range
# ("một đến một" was said, and warned as one), the two numbers with a pause between
# ("một, một"); how a station says the dash is not settled, so it is still listed
# (doubts.py).
_STANDARD = re.compile(
    r"(?<![\w/-])(?P<code>QCVN|TCVN)\s*(?P<n>\d{1,5})(?:-(?P<part>\d{1,3}))?"
    r"\s*:\s*(?P<y>(?:19|20)\d\d)(?:/(?P<iss>[A-ZĐ][A-Za-zĐ]*))?(?![\w/-])"
)


def _read_standards(text: str, lexicon: Lexicon, dialect: Dialect) -> str:
    def standard(m: re.Match[str]) -> str:
        issuer = ""
        if m["iss"]:
            body = lexicon.extra.get(m["iss"]) or SYMBOL_ISSUERS.get(m["iss"])
            body = body or lexicon.get(m["iss"])
            if body is None or not body[:1].isupper():
                return m[0]  # an issuer no table knows: left as written, and listed
            issuer = f" của {body}"
        code = _without_repeated_head(m.string, m.start(), lexicon.get(m["code"]) or m["code"])
        n, year = read_int(int(m["n"]), dialect), read_int(int(m["y"]), dialect)
        if m["part"]:
            n += ", " + read_int(int(m["part"]), dialect)
        return f"{code} {n} năm {year}{issuer}"

    return _STANDARD.sub(standard, text)


def _read_documents(text: str, lexicon: Lexicon, dialect: Dialect) -> str:
    """Read ``số 22/KH-UBND``; the symbol's issuer is left out when "của …" follows."""

    folded: dict[str, str] = {}

    def fold_around(m: re.Match[str]) -> str:
        """The line but the match, case-folded: folded once per line, then cut, when
        folding keeps every character one character long (it never shortens one)."""
        whole = folded.get(m.string)
        if whole is None:
            whole = folded[m.string] = m.string.casefold()
        if len(whole) == len(m.string):
            return whole[: m.start()] + " " + whole[m.end() :]
        return (m.string[: m.start()] + " " + m.string[m.end() :]).casefold()

    def document(m: re.Match[str]) -> str:
        if (
            len(m["sym"]) == 1
            and not (m["y"] or m["yd"] or m["y2"] or m["suf"])
            and m.string[m.start("sym") - 1] == "-"
        ):
            # "Đội 3-A", "Tổ 5-B", "phòng 2-C": a number and one capital joined by a
            # dash name a team, a group or a room, not a document with its issuer
            # (review14: "ba của A", silent): "ba A", as "lớp 9-A" is said.
            return f"{m['so'] or ''}{m['pre'] or ''}{m['n']} {m['sym']}"
        # "số" is said where it is written (corpus README: "as written").
        letter = _LETTER_NAMES.get(m["pre"], m["pre"]) + " " if m["pre"] else ""
        said_so = m["so"].rstrip() + " " if m["so"] else ""
        words = said_so + letter + read_int(int(m["n"]), dialect)
        if m["suf"]:
            # "168a/QĐ-UBND": a number given between two others, said with its letter.
            words += " " + m["suf"]
        if m["y"] or m["yd"]:
            words += " năm " + read_int(int(m["y"] or m["yd"]), dialect)
        issuer_follows = _ISSUER_FOLLOWS.match(m.string, m.end()) is not None
        type_named = _named_before_bracket(m["sym"], m.string, m.start()) or _type_follows(
            m["sym"], m.string, m.end()
        )
        symbol = lexicon.read_symbol(
            m["sym"],
            m.string[: m.start()],
            with_issuer=not issuer_follows,
            type_named=type_named,
            sentence=m.string,
            in_document=True,
        )
        # "Quyết định 25/QĐ-TTg ... của Thủ tướng Chính phủ ...; Thông tư ... hướng dẫn
        # thi hành Quyết định số 25/2021/QĐ-TTg; Kế hoạch ...": a semicolon closes an
        # item of a list of documents; an issuer named, or its codes written, in another
        # item are another document's (round 11, part AH: the second "của Thủ tướng Chính
        # phủ" was dropped).
        lo = m.string.rfind(";", 0, m.start()) + 1
        hi = m.string.find(";", m.end())
        # Only in a list of documents: another item holds a number with its symbol.
        # "Kế hoạch 05/KH-BTC …; Ban Tổ chức đề nghị …" is one document's sentence.
        others = m.string[:lo] + " " + (m.string[hi:] if hi >= 0 else "")
        if (lo or hi >= 0) and _NUMBER_AND_SYMBOL.search(others):
            clause = m.string[lo : hi if hi >= 0 else len(m.string)]
            start, end = m.start() - lo, m.end() - lo
            elsewhere = (clause[:start] + " " + clause[end:]).casefold()
        else:
            clause, start, end = m.string, m.start(), m.end()
            elsewhere = fold_around(m)
        issuer = symbol.text.partition("của ")[2]
        if (
            _issuer_named(m["sym"], issuer, m.string[: m.start()], symbol.unknown, elsewhere)
            or _issuer_letters_named(m["sym"], issuer, symbol.unknown, m.string[: m.start()])
            or _issuer_abbreviated(issuer, symbol.unknown, lexicon, clause, start, end)
            or _issuer_word_and_letters(m["sym"], issuer, m.string[: m.start()])
            or (_issuer_codes_elsewhere(m["sym"], symbol.unknown, lexicon, clause, start, end))
        ):
            # The sentence names the issuer itself ("do Bộ Xây dựng ban hành").
            symbol = lexicon.read_symbol(
                m["sym"],
                m.string[: m.start()],
                with_issuer=False,
                type_named=type_named,
                in_document=True,
            )
        if symbol.unknown and (
            unknown_issuer_named(m["sym"], lexicon.get, m.string[m.end() :], m.string[: m.start()])
            or _unknown_initials_before(m["sym"], symbol.unknown, m.string[: m.start()])
        ):
            # "bản tin số 665/DBQG-DBKH ... của Trung tâm dự báo ...": letters no table
            # knows, and after them the sentence names the body the document is of: the
            # letters are not said (the proof list names them, doubts.py).
            symbol = lexicon.read_symbol(
                m["sym"],
                m.string[: m.start()],
                with_issuer=False,
                type_named=type_named,
                in_document=True,
            )
        # "57/NĐ-CP/2017": the year written after the symbol.
        year = f" năm {read_int(int(m['y2']), dialect)}" if m["y2"] else ""
        if symbol.text.startswith("của"):
            return f"{words} {symbol.text}{year}"
        return (f"{words}, {symbol.text}" if symbol.text else words) + year

    def party(m: re.Match[str]) -> str:
        # "Kết luận 21-KL/TW", "Quy định 08-QĐi/TW": the issuer is said, "của Trung
        # ương" (corpus README), unless the sentence names a central body (Bộ Chính
        # trị, Ban Bí thư, Ban Chấp hành Trung ương) before the code or in its own
        # clause after it ("… ngày 12/3/2003 tại Hội nghị … Ban Chấp hành Trung
        # ương"), "của …" follows, or the code ends a title ("Nghị quyết số …: ").
        n = read_int(int(m["n"]), dialect)
        clause = re.split(r"[,;:.]", m.string[m.end() :], maxsplit=1)[0]
        if (
            _CENTRAL_PARTY_BODY.search(_OTHER_CODES_ISSUER.sub(" ", m.string[: m.start()]))
            or _CENTRAL_PARTY_BODY.search(clause)
            or _ISSUER_FOLLOWS.match(m.string, m.end())
            or re.match(r"\s*(?::|$)", m.string[m.end() :])
        ):
            return n
        return f"{n} của Trung ương"

    text = _PARTY_CODE.sub(party, text)
    text = _DOCUMENT.sub(document, text)
    return _NUMBER_OF_YEAR.sub(
        lambda m: f"{m['so']}{read_int(int(m['n']), dialect)} năm {read_int(int(m['y']), dialect)}",
        text,
    )


# "văn bản số: 670/HD-UBND hướng dẫn triển khai ...": the type's own word right after
# the symbol says the type; it is not said twice.
# A document's number and the first letter of its symbol: "25/QĐ", "09/2021/TT".
_NUMBER_AND_SYMBOL = re.compile(r"\d/(?:\d{4}/)?[A-ZĐ]")


def _type_follows(symbol: str, text: str, end: int) -> bool:
    doc_type = DOCUMENT_TYPES.get(re.split(r"[-/]", symbol, maxsplit=1)[0])
    if doc_type is None:
        return False
    after = text[end : end + len(doc_type) + 2].lstrip(" ,:")
    return after.casefold().startswith(doc_type.casefold())


# "(Số 1226/QĐ-BVHTTDL ngày … và số 2657/QĐ-BVHTTDL ngày …)": a bracket that
# opens on a document number lists the numbers of the documents the sentence has
# just named ("các Quyết định … phê duyệt …"); their type is not said again.
_BRACKET_OF_NUMBERS = re.compile(r"\(\s*[Ss]ố\s*:?\s*\d")
_SENTENCE_END = re.compile(r"[.!?;:]\s")


def _named_before_bracket(symbol: str, text: str, start: int) -> bool:
    """The number at ``start`` is in a bracket of numbers whose sentence names its type."""
    before = text[:start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return False
    if not _BRACKET_OF_NUMBERS.match(text, opening):
        return False
    doc_type = DOCUMENT_TYPES.get(re.split(r"[-/]", symbol, maxsplit=1)[0])
    if doc_type is None:
        return False
    head = before[:opening]
    ends = list(_SENTENCE_END.finditer(head))
    sentence = head[ends[-1].end() :] if ends else head
    return doc_type.casefold() in sentence.casefold()


# "Quyết định số 1005/2008", "Thông tin Thống kê số 4/2004": after "số", a number
# and a year are a document's or an issue's number of that year, never a date.
# So too right after the kind of a legal document, "số" left out: "Nghị định
# 100/2019 về ...", "Thông tư 30/2014" (never "một trăm trên hai nghìn ...").
_NUMBER_OF_YEAR = re.compile(
    r"(?P<so>\b(?:[Ss]ố|(?i:nghị định|thông tư|quyết định|nghị quyết|chỉ thị|công văn))\s+)"
    r"(?P<n>\d{1,4})\s*/\s*(?P<y>(?:19|20)\d\d)(?![\w/]|[.,]\d)"
)


# "UBND tỉnh Vĩnh Phúc ban hành Quyết định số 574/QĐ-UBND": the sentence names the
# issuer before the number by the same letters the symbol ends with; it is not
# said again.
def _issuer_letters_named(symbol: str, issuer: str, unknown: tuple[str, ...], before: str) -> bool:
    if not issuer or unknown:
        return False
    codes = [c for c in re.split(r"[-/]", symbol)[1:] if c]
    if codes and all(re.search(rf"(?<![\w/-]){re.escape(c)}(?![\w/-])", before) for c in codes):
        return True
    # "UBND huyện ... ban hành Công văn số 641/UBND-LĐTBXH": a symbol with no type code
    # whose first code, the issuer, is named before by the same letters; the code after
    # it is the drafting office (as "45/UBND-VX"), not a second issuer.
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    return (
        len(parts) > 1
        and parts[0] not in DOCUMENT_TYPES
        and re.search(rf"(?<![\w/-]){re.escape(parts[0])}(?![\w/-])", before) is not None
    )


# "Hội đồng Bộ trưởng đã ra Quyết định số 02/HĐBT": letters no table knows that are
# the initials of a name the sentence wrote in full before the number, its first word
# capitalised, are that body's; the listener has heard it (round 12: "của HĐBT", listed).
def _unknown_initials_before(symbol: str, unknown: tuple[str, ...], before: str) -> bool:
    # One issuer's code only, after a known type or alone: in "7/QCPH-HND-MTTQ" the
    # words before spell the first code, the document's kind, not its bodies (review9).
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    if parts and parts[0] in DOCUMENT_TYPES:
        parts = parts[1:]
    if len(parts) != 1 or tuple(parts) != tuple(unknown):
        return False
    code = parts[0]
    if len(code) < 3 or not code.isupper():
        return False
    # The sentence's words before the number, in a bounded window (a line of many
    # documents stays linear).
    words = [w for w in _LETTER_WORD.findall(before[-300:]) if w.casefold() != "và"]
    initials = "".join(_initial(w) for w in words)
    at = initials.find(code)
    while at >= 0 and not words[at][0].isupper():
        at = initials.find(code, at + 1)
    return at >= 0


# "Chỉ huy trưởng Ban CHQS xã tại Tờ trình số 08/TTr-BCHQS": the sentence names the
# issuer by its first word in full and the rest by letters, which together are the
# symbol's code ("Ban" + "CHQS"); it is not said again (was "của Bộ Chỉ huy Quân
# sự", the province's, silently).
def _issuer_word_and_letters(symbol: str, issuer: str, before: str) -> bool:
    if not issuer:
        return False
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    if parts and parts[0] in DOCUMENT_TYPES:
        parts = parts[1:]
    if not parts or len(parts[0]) < 3:
        return False
    code = parts[0]
    for w in re.finditer(
        r"(?<!\w)(?P<word>[A-ZĐ][a-zà-ỹđ]+)\s+(?P<letters>[A-ZĐ]{2,})(?![\w&-])", before
    ):
        if _initial(w["word"]) + w["letters"] == code:
            return True
    return False


# "Bộ GD&ĐT ban hành Thông tư số 29/2024/TT-BGDĐT": the sentence names the issuer by
# its word and the dictionary's letters for the rest ("Bộ" + "GD&ĐT", giáo dục và đào
# tạo); it is said there, not a second time after the number.
_LETTERS = re.compile(r"(?<![\w&/-])[A-ZĐ][A-Za-zĐđ]*(?:&[A-ZĐ][A-Za-zĐđ]*)?(?![\w&/-])")


def _issuer_abbreviated(
    issuer: str, unknown: tuple[str, ...], lexicon: Lexicon, text: str, start: int, end: int
) -> bool:
    if not issuer or unknown or ", " in issuer:
        return False

    def expand(m: re.Match[str]) -> str:
        return lexicon.get(m[0]) or m[0]

    around = _LETTERS.sub(expand, text[:start]) + " " + _LETTERS.sub(expand, text[end:])
    return issuer.casefold() in around.casefold()


# "Công văn 3597/TTYT-KSBT ngày 10/12/2021 về việc ... của TTYT quận Long Biên":
# the sentence names the issuer by the letters of the symbol, before the number or
# after it (not only right after, see _ISSUER_FOLLOWS); it is said there, once.
def _issuer_codes_elsewhere(
    symbol: str, unknown: tuple[str, ...], lexicon: Lexicon, text: str, start: int, end: int
) -> bool:
    if unknown:
        return False
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    if parts and parts[0] in DOCUMENT_TYPES:
        parts = parts[1:]
    codes = [p for p in parts if p in SYMBOL_ISSUERS or lexicon.get(p) is not None]
    if not codes:
        return False
    elsewhere = text[:start] + " " + text[end:]
    return all(re.search(rf"(?<![\w/-]){re.escape(c)}(?![\w/-])", elsewhere) for c in codes)


# "Giám đốc Sở Xây dựng tại Tờ trình số 819/TTr-SXD": the issuer's letters are the
# initials of words just written ("Sở Xây dựng").
_WORD = re.compile(r"[^\W\d_]+")


def _initials_named(part: str, before: str) -> bool:
    """``part`` (3 letters or more) spells the initials of consecutive words of ``before``.

    "và" may be left out of them, as acronyms do: "Sở Khoa học và Công nghệ" is
    "SKHCN" as well as "SKHVCN"."""
    if len(part) < 3 or not part.isupper():
        return False
    words = _WORD.findall(before)
    initials = "".join(_initial(w) for w in words)
    without_va = "".join(_initial(w) for w in words if w.casefold() != "và")
    return part in initials or part in without_va


_CENTRAL_PARTY_BODY = re.compile(
    r"(?<!\w)(?i:ban bí thư|bộ chính trị|ban chấp hành trung ương)(?!\w)"
)


# The Assembly as the subject that passes a law before its number: "Quốc hội (khóa XV)
# ... thông qua / ban hành / biểu quyết", with no sentence end between them.
_ASSEMBLY_PASSES = re.compile(
    r"(?<!\w)quốc hội\b[^.;:]*?(?<!\w)(?:đã )?(?:thông qua|ban hành|biểu quyết)(?!\w)",
    re.IGNORECASE,
)


# The Assembly's term named between "Quốc hội" and the verb: "khóa XV", "khóa 15",
# or already said ("khóa mười lăm").
_ASSEMBLY_TERM = re.compile(r"(?i:khóa|khoá)\s+(?P<t>[IVXLC]+|\d+)(?!\w)")
_TERM_ENDS = r"(?!\s+(?:một|mốt|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín|mươi)(?!\w))(?!\w)"


def _assembly_of_term_passes(symbol: str, issuer: str, before: str) -> bool:
    """Whether the Assembly that passes the law before its number is the law's own
    term: "Quốc hội khóa XV … thông qua Luật … số 31/2024/QH15". Another term, or
    none named ("Quốc hội khóa XV thông qua Luật …, thay thế Luật số 45/2013/QH13",
    "Quốc hội thông qua …, sửa đổi Luật số 59/2020/QH14"), does not name the issuer
    of that number: its term is still said (review12: "của Quốc hội khóa mười ba" was
    dropped, silently, the listener left to think it the passing Assembly's law)."""
    said_term = issuer[len("Quốc hội khóa ") :]
    said = re.compile(rf"(?i:khóa|khoá)\s+{re.escape(said_term)}{_TERM_ENDS}")
    for passes in _ASSEMBLY_PASSES.finditer(before):
        if said.search(passes[0]):
            return True
        for term in _ASSEMBLY_TERM.finditer(passes[0]):
            t = term["t"]
            value = int(t) if t.isdigit() else parse_roman(t) or 0
            if value and said_term in {read_int(value, "north"), read_int(value, "south")}:
                return True
    return False


def _issuer_named(
    symbol: str, issuer: str, before: str, unknown: tuple[str, ...], elsewhere: str
) -> bool:
    """The sentence names the symbol's issuer itself ("do Bộ Xây dựng ban hành",
    "Ủy ban nhân dân tỉnh Quảng Ninh tại công văn số 6557/UBND-XD2"); then neither
    the issuer nor an office code after it ("XD2") is said."""
    if not issuer:
        return False
    if not unknown and issuer.casefold() in elsewhere:
        return True
    # "Quốc hội ... khóa XV, Kỳ họp thứ 9 thông qua Luật ... số 72/2025/QH15": the
    # Assembly, the subject that passes or issues the law, names it; its term is not said
    # again after the number (round 11's sample; "của Quốc hội khóa mười lăm" was added).
    if issuer.startswith("Quốc hội khóa ") and _assembly_of_term_passes(symbol, issuer, before):
        return True
    # "theo chỉ đạo của Ban Bí thư tại văn bản số 81-CV/TW": the Party's central bodies
    # that issue "/TW" documents, named before the number, name its issuer.
    if issuer == "Trung ương" and _CENTRAL_PARTY_BODY.search(before):
        return True
    # "do Bộ trưởng Bộ y tể ký": the page's typo in a tone still names the issuer
    # (a body's name of two words or more, compared without tones).
    if not unknown and " " in issuer and _toneless(issuer) in _toneless(elsewhere):
        return True
    # Two issuers of a joint circular, each named ("của Bộ Tài chính và Bộ Tư pháp").
    bodies = issuer.split(", ")
    if not unknown and len(bodies) > 1 and all(b.casefold() in elsewhere for b in bodies):
        return True
    # The first issuer is named; what follows it is the drafting office's code.
    head = issuer.split(", ")[0]
    if head != issuer and head.casefold() in before.casefold():
        return True
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    # A code that spells the document's kind right before the number ("Quy chế phối hợp
    # số 7/QCPH-HND-MTTQ") names no issuer when bodies follow it; before a case's kind
    # ("kết luận điều tra số 36/KLĐT-HS") the symbol is not said, as before.
    said_bodies = [b for b in bodies if b[:1].isupper() and b not in unknown]
    if (
        bool(unknown)
        and all(
            _initials_named(u, before) and not (said_bodies and _kind_initials(u, before))
            for u in unknown
        )
        and len(parts) > 1
    ):
        return True
    # "Sở Nông nghiệp và Môi trường ban hành Công văn số 2345/SNNMT-TTBVTV": the first
    # code after the type is the issuer, named just before by its initials; the codes
    # after it are its own office's (as "45/UBND-VX"), not said either.
    issuers = parts[1:] if parts and parts[0] in DOCUMENT_TYPES else parts
    return (
        len(issuers) > 1
        and issuers[0] in unknown
        and _initials_named(issuers[0], before)
        and not _kind_initials(issuers[0], before)
    )


def _kind_initials(code: str, before: str) -> bool:
    """``code`` spells the words right before the number, the document's kind
    ("Chương trình phối hợp số 03/CTPH-MTTQ-CĐ"): a type code no table knows, not an
    issuer the sentence named; the bodies after it are the issuers (review9: they were
    dropped, silently)."""
    words = _WORD.findall(before)
    if words and words[-1].casefold() == "số":
        words = words[:-1]
    for skip_va in (False, True):
        kept = [w for w in words if not (skip_va and w.casefold() == "và")]
        if "".join(_initial(w) for w in kept[-len(code) :]) == code:
            return True
    return False


# An acronym in brackets right after its full name ("Tổng cục Thống kê (GSO)",
# "Hội nghị ... (COP 26)") is for the eye: the listener has just heard the name.
# "(SN 1990)" is a year of birth, not an acronym.
_RUN = r"[A-ZĐ]{2,8}(?:-[A-ZĐ]{1,8})?"
_BRACKETED_ACRONYM = re.compile(
    r"(?<=[^\W\d_])\s*\(\s*(?!SN\b)(?P<a>[A-ZĐ][A-Za-zĐƯ&-]*[A-ZĐƯ][A-Za-zĐƯ&0-9-]*)"
    # "(PCTT và TKCN)": two acronyms joined by "và" after the two names they shorten.
    # "(PCCC & CNCH)": the same with "&" spaced (round 11, part AF: read again, silent).
    r"(?:\s+(?:\d{1,3}|[A-ZĐ]{2,8}))?(?:(?:\s*[,/&]\s*|\s+và\s+)[A-ZĐ][A-ZĐƯ]{1,8})*\s*\)"
    # "(BQL VQG PN-KB)": up to four runs, a run's parts joined by a hyphen (round 11).
    r"|(?<=[^\W\d_])\s*\(\s*(?P<runs>" + _RUN + r"(?: " + _RUN + r"){2,3})\s*\)"
)


# The same after a dash, where the dictionary's expansion of the acronym is the
# words just before it: "Nghệ sỹ Nhân dân - NSND" (sỹ and sĩ alike).
_DASHED_ACRONYM = re.compile(r"\s*-\s*(?P<a>[A-ZĐ][A-ZĐƯ]{1,7})(?![\w-])")


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _letter_words_before(text: str, end: int, n: int) -> list[str]:
    """The last ``n`` words of letters in ``text[:end]``, looked for in a window that
    grows until it holds them: finding every word of the line before each match
    was quadratic on a line of many."""
    size = 64
    while True:
        start = max(0, end - size)
        words = _LETTER_WORD.findall(text, start, end)
        # The window's first word may be cut; one more than needed makes it whole.
        if start == 0 or len(words) > n:
            return words[-n:] if n else []
        size *= 4


def _same_words(a: str, b: str) -> bool:
    def fold(s: str) -> str:
        return unicodedata.normalize("NFC", s).casefold().replace("ỹ", "ĩ").replace("ý", "í")

    return fold(a).split() == fold(b).split()


# An acronym may be bracketed in title case, "Cục Quản lý lao động ngoài nước
# (Dolab)"; the text shows it is one when it writes the same letters in capitals
# elsewhere ("cục DOLAB"). Then the bracket is for the eye too.
_BRACKETED_TITLE_CASE = re.compile(r"(?<=[^\W\d_])\s*\(\s*(?P<w>[A-ZĐ][a-zđ]{2,9})\s*\)")


# "vắc xin uốn ván - bạch hầu giảm liều (Td)": an acronym in mixed case the dictionary
# knows, bracketed after the words it shortens, is for the eye like one in capitals
# (round 11, part AF: it was said again). Only a key of the dictionary: "(Hà)" stays.
_SPOKEN_LETTERS = frozenset(
    "a bê xê dê đê ê ép gờ giê hát i ca lờ mờ em en nờ o ô ơ pê quy rờ ét sờ tê u ư vê"
    " ích xờ dét kép đúp".split()
)


def _spelled(expansion: str) -> bool:
    """Whether a dictionary reading spells its key out ("tê đê", "Hô-se", "Cô-vít")
    rather than saying what it means ("Thạc sĩ", "công ty")."""
    return "-" in expansion or all(w in _SPOKEN_LETTERS for w in expansion.casefold().split())


_BRACKETED_MIXED_CASE = re.compile(
    r"(?<=[^\W\d_])\s*\(\s*(?P<k>[A-ZĐ](?=[A-Za-zĐđ]*[a-zđ])[A-Za-zĐđ]{1,5})\s*\)"
)


# A place in brackets after a name says where the named body is: "Bệnh viện Đa
# khoa Bà Rịa (TPHCM)". What the dictionary expands to one of these is a place.
_PLACE_STARTS = ("thành phố ", "tỉnh ", "huyện ", "quận ", "thị xã ", "phường ", "hà nội")


def _bracketed_place(acronym: str, before: str, expansion: str | None) -> bool:
    """Whether a bracketed ``acronym`` is a place that the words before do not name."""
    if expansion is None or not (expansion.casefold() + " ").startswith(_PLACE_STARTS):
        return False
    tail = _toneless(" ".join(before.split()[-12:]))
    return _toneless(expansion) not in tail and acronym.casefold() not in before.casefold()


_ALARM_LEVEL = re.compile(r"(?<!\w)BĐ\s?([1-3])(?!\d)")


_BRACKETED_ACRONYM_PLACE = re.compile(
    r"\s*\(\s*(?P<a>[A-ZĐ]{2,6})\s+(?P<p>(?:tỉnh|huyện|xã|phường|quận|thành phố)"
    r"|[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})\s*\)"
)


# "ghi nhận 1 ca bệnh (BN1561)": letters the dictionary says as a word ("bệnh nhân")
# glued to a number are that one's number, not the acronym of the words before (round
# 12: the patient's number was dropped, listed); dropped only after the same words and
# number ("bệnh nhân 1561 (BN1561)").
_NUMBERED_CODE = re.compile(r"(?P<l>[A-ZĐ]{1,4})(?P<n>\d{1,6})")


def _numbered_code_not_said(m: re.Match[str], lexicon: Lexicon | None) -> bool:
    code = _NUMBERED_CODE.fullmatch(m["a"])
    if code is None or lexicon is None:
        return False
    head = lexicon.get(code["l"]) or CODE_HEADS.get(code["l"])
    if head is None or not head[:1].islower():
        return False
    said = rf"(?i:{re.escape(head)})\s*0*{int(code['n'])}\s*$"
    return re.search(said, m.string[max(0, m.start() - 60) : m.start()]) is None


# "xã Tân Cương (T.P Thái Nguyên)": the city's "TP" with a stop between its letters,
# before a capitalised name (round 13, part AT: left as written, silent). Not after a
# family name, where the letters are a person's initials ("Nguyễn T.P Anh").
_DOTTED_CITY = re.compile(rf"(?<![\w.])T\.\s?P\.?(?=\s+[{UPPER}])")
_FAMILY_NAME_BEHIND = re.compile(rf"(?<![\w.])(?:{FAMILY_NAMES})(?:\s+[{UPPER}][^\W\d_]*)?\s+$")


def _undot_titles(text: str) -> str:
    """ "T.S. Nguyễn Văn An" as "TS. Nguyễn Văn An" (abbreviations.DOTTED_TITLE)."""
    text = _DOTTED_CITY.sub(
        lambda m: m[0] if _FAMILY_NAME_BEHIND.search(m.string, 0, m.start()) else "TP", text
    )
    return DOTTED_TITLE.sub(lambda m: re.sub(r"[.\s]", "", m["t"]) + ".", text)


_BRACKETED_TITLE_WORDS = (
    "giáo sư", "phó giáo sư", "tiến sĩ", "thạc sĩ", "bác sĩ", "dược sĩ", "kỹ sư", "cử nhân",
    "thầy thuốc", "nhà giáo", "nghệ sĩ", "chuyên khoa",
)  # fmt: skip
# "Ông Đỗ Văn Lực (TS)": a family name and up to three capitalised words right before.
_PERSON_BEHIND = re.compile(rf"(?<!\w)(?:{FAMILY_NAMES})(?:\s+[{UPPER}][^\W\d_]*){{1,3}}\s*$")


def _drop_bracketed_acronyms(text: str, lexicon: Lexicon | None = None) -> str:
    def bracketed(m: re.Match[str]) -> str:
        if m["runs"]:
            return "" if _runs_spelled_before(m.string, m.start(), m["runs"]) else m[0]
        levels = _ALARM_LEVEL.findall(m[0])
        if levels:
            # "trên báo động (BĐ2-BĐ3)": flood alarm levels tell the listener how high;
            # dropped only after the words that said the same ("báo động 2 (BĐ2)").
            said_before = re.search(
                rf"(?i:báo động)\s*(?:số\s*)?{levels[0]}\s*$", m.string[: m.start()]
            )
            return "" if said_before and len(levels) == 1 else m[0]
        expansion = lexicon.get(m["a"]) if lexicon is not None else None
        if _numbered_code_not_said(m, lexicon):
            return m[0]
        if (
            m["a"] in _TITLE_PARTS
            and expansion is not None
            # review15: only after a person's name, and only a title ("Ban Giám sát
            # (GS)", "Tổng tài sản (TS)" shorten the words before: were "(Giáo sư)",
            # "(Tiến sĩ)"; "(CN)" was "(chủ nhật)", all silent)
            and expansion.casefold().startswith(_BRACKETED_TITLE_WORDS)
            and _PERSON_BEHIND.search(m.string, max(0, m.start() - 60), m.start()) is not None
            and _FINAL_Y.sub(lambda y: y[0].translate(_Y_TO_I), expansion.casefold())
            not in _FINAL_Y.sub(lambda y: y[0].translate(_Y_TO_I), m.string[: m.start()].casefold())
        ):
            # "Bà Nguyễn Thị Hoa (ThS)": a title in brackets after a person's name
            # shortens no name; the listener has not heard it, so it is said (was
            # dropped as an acronym of the words before, silent; round 11, noticed).
            return m[0]
        return m[0] if _bracketed_place(m["a"], m.string[: m.start()], expansion) else ""

    text = _BRACKETED_ACRONYM.sub(bracketed, text)

    def with_place(m: re.Match[str]) -> str:
        # "Công ty Điện lực tỉnh (PC tỉnh)": an acronym and the same place word after
        # the name it shortens, one of its meanings (even of an ambiguous one: the
        # words before decide it) is not read again.
        meanings = list(AMBIGUOUS.get(m["a"], ())) + list(CONTEXT_MEANINGS.get(m["a"], ()))
        known = lexicon.get(m["a"]) if lexicon is not None else None
        if known is not None:
            meanings.append(known)
        before = m.string[: m.start()].rstrip()
        for meaning in meanings:
            if _same_words(
                " ".join(before.split()[-len(meaning.split()) - len(m["p"].split()) :]),
                f"{meaning} {m['p']}",
            ):
                return ""
        # "Tổng công ty Điện lực Kiên Giang (EVN Kiên Giang)": a known body's acronym
        # with the very place name the name before ends with is that body's short
        # name, for the eye (part AC); a place word alone ("(PC tỉnh)") is not enough.
        place = m["p"].split()
        if (
            known is not None
            and place[0][0].isupper()
            and len(place) >= 2
            and _same_words(" ".join(before.split()[-len(place) :]), m["p"])
        ):
            return ""
        return m[0]

    text = _BRACKETED_ACRONYM_PLACE.sub(with_place, text)

    def title_case(m: re.Match[str]) -> str:
        capitals = re.escape(m["w"].upper())
        return "" if re.search(rf"(?<!\w){capitals}(?!\w)", m.string) else m[0]

    text = _BRACKETED_TITLE_CASE.sub(title_case, text)
    if lexicon is None:
        return text

    def mixed_case(m: re.Match[str]) -> str:
        known = lexicon.get(m["k"])
        if known is None or _bracketed_place(m["k"], m.string[: m.start()], known):
            return m[0]
        if not _spelled(known) and known.casefold() not in m.string[: m.start()].casefold():
            # "Lê Thị Hoa (ThS)", "Hoàng Long (Cty)": a title or a word the text has not
            # said is news to the listener, said (review13: dropped, silent)
            return m[0]
        return ""

    text = _BRACKETED_MIXED_CASE.sub(mixed_case, text)

    def dashed(m: re.Match[str]) -> str:
        expansion = lexicon.get(m["a"])
        if expansion is None:
            return m[0]
        n = len(expansion.split())
        words = _letter_words_before(m.string, m.start(), n)
        return "" if n and _same_words(" ".join(words), expansion) else m[0]

    return _DASHED_ACRONYM.sub(dashed, text)


# "huy chương (HC)", "sốt xuất huyết (SXH)": a text that gives an acronym in
# brackets after words whose initials spell it has defined it; later uses of
# that acronym in the same text are said as those words, even where the
# dictionary gives the letters another meaning ("ĐTN" is "Đoàn Thanh niên"
# there). Nothing is guessed: the words are the text's own.
_DEFINED = re.compile(
    r"(?<!\w)(?P<words>(?:[^\W\d_]+\s+){0,7}[^\W\d_]+)\s*\(\s*"
    # "Quản lý Khai thác Công trình Thủy lợi (QLKT CTTL)": two runs of capitals, one
    # acronym spelled by the words' initials (round 10, part AD: its later uses were
    # left and listed).
    r"(?P<a>[A-ZĐ]{2,8}(?: [A-ZĐ]{2,8})?)\s*\)"
)


def _initial(word: str) -> str:
    """The letter an acronym takes from ``word``: "án" gives "A", "đảng" "Đ"."""
    first = unicodedata.normalize("NFC", word)[0].upper()
    return first if first == "Đ" else unicodedata.normalize("NFD", first)[0]


def _toneless(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def learn_acronyms(text: str, lexicon: Lexicon) -> dict[str, str]:
    """Acronyms ``text`` defines in brackets, with the words they stand for.

    Where the dictionary says the same words ("Toà án" written with the old
    tone placement), its spelling is kept."""
    learned: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acronym = m["a"]
        letters = acronym.replace(" ", "")
        words = " ".join(m["words"].split()[-len(letters) :])
        if len(words.split()) != len(letters) or "".join(map(_initial, words.split())) != letters:
            found = _name_head(m["words"].split(), letters)
            if found is None:
                continue
            words = found
        known = lexicon.get(acronym)
        learned[acronym] = known if known and _toneless(known) == _toneless(words) else words
    for m in _DEFINED_RUNS.finditer(text):
        for run, name in _runs_spelled_before(text, m.start(), m["runs"]) or []:
            if "-" in run and lexicon.get(run) is None:
                learned[run] = name
    return learned


# "Ban quản lý Vườn quốc gia Phong Nha-Kẻ Bàng (BQL VQG PN-KB)": three or four runs
# of capitals, the initials of the name's words in order, each run a part of the name
# (a hyphen joins two words of one part). The name's own words are learned for each
# run the dictionary does not know ("PN-KB", "Phong Nha-Kẻ Bàng"), so that "VQG PN-KB"
# later in the text is said as the name (round 11, part AE: left and listed).
_DEFINED_RUNS = re.compile(r"\(\s*(?P<runs>" + _RUN + r"(?: " + _RUN + r"){2,3})\s*\)")


def _runs_spelled_before(text: str, end: int, runs: str) -> list[tuple[str, str]] | None:
    """Each run of ``runs`` with the words before ``end`` whose initials spell it, or
    None where the words just before do not spell all the runs in order."""
    letters = runs.replace(" ", "").replace("-", "")
    found = list(_LETTER_WORD.finditer(text, max(0, end - 400), end))[-len(letters) :]
    if len(found) != len(letters) or "".join(_initial(w[0]) for w in found) != letters:
        return None
    out: list[tuple[str, str]] = []
    at = 0
    for run in runs.split():
        n = len(run.replace("-", ""))
        part = found[at : at + n]
        out.append((run, text[part[0].start() : part[-1].end()]))
        at += n
    return out


def _name_head(words: list[str], acronym: str) -> str | None:
    """The first words of a name whose initials are the acronym bracketed after it.

    "Người có công với cách mạng (NCC)": the acronym stands for the head of the
    name, "Người có công"; the head starts with a capital, as a name does, and
    the words between it and the bracket are the rest of that name."""
    for start in range(len(words) - len(acronym)):
        head = words[start : start + len(acronym)]
        if head[0][:1].isupper() and "".join(map(_initial, head)) == acronym:
            return " ".join(head)
    return None


def _say_learned(text: str, learned: Mapping[str, str]) -> str:
    for acronym, words in learned.items():
        # Not inside a document symbol or a compound ("22/KH-UBND", "TTYT/BV").
        text = re.sub(rf"(?<![\w(/&.-]){acronym}(?![\w)/&-])", words, text)
    return text


# Academic and professional titles stacked with full stops: "PGS.TS.BS",
# "ThS.BS", "TS." -- each said in full, a comma pause between them.
_TITLE_PARTS = (
    "GS PGS TS TSKH ThS Ths BS Bs BSCKI BSCKII CKI CKII DS KS CN TTND TTƯT NSND NSƯT NGND NGƯT"
).split()
_TITLE_ALT = "|".join(sorted(_TITLE_PARTS, key=len, reverse=True))
_TITLES = re.compile(rf"(?<![\w.])(?:{_TITLE_ALT})(?:\.\s?(?:{_TITLE_ALT}))+\.?(?![\w])")


def _read_titles(text: str, lexicon: Lexicon) -> str:
    def titles(m: re.Match[str]) -> str:
        whole = lexicon.get(m[0]) or lexicon.get(m[0].rstrip("."))
        if whole is not None:
            return whole
        parts = [p.strip() for p in m[0].split(".") if p.strip()]
        return ", ".join(lexicon.get(p) or lexicon.get(p + ".") or p for p in parts)

    return _TITLES.sub(titles, text)


# "BSCKII. Nguyễn Tiến Dũng", "các PCT. UBND, HĐND": a full stop typed after a title
# or a post that the dictionary knows without one belongs to the abbreviation, not a
# pause, only before what a title or a post names: a person (a family name and a
# capitalised given name) or a body in capitals. Before any other capitalised word it
# ends the sentence: "Đoàn có 3 PCT. Hội nghị bầu …", "Xã có 1 CT. Phó chủ tịch …"
# (review7: the list of sentence openers this rule first excluded let these through).
_FAMILY_NAMES = FAMILY_NAMES
_STOPPED_ABBREVIATION = re.compile(
    r"(?<![\w.])(?P<a>[A-ZĐ][A-Za-zĐđ]{1,7})\.\s+"
    rf"(?=(?:{_FAMILY_NAMES})\s+[{UPPER}]|[A-ZĐ][A-ZĐ&]+(?![^\W\d_])"
    # "CT. Hội NCT huyện": a post's stop before the body it heads (round 10).
    r"|(?P<body>(?:Hội|Chi hội|Hội đồng|Đoàn|Công đoàn|Liên đoàn|Mặt trận|Ủy ban|Đảng ủy)"
    r"(?!\s+(?:nghị|thảo|thi|diễn|chợ|trại|khỏe|báo|viên)\b)\s))"
)
_TITLE_WORDS = (
    "bác sĩ", "thạc sĩ", "tiến sĩ", "giáo sư", "phó giáo sư", "dược sĩ", "kỹ sư", "cử nhân",
    "điều dưỡng", "y sĩ", "luật sư",
)  # fmt: skip


# "Đoàn khám gồm 5 BS. Kết quả …": a title whose key carries its own full stop
# ("BS.", "TS.") counted by a number is a noun; its stop ends the sentence unless a
# person's name follows ("gồm 2 BS. Nguyễn Văn An và …"). It was swallowed with the
# key: "năm Bác sĩ Kết quả".
_COUNTED_STOPPED_TITLE = re.compile(
    rf"(?<=\d)(?P<sp>\s+)(?P<a>[A-ZĐ][A-Za-zĐđ]{{0,7}})\.(?=\s*$|\s+[{UPPER}])"
)
_NAME_AHEAD = re.compile(rf"\s+(?:{_FAMILY_NAMES})\s+[{UPPER}]")


def _stop_counted_titles(text: str, lexicon: Lexicon) -> str:
    def stop(m: re.Match[str]) -> str:
        if lexicon.get(m["a"] + ".") is None or _NAME_AHEAD.match(m.string, m.end()):
            return m[0]
        return f"{m['sp']}{m['a']} ."

    return _COUNTED_STOPPED_TITLE.sub(stop, text)


def _unstop_titles(text: str, lexicon: Lexicon) -> str:
    def unstop(m: re.Match[str]) -> str:
        if lexicon.get(m["a"] + ".") is not None:
            return m[0]  # "TS.": the key carries its stop and reads it
        expansion = lexicon.get(m["a"])
        if expansion is None or re.search(r"\d\s*$", m.string[: m.start()]):
            return m[0]  # "có 3 PCT. UBND …": a count of posts, a sentence's end
        if m["body"] is not None and not _is_post(expansion):
            return m[0]
        if _is_post(expansion) or expansion.casefold().startswith(_TITLE_WORDS):
            return m["a"] + " "
        return m[0]

    return _STOPPED_ABBREVIATION.sub(unstop, text)


# "DS Nguyễn Thị Mai", "KS Lê Văn Tâm": a title the dictionary has with its full stop
# ("DS.", "KS."), typed without it, before a person's full name. Alone the letters are
# other words ("KS" khách sạn, "DS" danh sách), so only a name decides, and a name of
# three words: a place may begin with a family name's word and has two ("KS Hà Nội",
# "KS Đồng Nai" are hotels, "DS Cao Bằng" the province's population; review8: all read
# "Kỹ sư Hà Nội", "Dược sĩ Cao Bằng"). "DS Trần Minh" stays listed.
_BARE_TITLE = re.compile(
    rf"(?<![\w.&/-])(?P<a>[A-ZĐ][A-Za-zĐđ]{{1,5}})"
    rf"(?=\s+(?:{_FAMILY_NAMES})\s+[{UPPER}][^\W\d_]*\s+[{UPPER}])"
)


def _read_bare_titles(text: str, lexicon: Lexicon) -> str:
    def title(m: re.Match[str]) -> str:
        stopped = lexicon.get(m["a"] + ".")
        if m["a"] in lexicon.extra or stopped is None:
            return m[0]
        if not stopped.casefold().startswith(_TITLE_WORDS):
            return m[0]
        own = lexicon.get(m["a"])
        if own is not None:
            # "BS Nguyễn …": the dictionary reads it already. "CN Đỗ Minh Tâm": the bare
            # letters are a word of their own (chủ nhật), and before a name as much công
            # nhân or chủ nhiệm as cử nhân: left, and listed (_neighbour_reading).
            return m[0]
        return stopped

    return _BARE_TITLE.sub(title, text)


# "Phòng LĐ,TB&XH": a compound abbreviation whose parts a comma joins with no space is
# the compound the dictionary writes with a dash ("LĐ-TB&XH"); the comma is the pause
# the name has ("Lao động, Thương binh và Xã hội").
_COMMA_COMPOUND = re.compile(
    r"(?<![\w,&-])(?P<a>[A-ZĐ]{1,5}),(?P<b>[A-ZĐ]{1,5}(?:&[A-ZĐ]{1,5})?)(?![\w&-])"
)


def _read_comma_compounds(text: str, lexicon: Lexicon) -> str:
    def compound(m: re.Match[str]) -> str:
        expansion = lexicon.get(f"{m['a']}-{m['b']}")
        if expansion is None:
            return m[0]
        return expansion.replace(" - ", ", ", 1)

    return _COMMA_COMPOUND.sub(compound, text)


# A person's initials, as the press writes a name it withholds: "T.C.T",
# "Đ.V.Đ.", "anh D. gặp". Said letter by letter by their Northern names; the
# stops are not pauses.
_LETTER_NAMES = {
    "B": "bê", "C": "xê", "D": "đê", "Đ": "đê", "G": "giê", "H": "hát", "K": "ca",
    "L": "lờ", "M": "mờ", "N": "nờ", "P": "pê", "Q": "quy", "R": "rờ", "S": "sờ",
    "T": "tê", "V": "vê", "X": "xờ", "Y": "i dài", "Z": "dét",
}  # fmt: skip
_DIGRAPH_NAMES = {
    "Ch": "chờ", "Gh": "gờ", "Kh": "khờ", "Ng": "ngờ", "Nh": "nhờ", "Ph": "phờ",
    "Th": "thờ", "Tr": "trờ",
}  # fmt: skip
_DIGRAPH = "|".join(_DIGRAPH_NAMES)
_INITIAL_UNIT = re.compile(rf"{_DIGRAPH}|[A-ZĐ]")
_INITIALS = re.compile(
    # Not a Roman number after a word that takes one ("lần thứ X.", "khóa V."): the
    # ordinal reader says it ("lần thứ mười"); it was "xờ", silently (round 8).
    r"(?<!\b[Tt]hứ )(?<!\b[Kk]hóa )(?<!\b[Kk]hoá )(?<!\b[Ll]ần )(?<!\b[Đđ]ợt )"
    r"(?<!\b[Qq]uý )"
    # Nor a unit after "/": "12 mmol/L." is so much a litre, not an initial "lờ".
    r"(?<![\w.&°/])"
    # Nor a class's letter ending a sentence after its grade: "lớp 9-B." (review13:
    # "lớp chín - bê", the name broken by a pause; _CLASS_NAME reads it).
    r"(?<!\d-)(?P<run>"
    # "T.B.Tr.", "N.V.Th.": a withheld name's initial may be a two-letter consonant
    # ("Tr" of Trâm), each with its stop; said by its sound ("trờ"; it was "T.B.Tr.",
    # listed). Only in a run of two or more stopped initials.
    # Not a degree: "Ph.D.", "Th.S." (tiến sĩ, thạc sĩ) were "phờ dê", "thờ sờ" (review10).
    r"(?!Ph\.D\.|Th\.S\.|Ch\.K\.)"
    rf"(?=(?:(?:[A-ZĐ]|{_DIGRAPH})\.){{0,4}}(?:{_DIGRAPH})\.)(?:(?:[A-ZĐ]|{_DIGRAPH})\.){{2,5}}"
    r"|(?:[A-ZĐ]\.){1,4}[A-ZĐ]\.?|[A-ZĐ]\.)(?=\s+[a-zđà-ỹ(\d]|\s*\(|\s*,|\s*$)"
)
_PH = re.compile(r"(?<![\w.])Ph\.(?=\s+[a-zđà-ỹ(])")


# "bé TV (3 tuổi)", "bé TV. bị sốt", "chị N. T (SN 1959)": two or three capitals right after a word
# for a person, marked as a withheld name by an age in brackets or by the
# initials' full stop, are that person's initials, even where the letters are
# also an abbreviation ("TV" is "tivi" elsewhere). Without that mark they stay
# abbreviations ("ông CT UBND xã" is the chairman), unknown ones unguessed.
_PERSON_WORDS = (
    "bé cháu em anh chị ông bà cụ cô chú bệnh_nhân bệnh_nhi nạn_nhân đối_tượng bị_cáo bị_can "
    "nghi_phạm sản_phụ nữ_sinh nam_sinh"
).split()
_PERSON_INITIALS = re.compile(
    r"(?P<lead>(?<!\w)(?i:"
    + "|".join(w.replace("_", r"\s+") for w in _PERSON_WORDS)
    # "chị N. T (SN 1959)": the initials may be written with stops between them.
    + r")\s+)(?P<run>[A-ZĐ]{2,3}|[A-ZĐ](?:\. ?[A-ZĐ]){1,2}(?![\w.]))"
    r"(?:\.(?=\s+[a-zđà-ỹ(])|(?=\s*\(\s*(?:\d{1,3}\s*(?:tuổi|tháng tuổi)|SN\b|sinh năm)))"
)


def _read_initials(text: str) -> str:
    def initials(m: re.Match[str]) -> str:
        letters = _INITIAL_UNIT.findall(m["run"])
        names = {**_LETTER_NAMES, **_DIGRAPH_NAMES}
        spoken = " ".join(names.get(c, c) for c in letters)
        # "… anh T.", "… 38 độ C.": at the end of the text the stop also ends the sentence
        ends = m["run"].endswith(".") and not m.string[m.end() :].strip()
        return spoken + "." if ends else spoken

    def person(m: re.Match[str]) -> str:
        return m["lead"] + " ".join(_LETTER_NAMES.get(c, c) for c in m["run"] if c.isalpha())

    text = _PERSON_INITIALS.sub(person, text)
    text = _FAMILY_INITIALS.sub(person, text)
    return _INITIALS.sub(initials, _PH.sub("phờ", text))


# "mang tên Lê X.T. (SN 1987)", "Nguyễn V.A. (30 tuổi)": a family name, then the
# initials of the rest of a person's name, right before their age or year of birth:
# the initials are spelled like any person's (round 10, weak kinds: left as written,
# silently). The mark of _protect_name_initials may follow each letter.
_FAMILY_INITIALS = re.compile(
    rf"(?P<lead>(?<!\w)(?:{FAMILY_NAMES})\s+)"
    r"(?P<run>[A-ZĐ]\ue001?(?:\.\s?[A-ZĐ]\ue001?){1,2})\.?"
    r"(?=\s*\(\s*(?:\d{1,3}\s*(?:tuổi|tháng tuổi)|SN\b|sinh năm))"
)


# Bodies that issue documents: after "/" they make a document symbol ("BCH/TW"),
# never an alternative.
_ISSUING_BODIES = frozenset(SYMBOL_ISSUERS) | frozenset(
    "TW TƯ TU HU ĐU UBND HĐND BCH BTV BCĐ MTTQ".split()
)


# A person's post ("PCVP" Phó Chánh Văn phòng, "PCT" Phó Chủ tịch) before "/" in a
# distribution list ("VPUB: PCVP/ĐT") is followed by the area the person is in
# charge of, written in letters no table knows ("ĐT": đô thị? đầu tư? đào tạo?).
_POST_WORDS = ("Chánh ", "Phó ", "Chủ tịch", "Giám đốc", "Trưởng ", "Bí thư")


def _is_post(expansion: str | None) -> bool:
    return expansion is not None and expansion.startswith(_POST_WORDS)


def post_and_area(symbol: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """ "PCVP/ĐT": the post said, and the letters of the area it is in charge of."""
    parts = symbol.split("/")
    if len(parts) != 2 or not _is_post(lexicon.get(parts[0])) or _is_post(lexicon.get(parts[1])):
        return None
    if parts[1] in _ISSUING_BODIES:
        return None  # "CT/TU": a document symbol, the directive of the Tỉnh ủy
    return parts[0], parts[1]


def _alternatives(symbol: str, lexicon: Lexicon) -> str | None:
    """ "CMND/CCCD": two known abbreviations with "/" between them, "hoặc"."""
    parts = symbol.split("/")
    if len(parts) != 2 or any("-" in p for p in parts):
        return None
    first, second = lexicon.get(parts[0]), lexicon.get(parts[1])
    if _is_post(first) and _is_post(second):
        # "CT/PCT UBND xã": two posts, one or the other person ("CT" is a post
        # here, not the "chỉ thị" of a document symbol: "PCT" issues none).
        return f"{first} hoặc {second}"
    if parts[0] in DOCUMENT_TYPES or any(p in _ISSUING_BODIES for p in parts):
        return None
    if post_and_area(symbol, lexicon) is not None:
        return None
    words = [lexicon.get(p) for p in parts]
    if words[0] is None or words[1] is None:
        return None
    return f"{words[0]} hoặc {words[1]}"


# "EVN HANOI", "EVN SPC": an abbreviation the dictionary has as one word, written as two.
_SPLIT_CAPITALS = re.compile(r"(?<![\w&/.-])(?P<a>[A-ZĐ]{2,})\s+(?P<b>[A-ZĐ]{2,})(?![\w&/-])")


def _join_split_capitals(text: str, lexicon: Lexicon) -> str:
    def join(m: re.Match[str]) -> str:
        known = lexicon.get(m["a"] + m["b"]) is not None and lexicon.get(m[0]) is None
        return m["a"] + m["b"] if known else m[0]

    return _SPLIT_CAPITALS.sub(join, text)


# "CoVid-19": a word in mixed case, capitals after a small letter, is a known
# abbreviation typed in an odd case when the dictionary has it in another case
# and every spelling there reads the same ("Ts"/"TS" do not: not folded).
_MIXED_CASE = re.compile(r"(?<![\w&/.-])[A-ZĐ]?[a-zđ]+[A-ZĐ][A-Za-zĐđ]*(?:-\d+)?(?![\w&/-])")
# "Sở GD - ĐT": a compound of the dictionary written with spaces around its dash.
_SPACED_COMPOUND = re.compile(
    r"(?<![\w&/.-])(?P<a>[A-ZĐ]{2,})\s+[-\u2013]\s+(?P<b>[A-ZĐ]{2,})(?![\w&/-])"
)
# "Covid- 19", "COVID -19": a name and its number that the dictionary writes with a
# bare hyphen, a stray space on one side of it or both; "-19" is no minus sign
# and "- 19" no pause.
_SPACED_NUMBERED_NAME = re.compile(
    r"(?<![\w&/.-])(?P<a>[^\W\d_]{2,})(?:\s+[-\u2013]\s*|[-\u2013]\s+)(?P<b>\d{1,3})(?![\w/-]|[.,]\d)"
)


# "gia súc.động vật": a full stop typed between two words with no space. Where
# either word carries a Vietnamese letter it is no web address or file name
# ("baochinhphu.vn", "index.html"): a short pause, as at a comma.
_GLUED_STOP = re.compile(r"(?<![\w.])(?P<a>[a-zđà-ỹ]+)\.(?P<b>[a-zđà-ỹ]+)(?![\w.])")


# "20.000đ đồng/lần": the currency written twice, as symbol and as word; said once.
# Only where "đồng" ends the amount ("50.000đ đồng thời ..." is "đồng thời").
_CURRENCY_TWICE = re.compile(r"(?<=\d)\s?đ(?=\s+đồng(?:\s*[/.,;:)]|\s*$))")


# "26.575kg kg", "15 ha ha": a unit of measure typed twice after a number; said once
# (was "… ki-lô-gam kg", the second left as letters; round 13, part AQ).
_UNIT_TWICE = re.compile(
    r"(?<=\d)(?P<u>\s?(?P<w>kg|km|ha|m2|m3|m²|m³|cm|mm|ml|mg|tấn|tạ|lít))\s+(?P=w)(?![\w²³/])"
)


# "UB.MTTQVN": two abbreviations of the dictionary with a full stop typed between
# them and no space, read as the two ("Ủy ban Mặt trận Tổ quốc Việt Nam") unless
# the dictionary has the whole ("TP.HCM").
_GLUED_CAPS = re.compile(r"(?<![\w.])(?P<a>[A-ZĐ]{2,})\.(?P<b>[A-ZĐ][A-ZĐƯ]+)(?![\w.])")


# "Ông Lê Văn Nam, CTUBND xã", "PCTUBND": a post's letters glued to the body it
# heads, as commune pages type them; split where the whole is unknown and each part is
# known, then read like "CT UBND" (review11: listed as unknown; known since round 10).
_GLUED_POST_BODY = re.compile(r"(?<![\w&/.-])(?P<a>P?CT)(?P<b>UBND|HĐND|UBMTTQ|MTTQ)(?![\w&/-])")


def _unglue_caps(text: str, lexicon: Lexicon) -> str:
    def glued(m: re.Match[str]) -> str:
        if lexicon.get(m[0]) is not None or lexicon.get(m["a"] + ".") is not None:
            return m[0]
        if m["b"] in ("VN", "COM", "NET", "ORG", "GOV", "EDU", "INFO"):
            return m[0]  # a web address typed in capitals
        if lexicon.get(m["a"]) is None or lexicon.get(m["b"]) is None:
            return m[0]
        return f"{m['a']} {m['b']}"

    text = _GLUED_POST_BODY.sub(
        lambda m: m[0] if lexicon.get(m[0]) is not None else f"{m['a']} {m['b']}", text
    )
    return _GLUED_CAPS.sub(glued, text)


# "Thông tư liên tịch số158/2015/...": "số" typed against its number.
_GLUED_SO = re.compile(r"(?<!\w)(?P<so>[Ss]ố)(?=\d)")


def _unglue_stops(text: str) -> str:
    def glued(m: re.Match[str]) -> str:
        web = m["b"] in ("vn", "com", "net", "org", "gov", "edu", "info")
        return f"{m['a']}, {m['b']}" if not (web or (m["a"] + m["b"]).isascii()) else m[0]

    return _GLUED_STOP.sub(glued, text)


# "Tổ 7, KP.3", "TT. Long Thành": an abbreviated place level written with a full stop
# before its number or its name; the stop is the abbreviation's, not a sentence's end
# (was "khu phố. ba", silently). Only before a number, or before a name of two
# capitalised words, which a sentence after a stop rarely begins with.
_PLACE_LEVEL_WORDS = frozenset(
    {"khu phố", "tổ dân phố", "khu dân cư", "thị trấn", "thị xã", "ấp", "khóm", "thôn", "tổ"}
)
_PLACE_STOP = re.compile(
    r"(?<![\w.&/-])(?P<key>[A-ZĐ]{2,4})\.(?=\s*\d|\s*[A-ZĐ][^\W\d_]*\s+[A-ZĐ][^\W\d_]*)"
)


# "- TT. Đảng ủy, HĐND xã;", "Phó Bí thư TT Đảng ủy": before a Party committee, a
# council or a people's committee "TT" is its standing body, "Thường trực" ("- TT
# Huyện ủy, HĐND, UBND huyện (để b/c); - TT Đảng ủy, TT HĐND, Lãnh đạo UBND xã;" in a
# notice's list of recipients, index id 59959161246); it was "Thị trấn. Đảng ủy",
# silently. A campaign's own "TT" wins.
_STANDING_BODY = re.compile(
    r"(?<![\w.&/-])TT\.?(?=\s*(?:Đảng [uủ]y|Đảng Ủy|Huyện [uủ]y|Tỉnh [uủ]y|Thành [uủ]y|Thị [uủ]y"
    r"|HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|UBMTTQ|MTTQ|Ủy ban MTTQ)(?!\w))"
)


# "Q. GIÁM ĐỐC", "Q. Chánh Văn phòng": before a post "Q." is "Quyền" (acting), never a
# district ("Q.1", "Q. Bình Thạnh": quận); was "Quận GIÁM ĐỐC", silently.
# "Đường Ngô Q. Chánh": right after a family name, "Q." is a name's initial, not the
# acting post (review11: "Ngô Quyền Chánh", silent; known since round 10).
_FAMILY_BEFORE = re.compile(rf"(?<!\w)(?:{FAMILY_NAMES})\s+$")
_ACTING_POST = re.compile(
    r"(?<![\w.])Q\.\s*(?=(?i:giám đốc|tổng giám đốc|chánh|trưởng|chủ tịch|hiệu trưởng"
    r"|viện trưởng|cục trưởng|chi cục trưởng|vụ trưởng|thủ trưởng|chủ nhiệm)(?!\w))"
)


# "Bà Lan - P.GĐ Sở Y tế", "P. TGĐ Công ty": before a director's letters "P." is
# "Phó" (deputy), no ward: a ward has a name or a number (review11: "phường GĐ", the
# ward said silently; known since round 10). "Phó GĐ" is then "Phó Giám đốc".
# Not after a word of place: "họp tại P.GĐ" is the director's office, "phòng" (review12:
# "tại Phó Giám đốc", silent); there the ward's reading and its doubt stand.
_DEPUTY_STOP = re.compile(r"(?<![\w.&/-])P\.\s?(?=(?:GĐ|TGĐ)(?![\w&/-]))")
_PLACE_WORD_BEFORE = re.compile(r"(?<!\w)(?i:tại|ở|về|vào|đến|tới|trong|sang|ra)\s+$")


# "Đ/C: Số 12 Lê Lợi", "Đ/c: thôn 3": before a colon or an address's first word the
# letters are "địa chỉ", never "Đồng chí" (review9: "Đồng chí: Số mười hai …",
# silently; the dictionary's "Đ/c", "Đ/C" stay for a comrade before a name).
# Not before a post named by its place ("các Đ/c xóm trưởng", "Đ/c tổ phó", "Đ/c Khu
# trưởng"): a comrade holding it (round 12: "các địa chỉ xóm trưởng", silent).
_ADDRESS_DC = re.compile(
    r"(?<![\w/])Đ/[cC](?=\s*:|\s+(?P<place>(?i:số|thôn|xóm|ấp|bản|tổ|khu|khối|đường|phố|ngõ|ngách"
    r"|hẻm|kiệt|xã|phường|thị trấn|huyện|quận|tỉnh|thành phố)|TP\.?)(?!\w)"
    r"(?:\s+(?P<post>(?i:trưởng|phó))(?!\w))?)"
)


def _address_dc(m: re.Match[str]) -> str:
    post, place = m["post"], m["place"] or "TP"
    # review16: a capitalised "Phó", "Trưởng" after a place word in lower case opens
    # the place's name ("Đ/c thôn Phó Thượng", "Đ/c xã Phó Bảng": were "Đồng chí",
    # silent); in lower case ("Đ/c xóm trưởng") or after a capitalised word ("Đ/C Tổ
    # Trưởng") it is the post, and the comrade holds it.
    if post is not None and (post.islower() or not place[0].islower()):
        return m[0]
    return "địa chỉ"


# "STK: 3711 205 123456", "chuyển vào STK 0123…": before a number, a bank account's
# number; elsewhere it may be a savings book ("sổ tiết kiệm"): left and listed.
_ACCOUNT_LABEL = re.compile(r"(?<![\w&/.-])STK(?=\s*(?::\s*|là\s+|\s)\s*\d)")


# "Trạm TV. Năm Căn 171cm (trên BĐIII 11cm)": in a water-level bulletin "TV" after
# "Trạm" is a hydrological station, "thủy văn" ("sectionTitle: 'SLQT tại trạm TV'" over
# "title: 'Trạm thủy văn'" in a water-resources portal's menu, index id 7136109252; "Q-(Trạm
# TV)" in its water-balance tabs, index id 48599396928); it was "Trạm tivi." (round 13,
# part AS, silently). The stop after the letters is theirs. Elsewhere a station's "TV" is
# left as written and listed (_neighbour_reading).
_HYDRO_STATION = re.compile(r"(?<!\w)(?P<t>[Tt]rạm)\s+TV\.?(?![\w&/-])")
_WATER_LEVEL = re.compile(
    r"\d\s*(?:cm|m)(?![\w/])|(?<!\w)BĐ|(?<!\w)(?i:báo động|mực nước|đỉnh triều|đỉnh lũ"
    r"|triều cường|thủy văn|thuỷ văn|lũ)(?!\w)"
)


def _read_hydro_stations(text: str, lexicon: Lexicon) -> str:
    if "TV" in lexicon.extra or "TV." in lexicon.extra or not _WATER_LEVEL.search(text):
        return text
    return _HYDRO_STATION.sub(lambda m: f"{m['t']} thủy văn", text)


def _read_standing_bodies(text: str, lexicon: Lexicon) -> str:
    text = _read_hydro_stations(text, lexicon)
    if "STK" not in lexicon.extra:
        text = _ACCOUNT_LABEL.sub("số tài khoản", text)
    if "Đ/c" not in lexicon.extra and "Đ/C" not in lexicon.extra:
        text = _read_address_labels(_ADDRESS_DC.sub(_address_dc, text))
    if "Q." not in lexicon.extra:
        text = _ACTING_POST.sub(
            lambda m: m[0] if _FAMILY_BEFORE.search(m.string, 0, m.start()) else "Quyền ", text
        )
    if "P." not in lexicon.extra:
        text = _DEPUTY_STOP.sub(
            lambda m: (
                m[0]
                if _PLACE_WORD_BEFORE.search(m.string, max(0, m.start() - 8), m.start())
                else "Phó "
            ),
            text,
        )
    if "TT" in lexicon.extra or "TT." in lexicon.extra:
        return text
    # "TT.HĐND": the stop glued to the body's letters leaves a space ("Thường trựcHĐND"
    # was read, listed as an unknown word).
    return _STANDING_BODY.sub(
        lambda m: "Thường trực " if text[m.end() : m.end() + 1].isalpha() else "Thường trực",
        text,
    )


# "Theo TT. 01/2024/TT-BYT": before a circular's own number (its type "TT" after the
# slash) "TT" is "Thông tư" (review9: "thị trấn một năm …", silently).
_CIRCULAR_BEFORE_NUMBER = re.compile(r"(?<![\w.&/-])TT\.?\s*(?=(?:số\s*:?\s*)?\d+/(?:\d{4}/)?TT-)")
# A town or a town-level city has a name, never a number: "TT. 32" is no "thị trấn".
_NAMED_LEVELS = frozenset({"thị trấn", "thị xã"})


def _place_stops(text: str, lexicon: Lexicon) -> str:
    if "TT" not in lexicon.extra and "TT." not in lexicon.extra:
        text = _CIRCULAR_BEFORE_NUMBER.sub("Thông tư ", text)

    def stop(m: re.Match[str]) -> str:
        if lexicon.get(m["key"] + ".") is not None:
            return m[0]
        reading = lexicon.get(m["key"])
        if reading is None or reading.casefold() not in _PLACE_LEVEL_WORDS:
            return m[0]
        if reading.casefold() in _NAMED_LEVELS and m.string[m.end() :].lstrip()[:1].isdigit():
            return m[0]  # listed (_numbered_town_doubts)
        return m["key"] + " " if m.string[m.end() : m.end() + 1].isdigit() else m["key"]

    return _PLACE_STOP.sub(stop, text)


# "giữ gìn ANCT, TT.ATXH": capitals with a full stop inside whose two runs, joined, are
# one known abbreviation ("TTATXH", trật tự an toàn xã hội) are that abbreviation; "TT."
# alone was read "thị trấn" (part AC).
_STOPPED_COMPOUND = re.compile(r"(?<![\w.])(?P<a>[A-ZĐ]{2,})\.(?P<b>[A-ZĐ]{2,})(?![\w.])")


# "Ubnd thành phố hà nội phê duyệt …": a headline typed in lower case, its first letter
# made a capital; a first word that is no Vietnamese syllable and whose capitals are an
# abbreviation of one meaning is that abbreviation (round 10, part AD: "Ubnd" was left
# and listed). Only when nothing after it has a capital: elsewhere the writer's case
# is kept and the word listed.
_LOWER_HEADLINE_FIRST = re.compile(r"^(?P<lead>\s*)(?P<w>[A-ZĐ][a-zđ]{2,5})(?=\s)")


def _lower_headline_abbreviation(text: str, lexicon: Lexicon) -> str:
    m = _LOWER_HEADLINE_FIRST.match(text)
    if m is None or any(c.isupper() for c in text[m.end() :]):
        return text
    key = m["w"].upper()
    if looks_like_word(m["w"]) or key in AMBIGUOUS or lexicon.get(key) is None:
        return text
    return m["lead"] + key + text[m.end() :]


# "Ảnh: CA Đồng Nai", "CA Hà Nội": "CA" right before a province's name is that
# province's police, as "CA tỉnh" in the dictionary is ("Đối tượng truy nã Nguyễn Thị
# Tha. Ảnh: CA Đồng Nai" under a report of the Đồng Nai police on
# https://soha.vn/vay-bat-thanh-cong-doi-tuong-nguyen-thi-tha-sinh-nam-1958-198260308111907984.htm;
# was left "CA" and read as the syllable "ca", silently). "CA" alone stays the
# syllable (a shift, a song); the name must be written in title case, so a headline
# in capitals ("BÀI CA HÀ NỘI") is left.
@functools.lru_cache(maxsize=1)
def _police_of_province() -> re.Pattern[str]:
    names = sorted(
        (" ".join(w.capitalize() for w in n.split()) for n in province_names()),
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w&/.-])CA(?=\s+(?:{alternatives}|TP\.?\s*HCM|TPHCM)(?![\w-]))")


# "Tx An Nhơn", "Tx Sơn Tây": a place's level typed in title case before the place's
# name, letters that spell no Vietnamese syllable and whose capitals the dictionary
# reads as that level ("TX" thị xã). Only levels of place, and only before a name in
# title case: the writer's "Tx" elsewhere stays and is listed (part AC's "Tx An Nhơn"
# was left and listed; blind parts had it too).
_TITLE_CASE_LEVEL = re.compile(
    rf"(?<![\w&/.-])(?P<w>[A-ZĐ][a-zđ]{{1,3}})(?=\s+(?P<next>[{UPPER}][a-zđà-ỹ]+)(?:\s|[,.;:)]|$))"
)
_TITLE_CASE_LEVELS = frozenset({"thị xã", "thành phố", "thị trấn", "huyện", "quận", "phường"})
# "Hội Nông dân tp Dĩ An", "tx. Sơn Tây": the city's and the town's letters typed in
# lower case before a place's name are those levels as "TP" and "TX" are (were left
# "tp", listed as a foreign word; round 12, part AK). Only these two: no Vietnamese
# syllable is spelled so, and the other levels' letters ("tt") have other meanings.
_LOWER_CASE_LEVEL = re.compile(
    rf"(?<![\w&/.-])(?P<w>tp|tx)(?P<stop>\.?)(?=\s*(?P<next>[{UPPER}][a-zđà-ỹ]+)(?:\s|[,.;:)]|$))"
)


# "gửi tp Kế toán", "tp Tổ chức duyệt": a department's name after the letters makes
# them its head ("trưởng phòng"), no city (review15: "thành phố Kế toán", silent); they
# stay and are listed, as before round 12. A department's second word is lower case, a
# city's capitalised ("tp Thanh Hóa").
_DEPARTMENT_AFTER = re.compile(
    r"\.?\s*(?:Kế (?:toán|hoạch)|Tổ chức|Tài (?:chính|vụ)|Hành chính|Nhân sự|Kinh doanh"
    r"|Kỹ thuật|Văn thư|Quản (?:trị|lý)|Đào tạo|Tuyển sinh|Pháp chế|Thanh tra|Tổng hợp"
    r"|Nội vụ|Tư pháp|Y tế|Giáo dục|Công tác|Kiểm tra|Giám sát|Hợp tác|Thi đua)(?!\w)"
)


def _title_case_levels(text: str, lexicon: Lexicon) -> str:
    def level(m: re.Match[str]) -> str:
        word = m["w"]
        key = word.upper()
        if looks_like_word(word) or key in AMBIGUOUS or lexicon.get(word) is not None:
            return word
        # A place's name is Vietnamese syllables, and no family name opens it: "Mẫu Tx
        # Pro", "Tt Nguyễn Văn An" name no place (review12: "thị xã Pro", "Thị trấn
        # Nguyễn Văn An", the level silent).
        if not looks_like_word(m["next"]) or _FAMILY_WORD.fullmatch(m["next"]):
            return word
        reading = lexicon.get(key)
        if reading is None or reading.casefold() not in _TITLE_CASE_LEVELS:
            return word
        return key

    def lower_case_level(m: re.Match[str]) -> str:
        if not looks_like_word(m["next"]) or _DEPARTMENT_AFTER.match(text, m.end()):
            return m[0]
        # "tp Trần Văn Bình" may be a head of department's letters; a family name that
        # opens a province's or a city's name ("tp Hồ Chí Minh", "tp. Hà Tĩnh") is a place.
        if _FAMILY_WORD.fullmatch(m["next"]) and not _province_after().match(
            " " + text[m.end() :].lstrip()
        ):
            return m[0]
        reading = lexicon.get(m["w"].upper())
        if reading is None or reading.casefold() not in _TITLE_CASE_LEVELS:
            return m[0]
        return m["w"].upper() + (" " if m["stop"] else "")

    text = _LOWER_CASE_LEVEL.sub(lower_case_level, text)
    return _TITLE_CASE_LEVEL.sub(level, text)


def _known_spellings(text: str, lexicon: Lexicon) -> str:
    def mixed(m: re.Match[str]) -> str:
        return lexicon.key_in_any_case(m[0]) or m[0]

    def spaced(m: re.Match[str]) -> str:
        joined = f"{m['a']}-{m['b']}"
        return joined if lexicon.get(joined) is not None else m[0]

    def numbered(m: re.Match[str]) -> str:
        joined = lexicon.key_in_any_case(f"{m['a']}-{m['b']}")
        return joined if joined is not None else m[0]

    def stopped(m: re.Match[str]) -> str:
        joined = f"{m['a']}{m['b']}"
        return joined if lexicon.get(joined) is not None else m[0]

    text = _SPACED_COMPOUND.sub(spaced, _MIXED_CASE.sub(mixed, text))
    text = _police_of_province().sub("Công an", text)
    text = _title_case_levels(text, lexicon)
    text = _STOPPED_COMPOUND.sub(stopped, text)
    text = _read_standing_bodies(text, lexicon)
    text = _place_stops(text, lexicon)
    text = _SPACED_NUMBERED_NAME.sub(numbered, text)
    text = _unglue_caps(text, lexicon)
    text = _GLUED_SO.sub(r"\g<so> ", text)
    return _UNIT_TWICE.sub(r"\g<u>", _CURRENCY_TWICE.sub("", _unglue_stops(text)))


# "chụp CT", "chụp MRI": after "chụp" capitals name an imaging technique, said by
# their letters ("CT" elsewhere is "Chủ tịch").
_IMAGING = re.compile(r"(?P<lead>\b(?i:chụp)\s+)(?P<a>[A-Z]{2,4})(?![\w&/-])")


def _read_imaging(text: str) -> str:
    return _IMAGING.sub(
        lambda m: m["lead"] + " ".join(_LETTER_NAMES.get(c, c.lower()) for c in m["a"]), text
    )


# Nouns that head a name and stand before its acronym in running text ("bệnh COPD",
# "dịch ASF", "đường ĐT.741", "quỹ BHYT").
_HEAD_NOUNS = frozenset(
    {
        "bệnh", "dịch", "đường", "hội", "ban", "quỹ", "sở", "phòng", "viện", "cục", "đoàn",
        "trường", "đài", "báo", "khu", "vùng", "mạng", "hệ", "cổng", "thẻ", "giấy", "thuế",
        "phí", "luật", "giải", "tỉnh", "huyện", "xã", "phường", "quận", "trung", "bộ",
        "tổng", "công", "ngân", "bảo", "chương", "nghị", "thông", "kế", "tổ", "trạm", "nhà",
        "cơ", "chỉ", "quốc", "tiêu", "quy", "chứng", "virus", "vi", "hiệp", "liên", "tập",
        # "tiêm TCMR", "đi khám KCB": the verb the name begins with, said once (review9:
        # "tiêm tiêm chủng mở rộng" since this round's lower-case guard).
        "tiêm", "khám",
    }
)  # fmt: skip
# A head noun that ends a word of two syllables here is that word's, not the name's
# head: "đảm bảo BHYT" is "đảm bảo bảo hiểm y tế", "phân công CCVC" "phân công công
# chức, viên chức" (review9: "đảm bảo hiểm y tế", "phân công chức", silently).
_COMPOUND_ENDS = frozenset(
    {
        ("đảm", "bảo"), ("phân", "công"), ("thành", "công"), ("tấn", "công"),
        ("thi", "công"), ("nhân", "công"), ("lao", "công"), ("tập", "trung"),
        ("giao", "thông"), ("truyền", "thông"), ("lưu", "thông"), ("phổ", "thông"),
        ("hội", "nghị"), ("đề", "nghị"), ("kiến", "nghị"),
        ("chi", "tiêu"), ("mục", "tiêu"), ("nội", "quy"), ("triệu", "chứng"),
        ("nguy", "cơ"), ("thời", "cơ"), ("động", "cơ"), ("hữu", "cơ"), ("chủ", "nhà"),
        ("đồng", "bộ"), ("toàn", "bộ"), ("tiến", "bộ"), ("cán", "bộ"), ("sơ", "bộ"),
        ("hòa", "giải"),
    }
)  # fmt: skip


def _without_repeated_head(text: str, end: int, spoken: str) -> str:
    """ "Hiệp định CPTPP", "Trung tâm CDC": the text (up to ``end``) has just said the
    first words of the expansion ("Hiệp định Đối tác …", "Trung tâm Kiểm soát bệnh
    tật"); they are not said twice."""
    words = spoken.split()
    # Only the last words before are compared: not the whole line split per match.
    longest = max((len(w.casefold()) for w in words), default=0)
    # One more character: a bracket or a quotation mark may open the word before.
    previous = _words_before(text, end, max(len(words), 3), longest + 1)
    # "(Phòng PC04)" after its name: a bracket or a quotation mark opening the word
    # before is not part of it ("Phòng" is the head of the expansion either way).
    previous = [w.lstrip('("“[') for w in previous]
    n = len(words)
    if n >= 3 and [w.casefold() for w in previous[-n:]] == [w.casefold() for w in words]:
        # "chỉ số giá tiêu dùng CPI": the whole expansion has just been said.
        return ""
    for k in range(min(len(words) - 1, len(previous), 3), 0, -1):
        if [w.casefold() for w in previous[-k:]] == [w.casefold() for w in words[:k]]:
            if (
                k == 1
                and previous[-1][:1].islower()
                and (
                    words[0] not in _HEAD_NOUNS
                    or tuple(w.casefold() for w in previous[-2:]) in _COMPOUND_ENDS
                )
            ):
                # "phối hợp HTX": one lower-case word before that is no head noun is the
                # end of another word ("phối hợp"), not the head of the name; "hợp tác
                # xã" is said whole (was "phối hợp tác xã", silently). "bệnh COPD",
                # "dịch ASF", "đường ĐT.741" name their head and say it once.
                break
            return " ".join(words[k:])
    return spoken


# "Trung Tâm Phát Triển Cộng Đồng CDC": letters right after a name written in title case
# whose head is the head of the dictionary's expansion ("Trung tâm" Kiểm soát bệnh tật)
# but whose other words are not are that body's own short name, given after its full
# name like a bracketed acronym (corpus README): not said, and listed. It was "Trung Tâm
# Phát Triển Cộng Đồng Trung tâm Kiểm soát bệnh tật", another body, with no warning
# (round 13, part AQ). Only a name whose every word is capitalised, up to seven words
# after the head, with no punctuation between: "Trung tâm Y tế phối hợp CDC tỉnh" is two
# bodies, and stays.
_BODY_HEAD_WORDS = tuple(h.split() for h in _BODY_HEADS)
_TITLE_WORD = re.compile(rf"[{UPPER}][^\W\d_]*")


def other_body_named(text: str, start: int, spoken: str) -> str | None:
    """The name just before ``start`` that has the head of ``spoken`` (an expansion of
    the letters at ``start``) and other words, all capitalised; None if there is none."""
    folded = spoken.casefold().split()
    # a body's name, capitalised as the dictionary writes it ("phòng cháy, chữa cháy" is none)
    heads = [h for h in _BODY_HEAD_WORDS if h == spoken.split()[: len(h)]]
    if not heads or len(folded) <= len(heads[0]):
        return None
    head = [w.casefold() for w in max(heads, key=len)]
    words = _words_before(text, start, 7 + len(head), 40)
    for i in range(len(words) - len(head) - 1, -1, -1):
        if [w.casefold() for w in words[i : i + len(head)]] != head:
            continue
        rest = words[i + len(head) :]
        if not all(_TITLE_WORD.fullmatch(w) for w in rest):
            return None
        if [w.casefold() for w in rest] == folded[len(head) :]:
            return None
        return " ".join(words[i:])
    return None


def _without_repeated_tail(text: str, start: int, spoken: str) -> str:
    """ "GRDP trên địa bàn tỉnh": the text right after the letters says the last words
    of their expansion ("tổng sản phẩm trên địa bàn"); they are said once, by the text
    (was "… trên địa bàn trên địa bàn tỉnh", silently). Two words at least, so that one
    word that merely follows is never taken for a repeat."""
    words = spoken.split()
    if len(words) < 3:
        return spoken
    # Only as many characters as the expansion has are looked at: linear per match.
    after = text[start : start + len(spoken) + 1].split()
    for k in range(len(words) - 1, 1, -1):
        tail = [w.casefold() for w in words[-k:]]
        if [w.casefold().rstrip(",.;:)") for w in after[:k]] == tail:
            return " ".join(words[:-k])
    return spoken


def _all_parts_known(symbol: str, lexicon: Lexicon) -> bool:
    """ "SX-KD" outside a document number: every part must be known. A document
    symbol may drop a drafting department after its issuer ("VPCP-KGVX"); a
    compound in running text may not drop a word ("KD", kinh doanh)."""
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    # A kind of document leads a symbol; after another part it is no kind but a
    # word the dictionary does not have ("ĐH-CĐ": CĐ is "công điện" only first),
    # which reading the symbol would drop as a drafting unit.
    return all(
        lexicon.get(p) is not None or p in SYMBOL_ISSUERS or (p in DOCUMENT_TYPES and i == 0)
        for i, p in enumerate(parts)
    )


def _kind_of_no_body(symbol: str, lexicon: Lexicon) -> bool:
    """ "Bộ KH-CN" (khoa học - công nghệ) is not a document symbol: after a kind
    of document ("KH", kế hoạch) a symbol names its issuer, a body, which the
    dictionary writes with a capital ("Ủy ban nhân dân"); "CN" is "chủ nhật", no
    body. Such a compound is left as written (and listed), never read "kế hoạch
    của chủ nhật"."""
    parts = [p for p in re.split(r"[-/]", symbol) if p]
    if len(parts) < 2 or parts[0] not in DOCUMENT_TYPES:
        return False
    for part in parts[1:]:
        reading = lexicon.extra.get(part) or SYMBOL_ISSUERS.get(part) or lexicon.get(part)
        if reading is not None and not reading[:1].isupper():
            return True
    return False


# Letters of several meanings (abbreviations.AMBIGUOUS) standing alone.
_AMBIGUOUS = re.compile(
    r"(?<![\w&/.-])(?P<a>"
    + "|".join(sorted(AMBIGUOUS, key=len, reverse=True))
    + r")(?![\w&/-]|\.\w)"
)
# "theo KH", "ban hành KH số 12": a plan is what is followed, issued, carried out.
_PLAN_BEFORE = re.compile(
    r"(?<!\w)(?i:theo|ban hành|xây dựng|triển khai|thực hiện|lập|dự thảo|bản|các)\s+$"
)
_PLAN_AFTER = re.compile(r"\s+số\b")
# "diện tích đạt 97,8% KH", "năng suất đạt 101,6%KH": a share reached of the plan (round
# 12, part AN: left as letters, and "phần trămKH" when glued); a share of clients or of
# a study group is not "reached" ("70% KH hài lòng" stays listed).
_PLAN_SHARE_BEFORE = re.compile(
    r"(?<!\w)(?i:đạt|bằng)\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?\d[\d.,]*\s*%\s*$"
)
# "dự án BT", "hợp đồng BT", "theo hình thức BT": a build-transfer contract, said by its
# letters like "BOT" (round 10); "Bí thư" or "bồi thường" never follows these words.
# review16: "Tỷ lệ hài lòng đạt 92% KH được khảo sát", "đạt 85% KH tham gia": people
# who do something after the letters are clients ("khách hàng"), not the plan (was
# "kế hoạch được khảo sát", silent); left and listed as before round 12.
_CLIENTS_AFTER = re.compile(
    r"\s+(?:được|đã|sẽ|đều|có|không|chưa|hài lòng|tham gia|sử dụng|đánh giá|phản ánh|đăng ký"
    r"|là|cho rằng|cho biết|mua|dùng|chọn|trả lời|đồng ý|ủng hộ|tin|thấy|muốn)(?!\w)"
)
_CONTRACT_BEFORE = re.compile(r"(?<!\w)(?i:dự án|hợp đồng|hình thức|công trình)\s+$")
# "BT các chi đoàn", "BT Chi bộ thôn 3", "BT Đảng ủy xã": before the body a secretary
# leads, "BT" is "Bí thư" (a compensation or an exercise leads no cell; round 10).
_PARTY_CELL_AFTER = re.compile(
    r"\s+(?:các\s+)?(?i:chi bộ|chi đoàn|đoàn cơ sở|đảng bộ|đảng ủy|đảng uỷ|huyện ủy|tỉnh ủy"
    r"|thành ủy|thị ủy|huyện đoàn|tỉnh đoàn|thành đoàn)(?!\w)"
)
# "BTC đã trao giải Nhất", "Trưởng BTC Giải bóng đá" (index id 1186249491: "Trưởng ban tổ
# chức Giải bóng đá"; id 52068578751 "Ban Tổ Chức Giải (BTC)"): in a sentence about a
# contest, a prize or a festival, "BTC" alone is the event's organising committee, not
# the Ministry of Finance (which the dictionary keeps for document symbols; round 10).
# "hàng NK", "hàng hóa NK": imported goods (index id 57414483795: "Nộp thuế GTGT hàng NK"
# booked to account 33312, which the accounting chart names "Thuế GTGT hàng nhập khẩu";
# id 58471659931 "Hàng NK hư hỏng thiên tai giảm thuế"). "NK" alone has other meanings
# (nội khoa, nhi khoa) and stays listed (round 10).
_GOODS_NK = re.compile(r"(?P<lead>\b(?i:hàng|hàng hóa|hàng hoá)\s+)NK(?![\w&/-])")
_BTC_ALONE = re.compile(r"(?<![\w&/.-])BTC(?![\w&/-]|\.\w)")
# "Giá BTC", "nhận thưởng bằng BTC", "BTC/USDT": the coin, not an organising
# committee, even where the line speaks of a prize (review11: "Giá Ban tổ chức",
# silent); left and listed as before the rule.
_COIN_BEFORE = re.compile(
    r"(?<!\w)(?i:giá|đồng|tiền|bằng|ví|mua|bán|sàn|đào|nắm giữ|coin|token)\s+$"
)
_COIN_AFTER = re.compile(r"\s*/|\s+(?:USD|USDT|ETF)\b")
_EVENT_WORDS = re.compile(
    r"(?<!\w)(?i:giải đấu|giải thưởng|trao giải|giải nhất|giải nhì|giải ba|giải khuyến khích"
    r"|hội thi|cuộc thi|hội diễn|hội thao|thí sinh|vận động viên|đội thi|lễ hội|liên hoan)(?!\w)"
)
# "Phó GĐ Điện lực huyện", "GĐ Sở Y tế": after "Phó" or before the body a director
# heads, "GĐ" is "Giám đốc" (a family, "gia đình", neither follows "Phó" nor heads a
# department or a firm).
_DIRECTOR_BEFORE = re.compile(r"(?<!\w)Phó\s+$")
# "Ông GĐ Sở phát biểu": after a person's word capitals may be a withheld name's
# initials (test_reading_news); not decided there.
_PERSON_WORD_BEFORE = re.compile(r"(?<!\w)(?i:ông|bà|anh|chị|cô|chú|bé|cháu|em)\s+$")
_DIRECTOR_AFTER = re.compile(
    r"\s+(?:Sở|Công ty|Điện lực|Trung tâm|Bệnh viện|Ban Quản lý|Chi nhánh|Ngân hàng|Kho bạc"
    r"|Quỹ|Bảo hiểm|Cảng|Nhà máy|Xí nghiệp|Học viện|Đài|Bưu điện|Viện|Cục|Khu bảo tồn"
    r"|Vườn quốc gia|Tổng công ty|Công an|BV|CDC|TTYT)(?!\w)"
)

# "MN" (abbreviations.AMBIGUOUS): "miền núi" after the other half of the pair it
# forms with ethnic minorities, the midlands or the highlands ("đồng bào DTTS và MN",
# "trung du và MN phía Bắc"); "mầm non" after a school's word ("trường MN", "bậc MN",
# "giáo viên MN") or before the next school level ("MN, TH, THCS"). Elsewhere it is
# left and listed (round 11: "đồng bào DTTS và MN" was read "mầm non", silent).
_MOUNTAIN_BEFORE = re.compile(
    r"(?<!\w)(?:DTTS|(?i:dân tộc thiểu số|dân tộc|trung du|vùng cao|vùng sâu|biên giới))"
    r"\s*(?:và|&|,)\s*$"
)
_PRESCHOOL_BEFORE = re.compile(
    # not "học sinh", "HS": "học sinh MN" is as often "học sinh miền núi" (review12)
    r"(?<!\w)(?:GV|CBGV|CBQL|(?i:trường|bậc|cấp|cấp học|ngành học|giáo viên|cô giáo"
    r"|giáo dục|nhà trẻ|trẻ|lớp|nhóm lớp|khối|điểm trường))\s+$"
)
_SCHOOL_LEVEL_AFTER = re.compile(r"\s*(?:,|và|-|&)\s*(?:TH|THCS|MG|(?i:tiểu học|mẫu giáo))(?!\w)")


# "doanh nghiệp FDI", "khối FDI": a firm is one WITH foreign direct investment,
# "doanh nghiệp có vốn đầu tư trực tiếp nước ngoài", as the press writes it in full.
_FIRM_FDI = re.compile(r"(?P<firm>\b(?i:doanh nghiệp|công ty|khối)|\bDN) FDI(?![\w&/-])")


# "PBT Đảng ủy xã", "PBT Chi bộ thôn 2": before the body a secretary leads, "PBT" is its
# deputy secretary, as "BT" there is "Bí thư" ("PBT Chi bộ", "PBT Đảng ủy" beside "Bí thư
# Chi bộ" in a list of posts, index id 31341271493). Elsewhere the letters stay listed
# (round 11, part AF: left as letters).
_DEPUTY_SECRETARY = re.compile(r"(?<![\w&/.-])PBT(?=" + _PARTY_CELL_AFTER.pattern + ")")


def _read_ambiguous(text: str, lexicon: Lexicon) -> str:
    """ "Hội KH", "BT, PBT": letters of several meanings are said only where the
    sentence decides: the word before them is written with one meaning in full
    elsewhere in it ("Hội Khuyến học xã ... Hội KH"), or, for "KH", a plan is
    followed or issued ("theo KH", "KH số 12"). Else they stay, and the proof list
    names their meanings (normalize_lines); a campaign's own reading wins."""

    keys = {m["a"] for m in _AMBIGUOUS.finditer(text)} - set(lexicon.extra)
    # (word before, meaning) -> the meaning as the sentence writes it: found once per
    # line, so that a line of many such letters stays linear (a slice of the line per
    # letter was quadratic).
    written: dict[tuple[str, str], str] = {}
    for key in keys:
        for meaning in AMBIGUOUS[key]:
            pattern = rf"(?<!\w)(?P<head>[^\W\d_]+)\s+(?P<m>{re.escape(meaning)})(?!\w)"
            for w in re.finditer(pattern, text, re.IGNORECASE):
                written.setdefault((w["head"].casefold(), meaning), w["m"])

    def one(m: re.Match[str]) -> str:
        key = m["a"]
        if key not in keys:
            return m[0]
        before = m.string[max(0, m.start() - 40) : m.start()]
        previous = _WORD.findall(before[-30:])
        if previous:
            head = previous[-1].casefold()
            said = [c for c in AMBIGUOUS[key] if (head, c) in written]
            if len(said) == 1:
                return written[(head, said[0])]
        if key == "KH" and (_PLAN_BEFORE.search(before) or _PLAN_AFTER.match(m.string, m.end())):
            return "kế hoạch"
        if (
            key == "KH"
            and _PLAN_SHARE_BEFORE.search(before)
            and not _CLIENTS_AFTER.match(m.string, m.end())
        ):
            return ("" if before.endswith(" ") else " ") + "kế hoạch"
        if key == "BT" and _CONTRACT_BEFORE.search(before):
            return "bê tê"
        if key == "BT" and _PARTY_CELL_AFTER.match(m.string, m.end()):
            return "Bí thư"
        if key == "MN" and _MOUNTAIN_BEFORE.search(before):
            return "miền núi"
        if key == "MN" and (
            _PRESCHOOL_BEFORE.search(before) or _SCHOOL_LEVEL_AFTER.match(m.string, m.end())
        ):
            return "mầm non"
        if (
            key == "GĐ"
            and not _PERSON_WORD_BEFORE.search(before)
            and (_DIRECTOR_BEFORE.search(before) or _DIRECTOR_AFTER.match(m.string, m.end()))
        ):
            return "Giám đốc"
        return m[0]

    if "NK" not in lexicon.extra:
        text = _GOODS_NK.sub(r"\g<lead>nhập khẩu", text)
    if "BTC" not in lexicon.extra and _EVENT_WORDS.search(text):
        text = _BTC_ALONE.sub(
            lambda m: (
                m[0]
                if _COIN_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
                or _COIN_AFTER.match(m.string, m.end())
                else "Ban tổ chức"
            ),
            text,
        )
    if "FDI" not in lexicon.extra:
        text = _FIRM_FDI.sub(r"\g<firm> có vốn đầu tư trực tiếp nước ngoài", text)
    return _AMBIGUOUS.sub(one, text)


# Letters whose meaning the sentence decides; where it does not, they stay as written
# and the proof list gives their meanings (a campaign's own reading wins).
# "SN 1990" is "sinh năm"; "SN 12, tổ 3" a house number ("số nhà"), or a year of birth
# written short: only a four-digit year decides.
_BIRTH_YEAR_AFTER = re.compile(r"\s*:?\s*(?:19|20)\d\d(?!\d)")


def _sn_at(text: str, end: int) -> str | None:
    return "sinh năm" if _BIRTH_YEAR_AFTER.match(text, end) else None


# "tiêm phòng LMLM, THT cho đàn trâu": in a notice about livestock "THT" is the
# disease tụ huyết trùng (pasteurellosis); among cooperatives it is a tổ hợp tác.
_LIVESTOCK = re.compile(
    r"(?i:tiêm phòng|vắc[ -]?xin|vaccine|gia súc|gia cầm|trâu|\bbò\b|\blợn\b|\bheo\b|\bdê\b"
    r"|chăn nuôi|thú y|LMLM|lở mồm|dịch tả|dịch bệnh)"
)
_COOPERATIVE = re.compile(r"(?i:hợp tác xã|\bHTX\b|kinh tế tập thể|tổ viên|thành viên)")


def _tht_at(text: str, end: int) -> str | None:
    livestock = _LIVESTOCK.search(text) is not None
    cooperative = _COOPERATIVE.search(text) is not None
    if livestock and not cooperative:
        return "tụ huyết trùng"
    if cooperative and not livestock:
        return "tổ hợp tác"
    return None


_READ_IN_CONTEXT: Mapping[str, Callable[[str, int], str | None]] = {"SN": _sn_at, "THT": _tht_at}
CONTEXT_MEANINGS: Mapping[str, tuple[str, ...]] = {
    "SN": ("số nhà", "sinh năm"),
    "THT": ("tổ hợp tác", "tụ huyết trùng"),
    "CT": ("Chủ tịch", "chỉ thị"),
    "PC": ("Phó Chánh", "Công ty Điện lực"),
    "CN": ("Cử nhân", "công nhân", "chủ nhiệm"),
}

# Letters the dictionary reads one way that their neighbours may read another.
# "CT 16", "CT số 15": a post is never numbered, a directive is; "chỉ thị" written in
# full in the sentence decides it, else the letters stay and are listed with both
# meanings (never "Chủ tịch mười sáu").
# "CT số 05-CT/TU": the symbol is read before the letters ("CT số năm"), so "số" after
# them is a number too (review8: was "Thực hiện Chủ tịch số năm của Tỉnh ủy", silent).
_NUMBER_AFTER = re.compile(r"\s*(?:số(?!\w)|\d)")
_DIRECTIVE_SAID = re.compile(r"(?i:chỉ thị)(?!\w)")
_DIRECTIVE_BEFORE = re.compile(r"(?<!\w)(?i:chỉ thị)\s+$")
# "Bí thư CB", "Phó Bí thư CB thôn 3": the secretary of a Party cell, chi bộ (a
# secretary of cán bộ is no post); elsewhere CB stays "cán bộ".
_CELL_POST_BEFORE = re.compile(r"(?<!\w)(?:Bí thư|bí thư|Chi ủy viên|chi ủy viên)\s+$")
# "Hà Nội TV", "VTC TV", "An Giang TV": after a name a channel's brand, said by its
# letters "tê vê"; "xem TV", "mua TV" are the set, "tivi".
_BRAND_BEFORE = re.compile(rf"(?<![\w.])[{UPPER}][^\W\d_]*\s+$")
_ENDS = (".", "!", "?", ":", "…")


# A person's full name: a family name and two capitalised words ("Nguyễn Văn An"); a
# place may begin with a family name's word ("Hà Tĩnh", "Lâm Đồng") but has two words.
# A year before "trước"/"sau" ("682 trước CN", "thế kỷ III trước CN"), or the word
# alone with the year after CN ("trước CN 372").
# A year of three digits or more, or one said after "năm" ("năm 40 sau CN"): "Ca 3 sau
# CN", "tuần 2 trước CN" are Sundays (review10: "Ca 3 sau CN" was "Công nguyên", silent).
_ERA_YEAR_BEFORE = re.compile(
    # "khoảng 500 năm trước CN", "2.000 năm trước CN": a count of years before it too
    # (review-p1: it was "trước chủ nhật", silent).
    r"(?:(?:\d{3}|\b(?i:năm)\s+\d{1,2}|\b[IVXL]+|\d\s+(?i:năm))\)?"
    r"|\b(?i:thế kỷ|thế kỉ)(?:\s+\w+){1,4})"
    r"\s+(?i:trước|sau)\s+$"
)
_ERA_YEAR_AFTER = re.compile(r"\s*\d{3}")
_ERA_WORD_BEFORE = re.compile(r"(?<!\w)(?i:trước|sau)\s+$")
# Only a place's station ("Đài TT phường", "Trạm TT xã"): "Trạm TT Khuyến nông", "Trạm
# TT và BVTV" (trồng trọt) are other stations (review10: "truyền thanh", silent).
_STATION_PLACE_AFTER = re.compile(
    r"\s+(?i:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|cơ sở|thôn)(?!\w)|\s*[.,;:)]|\s*$"
)
_FULL_NAME_AHEAD = re.compile(rf"\s+(?:{FAMILY_NAMES})\s+[{UPPER}]\w*\s+[{UPPER}]")
# Not "điện thoại", "điện tử", "điện mừng", "điện ảnh", "Điện Biên": no electricity
# (review8: "PC Hà Tĩnh … qua điện thoại" was the power company).
_ELECTRICITY = re.compile(
    r"(?i:(?<!\w)(?:điện|mất điện|cắt điện|cấp điện|lưới điện)(?!\w)"
    r"(?!\s+(?:thoại|tử|mừng|báo|ảnh|Biên)(?!\w)))"
)
# A capitalised name after "PC" that is no body a deputy chief heads ("PC Văn phòng",
# "PC Thanh tra", "PC Tòa"): a place.
_PLACE_NAME_AFTER = re.compile(
    r"\s+(?!(?:Văn phòng|Thanh tra|Tòa|Toà|VP|TT)(?!\w))"
    rf"[{UPPER}][a-zđà-ỹ]+"
)


_CHIEF_OFFICE_AFTER = re.compile(r"\s+(?:(?i:văn phòng|thanh tra|tòa|toà|án)|VP|TT)(?!\w)")


_HUE_AFTER = re.compile(r"\s*[-–.]\s*Huế(?!\w)")
# "TT Khuyến nông", "TT Y tế huyện": a place's name capitalises every syllable, so a
# capitalised word and a lower-case one after "TT" name no town ("Thị trấn Khuyến
# nông" was said, with no warning of it; round 13, part AQ). Before the fields that
# name a centre ("Trung tâm Khuyến nông", "Trung tâm Y tế") it is "Trung tâm"; before
# any other such words the letters stay and are listed (a standing body, "Thường trực
# Hội đồng", is another reading). A town of one syllable before a place's word ("TT Me
# huyện Gia Viễn") or a comma stays a town.
_CENTRE_FIELD_AFTER = re.compile(
    r"\s+(?:Khuyến nông|Khuyến công|Y tế|Văn hóa|Văn hoá|Dịch vụ|Giáo dục|Hành chính"
    r"|Kiểm soát|Bảo trợ|Quan trắc|Nước sạch|Công nghệ|Truyền thông|Thể dục|Phát triển"
    r"|Giống|Thông tin|Chính trị|Điều dưỡng|Cấp cứu|Pháp y|Giám định|Xúc tiến)(?!\w)"
)
_NO_PLACE_AFTER = re.compile(
    rf"\s+[{UPPER}][^\W\d_A-ZĐ]*\s+(?!(?:xã|phường|huyện|quận|tỉnh|thị xã|thành phố|và|thuộc)"
    r"(?!\w))[a-zđà-ỹ]"
)


def _neighbour_reading(text: str, start: int, end: int) -> str | None:
    """The reading the words around ``text[start:end]`` give a dictionary key, or None
    (the dictionary's reading). Only for keys that ``lexicon.extra`` does not have."""
    key = text[start:end]
    before = text[max(0, start - 40) : start]
    if key == "CT" and _NUMBER_AFTER.match(text, end):
        if _DIRECTIVE_BEFORE.search(before):
            return ""  # "chỉ thị CT 16": the type is said once
        return "Chỉ thị" if _DIRECTIVE_SAID.search(text) else "CT"
    if key == "PC" and _PLACE_NAME_AFTER.match(text, end):
        # "PC Thanh Hóa": a province's power company as EVN names it ("PCTH", "Công ty
        # Điện lực Thanh Hóa": index id 62218179805 and 58627895395), said so in a
        # sentence about electricity that puts no person after it; else the letters
        # stay and are listed (a deputy chief, "Phó Chánh", heads an office, not a place).
        person = _FULL_NAME_AHEAD.match(text, end) is not None
        return "Công ty Điện lực" if _ELECTRICITY.search(text) and not person else "PC"
    if key == "PC" and not _CHIEF_OFFICE_AFTER.match(text, end):
        # "PC huyện đội": a deputy chief, "Phó Chánh", heads an office, an inspectorate
        # or a court; before anything else the letters stay and are listed.
        return "PC"
    if key == "CN" and (
        _ERA_YEAR_BEFORE.search(before)
        or (_ERA_WORD_BEFORE.search(before) and _ERA_YEAR_AFTER.match(text, end))
    ):
        # "(696 - 682 trước CN)", "khoảng 500 trước CN", "trước CN 372": the era
        # (index id 11767363114 "Khổng Tử (551- 479 trước CN)", "Mạnh Tử (trước CN 372
        # –trước CN 289)"; 57583854550 "khoảng 500 trước CN"), never Sunday.
        return "Công nguyên"
    if key == "TT" and STATION_WORD_BEFORE.search(before) and _STATION_PLACE_AFTER.match(text, end):
        # "Đài TT phường", "Trạm TT xã": a station's "truyền thanh" (loudspeaker
        # radio); "Đài thị trấn" means nothing.
        return "truyền thanh"
    if key == "TT" and STATION_WORD_BEFORE.search(before):
        return "TT"  # another station's letters: they stay and are listed
    if key == "TT" and _HUE_AFTER.match(text, end):
        # "Sở Y tế TT – Huế": the province's first half, never a town (no town is written
        # before a dash). The dictionary's phrases ("TT Huế", "TT - Huế", "TT.Huế": round
        # 13, tune-aras) say the written forms it has a source for; any other the letters
        # stay and are listed (was "thị trấn - Huế", silent; round 11, noticed).
        return "TT"
    if key == "TT" and _NO_PLACE_AFTER.match(text, end):
        return "Trung tâm" if _CENTRE_FIELD_AFTER.match(text, end) else "TT"
    if key == "TT" and _FULL_NAME_AHEAD.match(text, end):
        # "TT Phạm Minh Chính" (Thủ tướng), "TT Hồ Chí Minh" (tư tưởng): before a
        # person's full name no town; the letters stay and are listed (review17: both
        # were "thị trấn", silent).
        return "TT"
    if key == "CN" and _FULL_NAME_AHEAD.match(text, end):
        return "CN"  # a title, a worker or a chairman before a name: not chủ nhật
    if key == "CB" and _CELL_POST_BEFORE.search(before):
        return "chi bộ"
    if key == "TV" and STATION_WORD_BEFORE.search(before):
        return "TV"  # "Trạm TV" outside a water-level bulletin: listed, never "tivi"
    if key == "TV":
        m = _BRAND_BEFORE.search(before)
        # A capital that opens the line or a sentence is the sentence's, no name ("Mua TV").
        opening = before[: m.start()].rstrip() if m is not None else ""
        if m is not None and (start - 40 > 0 or opening) and not opening.endswith(_ENDS):
            return "tê vê"
    return None


# "THU HÚT ĐẦU TƯ", "SỞ TƯ PHÁP", "THỨ TƯ", "THÁNG TƯ": in a headline in capitals
# "TƯ" is the syllable of a word, not the dictionary's "Trung ương" (review14: "ĐẦU
# Trung ương", "SỞ Trung ương PHÁP", silent). Only beside the other half of such a word.
_TU_WORD_BEFORE = re.compile(
    r"(?:^|\W)(?:ĐẦU|THỨ|THÔNG|RIÊNG|THÁNG|MƯƠI|MỒNG|MÙNG|PHẦN|HẠNG|CÔNG|VÔ)\s+$"
)
_TU_WORD_AFTER = re.compile(
    r"\s+(?:VẤN|PHÁP|NHÂN|LIỆU|DUY|TƯỞNG|THẾ|CÁCH|BẢN|LỆNH|THỤC|CHẤT|LỢI|HỮU|TRANG|SẢN"
    r"|GIA|TÌNH|THÙ)(?!\w)"
)


def _tu_syllable(text: str, start: int, end: int) -> bool:
    return bool(
        _TU_WORD_BEFORE.search(text, max(0, start - 12), start) or _TU_WORD_AFTER.match(text, end)
    )


def _joined_form(symbol: str, lexicon: Lexicon) -> str | None:
    """ "KH-CN": two letters joined by a hyphen whose parts the dictionary does not read
    alone ("CN" is also chủ nhật, công nhân), when it has the same two joined by "&" or
    with nothing between ("KH&CN", "KHCN": khoa học và công nghệ): that reading (round 13,
    part AS: "Hội đồng KH-CN tỉnh" was left in letters)."""
    a, dash, b = symbol.partition("-")
    if not dash or "-" in b or "/" in symbol:
        return None
    return lexicon.get(f"{a}&{b}") or lexicon.get(a + b)


def _read_abbreviations(text: str, lexicon: Lexicon, record: Said | None = None) -> str:
    def joined(symbol: str) -> str:
        reading = _joined_form(symbol, lexicon)
        if reading is None:
            return symbol
        if record is not None:
            record.joined.append(symbol)
        return reading

    def compound(m: re.Match[str]) -> str:
        symbol = m["sym"]
        post = post_and_area(symbol, lexicon)
        if post is not None and lexicon.get(symbol) is None:
            # The area is left as written, and listed (see normalize_lines).
            return f"{lexicon.get(post[0])} {post[1]}"
        known = lexicon.get(symbol) or _alternatives(symbol, lexicon)
        if known is not None:
            return known
        if _kind_of_no_body(symbol, lexicon):
            return joined(symbol)
        reading = lexicon.read_symbol(symbol)
        if reading.unknown or not _all_parts_known(symbol, lexicon):
            return joined(symbol)
        return reading.text.removeprefix("của ")

    def single(m: re.Match[str]) -> str:
        if m[0] in PARTY_COMMITTEE_ISSUERS and m[0] not in lexicon.extra:
            # "Ban Thường vụ TU": Tỉnh ủy, Thành ủy or Thị ủy, as the sentence says;
            # else the letters stay and the proof list asks (normalize_lines).
            return party_committee_at(m[0], m.string, m.string[m.end() : m.end() + 40]) or m[0]
        if m[0] == "TUV" and "TUV" not in lexicon.extra:
            # "TUV": a member of the Tỉnh ủy (the dictionary's reading, listed when the
            # sentence does not say which), or of the Thành ủy or Thị ủy it names.
            committee = party_committee_at("TU", m.string, m.string[m.end() : m.end() + 40])
            if committee is not None:
                return committee + " viên"
        if m[0] not in lexicon.extra:
            around = _neighbour_reading(m.string, m.start(), m.end())
            if around is not None:
                return around
        if (
            m[0] == "TƯ"
            and "TƯ" not in lexicon.extra
            and _tu_syllable(m.string, m.start(), m.end())
        ):
            return m[0]
        if m[0] in _READ_IN_CONTEXT and m[0] not in lexicon.extra:
            meaning = _READ_IN_CONTEXT[m[0]](m.string, m.end())
            if meaning is None:
                return m[0]  # left, and listed with its meanings (normalize_lines)
            return meaning
        spoken = lexicon.reading_at(m[0], m.string[m.end() :]) or m[0]
        if m[0] not in lexicon.extra and other_body_named(m.string, m.start(), spoken):
            return ""  # the name just said is this body's; listed (normalize_lines)
        spoken = _without_repeated_head(m.string, m.start(), spoken)
        spoken = _without_repeated_tail(m.string, m.end(), spoken)
        # "TP.Cần Thơ", "H.Châu Phú": the expansion must not run into the name.
        return spoken + " " if m.string[m.end() : m.end() + 1].isalnum() else spoken

    def ampersand(m: re.Match[str]) -> str:
        whole = lexicon.get(m[0].replace(" ", ""))
        if whole is not None:
            return whole
        if {m["a"], m["b"]} & _PLACE_LETTERS:
            # "Phòng PCMT&TP": a department's letters, whose "TP" is never the city
            # (there "tội phạm"; round 13, part AU: was "… và thành phố", silent). Left
            # and listed unless the dictionary or the text has the whole compound.
            return m[0]
        a, b = lexicon.get(m["a"]), lexicon.get(m["b"])
        return f"{a} và {b}" if a and b else m[0]

    def lower_ampersand(m: re.Match[str]) -> str:
        return lexicon.get(m[0].upper()) or m[0]

    if lexicon.phrases is not None:
        text = lexicon.phrases.sub(single, text)
    text = _AMPERSAND.sub(ampersand, text)
    text = _LOWER_AMPERSAND.sub(lower_ampersand, text)
    # Single keys first: a compound's parts are never single keys (the pattern's
    # edges), and an area left in letters by ``compound`` must stay so.
    return _COMPOUND.sub(compound, lexicon.pattern.sub(single, text))


# A fishing vessel's number: the province's letters, a serial of four or five
# digits, "TS" (thủy sản): "QNg 90917 TS", "BĐ-98765-TS". The serial is said digit
# by digit like a plate's, "TS" by its letters (never "Tiến sĩ"); the province
# as the dictionary says it, else as written (and listed).
_VESSEL = re.compile(
    # "QNg 98130 – TS": the suffix after a spaced dash too (was "chín mươi tám nghìn …
    # - Tiến sĩ", silently; round 10).
    r"(?<![\w.-])(?P<p>[A-ZĐ][A-Za-zĐđ]{0,3})[ .-]?(?P<n>\d{4,5})"
    r"(?:(?P<dash>\s[-–]\s?)|[ .-])?TS(?![\w-])"
)


# "tàu cá NA 98286 của ngư dân …": after "tàu", a vessel's letters and serial
# without the "TS" are a vessel's number too: the serial digit by digit (was "chín
# mươi tám nghìn …", round 10), the letters as the dictionary says them, else as
# written (and listed, as for a number with "TS").
# A boat of another kind carries the same registration, its province's letters and a
# serial: "ghe gỗ LA 02406", "tàu du lịch QN - 3249" (round 11, part AE: "LA" was
# left, the serial "ba nghìn …" after a spaced dash).
_VESSEL_NO_TS = re.compile(
    r"(?P<lead>\b(?i:tàu|ghe|thuyền|xuồng|sà lan|xà lan|ca nô)"
    r"(?:\s+(?:cá|đánh cá|câu|gỗ|sắt|du lịch|chở khách|chở hàng|lưu trú|vỏ thép))?\s+)"
    r"(?P<p>[A-ZĐ][A-Za-zĐđ]{0,3})(?P<sep>[ .-]|\s[-–]\s)(?P<n>\d{4,5})"
    r"(?![\w.,/-]|\s*(?:[-–]\s?)?TS\b)"
)


def _names_province(reading: str | None) -> bool:
    """A vessel's prefix is a province's code: only a proper name ("Quảng Ngãi", "Bà
    Rịa - Vũng Tàu") can stand for it, never a common noun the same letters mean
    elsewhere ("BV 95209 TS" was "Bệnh viện …", silently; round 10, weak kinds)."""
    words = (reading or "").replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() for w in words)


def _vessel_prefix_doubts(cleaned: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """A vessel's prefix the dictionary knows, but not as a province ("BV"): left as
    written, and listed, since the unknown-abbreviation check does not see it. One it
    does not know, that no name of the text spells ("LA"): said by its letters' names
    (round 11), and listed, since a province's name may be what the editor means."""
    doubts = []
    for pattern in (_VESSEL, _VESSEL_NO_TS):
        for m in pattern.finditer(cleaned):
            known = lexicon.get(m["p"])
            if (pattern is _VESSEL_NO_TS and _races_year(m)) or (
                pattern is _VESSEL and _doctor_after(m)
            ):
                continue
            if (
                known is None
                and m["p"].isupper()
                and m["p"].isalpha()
                and len(m["p"]) >= 2
                and _named_province(m["p"], cleaned) is None
            ):
                message = (
                    f"'{m['p']}' trong số hiệu tàu là mã tỉnh chưa có trong từ điển: "
                    "đọc theo tên chữ cái; muốn đọc tên tỉnh hãy viết rõ"
                )
                doubts.append((m["p"], message))
            elif (
                known is not None
                and not _names_province(known)
                and _named_province(m["p"], cleaned) is None
            ):
                message = (
                    f"'{m['p']}' trong số hiệu tàu cá là mã tỉnh, không phải '{known}': "
                    "để nguyên, hãy viết rõ tên tỉnh"
                )
                doubts.append((m["p"], message))
    return doubts


# A paper's tag opening a news paragraph: "TPO - Chiều 5/12, …" (Tiền Phong Online),
# "SVO - …", "(ABO) Chiều 21-9, …", "(PLO)- Bộ đội …", "(Dân trí) - Hàng chục …". The
# corpus readings leave it out (b106, f055, j053: the listener does not hear a byline);
# the reader said it, letters and all (round 10, weak kinds). Only at the start of a
# line, only letters the dictionary does not know (a line may open on "UBND - …"), and
# a bracket of mixed case only with a dash after it.
_ROMAN_TAG = re.compile(r"[IVXLCDM]+")
# "BDK.VN - Sáng 23-6, …": the tag written as the paper's web name (round 11,
# tune-letters13: was said, "VN" and all); a ".VN" web name is a byline whatever its letters.
_CAPS_BYLINE = re.compile(r"^(?P<tag>[A-ZĐ]{2,5})(?P<web>\.VN)?\s*[-–]\s+(?=\S)")
_BRACKET_BYLINE = re.compile(
    r"^\((?P<tag>[A-ZĐ][\wĐđ&.]*(?: [\wĐđ&.]+){0,2})\)"
    r"(?P<dash>\s*[-–])?\s*(?=[A-ZĐÀ-Ỹ\"“])"
)


# "Kinhtedothi- Sau thời gian …": a paper's name as one run of plain letters in title
# case that no syllable spells, a dash glued to it, then a capital (round 11: was said).
_NAME_BYLINE = re.compile(r"^(?P<tag>[A-Z][a-z]{5,20})[-–]\s+(?=[A-ZĐÀ-Ỹ])")


def _syllables_run(word: str) -> bool:
    """Whether ``word`` is three Vietnamese syllables or more written together without
    tones ("kinhtedothi", "vietnamnet"; not "festival"). Two are as often a brand or
    a country that heads the line: "Samsung- Nhà tài trợ …", "Vietnam- Nhật Bản ký
    kết …" (review12: dropped, silent); such a tag stays said, as before the rule."""
    n = len(word)
    ends = {0: 0}  # end -> the fewest syllables that reach it
    for start in range(n):
        if start not in ends:
            continue
        for stop in range(start + 1, min(n, start + 7) + 1):
            if looks_like_word(word[start:stop]):
                ends[stop] = min(ends.get(stop, n), ends[start] + 1)
    return ends.get(n, 0) >= 3


# "… kế hoạch”-ông Chất cho hay": a hyphen typed right after a closing quote or bracket,
# before a word, is the dash of a pause (round 11, tune-letters13: the reader joined the
# two). A hyphen between two words is left as it is: the corpus readings join most
# ("Bà Rịa-Vũng Tàu"), and some pause ("Bắc-Nam"), which the text does not decide.
_QUOTE_DASH = re.compile(r"(?<=[”)])\s?-(?=[^\W\d_])")


def _pause_quote_dashes(text: str) -> str:
    return _QUOTE_DASH.sub(" - ", text)


def _drop_outlet_byline(text: str, lexicon: Lexicon) -> str:
    m = _NAME_BYLINE.match(text)
    if m is not None and _syllables_run(m["tag"].lower()):
        return text[m.end() :]
    m = _CAPS_BYLINE.match(text)
    # "III- THỜI GIAN …": a Roman numeral heads a part, it is no tag
    # A tag is no letters of several meanings ("ĐT - Đội tuyển …") and opens a sentence:
    # "VAR - công nghệ hỗ trợ trọng tài" names its subject (review11: dropped, silent).
    if (
        m is not None
        and (
            m["web"] is not None
            or (
                lexicon.get(m["tag"]) is None
                and not _ROMAN_TAG.fullmatch(m["tag"])
                and m["tag"] not in AMBIGUOUS
            )
        )
        and not text[m.end()].islower()
    ):
        return text[m.end() :]
    m = _BRACKET_BYLINE.match(text)
    if m is None or lexicon.get(m["tag"]) is not None:
        return text
    tag = m["tag"]
    all_caps = re.fullmatch(r"[A-ZĐ&.]+", tag) is not None
    return text[m.end() :] if all_caps or m["dash"] else text


# "Trao đổi với PV Tiền Phong", "Tìm hiểu của PV được biết": after "với", "của",
# "cho", "theo", "PV" is the paper's reporter (phóng viên). Elsewhere it is left and
# listed: "PV Gas", "PV Power" are PetroVietnam's companies, so never before a
# capitalised word in plain ASCII letters (round 10, weak kinds). "trả lời PV Báo …",
# the reporter answered (round 12: listed).
_REPORTER = re.compile(
    r"(?P<lead>(?<![\w])(?:với|của|cho|[Tt]heo|[Tt]rả lời)\s+)PV(?![\w&/.-])(?!\s+[A-Z][A-Za-z]*\b)"
)


def _read_reporter(text: str) -> str:
    return _REPORTER.sub(lambda m: f"{m['lead']}phóng viên", text)


# A capitalised name of two or three words ("Bình Định", "Cà Mau", "Nghệ An").
_CAPITAL_NAME = re.compile(r"(?<!\w)[A-ZĐ][^\W\d_A-Z]+(?: [A-ZĐ][^\W\d_A-Z]+){1,2}(?!\w)")


def _named_province(letters: str, text: str) -> str | None:
    """ "tàu cá BĐ 96430 TS … (trú huyện Hoài Nhơn, Bình Định)": a vessel's prefix no
    dictionary entry reads as a province is the province the same text names by those
    initials; the text decides, nothing is guessed (round 10, weak kinds: "BĐ", "NA",
    "QB", "CM" were left as letters). Two names with the same initials: none."""
    names = _names_by_initials(text).get(letters, frozenset())
    return next(iter(names)) if len(names) == 1 else None


@functools.lru_cache(maxsize=16)
def _names_by_initials(text: str) -> dict[str, frozenset[str]]:
    """The capitalised names of ``text`` by their initials, found once per text: a
    line of many vessels looked the whole line over for each (quadratic)."""
    found: dict[str, set[str]] = {}
    for m in _CAPITAL_NAME.finditer(text):
        found.setdefault("".join(w[0] for w in m[0].split()), set()).add(m[0])
    return {k: frozenset(v) for k, v in found.items()}


# "tàu Kiểm ngư KN 364", "tàu kiểm ngư KN-290": the fisheries-surveillance fleet's
# letters before the hull number, said by their letters (index id 70198210147:
# "Chỉ huy tàu kiểm ngư KN-290"); "KN" alone has other meanings (kết nạp, khuyến
# nông, kinh nghiệm) and stays listed (round 10).
_PATROL_HULL = re.compile(r"(?P<lead>\b(?i:kiểm ngư)\s+)KN(?P<sep>[ -]?)(?=\d{3,4}(?![\w.,/]))")


_BOAT_BEFORE = re.compile(
    r"(?<!\w)(?i:tàu|ghe|thuyền|xuồng|sà lan|xà lan|ca nô)"
    r"(?:\s+(?:cá|đánh cá|câu|gỗ|sắt|du lịch|chở khách|chở hàng|lưu trú|vỏ thép))?\s+$"
)
_RACE_BEFORE = re.compile(r"(?<!\w)(?i:đua)\s+$")


def _doctor_after(m: re.Match[str]) -> bool:
    """A match of _VESSEL whose "TS" after a spaced dash is a doctor named next ("Hội
    thảo HN 2024 - TS Lê Văn Bình", review11); after a boat's word it is the vessel's
    suffix, its owner named next ("Tàu cá QNg 90123 - TS Hồ Văn Ba làm chủ"; review12:
    "Tiến sĩ Hồ Văn Ba", silent)."""
    return bool(
        m["dash"]
        and _TITLE_NAME_AFTER.match(m.string, m.end())
        and not _BOAT_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    )


def _races_year(m: re.Match[str]) -> bool:
    """ "đua thuyền VN 2024": a match of _VESSEL_NO_TS that is a race and its year."""
    return bool(
        _RACE_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) and _YEAR.fullmatch(m["n"])
    )


# A person's name after "TS" ("TS. Lê Văn Bình", "TS Trần Thị Hoa"): the doctor's title.
_TITLE_NAME_AFTER = re.compile(rf"\.?\s+(?:{FAMILY_NAMES})\s+[{UPPER}]")


# "Bà Rịa – VT", "TT - Huế": a province named by two halves, one written in full and
# the other by its initials. The dictionary's place names of two halves ("BR-VT" is
# "Bà Rịa - Vũng Tàu") decide the short half: the full one beside it says which name
# it is ("VT" alone is "văn thư", and was said so, silently; round 11, part AG). Only
# names whose every word is capitalised; the letters must be the half's initials.
def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


@functools.lru_cache(maxsize=1)
def _province_halves() -> tuple[re.Pattern[str], dict[tuple[str, str], str]]:
    halves: dict[tuple[str, str], str] = {}
    for value in ABBREVIATIONS.values():
        parts = value.split(" - ")
        if len(parts) != 2 or not all(_names_province(p) for p in parts):
            continue
        first, second = parts
        halves[(first, _initials(second))] = second
        halves[(_initials(first), second)] = first
    written = "|".join(
        re.escape(a) + r"\s*[-–]\s*" + re.escape(b)
        for a, b in sorted(halves, key=lambda k: -len(k[0]) - len(k[1]))
    )
    return re.compile(rf"(?<![\w-])(?:{written})(?![\w-])"), halves


def _read_province_halves(text: str) -> str:
    pattern, halves = _province_halves()

    def whole(m: re.Match[str]) -> str:
        a, b = re.split(r"\s*[-–]\s*", m[0], maxsplit=1)
        short = halves[(a, b)]
        return f"{a} - {short}" if _initials(short) == b else f"{short} - {b}"

    return pattern.sub(whole, text)


def _read_vessels(text: str, lexicon: Lexicon) -> str:
    def province(letters: str) -> str:
        known = lexicon.get(letters)
        if known is not None and _names_province(known):
            return known
        named = _named_province(letters, text)
        if named is not None:
            return named
        if known is None and letters.isupper() and letters.isalpha():
            # "LA", "QN": a province's letters no entry reads as a province, said by
            # their names like any code's letters ("lờ a"; the corpus readings of z, AE)
            return " ".join(_LETTER_NAMES.get(c, _VOWEL_NAMES.get(c, c)) for c in letters)
        if known is None:
            return letters
        # kept as written: the mark keeps the dictionary's other meaning off it
        return f"{letters[0]}{_NOT_A_UNIT}{letters[1:]}"

    def vessel(m: re.Match[str]) -> str:
        if _doctor_after(m):
            # "Đề tài KH 2024 - TS Trần Thị Hoa chủ trì": a doctor named after a dash,
            # not a vessel's suffix (review11: "tê ét Trần Thị Hoa", her title lost)
            return m[0]
        pause = "," if m["dash"] else ""  # a spaced dash is a pause (corpus README)
        return f"{province(m['p'])} {read_digits(m['n'])}{pause} tê ét"

    def vessel_no_ts(m: re.Match[str]) -> str:
        # Letters of a province's code ("NA", "QNg", "BTh"), not a capitalised word:
        # "tàu Nam 2024" is no vessel's number (review-p1: "hai không hai bốn", silent).
        if sum(c.isupper() for c in m["p"]) < 2 and not lexicon.get(m["p"]):
            return m[0]
        # "Giải đua thuyền VN 2024", "đua ghe ĐT 2025": a race of boats, its letters
        # and its year, no boat's number (review12: "Việt Nam hai không hai bốn", silent)
        if _races_year(m):
            return m[0]
        pause = " -" if len(m["sep"]) > 1 else ""  # a spaced dash is a pause
        return f"{m['lead']}{province(m['p'])}{pause} {read_digits(m['n'])}"

    text = _PATROL_HULL.sub(lambda m: f"{m['lead']}ca en ", text)
    text = _VESSEL.sub(vessel, text)
    return _VESSEL_NO_TS.sub(vessel_no_ts, text)


# "vàng 9999", "nhẫn tròn trơn 999.9": the fineness of gold is a mark, said as the
# trade says it, "bốn số chín" for four nines however the point is typed, "ba số
# chín" for "999" (was "chín nghìn chín trăm chín mươi chín", silently; round 10,
# as review10 says "vàng 9999"). After "vàng" or "nhẫn" and at most three words (a
# kind, a brand), never before money or a count. Those words are a kind of gold or
# a brand, not any word: "cửa hàng vàng bạc số 999", "lúa vàng trên 999 ha", "màu
# vàng cho 999 em" count (review-p1: "ba số chín", silent). A wedding or engagement
# ring ("Nhẫn cưới 999") is a kind too; "999 chiếc", "999 cặp" count (round 11).
_GOLD_KIND = (
    r"(?:nhẫn|cưới|đính hôn|miếng|tròn|trơn|trang sức|nữ trang|ta|ép vỉ|thỏi|khâu"
    r"|nguyên liệu|SJC|PNJ|DOJI"
    r"|BTMC|Bảo Tín Minh Châu|Bảo Tín|Phú Quý|Mi Hồng|24K|24k)"
)
# Money, weight, a count after the number: "lúa vàng 999 ha" is an area (review11:
# "ba số chín héc-ta", silent).
_COUNTED_AFTER_GOLD = (
    r"%|đồng|đ\b|triệu|nghìn|ngàn|tỷ|tỉ|lượng|chỉ\b|cây\b|kg|gam|g\b|người|ca\b|lần"
    r"|ha\b|héc|m2|m²|tấn|sào|mẫu\b|em\b|hộ\b|học sinh|con\b"
    # "Huy chương vàng 999 vận động viên": people counted (review12: "ba số chín")
    r"|vận động viên|thí sinh|đội\b|gia đình|cháu\b|trẻ\b|suất\b|phần quà"
)
_GOLD_FINENESS = re.compile(
    rf"(?P<lead>\b(?i:vàng|nhẫn)(?:\s+(?i:{_GOLD_KIND})(?!\w)){{0,3}}\s+)"
    rf"(?P<n>9999|999[.,]9|99[.,]99|999)(?![\w.,]|\s*(?:{_COUNTED_AFTER_GOLD}"
    r"|chiếc|cặp|đôi|sản phẩm))"
)


# "Nhẫn cưới 999", "vàng bạc Phú Quý 999": within three words after "vàng" or "nhẫn",
# a 999 or 9999 the rule above does not take (a word between that is no kind of gold
# it knows) may be the fineness or a count, a number of a shop: read as a number and
# listed (review11: "chín trăm chín mươi chín", silent; round 10 left it known).
_GOLD_LOOSE = re.compile(
    r"\b(?i:vàng|nhẫn)(?:\s+[^\W\d_]+){0,3}\s+"
    rf"(?P<n>9999|999[.,]9|99[.,]99|999)(?![\w.,]|\s*(?:{_COUNTED_AFTER_GOLD}))"
)


def _gold_doubts(cleaned: str) -> list[tuple[str, str]]:
    fineness = {m.start("n") for m in _GOLD_FINENESS.finditer(cleaned)}
    return [
        (
            m["n"],
            f"'{m['n']}' sau 'vàng'/'nhẫn' được đọc là số; nếu là tuổi vàng, đọc "
            "'ba số chín' hay 'bốn số chín': kiểm tra",
        )
        for m in _GOLD_LOOSE.finditer(cleaned)
        if m.start("n") not in fineness
    ]


def _read_gold_fineness(text: str) -> str:
    return _GOLD_FINENESS.sub(
        lambda m: m["lead"] + ("ba số chín" if m["n"] == "999" else "bốn số chín"), text
    )


# --- numbers, units and symbols ----------------------------------------------

_NUM = r"\d{1,3}(?:\.\d{3})+(?![\d.]\d)(?:,\d+)?|\d+(?:,\d+)?"
_UNITS: Mapping[str, str] = {
    "°C": "độ xê",
    "℃": "độ xê",
    "°F": "độ ép",
    # "39-43oC": the degree sign typed as the letter "o".
    "oC": "độ xê",
    "km²": "ki-lô-mét vuông",
    "km2": "ki-lô-mét vuông",
    "km³": "ki-lô-mét khối",
    "km3": "ki-lô-mét khối",
    "m²": "mét vuông",
    "m2": "mét vuông",
    "m³": "mét khối",
    "m3": "mét khối",
    "km": "ki-lô-mét",
    "cm": "xen-ti-mét",
    "mm": "mi-li-mét",
    "m": "mét",
    "kg": "ki-lô-gam",
    "mg": "mi-li-gam",
    "µm": "micromet",
    "μm": "micromet",
    "mcg": "mi-crô-gam",
    # A dose in international units ("400 IU"), a weight in "gr" ("800gr").
    "IU": "đơn vị quốc tế",
    "gr": "gam",
    "µg": "mi-crô-gam",
    "g": "gam",
    "ml": "mi-li-lít",
    "mL": "mi-li-lít",
    "l": "lít",
    "lít": "lít",
    "ha": "héc-ta",
    "kcal": "ki-lô-ca-lo",
    "mmHg": "mi-li-mét thủy ngân",
    # Blood sugar and salts in a test result: "đường huyết 12,4 mmol/l".
    "mmol": "mi-li-mol",
    # Round 8: "tiểu cầu 20.000/mm3", a count per cubic millimetre.
    "mm3": "mi-li-mét khối",
    "mm³": "mi-li-mét khối",
    "cm3": "xen-ti-mét khối",
    "cm³": "xen-ti-mét khối",
    # Air pressure at a storm's centre: "khoảng 975hPa".
    "hPa": "héc-tô-pát-xcan",
    # Noise: "tiếng ồn 75 dB".
    "dB": "đề-xi-ben",
    # A station's frequency: "tần số FM 99,5MHz".
    "MHz": "mê-ga-héc",
    "kHz": "ki-lô-héc",
    # Pressure of a chest drain or a ventilator: "áp lực -20 cmH₂O".
    "cmH₂O": "xen-ti-mét nước",
    "cmH2O": "xen-ti-mét nước",
    # Electricity: "trạm 220kV", "110 kV", "50 MW", "200 kWh".
    "kV": "ki-lô-vôn",
    "kW": "ki-lô-oát",
    "kWh": "ki-lô-oát giờ",
    "MW": "mê-ga-oát",
    # Energy news (round 12): "268,4 TWh", "1.200 GWh", "50 MWh", "công suất 3 GW".
    "MWh": "mê-ga-oát giờ",
    "GW": "gi-ga-oát",
    "GWh": "gi-ga-oát giờ",
    "TWh": "tê-ra-oát giờ",
    # A transformer's rating: "máy biến áp 560kVA", "trạm 25 MVA".
    "kVA": "ki-lô-vôn-am-pe",
    # A transmitter's power, "máy phát sóng 100W": watts after a number ("kW" above).
    "W": "oát",
    # An engine's power in horsepower (cheval-vapeur), "mã lực": "tàu đánh bắt xa bờ
    # công suất từ 90CV trở lên" (https://tepbac.com/tin-tuc/full/neo-dau-tau-thuyen-
    # an-toan-trong-mua-mua-bao-31337.html), "công suất 940CV" (https://m.thanhnien.vn/
    # thoi-su/lo-dien-tau-vo-thep-manh-nhat-da-nang-danh-bat-hai-san-o-truong-sa-hoang-
    # sa-682257.html). Only after a number, like every unit here.
    "CV": "mã lực",
    "MVA": "mê-ga-vôn-am-pe",
    "đ": "đồng",
    "VNĐ": "đồng",
    "VND": "đồng",
    # Data: sizes in bytes, speeds in bits a second ("146,64 Mbps", "50GB"), the
    # "p" (per) said "một" like the "/" of any rate ("2,88 Tb/s").
    "kbps": "ki-lô-bít một giây",
    "Kbps": "ki-lô-bít một giây",
    "Mbps": "mê-ga-bít một giây",
    "Gbps": "gi-ga-bít một giây",
    "Tbps": "tê-ra-bít một giây",
    "Kb": "ki-lô-bít",
    "Mb": "mê-ga-bít",
    "Gb": "gi-ga-bít",
    "Tb": "tê-ra-bít",
    "KB": "ki-lô-bai",
    "MB": "mê-ga-bai",
    "GB": "gi-ga-bai",
    "TB": "tê-ra-bai",
}
# The units' readings of more than one syllable, as the reader writes them, and the
# dictionary's readings of one hyphenated word: their syllables are not listed as
# foreign words ("mol" of "mi-li-mol", "xcan" of "héc-tô-pát-xcan"; "xcô" of
# "U-nét-xcô", the dictionary's UNESCO, was listed on every line that named it: ao007,
# ao010, ao031).
_WORDS_SAID = re.compile(
    r"(?<![\w-])(?i:"
    + "|".join(
        re.escape(said)
        for said in sorted(
            {s for s in _UNITS.values() if "-" in s}
            | {r for r in ABBREVIATIONS.values() if re.fullmatch(r"\w+(?:-\w+)+", r)},
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])"
)
_UNIT = "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True))
_MEASURE = re.compile(rf"(?<![\d.,])(?P<num>-?(?:{_NUM}))\s*(?P<unit>{_UNIT})(?![\w²³])")
_RANGE = re.compile(
    rf"(?<![\w/.,])(?P<a>{_NUM})(?P<percent>\s*%)?\s*-\s*(?P<b>{_NUM})"
    rf"(?:\s*(?P<unit>{_UNIT})(?![\w²³]))?(?![\w]|/\d)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# A number and a year either side of a spaced dash ("Đến 12 - 2024 người"), said as a
# span: recorded for the proof list (said.SaidNumberYear).
_SMALL_NUMBER_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}$")
_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d(?![\d/-]|[.,]\d)")
_RATIO = re.compile(rf"(?<![\w/.,])(?P<a>{_NUM})\s*/\s*(?P<b>{_NUM})(?![\w/])")
# "thu hoạch 45.600/52.300 ha", "đã tiêm 1.180/1.250 con": so much out of so much,
# the unit after the second number; read before the measure, or "52.300 ha" would be
# said first and the "/" left before it ("… sáu trăm / năm mươi …" read "một năm").
_RATIO_MEASURE = re.compile(
    rf"(?<![\w/.,])(?P<a>{_NUM})\s*/\s*(?=(?P<b>{_NUM})\s*(?:{_UNIT})(?![\w²³/]))"
)
_NUMBER_SLASH = re.compile(r"(?<=\d)\s*/\s*(?=\d)")
_TIMES = re.compile(r"(?<=\d)\s*[x×]\s*(?=\d)")
_NUMBER = re.compile(
    r"(?P<sign>(?<![^\s(\[])-)?(?<!\d)"
    r"(?:(?P<num>\d{1,3}(?:\.\d{3})+(?![\d.]\d)(?:,\d+)?)"
    r"|(?P<dotted>\d+(?:\.\d+)+)|(?P<plain>\d+(?:,\d+)?))"
)
_DIGITS = re.compile(r"\d+")


# A dash between two quantities, each with its own words: "300.000 đồng - 01 tỷ
# đồng", "05 m³/ngày - dưới 10 m³/ngày" -> "đến".
_QUANTITY_DASH = re.compile(
    # "250 nghìn đồng/kg – 500 nghìn đồng/kg": a scale word before the unit, and the
    # rate already said ("đồng một ki-lô-gam", "đồng một mét khối"; round 13, part AT:
    # was a pause, silent).
    r"(?<=\d)(?P<unit>\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+(?=[^\W\d_]))?[^\W\d_]{1,6}[²³]?"
    r"(?:/[^\W\d_]{1,6}|\s+một\s+[^\W\d_]{1,6}(?:[- ][^\W\d_]{1,6}){0,3})?)?\s+-\s+"
    r"(?=(?:dưới|trên|khoảng|gần|hơn)?\s*\d)"
)
# A minus sign with a space after it, where a number is expected: "từ - 80 độ C".
_SPACED_MINUS = re.compile(
    r"(?P<lead>\b(?i:từ|đến|khoảng|là|xuống|còn|mức|tới)\s+)[-−]\s*(?=\d)"
    # "có nơi - 5 độ C", "dưới - 2°C": before a temperature, after "nơi", "dưới" too
    # (was a pause, "có nơi, năm độ C"; round 10).
    r"|(?P<lead2>\b(?i:nơi|dưới|thấp nhất)\s+)[-−]\s*(?=\d+(?:[.,]\d+)?\s*(?:độ|°))"
)
# "VN-Index giảm -1,22%", "tăng +3,5%": the sign repeats the verb; said once, by the
# verb ("giảm một phẩy hai mươi hai phần trăm", never "giảm âm …"; round 10). Only
# where the two agree: "giảm +2%" is left as written.
_SIGN_AFTER_CHANGE = re.compile(
    r"(?P<lead>\b(?i:giảm)\s*)[-−](?=\d)|(?P<up>\b(?i:tăng)\s*)\+(?=\d)"
)
# A full stop as the decimal point before a unit of measure: "74.4mm", "2.5 µm", "PM 2.5";
# before a weight in words too, "năng suất 6.5 tấn/ha" (one or two digits after the
# stop: never a thousands group; it was "sáu chấm năm", warned). Round 12, market news:
# before an amount of dollars or millions and billions of a currency or a weight too,
# "2.5 USD/kg", "1.7 tỷ USD", "3.25 triệu tấn" (a date or a version number is never
# followed by those; was "một chấm bảy tỷ", warned).
_DOT_MONEY = r"USD|đô la|(?:triệu|tỷ|tỉ)\s+(?:đồng|USD|đô la|tấn)"
_DOT_DECIMAL = re.compile(
    # "cộng 0.5 điểm", "đạt 8.25 điểm": a mark or an index's points too (round 11, AF).
    rf"(?<![\d.,])(?P<a>\d+)\.(?P<b>\d{{1,2}})"
    rf"(?=\s*(?:{_UNIT}|độ|%|tấn|tạ|điểm|{_DOT_MONEY})(?![\w²³]))"
    rf"(?:\s*(?P<u>{_UNIT})(?![\w²³]))?"
    r"|(?<=\bPM )(?P<c>\d+)\.(?P<d>\d)\b"
)
# The same after a word that names a measured size ("độ lớn 4.7": an earthquake's
# magnitude, never a date), and in the first of two sizes joined by "và", "đến",
# "hoặc" when the second is a decimal of a unit ("2.6 và 2.5 độ richter").
# An IELTS band is a decimal score too: "IELTS 6.5" "sáu phẩy năm" (corpus README: a
# full stop used as a decimal point is "phẩy"; "chấm" is for versions, "phiên bản 2.0").
_MEASURE_WORDS = r"độ lớn|cường độ|độ sâu|độ cao|chiều cao|chiều dài|chiều rộng|cân nặng|IELTS"
# The second size of a pair after such a word is one too: "độ lớn từ 2.5 đến 4.2".
_MEASURED_DOT = re.compile(
    rf"(?P<lead>\b(?i:{_MEASURE_WORDS})\s+(?:(?i:là|khoảng|từ|đạt|gần|hơn|chỉ)\s+)?)"
    r"(?P<a>\d+)\.(?P<b>\d{1,2})(?!\d|[.,]\d)"
    r"(?:(?P<join>\s+(?:và|hoặc|đến|tới)\s+|\s*-\s*)(?P<c>\d+)[.,](?P<d>\d{1,2})(?!\d|[.,]\d))?"
)
# A position in degrees of latitude or longitude is a decimal whatever its
# digits: "14.849 độ vĩ Bắc", "108.266 độ kinh Đông".
_COORDINATE = re.compile(
    r"(?<![\d.,])(?P<a>\d{1,3})\.(?P<b>\d{1,6})(?=\s*(?:độ|°)\s*(?i:vĩ|kinh)\b)"
)
# A mark written with a full stop as its decimal point, in a sentence about a mark: "có
# điểm trung bình học tập … từ 6.5 trở lên" is six point five, "sáu phẩy năm" (corpus
# README: a full stop used as a decimal point is "phẩy"; was "sáu chấm năm", the reading
# of a version or a section number, with no warning; round 13, part AQ). Only after a
# word of marks earlier in the sentence, and only where the number is a threshold or a
# mark reached ("đạt", "trên", "dưới", "tối thiểu" before it, "trở lên", "trở xuống"
# after it): "điểm trung bình … ngày 6.5", "xem điểm thi từ 6.7" stay dates.
_MARK_WORDS = re.compile(
    r"(?<!\w)(?i:điểm\s+(?:trung\s+bình|TB|tổng\s+kết|học\s+tập|rèn\s+luyện|thi|xét\s+tuyển"
    r"|chuẩn|sàn|tích\s+lũy|tích\s+luỹ)|GPA)(?!\w)"
)
_MARK_DOT = re.compile(
    r"(?P<lead>(?<!\w)(?i:từ|đạt|trên|dưới|tối\s+thiểu|thấp\s+nhất|ít\s+nhất)\s+)?"
    r"(?<![\d.,])(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?!\d|[.,]\d)"
    r"(?P<after>\s+(?i:trở\s+lên|trở\s+xuống)(?!\w))?"
)
_SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def _mark_dots(text: str, dialect: Dialect) -> str:
    """ "điểm trung bình … từ 6.5 trở lên": the mark said "sáu phẩy năm" (see _MARK_DOT)."""
    if _MARK_WORDS.search(text) is None:
        return text

    def mark(m: re.Match[str]) -> str:
        # "từ" alone may open a date as well ("xem điểm thi từ 6.7"): only with "trở lên"
        if not m["after"] and (m["lead"] is None or m["lead"].split()[0].casefold() == "từ"):
            return m[0]
        start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
        if _MARK_WORDS.search(text, start, m.start()) is None:
            return m[0]
        words = f"{read_int(int(m['a']), dialect)} phẩy {read_decimal(m['b'], dialect)}"
        return f"{m['lead'] or ''}{words}{m['after'] or ''}"

    return _MARK_DOT.sub(mark, text)


_PAIRED_DOT = re.compile(
    r"(?<![\d.,])(?P<a>\d+)\.(?P<b>\d{1,2})"
    rf"(?=\s+(?:và|hoặc|đến|tới)\s+\d+[.,]\d{{1,2}}\s*(?:{_UNIT}|độ|%)(?![\w²³]))"
)


# "huyết áp 160/100 mmHg": a blood pressure, the upper "trên" the lower ("160/100 mmHg"
# was "một trăm sáu mươi hoặc một trăm …", silently: the unit was read first).
_BLOOD_PRESSURE = re.compile(r"(?<![\w/.,])(?P<a>\d{2,3})\s*/\s*(?P<b>\d{2,3})\s*mm\s?Hg\b")
# "Kết quả 6T/2025": six months of 2025 ("sáu T trên hai nghìn …", silently).
_MONTHS_SHORT = re.compile(r"(?<![\w.,/])(?P<n>[1-9]|1[0-2])T\s*/\s*(?P<y>(?:19|20)\d\d)(?![\w/])")
# Not before what is measured by volume: "giá bán trên 1m3 nước sạch" is a cubic metre
# (round 13, part AQ: was read "một mét ba", listed as a height).
# Not "nước da" (skin), which follows a height ("Em bé cao 1m3 nước da trắng",
# review17: was "một mét khối", silent). Only "m3" is a volume: "Lũ dâng cao 1m50 nước"
# was "một m năm mươi", "cao 1m2 nước" "một mét vuông", both silent (review17).
_VOLUME_AFTER = (
    r"(?!(?<=m3)\s+(?i:nước(?!\s+da(?!\w))|khí|đất|cát|đá|sỏi|gỗ|bê tông|rác|bùn)(?!\w))"
)
# "cao 1m65", "trẻ em dưới 1m2", "nhảy xa 6m50": a length in metres and centimetres,
# "một mét sáu mươi lăm", "một mét hai" (never "một mét vuông": after a word of
# height, or two digits).
_HEIGHT = re.compile(
    r"(?:(?P<lead>\b(?i:cao|chiều cao|cao từ|dưới|trên|từ|đến|tới)\s+)(?P<a>[12])m(?P<b>\d)"
    r"|(?<![\w.,])(?P<a2>[1-9])m(?P<b2>\d{2}))(?![\w²³]|[.,]\d)" + _VOLUME_AFTER
)
# "50k/người", "4,96 tr đồng": thousands and millions written short, as notices do.
_COLLOQUIAL_SCALE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{1,2})?)\s?(?P<s>k|tr)(?![\w])(?P<money>\s*(?:đồng|/))?"
)
# Money only: "đồng" or "/" after it, or a word of paying before it ("giải chạy 5k" is
# five kilometres, left as written).
_PAYING_BEFORE = re.compile(
    r"(?<!\w)(?i:giá|phí|vé|tiền|lương|thưởng|hỗ trợ|mua|bán|thu|nộp|ủng hộ|chi|trị giá|mức)\s+$"
)
# "7 tháng/2017": seven months of 2017.
_MONTHS_OF_YEAR = re.compile(r"\btháng\s*/\s*(?P<y>\d{4})\b")
# "số ca nhiễm/1 triệu dân", "thứ 34/225": per so many, out of so many.
_PER_NUMBER = re.compile(r"(?<=[^\W\d_])\s*/\s*(?=\d)")
# "Km230", "Km55+150": a chainage on a road.
# Written "km21" too, but never "km2"/"km3" (square and cubic) or a unit after
# a number or a slash ("người/km2", "5 km2").
_CHAINAGE = re.compile(
    r"(?:\bKm\s?|(?<![\w/])(?<!\d\s)km(?=\d)(?![23](?!\d)))"
    # "Km 1.245+600" (the North-South highway's chainages): a thousands dot before "+".
    r"(?P<a>\d{1,3}\.\d{3}(?=\s?\+)|\d+)(?:\s?\+\s?(?P<b>\d+))?(?!\w|[.,]\d)"
)
# "tuyến ống D1500", "cống D800": the nominal diameter of a pipe or a culvert, in
# millimetres, which water and building works say "đê một nghìn năm trăm" (the
# letter as the trade says it, not the spelling name "dê"), the number as a number.
_PIPE_DIAMETER = re.compile(
    r"(?P<lead>\b(?i:ống|cống|ống nước|ống cấp nước|đường ống|tuyến ống)(?:\s+[a-zà-ỹđ]+)?\s+)"
    r"D(?P<n>\d{2,4})(?![\w-]|[.,]\d)"
)
# "IC4", "IC8": an interchange or model code, its letters said by name; "VN1545",
# "SE3": a flight or a train.
_LETTER_CODE = re.compile(
    r"(?<![\w.-])(?P<l>[A-Z]{2,3})(?P<n>\d{1,4})(?P<t>[A-Z]?)(?![\w-]|[.,]\d)"
)
# Letters glued to a number keep their dictionary reading only where what they
# name is numbered: a road ("QL1A" "Quốc lộ một A"), a term of the National
# Assembly ("QH14"), or a reading that is itself letters ("PM2.5"). A country,
# a post or a body is not numbered: "VN1545" is a flight, not "Việt Nam một
# nghìn…", and "CT229" a programme code, not "Chủ tịch hai trăm…".
_NUMBERED_HEADS = ("quốc lộ", "tỉnh lộ", "hương lộ", "đường", "quốc hội", "quận", "phường")
# A dictionary key glued to its number inside a longer code: the fuel grades
# "E5RON92" and "RON95-3" ("E năm rôn chín mươi hai", "rôn chín mươi lăm - ba").
# Only a known key is split so; other letter runs stay for _LETTER_CODE.
_KNOWN_CODE = re.compile(
    r"(?<![\w.-])(?P<pre>[A-Z]\d{1,2})?(?P<l>[A-Z]{2,4})(?P<n>\d{1,3})"
    r"(?P<grade>-\d(?![\w.,-]))?(?![\w-]|[.,]\d)"
)
# Letters then a number with a leading zero are a code ("tổ hợp C00", "A01",
# the police department "PC04"), never a count of what the letters abbreviate.
# "mã số lô là 2563G53117": digits, capital letters, digits in one token is a
# code (a lot or a serial), said digit by digit; a plate has two digits first
# and is read before this.
_DIGIT_LETTER_CODE = re.compile(
    r"(?<![\w.,/-])(?P<a>\d{3,})(?P<l>[A-Z]{1,3})(?P<b>\d+)(?![\w-]|[.,]\d)"
)


def _read_digit_letter_codes(text: str) -> str:
    def code(m: re.Match[str]) -> str:
        letters = " ".join(m["l"])
        return f"{read_digits(m['a'])} {letters} {read_digits(m['b'])}"

    return _DIGIT_LETTER_CODE.sub(code, text)


_ZERO_CODE = re.compile(r"(?<![\w.-])(?P<l>[A-ZĐ]{1,3})(?P<n>0\d{1,2})(?![\w-]|[.,]\d)")
# A crop variety named by letters and a number after the crop: "lúa OM5451",
# "giống lúa OM18", "gạo ST25", "lúa IR50404", and the codes listed after it
# ("OM5451 và OM18, ĐS1"). The letters are said by name (or as the dictionary
# says them: "OM" is "ô mờ", for Ô Môn), a long number digit by digit (corpus
# README: "OM 5451" "ô mờ năm bốn năm một"); numbers.VARIETY_RUN finds them.
_VOWEL_NAMES = {"A": "a", "E": "e", "I": "i", "O": "o", "U": "u", "Y": "i dài"}


def _read_varieties(text: str, lexicon: Lexicon | None, dialect: Dialect) -> str:
    # An announcer reads the codes of one line the same way: where short codes ("OM
    # 18", said "mười tám") stand with long ones ("IR 50404"), every code of the line
    # is said as a number (corpus README: a long code digit by digit, "also as a
    # number"; f075 and w007 accept the whole line as numbers, not a mix of both).
    lengths = {
        len(c["n"]) <= 2
        for r in VARIETY_RUN.finditer(text)
        for c in VARIETY_CODE.finditer(r["run"])
        if not c["n"].startswith("0")
    }
    as_numbers = len(lengths) == 2

    def code(m: re.Match[str]) -> str:
        known = lexicon.get(m["l"]) if lexicon is not None else None
        if known is None or any(c.isupper() for c in known):
            # "J02", "F1": a letter the alphabet lacks is said by its name ("gi").
            names = {**_LETTER_NAMES, **_VOWEL_NAMES, **_FOREIGN_LETTERS}
            known = " ".join(names.get(c, c) for c in m["l"])
        n = m["n"]
        if n.startswith("0"):
            # "J02": a leading zero makes it a code, said digit by digit.
            number = read_digits(n)
        elif len(n) <= 2 or as_numbers:
            number = read_int(int(n), dialect)
        else:
            number = read_digits(n)
        return f"{known} {number}"

    def run(m: re.Match[str]) -> str:
        return m[0][: m.start("run") - m.start()] + VARIETY_CODE.sub(code, m["run"])

    return VARIETY_RUN.sub(run, text)


# Stock tickers: three capitals after "mã", "cổ phiếu" ("cổ phiếu HPG", "các mã VHM,
# VCB và FPT") are a listed company's code, said by their letters (corpus: b253,
# w179). A code the dictionary knows is left to it ("VCB" "vê xê bê", "mã OTP" "ô tê
# pê"). Elsewhere three capitals stay for the dictionary and the proof list: a ticker
# is not guessed where no word names it.
_TICKER = r"[A-Z]{3}(?![\w&/-])"
TICKER_RUN = re.compile(
    rf"(?<!\w)(?:[Mm]ã|[Cc]ổ phiếu)(?:\s+(?:cổ phiếu|chứng khoán))?\s+"
    rf"(?P<run>{_TICKER}(?:(?:\s*,\s*|\s+(?:và|hoặc)\s+){_TICKER})*)"
)
_TICKER_CODE = re.compile(r"[A-Z]{3}")


# A line about the stock market: there, three capitals the dictionary does not
# know ("SSI đóng cửa giảm 4,5%", "trong khi CTG, BID giảm") are a ticker too;
# they are spelled and listed (_ticker_doubts), never expanded by a guess.
_STOCK_LINE = re.compile(
    # "tăng trần", "giảm sàn": a share's price at its day's limit (review9); not "kịch
    # trần", said of airfares and fertiliser too.
    r"(?<!\w)(?:(?i:cổ phiếu|chứng khoán|mã tăng|mã giảm|tăng trần|giảm sàn)"
    r"|VN-Index|HNX-Index|UPCoM|VN30"
    r"|các mã(?=\s+[A-Z]{3}(?![\w&/-])))(?!\w)"
)
_LONE_TICKER = re.compile(rf"(?<![\w&/.-]){_TICKER}")


def _ticker_names() -> dict[str, str]:
    return {**_LETTER_NAMES, **_VOWEL_NAMES, **_FOREIGN_LETTERS}


def _read_tickers(text: str, lexicon: Lexicon) -> str:
    names = _ticker_names()
    stock = _STOCK_LINE.search(text) is not None

    def spell(m: re.Match[str]) -> str:
        if lexicon.get(m[0]) is not None:
            return m[0]
        return " ".join(names[c] for c in m[0])

    def run(m: re.Match[str]) -> str:
        lead = m[0][: m.start("run") - m.start()]
        if not stock and lead.split()[-1].casefold() == "mã":
            # "nhập mã PIN": after a bare "mã", outside a line about shares, letters
            # that read as a word are that word, not a ticker (review9: "mã pê i nờ",
            # silently); "mã VIC" in a stock-market line is still spelled.
            return lead + _TICKER_CODE.sub(
                lambda c: c[0] if looks_like_word(c[0]) else spell(c), m["run"]
            )
        return lead + _TICKER_CODE.sub(spell, m["run"])

    text = TICKER_RUN.sub(run, text)
    return _LONE_TICKER.sub(spell, text) if stock else text


_NUMBERED_TOWN = re.compile(r"(?<![\w.&/-])(?P<key>TT|TX)\.?\s*(?P<n>\d+)(?![\d/])")


def _numbered_town_doubts(cleaned: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """ "Thực hiện TT. 32", "Số TT. 5": before a number "TT" or "TX" is read as the
    dictionary says, "thị trấn", "thị xã", which have names, not numbers; it may be a
    circular or an order number (review9: said so with no warning)."""
    doubts = []
    for m in _NUMBERED_TOWN.finditer(cleaned):
        reading = lexicon.get(m["key"])
        if m["key"] in lexicon.extra or reading is None or reading.casefold() not in _NAMED_LEVELS:
            continue
        message = (
            f"'{m[0]}': '{m['key']}' trước một số được đọc là '{reading}', nhưng {reading} "
            "không đánh số: nếu là 'Thông tư' hay 'thứ tự', hãy sửa"
        )
        doubts.append((m[0], message))
    return doubts


_CAPITALS = re.compile(r"(?<![\w&/.-])[A-ZĐ]{2,8}(?![\w&/-])")


def _other_body_doubts(cleaned: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """ "Trung Tâm Phát Triển Cộng Đồng CDC": letters the dictionary reads as another
    body of the same kind are not said after this body's name (other_body_named)."""
    doubts = []
    for m in _CAPITALS.finditer(cleaned):
        expansion = lexicon.get(m[0])
        if expansion is None or m[0] in lexicon.extra:
            continue
        name = other_body_named(cleaned, m.start(), expansion)
        if name is not None:
            message = (
                f"'{m[0]}' sau tên '{name}' không được đọc (coi là tên viết tắt của đơn vị "
                f"vừa nói, không phải '{expansion}'); nếu cần đọc, hãy viết rõ"
            )
            doubts.append((m[0], message))
    return doubts


def _band_doubts(cleaned: str) -> list[tuple[str, str]]:
    """ "IELTS 6.5", "IELTS từ 5.5 đến 7.0": said "phẩy" by the corpus README's rule for a
    full stop used as a decimal point, but a band score is as often said "chấm"
    ("sáu chấm năm"), and the README does not name scores: listed, not guessed
    silently (review9: the range had no warning)."""
    doubts = []
    for m in _MEASURED_DOT.finditer(cleaned):
        if m["lead"].split()[0].casefold() != "ielts":
            continue
        for a, b, at in ((m["a"], m["b"], m.end("a")), (m["c"], m["d"], m.end("c"))):
            if a is not None and cleaned[at] == ".":  # "7,0": a comma is the decimal's
                message = f"điểm IELTS '{a}.{b}' được đọc '… phẩy …'; nếu đọc 'chấm', hãy sửa"
                doubts.append((f"{a}.{b}", message))
    return doubts


# What a share does, right after its ticker: "HSG giảm 2%", "HSG (-3%)".
_TICKER_MOVE = re.compile(
    r"\s*(?:\(|(?i:tăng|giảm|đứng giá|mất|lên|xuống|đóng cửa|điều chỉnh)(?!\w))"
)


def _ticker_doubts(cleaned: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    if not _STOCK_LINE.search(cleaned):
        return []
    named = {c for r in TICKER_RUN.finditer(cleaned) for c in _TICKER_CODE.findall(r["run"])}
    doubts = [
        (m[0], f"'{m[0]}' được đọc từng chữ như mã cổ phiếu; nếu là chữ viết tắt khác, hãy sửa")
        for m in _LONE_TICKER.finditer(cleaned)
        if m[0] not in named and lexicon.get(m[0]) is None
    ]
    letters = {w for name in _ticker_names().values() for w in name.split()}
    for m in _LONE_TICKER.finditer(cleaned):
        # "Cổ phiếu ngành thép tăng, riêng HSG giảm 2%": in a line about shares, three
        # capitals the dictionary reads as common words ("học sinh giỏi") may be a
        # ticker (review9: said so with no warning); a spelled entry ("OTP") is none.
        known = lexicon.get(m[0])
        if known is None or not known[:1].islower() or set(known.split()) <= letters:
            continue
        if m[0] not in named and not _TICKER_MOVE.match(cleaned, m.end()):
            continue  # "thông tin về KCN mới": no price moves after it, no ticker
        # Named by "cổ phiếu"/"mã" itself ("Cổ phiếu HSL và LCS tăng"), it is listed with
        # no move after it (review17: 'HSL' was "hệ số lương", silent).
        message = f"'{m[0]}' được đọc là '{known}'; nếu là mã cổ phiếu, hãy sửa (đọc từng chữ)"
        doubts.append((m[0], message))
    return doubts


# "ĐT" has many meanings (điện thoại, đào tạo, đầu tư, đô thị, đội tuyển): the
# dictionary lists it only in compounds ("ĐT nữ", "SĐT", "GD&ĐT"). Alone it is
# "điện thoại" before a phone number, "đào tạo" in a text about a school ("phòng
# ĐT" of a university), and otherwise left as written and listed.
_DT = r"(?<![\w&/.-])ĐT"
# "ĐT. 0912 345 678", "ĐT.: 0912…": with a stop, only before a phone's eight digits
# or more (a road's number is short: "ĐT.741"); was "Đường tỉnh", silent (review17).
_DT_PHONE = re.compile(rf"{_DT}(?:(?=\s*:?\s*[(+]?\d)|\.(?=\s*:?\s*[(+]?\d(?:[\s.()-]?\d){{7,}}))")
_DT_ALONE = re.compile(rf"{_DT}(?![\w&/-]|\.\d|\s+(?:nữ|nam|Việt Nam|quốc gia)\b)")
# Words that make a text one about a school, where "ĐT" is "đào tạo".
_SCHOOL = re.compile(
    r"(?i)(?<!\w)(?:trường|nhà trường|học sinh|sinh viên|học viên|giảng viên|giáo viên"
    r"|tuyển sinh|đại học|cao đẳng|học kỳ|học phần|tín chỉ|khóa học)(?!\w)"
)


# "ĐT741", "ĐT 741": a provincial road (đường tỉnh), written like "ĐT.741", which the
# dictionary has; a phone number has far more digits than a road's two to four.
# Not a phone's first group ("ĐT 0205 3870 123" was "điện thoạikhông hai…", the road's
# stop glued to it; review17).
_DT_ROAD = re.compile(rf"{_DT}\.?\s?(?=\d{{2,4}}[A-Z]?(?![\w.,-]*\d|\s\d))")


# "giáp đường huyện ĐH507", "Đường ĐH.12", "tuyến ĐH 12": a district road (đường
# huyện), written as the dictionary's "ĐH." (review17: "Đường Đại học. mười hai",
# silent). With a space only after a road's word: "tuyển sinh ĐH 2024" is a university.
_DH_ROAD = re.compile(
    r"(?<![\w&/.-])(?:ĐH(?=\d{2,3}[A-Z]?(?![\w.,-]*\d|\s\d))"
    r"|(?<=(?i:đường|tuyến) )ĐH\s(?=\d{2,3}[A-Z]?(?![\w.,-]*\d|\s\d)))"
)


def _read_dt(text: str, school: bool) -> str:
    text = _DH_ROAD.sub("ĐH.", text)
    text = _DT_ROAD.sub("ĐT.", text)
    text = _DT_PHONE.sub("điện thoại", text)
    return _DT_ALONE.sub("đào tạo", text) if school else text


# "BCH" is the dictionary's "Ban Chấp hành" (of a Party committee, a union), but
# a board that commands is a "Ban Chỉ huy": "BCH quân sự xã", "BCH phòng, chống
# thiên tai". Before those words only, "BCH" is read "Ban Chỉ huy" (unless the
# campaign gives "BCH" its own reading).
_COMMAND_BOARD = re.compile(
    r"(?<![\w&/.-])BCH(?=\s+(?:(?i:quân sự|phòng,? chống|phòng thủ)(?!\w)"
    r"|(?:QS|PCTT|PCLB|PCTT&TKCN|PTDS)(?![\w&])))"
)


def _read_command_boards(text: str, lexicon: Lexicon) -> str:
    if "BCH" in lexicon.extra:
        return text
    return _COMMAND_BOARD.sub("Ban Chỉ huy", text)


# "NK" is the dictionary's "nhập khẩu", but before a span of years it is a term of
# office: "Chi ủy NK 2020-2025", "HĐND xã khóa XX, NK 2021-2026" (was read "nhập khẩu
# hai nghìn …", silently). Only there, unless the campaign gives "NK" its own reading.
_TERM_OF_OFFICE = re.compile(
    r"(?<![\w&/.-])NK(?=\s*:?\s*(?:19|20)\d{2}\s*[-\u2013]\s*(?:19|20)\d{2}(?!\d))"
)


def _read_terms_of_office(text: str, lexicon: Lexicon) -> str:
    if "NK" in lexicon.extra:
        return text
    return _TERM_OF_OFFICE.sub("nhiệm kỳ", text)


# "xét tuyển ĐH-CĐ", "các trường ĐH, CĐ": beside "ĐH" (đại học), "CĐ" is "cao
# đẳng" (alone it is also "công đoàn", "công điện": not in the dictionary).
_UNIVERSITY_COLLEGE = re.compile(
    r"(?<![\w&/.-])(?P<a>ĐH|CĐ)(?P<sep>\s*[-\u2013]\s*|\s*,\s*|\s+và\s+|\s+hoặc\s+)"
    r"(?P<b>ĐH|CĐ)(?![\w&/-])"
)
_SCHOOL_LEVELS = {"ĐH": "đại học", "CĐ": "cao đẳng"}


def _read_university_college(text: str) -> str:
    def pair(m: re.Match[str]) -> str:
        if m["a"] == m["b"]:
            return m[0]
        sep = m["sep"].strip()
        joint = {"-": " - ", "\u2013": " - ", ",": ", "}.get(sep, f" {sep} ")
        return _SCHOOL_LEVELS[m["a"]] + joint + _SCHOOL_LEVELS[m["b"]]

    return _UNIVERSITY_COLLEGE.sub(pair, text)


# Buddhist texts date themselves twice: "PL.2565 – DL.2021", Phật lịch (the
# Buddhist era, years 25xx now) and Dương lịch (the common era). "PL" alone has
# other meanings ("PL.01" an appendix, phụ lục), so only before a year of the
# Buddhist era; "DL" only before a year in a line that has such a date. A colon
# may stand for the full stop ("PL:2557 – DL:2013").
_BUDDHIST_YEAR = re.compile(r"(?<![\w.])PL[.:]?\s?(?=2[5-6]\d\d(?!\d))")
_COMMON_YEAR = re.compile(r"(?<![\w.])DL[.:]?\s?(?=(?:19|20)\d\d(?!\d))")


# "kích thước 28mm x 14mm": a size whose first measure has its unit before the
# "x" (or "×"); "3x4" without a unit is read by _TIMES further on.
_SIZE_TIMES = re.compile(r"(?<=\d)(?P<unit>\s?(?:mm|cm|dm|km|m))\s*[x×]\s*(?=\d)")


# "16,2N-111,5E", "16,2°N; 111,5°E": a storm's position in degrees of latitude north
# and longitude east, said as the bulletins say them ("độ vĩ Bắc", "độ kinh Đông").
_LAT_LON = re.compile(
    r"(?<![\w.,])(?P<lat>\d{1,2}(?:[.,]\d{1,2})?)\s?°?\s?N\s*[-–,;]\s*"
    r"(?P<lon>\d{2,3}(?:[.,]\d{1,2})?)\s?°?\s?E(?!\w)"
)


# "25.400 VND/USD": an exchange rate, so many dong to one dollar ("đồng một đô la
# Mỹ"); between the two currency codes "/" is no "hoặc".
_CURRENCY_RATE = re.compile(r"(?<=\d)(?P<sp>\s*)(?:VND|VNĐ)\s*/\s*(?=USD|EUR\b)")


# "21°01'N, 105°50'E": degrees and minutes of latitude and longitude.
_DMS = re.compile(
    r"(?<![\w.,])(?P<d>\d{1,3})\s?°\s?(?P<m>\d{1,2})\s?['\u2032\u2019]"
    r"(?:\s?(?P<s>\d{1,2})\s?[\"\u2033])?\s?(?P<h>[NSEW])(?!\w)"
)
_HEMISPHERE = {"N": "vĩ Bắc", "S": "vĩ Nam", "E": "kinh Đông", "W": "kinh Tây"}


def _dms(m: re.Match[str]) -> str:
    said = f"{m['d']} độ {m['m']} phút"
    if m["s"]:
        said += f" {m['s']} giây"
    return f"{said} {_HEMISPHERE[m['h']]}"


def _read_sizes(text: str) -> str:
    text = _DMS.sub(_dms, text)
    text = _CURRENCY_RATE.sub(lambda m: f"{m['sp'] or ' '}đồng/", text)
    text = _LAT_LON.sub(
        lambda m: (
            f"{m['lat'].replace('.', ',')} độ vĩ Bắc, {m['lon'].replace('.', ',')} độ kinh Đông"
        ),
        text,
    )
    return _SIZE_TIMES.sub(lambda m: f"{m['unit']} nhân ", text)


def _read_eras(text: str) -> str:
    text, n = _BUDDHIST_YEAR.subn("Phật lịch ", text)
    if n or "Phật lịch" in text:
        text = _COMMON_YEAR.sub("Dương lịch ", text)
    return text


# One letter the Vietnamese alphabet lacks, then a number: "F0", "F1" (the tiers
# of COVID-19 cases), "F1" (a first-generation hybrid). The listener knows the
# letter only by its name, and a Vietnamese voice has no sound for it alone.
_FOREIGN_LETTERS = {"F": "ép", "J": "gi", "W": "vê kép", "Z": "dét"}
_FOREIGN_CODE = re.compile(r"(?<![\w.-])(?P<l>[FJWZ])(?P<n>\d{1,3})(?![\w-]|[.,]\d)")
# "mm/3 giờ": an amount within a span, "trong".
# "vài triệu đồng mỗi m2": a unit said per one of it, with no number before it.
# "(Đơn vị: cm)", "Đơn vị tính: tấn": a table's unit named after its label is said
# like any unit (was left "cm" and listed; round 10).
_PER_UNIT = re.compile(
    r"(?:(?<=\b[Mm]ỗi )|(?<=\b[Đđ]ơn vị: )|(?<=\b[Đđ]ơn vị tính: ))(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNITS, key=len, reverse=True) if len(u) >= 2)
    + r")(?![\w²³])"
)
# "2 lần/1 tháng", "3 viên/01 ngày": per one period is a rate, said "một" as "lần/tháng"
# is ("hai lần một tháng"), not a span (was "hai lần trong một tháng"; round 11, noticed).
_PER_ONE_PERIOD = re.compile(
    r"(?<=[^\W\d_])\s*/\s*0?1\s*(?=(?:giờ|ngày|tháng|năm|phút|tuần|tiếng)\b)"
)
_WITHIN = re.compile(rf"(?<=[^\W\d_])\s*/\s*(?=\d+\s*(?:{'|'.join(WITHIN_WORDS)})\b)")
# The same span with the hour written "h": "50mm/24h", "500 m3/12h", "120
# ca/24h" is so much within twenty-four hours, "trong hai mươi tư giờ". After a
# word or a unit ("km/h" has no number; "24/24h" is hours of the day, dates.py;
# "8h/24h" begins with a clock time), never before minutes ("/6h30").
_WITHIN_HOURS = re.compile(
    r"(?:(?<=[^\W\d_])(?<!\dh)(?<!\d h)|(?<=m3))\s*/\s*(?P<n>\d{1,3})\s*h(?![\w])"
)


def _read_within_hours(text: str) -> str:
    # Before the calendar reads "24h" as a clock time and "m3/12" as a date.
    return _WITHIN_HOURS.sub(lambda m: f" trong {m['n']} giờ", text)


# A measure given with a scale word: "1,5 triệu m3", "2.949,4 nghìn ha".
_SCALED_UNIT = re.compile(
    rf"(?<=\d)(?P<scale>\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))\s+(?P<unit>{_UNIT})(?![\w²³])"
)


# "vùng 1-2-3", "khu 4-5-6", "NPK 16-16-8": three or more small numbers joined by
# dashes are a list, said with pauses; a span has two ends, and a dash before the
# third is no minus sign. (Days before a month are read as dates before this.) One
# letter glued after the last number may close it, "NPK 16-16-8-13s" (sulphur): it
# stays as written (round 13, tune-avw: "mười sáu đến mười sáu âm tám - mười ba s" was
# said, silently). Every chain said so is listed (said.Said.chains).
_NUMBER_CHAIN = re.compile(
    r"(?<![\w/.,-])\d{1,2}(?:-\d{1,2}){2,}"
    r"(?:(?P<tail>[A-Za-z])(?![\w-]|[.,]\d)|(?![\w/-]|[.,]\d))"
)


# "cúm A/H5N1", "type A/H7N9": the influenza type and subtype; the slash is not said
# ("A H năm N một"), never "hoặc".
_FLU_STRAIN = re.compile(r"(?<![\w/])(?P<t>[AB])\s*/\s*(?=H\d{1,2}N\d{1,2}(?![\w/]))")


def _list_number_chain(m: re.Match[str], said: Said) -> str:
    tail = m["tail"] or ""
    parts = m[0].removesuffix(tail).split("-")
    numbers = [int(n) for n in parts]
    if not tail and any(b <= a for a, b in itertools.pairwise(numbers)):
        # "NPK 16-16-8", "sơ đồ 4-4-2": a grade or a formation, never a span from the
        # first to the second with a minus before the third: said with pauses. A day,
        # a month and a two-digit year ("20-11-25") is left to what reads it.
        day, month = numbers[0], numbers[1]
        if len(parts) == 3 and len(parts[2]) == 2 and 1 <= day <= 31 and 1 <= month <= 12:
            return m[0]
    said.chains.append(m[0])
    return ", ".join(str(n) for n in numbers) + tail


# "Tỷ lệ bản đồ 1:500", "bản đồ tỉ lệ 1:25.000": a map's scale, one part in so many,
# "một phần năm trăm" (it was "một: năm trăm", silently).
_SCALE = re.compile(
    r"(?P<lead>(?<!\w)(?i:tỷ lệ|tỉ lệ)(?:\s+(?i:bản đồ|là))?\s+)"
    r"1\s*:\s*(?P<n>\d{1,3}(?:\.\d{3})+|\d+)(?![\d:,.]?\d)"
)


_MAP = re.compile(r"(?i:bản đồ)(?!\w)")


def _read_scales(text: str, dialect: Dialect) -> str:
    # Before the clock ("1:25.000" is no time). Only a map's: "tỷ lệ 1:2 giữa nam và
    # nữ" compares two amounts and is left as it was read.
    def scale(m: re.Match[str]) -> str:
        if _MAP.search(m.string, max(0, m.start() - 30), m.end()) is None:
            return m[0]
        return f"{m['lead']}một phần {read_int(int(m['n'].replace('.', '')), dialect)}"

    return _SCALE.sub(scale, text)


def _read_numbers(text: str, dialect: Dialect, lexicon: Lexicon | None, said: Said) -> str:
    def height(m: re.Match[str]) -> str:
        metres, rest = (m["a"], m["b"]) if m["a"] else (m["a2"], m["b2"])
        if m["a"]:
            said.heights.append(f"{metres}m{rest}")
        return (
            f"{m['lead'] or ''}{read_int(int(metres), dialect)} mét {read_int(int(rest), dialect)}"
        )

    def chainage(m: re.Match[str]) -> str:
        words = "ki-lô-mét " + read_int(int(m["a"].replace(".", "")), dialect)
        return words + (" cộng " + read_int(int(m["b"]), dialect) if m["b"] else "")

    def letter_code(m: re.Match[str]) -> str:
        if m["l"] in _UNITS or m["l"] in _RATE_UNITS:
            return m[0]
        known = lexicon.get(m["l"]) if lexicon is not None else None
        if known is None and not m["t"] and code_head_applies(m["l"], m.string, m.start()):
            known = CODE_HEADS.get(m["l"])
        elif known is None and m["l"] in CODE_HEADS:
            return m[0]  # "đường QK7": a road's name, left as written (doubts.py lists it)
        if known is not None and (
            known[0].islower() or known.casefold().startswith(_NUMBERED_HEADS)
        ):
            return f"{known} {read_int(int(m['n']), dialect)} {m['t']}"
        letters = " ".join(_LETTER_NAMES.get(c, c) for c in m["l"])
        return f"{letters} {read_int(int(m['n']), dialect)} {m['t']}"

    text = _BLOOD_PRESSURE.sub(
        lambda m: (
            f"{read_int(int(m['a']), dialect)} trên {read_int(int(m['b']), dialect)} "
            f"{_UNITS['mmHg']}"
            if int(m["a"]) > int(m["b"])
            else m[0]
        ),
        text,
    )
    text = _MONTHS_SHORT.sub(
        lambda m: f"{read_int(int(m['n']), dialect)} tháng năm {read_int(int(m['y']), dialect)}",
        text,
    )
    text = _HEIGHT.sub(height, text)
    text = RUN_DISTANCE.sub(
        lambda m: f"{m['n']} ki-lô-mét" if run_distance(m.string, m) else m[0], text
    )
    text = _COLLOQUIAL_SCALE.sub(
        lambda m: (
            f"{m['n']} {'nghìn' if m['s'] == 'k' else 'triệu'}{m['money'] or ''}"
            if m["money"] or _PAYING_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
            else m[0]
        ),
        text,
    )
    text = _MONTHS_OF_YEAR.sub(lambda m: f"tháng năm {m['y']}", text)
    text = _NUMBER_CHAIN.sub(lambda m: _list_number_chain(m, said), text)
    text = SPACED_NUMBER_CHAIN.sub(lambda m: re.sub(r"\s+[-–]\s+", ", ", m[0]), text)
    text = _GRADE_LIST.sub(lambda m: m["w"] + re.sub(r"\s*,\s*", ", ", m["run"]), text)
    # Before "per so many": "mm/3 giờ", "mm/6giờ" is an amount within a span.
    text = _PER_ONE_PERIOD.sub(" một ", text)
    text = _WITHIN.sub(" trong ", text)
    text = _PER_UNIT.sub(lambda m: _UNITS[m["unit"]], text)
    text = _PER_NUMBER.sub(" trên ", text)
    text = _CHAINAGE.sub(chainage, text)
    text = _PIPE_DIAMETER.sub(lambda m: f"{m['lead']}đê {read_int(int(m['n']), dialect)}", text)

    # "tổ hợp C00", "A01": a code with a leading zero, the digits one by one.
    def zero_code(m: re.Match[str]) -> str:
        if len(m["l"]) == 1:
            letters = _FOREIGN_LETTERS.get(m["l"], m["l"])
        else:
            letters = " ".join(_LETTER_NAMES.get(c, c) for c in m["l"])
        return f"{letters} {read_digits(m['n'])}"

    text = _ZERO_CODE.sub(zero_code, text)
    text = _read_digit_letter_codes(text)

    def known_code(m: re.Match[str]) -> str:
        known = lexicon.get(m["l"]) if lexicon is not None else None
        if known is None or not (m["pre"] or m["grade"]):
            return m[0]
        words = f"{known} {read_int(int(m['n']), dialect)}"
        if m["pre"]:
            words = f"{m['pre'][0]} {read_int(int(m['pre'][1:]), dialect)} {words}"
        if m["grade"]:
            words += f" - {read_int(int(m['grade'][1:]), dialect)}"
        return words

    text = _KNOWN_CODE.sub(known_code, text)
    text = _FOREIGN_CODE.sub(
        lambda m: f"{_FOREIGN_LETTERS[m['l']]} {read_int(int(m['n']), dialect)}", text
    )
    text = _LETTER_CODE.sub(letter_code, text)
    text = _SCALED_UNIT.sub(lambda m: f"{m['scale']} {_UNITS[m['unit']]}", text)
    text = _RATE.sub(lambda m: _rate(m, said.ors), text)

    def dot_decimal(m: re.Match[str]) -> str:
        whole, fraction = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
        unit = f"{_UNITS[m['u']]} " if m["u"] else ""
        return f"{read_int(int(whole), dialect)} phẩy {read_decimal(fraction, dialect)} {unit}"

    text = _SIGN_AFTER_CHANGE.sub(lambda m: f"{(m['lead'] or m['up']).rstrip()} ", text)
    text = _SPACED_MINUS.sub(lambda m: (m["lead"] or m["lead2"]) + "âm ", text)

    def quantity_dash(m: re.Match[str]) -> str:
        a = _SMALL_NUMBER_BEFORE.search(m.string, max(0, m.start() - 4), m.start())
        year = _YEAR_AHEAD.match(m.string, m.end())
        if a and year and not m["unit"]:
            said.number_years.append(SaidNumberYear(int(a[0]), int(year[0]), "span"))
        return f"{m['unit'] or ''} đến "

    text = _QUANTITY_DASH.sub(quantity_dash, text)

    def measured_dot(m: re.Match[str]) -> str:
        groups = m.groupdict()
        lead = groups.get("lead") or ""
        words = f"{lead}{read_int(int(m['a']), dialect)} phẩy {read_decimal(m['b'], dialect)}"
        if groups.get("c"):
            join = " đến " if "-" in m["join"] else m["join"]
            words += f"{join}{read_int(int(m['c']), dialect)} phẩy {read_decimal(m['d'], dialect)}"
        return words

    text = _COORDINATE.sub(
        lambda m: f"{read_int(int(m['a']), dialect)} phẩy {read_decimal(m['b'], dialect)}", text
    )

    text = _mark_dots(text, dialect)
    text = _MEASURED_DOT.sub(measured_dot, text)
    text = _PAIRED_DOT.sub(measured_dot, text)
    text = _DOT_DECIMAL.sub(dot_decimal, text)

    def measure(m: re.Match[str]) -> str:
        return f" {read_numeral(m['num'], dialect)} {_UNITS[m['unit']]} "

    def number_range(m: re.Match[str]) -> str:
        if _YEAR.fullmatch(m["a"]) and _YEAR.fullmatch(m["b"]) and int(m["b"]) == int(m["a"]) + 1:
            # "2015-2016", a school year or a season: the two years with a pause.
            first, second = read_int(int(m["a"]), dialect), read_int(int(m["b"]), dialect)
            return f" {first} - {second} "
        if (
            not (m["percent"] or m["unit"])
            and _YEAR.fullmatch(m["b"])
            and m["a"].isdigit()
            and int(m["a"]) < 1000
        ):
            # "SEA Games 33-2025", "Đại hội XX-2025": a number and a year, no span from
            # thirty-three to two thousand and twenty-five; a pause (doubts.py warns).
            said.number_years.append(SaidNumberYear(int(m["a"]), int(m["b"]), "number"))
            return f" {read_int(int(m['a']), dialect)}, {read_int(int(m['b']), dialect)} "
        first = read_numeral(m["a"], dialect) + (" phần trăm" if m["percent"] else "")
        words = f"{first} đến {read_numeral(m['b'], dialect)}"
        if _YEAR.fullmatch(m["b"]) and m["a"].isdigit() and int(m["a"]) < 1000:
            said.number_years.append(SaidNumberYear(int(m["a"]), int(m["b"]), "span"))
        return f" {words} {_UNITS[m['unit']]} " if m["unit"] else f" {words} "

    def ratio(m: re.Match[str]) -> str:
        return f" {read_numeral(m['a'], dialect)} trên {read_numeral(m['b'], dialect)} "

    def number(m: re.Match[str]) -> str:
        sign = "âm " if m["sign"] else ""
        plain = m["plain"]
        if plain and len(plain) >= 3 and plain.startswith("0") and plain.isdigit():
            # "0205" is a code (an area code, a house number): said digit by digit.
            return f" {sign}{read_digits(plain)} "
        if m["dotted"]:
            # Not a thousands grouping: a section number such as 1.2.3.
            parts = m["dotted"].split(".")
            return f" {sign}{' chấm '.join(read_int(int(p), dialect) for p in parts)} "
        return f" {sign}{read_numeral(m['num'] or m['plain'], dialect)} "

    if TEMPERATURE_LINE.search(text):
        # "400C": 40 °C with its degree sign lost (numbers.DEGREE_AS_ZERO).
        text = DEGREE_AS_ZERO.sub(r"\g<n>°C", text)
        text = SPACED_DEGREE_AS_ZERO.sub("°C", text)
    text = _TIMES.sub(" nhân ", text)
    if _STANDING_TIMES.search(text):
        # "… x 05 lần/tuần x số tháng đi học": in a line whose standing "x" multiplies,
        # one before a word is the same sign (left as "x", listed; round 11, part AF).
        text = _TIMES_BEFORE_WORD.sub(" nhân ", text)
    text = _STANDING_TIMES.sub(" nhân ", text)
    text = _RANGE.sub(number_range, text)
    text = _RATIO_MEASURE.sub(lambda m: f" {read_numeral(m['a'], dialect)} trên ", text)
    text = _MEASURE.sub(measure, text)
    text = _RATIO.sub(ratio, text)
    text = _NUMBER_SLASH.sub(" trên ", text)
    text = _NUMBER.sub(number, text)
    # Any digit still standing (odd scripts, stray forms) is at least spoken.
    return _DIGITS.sub(lambda m: f" {read_digits(m[0])} ", text)


# "học sinh khối lớp 3,4 và lớp 5", "khối 10,11,12": a school grade is a whole number,
# so digits joined by commas after "lớp"/"khối" are a list of grades, said with
# pauses, never a decimal ("lớp ba phẩy bốn" was said, silent). One or two digits
# each, grades 1 to 12, and the list closed by "và", "hoặc" or a stop: "lớp" is a layer
# too ("lớp 3,5 mét").
_GRADE = r"(?:1[0-2]|0?[1-9])"
_GRADE_LIST = re.compile(
    rf"(?P<w>(?<!\w)(?:lớp|khối|Lớp|Khối) )(?P<run>{_GRADE}(?:\s?,\s?{_GRADE})+)"
    r"(?![\d.,]?\d)(?=\s*(?:và|hoặc|[,;.)]|$))"
)


_PER_WORDS = frozenset(
    "ngày tháng năm tuần giờ phút người lần ca hộ xã km kg lít buổi đợt lượt tháng quý".split()
)
_SLASH = re.compile(r"(?<=\w)\s*/\s*(?=\w)")
_SYMBOLS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\s*(?:°C|℃)|\bđộ C\b", " độ xê"),
        (r"\s*°", " độ"),
        # "4%o": the per-mille sign typed as "%" and the letter "o".
        (r"\s*%o(?![\w])", " phần nghìn"),
        (r"\s*%", " phần trăm"),
        (r"\s*‰", " phần nghìn"),
        (r"\s*→\s*", ", đến "),
        (r"&", " và "),
        (r"\+", " cộng "),
        (r"≥", " lớn hơn hoặc bằng "),
        (r"≤", " nhỏ hơn hoặc bằng "),
        (r"≠", " khác "),
        (r"=", " bằng "),
        # "Đinh Tiên Hoàng > Điện Biên Phủ > Minh Khai": between names, no numbers,
        # ">" is a route's arrow, read like "→"; "lớn hơn" compares amounts.
        (rf"(?<=[^\W\d_])\s+>\s+(?=[{UPPER}][^\W\d_])", ", đến "),
        (r">", " lớn hơn "),
        (r"<", " nhỏ hơn "),
        (r"±", " cộng trừ "),
        (r"[~≈]", " khoảng "),
        (r"@", " a còng "),
        (r"№|#(?=\s*\w)", " số "),
        (r"[#*_\[\]{}\\/]", " "),
        (r"\|", ", "),
    )
)


# Emoji and pictographs (a news title may carry one): nothing to read aloud.
_PICTOGRAPHS = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0e\ufe0f\u200d\u20e3]"
)


# What may stand after "/" in a rate, and how it is said: "km/h" "ki-lô-mét một
# giờ", "đồng/kg" "đồng một ki-lô-gam", "ca/tuần" "ca một tuần" (corpus README:
# "một", also "trên", "mỗi").
_RATE_UNITS: Mapping[str, str] = {
    **{w: w for w in _PER_WORDS},
    **{
        w: w
        for w in (
            "giây tấn tạ yến cân ký con chiếc người lít vụ điểm suất sào công mẫu chuyến"
            # Round 8: "500 con lợn/lứa", so many a litter.
            " lứa"
            # Round 9: "1,2 tỷ USD/phiên", so much a trading session.
            " phiên"
        ).split()
    },
    "s": "giây",
    "h": "giờ",
    "ha": "héc-ta",
    "kg": "ki-lô-gam",
    "km": "ki-lô-mét",
    "km2": "ki-lô-mét vuông",
    "km²": "ki-lô-mét vuông",
    "km3": "ki-lô-mét khối",
    "km³": "ki-lô-mét khối",
    "m2": "mét vuông",
    "m²": "mét vuông",
    "m3": "mét khối",
    "m³": "mét khối",
    "mm3": "mi-li-mét khối",
    "mm³": "mi-li-mét khối",
    "cm3": "xen-ti-mét khối",
    "cm³": "xen-ti-mét khối",
    "m": "mét",
    "l": "lít",
    "L": "lít",
    "dL": "đề-xi-lít",
    "dl": "đề-xi-lít",
    "ml": "mi-li-lít",
    "mL": "mi-li-lít",
    "g": "gam",
    "kWh": "ki-lô-oát giờ",
    "USD": "đô la Mỹ",
    # "2.650 USD/ounce", "73,5 USD/thùng": the world prices of gold and oil.
    "ounce": "ao-xơ",
    "oz": "ao-xơ",
    "thùng": "thùng",
    # "cent/lb", the price of coffee on the New York exchange: so many cents a pound.
    "lb": "pao",
}
_RATE = re.compile(
    r"(?<=[\w%])\s*/\s*(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_RATE_UNITS, key=len, reverse=True))
    + r")(?![\w²³]|/\d|\s+(?:chiếu|dân|nhân|ty|trình|việc|sở|nghiệp|khẩu))"
)
# A unit symbol right after a number already said in words ("hai phẩy năm nghìn ha").
_SPOKEN_NUMBER_WORD = rf"(?:{SPOKEN_NUMBER_WORDS}|triệu|tỷ|tỉ|linh|lẻ)"
_UNIT_AFTER_WORDS = re.compile(
    rf"\b(?P<w>{_SPOKEN_NUMBER_WORD})\s+(?P<unit>ha|kg|km2|km²|km|m2|m²|m3|m³|mm|cm|mg|ml|g|l)(?![\w²³])"
)


# The price of gold: "triệu đồng/lượng", "đồng/chỉ". These words are rates only
# after money ("hướng dẫn/chỉ đạo" stays "hoặc").
_GOLD_RATE = re.compile(r"(?P<cur>\bđồng|\bđô la(?: Mỹ)?)\s*/\s*(?P<u>lượng|chỉ|cây)(?!\w)")


# A measure said in words, then "/" and a word: "1,7 kg/hộp" (by now "một phẩy
# bảy ki-lô-gam/hộp") is so much per box, "một hộp", not "hoặc".
_SPOKEN_UNITS = sorted({v for v in _UNITS.values() if " " not in v}, key=len, reverse=True)
_SPOKEN_MEASURE_PER = re.compile(
    rf"(?P<lead>\b{_SPOKEN_NUMBER_WORD}\s+(?:{'|'.join(re.escape(u) for u in _SPOKEN_UNITS)}))"
    r"\s*/\s*(?=[^\W\d_]+(?![\w/]))"
)


# "công an phường/xã", "cấp huyện/tỉnh": two levels of place, one or the other
# ("hoặc"), never "phường một xã" (a rate needs something counted before the "/").
# Two of them either side of a "/" said "hoặc" are no doubt (said.SaidOr.sure).
_ADMINISTRATIVE_LEVELS = frozenset("xã phường huyện quận tỉnh thành thị thôn ấp bản tổ khu".split())
_LEVELS_EITHER_SIDE = _ADMINISTRATIVE_LEVELS | {"xóm", "làng"}
# "năm 2024/đợt 1 năm 2025": a round with its number after the "/" is a label, one or
# the other, not "một đợt" (a rate is "2 lần/đợt" with nothing numbered after).
_NUMBERED_ROUNDS = frozenset("đợt lần lượt quý".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
_NUMBER_WORD_AFTER = re.compile(rf"\s+(?:\d|{_SPOKEN_NUMBER_WORD}\b)")


_RUN_BEFORE = re.compile(r"(\w+)\s*$")
_RUN_AFTER = re.compile(r"\s*(\w+)")


def _said_or(
    m: re.Match[str], slash_end: int, said_or: list[SaidOr], sure: bool | None = None
) -> str:
    """ "hoặc" for the "/" of ``m`` (which ends at ``slash_end``), recorded with the
    words either side for the proof list (said.SaidOr). Unless told, the reader is
    sure only of two levels of place ("xã/phường")."""
    found = _RUN_BEFORE.search(m.string, max(0, m.start() - 40), m.start())
    before = found[1] if found else ""
    found = _RUN_AFTER.match(m.string, slash_end)
    after = found[1] if found else ""
    if sure is None:
        sure = {before.casefold(), after.casefold()} <= _ADMINISTRATIVE_LEVELS
    said_or.append(SaidOr(before, after, sure))
    return " hoặc "


def _rate(m: re.Match[str], said_or: list[SaidOr]) -> str:
    unit = m["unit"]
    spoken = _RATE_UNITS[unit].replace("_", " ")
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    # review16: the levels of place either side ("tổ/xã", "khu/xã" were "tổ một xã",
    # silent: the set read here was _PLACE_LEVELS, defined further down for initials
    # after a family name, which has no "tổ", "khu", "thành", "thị"); "xóm", "làng" too.
    if unit in _LEVELS_EITHER_SIDE and before and before[1].casefold() in _LEVELS_EITHER_SIDE:
        return _said_or(m, m.start("unit"), said_or, sure=True) + spoken
    if unit in _NUMBERED_ROUNDS and _NUMBER_WORD_AFTER.match(m.string, m.end()):
        return _said_or(m, m.start("unit"), said_or, sure=True) + spoken
    return f" một {spoken}"


# "Giá 30.000/hộp", "Bán 500.000/bộ", "12.000.000/ cái" (by now "ba mươi nghìn/hộp"):
# an amount of thousands or more, then "/" and a thing sold by the piece, is so much
# a piece, "một" as "đồng/chiếc" is (review16: "hoặc hộp", silent; "hai triệu/ cái"
# was listed). Only after the scale word of a number said in words.
_PRICE_PER_THING = re.compile(
    r"(?P<lead>(?<!\w)(?:nghìn|ngàn|triệu|tỷ|tỉ))\s*/\s*"
    r"(?=(?:cái|hộp|bộ|máy|gói|chai|túi|bao|cuốn|quyển|vé|bình|lọ|liều|mũi|đôi|cặp|kiện"
    r"|thùng|chiếc|con|suất|phần|lượt|người)(?![^\W\d_]))"
)


def _read_measure_rates(text: str) -> str:
    return _SPOKEN_MEASURE_PER.sub(lambda m: f"{m['lead']} một ", text)


def _pause_held_posts(text: str) -> str:
    for start, end in reversed(held_post_slashes(text)):
        text = text[:start] + ", " + text[end:]
    return text


# "gồm 5 thành viên/tổ", "2 người/hộ", "35 học sinh/lớp": so many people in each group,
# "mỗi" as the corpus README says a count per period (was "hoặc" and listed; round 10).
# Only after a number said in words: "trưởng thôn/phó thôn" stays "hoặc".
COUNTED_PEOPLE = r"thành viên|người|học sinh|hội viên|đoàn viên|cán bộ|lao động|giáo viên|đảng viên"
PEOPLE_GROUPS = r"tổ|hộ|lớp|nhóm|xã|thôn|ấp|bản|chi hội|chi đoàn|chi bộ|gia đình|đơn vị|trường"
# "5 điểm/môn", "3 điểm/bài": so many marks for each subject or paper, likewise (round 11).
MARKS_PER_ITEM = r"điểm\s*/\s*(?:môn|bài thi|bài|câu|tiêu chí)(?![^\W\d_])"
_COUNT_PER_GROUP = re.compile(
    rf"(?P<lead>\b{_SPOKEN_NUMBER_WORD}\s+(?:{COUNTED_PEOPLE}))\s*/\s*"
    # not the group's head: "3 học sinh/lớp trưởng" is "hoặc" (review11: "mỗi", silent)
    rf"(?=(?:{PEOPLE_GROUPS})(?![^\W\d_])(?!\s+(?:trưởng|phó)(?![^\W\d_])))"
    # "dưới 5 điểm/môn": so many marks for each subject, "mỗi" too (round 11's sample;
    # was "điểm hoặc môn", listed).
    rf"|(?P<marks>\b{_SPOKEN_NUMBER_WORD}\s+điểm)\s*/\s*(?={MARKS_PER_ITEM.split('/', 1)[1]})"
)


# "chất độc da cam/dioxin", "CĐDC/Dioxin" (by now "chất độc da cam/Dioxin"): one
# poison named twice, as the victims' association is ("Hội Nạn nhân chất độc da
# cam/dioxin"), said "chất độc da cam đi-ô-xin", never "hoặc".
_DIOXIN_SLASH = re.compile(r"(?i)(?<=da cam)\s*/\s*(?=(?:dioxin|điôxin|đi-ô-xin|diôxin)(?!\w))")


# "20 lon nhôm/HS", "5 quyển vở/học sinh" (by now "hai mươi lon nhôm/học sinh"): so
# many things counted for each pupil or member, "một học sinh" as "kg/HS" is said
# ("hoặc học sinh" was said, silent; round 11, part AF). Only things after a number
# said in words, none of them a person ("2 giáo viên/học sinh" stays "hoặc") nor a
# joining word.
_THINGS_PER_PERSON = re.compile(
    rf"(?P<lead>\b{_SPOKEN_NUMBER_WORD}(?P<things>(?:\s+[^\W\d_][\w-]*){{1,3}}?))\s*/\s*"
    r"(?=(?:học sinh|sinh viên|đội viên|đoàn viên|hội viên)(?![^\W\d_]))"
)
# review13: people are not things counted per pupil either ("200 thanh niên/đoàn
# viên", "30 phụ huynh/học sinh" were "một đoàn viên", "một học sinh", the proof list
# saying "hoặc"): they are two kinds of people, "hoặc".
_NOT_THINGS = re.compile(
    rf"(?<![^\W\d_])(?:{COUNTED_PEOPLE}|và|hoặc|hay|với|em|trẻ|thanh niên|phụ huynh|cô giáo"
    r"|thầy giáo|thầy cô|bạn|sinh viên|đội viên|công chức|viên chức|nhân viên|cháu|nông dân"
    r"|cựu chiến binh|vận động viên|thí sinh)(?![^\W\d_])"
)


def _things_per_person(m: re.Match[str]) -> str:
    if _NOT_THINGS.search(m["things"]):
        return m[0]
    return f"{m['lead']} một "


# "chọn [Nộp hồ sơ], hệ thống …": square brackets around words (a button's or a menu's
# label) are a pause, as round ones are, and are given as round ones (no voice reads a
# square bracket well; the spoken text holds none). Were dropped with the other marks,
# "chọn Nộp hồ sơ", silent (round 12, part AK).
_WORD_BRACKETS = re.compile(r"\[(?P<w>[^\[\]\d]{2,200})\]")
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")
_OPEN_SQUARE, _CLOSE_SQUARE = "\ue010", "\ue011"


# "SEA - Games 33", "SEA-Games", "Para - Games": the Games' name typed with a dash is
# the name "SEA Games" as the corpus keeps it, no pause inside it (round 11, noticed).
_GAMES_DASH = re.compile(r"(?:(?<=\bSEA)|(?<=\bSea)|(?<=\bPara)|(?<=\bPARA))\s*[-–]\s*(?=Games\b)")


def _keep_word_brackets(text: str) -> str:
    return _WORD_BRACKETS.sub(
        lambda m: f"{_OPEN_SQUARE}{m['w']}{_CLOSE_SQUARE}" if _TWO_LETTERS.search(m["w"]) else m[0],
        text,
    )


def _square_brackets_back(text: str) -> str:
    return text.replace(_OPEN_SQUARE, "(").replace(_CLOSE_SQUARE, ")")


def _read_symbols(text: str, said: Said) -> str:
    """Symbols left, last: a "/" between words is read here, "hoặc" when no rule
    reads it otherwise; each "hoặc" is recorded in ``said`` for the proof list."""
    text = _pause_held_posts(text)
    text = _COUNT_PER_GROUP.sub(lambda m: f"{m['lead'] or m['marks']} mỗi ", text)
    text = _THINGS_PER_PERSON.sub(_things_per_person, text)
    text = _UNIT_AFTER_WORDS.sub(lambda m: f"{m['w']} {_UNITS[m['unit']]}", text)
    text = _read_measure_rates(text)
    text = _PRICE_PER_THING.sub(lambda m: f"{m['lead']} một ", text)
    text = _GOLD_RATE.sub(lambda m: f"{m['cur']} một {m['u']}", text)
    text = _RATE.sub(lambda m: _rate(m, said.ors), text)
    text = _DIOXIN_SLASH.sub(" ", text)
    text = _SLASH.sub(lambda m: _said_or(m, m.end(), said.ors), text)
    for pattern, replacement in _SYMBOLS:
        text = pattern.sub(replacement, text)
    return _PICTOGRAPHS.sub(" ", text)


# --- tidying and warnings ----------------------------------------------------

_SPACE_RUN = re.compile(r"\s+")
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?)\]])")
_SPACE_AFTER = re.compile(r"(?<=[(\[])\s+")
_REPEATED_COMMA = re.compile(r",(?:\s*,)+")
_LOOSE_HYPHEN = re.compile(r"(?<=\w)\s+-(?=\w)|(?<=\w)-\s+(?=\w)")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_ALNUM = re.compile(r"\w")
_TOKEN = re.compile(r"\w+")


# Words of at most 61 characters: unbounded, a long hyphenated run ("A-A-A…") was
# scanned to its end from every letter after a hyphen (quadratic). Up to eleven
# words: "Bộ Thông tin và Truyền thông (Bộ TTTT)" is six once the letters are read,
# "Sở Nông nghiệp và Phát triển nông thôn (Sở NN&PTNT)" eight, "Phòng Cảnh sát điều
# tra tội phạm về ma túy (Phòng PC04)" nine (was said twice, listed only as a
# doubled word).
_SAID_AGAIN = re.compile(
    r"(?i)\b(?P<w>[^\W\d_][\w-]{0,60}(?: [\w-]{1,60}){0,10})\s*\(\s*(?P=w)\s*\)"
)
# The same words in the other spelling of a final "i"/"y" ("Thạc sỹ (Ths)", once
# the title in brackets is read, "Thạc sỹ (Thạc sĩ)"): said once too.
_BRACKET_WORDS = re.compile(r"(?<!\s)\s*+\(\s*(?P<v>[^\W\d_]+(?: [^\W\d_]+){0,3})\s*\)")
_FINAL_Y = re.compile(r"(?<=[bcdđghklmnpqrstvx])[yýỳỷỹỵ](?![^\W\d_])")
_Y_TO_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")


def _spelling(words: str) -> str:
    return _FINAL_Y.sub(lambda m: m[0].translate(_Y_TO_I), words.casefold())


def _words_before(text: str, end: int, n: int, longest: int) -> list[str]:
    """The last ``n`` words of ``text[:end]`` (as ``str.split`` cuts them), found by
    walking back from ``end``: splitting the whole prefix at every bracket was quadratic.

    A word longer than ``longest`` (which then cannot be the one compared) stands as
    "\0" and ends the walk: walking over a long run without spaces at every match
    was quadratic too."""
    words: list[str] = []
    i = end
    while len(words) < n:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
            if i - j > longest:
                return ["\0", *words[::-1]]
        words.append(text[j:i])
        i = j
    return words[::-1]


def _drop_respelled(text: str, written: frozenset[str] = frozenset()) -> str:
    def bracket(m: re.Match[str]) -> str:
        said = _spelling(m["v"]).split()
        n = len(said)
        # A longer word before is not the same word (folding never shortens one).
        before = _words_before(m.string, m.start(), n, max(map(len, said)))
        if " ".join(m["v"].casefold().split()) in written:
            return m[0]
        if len(before) == n and _spelling(" ".join(before)) == _spelling(m["v"]):
            return ""
        return m[0]

    return _BRACKET_WORDS.sub(bracket, text)


def _written_repeats(cleaned: str) -> frozenset[str]:
    """Words the writer repeated in brackets right after themselves: "Mường
    Khương (Mường Khương)" names a rain station and then its district. They are
    kept as written (corpus README: wording and brackets are kept as in the
    text); only a repeat that reading a symbol made ("2,5 µm (micromet)") or a
    respelling ("Thạc sỹ (Ths)") is said once."""
    return frozenset(" ".join(m["w"].casefold().split()) for m in _SAID_AGAIN.finditer(cleaned))


def _say_once(text: str, written: frozenset[str]) -> str:
    def once(m: re.Match[str]) -> str:
        return m[0] if " ".join(m["w"].casefold().split()) in written else m["w"]

    return _SAID_AGAIN.sub(once, text)


def _tidy(text: str, cleaned: str) -> str:
    text = _SPACE_RUN.sub(" ", text)
    written = _written_repeats(cleaned)
    text = _say_once(text, written)
    text = _drop_respelled(text, written)
    text = _SPACE_BEFORE.sub("", text)
    text = _SPACE_AFTER.sub("", text)
    text = _REPEATED_COMMA.sub(",", text)
    text = _LOOSE_HYPHEN.sub(" - ", text)
    text = _EMPTY_PARENS.sub("", text).strip()
    first = _ALNUM.search(cleaned)
    # A line that began with a digit or an abbreviation begins a sentence.
    if first and not first[0].islower() and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


# Two capitals with no Vietnamese letter or tone mark between lower-case words: "AI",
# "IP", "OA" have the shape of a syllable ("ai", "íp", "oa"), but a sentence written in
# lower case does not write a word of its own in capitals. Not before a capitalised
# word ("EA Tiêu", a name) nor beside other capitals (a label: "LÝ DO NGỪNG …").
_BARE_CAPS = re.compile(r"[A-Z]{2}")
_ROMAN = re.compile(r"[IVXLC]+")


def _lone_caps(words: list[str], i: int) -> bool:
    word = words[i]
    if _BARE_CAPS.fullmatch(word) is None or _ROMAN.fullmatch(word) is not None:
        return False
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return not (before.isupper() and len(before) > 1) and not after[:1].isupper()


# "đài VOA Tiếng Việt": three or four capitals without a tone mark have the shape of
# a syllable ("voa") but, left alone in running text, are letters a page did not spell
# out; a heading in capitals has capitals on either side, and is let through.
_TONELESS_CAPS = re.compile(r"[A-Z]{3,4}")


def _lone_toneless_caps(words: list[str], i: int) -> bool:
    word = words[i]
    if _TONELESS_CAPS.fullmatch(word) is None or _ROMAN.fullmatch(word) is not None:
        return False
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    return not any(len(w) > 1 and w.isupper() for w in (before, after))


def _unknown_tokens(spoken: str) -> list[str]:
    tokens = _TOKEN.findall(spoken)
    return [
        t
        for i, t in enumerate(tokens)
        if len(t) >= 2
        and t.isupper()
        and not t.isdigit()
        and (not looks_like_word(t) or _lone_caps(tokens, i) or _lone_toneless_caps(tokens, i))
    ]


# An unknown acronym of two to six capitals without a tone mark is said by its letters'
# Northern names, as the readings spell one ("VLUTE" "vê lờ u tê e", "QTTTT" "quy tê tê
# tê tê"); it stays on the proof list, which says it was spelled. Spelling guesses no
# meaning (issue 17: an unknown abbreviation is never guessed). Not spelled: a
# Vietnamese syllable in capitals, a word in a headline written in capitals ("HUYỆN
# KON PLONG"), a name radio says as a word ("YAGI", "THACO", "SEA Games": three or more
# letters that run as syllables), an acronym joined to a foreign or capitalised word
# ("VN-Index", "IK-San", "VTC News"), a Roman number.
_SPELLABLE = re.compile(r"[A-Z]{2,6}")
# In an acronym M, N, S and X take the names the readings spell them with ("UBND" "u bê
# en đê", "PM2.5" "pê em", "CSS" "xê ét ét"); a person's initials keep theirs.
_ACRONYM_NAMES = {
    **_LETTER_NAMES, **_VOWEL_NAMES, **_FOREIGN_LETTERS,
    "M": "em", "N": "en", "S": "ét", "X": "ích",
}  # fmt: skip
# Letters that run as syllables of a word ("tha-co", "lin-fa", "ne-sat", "da-la-vi"):
# an onset (one consonant or a cluster a foreign word begins with), vowels, a coda.
_ONSET = (
    r"(?:sch|str|spr|scr|thr|chr|ch|th|ph|sh|wh|tr|kh|gh|qu|bl|br|cl|cr|dr|fl|fr|gl|gr"
    r"|pl|pr|sc|sk|sl|sm|sn|sp|st|sw|tw|[bcdfghjklmnpqrstvwxz])"
)
_CODA = r"(?:[lrn][tdks]s?|ng|nh|ch|ck|ct|ll|nk|rm|rn|sk|sp|st|[bcdfghjklmnpqrstvwxz])"
# Letters the reader reads in some context, left and listed elsewhere by their own
# rules ("NK": nhập khẩu, nhân khẩu, năng khiếu; "QB" before a vessel's number; "PBT"
# after "Đảng ủy"): known, so never respelled. So is every word of a dictionary key
# ("KS" of "KS.", "TH" of "Trường TH").
_KNOWN_IN_CONTEXT = frozenset({"NK", "KN", "HK", "PBT", "QB", "TPO"})


@functools.lru_cache(maxsize=1)
def _key_words() -> frozenset[str]:
    return frozenset(w for key in ABBREVIATIONS for w in re.findall(r"[A-ZĐ]{2,}", key))


_SAID_AS_WORD = re.compile(rf"(?:{_ONSET}?[aeiouy]{{1,3}}{_CODA}?)+")


def _caps_word(word: str, *, toned: bool = False) -> bool:
    """A Vietnamese word written in capitals ("KON", "TỈNH"; with ``toned``, one with a
    letter ASCII lacks, as headlines have)."""
    return (
        len(word) > 1
        and word.isupper()
        and looks_like_word(word)
        and (not toned or not word.isascii())
    )


_FOREIGN_AFTER = re.compile(r"(?:-|\s+)(?P<w>[A-Z][a-z]+|[A-Z]+)(?!\w)")


# A part of a document symbol: letters after a "/" in one run of letters, digits, "/"
# and "-" ("2345/SNNMT-TTBVTV", "QCVN 12:2020/BYT").
_SYMBOL_PART = re.compile(r"(?<=/)[\w&.-]+")


def symbol_parts(written: str) -> frozenset[str]:
    """The letters written as parts of a document symbol in ``written``."""
    return frozenset(
        part for m in _SYMBOL_PART.finditer(written) for part in re.findall(r"[A-ZĐ]{2,}", m[0])
    )


def _spellable(
    spoken: str,
    words: Sequence[re.Match[str]],
    i: int,
    in_symbols: frozenset[str] = frozenset(),
) -> bool:
    token = words[i][0]
    if _SPELLABLE.fullmatch(token) is None or _ROMAN.fullmatch(token) is not None:
        return False
    if looks_like_word(token):
        return False  # a Vietnamese syllable in capitals
    if len(token) >= 3 and _SAID_AS_WORD.fullmatch(token.lower()) is not None:
        return False  # a name said as a word
    near = [w[0] for w in words[max(0, i - 1) : i + 2] if w is not words[i]]
    if any(_caps_word(w) for w in near) or sum(_caps_word(w[0], toned=True) for w in words) >= 2:
        return False  # "… KON PLONG, TỈNH …": a headline in capitals
    if token in in_symbols:
        return False  # an issuer of a document symbol: said as written, listed
    if i > 0 and _foreign_name(words[i - 1][0]) and spoken[words[i - 1].end()] == " ":
        return False  # "Lexus LS": a model after its brand
    after = _FOREIGN_AFTER.match(spoken, words[i].end())
    if after is not None:
        word = after["w"]
        glued = spoken[words[i].end()] == "-"
        if (glued and not word.isupper()) or (
            not word.isupper() and not looks_like_word(word) and not _syllables_of(word)
        ):
            return False  # "VN-Index", "IK-San", "VTC News", "SEA Games"
    return True


def _foreign_name(word: str) -> bool:
    """A capitalised word that is no Vietnamese ("Lexus", "News")."""
    return word[:1].isupper() and not word.isupper() and not _syllables_of(word)


def _syllables_of(word: str) -> bool:
    """A capitalised word of Vietnamese syllables run together: a name ("Thanh"), not a
    foreign word ("News")."""
    return not spoken_doubts(word)


def _spell_unknown_acronyms(
    spoken: str, keep: Set[str], lexicon: Lexicon, written: str = ""
) -> tuple[str, list[tuple[str, str]]]:
    """``spoken`` with each unknown acronym said by its letters (see _SPELLABLE), and
    the acronyms spelled with what was said for each. ``keep`` names letters other
    doubts explain (two meanings, a post's area); letters any table knows are never
    respelled. Letters joined into one compound ("RT-PCR", "ĐC-XD") are spelled all
    or none: a known part whose reading is itself a spelling ("PCR" "pê xê e rờ") is
    said so, any other part leaves the whole compound as written."""
    words = list(_TOKEN.finditer(spoken))
    unknown = set(_unknown_tokens(spoken))
    in_symbols = symbol_parts(written)
    said: list[str | None] = []
    for i, m in enumerate(words):
        token = m[0]
        known = (
            lexicon.key_in_any_case(token) is not None
            or token in _key_words()
            or token in _KNOWN_IN_CONTEXT
            or any(token in re.findall(r"[A-ZĐ]{2,}", key) for key in lexicon.extra)
            or token in DOCUMENT_TYPES
            or token in SYMBOL_ISSUERS
            or token in CONTEXT_MEANINGS
        )
        if (
            known
            or token not in unknown
            or token in keep
            or not _spellable(spoken, words, i, in_symbols)
        ):
            said.append(None)
        else:
            said.append(" ".join(_ACRONYM_NAMES[c] for c in token))
    # Words written as one compound: joined by "-", "&", "." or "/" with no space.
    start = 0
    for i in range(len(words) + 1):
        if 0 < i < len(words) and words[i].start() == words[i - 1].end() + 1:
            if spoken[words[i - 1].end()] in "-&./":
                continue
        group = range(start, i)
        start = i
        if len(group) < 2 or not any(said[k] for k in group):
            continue
        spellings = [said[k] or _spelling_reading(words[k][0], lexicon) for k in group]
        for k, spelling in zip(group, spellings, strict=True):
            said[k] = spelling if all(spellings) else None
    out: list[str] = []
    spelled: list[tuple[str, str]] = []
    last = 0
    for m, names in zip(words, said, strict=True):
        if names is None:
            continue
        out += [spoken[last : m.start()], names]
        last = m.end()
        if m[0] in unknown:
            spelled.append((m[0], names))
    if not spelled:
        return spoken, []
    return "".join(out) + spoken[last:], spelled


# The names letters are said by, as dictionary readings write them ("pê xê e rờ").
_NAME_SYLLABLES = frozenset(
    "a bê xê đê dê e ép giê gờ hát i ca lờ em mờ en nờ o ô ơ pê quy rờ ét sờ tê u ư vê "
    "kép ích xờ xì dài dét gi".split()
)


def _spelling_reading(token: str, lexicon: Lexicon) -> str | None:
    """The dictionary's reading of ``token`` when it is a spelling ("PCR" "pê xê e rờ")."""
    reading = lexicon.get(token)
    if reading and all(w in _NAME_SYLLABLES for w in reading.split()):
        return reading
    return None


# "Đoàn kết-Dân chủ-Kỷ cương-Đột phá-Phát triển": a motto of three or more
# capitalised phrases joined by bare hyphens is a list, said with a pause
# between its words ("Đoàn kết - Dân chủ - ..."). A phrase with a lower-case
# word is a common one ("Kỷ cương"); names capitalise every word, so a route
# "Pháp Vân-Cao Bồ-Mai Sơn" or a province "Bà Rịa-Vũng Tàu" stays joined. Only
# the inner phrases are judged: where the first and the last begin and end in
# the sentence the hyphens do not say.
_MOTTO_PART = r"[^\W\d_]+(?: [^\W\d_]+){0,3}"
_MOTTO = re.compile(rf"(?<![\w-]){_MOTTO_PART}(?:-{_MOTTO_PART}){{2,}}(?![\w-])")


def _is_caps(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _common_phrase(part: str) -> bool:
    words = part.split()
    return len(words) >= 2 and any(w[0].islower() for w in words[1:])


def _pause_mottos(text: str) -> str:
    def motto(m: re.Match[str]) -> str:
        parts = m[0].split("-")
        # The match may begin with the words before the motto ("phương châm
        # Đoàn kết-..."): the first phrase begins at its first capital.
        head = parts[0].split(" ")
        first = next((i for i, w in enumerate(head) if w[0].isupper()), len(head))
        lead, parts[0] = " ".join(head[:first]), " ".join(head[first:])
        if not all(p[:1].isupper() for p in parts) or not all(
            _common_phrase(p) for p in parts[1:-1]
        ):
            return m[0]
        # "KT-XH và CT-XH": abbreviations joined by a dash, two compounds and a "và"
        # between them, are no motto ("XH và CT" is not a phrase of one).
        if any(_is_caps(w) for p in parts for w in (p.split()[:1] + p.split()[-1:])):
            return m[0]
        return (lead + " " if lead else "") + " - ".join(parts)

    return _MOTTO.sub(motto, text)


# "Thứ 2-Thứ 6", "Thứ Hai - Chủ nhật": a span of weekdays, "đến".
_WEEKDAY = r"[Tt]hứ\s*(?:[2-7]|[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)\b"
_WEEKDAY_SPAN = re.compile(rf"(?P<a>\b{_WEEKDAY})\s*-\s*(?={_WEEKDAY}|[Cc]hủ [Nn]hật\b)")


# "mở cửa T2-T7", "trực T2, T4, T6", "từ T2 đến T6": weekdays written short, two or
# more of them joined by a dash, a comma, "và" or "đến" (one alone may be a code: a
# floor, a model). "T2-T7" was "Thai của T bảy", silently.
_SHORT_DAY = r"(?:T[2-7]|CN)"
_SHORT_DAY_RUN = re.compile(
    rf"(?<![\w./&-]){_SHORT_DAY}(?:\s*(?:[-\u2013,]|và|đến|tới)\s*{_SHORT_DAY})+"
    r"(?![\w/&-]|\.\w)"
)
_SHORT_DAY_NAMES = {
    "T2": "Thứ hai", "T3": "Thứ ba", "T4": "Thứ tư", "T5": "Thứ năm",
    "T6": "Thứ sáu", "T7": "Thứ bảy", "CN": "Chủ nhật",
}  # fmt: skip


def _read_short_weekdays(text: str) -> str:
    def run(m: re.Match[str]) -> str:
        if not re.search(r"T[2-7]", m[0]):
            return m[0]
        spoken = re.sub(r"\s*[-\u2013]\s*", " đến ", m[0])
        return re.sub(_SHORT_DAY, lambda d: _SHORT_DAY_NAMES[d[0]], spoken)

    return _SHORT_DAY_RUN.sub(run, text)


def _read_weekday_spans(text: str) -> str:
    return _WEEKDAY_SPAN.sub(lambda m: m["a"] + " đến ", text)


# A route between two places, the dash glued on: "TP.HCM-Phan Thiết", "Hà
# Nội-TP.HCM". A place abbreviation (its reading names a place) joined by a dash
# to a capitalised word is the end of a route, not part of a code: the dash is
# spaced so that the abbreviation is read and the dash said as a pause.
_ROUTE_WORD = rf"[{UPPER}][a-zđà-ỹươ]+"


def _route_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    # Every reader of one campaign has the same: made once (a reader is made for each
    # text read, and looking for places in ~850 readings took most of its making).
    return _routes(frozenset(lexicon.extra.items()))


@functools.lru_cache(maxsize=32)
def _routes(extra: frozenset[tuple[str, str]]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    entries = {**ABBREVIATIONS, **dict(extra)}
    places = [k for k, v in entries.items() if " " not in k and names_place(v)]
    if not places:
        return None
    alt = "|".join(re.escape(k) for k in sorted(places, key=len, reverse=True))
    return (
        re.compile(rf"(?<![\w.&/-])(?P<a>{alt})-(?={_ROUTE_WORD}(?!\w))"),
        re.compile(rf"(?<=[a-zđà-ỹươ])-(?P<b>{alt})(?![\w&-])"),
    )


# "tại điểm giao đường Lê Hồng Phong-Phong Châu": at a crossing, a hyphen between two
# street names is the pause between two streets, not one name ("Bà Rịa-Vũng Tàu").
_CROSSING = re.compile(
    r"(?P<lead>\b(?i:giao(?:\s+nhau)?|giao lộ|ngã ba|ngã tư|ngã năm|nút giao)\s+"
    r"(?:(?i:giữa)\s+)?(?:(?i:đường|phố)\s+)?"
    rf"{_ROUTE_WORD}(?:\s+{_ROUTE_WORD}){{0,4}})-(?={_ROUTE_WORD}(?!\w))"
)


def _space_route_dashes(text: str, patterns: tuple[re.Pattern[str], re.Pattern[str]] | None) -> str:
    if "-" in text:
        text = _CROSSING.sub(r"\g<lead> - ", text)
    if patterns is None or "-" not in text:
        return text
    text = patterns[0].sub(r"\g<a> - ", text)
    return patterns[1].sub(r" - \g<b>", text)


# "mức BĐ1-BĐ2", "báo động (BĐ)1- BĐ2" (the bracket dropped as a known acronym): one
# label with two numbers joined by a dash is a span of levels, "báo động một đến báo
# động hai"; the dash was read as a symbol's or a pause.
_LABEL_RANGE = re.compile(
    r"(?<![\w/-])(?P<l>[A-ZĐ]{1,5})(?P<a>\d{1,2})\s*[-\u2013]\s*(?P=l)(?P<b>\d{1,2})(?![\w/-])"
)
_SAID_LABEL_RANGE = re.compile(
    r"(?<=[^\W\d_])\s*(?P<a>\d{1,2})\s*[-\u2013]\s*(?P<l>[A-ZĐ]{1,5})(?P<b>\d{1,2})(?![\w/-])"
)


def _read_label_ranges(text: str, lexicon: Lexicon, learned: Mapping[str, str]) -> str:
    def said_label(m: re.Match[str]) -> str:
        label = lexicon.get(m["l"]) or learned.get(m["l"])
        before = m.string[: m.start()].casefold()
        if not before.endswith(m["l"].casefold()) and not (
            label and before.endswith(label.casefold())
        ):
            return m[0]
        return f" {m['a']} đến {m['l']}{m['b']}"

    text = _LABEL_RANGE.sub(lambda m: f"{m['l']}{m['a']} đến {m['l']}{m['b']}", text)
    return _SAID_LABEL_RANGE.sub(said_label, text)


# "COPD - bệnh phổi tắc nghẽn mạn tính", "HPV: vi rút gây u nhú": an acronym the text
# glosses itself right after it is said by its letters ("xê o pê đê - bệnh phổi …"),
# not expanded into the same words twice in a row.
_GLOSSED_ACRONYM = re.compile(r"(?<![\w&/.-])(?P<a>[A-ZĐ]{2,6})(?P<sep>\s*[-\u2013:(]\s*)")


def _spell_glossed_acronyms(text: str, lexicon: Lexicon) -> str:
    def spell(m: re.Match[str]) -> str:
        expansion = lexicon.get(m["a"])
        if not expansion or len(expansion.split()) < 2:
            return m[0]
        if not m.string[m.end() :].casefold().startswith(expansion.casefold()):
            return m[0]
        letters = " ".join(_LETTER_NAMES.get(c, c.lower()) for c in m["a"])
        return letters + m["sep"]

    return _GLOSSED_ACRONYM.sub(spell, text)


# --- public API --------------------------------------------------------------


class _Reader:
    def __init__(self, dialect: Dialect, abbreviations: Mapping[str, str] | None) -> None:
        self.dialect = dialect
        # A campaign's reading written the old way ("Uỷ ban") is compared with text
        # the reader puts in the new spelling (markup.modern_tones).
        self.lexicon = Lexicon({k: modern_tones(v) for k, v in (abbreviations or {}).items()})
        self.learned: dict[str, str] = {}
        # What the reader decided in the last line it read, for the proof list.
        self.said = Said()
        self.routes = _route_patterns(self.lexicon)
        # The text so far is about a school ("ĐT" is then "đào tạo").
        self.school = False
        # Vietnamese words whose tones a web address leaves out (addresses.py).
        self.expansions = (
            *self.lexicon.entries.values(),
            *SYMBOL_ISSUERS.values(),
            *DOCUMENT_TYPES.values(),
        )

    def read(self, raw: str) -> str:
        self.said = Said()
        written = clean_line(_pause_quote_dashes(raw))
        # Compared in the new spelling ("Uỷ ban" is the issuer "Ủy ban"), said as written.
        cleaned = modern_tones(written)
        text = COMMA_GROUPED_DONG.sub(lambda m: m["n"].replace(",", "."), cleaned)
        text = _keep_word_brackets(_GAMES_DASH.sub(" ", text))
        text = DOLLAR_SIGN.sub(dollars, text)
        text = STRAY_DATE_SLASH.sub(r"\g<d>", text)
        text = _read_reporter(_drop_outlet_byline(text, self.lexicon))
        text = _NAME_POST_GLUED.sub(_name_post, text)
        text = _PLATE_WORD_GLUED.sub("BKS ", text)
        text = _undot_titles(text)
        text = _unpowered_units(_comrade_with_stop(_unsubscript_formulas(_vietnamese_d(text))))
        text = _protect_name_initials(text)
        text = _space_route_dashes(_read_short_weekdays(text), self.routes)
        text = _lower_headline_abbreviation(text, self.lexicon)
        text = _known_spellings(text, self.lexicon)
        text = _read_comma_compounds(text, self.lexicon)
        text = read_headings(text, self.dialect)
        self.learned.update(learn_acronyms(text, self.lexicon))
        text = _drop_bracketed_acronyms(text, self.lexicon)
        text = _say_learned(text, self.learned)
        text = _read_label_ranges(text, self.lexicon, self.learned)
        text = _spell_glossed_acronyms(text, self.lexicon)
        text = _read_weekday_spans(text)
        text = _pause_mottos(text)
        text = _stop_counted_titles(text, self.lexicon)
        text = _read_titles(text, self.lexicon)
        text = _unstop_titles(text, self.lexicon)
        text = _read_bare_titles(text, self.lexicon)
        text = _read_numbered_districts(text, self.lexicon)
        text = _read_initials(text)
        text = _ETC.sub("vân vân", text)
        text = _GLUED_DOCUMENT_TYPE.sub(
            lambda m: f"{self.lexicon.get(m['t']) or m['t']} {m['n']}", text
        )
        text = _FLU_STRAIN.sub(lambda m: m["t"] + " ", text)
        text = _read_varieties(text, self.lexicon, self.dialect)
        text = _read_tickers(text, self.lexicon)
        self.school = self.school or _SCHOOL.search(text) is not None
        text = _read_dt(text, self.school)
        text = _read_command_boards(text, self.lexicon)
        text = _read_terms_of_office(text, self.lexicon)
        text = _read_university_college(text)
        text = _read_eras(text)
        text = _read_sizes(text)
        text = _read_within_hours(text)
        text = read_addresses(text, self.expansions, self.lexicon.entries)
        text = _read_plates(text, self.dialect)
        text = _read_province_halves(text)
        text = _read_vessels(text, self.lexicon)
        text = _read_gold_fineness(text)
        text = _read_phones(text, self.said)
        text = _read_identifiers(text)
        text = _read_ship_serials(text)
        text = _space_number_lists(text)
        text = _read_fuel_levels(text, self.lexicon, self.dialect)
        text = _join_broken_symbols(text)
        text = _read_standards(text, self.lexicon, self.dialect)
        text = _read_class_names(text, self.dialect)
        text = _read_documents(text, self.lexicon, self.dialect)
        text = _read_article_clauses(text, self.dialect)
        text = _read_consecutive_pairs(text)
        text = _read_scales(text, self.dialect)
        text = _read_division_spans(_read_am_pm(text))
        text = _EXPONENT_BEFORE_SLASH.sub(lambda m: m["u"] + ("²" if m["e"] == "2" else "³"), text)
        text = read_calendar(text, self.dialect, self.said)
        text = read_ordinals(text, self.dialect, self.said)
        text = _read_named_romans(text, self.dialect)
        text = _read_imaging(text)
        if "PBT" not in self.lexicon.extra:
            text = _DEPUTY_SECRETARY.sub("Phó Bí thư", text)
        text = PLENUM_GLUED.sub(lambda m: f"{m['lead']}Trung ương ", text)
        text = _read_ambiguous(text, self.lexicon)
        text = _join_split_capitals(text, self.lexicon)
        text = _read_abbreviations(text, self.lexicon, self.said)
        text = _read_numbers(text, self.dialect, self.lexicon, self.said)
        text = _read_symbols(text, self.said).replace(_GLUED_DASH, "-").replace(_NOT_A_UNIT, "")
        text = _square_brackets_back(text)
        return as_written(_tidy(text, cleaned), written)


# "lúc 8h AM", "5 PM", "8:30 p.m.": the English half of the day after a clock time is
# said as Vietnamese says the part of the day that hour falls in (the hour decides it:
# "năm giờ chiều", "tám giờ ba mươi tối"); was "a em", "pê em" (round 11, noticed).
_AM_PM = re.compile(
    r"(?<![\w.,:/])(?P<h>[01]?\d)(?P<rest>(?::[0-5]\d|h(?:[0-5]\d)?|\s*giờ(?:\s*[0-5]\d)?)?)"
    # Not before a fine-dust size: "PM 2.5", "PM 10" are particles, not the afternoon.
    r"\s*(?P<ap>AM|PM|am|pm|[ap]\.m\.?)(?!\w|\s*(?:2[.,]5|10)(?!\d))"
)


_CLOCK_LEAD = re.compile(
    r"(?:(?<!\w)(?i:lúc|từ|đến|tới|vào|khoảng|trước|sau|chỉ|và|hoặc|gần|tầm)|[-–])\s*$"
)
_SENTENCE_GOES_ON = re.compile(r"\s*[a-zđà-ỹ,;:)]")


def _part_of_day(hour: int, after_noon: bool) -> str:
    if not after_noon:
        return "đêm" if hour == 12 else "sáng"
    if hour == 12:
        return "trưa"
    return "chiều" if hour < 6 else "tối"


# review16: "và", "hoặc" join a clock time only to another ("lúc 8 AM và 5 PM"): "có 3
# kỹ sư và 2 PM", "1 tester và 1 PM" count project managers (were "hai giờ chiều",
# silent). A bare time that a span goes on from is one ("Mở cửa 8 AM - 5 PM" left
# "tám a em", silent since review15).
_JOINED_LEAD = re.compile(r"(?<!\w)(?i:và|hoặc)\s*$")
_CLOCK_BEFORE = re.compile(r"\d\s*(?:AM|PM|am|pm|[ap]\.m\.?|h\d{0,2}|giờ)(?!\w)")
_CLOCK_SPAN_AFTER = re.compile(
    r"\s*(?:[-–]|(?i:đến|tới))\s*[01]?\d(?::[0-5]\d|h(?:[0-5]\d)?)?\s*(?:AM|PM|am|pm|[ap]\.m\.?)"
    r"(?!\w)"
)


def _bare_clock(m: re.Match[str]) -> bool:
    text, start = m.string, m.start()
    lead = _CLOCK_LEAD.search(text, max(0, start - 12), start)
    if lead is not None and _JOINED_LEAD.search(text, max(0, start - 12), start) is not None:
        return _CLOCK_BEFORE.search(text, max(0, start - 40), lead.start()) is not None
    return lead is not None or _CLOCK_SPAN_AFTER.match(text, m.end()) is not None


def _read_am_pm(text: str) -> str:
    def said(m: re.Match[str]) -> str:
        hour = int(m["h"])
        if not 1 <= hour <= 12:
            return m[0]
        if not m["rest"] and not _bare_clock(m):
            # review15: a bare number is a clock time only after a word that sets a time
            # ("lúc 4 PM", "từ 8 AM đến 10 PM"); "Tuyển 2 PM có kinh nghiệm", "có 5 PM"
            # count project managers (were "hai giờ chiều", silent)
            return m[0]
        rest = m["rest"] or " giờ"
        # "… lúc 5 p.m." ending the sentence: its stop is the sentence's too.
        tail = (
            "." if m["ap"].endswith(".") and _SENTENCE_GOES_ON.match(text, m.end()) is None else ""
        )
        return f"{m['h']}{rest} {_part_of_day(hour, m['ap'][0] in 'Pp')}{tail}"

    return _AM_PM.sub(said, text)


# "Nghỉ từ ngày 29/01/2024 ÷ 18/02/2024 (… 19 tháng chạp năm Quý Mão ÷ Ngày Chủ Nhật, …)":
# school and technical pages write the span of "từ … đến …" with a division sign. After
# "từ" in the same sentence it is "đến" (was left, "÷", and listed); elsewhere ("2 ÷ 3")
# the text does not say whether it divides or spans: it stays and is listed.
_DIVISION_MARKS = re.compile(r"(?<!\w)(?i:từ)(?!\w)|[.;!?](?!\S)|\s*÷\s*")


# The first end of a span right after "từ": a number, a date or a clock time, with a
# day's or a month's word before it and a few unit words or numbers after it.
_SPAN_FIRST_END = re.compile(
    r"\s+(?:(?i:ngày|tháng|năm|mức|khoảng)\s+)?\d[\d/.,:h°%]*"
    r"(?:\s*(?:[^\W\d_]{1,6}|\d[\d/.,:h]*)){0,3}\s*"
)


def _read_division_spans(text: str) -> str:
    if "÷" not in text or "=" in text:
        return text  # "6 ÷ 3 = 2": a sum divides
    # One pass: where the last "từ" of the sentence ends, and whether a "÷" of the
    # sentence was a span already (linear in the line: the operand is bounded).
    out: list[str] = []
    opened = -1
    spanned = False
    last = 0
    for m in _DIVISION_MARKS.finditer(text):
        if "÷" in m[0]:
            # review15: right after "từ" and its first end ("từ 25 ÷ 30 độ", "từ ngày
            # 29/01/2024 ÷ …"), or after such a span in the sentence (the bracket that
            # restates it); "Từ tháng 3, pha theo tỷ lệ 1 ÷ 10", "Quỹ từ thiện chia 12 ÷ 4",
            # "dấu ÷" divide or name the sign (were "đến", silent)
            span = spanned or (
                opened >= 0
                and m.start() - opened <= 60
                and _SPAN_FIRST_END.fullmatch(text, opened, m.start()) is not None
            )
            spanned = spanned or span
            out.append(text[last : m.start()])
            out.append(" đến " if span else m[0])
            last = m.end()
        elif m[0] in ".;!?":  # a sentence's end (not "1.000": a space or the end follows)
            opened, spanned = -1, False
        else:
            opened = m.end()
    out.append(text[last:])
    return "".join(out)


# "3.625 m2/08 tuyến kênh": a unit's exponent typed as a digit, then "/" and a count;
# the "2/08" was a share or a date ("mhai trên tám", round 12, listed). Written as the
# exponent it is, the measure and its "trên" are read as for "m²/08".
_EXPONENT_BEFORE_SLASH = re.compile(r"(?<=\d)(?P<u>\s*(?:km|dm|cm|mm|m))(?P<e>[23])(?=/\d)")


# "12 Nguyễn Trãi, Q. 3, TP.HCM", "P. 7, Q. 3": "Q." and "P." with a space before a
# district's or a ward's number where the address goes on or ends are "quận",
# "phường", as "Q.3" is (review16: "quy ba", "pê bảy" as a withheld name's initial,
# silent). "P." only before the district ("P. 5, tầng 2" may be a room). Not after a
# capitalised word, a name the initial is of ("Ông Nguyễn Văn Q. 45 tuổi").
_NUMBERED_DISTRICT = re.compile(
    r"(?<![\w.&/-])(?:Q\.\s+(?=[1-9]\d?(?![\d.,/]\d|\d)\s*(?:[,;)]|\.(?:\s|$)|$|[-–]"
    r"|(?:TP|Tp|tp)\b|[Tt]hành phố))"
    r"|(?P<ward>P)\.\s+(?=[1-9]\d?(?![\d.,/]\d|\d)\s*,?\s*(?:Q\.|[Qq]uận\b)))"
)


def _read_numbered_districts(text: str, lexicon: Lexicon) -> str:
    def district(m: re.Match[str]) -> str:
        before = _NAME_WORD_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        if before is not None and before["w"][0].isupper() and not before["w"].isupper():
            return m[0]
        return "phường " if m["ward"] else "quận "

    if "Q." in lexicon.extra or "P." in lexicon.extra:
        return text
    return _NUMBERED_DISTRICT.sub(district, text)


# "v.v." (vân vân, "and so on"), "v.v..": said as the word; it was left "v.v.",
# spelled "vê vê" by a voice (round 10).
_ETC = re.compile(r"(?<![\w.])[Vv]\.\s?v\.(?=\W|$)")
# "theo NĐ49 và NĐ74": a decree's type glued to its number, as school pages type it;
# the type as the dictionary says it, then the number (was spelled "NĐ" and listed).
_GLUED_DOCUMENT_TYPE = re.compile(r"(?<![\w./-])(?P<t>NĐ|QĐ|NQ)(?P<n>\d{1,3})(?![\w./-]|,\d)")


# "đồng chí Lê Văn An-Phó BT Đảng ủy xã", "ông Trần Bình- P.CT.UBND phường": a person
# named, then a dash glued to the post, as commune pages type it. The dash is a pause
# between the name and the post, and the post's letters are read as after any pause
# ("Phó BT" "Phó Bí thư"; "P.CT" "Phó Chủ tịch", the "P." of a deputy, never
# "phường" before "CT"). Was "Tấn-Phó BT", "phường CT.UBND", listed.
_NAME_POST_GLUED = re.compile(
    rf"(?P<name>(?<!\w)(?i:ông|bà|đồng chí|đ/c)\s+[{UPPER}]\w*(?:\s+[{UPPER}]\w*){{0,4}})"
    r"(?P<dash>\s*-\s*)(?:(?P<deputy>P)\.\s?(?=CT\b))?"
    r"(?=(?:Phó|Chủ tịch|Bí thư|Trưởng|Giám đốc|Ủy viên|Uỷ viên|CT|PCT|BT|PBT)(?![^\W\d_]))"
)
# A dash glued on both sides is heard as no pause (the corpus writes "Tấn-Phó Bí thư"
# as the page does): it stands as this mark while the post is read, then is the dash
# again.
_GLUED_DASH = "\ue000"


def _name_post(m: re.Match[str]) -> str:
    dash = _GLUED_DASH if m["dash"] == "-" else " - "
    return f"{m['name']}{dash}{m['deputy'] or ''}"


# "W" and "CV" after a number are watts and horsepower only where the line speaks of
# power: "Nộp 2 CV" is two résumés, "quy tắc 5W" five questions (review10: "hai mã
# lực", "năm oát", silent). Elsewhere a mark keeps them from the number (the letters
# stay, as before these units were known) and is dropped at the end.
_NOT_A_UNIT = "\ue001"
_POWER_UNIT = re.compile(r"(?<=\d)(?P<sp>\s?)(?P<u>CV|W)(?![\w²³])")
_POWER_WORDS = re.compile(
    r"(?i:công suất|mã lực|động cơ|máy|tàu|thuyền|ghe|xuồng|xe|đèn|bóng|loa|điện|pin|sạc"
    r"|phát sóng|thiết bị|tiêu thụ|quạt|bếp|led"
    # Household appliances (review-p1: "Tủ lạnh 120W tiêu thụ ít" left "W", silent).
    r"|tủ lạnh|ti vi|tivi|lò|nồi|điều hòa|điều hoà|máy lạnh|bình nóng lạnh|ấm|bàn là|bàn ủi"
    r"|năng lượng|tấm pin|ổ cắm|công tắc)(?!\w)"
)
# After the number, only words about power itself: "120W tiêu thụ ít" (not "máy", which
# may be another thing of the line: "Nộp 2 CV …; máy tính").
_POWER_WORDS_AFTER = re.compile(r"(?i:tiêu thụ|công suất|tiết kiệm điện|điện năng)(?!\w)")


# "Trần Q. Chánh", "ông Lê H. Nam": after a family name that begins a name, a capital
# and its stop is the initial of a middle name (Quang, Hữu), not "Quyền", "quận",
# "huyện" (review10: "Trần Quyền Chánh", "Lê quận Bình", silent). After a capitalised
# word the family name ends a place ("Sơn La H. Mộc Châu"): not touched. The mark
# keeps the letter from the dictionary and is dropped at the end (_NOT_A_UNIT).
_INITIAL_AFTER_FAMILY = re.compile(
    rf"(?<!\w)(?P<fam>{FAMILY_NAMES})\s+(?P<l>[A-ZĐ])(?=\.\s*[{UPPER}])"
)
_NAME_WORD_BEFORE = re.compile(r"(?P<w>[^\W\d_]+)\s+$")
# "Ông Trần Q. Chánh" at the start of a sentence: a capitalised word of address.
_KIN_WORDS = frozenset("ông bà anh chị em cô chú bác cháu cụ chí thầy".split())
# The last word of a person's calling: "ca sĩ", "nhạc sĩ", "bác sĩ", "cầu thủ" (review11).
_PERSON_TITLE_ENDS = frozenset({"sĩ", "thủ"})


# A place's level before the family name's word: the word names a place ("thôn Mai",
# "xã Lâm"), and the capital after it is the next level (review-p1: "thôn Mai H. Mỹ
# Đức" left "H.", silent; it was "huyện"). Not "đường", "phố": streets bear people's
# names ("đường Ngô Q. Chánh").
_PLACE_LEVELS = frozenset(
    "xã phường thôn ấp bản làng xóm huyện quận tỉnh trấn sông núi hồ đèo đảo".split()
)


_STREET_WORDS = frozenset("đường phố ngõ hẻm kiệt".split())
# A family name, then a capital and a full stop before the next part of the name, left
# as written ("Ông Hà V. Sơn", "Đường Ngô Q. Chánh"): the writer withheld the rest, an
# announcer says the letter or the full name; listed (review11: left with no warning).
_INITIAL_LEFT = re.compile(rf"(?<!\w)(?:{FAMILY_NAMES})\s+(?P<l>[A-ZĐ])\.\s*[{UPPER}]")


# "Ông Nam, TT. Hội Người cao tuổi xã": "TT." before a body's name of two capitalised
# words is read as a town ("thị trấn") by _place_stops; before a mass organisation it
# may be its standing body ("Thường trực"): the text does not say (review11: silent).
_TOWN_OR_STANDING = re.compile(
    r"(?<![\w.&/-])TT\.\s*(?P<body>Hội|Đoàn|Công đoàn|Mặt trận|Liên đoàn|Chi hội)\s+[A-ZĐ]"
)


def _town_or_standing_doubts(cleaned: str, spoken: str) -> list[tuple[str, str]]:
    return [
        (
            "TT.",
            f"'TT. {m['body']}' được đọc là 'thị trấn {m['body']}'; nếu là Thường trực "
            f"{m['body']}, hãy sửa",
        )
        for m in _TOWN_OR_STANDING.finditer(cleaned)
        # opening a sentence it is "Thị trấn" (review12: "TT. Hội Liên hiệp Phụ nữ xã
        # họp." was not listed)
        if f"thị trấn {m['body']}".casefold() in spoken.casefold()
    ]


# "UBND Q. 10 thông báo", "Đọc Q. 3 trang 15": "Q." and a number that no address goes on
# after are said as the letter ("quy"); a district ("quận") or a volume ("quyển") reads
# as well (review16: silent): listed.
_Q_NUMBER = re.compile(r"(?<![\w.&/-])Q\.\s+\d{1,2}(?![\d.,/]\d|\d)")
_Q_SAID = re.compile(rf"(?<!\w)quy\s+(?:{SPOKEN_NUMBER_WORDS})(?!\w)")


def _district_letter_doubts(cleaned: str, spoken: str) -> list[tuple[str, str]]:
    if _Q_SAID.search(spoken) is None:
        return []
    return [
        (
            m[0],
            f"'{m[0]}' được đọc là chữ 'quy' và số; nếu là quận hay quyển, hãy viết rõ",
        )
        for m in _Q_NUMBER.finditer(cleaned)
    ]


def _initial_doubts(spoken: str) -> list[tuple[str, str]]:
    return [
        (
            f"{m['l']}.",
            f"'{m['l']}.' là chữ cái đầu của tên, để nguyên: đọc tên chữ cái hay tên đầy "
            "đủ? kiểm tra",
        )
        for m in _INITIAL_LEFT.finditer(spoken)
    ]


def _protect_name_initials(text: str) -> str:
    def mark(m: re.Match[str]) -> str:
        before = _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if (
            before is not None
            and before["w"][0].isupper()
            # "Trường THPT Lê Q. Đôn": an abbreviation in capitals is no part of the
            # person's name (round 11, noticed: "Q." was read "quy", silent).
            and not before["w"].isupper()
            and before["w"].casefold() not in _KIN_WORDS
            # "Đường Ngô Q. Chánh" opening a line: a street bears a person's name
            # (review11: "Q." was read "Quyền", then "quận", silent)
            and before["w"].casefold() not in _STREET_WORDS
        ):
            return m[0]
        if before is not None and before["w"] in _PLACE_LEVELS:
            return m[0]  # "thôn Mai H. Mỹ Đức", "xã Lâm H. Lâm Thao": a place, then huyện
        return f"{m['fam']} {m['l']}{_NOT_A_UNIT}"

    return _INITIAL_AFTER_FAMILY.sub(mark, text)


# Right before the number, a rule or a job application: "quy tắc 5W", "nộp 2 CV" are
# no power whatever the line says of electricity (review-p1: "Điện lực … quy tắc 5W"
# was "năm oát", "Công ty điện máy tuyển dụng, ứng viên nộp 2 CV" "hai mã lực", silent).
_NOT_POWER_BEFORE = re.compile(
    r"(?i:quy tắc|nguyên tắc|mô hình|phương pháp|công thức|nộp|gửi|kèm|hồ sơ|xin việc"
    r"|ứng tuyển)(?:\s+\w+)?\s+$"
)


# Chemical formulas typed with subscript digits, "bình CO₂", "SO₂", "H₂O", "PM₂.₅":
# the digits are heard as in "CO2", so the token is read as that spelling (was left as
# an unknown abbreviation, "CO₂"; round 11). Only a token that opens with a capital:
# units such as "cmH₂O" have their own entries.
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUBSCRIPT_FORMULA = re.compile(
    r"(?<![\w.])[A-Z][A-Za-z0-9₀-₉]*[₀-₉][A-Za-z0-9₀-₉]*(?:\.[0-9₀-₉]+)?(?![\w])"
)


def _unsubscript_formulas(text: str) -> str:
    if not any("₀" <= c <= "₉" for c in text):
        return text
    return _SUBSCRIPT_FORMULA.sub(lambda m: m[0].translate(_SUBSCRIPTS), text)


# "Ðống Ða", "Ðây", "ÐBSCL": pages converted from old Vietnamese encodings type the
# Icelandic eth (Ð, U+00D0) for Đ. It looks the same, but a voice reads it as a foreign
# letter and the dictionary does not know the word. At the start of a word it is Đ: no
# Icelandic word opens with it, and a name such as "Guðrún" keeps its inner ð.
_ETH_INITIAL = re.compile(r"(?<![^\W\d_])[\u00d0\u00f0](?=[^\W\d_])")


def _vietnamese_d(text: str) -> str:
    if "\u00d0" not in text and "\u00f0" not in text:
        return text
    return _ETH_INITIAL.sub(lambda m: "\u0110" if m[0] == "\u00d0" else "\u0111", text)


# "đ.c Nguyễn Văn A", "Đ.c Hiệu trưởng": the "đ/c" of the dictionary (đồng chí) typed
# with a full stop, before a capitalised name or post; it was "đ, c" (silent; round
# 11). Before anything else (an address, a digit) it is left to the other rules.
# "Đ.C" in capitals only before a family name: "đường Đ.C Lý", "Đ.C Hà Nội" name no
# comrade (review13: "Đồng chí Hà Nội", silent).
_COMRADE_STOP = re.compile(
    rf"(?<![\w.])(?P<d>[đĐ])\.(?:(?P<c>c)(?=\s+[{UPPER}])|(?P<cap>C)(?=\s+(?:{FAMILY_NAMES})\s))"
)


def _comrade_with_stop(text: str) -> str:
    def comrade(m: re.Match[str]) -> str:
        if m["cap"] and _address_province_at(text, m.end()):
            return m[0]  # "Đ.C Hà Nội:": no comrade ("Hà" opens the city's name)
        return f"{m['d']}/{'c' if m['d'] == 'đ' else m['c'] or m['cap']}"

    return _COMRADE_STOP.sub(comrade, text)


@functools.lru_cache(maxsize=1)
def _province_after() -> re.Pattern[str]:
    names = sorted(
        (" ".join(w.capitalize() for w in n.split()) for n in province_names()),
        key=len,
        reverse=True,
    )
    return re.compile(rf"\s+(?:{'|'.join(re.escape(n) for n in names)})(?![\w-])")


# "Đ.C Hà Nội: số 5 …", "Đ.C: thôn 3", "Đ/C Đà Nẵng": the letters typed with a stop, or
# before a province's name, are the address ("địa chỉ"), as "Đ/C" before a colon or an
# address's first word is (_ADDRESS_DC); were "Đồng chí Hà Nội" (the family name "Hà")
# and "Đ.C" left as written, both silent (round 11, noticed; round 12).
_ADDRESS_DC_STOP = re.compile(
    r"(?<![\w/.])Đ\.[cC](?=\s*:|\s+(?:(?i:số|thôn|xóm|ấp|bản|tổ|khu|khối|đường|phố|ngõ|ngách"
    r"|hẻm|kiệt|xã|phường|thị trấn|huyện|quận|tỉnh|thành phố)|TP\.?)(?!\w))"
)


# After the province's name an address goes on (a colon, an address's word or number
# after a comma, the line's end): "Đ/C Cao Bằng: tổ 5". A person's name goes on with a
# given name or a post: "Đ/c Hà Nam Sơn, Bí thư", "Đ/c Thái Bình, Phó Chủ tịch xã"
# (review15: round 12's rule made them "Địa chỉ Hà Nam Sơn", silent).
_ADDRESS_AFTER_PLACE = re.compile(
    r"\s*(?::|$|(?:[,;\-–]\s*|\s+)(?:\d|(?i:số|thôn|xóm|ấp|bản|tổ|khu|khối|đường|phố|ngõ|ngách"
    r"|hẻm|kiệt|xã|phường|thị trấn|huyện|quận)(?!\w)))"
    # review16: not a number that counts what follows it ("Đ/c Hà Giang 3 năm liền",
    # "Đ/c Cao Bằng 2 lần": a comrade's name, family name first; were "Địa chỉ", silent)
    r"(?!(?<=\d)\d*\s+(?:lần|năm|tháng|tuần|ngày|tuổi|người|con|cháu|kỳ|nhiệm kỳ|lượt|huân chương"
    r"|bằng khen|giấy khen)(?!\w))"
)


def _address_province_at(text: str, pos: int) -> bool:
    province = _province_after().match(text, pos)
    return province is not None and _ADDRESS_AFTER_PLACE.match(text, province.end()) is not None


_DC_LETTERS = re.compile(r"(?<![\w/.])Đ[./][cC]")


def _read_address_labels(text: str) -> str:
    text = _ADDRESS_DC_STOP.sub("địa chỉ", text)
    return _DC_LETTERS.sub(
        lambda m: "địa chỉ" if _address_province_at(m.string, m.end()) else m[0], text
    )


def _unpowered_units(text: str) -> str:
    def mark(m: re.Match[str]) -> str:
        number = re.search(r"[\d.,]+$", text[: m.start()])
        head = m.start() - (len(number[0]) if number else 0)
        if _NOT_POWER_BEFORE.search(text, max(0, head - 40), head):
            return f"{m['sp']}{_NOT_A_UNIT}{m['u']}"
        if _POWER_WORDS.search(text, max(0, m.start() - 80), m.start()):
            return m[0]
        if _POWER_WORDS_AFTER.search(text, m.end(), m.end() + 40):
            return m[0]
        return f"{m['sp']}{_NOT_A_UNIT}{m['u']}"

    return _POWER_UNIT.sub(mark, text)


# A letter only Vietnamese writes (a tone mark, a hooked or hatted vowel, "đ").
_VIETNAMESE_LETTER = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]",
    re.IGNORECASE,
)
# A Roman numeral standing as a word after a word: "Liên cơ II", "Chi bộ Liên cơ I".
_NAMED_ROMAN = re.compile(r"(?P<w>(?<![\w.])[^\W\d_]+)(?P<gap>\s+)(?P<r>[IVX]+)(?![\w&/]|[-.]\w)")


_INTRAVENOUS_BEFORE = frozenset({"tiêm", "truyền", "đường", "dịch", "thuốc", "dùng"})
_MIDDLE_NAMES = frozenset({"Văn", "Thị"})
_FAMILY_WORD = re.compile(f"(?:{FAMILY_NAMES})")


def _read_named_romans(text: str, dialect: Dialect) -> str:
    """A Roman numeral that numbers a name the words before it give: "các Chi bộ Liên
    cơ I, Liên cơ II" "Liên cơ một, Liên cơ hai" (was "Liên cơ I", "II" left and
    listed). After a Vietnamese word (one with a letter only Vietnamese writes), a
    numeral of two letters or more ("II", "IV", "XII") is a number: no Vietnamese
    word or abbreviation is spelled so; after an unmarked word, when the word before
    that has such a letter ("Nguyễn Du II"). A single letter ("I", "V", "X") is a number
    only where the same word is numbered again in the line ("Liên cơ I ... Liên cơ
    II"): alone it may be a letter ("vitamin", "tia X"), and stays. The words that
    take a Roman numeral whatever they are ("khóa", "lần", "quý") were read before
    (dates.read_ordinals)."""
    found = list(_NAMED_ROMAN.finditer(text))
    if not found:
        return text
    numbered: dict[str, set[str]] = {}
    for m in found:
        if parse_roman(m["r"]):
            numbered.setdefault(m["w"].casefold(), set()).add(m["r"])

    def named(m: re.Match[str]) -> str:
        value = parse_roman(m["r"])
        word = m["w"]
        if not value or word.isupper():
            return m[0]
        # "Nguyễn Du II", "Sao Mai II": a name of unmarked syllables is Vietnamese
        # when the word before it is ("Louis XIV" stays as written).
        before = m.string[max(0, m.start() - 12) : m.start()].split()
        if _VIETNAMESE_LETTER.search(" ".join([*before[-1:], word])) is None:
            return m[0]
        if len(m["r"]) == 1 and len(numbered.get(word.casefold(), ())) < 2:
            return m[0]
        # "tiêm IV", "truyền IV", "đường IV": the intravenous route, no number; left and
        # listed as before this rule (review-p1: "tiêm bốn", silent).
        if word.casefold() in _INTRAVENOUS_BEFORE:
            return m[0]
        # "XX", "XXX" hide a name or an amount ("Nguyễn Văn XX", "phạt XXX đồng"), and
        # after a middle name ("Hoàng Văn XV") the letters are a name's initials
        # (review-p1: "hai mươi", "ba mươi đồng", silent): left and listed.
        if set(m["r"]) == {"X"} or word in _MIDDLE_NAMES:
            return m[0]
        # One letter after a family name and a name: a withheld name's initial ("Nguyễn
        # Đức V và Trần Đức X" was "Nguyễn Đức năm", silent; review-p1).
        if len(m["r"]) == 1 and before and _FAMILY_WORD.fullmatch(before[-1]):
            return m[0]
        # After a kin word and a name ("Cô Mai XI", "anh Tuấn II"): a person named, the
        # letters may be their initials or part of a name; the text does not say
        # (review11: "Cô Mai mười một", silent; known since round 10): left and listed.
        if before and before[-1].casefold() in _KIN_WORDS | _PERSON_TITLE_ENDS:
            return m[0]
        return f"{word}{m['gap']}{read_int(value, dialect)}"

    return _NAMED_ROMAN.sub(named, text)


# "xe ô tô BKS-17B 020.11": "biển kiểm soát" glued by a hyphen to the plate it names
# (a province code and a series letter): the hyphen is a space (was "BKS-" left, listed).
_PLATE_WORD_GLUED = re.compile(r"(?<![\w-])BKS-(?=\d{2}[A-Z])")


# "tuần 7,8", "tháng 7,8": two consecutive numbers of a counted period or
# round, joined by a comma, are a list ("tuần bảy, tám"); such a word is never
# followed by a decimal.
_CONSECUTIVE_PAIR = re.compile(
    r"(?P<w>\b(?i:tuần|đợt|tầng|kỳ|tháng|khu vực))\s+"
    r"(?P<a>[1-9]\d?),(?P<b>[1-9]\d?)(?![\d,./-])"
    r"(?!\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|%|phần|km|m\b|kg|ha\b|độ|mm))"
)


def _read_consecutive_pairs(text: str) -> str:
    def pair(m: re.Match[str]) -> str:
        if int(m["b"]) != int(m["a"]) + 1:
            return m[0]
        return f"{m['w']} {m['a']}, {m['b']}"

    return _CONSECUTIVE_PAIR.sub(pair, text)


# "Điều 5(1)", "Điều 12(2)(a)": an article with its clause (and point) in brackets,
# as legal texts cite them; said "Điều năm khoản một", "Điều mười hai khoản hai điểm
# a", in the written order. The brackets are no aside.
_ARTICLE_CLAUSE = re.compile(
    r"(?P<dieu>\b[Đđ]iều)\s+(?P<n>\d{1,3})(?P<s>[a-zđ]?)\s*\((?P<k>\d{1,2})\)"
    r"(?:\s*\((?P<p>[a-zđ])\))?(?![\w(])"
)


def _read_article_clauses(text: str, dialect: Dialect) -> str:
    def clause(m: re.Match[str]) -> str:
        words = f"{m['dieu']} {read_int(int(m['n']), dialect)}"
        if m["s"]:
            words += f" {m['s']}"
        words += f" khoản {read_int(int(m['k']), dialect)}"
        if m["p"]:
            words += f" điểm {m['p']}"
        return words

    return _ARTICLE_CLAUSE.sub(clause, text)


# "xăng RON95-III", "RON 95-IV": the octane grade and the emission level in Roman
# numerals, "rôn chín mươi lăm mức ba" (the level was read as the issuer of a
# document "95-III", "chín mươi lăm của III").
_FUEL_LEVEL = re.compile(r"(?<![\w.-])RON\s?(?P<n>\d{2,3})\s?-\s?(?P<r>I{1,3}|IV|V)(?![\w-])")


def _read_fuel_levels(text: str, lexicon: Lexicon, dialect: Dialect) -> str:
    def level(m: re.Match[str]) -> str:
        grade = parse_roman(m["r"])
        name = lexicon.get("RON") or "RON"
        if grade is None:
            return m[0]
        return f"{name} {read_int(int(m['n']), dialect)} mức {read_int(grade, dialect)}"

    return _FUEL_LEVEL.sub(level, text)


# "Uống 2 viên/lần x 3 lần/ngày": an "x" standing alone between words and a number is
# "nhân" ("x" was left in the text, silently); "3x4" is read by _TIMES.
_STANDING_TIMES = re.compile(r"(?<=[^\W\d_])\s+[x×]\s+(?=\d)")


# Not the letter itself: "ghi dấu x vào ô trống", "chọn x là số người" (review13: the
# mark or the unknown was said "nhân", silent, where the line also multiplies).
_TIMES_BEFORE_WORD = re.compile(
    r"(?<!\b(?i:dấu))(?<!\b(?i:chữ))(?<!\b(?i:hiệu))(?<!\b(?i:chọn))(?<!\b(?i:điền))"
    r"(?<!\b(?i:đánh))(?<!\b(?i:gọi))(?<=[^\W_])\s+[x×]\s+"
    r"(?!(?i:vào|là|ở|bằng|hoặc|hay|và)(?![^\W\d_]))(?=[^\W\d_])"
)


def _split(raw: str) -> str:
    return raw.removesuffix("\n").removesuffix("\r").replace("\r", " ").replace("\n", " ")


# "98-TB/VPTU", "CT/TU": a Party committee's letters at the end of a document symbol.
_PARTY_COMMITTEE = re.compile(
    r"(?<=\w[/-])(?P<p>"
    + "|".join(sorted(PARTY_COMMITTEE_ISSUERS, key=len, reverse=True))
    + r")(?![\w-])"
)


def _party_committee_doubts(cleaned: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """ "TU" at the end of a symbol is a Tỉnh ủy, a Thành ủy or a Thị ủy: when the sentence does
    not say which (and the caller's own dictionary does not), the issuer is not said."""
    doubts: list[tuple[str, str]] = []
    for m in _PARTY_COMMITTEE.finditer(cleaned):
        if m["p"] in lexicon.extra or party_committee_named(m["p"], cleaned) is not None:
            continue
        inferred = party_committee_inferred(m["p"], cleaned)
        if inferred is not None:
            message = (
                f"'{m['p']}' được đọc là '{inferred}' vì câu nói tên tỉnh mà không nói "
                "thành phố hay thị xã: kiểm tra"
            )
            doubts.append((m["p"], message))
            continue
        message = (
            f"'{m['p']}' là Tỉnh ủy, Thành ủy hay Thị ủy? Câu không nói rõ nên tên cơ quan "
            "ban hành không được đọc; nếu cần, hãy viết tên đầy đủ"
        )
        doubts.append((m["p"], message))
    return doubts


_LEFT_AMBIGUOUS = re.compile(
    r"(?<![\w&/.-])(?:"
    + "|".join(sorted([*AMBIGUOUS, *PARTY_COMMITTEE_ISSUERS], key=len, reverse=True))
    + r")(?![\w&/-])"
)


_LEFT_IN_CONTEXT = re.compile(r"(?<![\w&/.-])(?:SN|THT|CT|PC|CN)(?![\w&/-])")


def _left_ambiguous_doubts(spoken: str) -> list[tuple[str, str]]:
    """Letters of several meanings the reader left as written (_read_ambiguous, and
    "TU" in running text that the sentence does not place): the meanings, never
    "add it to the dictionary"."""
    doubts: list[tuple[str, str]] = []
    for m in _LEFT_AMBIGUOUS.finditer(spoken):
        if m[0] in PARTY_COMMITTEE_ISSUERS:
            meanings = ", ".join(PARTY_COMMITTEE_ISSUERS[m[0]])
        else:
            meanings = ", ".join(AMBIGUOUS[m[0]])
        message = (
            f"'{m[0]}' có nhiều nghĩa ({meanings}): câu không nói rõ nên để nguyên, "
            "không đoán; hãy viết rõ lời đọc"
        )
        doubts.append((m[0], message))
    return doubts


def _issuer_doubts(cleaned: str, lexicon: Lexicon) -> list[tuple[str, str]]:
    """A part of a document symbol that the dictionary knows as something other than
    a body ("53/2017/HSPT", "hình sự phúc thẩm": a kind of case) is said after "của"
    as if it had issued the document: the editor should check it."""
    doubts: list[tuple[str, str]] = []
    spans = [range(r.start(), r.end()) for r in _LABEL_RANGE.finditer(cleaned)]
    for m in _DOCUMENT.finditer(cleaned):
        if any(m.start() in span for span in spans):
            continue  # "BĐ1-BĐ2": a span of levels (_read_label_ranges), no document
        parts = [p for p in re.split(r"[-/]", m["sym"]) if p]
        type_code = None
        if parts and parts[0] in DOCUMENT_TYPES:
            type_code, parts = parts[0], parts[1:]
        for part in parts:
            if (
                part == "BTC"
                and "BTC" not in lexicon.extra
                and btc_issuer(type_code, cleaned) is None
            ):
                doubts.append(
                    (
                        part,
                        f"'{part}' trong số hiệu văn bản: Bộ Tài chính hay Ban Tổ chức? Câu "
                        "không nói rõ nên không đọc; hãy viết rõ",
                    )
                )
                continue
            if (
                part == "BTC"
                and type_code == "QĐ"
                and "BTC" not in lexicon.extra
                and btc_issuer(type_code, cleaned) == SYMBOL_ISSUERS["BTC"]
                and not re.search(r"(?<!\w)(?i:bộ tài chính)(?!\w)", cleaned)
            ):
                # "Theo Quyết định số 02/QĐ-BTC, giải bóng đá …": the ministry, as most
                # decisions with these letters are; an event's committee issues them too.
                message = (
                    f"'{part}' sau 'QĐ' được đọc là 'Bộ Tài chính'; nếu là Ban Tổ chức, hãy sửa"
                )
                doubts.append((part, message))
                continue
            if part in SYMBOL_ISSUERS or (part == "CB" and type_code is not None):
                continue  # "05-NQ/CB": a Party cell, "Chi bộ" (Lexicon.read_symbol)
            expansion = lexicon.get(part)
            if expansion is not None and expansion[:1].islower():
                message = (
                    f"'{part}' trong số hiệu văn bản được đọc là '{expansion}' "
                    "như cơ quan ban hành: kiểm tra"
                )
                doubts.append((part, message))
    return doubts


def normalize_lines(
    lines: Iterable[str],
    *,
    dialect: Literal["north", "south"] = "north",
    abbreviations: Mapping[str, str] | None = None,
    source: str = "<stdin>",
    written: Sequence[str] | None = None,
) -> Reading:
    """Read each line aloud; the result has exactly one line per input line.

    Lines may carry their own line ending (as when iterating over a file).
    ``written``: the lines as the file holds them, when ``lines`` were changed on
    the way (an aside said once dropped): warnings point at their columns.
    """
    reader = _Reader(dialect, abbreviations)
    spoken: list[str] = []
    warnings: list[ReadingWarning] = []
    for number, raw in enumerate(lines, start=1):
        line = _split(raw)
        text = reader.read(line)
        spoken.append(text)
        nfc = unicodedata.normalize("NFC", line)
        cleaned = clean_line(nfc)
        if written is not None and number <= len(written) and _split(written[number - 1]) != line:
            columns = Columns(_split(written[number - 1]))
            texts: tuple[str, ...] = (nfc, cleaned, text)
        else:
            columns = Columns(line)
            texts = (cleaned, text)
        posts = [
            (m["sym"], post)
            for m in _COMPOUND.finditer(cleaned)
            if reader.lexicon.get(m["sym"]) is None
            and (post := post_and_area(m["sym"], reader.lexicon)) is not None
        ]
        # An area left after a post is in the dictionary: its own doubt below says why.
        areas = {area for _, (_, area) in posts}
        # Letters with two meanings are listed with both below, where they stand alone;
        # inside a compound ("Bộ KH-CN") they are listed as unknown.
        in_context = {m[0] for m in _LEFT_IN_CONTEXT.finditer(text)}
        explained = {*areas, *AMBIGUOUS, *PARTY_COMMITTEE_ISSUERS, *in_context}
        text, spelled = _spell_unknown_acronyms(text, explained, reader.lexicon, cleaned)
        spoken[-1] = text
        texts = (*texts[:-1], text)
        unknown = [t for t in _unknown_tokens(text) if t not in explained]
        for token, column in zip(unknown, columns.locate(unknown, texts), strict=True):
            message = f"chữ viết tắt chưa biết: '{token}' (hãy thêm vào từ điển)"
            warnings.append(ReadingWarning(source, number, column, token, message))
        acronyms = [token for token, _ in spelled]
        for (token, names), column in zip(spelled, columns.locate(acronyms, texts), strict=True):
            message = (
                f"chữ viết tắt chưa biết: '{token}' đã đọc từng chữ cái ('{names}'); "
                "nếu đọc thành tên hay có nghĩa đầy đủ, hãy thêm vào từ điển"
            )
            warnings.append(ReadingWarning(source, number, column, token, message))
        doubts = (
            [
                # "PN-KB" learned from "(BQL VQG PN-KB)" is said as the text's own
                # words, not letter by letter: the pair's doubt does not hold.
                (token, message)
                for token, message in written_doubts(
                    cleaned, reader.lexicon.extra, said=reader.said
                )
                if not ("-" in token and token in reader.learned)
            ]
            + spoken_doubts(text, _WORDS_SAID)
            + paired_doubts(cleaned, text)
        )
        doubts += _left_ambiguous_doubts(text)
        for m in _LEFT_IN_CONTEXT.finditer(text):
            message = (
                f"'{m[0]}' có nhiều nghĩa ({', '.join(CONTEXT_MEANINGS[m[0]])}): câu không nói "
                "rõ nên để nguyên, không đoán; hãy viết rõ lời đọc"
            )
            doubts.append((m[0], message))
        for symbol, (_, area) in posts:
            message = (
                f"'{symbol}': '{area}' sau chức danh là lĩnh vực phụ trách, "
                "chưa rõ nghĩa nên để nguyên: hãy viết rõ lời đọc"
            )
            doubts.append((symbol, message))
        doubts += _issuer_doubts(modern_tones(cleaned), reader.lexicon)
        doubts += _party_committee_doubts(cleaned, reader.lexicon)
        doubts += _ticker_doubts(cleaned, reader.lexicon)
        doubts += _band_doubts(cleaned)
        doubts += _vessel_prefix_doubts(cleaned, reader.lexicon)
        doubts += _gold_doubts(cleaned)
        doubts += _lot_area_doubts(cleaned)
        doubts += _initial_doubts(text)
        doubts += _district_letter_doubts(cleaned, text)
        doubts += _town_or_standing_doubts(cleaned, text)
        doubts += _numbered_town_doubts(cleaned, reader.lexicon)
        doubts += _other_body_doubts(cleaned, reader.lexicon)
        if (
            "TUV" not in reader.lexicon.extra
            and re.search(r"(?<![\w&/.-])TUV(?![\w&/-])", cleaned)
            and party_committee_named("TU", cleaned) is None
        ):
            message = (
                "'TUV' được đọc là 'Tỉnh ủy viên'; câu không nói rõ Tỉnh ủy, Thành ủy hay "
                "Thị ủy: nếu là Thành ủy viên hay Thị ủy viên, hãy sửa"
            )
            doubts.append(("TUV", message))
        for m in _BRACKETED_ACRONYM.finditer(cleaned):
            if _ALARM_LEVEL.search(m[0]) or m["runs"]:
                # alarm levels in brackets are read (_drop_bracketed_acronyms); runs
                # are dropped only where the words before spell them all
                continue
            if _numbered_code_not_said(m, reader.lexicon):
                continue  # "(BN1561)": the patient's number, read (_drop_bracketed_acronyms)
            if reader.lexicon.get(m["a"]) is None and m["a"] not in reader.learned:
                message = f"'{m['a']}' trong ngoặc không được đọc (coi là tên viết tắt vừa nói)"
                doubts.append((m["a"], message))
        found = columns.locate([token for token, _ in doubts], texts)
        for (token, message), column in zip(doubts, found, strict=True):
            warnings.append(ReadingWarning(source, number, column, token, message))
    return Reading("\n".join(spoken), warnings)


def normalize(
    text: str,
    *,
    dialect: Literal["north", "south"] = "north",
    abbreviations: Mapping[str, str] | None = None,
    source: str = "<stdin>",
) -> Reading:
    """Read ``text`` aloud, keeping its line structure (``\\n``, ``\\r\\n``)."""
    lines = text.replace("\r\n", "\n").split("\n")
    return normalize_lines(lines, dialect=dialect, abbreviations=abbreviations, source=source)
