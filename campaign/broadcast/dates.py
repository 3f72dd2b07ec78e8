"""Dates, times, weekdays, ordinals and Roman numerals, read aloud.

Choices, as a Northern announcer says them:

* a date always carries its words: ``27/02/1955`` → "ngày hai mươi bảy tháng
  hai năm một nghìn chín trăm năm mươi lăm"; an existing "ngày" is not doubled;
* days 1–10 take "mồng" ("mùng" in the South): ``01/4`` → "ngày mồng một tháng tư";
* ``a/b`` is a fraction, "a phần b", only where the words around make it one
  ("tỷ lệ 5/10", "3/4 số hộ"); otherwise a valid day/month is a date;
* a range of dates is "từ ngày … đến ngày …", the shared month and year said once
  at the end (``01 - 28/02/2025``); a span that fills a bracket is said as written,
  no "từ" added: ``(27/02/1955 - 27/02/2025)``, an anniversary, is "(ngày … - ngày
  …)", the dash a pause;
* times: ``7h30`` → "bảy giờ ba mươi phút", ``14 giờ 00`` → "mười bốn giờ",
  ``7h30 - 11h`` → "bảy giờ ba mươi phút đến mười một giờ";
* ``thứ`` + number is an ordinal: "thứ nhất", "thứ tư", "thứ hai";
* Roman numerals are read only after words that take them (``khóa``, ``quý``,
  ``Đại hội``, ``mục`` …) and as section headings at the start of a line, where
  ``II.`` becomes "Phần hai." — capitals elsewhere are never taken for numerals.
"""

from __future__ import annotations

import bisect
import itertools
import re

from .numbers import (
    SPOKEN_NUMBER_WORDS,
    Dialect,
    parse_roman,
    read_day,
    read_int,
    read_month,
    read_numeral,
    read_ordinal,
)
from .said import Said, SaidDate, SaidNumberYear

__all__ = [
    "CLASS_WITH_SLASH",
    "COUNTED_DAYS_BEFORE",
    "DATE_TO_DATE",
    "DATE_WORD_BEFORE",
    "DAYS_OF_WEEK",
    "DESCENDING_DAY_MONTH",
    "DOTTED_CLOCK",
    "HOURS_OF_DAY",
    "HOUSE_NUMBER",
    "NUMBER_WITH_SLASH",
    "PLACE_NAMED_BY_DATE",
    "ROAD_WORK_BEFORE",
    "SCORE",
    "SECOND_DASHED_DATE",
    "SHARE",
    "STRAY_DATE_SLASH",
    "TWO_DIGIT_YEAR",
    "counted_share",
    "day_or_count",
    "descending_is_score",
    "holiday_or_count",
    "joined_dotted_dates",
    "named_or_listed_date",
    "read_as_fraction",
    "read_calendar",
    "read_headings",
    "read_ordinals",
    "scale_before",
    "score_pairs",
]

_D = r"(?<![\d/.,])(?:0?[1-9]|[12]\d|3[01])"
# After these a date is said without "ngày": "Sáng 2/10" is "Sáng mồng hai tháng mười".
_TIME_OF_DAY = (
    r"sáng|chiều|tối|đêm|trưa|khuya|sáng nay|chiều nay|tối nay|trưa nay|đêm nay|hôm qua|tối qua"
    r"|nay đến|hôm qua|hôm nay"
    # "từ chiều qua (2/7) đến chiều nay (3/7)": yesterday's part of the day as today's.
    r"|sáng qua|chiều qua|trưa qua|đêm qua"
    # "từ 22 giờ tối nay 12/7 đến 5 giờ sáng mai 13/7": tomorrow's part of the day
    # as today's, so the two ends of one span are said alike.
    r"|sáng mai|chiều mai|trưa mai|tối mai|đêm mai"
    # A holiday named by its date: "nghỉ Lễ 30/4", "Quốc khánh 2/9" (the name, no "ngày").
    r"|(?<!buổi )lễ|quốc khánh|giỗ tổ hùng vương"
    # A round named by its date: "Huy hiệu Đảng đợt 3/2 và 19/5" (the Party's founding
    # day, Hồ Chí Minh's birthday), "đợt mồng ba tháng hai" (the date is the round's name).
    r"|đợt"
)
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"\d{4}"

_RANGE = re.compile(
    rf"(?:(?P<tu>\b(?i:từ))\s+)?(?:(?P<ngay>\b(?i:ngày))\s+)?"
    rf"(?P<d1>{_D})(?:/(?P<m1>{_M})(?:/(?P<y1>{_Y}))?)?"
    rf"\s*-\s*(?:ngày\s+)?"
    rf"(?P<d2>{_D})/(?P<m2>{_M})(?:/(?P<y2>{_Y}))?(?![\d/])"
)
_PART_OF_DAY_BEFORE = re.compile(
    r"(?<!\w)(?i:sáng|chiều|tối|đêm|trưa|khuya|rạng sáng|sáng sớm|chiều tối)\s+$"
)
_FROM_PART_OF_DAY = re.compile(
    r"\b(?i:từ)\s+(?i:sáng|chiều|tối|đêm|trưa|khuya|rạng sáng|sáng sớm)\s*$"
)
_FULL = re.compile(
    rf"(?:(?P<ngay>\b(?i:ngày))\s+)?(?P<d>{_D})(?P<sep>[/.-])(?P<m>{_M})(?P=sep)(?P<y>{_Y})(?![\d/])"
)
_MONTH_YEAR = re.compile(
    # "Tháng 6/ 2011": a stray space after the slash, after "tháng" only (round 10).
    rf"(?:(?P<thang>\b(?i:tháng))\s+)?(?<![\d/.,])(?P<m>{_M})/"
    r"(?:(?<=[Tt]háng \d/)\s|(?<=[Tt]háng \d\d/)\s)?"
    rf"(?P<y>{_Y})(?![\d/])"
)
# "tháng 1, 2, 3/2025", "quý 1 và 2/2025": months or quarters listed after one word,
# the year written once after the last.
_LISTED_PERIODS = re.compile(
    r"\b(?P<w>(?i:tháng|quý|quí))\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*\s*(?:,|và)\s*$"
)
# "3/4 số hộ", "tỷ lệ 5/10": a fraction, not a date, when the words around say so.
_FRACTION = re.compile(
    r"(?P<lead>\b(?i:tỷ lệ|tỉ lệ|khoảng|hơn|gần|chiếm|trên|dưới|giảm|tăng|bằng|còn)\s+)?"
    r"(?<![\d/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|,\d)"
    r"(?P<tail>\s+(?:số|tổng số|dân số|diện tích|trường hợp|thời gian)\b)?"
)
# A lower-case word after a fraction: "trên 1/2 mặt cầu".
_NOUN_AFTER = re.compile(r"\s+[a-zđà-ỹ]")
_CAPS_NOUN_AFTER = re.compile(r"\s+(?P<w>[^\W\d_]{2,})")
# A match score is not a range: "thắng Lào 3-1", "nâng tỷ số lên 2-0" are said
# "ba - một", "hai - không". Up to four words (a team: "U23 Lào", "Công an Hà Nội")
# may stand between the word that announces the score and the score, and a colon
# ("Chung cuộc: Việt Nam 2-1 Indonesia").
SCORE_WORDS = (
    "thắng thua hòa hoà tỷ_số tỉ_số dẫn gỡ hiệu_số cách_biệt đánh_bại vượt_qua chung_cuộc"
    " set ván pen penalty luân_lưu kết_quả_trận"
).split()
# What may follow a score: a pause, or a word that goes on with the sentence
# ("thắng 2-0 trước", "dẫn 4-0 chỉ sau", "thắng 3-1 trên sân"), or a team's name
# ("Việt Nam 2-1 Indonesia"); any other word after it makes it a count ("thắng 3-4
# trận", "dẫn 2-3 đoàn"), a range.
SCORE_FOLLOWERS = (
    "trước sau cho và rồi nhưng khi ở tại trong ngay chỉ để nhờ với qua thì mà chung cuộc trên"
    # Round 10: "thắng 3-1 lúc 16 giờ", "tỷ số 1-0 nghiêng về đội khách".
    " lúc nghiêng"
).split()
# Written with a colon too: "tỷ số 1:0", "thắng 3:1" (see _clock_not_score).
_SCORE_PAIR = r"(?:\d{1,2}\s*-\s*\d{1,2}(?![\d/-]|[.,]\d)|\d{1,2}\s*:\s*\d{1,2}(?![\d/:-]|[.,]\d))"
_SCORE_LIST = rf"{_SCORE_PAIR}(?:\s*[,;]\s*{_SCORE_PAIR})*"
# One score or a list of them ("các set 25-23, 25-18"), and the bracket of its parts
# right after it ("thắng 2-0 (6-4, 7-5)", "2-2 (pen 4-3)").
SCORE = re.compile(
    r"(?P<lead>(?<!\w)(?i:"
    + "|".join(w.replace("_", r"\s+") for w in SCORE_WORDS)
    # The words between are no words of a date: "thắng lợi ngày 25-9" is a date.
    + r")(?P<gap>(?:[\s:]+(?!(?i:ngày|hôm|tháng|sáng|chiều|tối|đêm|trưa|từ|đến|tới)(?!\w))"
    r"[^\W\d_][\w.]*){0,4})[\s:]+)"
    rf"(?P<pairs>{_SCORE_LIST}(?:\s*\(\s*(?:[^\W\d_]+\s+){{0,2}}{_SCORE_LIST}\s*\))?)"
    r"(?=\s*(?:[.,;:!?()\]…]|$)|\s+(?:" + "|".join(SCORE_FOLLOWERS) + r")\b|\s+[A-ZĐ])"
)
SCORE_PAIR = re.compile(r"(?P<a>\d{1,2})\s*(?P<sep>[-:])\s*(?P<b>\d{1,2})")
# A colon pair shaped like a clock time: hours up to 23, two digits of minutes.
_CLOCK_PAIR = re.compile(r"(?P<h>\d{1,2})\s*:\s*(?P<m>[0-5]\d)(?!\d)")


def _clock_not_score(m: re.Match[str]) -> bool:
    """A colon pair shaped like a clock time is a score only right after "tỷ số"
    ("tỷ số 21:19"); after any other word of a match it stays a time ("thắng lúc
    7:30", "hướng dẫn 7:30": "dẫn" is a word of a match too)."""
    lead = m["lead"][: len(m["lead"]) - len(m["gap"])]
    right_after = not m["gap"].strip(" :") and re.match(r"(?i:t[ỷỉ]\s+số)", lead.strip(" :"))
    return not right_after and any(int(c["h"]) <= 23 for c in _CLOCK_PAIR.finditer(m["pairs"]))


def _scores(text: str) -> list[re.Match[str]]:
    return [m for m in SCORE.finditer(text) if not _clock_not_score(m)]


# "Bảng A: Việt Nam 3-1 Lào": a pair between two names, in a line about a match.
_TEAM_SCORE = re.compile(
    rf"(?P<lead>(?<!\w)[A-ZĐ][^\W\d_]*\s+)(?P<pairs>{_SCORE_PAIR})(?=\s+[A-ZĐ][^\W\d_])"
)
_MATCH_WORDS = re.compile(
    r"(?<!\w)(?i:trận|bảng|vòng đấu|đội|đội tuyển|tuyển|cầu thủ|hiệp|bàn thắng|ghi bàn"
    r"|bán kết|chung kết|tứ kết|sân)(?!\w)"
)


def _team_scores(text: str) -> list[re.Match[str]]:
    if _MATCH_WORDS.search(text) is None:
        return []
    return list(_TEAM_SCORE.finditer(text))


def read_scores(text: str, dialect: Dialect) -> str:
    """Say every score of ``text`` "a - b", before any date or range rule sees it."""

    def said(m: re.Match[str]) -> str:
        return m["lead"] + SCORE_PAIR.sub(
            lambda p: f"{read_int(int(p['a']), dialect)} - {read_int(int(p['b']), dialect)}",
            m["pairs"],
        )

    text = SCORE.sub(lambda m: m[0] if _clock_not_score(m) else said(m), text)
    if _team_scores(text):
        text = _TEAM_SCORE.sub(said, text)
    return text


def score_pairs(text: str) -> list[re.Match[str]]:
    """The pairs of ``text`` that are match scores (SCORE, or a pair between two names
    in a line about a match), each as a SCORE_PAIR match."""
    return [
        p
        for m in [*_scores(text), *_team_scores(text)]
        for p in SCORE_PAIR.finditer(text, m.start("pairs"), m.end("pairs"))
    ]


# "5/10 khu vực", "10/11 huyện": so many out of so many, "trên".
SHARE = re.compile(
    r"(?<![\d/.,])(?P<a>\d{1,3})/(?P<b>\d{1,3})(?![\d/]|,\d)"
    r"(?P<tail>\s+(?:khu vực|huyện|xã|quận|tỉnh|phường|thị xã|thành phố|địa phương|đơn vị"
    r"|trường|bệnh viện|trạm|điểm|tiêu chí|chỉ tiêu|hộ|thôn|bản|sở|ngành|dự án|nhiệm vụ"
    r"|chi bộ|chi đoàn|chi hội|đảng bộ|tổ chức cơ sở đảng|đại biểu|đảng viên|thành viên"
    r"|học sinh|thí sinh"
    r"|giáo viên|cán bộ|doanh nghiệp|hợp tác xã|công trình|hạng mục|khu dân cư|tổ dân phố"
    r"|ấp|làng|cụm|mục tiêu|nội dung|môn|phòng|khoa|tuyến|vụ việc"
    # Round 8: a rating out of so many stars, questions, matches ("đạt 4/5 sao OCOP").
    r"|sao|câu|trận|ván|dân tộc)\b)"
)
# "có 2/7 nhóm hàng", "gồm 3/5 xã": after a word that gives a count, x/y before
# the thing counted is so many out of so many, "hai trên bảy", whatever the noun
# (SHARE lists nouns; this is the same share known by the word before it). A date
# is not what "có" counts: "có ngày 2/7" keeps its "ngày", and a date goes on
# with words of time or place, never straight into a noun.
_COUNT_LEAD = re.compile(r"(?<!\w)(?i:có|gồm|trong số)\s+$")
_COUNTED_PAIR = re.compile(r"(?<![\w/.,])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|,\d)")
_NEXT_WORD = re.compile(r"\s+(?P<w>[^\W\d_]+)")
_DATE_GOES_ON = frozenset(
    "năm vừa tới này nay đến và hoặc là tại ở lúc trở sẽ đã của theo với cho thì mà để "
    "hàng hằng âm dương sáng trưa chiều tối đêm".split()
)


_CHANGE_LEADS = frozenset("giảm tăng bằng còn".split())


def _is_fraction(m: re.Match[str]) -> bool:
    """Whether a match of _FRACTION is read as a fraction ("hai phần ba")."""
    if not (m["lead"] or m["tail"]):
        return False
    if m["lead"] and m["lead"].split()[0].casefold() in _CHANGE_LEADS:
        # "giảm 1/3 so với trước", "còn 1/4": a half, a third or a quarter of what
        # changed; a larger share after these words ("tăng 12/15") is not guessed.
        return m["tail"] is not None or (int(m["a"]) < int(m["b"]) <= 4)
    if (
        m["lead"]
        and m["lead"].split()[0].casefold() in ("khoảng", "hơn", "gần")
        and m["tail"] is None
        and int(m["b"]) > 12
        and (
            _NOUN_AFTER.match(m.string, m.end())
            # a headline in capitals: "HƠN 42/63 TỈNH, THÀNH" (review14: "phần")
            or (
                m["lead"].isupper()
                and (caps := _CAPS_NOUN_AFTER.match(m.string, m.end())) is not None
                and caps["w"].isupper()
            )
        )
    ):
        # "khoảng 42/63 tỉnh, thành": so many of a counted whole (the provinces), said
        # "trên" as "có 42/63 tỉnh" is; a share is of a few parts ("khoảng 1/3 số hộ").
        return False
    if m["lead"] and m["lead"].split()[0].casefold() in ("trên", "dưới"):
        # "trên 1/2 mặt cầu": over half; "trên" before a larger first number
        # ("trên 20/11") is not a share of anything.
        before_noun = m["tail"] is not None or _NOUN_AFTER.match(m.string, m.end())
        if int(m["a"]) >= int(m["b"]) or not before_noun:
            return False
    return True


def _fraction_words(m: re.Match[str], dialect: Dialect) -> str:
    denominator = int(m["b"])
    spoken = "tư" if denominator == 4 else read_int(denominator, dialect)
    return f"{read_int(int(m['a']), dialect)} phần {spoken}"


def read_as_fraction(text: str, m: re.Match[str]) -> bool:
    """Whether the reader says the x/y matched in ``text`` as a fraction: after
    or before the words of _FRACTION ("chiếm 2/3", "1/4 số hộ"), or a half, a
    third or a quarter counted after "có" ("có 1/3 người dân")."""
    for f in _FRACTION.finditer(text, max(0, m.start() - 20), m.end()):
        if f.start("a") == m.start() and _is_fraction(f):
            return True
    # SHARE's nouns are read 'trên' first ("có 2/3 xã": two of the three).
    return counted_share(text, m) and int(m["b"]) <= 4 and not SHARE.match(text, m.start())


def counted_share(text: str, m: re.Match[str]) -> bool:
    """Whether the x/y matched in ``text`` is a share counted after "có", "gồm"."""
    before = text[max(0, m.start() - 20) : m.start()]
    if int(m["a"]) > int(m["b"]) or not _COUNT_LEAD.search(before):
        return False
    after = _NEXT_WORD.match(text, m.end())
    return after is not None and after["w"].islower() and after["w"] not in _DATE_GOES_ON


def _counted(m: re.Match[str], dialect: Dialect) -> str:
    if not counted_share(m.string, m):
        return m[0]
    if int(m["b"]) <= 4:
        # A half, a third, a quarter: "có 1/3 người dân" "một phần ba".
        return _fraction_words(m, dialect)
    return f"{read_int(int(m['a']), dialect)} trên {read_int(int(m['b']), dialect)}"


# "tỉ lệ “chọi” ... gần 1/4 ... và 1/3,7", "tỉ lệ chọi khoảng 1/1,7": after "tỉ lệ
# chọi", one place for so many candidates is a ratio, "một trên bốn", never the
# first of April nor a quarter; the sentence goes on to its full stop.
_CONTEST = re.compile(r"(?i:\bt[ỉỷ]\s+lệ\s*[“”\"']?\s*chọi\b)(?:[^.!?]|[.,]\d)*")
_CONTEST_RATIO = re.compile(
    r"(?<![\d/.,])(?P<lead>(?i:\b(?:ngày|sáng|chiều|tối|đêm|trưa|từ|đến)\s+))?"
    r"(?P<a>1)\s*/\s*(?P<b>\d{1,3}(?:,\d{1,2})?)(?![\d/]|[.,]\d)"
)
_DATE_WORD_BEFORE = re.compile(r"(?i:\b(?:ngày|sáng|chiều|tối|đêm|trưa|từ|đến|hôm nay))\s*$")
_DAY_MONTH = re.compile(
    rf"(?:(?P<ngay>\b(?i:ngày))\s+|(?P<time>\b(?i:{_TIME_OF_DAY})(?:\s+|\s*\(\s*)))?(?P<d>{_D})/(?P<m>{_M})(?![\d/]|,\d)"
)
# "hoạt động 24/7": round the clock, "hai mươi tư trên bảy", never the 24th of July.
_ROUND_THE_CLOCK = re.compile(r"(?<![\d/])24/7(?![\d/])")
# "tiếp nhận 24/24h", "trực 24/24 giờ", "làm việc 8h/24h": so many hours out of
# the day's 24, never a choice between two clock times ("hoặc").
HOURS_OF_DAY = re.compile(
    r"(?<![\d/:.,])(?P<a>\d{1,2})(?P<h>\s?(?:h|giờ))?\s*/\s*(?P<b>24)\s*(?:h|giờ)(?!\w)"
)
# "mở cửa 7/7 ngày", "5 ngày/7 ngày": so many days out of the week's 7, never the
# 7th of July ("ngày 7/7" before the number is a date).
DAYS_OF_WEEK = re.compile(
    r"(?<![\d/:.,])(?<![Nn]gày )(?P<a>[1-7])(?P<d>\s?ngày)?\s*/\s*7\s*ngày(?!\w)"
)
# "Ngày 22 /7": a stray space around the slash of a date that "ngày" introduces.
# "ngày 05/ 5/ 2021": the space after the slash too, before a year set apart the same
# way (_SPACED_YEAR joins it; round 11, part AE: "năm một năm trên …").
_SPACED_SLASH = re.compile(
    rf"(?P<ngay>\b(?i:ngày)\s+)(?P<d>{_D})(?:\s+/\s*|/\s+)(?P<m>{_M})"
    r"(?:(?![\d/])|(?=\s*/\s*(?:19|20)\d\d(?![\d/])))"
)
# "28/09 /2021", "26/11/ 2003": a date whose year a stray space (a PDF's, a
# typist's) has set apart; the space is not heard.
_SPACED_YEAR = re.compile(rf"(?P<dm>{_D}/{_M})(?:\s+/\s*|/\s+)(?P<y>(?:19|20)\d\d)(?![\d/])")
# "T7, 02/03/2024", "CN, 05/03": a page's dateline with the weekday abbreviated.
_WEEKDAY_SHORT = re.compile(
    r"(?<![\w./-])(?P<w>T[2-7]|CN)(?P<sep>\s*,\s*|\s+)(?=\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/]))"
)
_WEEKDAY_NAMES = {
    "T2": "Thứ hai", "T3": "Thứ ba", "T4": "Thứ tư", "T5": "Thứ năm",
    "T6": "Thứ sáu", "T7": "Thứ bảy", "CN": "Chủ nhật",
}  # fmt: skip
# "ngày 4 Tết" (the fourth day of the lunar New Year) is a day like "ngày 4 tháng
# Giêng", with "mồng" (was "ngày bốn tết", silently; round 10).
_DAY_WORD = re.compile(rf"(?P<ngay>\b(?i:ngày))\s+(?P<d>{_D})(?=\s+(?:[Tt]háng|[Tt]ết|TẾT)\b)")
_MONTH_WORD = re.compile(rf"(?P<thang>\b(?i:tháng))\s+(?P<m>{_M})(?![\d])(?![.,]\d)")
# "Nhằm ngày thứ hai, 10 tháng giêng năm Giáp Thìn", "19 tháng chạp": a number before
# the lunar months that have a name of their own is a day of that month, with its
# "mồng" (days 1 to 10) though no "ngày" stands before it: a count of months is never
# followed by "giêng" or "chạp" (was "mười tháng giêng", silent; round 12, part AK).
# "từ 8 - 10 tháng Giêng", "2 hoặc 3 tháng chạp": each day of a span or a list before
# such a month is a day too, the dash "đến".
_DAY_OF_NAMED_MONTH = re.compile(
    rf"(?<![\w.,/-])(?<!(?i:mùng) )(?<!(?i:mồng) )(?<!(?i:ngày) )"
    rf"(?P<days>{_D}(?:\s*(?:[-–,]|(?<!\w)(?:đến|và|hoặc)(?!\w))\s*{_D}){{0,6}})"
    r"(?=\s+(?i:tháng)\s+(?i:giêng|chạp)(?!\w)"
    # "trong 2 tháng chạp và giêng", "cả 3 tháng chạp, giêng, hai": a count of months
    # named one after another, no day (review15: "mồng hai tháng chạp", silent)
    r"(?!\s*(?:,|và|hoặc|[-–])\s*(?:(?i:tháng)\s+[^\W\d_]+|(?i:giêng|chạp))(?!\w)))"
)
_DAYS_APART = re.compile(r"\s*([-–,]|(?<!\w)(?:đến|và|hoặc)(?!\w))\s*")


def _days_of_named_month(m: re.Match[str], dialect: Dialect) -> str:
    parts = _DAYS_APART.split(m["days"])
    said = [read_day(int(p), dialect) for p in parts[::2]]
    joins = [" đến " if j in "-–" else ", " if j == "," else f" {j} " for j in parts[1::2]]
    return said[0] + "".join(j + d for j, d in zip(joins, said[1:], strict=True))


# Minutes are two digits, or one written straight after "h" ("14h8" is 14:08).
_CLOCK_H = re.compile(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-4])\s*(?:h|giờ)\s*(?P<m>[0-5]\d|(?<=h)\d(?!\d))(?:\s*(?:phút|p|'|′|’)|h)?(?![\w]|[-/]\d{1,2}(?![\dh:]|\s*giờ))"
)
# "11-14h": a span of hours with "h" written once, said once: "mười một đến mười bốn giờ".
_HOUR_SPAN = re.compile(r"(?<![\d:.,/-])(?P<a>[01]?\d|2[0-4])\s*-\s*(?P<b>[01]?\d|2[0-4])h(?![\w])")
# "21g ngày 7/9", "21g30": some papers write "g" (giờ) for "h". Without minutes
# it is an hour only before a date, or after "lúc", "từ"... and before a time of
# day ("lúc 6g sáng"): "uống 2g sáng và tối" is a dose in grams.
_CLOCK_G = re.compile(r"(?<![\d:.,])(?P<h>[01]?\d|2[0-4])g(?P<m>[0-5]\d)?(?![\w])")
_G_DATE_AFTER = re.compile(r"\s+ngày\s+\d")
_G_TIME_BEFORE = re.compile(r"\b(?i:lúc|vào|từ|đến|tới|trước|sau|hồi|khoảng)\s+$")
_G_TIME_AFTER = re.compile(r"\s+(?i:sáng|trưa|chiều|tối|đêm|rạng sáng|hôm)\b")


# "từ 7g30 đến 11g": the far end of a span that a clock time opens is a clock time too.
_G_SPAN_BEFORE = re.compile(
    r"\d{1,2}g\d{2}\s*(?:-|\u2013|(?i:đến|tới))\s*$|\d{1,2}g\d{2}\s+(?i:đến|tới)\s+$"
)


def _is_g_clock(m: re.Match[str]) -> bool:
    if m["m"] or _G_DATE_AFTER.match(m.string, m.end()):
        return True
    before = m.string[max(0, m.start() - 12) : m.start()]
    if _G_SPAN_BEFORE.search(before):
        return True
    return bool(_G_TIME_BEFORE.search(before) and _G_TIME_AFTER.match(m.string, m.end()))


_CLOCK_BARE_H = re.compile(r"(?<![\d:.,])(?P<h>\d{1,3})h(?![\w])")
_CLOCK_COLON = re.compile(r"(?<![\d:.,])(?P<h>[01]?\d|2[0-4]):(?P<m>[0-5]\d)(?![\d:])")
# Read clock times are fenced with this mark until a range "7h30 - 11h" is joined.
_FENCE = "\x00"
_CLOCK_RANGE = re.compile(rf"{_FENCE}([^{_FENCE}]*){_FENCE}\s*-\s*{_FENCE}([^{_FENCE}]*){_FENCE}")
# "từ 19 giờ ngày 20.10 - 7 giờ ngày 21.10": after "từ", a dash between a date
# already said and the time or date that ends the span is "đến".
_DATE_THEN_DASH = re.compile(
    r"(?P<a>\btháng\s+(?:mười\s+một|mười\s+hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
    rf"\s+-\s+(?={_FENCE}|\d{{1,2}}\s*(?:giờ|h)(?!\w)|[Nn]gày\s)"
)
_SPAN_OPENED = re.compile(r"\b(?i:từ)\b[^,;.()\-]*$")
# "từ 13 giờ 30 - 17 giờ", "13 giờ - 17 giờ 30": an hour written with "giờ" and no
# minutes, on one side of a dash whose other side is a clock time, is an end of a
# span of clock times like "7h30 - 11h"; it is fenced so that the span says "đến".
_HOUR_WORD = r"(?<![\d:.,])(?P<h>[01]?\d|2[0-4])\s*giờ(?![\w])"
_HOUR_BEFORE_DASH = re.compile(
    rf"{_HOUR_WORD}(?=\s*-\s*(?:{_FENCE}|(?:[01]?\d|2[0-4])\s*giờ(?![\w])))"
)
_HOUR_AFTER_DASH = re.compile(rf"(?<={_FENCE})(?P<dash>\s*-\s*){_HOUR_WORD}")

# The year an edition was held, joined to its number by a dash: "lần thứ IX-năm
# 2022", "lần VIII-2012". Said after a pause, with "năm".
_EDITION_YEAR = r"\s*-\s*(?:năm\s+)?(?P<y>(?:19|20)\d\d)(?!\d)"
_ORDINAL = re.compile(
    # "LẦN THỨ I" in a headline in capitals too (was left "I", silently; round 10).
    # "thứ 2.000 của thế giới": a rank in thousands, its groups set off by full stops
    # (round 12: "thứ hai. không không không", listed).
    r"(?P<thu>\b(?:[Tt]hứ|THỨ))\s+(?P<n>[1-9]\d{0,2}(?:\.\d{3})+(?![\d.,]\d|\d)|\d+|[IVXL]+)"
    r"(?![\w])"
    rf"(?:{_EDITION_YEAR}|\s*-\s*(?P<n2>\d+)(?![\w]))?"
)
_ROMAN_TRIGGER = re.compile(
    r"(?P<word>\b(?i:khóa|khoá|quý|quí|đại hội|phần|chương|mục|thế kỷ|kỳ|giai đoạn|điều"
    # Medical ranks and grades: "bác sĩ chuyên khoa I", "bệnh viện hạng II", "tuyến III".
    r"|chuyên khoa|hạng|loại|cấp|tuyến|bậc|cơ sở"
    # A hospital numbered in Roman numerals: "Bệnh viện II Lâm Đồng", "bệnh viện
    # hai" as it is said (the Roman numeral is its number, not a grade).
    r"|bệnh viện"
    # The edition of a recurring event: "Hội khỏe Phù Đổng toàn quốc lần VIII";
    # a round of a campaign or a fund drive: "tiếp nhận ủng hộ đợt II".
    r"|lần|đợt"
    # Military regions and corps, numbered in Roman numerals: "Quân khu IV",
    # "Quân đoàn III", "Binh đoàn ... ", "Liên khu V"; wage regions "vùng II".
    r"|quân khu|quân đoàn|binh đoàn|liên khu|vùng"
    # Flood alarm levels in a hydrological bulletin: "trên báo động II 0,10 m";
    # a zone of a national contest: "Hội thi ... toàn quốc khu vực II".
    r"|báo động|khu vực"
    # Wards and urban districts numbered in Roman numerals: "Công an Phường VII",
    # "Quận I", "khu phố IV".
    r"|phường|quận|khu phố"
    # An annex or a form of a legal text: "Phụ lục II kèm theo Thông tư", "Mẫu số III".
    r"|phụ lục|mẫu số|biểu mẫu"
    # Degrees of a burn, grades of a disease: "bỏng độ II", "suy tim độ III" (I to V).
    r"|độ))"
    rf"\s+(?P<r>[IVXL]+)(?![\w])"
    # "độ III–IV", "cấp II-III": two numerals joined by a dash, "ba đến bốn".
    r"(?:\s*[-\u2013]\s*(?P<r2>[IVXL]+)(?![\w]))?"
    # "đợt II/2016", "đợt II/ năm 2016": the round of that year, as "đợt 2/2025" and
    # "quý II/2024" (was "đợt hai trên …", "đợt hai một năm …", silently).
    rf"(?:{_EDITION_YEAR}|\s*/\s*(?:năm\s+)?(?P<ys>(?:19|20)\d\d)(?!\d))?"
)
# "đợi IV năm 2024" (a typo of "đợt"): a Roman numeral of two letters or more standing
# alone before "năm" and a year is a number whatever the word before it.
_ROMAN_BEFORE_YEAR = re.compile(
    # Not the intravenous route: "bắt đầu truyền IV năm 2024" (was "truyền bốn năm …",
    # silent; known in round 10, fixed by review-p1).
    r"(?<![Tt]iêm )(?<![Tt]ruyền )(?<![Đđ]ường )(?<![Dd]ịch )"
    r"(?<![\w./-])(?P<r>(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3}))(?=\s+năm\s+(?:19|20)\d\d(?!\d))"
)
# "khoá XI, XII", "đợt 1 và II": a list after a word that takes a Roman numeral; the
# numerals after the first are of the same word (the first is read by the rules above).
_ROMAN_LIST = re.compile(
    _ROMAN_TRIGGER.pattern.split(r"\s+(?P<r>")[0]
    + r"\s+(?:[IVXL]+|\d{1,2})(?![\w])(?P<tail>(?:\s*(?:,|và)\s*[IVXL]+(?![\w]))+)"
)
_LISTED_ROMAN = re.compile(r"[IVXL]+")
# "khóaXII": a word that takes a Roman numeral, the numeral glued on by a typo.
_GLUED_ROMAN = re.compile(
    r"(?P<w>(?<![^\W\d_])(?i:khóa|khoá|lần thứ|lần|đợt|quý|quí|kỳ|giai đoạn|cấp|hạng|độ))"
    r"(?=[IVXL]+(?![\w]))"
)
# "từ hạng iv lên hạng iii" in a headline typed in lower case: after a grade's or a
# part's word, a Roman numeral of two letters or more that no Vietnamese syllable
# spells ("vi", "xi" are syllables) is the numeral (round 10, part AD: was left
# "iv", "iii", listed). One letter ("hạng i", "độ v") stays as written.
_LOWER_ROMAN = re.compile(
    r"(?P<w>(?<![^\W\d_])(?:khóa|khoá|quý|quí|phần|chương|hạng|loại|cấp|tuyến|bậc|đợt|độ))"
    r"(?P<gap>\s+)(?P<r>ii|iii|iv|vii|viii|ix)(?![\w&/-])"
)
_HEADING = re.compile(r"^(?P<r>X{0,3}(?:IX|IV|V?I{0,3}))\s*[.\-:)]\s*(?=\S)")


def _date(day: int, month: int | None, year: str | None, dialect: Dialect) -> str:
    words = "ngày " + read_day(day, dialect)
    if month is not None:
        words += " tháng " + read_month(month, dialect)
    if year is not None:
        words += " năm " + read_int(int(year), dialect)
    return words


def _said_date(said: Said, day: int, month: int | None, year: str | None, dialect: Dialect) -> str:
    """:func:`_date`, each day said with its month recorded in ``said`` for the proof
    list (a "5-6" said as a date, not a span)."""
    if month is not None:
        said.dates.append(SaidDate(day, month))
    return _date(day, month, year, dialect)


def _spaced(m: re.Match[str], words: str) -> str:
    """``words`` for the match, a space added when the writer glued the next word on."""
    return words + " " if m.string[m.end() : m.end() + 1].isalpha() else words


# "Ngày đăng: 08/07/2024", "Ngày ban hành: 05/3": a label that says "ngày" itself;
# the date after its colon is not given a second "ngày".
# "hồi 04 giờ ngày (22/10)": the date in brackets right after "ngày" likewise.
_DAY_LABEL = re.compile(r"(?<!\w)[Nn]gày(?:(?:\s+[^\W\d_]+){0,4}\s*:|\s*\()\s*$")


# "đường 30/4", "Bệnh viện 22/12", "cầu 2/9": a street, a hospital, a bridge named
# after a date is said by its name, "đường ba mươi tháng tư", never "đường ngày …"
# (reading corpus, part C's "đường 14/9"; part S).
PLACE_NAMED_BY_DATE = re.compile(
    r"(?<!\w)(?i:đường|phố|bệnh viện|trường|cầu|công viên|quảng trường|sân vận động"
    r"|nhà máy|xí nghiệp"
    # "trường Mẫu giáo 2/9", "Trường Tiểu học 19/5": a school's level before its name.
    r"|trường\s+(?:mẫu giáo|mầm non|tiểu học|trung học cơ sở|trung học phổ thông"
    r"|THCS|THPT|tiểu học và trung học cơ sở|TH&THCS|TH và THCS))\s$"
)
# "cấm đường 2/9", "sửa đường 14/9": after a verb acting on the road, the date is
# the day of the act ("ngày mồng hai tháng chín"), not the road's name; the proof
# list names it (doubts.py), as a road named after a date is repaired too.
ROAD_WORK_BEFORE = re.compile(
    r"(?<!\w)(?i:cấm|sửa|sửa chữa|rào|chặn|phong tỏa|phong toả|phân luồng|đóng|thông|làm|mở"
    r"|mở rộng|nâng cấp|dọn|thảm|trải|đào|cắt|tắc|ngập)\s+(?i:đường|phố)\s$"
)


# "số 12/5 đường Nguyễn Du", "ngõ 12/34 phố Tam Thanh", "hẻm 123/4, phường 5": a house,
# an alley numbered with a slash, as the street or the ward after it shows; said "mười
# hai trên năm", never a date ("số ngày mười hai tháng năm đường …").
HOUSE_NUMBER = re.compile(
    r"(?P<lead>\b(?i:số nhà|nhà số|số|ngõ|ngách|hẻm|kiệt)\s+)"
    r"(?P<a>\d{1,4})/(?P<b>\d{1,4})(?:/(?P<c>\d{1,4}))?"
    r"(?=\s+(?i:đường|phố|ngõ|ngách|hẻm|kiệt|khu phố|tổ|khóm|ấp)\s|,\s*(?i:đường|phố|ngõ|ngách"
    r"|hẻm|kiệt|phường|xã|thị trấn|khu phố|tổ|khóm|ấp)\s)"
)

# "Ngày 30-4 và 1-5 năm nay": a second day-month joined by "và" to a date that "ngày"
# (or a part of the day) introduces is a date too ("một đến năm", silently, before).
SECOND_DASHED_DATE = re.compile(
    rf"(?P<first>\b(?i:ngày|sáng|chiều|tối|đêm|trưa)\s+{_D}-{_M}\s+(?:và|hoặc)\s+)"
    rf"(?P<d>{_D})-(?P<m>{_M})"
    r"(?![\d/-]|[.,]\d|\s*(?:giờ|h\b|%|km|mm|m\b|ha\b|độ|người|ca\b|tuổi|lần|điểm))"
)


# "trước 30-6", "Đến 15-6 cả nước …": a day-month with a dash that no rule above has
# read, the first number larger than the second, is a date, not a span (a span goes
# up: "ba mươi đến sáu" is no amount); a score ("thắng 3-1") is read elsewhere, and a
# count or a unit after it keeps it a span. Said without "ngày", and listed.
DESCENDING_DAY_MONTH = re.compile(
    rf"(?<![\w/.,-])(?<!(?i:tỷ lệ|tỉ lệ) )(?P<d>{_D})-(?P<m>{_M})"
    r"(?![\w/-]|[.,]\d|\s*(?:giờ|h\b|%|km|mm|cm|m\b|kg|ha\b|độ|người|ca\b|tuổi|phút|ngày"
    r"|tháng|năm|lần|điểm|con|hộ|tấn|triệu|nghìn|ngàn|tỷ|đồng))"
)


# A word of a match a few words before: "thắng 3-1 trên sân khách" is a score.
# Not "kết quả trận": only a score it announces (SCORE, with what may follow a score)
# is one.
_SCORE_BEFORE = re.compile(
    r"(?<!\w)(?i:"
    + "|".join(w.replace("_", r"\s+") for w in SCORE_WORDS if w != "kết_quả_trận")
    + r"|trận|tỷ lệ|tỉ lệ)(?:\s+[^\W\d_]+){0,3}\s+$"
)


def descending_is_score(text: str, start: int) -> bool:
    """A descending pair at ``start`` follows a word of a match (a score, a ratio), or
    is one of a list of scores ("các set 25-23, 25-18")."""
    if _SCORE_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return any(p.start() == start for p in score_pairs(text))


# "Quyết định số 12/5", "số 7/3": after "số" a number with a slash is a number (of a
# document, a house), never a date ("số ngày mười hai tháng năm"); "trên", listed.
NUMBER_WITH_SLASH = re.compile(
    r"(?P<lead>\b[Ss]ố\s+)(?P<a>\d{1,4})/(?P<b>\d{1,3})(?![\d/]|[.,]\d|\s*[-\u2013]\s*\d)"
)


# "học sinh lớp 7/2": after "lớp" a grade, a slash and a number is a class (class 2 of
# grade 7), never a date ("lớp ngày mồng bảy tháng hai", part AC); said "bảy trên hai"
# as after "số", listed (it may be said "bảy hai").
CLASS_WITH_SLASH = re.compile(
    r"(?P<lead>\b(?i:lớp)\s+)(?P<a>[1-9]|1[0-2])/(?P<b>\d{1,2})(?![\d/]|[.,]\d|\s*[-\u2013]\s*\d)"
)


# "trong hai ngày (30/11 và 1/12)": the dates of a bracket that "ngày" opens are all
# introduced by it; the later ones are not given a "ngày" the first was not.
_BRACKETED_DAYS = re.compile(
    r"(?<!\w)[Nn]gày\s*\((?:\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?\s*(?:,|và)){1,6}\s*$"
)


# "Ngày Thương binh - Liệt sĩ 27/7", "ngày Quốc tế Phụ nữ 8/3": the date right
# after the name of a day (a capitalised name after "ngày") is that day's date;
# the name has said "ngày", so it is not said again.
_NAMED_DAY = re.compile(r"(?<!\w)[Nn]gày\s+(?P<name>[^\W\d_]+(?:\s+(?:[^\W\d_]+|[-\u2013]))*?)\s*$")


# "dịp nghỉ lễ Quốc khánh 2/9", "Giỗ Tổ Hùng Vương 10/3": a holiday whose name says the
# day without "ngày"; its date is not given one.
_HOLIDAY = re.compile(
    r"(?<!\w)(?i:quốc khánh|giỗ tổ hùng vương|giải phóng miền nam(?:,? thống nhất đất nước)?"
    r"|quốc tế lao động|quốc tế thiếu nhi|quốc tế phụ nữ|tết độc lập)\s*$"
)


def _after_named_day(before: str) -> bool:
    if _HOLIDAY.search(before):
        return True
    m = _NAMED_DAY.search(before)
    # "ngày quốc tế hạnh phúc 20/3": an international day typed in lower case is a
    # named day too (was given a second "ngày", silently; round 10).
    # "ngày hội Quốc phòng toàn dân 22/12": a festival day ("ngày hội") whose name is
    # capitalised after a lower-case "hội" is a named day too, its name counted after
    # "hội" (round 10, part AD: "22/12" was given a second "ngày"; "22.12"
    # was "hai mươi hai chấm mười hai", warned: see _NAMED_DAY_DM).
    if m is None:
        return False
    words = m["name"].split()
    if len(words) > 1 and words[0] == "hội" and words[1][0].isupper():
        words = words[1:]
    elif not (m["name"][0].isupper() or m["name"].startswith(("quốc tế ", "vì "))):
        return False
    return len(words) <= 6


# "ngày 16/3, 17/3 đến ...", "tức ngày 29/01, 01/2, 02/2", "ngày 12/7 và 13/7": a list
# of dates that one "ngày" introduces; by the time a later date is read the ones
# before it are words. The later dates are not given a "ngày" of their own.
_HOLIDAY_BEFORE = re.compile(r"(?<!\w)(?<![Bb]uổi )(?i:lễ|quốc khánh|giỗ tổ hùng vương)\s+$")
_NUMBER_WORD = rf"(?:{SPOKEN_NUMBER_WORDS}|linh|lẻ|mồng|mùng)"
_SAID_DATE = (
    rf"(?:{_NUMBER_WORD}(?:\s+{_NUMBER_WORD})*\s+tháng\s+{_NUMBER_WORD}(?:\s+{_NUMBER_WORD})*"
    r"|\d{1,2}/\d{1,2}(?:/\d{4})?)"
)
_LISTED_AFTER_DATE = re.compile(
    r"(?<!\w)(?i:ngày|(?<!buổi )lễ|quốc khánh|giỗ tổ hùng vương|đợt)\s+"
    rf"{_SAID_DATE}(?:\s*(?:,|và)\s*{_SAID_DATE})*\s*(?:,|và)\s*$"
)


def named_or_listed_date(before: str) -> bool:
    """Whether the words ``before`` a day/month introduce it as a date: the name of a
    holiday ("nghỉ Lễ", "Quốc khánh") or a list of dates one "ngày" opened ("ngày 16/3, ")."""
    return (
        _HOLIDAY_BEFORE.search(before) is not None
        or _LISTED_AFTER_DATE.search(before[-200:]) is not None
    )


# "các ngày từ 21/02 đến 25/02": "ngày" said before "từ" introduces both ends; no
# second "ngày" before either ("các ngày từ ngày …").
_DAYS_OPENED = re.compile(
    r"(?<!\w)(?i:ngày)\s+(?i:từ)\s+(?:[^,;.()\d]*\d[^,;.()]*?\s(?i:đến|tới)\s+(?:hết\s+)?)?$"
)


def _days_opened(m: re.Match[str]) -> bool:
    return _DAYS_OPENED.search(m.string, max(0, m.start() - 80), m.start()) is not None


def _after_day_label(m: re.Match[str], inside: int = 0) -> bool:
    """Whether a label saying "ngày" stands before the match (``inside``: its own
    first characters, an opening bracket, count as before it)."""
    start = m.start() + inside
    before = m.string[max(0, start - 40) : start]
    return (
        _DAY_LABEL.search(before) is not None
        or (not inside and _after_named_day(before))
        or (not inside and _BRACKETED_DAYS.search(m.string[max(0, start - 80) : start]) is not None)
        or (not inside and _HOLIDAY_BEFORE.search(before) is not None)
        or (
            not inside
            and _LISTED_AFTER_DATE.search(m.string[max(0, start - 200) : start]) is not None
        )
    )


_YEAR_SPAN = re.compile(
    r"(?<![\w/.,-])(?P<open>\(\s*)?(?P<a>(?:1[89]|20)\d\d)\s*[-\u2013]\s*"
    r"(?P<b>(?:1[89]|20)\d\d)(?![\w/-]|[.,]\d)(?P<close>\s*\))?"
)
_NGAY_BEFORE = re.compile(r"(?<!\w)(?i:ngày)\s+$")
_OPENS_BRACKET = re.compile(r"\(\s*$")
_CLOSES_BRACKET = re.compile(r"\s*\)")


# "(tức ngày 08/8 - 13/8 âm lịch)", "nhằm ngày 19/8-21/8": a span in the other
# calendar restating the one before it.
_RESTATED = re.compile(r"(?<!\w)(?i:tức|nhằm)\s+$")
# The span it restates, as written: "từ ngày 29/9 đến 04/10/2025", "từ 14/9 - 16/9/2022".
_RESTATED_SPAN = re.compile(
    r"(?<!\w)(?i:từ)\s+(?P<ngay>(?i:ngày)\s+)?\d{1,2}[/.-](?P<m1>\d{1,2})(?:[/.-]\d{2,4})?"
    r"\s*(?:đến|-)\s*(?:(?i:ngày)\s+)?\d{1,2}[/.-](?P<m2>\d{1,2})(?P<y2>[/.-]\d{2,4})?"
)


def _restated_says_second_ngay(text: str, start: int, end: int) -> bool:
    """Whether the span written before a restated one, between ``start`` and ``end``, is
    said with "ngày" before its second end: unless "ngày" is written and one month with
    no year closes it ("từ ngày 26/4-30/4"), as ``read_calendar`` reads it."""
    spans = list(_RESTATED_SPAN.finditer(text, start, end))
    if not spans:
        return False
    last = spans[-1]
    return not (last["ngay"] and int(last["m1"]) == int(last["m2"]) and not last["y2"])


_LINE_OPENING = re.compile(r"(?:^|:)[\s\-\u2013*•+]*$")


_SENTENCE_END = re.compile(r"[.;!?\n](?!\d)")


def _sentences_saying_second_ngay(text: str) -> set[int]:
    """The sentences of ``text`` (by the index of the sentence end before them) that
    hold a span of days saying "ngày" before its second end.

    Only the plainest such span is looked for: "từ ngày 14 - 16/9/2022", one month
    and a year after "từ ngày" (the seed plan's "từ ngày 01 - 28/02/2025"), which
    ``read_calendar`` reads "từ ngày … đến ngày …". Found once per text, so that a line
    of many spans stays linear."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text)]
    found: set[int] = set()
    for other in _RANGE.finditer(text):
        if (
            other["tu"]
            and other["ngay"]
            and other["m1"] is None
            and other["y2"]
            and not _NGAY_BEFORE.search(text, max(0, other.start() - 8), other.start())
        ):
            found.add(bisect.bisect_right(ends, other.start()))
    return found


def _opens_line(m: re.Match[str]) -> bool:
    """Whether the match opens its line (after a list mark) or follows a colon."""
    return _LINE_OPENING.search(m.string, 0, m.start()) is not None


def _fills_bracket(m: re.Match[str]) -> bool:
    """Whether the match stands alone between "(" and ")"."""
    before = m.string[max(0, m.start() - 4) : m.start()]
    return (
        _OPENS_BRACKET.search(before) is not None
        and _CLOSES_BRACKET.match(m.string, m.end()) is not None
    )


def _with_ngay(ngay: str | None, words: str) -> str:
    """Keep the writer's own "ngày"/"Ngày" instead of adding a second one."""
    return (ngay + words[len("ngày") :]) if ngay else words


def _clock(hours: int, minutes: int, dialect: Dialect) -> str:
    words = read_int(hours, dialect) + " giờ"
    if minutes:
        words += " " + read_int(minutes, dialect) + " phút"
    return words


# "quý 1/2025", "quý II-2024", "quý 1.2017": a quarter and its year ("Quí", the older
# spelling, as well: round 12, "Quí I năm 2016" left "I", silent).
_QUARTER = re.compile(
    r"(?P<q>\b[Qq]u[ýí])\s+(?P<n>[IV]{1,3}|[1-4])(?:\s*[/-]\s*|\.)(?P<y>\d{4})(?![\d/]|[.,]\d)"
)
# "tuần 43/2022": week 43 of the year, as health statistics number their weeks;
# "đợt 2/2025": the second round of a campaign in that year (a vaccination drive,
# a clean-up month), like "quý 1/2025", never the month of February.
_WEEK_OF_YEAR = re.compile(
    # "lần 3/2024", "phiên 2/2025": the third time, the second sitting of that year too
    # (was "lần tháng ba năm …", silently; round 10).
    r"(?P<w>\b(?:[Tt]uần|[Đđ]ợt|[Ll]ần|[Pp]hiên))\s+(?:thứ\s+)?(?P<n>[1-9]|[1-4]\d|5[0-3])\s*/\s*"
    r"(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# "tháng 4 - 5/2012": two months of one year, "tháng tư đến tháng năm năm …".
_MONTH_SPAN = re.compile(
    rf"(?P<thang>\b(?i:tháng))\s+(?P<m1>{_M})\s*-\s*(?P<m2>{_M})/(?P<y>(?:19|20)\d\d)(?![\d/])"
)
# "từ tháng 6-8, thời điểm …": two months joined by a dash after "tháng", no year, the
# first before the second, are a span too, "tháng sáu đến tháng tám" (round 11: said
# "tháng sáu - tám" while the proof list said "đến"). Not before a unit or a count.
_MONTH_SPAN_BARE = re.compile(
    rf"(?P<thang>\b(?i:tháng))\s+(?P<m1>{_M})\s*[-\u2013]\s*(?P<m2>{_M})"
    r"(?![\d/.-]|[,.]\d|\s*(?:giờ|h\b|%|tuổi|người|lần|ngày|năm(?!\s+(?:nay|sau|trước|tới|qua|\d))|tháng|triệu|nghìn|kg|tấn"
    r"))"
)
# "mỗi tháng 2-3 đợt", "hằng tháng 1-2 cm", "1 tháng 4-5 triệu đồng": after "tháng" as
# the period that counts, the pair is how many, "hai đến ba" (review12: "mỗi tháng hai
# đến tháng ba đợt" by the rule above, "tháng một âm hai xen-ti-mét", "tháng tư - năm
# triệu", silent or warned as a span of months).
_PER_MONTH_COUNT = re.compile(
    r"(?P<lead>(?<!\w)(?i:mỗi|hằng|hàng|một|1)\s+(?i:tháng)\s+)(?P<a>\d{1,3})\s*[-\u2013]\s*"
    r"(?P<b>\d{1,3})(?![\d/.-]|[,.]\d)(?=\s+[^\W\d_])"
)
# "Từ tháng 9/2020 - 2/2021": after "từ", two months with their years joined by a
# dash are a span, "từ tháng chín năm … đến tháng hai năm …" (the second "tháng" said
# though not written); it was said with a pause, and no warning. Only when the second
# comes later; without "từ" the dash stays a pause.
_FROM_MONTH_YEAR_SPAN = re.compile(
    rf"(?P<lead>\b(?i:từ)\s+)(?P<thang>(?i:tháng))\s+(?P<m1>{_M})\s*/\s*(?P<y1>(?:19|20)\d\d)"
    rf"\s*-\s*(?:(?i:tháng)\s+)?(?P<m2>{_M})\s*/\s*(?P<y2>(?:19|20)\d\d)(?![\d/]|[.,]\d)"
)
_MONTH_YEAR_DASH = re.compile(
    # A full stop after the year ends the sentence ("… trong tháng 12-2025."; it was
    # "tháng mười hai - hai nghìn …"; round 10); one before a digit does not.
    rf"(?P<thang>\b(?i:tháng))\s+(?P<m>{_M})[-.](?P<y>(?:19|20)\d\d)(?![\d/-]|[.,]\d)"
)
# "từ đầu năm đến 10-2019": a month and year, the "tháng" said though not written.
_BARE_MONTH_YEAR = re.compile(
    rf"(?P<lead>\b(?i:đến|từ|cuối|đầu|giữa|hết|trong)\s+)(?<![\d/.,-])(?P<m>{_M})-(?P<y>(?:19|20)\d\d)"
    r"(?![\d/-]|\.\d)"
)
# A day and month written with "-" or "." after a word that names a day or a
# time of day: "ngày 3-9", "sáng 2.9", "tối 15.5 - 16.5", "lễ 2-9".
_DAY_WORDS = (
    r"ngày|sáng|chiều|tối|đêm|trưa|khuya|lễ|quốc khánh|hôm nay|sáng nay|chiều nay|tối nay|trưa nay"
    r"|đêm nay|rạng sáng|rạng sáng nay|sáng sớm|chiều tối|đêm qua|hôm qua|giờ"
    # "Sáng qua (8-9)", "Tối qua 22-8": yesterday's part of the day, as _TIME_OF_DAY
    # has it ("Sáng qua 8-9, Đoàn …" was "tám đến chín"; the proof list took any "qua",
    # "tuần qua" too, for a day's word).
    r"|sáng qua|chiều qua|tối qua|trưa qua"
    # "đến 13 giờ ngày mai 26.11", "rạng sáng mai 26.11": tomorrow, in forecasts.
    r"|ngày mai|sáng mai|chiều mai|tối mai|đêm mai|trưa mai"
    # "Huy hiệu Đảng đợt 2-9": the Party badge's rounds are named by their day (3-2,
    # 19-5, 2-9, 7-11), never a span of rounds (was "đợt hai đến chín", warned; round
    # 12, part AK). Other rounds ("đợt 2-3") stay spans.
    r"|(?<=huy hiệu đảng )đợt"
)
# The same words at the end of what comes before a pair: the proof list takes a pair
# after them for a date the words decide (doubts.py), so it asks the reader's words.
DATE_WORD_BEFORE = re.compile(rf"(?i:\b(?:{_DAY_WORDS}))[\s(,]*$")
_DM = rf"(?P<d>{_D})(?P<sep>[-.])(?P<m>{_M})(?:(?P=sep)(?P<y>\d{{4}}))?"
# "mỗi ngày 2-3 viên", "hằng ngày 2 - 3 lần": so many a day, never a date.
_PER_DAY = r"(?<![Mm]ỗi )(?<![Hh]ằng )(?<![Hh]àng )"
# "Sáng nay, 5-6 hội viên đã đến": after the comma that closes "sáng nay", "hôm qua",
# two numbers with a dash before people or things counted are how many, not a date
# (was "mồng năm tháng sáu hội viên", silently; round 10).
_COUNTED_AFTER = re.compile(
    r"\s+(?i:hội viên|thành viên|đoàn viên|đảng viên|hội viên|học sinh|sinh viên|em\b|cháu\b"
    r"|hộ\b|con\b|chiếc|lượt|đơn vị|đội\b|tổ\b|gia đình|người|ca\b|cán bộ|chiến sĩ"
    r"|công nhân|lao động|du khách|khách|xe\b|tàu\b|thuyền\b|ngư dân|nông dân|bệnh nhân)"
)
# Weather counted: "3-4 cơn mưa", "2-3 trận mưa", "2-3 đợt không khí lạnh".
_SHOWERS_AFTER = re.compile(r"\s+(?i:cơn|trận|đợt)(?!\w)")
# The holidays whose day is smaller than their month: "Sáng nay, 1-6 các cháu thiếu
# nhi", "Sáng nay, 2-9 người dân" stay the day (review-p1: "Sáng nay, 1-6 cháu thiếu
# nhi vui Tết" was "một đến sáu cháu", silent).
_ASCENDING_HOLIDAYS = frozenset({("1", "5"), ("1", "6"), ("2", "9")})


def _pair_before_counted(m: re.Match[str]) -> bool:
    """A day word, then two numbers with a dash that may be a span (the first the
    smaller), then things counted: "Sáng nay 3-4 cơn mưa", "Chiều 4-5 đoàn viên"."""
    return (
        m["sep"] == "-"
        and not m["y"]
        and not m["d2"]
        and m["w"].casefold() not in ("ngày", "lễ", "quốc khánh", "giờ")
        and (m["d"].lstrip("0"), m["m"].lstrip("0")) not in _ASCENDING_HOLIDAYS
        # "Chiều nay 5-5 hộ dân", "Sáng nay 12-3 hộ": no span ends where it starts or
        # falls (review15: "năm đến năm hộ dân" was said, silent)
        and int(m["d"]) < int(m["m"])
        and (_COUNTED_AFTER.match(m.string, m.end()) or _SHOWERS_AFTER.match(m.string, m.end()))
        is not None
    )


def _count_range_after_today(m: re.Match[str]) -> bool:
    # Only after "nay", "qua", "mai", which name the day already: after a bare "Sáng",
    # "Chiều" the pair is the dateline's day and month ("Chiều 4-5 đoàn viên ra quân",
    # "Trưa 6-7 tàu cá cập cảng"), as before round 12, and listed (day_or_count; review15:
    # round 12's rule made them "bốn đến năm đoàn viên", silent).
    return _pair_before_counted(m) and m["w"].rstrip(",").casefold().endswith(("nay", "qua", "mai"))


def day_or_count(line: str) -> list[tuple[str, bool]]:
    """ "Chiều 4-5 đoàn viên dọn rác": a bare day word, then a day and a month that may
    be a span, then people or things counted. Read as the date (the dateline's way);
    "bốn đến năm đoàn viên" reads as well, so it is listed (review15). After "hôm nay",
    "hôm qua" the pair is read as so many, but a date follows those words as often
    ("Giá lúa hôm nay 5-6"): listed too. Each with whether it was read as a count."""
    listed = []
    for m in _DAY_MONTH_WORD.finditer(line):
        if _people_counted(m) or not _pair_before_counted(m):
            continue
        count = _count_range_after_today(m)
        if not count or m["w"].rstrip(",").casefold() in ("hôm nay", "hôm qua"):
            listed.append((m["d"] + m["sep"] + m["m"], count))
    return listed


def holiday_or_count(line: str) -> list[str]:
    """ "Sáng nay, 2-9 hộ dân …": a holiday's day and month (1-5, 1-6, 2-9) after the
    comma that closes "sáng nay", "hôm qua", right before people or things counted. It
    stays the day (review-p1), but the text does not decide it: "two to nine households"
    reads as well; listed (round 11, never guessed either way)."""
    return [
        m["d"] + m["sep"] + m["m"]
        for m in _DAY_MONTH_WORD.finditer(line)
        if not _people_counted(m)
        and m["w"].endswith(",")
        and m["sep"] == "-"
        and not m["y"]
        and not m["d2"]
        and (m["d"].lstrip("0"), m["m"].lstrip("0")) in _ASCENDING_HOLIDAYS
        and _COUNTED_AFTER.match(line, m.end())
    ]


_DAY_MONTH_WORD = re.compile(
    rf"{_PER_DAY}(?P<w>\b(?i:{_DAY_WORDS})(?:(?<=nay|qua),)?)\s+{_DM}"
    rf"(?:\s*-\s*(?P<d2>{_D})(?P=sep)(?P<m2>{_M}))?"
    # "người" after a rising pair only (_people_counted): "Sáng nay 30-4 người dân" is
    # the holiday, no span falls (review16: was "ba mươi đến bốn người", listed).
    r"(?![\d/]|[.,]\d|\s*(?:giờ|h\b|%|km|mm|m\b|ha\b|độ|ca\b|tuổi|phút"
    # "nghỉ Quốc khánh 3-4 ngày", "dịp lễ 1-2 triệu lượt khách": so many days, so many
    # visitors (review-p1: "mồng ba tháng tư ngày", silent).
    r"|ngày(?!\s+(?:mai|kia|hôm))\b|tuần|lượt|lần|triệu|nghìn|ngàn|tỷ|tỉ))"
)
_PEOPLE_AFTER = re.compile(r"\s*người\b")


def _people_counted(m: re.Match[str]) -> bool:
    """ "Sáng 3-4 người dân": so many people, read further on as a span; not when the
    first number is the larger or the same ("Sáng nay 30-4 người dân": the date)."""
    return _PEOPLE_AFTER.match(m.string, m.end()) is not None and int(m["d"]) < int(m["m"])


# "nhân ngày vì nạn nhân chất độc da cam 10.8", "Ngày Thầy thuốc Việt Nam 27-2": a day
# and month with "." or "-" right after the name of a day are that day's date, said
# without a second "ngày" (was "mười chấm tám" and listed; round 10). The name as
# _after_named_day takes it, or a cause's day ("ngày vì …"), or a festival day
# ("ngày hội Quốc phòng toàn dân 22.12", round 10, part AD).
_NAMED_DAY_DM = re.compile(
    r"(?P<lead>(?<!\w)[Nn]gày\s+(?:[A-ZĐ]|quốc tế |vì |hội\s+[A-ZĐ])"
    r"[^\W\d_]*(?:\s+[^\W\d_]+){0,5}\s+)"
    rf"(?P<d>{_D})(?P<sep>[-.])(?P<m>{_M})(?:(?P=sep)(?P<y>\d{{4}}))?"
    r"(?![\d/]|[.,]\d|\s*(?:%|(?:giờ|h|km|cm|mm|m|m2|m3|ha|độ|người|ca|tuổi|phút|tấn|tạ|kg|g"
    r"|lít|l|ml|triệu|tỷ|tỉ|nghìn|ngàn|đồng|USD)(?![^\W\d_])))"
)
# Units counted after a named day's pair: "ngày hội Văn hóa 2-3 xã tham gia", "Mấy
# ngày vì mưa lớn 2-3 hộ dân" are so many communes, households (review11: read as
# dates, silent); with _COUNTED_AFTER, the pair is left to the rules of spans.
_GROUPS_AFTER = re.compile(
    r"\s+(?i:xã|phường|thôn|bản|làng|ấp|trường|lớp|đoàn|câu lạc bộ|CLB|nhóm|huyện|tỉnh"
    r"|doanh nghiệp|gian hàng|tiết mục|môn)(?![^\W\d_])"
)
# "(17.10 - 18.11.2021)": a span of two days and months written with full
# stops, the year once at the end; read like the same span written with "/".
_DOTTED_SPAN = re.compile(
    rf"(?P<d1>{_D})(?P<sep>[.-])(?P<m1>{_M})\s*[-\u2013]\s*"
    rf"(?P<d2>{_D})(?P=sep)(?P<m2>{_M})(?P=sep)(?P<y>{_Y})(?![\d.,]\d)"
)
# "Sáng ngày 9 - 9", "ngày 2 - 9 năm 2025": after a word that names a day, a day
# and a month joined by a spaced dash are the same date as "ngày 9-9" (the proof
# list already takes a dash after "ngày" for a date, doubts._AFTER_DATE_WORD).
# Not after "từ", "các", "những" (a span or a list of days may follow), nor with
# a month, a unit or "tháng" after the second number ("ngày 9 - 12 tháng 9").
_SPACED_DAY_MONTH = re.compile(
    rf"(?<![Tt]ừ )(?<!các )(?<!những ){_PER_DAY}"
    r"(?P<w>\b(?i:ngày|sáng|chiều|tối|đêm|trưa|lễ|sáng nay|chiều nay|tối nay|hôm nay))"
    rf"\s+(?P<d>{_D})\s+[-\u2013]\s+(?P<m>{_M})"
    r"(?![\d/]|[.,]\d|\s*(?:tháng|giờ|h\b|%|km|mm|m\b|ha\b|độ|người|ca\b|tuổi|phút|ngày|lần))"
)
# "kết quả tháng 1 - 2021, trong đó": a month and a year set apart by a spaced dash
# after "tháng" are the month of that year, as "tháng 1-2021" is (round 11, part AJ:
# the dash was kept as a pause, "tháng một - hai nghìn …").
_SPACED_MONTH_YEAR = re.compile(
    rf"(?P<w>\b(?i:tháng))\s+(?P<m>{_M})\s+[-\u2013]\s+(?P<y>(?:19|20)\d\d)(?![\d/-]|[.,]\d)"
)
# "trong đêm ngày 6 và tối 7/10": a bare day joined by "và" or a comma to a part
# of a day that carries its month is a day of that month, "ngày mồng sáu".
_DAY_BEFORE_DATED_DAY = re.compile(
    # "Đêm 3 và ngày 4/12": a part of the day before the bare day, likewise; "NGÀY" in
    # capitals too.
    r"(?P<ngay>\b(?:(?i:ngày)|[Đđ]êm|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa))\s+(?P<d>0?[1-9]|10)"
    r"(?=\s*(?:,|và)\s*"
    r"(?i:sáng|trưa|chiều|tối|đêm|rạng sáng|ngày)\s+"
    rf"{_D}[/.-]{_M}(?![\d]|[.,]\d))"
)
_DAY_MONTH_PARENS = re.compile(rf"\(\s*(?P<d>{_D})(?P<sep>[-.])(?P<m>{_M})\s*\)")
# "Chỉ số UV ở mức rất cao (8-10)", "gió cấp 6 (39-49)": a bracket after a level or a
# scale holds the span of that scale, not a date ("ngày mồng tám tháng mười").
_LEVEL_BEFORE = re.compile(
    r"(?<!\w)(?i:mức|cấp|cấp độ|chỉ số|điểm|khoảng|ngưỡng|thang|độ)(?:\s+[^\W\d_]+){0,6}\s*$"
)


def scale_before(line: str, bracket: int) -> bool:
    """Whether a level or a scale is named before the bracket at ``bracket`` ("mức rất
    cao (8-10)"): the bracket holds a span of it, not a date (the proof list asks too)."""
    return _LEVEL_BEFORE.search(line, max(0, bracket - 40), bracket) is not None


# "từ ngày 10 đến 17/5", "Từ 1 đến 16/7", "từ 18 đến 20-9", "từ 13 đến hết 15-2":
# the first number is a day. "từ 1 - 4.8" too (with "/", "từ 1 - 4/8" is a range
# of dates, read further on), unless a unit or a counted word follows ("từ 2 -
# 3.5 độ").
_DAY_SPAN = re.compile(
    rf"(?P<tu>\b(?i:từ))\s+(?P<ngay>ngày\s+)?(?P<d1>{_D})"
    rf"(?:\s+đến\s+(?P<het>hết\s+)?|(?P<dash>\s*-\s*))"
    rf"(?P<ngay2>ngày\s+)?(?P<d2>{_D})(?P<sep>[/.-])(?P<m>{_M})(?:[/.-](?P<y>\d{{4}}))?(?![\d/]|[.,]\d)"
    r"(?!\s*(?:giờ|h\b|%|km|mm|cm|m\b|ha\b|độ|người|ca\b|tuổi|phút|kg|tấn|lần|điểm"
    # "Giá từ 2 đến 3-5 triệu đồng": an amount follows, so "3-5" is a span of
    # amounts and "2" one of them, never "từ mồng hai đến mồng ba tháng năm" (round 10).
    r"|nghìn|ngàn|triệu|tỷ|tỉ|USD|hội viên|thành viên|học sinh))"
)
# "trong 2 ngày 15 – 16.11", "ngày 15-16.11.2024": after "ngày", two days joined
# by a dash before one month written with a full stop or a hyphen are a span of
# days of that month, read like "ngày 15 - 16/11" (never "mười sáu chấm mười một").
_DAY_WORD_SPAN = re.compile(
    rf"(?P<ngay>\b(?i:ngày))\s+(?P<d1>{_D})\s*[-\u2013]\s*(?P<d2>{_D})(?P<sep>[.-])(?P<m>{_M})"
    r"(?:(?P=sep)(?P<y>\d{4}))?"
    r"(?![\d/]|[.,]\d|\s*(?:giờ|h\b|%|km|mm|m\b|ha\b|độ|người|ca\b|tuổi|phút))"
)
# "các ngày 5 và 6 hàng tháng", "ngày 15 hằng tháng": days of every month, no
# month number written; each day is a day of the month ("mồng năm").
_MONTHLY_DAYS = re.compile(
    rf"(?P<ngay>\b(?i:ngày))\s+(?P<days>{_D}(?:\s*(?:,|và|đến|[-\u2013])\s*{_D})*)"
    r"(?=\s+(?:hàng|hằng)\s+tháng\b)"
)
# "từ 19-11 đến hết 26-11", "từ ngày 15-9 đến 19-9": two days and months with
# a hyphen on both sides of "đến" are the two ends of a span of dates; a span of
# numbers is never written as two spans.
# Only with a hyphen: "từ 2.5 đến 3.5 mét" is two decimals.
_NOT_A_UNIT = (
    r"(?![\d/]|[.,]\d|\s*(?:giờ|h\b|%|km|mm|m\b|mét|ha\b|độ|người|ca\b|tuổi|phút|ngày|tuần"
    r"|tháng|năm\b|lần|nghìn|ngàn|triệu|tỷ|tỉ|đồng|cấp))"
)
DATE_TO_DATE = re.compile(
    rf"(?P<tu>\b(?i:từ))\s+(?P<ngay>ngày\s+)?(?P<d1>{_D})(?P<sep>-)(?P<m1>{_M})"
    rf"\s+(?P<den>đến|tới)\s+(?P<het>hết\s+)?(?P<ngay2>ngày\s+)?"
    rf"(?P<d2>{_D})(?P=sep)(?P<m2>{_M})(?:(?P=sep)(?P<y>\d{{4}}))?{_NOT_A_UNIT}"
)
# "từ ngày 09 đến 10 tháng 8": both days of a month written in words.
_DAYS_OF_MONTH_WORD = re.compile(
    rf"(?P<ngay>\b(?i:ngày))\s+(?P<d1>{_D})\s+(?P<j>đến|tới|và)\s+(?P<ngay2>ngày\s+)?"
    rf"(?P<d2>{_D})(?=\s+[Tt]háng\b)"
)
# "từ ngày 5 - 10 tháng 9", "ngày 5-10 tháng 9": two days of one month joined by a
# dash, the month in words after them; a span, each day with its "mồng". Found
# before the day-month rules, which would take "5-10" for the fifth of October.
_DAY_SPAN_OF_MONTH_WORD = re.compile(
    rf"(?P<lead>\b(?:[Nn]gày|[Tt]ừ)\s+)(?P<d1>{_D})\s*[-\u2013\u2014]\s*(?P<d2>{_D})"
    rf"(?=\s+[Tt]háng\s+{_M}(?!\d))"
)


# Several days of one month: "ngày 1 và 2-1-2023", "các ngày 26, 27, 28, 29/6/2024".
_LISTED_DAY = rf"{_D}\s*(?:,|(?:[-\u2013]\s*)?và)\s*"
_DAY_LIST = re.compile(
    # A dash before "và" is a pause: "trong 2 ngày 5 – và 6/2".
    rf"(?P<days>(?:{_LISTED_DAY})++)(?P<d>{_D})(?P<sep>[/.-])(?P<m>{_M})"
    r"(?:(?P=sep)(?P<y>\d{4}))?(?![\d/])"
    # review16: a run of numbers joined by "và" or commas that no date ends ("1 và 1 và
    # …") is passed over whole; tried again from each of its numbers it was quadratic
    # (a later start reaches the same end and fails the same way).
    rf"|(?P<skip>(?:{_LISTED_DAY})++)"
)
# Three days or more of one month joined by dashes, spaced or not, after "ngày":
# "ngày 6 -7 -8.7", "ngày 6-7-8/7". A span has two ends, so three days are a
# list; they are rewritten as "6, 7, 8/7" for _DAY_LIST (each day with "mồng").
_DASHED_DAYS = re.compile(
    rf"(?P<lead>\b(?i:ngày)\s+)(?P<run>{_D}(?:\s*[-\u2013]\s*{_D}){{2,}})(?P<sep>[/.])(?P<m>{_M})"
    r"(?![\d/]|[.,]\d)"
)


# A span of two dates written with full stops, "ngày" said before it: "các ngày
# từ 21.6 đến 24.6", "từ ngày 1.7 đến hết 5.7". Without the word, "từ 2.5 đến
# 3.5" may be two decimals; with it, both ends are dates. The stops become
# dashes so that DATE_TO_DATE reads the span (the second end was "chấm").
_DOTTED_DATE_SPAN = re.compile(
    rf"(?P<lead>(?i:\bngày\s+từ|\btừ\s+ngày)\s+)(?P<d1>{_D})\.(?P<m1>{_M})"
    rf"(?P<mid>\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?)(?P<d2>{_D})\.(?P<m2>{_M})"
    rf"(?=\.?(?:\s|$|[,;:)])){_NOT_A_UNIT}"
)


def _dash_dotted_date_spans(text: str) -> str:
    return _DOTTED_DATE_SPAN.sub(
        lambda m: f"{m['lead']}{m['d1']}-{m['m1']}{m['mid']}{m['d2']}-{m['m2']}", text
    )


# "Ngày 02.3 và 05.3", "từ ngày 10.3 - 10.4; đợt hai từ 10.9 - 10.10": once "ngày"
# has made a day and month written with a full stop a date, the same notation
# joined to it or to another such date in that line by "và", "hoặc", a comma, a
# dash, "đến" or "từ" is a date too (the second was "năm chấm ba", silently; round
# 10). Without that anchor a lone "10.9" stays a doubt (decimal, code or date).
_DOTTED_DATE_ANCHOR = re.compile(rf"\b(?i:ngày)\s+(?:từ\s+)?{_D}\.{_M}(?![\d.,]\d|\.\d)")
# A comma or a dash joins it only right after another day and month ("02.3, 05.3",
# "10.3 - 10.4"); and never before a measure: "nhận 2.5 kg gạo, và 3.5 kg muối",
# "điểm trung bình - 8.5 điểm" are decimals (review-p1: "ngày mồng ba tháng năm
# ki-lô-gam", silent).
_DOTTED_DATE_JOINED = re.compile(
    r"(?P<lead>(?:\b(?i:ngày|và|hoặc|hay|đến|tới|từ)|(?<=\d)\s*[,;\-\u2013])\s*(?:hết\s+)?)"
    rf"(?P<d>{_D})\.(?P<m>{_M})(?![\d.,]\d|\.\d){_NOT_A_UNIT}"
    r"(?!\s*(?:°|%|(?i:kg|g|mg|gam|tấn|tạ|yến|lít|l|ml|cm|dm|km|m|m[²³23]|ha|héc|điểm|đ|usd"
    r"|vnđ|kw|w|v|mét|phần|lượng|chỉ|cây|bàn|ly|inch|feet)(?!\w)))"
)


def _joined_dotted(line: str) -> list[re.Match[str]]:
    """The days and months with a full stop in ``line`` read as dates: one after
    "ngày", one joined right after such a date ("02.3 và 05.3", "10.3 - 10.4"), and a
    span of two opened by "từ" ("từ 10.9 - 10.10"). A number joined to another number
    is a decimal, whatever "ngày" said earlier in the line: "từ 5.2 lên 6.1", "tăng
    6.5 và 7.2", "tỷ số 3.1, 2.2", "phiên bản 2.1 và 3.4" (review-p1: the second was
    "ngày mồng … tháng …", silent)."""
    anchor = _DOTTED_DATE_ANCHOR.search(line)
    if anchor is None:
        return []
    found = list(_DOTTED_DATE_JOINED.finditer(line, anchor.start()))
    dates: list[re.Match[str]] = []
    last_end = -1
    for i, m in enumerate(found):
        lead = m["lead"].strip().casefold()
        joined = last_end >= 0 and not line[last_end : m.start()].strip()
        spans = (
            lead.startswith("từ")
            and i + 1 < len(found)
            and not line[m.end() : found[i + 1].start()].strip()
            and found[i + 1]["lead"].strip().casefold()[:1] in {"-", "\u2013", "đ", "t"}
            and not found[i + 1]["lead"].strip().casefold().startswith("từ")
        )
        if lead.startswith("ngày") or joined or spans:
            dates.append(m)
            last_end = m.end()
    return dates


def joined_dotted_dates(line: str) -> set[int]:
    """Where in ``line`` a day and month with a full stop is read as a date because
    "ngày" anchored that notation before it (see ``_slash_joined_dotted_dates``)."""
    return {m.start("d") for m in _joined_dotted(line)}


def _slash_joined_dotted_dates(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        dates = _joined_dotted(line)
        for m in reversed(dates):
            line = line[: m.start()] + f"{m['lead']}{m['d']}/{m['m']}" + line[m.end() :]
        lines[i] = line
    return "\n".join(lines)


# "các ngày 12,13/3/2025": days listed with commas and no space, before their month.
_DAY_NUMBER = r"(?:0?[1-9]|[12]\d|3[01])"
_COMMA_DAYS = re.compile(
    # A comma after the month that a space follows ends the list ("ngày 12,13/3, 15/3":
    # review9, it was "mười hai phẩy mười ba trên ba", silently); one before a digit
    # does not ("12,13/3,5").
    rf"(?P<lead>\b(?i:ngày)\s+)(?P<run>{_D}(?:,{_DAY_NUMBER})+)(?=[/.-]{_M}(?!\d|,\d))"
)


def _space_comma_days(text: str) -> str:
    def spaced(m: re.Match[str]) -> str:
        days = [int(d) for d in m["run"].split(",")]
        if any(b <= a for a, b in itertools.pairwise(days)) or days[-1] > 31:
            return m[0]  # not days in order: a decimal or a code, left to the other rules
        return m["lead"] + ", ".join(m["run"].split(","))

    return _COMMA_DAYS.sub(spaced, text)


# Two days joined by a dash in a run of days ("ngày 5-6 hàng tháng").
_DASHED_PAIR = re.compile(r"(?P<a>\d+)\s*[-\u2013]\s*(?=(?P<b>\d+))")


def _list_dashed_days(text: str, said: Said) -> str:
    def listed(m: re.Match[str]) -> str:
        days = [int(d) for d in re.split(r"\s*[-\u2013]\s*", m["run"])]
        if any(b <= a for a, b in itertools.pairwise(days)):
            return m[0]  # not in order: a code or a score, left to the other rules
        said.days += itertools.pairwise(days)
        return f"{m['lead']}{', '.join(str(d) for d in days)}/{m['m']}"

    return _DASHED_DAYS.sub(listed, text)


# The words may stand before a bracket around the list: "trong 2 ngày (24 và 25-9-2025)".
_DAY_LIST_LEAD = re.compile(
    rf"(?i:\b(?:{_DAY_WORDS}|các ngày|hai ngày|(?P<mung>mùng|mồng)))\s*\(?\s*$"
)
# "mỗi ngày 2, 3-4 bữa", "hằng ngày 2 và 3-4 lần": "ngày" after these counts days, it
# opens no list of dates (was "mồng hai, mồng ba tháng tư bữa", listed only where no
# unit followed; the proof list asks the same words, doubts.py).
COUNTED_DAYS_BEFORE = re.compile(r"(?<!\w)(?i:mỗi|hằng|hàng|một|vài|mấy)\s+$")
# A list that fills a bracket by itself, "(24 và 25-9-2025)", is a date no word
# introduces: it is read with "ngày", once, before its first day.
_BRACKET_OPEN = re.compile(r"\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*\)")
_DATE_THEN_TIME = re.compile(r"(?<=\d/\d{4})\s+(?=\d{1,2}:\d{2}\b)")
_CLOCK_SECONDS = re.compile(
    r"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])"
)


def _spoken_dates(text: str, dialect: Dialect, said: Said) -> str:
    """Dates written with "-" or "." where the words around say they are dates."""

    def quarter(m: re.Match[str]) -> str:
        n = m["n"]
        value = int(n) if n.isdigit() else parse_roman(n)
        if value is None:
            return m[0]
        return f"{m['q']} {read_int(value, dialect)} năm {read_int(int(m['y']), dialect)}"

    def month_year(m: re.Match[str]) -> str:
        month = read_month(int(m["m"]), dialect)
        return f"{m['thang']} {month} năm {read_int(int(m['y']), dialect)}"

    def from_month_year_span(m: re.Match[str]) -> str:
        first, second = (int(m["y1"]), int(m["m1"])), (int(m["y2"]), int(m["m2"]))
        if second <= first:
            return m[0]
        return (
            f"{m['lead']}{m['thang']} {read_month(first[1], dialect)} năm "
            f"{read_int(first[0], dialect)} đến tháng {read_month(second[1], dialect)} năm "
            f"{read_int(second[0], dialect)}"
        )

    def bare_month_year(m: re.Match[str]) -> str:
        said.number_years.append(SaidNumberYear(int(m["m"]), int(m["y"]), "month"))
        month = read_month(int(m["m"]), dialect)
        return f"{m['lead']}tháng {month} năm {read_int(int(m['y']), dialect)}"

    def day_month_word(m: re.Match[str]) -> str:
        word = m["w"]
        if _people_counted(m):
            return m[0]  # "Sáng 3-4 người": so many, read further on
        if (
            word.endswith(",")
            and m["sep"] == "-"
            and (m["d"].lstrip("0"), m["m"].lstrip("0")) not in _ASCENDING_HOLIDAYS
            and _COUNTED_AFTER.match(m.string, m.end())
            # review16: no span falls or ends where it starts ("Sáng nay, 30-4 người
            # dân", "Hôm qua, 5-5 hộ" were "ba mươi đến bốn", "năm đến năm", listed)
            and int(m["d"]) < int(m["m"])
        ):
            return m[0]  # "Sáng nay, 5-6 hội viên đã đến": so many members, read further on
        if _count_range_after_today(m):
            # "Ngày mai 3-4 cơn mưa rào", "Sáng nay 5-6 hộ dân": with no comma either,
            # two numbers with a dash before things counted are how many (round 12:
            # were "mồng ba tháng tư cơn mưa", silent after "Sáng nay"), read further on.
            return m[0]
        date = _said_date(said, int(m["d"]), int(m["m"]), m["y"], dialect)
        if word.casefold() == "ngày":
            date = word + date[len("ngày") :]
        else:
            date = f"{word} {date[len('ngày ') :]}"
        if m["d2"]:
            date += (
                " đến "
                + _said_date(said, int(m["d2"]), int(m["m2"]), None, dialect)[len("ngày ") :]
            )
        return date

    def parens(m: re.Match[str]) -> str:
        if m["sep"] == "-" and scale_before(m.string, m.start()):
            return m[0]  # "gây hại rất cao (8-10)": a span of a scale, read further on
        date = _said_date(said, int(m["d"]), int(m["m"]), None, dialect)
        return f"({date[len('ngày ') :] if _after_day_label(m, 1) else date})"

    def day_span(m: re.Match[str]) -> str:
        if m["dash"] and m["sep"] == "/":
            return m[0]
        first = read_day(int(m["d1"]), dialect)
        second = _said_date(said, int(m["d2"]), int(m["m"]), m["y"], dialect)[len("ngày ") :]
        # A "ngày" written before the second day is kept after "hết" ("đến hết
        # ngày 15/02") and after "đến" ("từ ngày 11 đến ngày 12-2"): it is
        # written, so it is heard; after a dash the month says it once.
        again = m["ngay2"] if m["ngay2"] and (m["het"] or not m["dash"]) else ""
        return f"{m['tu']} {m['ngay'] or ''}{first} đến {m['het'] or ''}{again}{second}"

    def day_word_span(m: re.Match[str]) -> str:
        d1, d2 = int(m["d1"]), int(m["d2"])
        if d1 >= d2:
            return m[0]
        second = _said_date(said, d2, int(m["m"]), m["y"], dialect)[len("ngày ") :]
        return f"{m['ngay']} {read_day(d1, dialect)} đến {second}"

    def monthly_days(m: re.Match[str]) -> str:
        for pair in _DASHED_PAIR.finditer(m["days"]):
            said.days.append((int(pair["a"]), int(pair["b"])))
        days = re.sub(r"\s*[-\u2013]\s*", " đến ", m["days"])
        days = re.sub(r"\d+", lambda d: read_day(int(d[0]), dialect), days)
        return f"{m['ngay']} {days}"

    def date_to_date(m: re.Match[str]) -> str:
        first = _said_date(said, int(m["d1"]), int(m["m1"]), None, dialect)[len("ngày ") :]
        second = _said_date(said, int(m["d2"]), int(m["m2"]), m["y"], dialect)[len("ngày ") :]
        return (
            f"{m['tu']} {m['ngay'] or ''}{first} {m['den']} {m['het'] or ''}"
            f"{m['ngay2'] or ''}{second}"
        )

    def day_list(m: re.Match[str]) -> str:
        if m["skip"] is not None:
            return m[0]
        before = m.string[max(0, m.start() - 40) : m.start()]
        lead = _DAY_LIST_LEAD.search(before)
        if lead is not None and COUNTED_DAYS_BEFORE.search(before, 0, lead.start()):
            lead = None  # "mỗi ngày 2, 3-4 bữa": so many a day
        led = lead is not None
        bracketed = _BRACKET_OPEN.search(before) is not None and _BRACKET_CLOSE.match(
            m.string, m.end()
        )
        if not (led or bracketed):
            return m[0]
        days = re.sub(r"\d+", lambda d: read_day(int(d[0]), dialect), m["days"])
        if lead is not None and lead["mung"] and lead.end() == len(before):
            # "(mùng 1 và 2/6)", "mồng 5, 6 và 7/6": the written "mùng" says the first
            # day's "mồng"; the others take theirs, and no "ngày" comes in between
            # (was "mùng một và ngày mồng hai tháng sáu", silent; round 11).
            first = re.match(r"\d+", m["days"])
            assert first is not None
            days = read_int(int(first[0]), dialect) + re.sub(
                r"\d+", lambda d: read_day(int(d[0]), dialect), m["days"][first.end() :]
            )
        last = _said_date(said, int(m["d"]), int(m["m"]), m["y"], dialect)[len("ngày ") :]
        return days + last if led else "ngày " + days + last

    def seconds(m: re.Match[str]) -> str:
        # "07:00:00" is "bảy giờ", as "7h00" (corpus conventions, times): zero
        # seconds are not said, nor zero minutes before them; "09:03:15" keeps all.
        h, mi, se = (read_int(int(m[k]), dialect) for k in ("h", "m", "s"))
        if int(m["s"]):
            return f"{h} giờ {mi} phút {se} giây"
        return f"{h} giờ {mi} phút" if int(m["m"]) else f"{h} giờ"

    # A dateline, "11/01/2016 09:03": a pause between the date and the time.
    text = _DATE_THEN_TIME.sub(", ", text)
    text = _CLOCK_SECONDS.sub(seconds, text)
    text = _DAY_LIST.sub(day_list, text)
    text = _QUARTER.sub(quarter, text)
    text = _WEEK_OF_YEAR.sub(
        lambda m: (
            m[0][: m.start("n") - m.start()]
            + f"{read_int(int(m['n']), dialect)} năm {read_int(int(m['y']), dialect)}"
        ),
        text,
    )
    text = _MONTH_SPAN.sub(
        lambda m: (
            f"{m['thang']} {read_month(int(m['m1']), dialect)} đến tháng "
            f"{read_month(int(m['m2']), dialect)} năm {read_int(int(m['y']), dialect)}"
        ),
        text,
    )
    text = _PER_MONTH_COUNT.sub(
        lambda m: (
            f"{m['lead']}{read_int(int(m['a']), dialect)} đến {read_int(int(m['b']), dialect)}"
            if int(m["a"]) < int(m["b"])
            else m[0]
        ),
        text,
    )
    text = _MONTH_SPAN_BARE.sub(
        lambda m: (
            f"{m['thang']} {read_month(int(m['m1']), dialect)} đến tháng "
            f"{read_month(int(m['m2']), dialect)}"
            if int(m["m1"]) < int(m["m2"])
            else m[0]
        ),
        text,
    )
    text = _FROM_MONTH_YEAR_SPAN.sub(from_month_year_span, text)
    text = _MONTH_YEAR_DASH.sub(month_year, text)
    text = _BARE_MONTH_YEAR.sub(bare_month_year, text)
    text = DATE_TO_DATE.sub(date_to_date, text)
    text = _DAY_SPAN.sub(day_span, text)
    text = _DAY_WORD_SPAN.sub(day_word_span, text)
    text = _MONTHLY_DAYS.sub(monthly_days, text)
    text = _DAY_MONTH_WORD.sub(day_month_word, text)
    text = _NAMED_DAY_DM.sub(
        lambda m: (
            m[0]
            if _COUNTED_AFTER.match(m.string, m.end()) or _GROUPS_AFTER.match(m.string, m.end())
            else m["lead"]
            + _said_date(said, int(m["d"]), int(m["m"]), m["y"], dialect)[len("ngày ") :]
        ),
        text,
    )
    return _DAY_MONTH_PARENS.sub(parens, text)


# Lunar and festival dates: "mùng 8-4" (the eighth of the fourth month), "mùng 10/3
# âm lịch", "(tức 15.4 âm lịch)", "nhằm 15.10 âm lịch": after "mùng"/"mồng" (days one
# to ten; the written word is said, no "ngày" before it) or after "tức"/"nhằm" right
# before "âm lịch", a day and month joined by "-", "/" or "." are a date, never a
# range or a decimal.
_MUNG_DATE = re.compile(
    # A comma or a full stop after the month ends the date ("Quốc khánh mùng 2/9.",
    # "sáng mồng 2/9, xã …" were "mồng ngày mồng hai …", silent; review-p1); one before a
    # digit does not.
    rf"(?P<w>\b[Mm][ùồ]ng)\s+(?P<d>{_D})(?P<sep>[-/.])(?P<m>{_M})(?![\d/]|[.,]\d|-\d)"
    r"(?P<dash>-(?=[^\W\d_]))?"
)
_LUNAR_DATE = re.compile(
    rf"(?P<w>\b(?:tức|nhằm))\s+(?P<d>{_D})(?P<sep>[.-])(?P<m>{_M})"
    r"(?=\s*âm lịch\b)"
)
# "trong 3 ngày 22-23-24 tháng 05/2013": three or more days joined by hyphens
# before their month are a list of days, said with pauses. At most the 31 days of a
# month: unbounded, a long run of "1-1-1…" was retried from every day (quadratic).
_DAY_CHAIN = re.compile(
    rf"(?P<days>{_D}(?:-(?:0?[1-9]|[12]\d|3[01])){{2,30}})(?=\s+tháng\b|/{_M}(?!\d))"
)


# "giỗ Tổ 10/3/Giáp Thìn", "(5/1/Ất Tỵ)": a day and a month, then the name of a year of
# the sixty-year cycle (a heavenly stem and an earthly branch) after a slash or a dash:
# a lunar date, said "mồng mười tháng ba Giáp Thìn", never "mười trên ba hoặc Giáp
# Thìn" (silent before). Its first and last months have their lunar names.
_YEAR_NAME = (
    r"(?:Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý)\s+"
    r"(?:Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)(?!\w)"
)
_DATE_OF_NAMED_YEAR = re.compile(
    # After "mùng"/"mồng" the word is said as written (_MUNG_DATE).
    rf"(?<![\w/.,-])(?<![Mm][ùồ]ng )(?P<d>{_D})(?P<sep>[/.-])(?P<m>{_M})(?P=sep)\s?(?={_YEAR_NAME})"
)


def _named_year_date(m: re.Match[str], dialect: Dialect, said: Said) -> str:
    month = int(m["m"])
    said.dates.append(SaidDate(int(m["d"]), month))
    name = {1: "Giêng", 12: "Chạp"}.get(month) or read_month(month, dialect)
    return f"{read_day(int(m['d']), dialect)} tháng {name} "


def _read_festival_days(text: str, dialect: Dialect, said: Said) -> str:
    """Lunar days after "mùng", "tức", "nhằm" or before a year's name; chains of days."""

    def mung(m: re.Match[str]) -> str:
        day = int(m["d"])
        if day > 10:
            return m[0]
        said.dates.append(SaidDate(day, int(m["m"])))
        words = f"{m['w']} {read_int(day, dialect)} tháng {read_month(int(m['m']), dialect)}"
        # "mùng 8-4-Quý Mão": the year's name after a dash, heard after a pause.
        return words + (" - " if m["dash"] else "")

    def lunar(m: re.Match[str]) -> str:
        words = _said_date(said, int(m["d"]), int(m["m"]), None, dialect)[len("ngày ") :]
        return f"{m['w']} {words}"

    text = _DATE_OF_NAMED_YEAR.sub(lambda m: _named_year_date(m, dialect, said), text)
    text = _MUNG_DATE.sub(mung, text)
    text = _LUNAR_DATE.sub(lunar, text)
    return _DAY_CHAIN.sub(lambda m: m["days"].replace("-", ", "), text)


def contest_ratios(line: str) -> dict[int, str]:
    """The "1/b" of a sentence on "tỉ lệ chọi" that the reader says "một trên …"
    (_read_contest_ratios): where each begins, and its written form ("1/1,7")."""
    return {
        c.start() + r.start("a"): r[0][r.start("a") - r.start() :]
        for c in _CONTEST.finditer(line)
        for r in _CONTEST_RATIO.finditer(c[0])
        if not r["lead"]
    }


def _read_contest_ratios(text: str, dialect: Dialect) -> str:
    def ratio(m: re.Match[str]) -> str:
        if m["lead"]:
            return m[0]
        return f"{read_int(1, dialect)} trên {read_numeral(m['b'], dialect)}"

    return _CONTEST_RATIO.sub(ratio, text)


# "từ 19h/10/9 đến 19h/11/9" (the tables of the weather service): an hour, a slash,
# then its day and month: "mười chín giờ ngày mười tháng chín".
_HOUR_SLASH_DATE = re.compile(
    rf"(?<![\d:.,/])(?P<t>(?:[01]?\d|2[0-4])h(?:[0-5]\d)?)\s*/\s*(?P<dm>(?:0?[1-9]|[12]\d|3[01])/{_M}(?:/\d{{4}})?)(?![\d/])"
)
# "Ngày 20-11-25": a day, a month and a year of two digits after "ngày"; the year is
# said as written ("năm hai mươi lăm") and listed (doubts.TWO_DIGIT_YEAR).
TWO_DIGIT_YEAR = re.compile(
    rf"(?P<ngay>(?<!\w)(?i:ngày)\s+)(?P<d>{_D})(?P<sep>[-/.])(?P<m>{_M})(?P=sep)(?P<y>\d{{2}})"
    r"(?![\d/-]|[.,]\d)"
)


# "V.League 2025/26", "năm học 2025/2026", "mùa giải 2024-25": a season or a school
# year across two years. With "/" only two years in a row are a season (said with a
# pause, "hai nghìn không trăm hai mươi lăm - hai nghìn không trăm hai mươi sáu", never
# "trên"); a second year of two digits is said in full ("2021-25" is 2021 to 2025).
_SEASON = re.compile(
    r"(?<![\w/.,-])(?P<a>(?:19|20)\d\d)(?P<sep>[/\-\u2013])(?P<b>(?:19|20)\d\d|\d\d)"
    r"(?![\w/-]|[.,]\d)"
)


def _season(m: re.Match[str], dialect: Dialect) -> str:
    a, b = int(m["a"]), int(m["b"])
    if len(m["b"]) == 2:
        b += a - a % 100
    if b <= a or (m["sep"] == "/" and b != a + 1):
        return m[0]
    if m["sep"] == "/":
        return f"{read_int(a, dialect)} - {read_int(b, dialect)}"
    return f"{a}{m['sep']}{b}"


# A lunar date's first and last months have their own names: "15/1 âm lịch" is "mười
# lăm tháng Giêng", "23/12 âm lịch" "hai mươi ba tháng Chạp".
_LUNAR_MONTH = re.compile(r"(?<!\w)tháng (?P<m>một|mười hai)(?=\s*\(?\s*(?i:âm lịch)\b)")


# Race and swim times with primes: "2h05'30\"" (hours, minutes, seconds), "1'23\"45"
# (minutes, seconds, hundredths), "10\"30" (seconds, hundredths). A digit on both
# sides of the double prime: no quotation mark. Was "năm nghìn không trăm mười hai"
# for "50\"12", silently (round 8).
_PRIME = "['\u2032\u2019]"
_DOUBLE_PRIME = "(?:\"|\u2033|''|\u201d)"
_RACE_TIME = re.compile(
    r"(?<![\d:.,'\u2032\u2019])"
    rf"(?:(?P<h>\d{{1,2}})h(?P<hm>\d{{2}}){_PRIME}(?P<hs>\d{{2}}){_DOUBLE_PRIME}?"
    rf"|(?P<m>\d{{1,2}}){_PRIME}(?P<ms>\d{{2}}){_DOUBLE_PRIME}(?P<mc>\d{{1,2}})?"
    rf"|(?P<s>\d{{1,2}}){_DOUBLE_PRIME}(?P<sc>\d{{1,2}}))(?![\d'\u2032\u2019\"\u2033])"
)


def _race_time(m: re.Match[str], dialect: Dialect) -> str:
    def n(x: str) -> str:
        return read_int(int(x), dialect)

    if m["h"]:
        return f"{n(m['h'])} giờ {n(m['hm'])} phút {n(m['hs'])} giây"
    if m["m"]:
        said = f"{n(m['m'])} phút {n(m['ms'])} giây"
        return said + (f" {n(m['mc'])}" if m["mc"] else "")
    return f"{n(m['s'])} giây {n(m['sc'])}"


# "ở phút 45'", "phút 90+3'": the minute of a match with its prime, not said.
_MATCH_MINUTE = re.compile(r"(?P<p>\b[Pp]hút\s+\d{1,3}(?:\+\d{1,2})?)['\u2032\u2019](?!\w)")


# "tỷ lệ 1/1.000 trẻ": one in so many thousands, a number after the slash grouped in
# thousands is no month ("ngày mồng một tháng một. không không không", round 8).
_PER_THOUSANDS = re.compile(
    r"(?<![\w/.,])(?P<a>\d{1,3})\s*/\s*(?P<b>\d{1,3}(?:\.\d{3})+)(?![\d/]|[.,]\d)"
)


# "Lúc 7.30 sáng", "vào lúc 14.15": a clock time written with a full stop, after "lúc"
# or before a part of the day ("bảy giờ ba mươi"; was "bảy chấm ba mươi", round 8).
DOTTED_CLOCK = re.compile(
    r"(?:(?<=\b[Ll]úc )|(?<=\b[Ll]úc  ))(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d/]|[.,]\d)"
    r"|(?<![\w.,/])(?P<h2>[01]?\d|2[0-3])\.(?P<m2>[0-5]\d)"
    r"(?=\s+(?i:sáng|chiều|tối|trưa|đêm|giờ)\b)"
)


# "ngày 03/ 12/2018", "ngày 03 /12/2018": a stray space at the first slash of a whole
# date with its year, after "ngày"; the date is one ("ngày ba một tháng mười hai …" was
# said, silently).
_SPACED_DATE_SLASH = re.compile(
    rf"(?P<lead>\b(?i:ngày)\s+)(?P<d>{_D})(?:\s+/\s*|/\s+)(?P<m>{_M})/(?P<y>{_Y})(?![\d/])"
)


def read_calendar(text: str, dialect: Dialect, said: Said) -> str:
    """Read date ranges, dates, month-years, day and month words, and clock times;
    ``said`` records the decisions the proof list reports (:mod:`said`)."""
    text = _SPACED_DATE_SLASH.sub(r"\g<lead>\g<d>/\g<m>/\g<y>", text)
    text = DOTTED_CLOCK.sub(lambda m: f"{m['h'] or m['h2']}h{m['m'] or m['m2']}", text)
    text = _PER_THOUSANDS.sub(
        lambda m: (
            f"{read_int(int(m['a']), dialect)} trên "
            f"{read_int(int(m['b'].replace('.', '')), dialect)}"
        ),
        text,
    )
    text = _RACE_TIME.sub(lambda m: _race_time(m, dialect), text)
    text = _MATCH_MINUTE.sub(lambda m: m["p"], text)
    text = read_scores(text, dialect)
    text = _SEASON.sub(lambda m: _season(m, dialect), text)
    text = _HOUR_SLASH_DATE.sub(lambda m: f"{m['t']} ngày {m['dm']}", text)
    text = TWO_DIGIT_YEAR.sub(
        lambda m: (
            m["ngay"] + _said_date(said, int(m["d"]), int(m["m"]), m["y"], dialect)[len("ngày ") :]
        ),
        text,
    )

    def day_span_of_month_word(m: re.Match[str]) -> str:
        if int(m["d1"]) >= int(m["d2"]):
            return m[0]
        said.days.append((int(m["d1"]), int(m["d2"])))
        first, second = read_day(int(m["d1"]), dialect), read_day(int(m["d2"]), dialect)
        return f"{m['lead']}{first} đến {second}"

    text = _DAY_SPAN_OF_MONTH_WORD.sub(day_span_of_month_word, text)
    text = HOUSE_NUMBER.sub(
        lambda m: (
            m["lead"]
            + " trên ".join(read_int(int(n), dialect) for n in (m["a"], m["b"], m["c"]) if n)
        ),
        text,
    )
    text = SECOND_DASHED_DATE.sub(
        lambda m: (
            m["first"] + _said_date(said, int(m["d"]), int(m["m"]), None, dialect)[len("ngày ") :]
        ),
        text,
    )
    text = CLASS_WITH_SLASH.sub(
        lambda m: (
            f"{m['lead']}{read_int(int(m['a']), dialect)} trên {read_int(int(m['b']), dialect)}"
        ),
        text,
    )
    text = NUMBER_WITH_SLASH.sub(
        lambda m: (
            f"{m['lead']}{read_int(int(m['a']), dialect)} trên {read_int(int(m['b']), dialect)}"
        ),
        text,
    )
    text = _CONTEST.sub(lambda m: _read_contest_ratios(m[0], dialect), text)
    text = _list_dashed_days(text, said)
    text = _space_comma_days(text)
    text = _dash_dotted_date_spans(text)
    text = _slash_joined_dotted_dates(text)
    text = _SPACED_DAY_MONTH.sub(lambda m: f"{m['w']} {m['d']}-{m['m']}", text)
    text = _SPACED_MONTH_YEAR.sub(lambda m: f"{m['w']} {m['m']}-{m['y']}", text)
    text = _DAY_BEFORE_DATED_DAY.sub(
        lambda m: f"{m['ngay']} {read_day(int(m['d']), dialect)}", text
    )
    text = _ROUND_THE_CLOCK.sub("hai mươi tư trên bảy", text)
    text = HOURS_OF_DAY.sub(
        lambda m: (
            f"{read_int(int(m['a']), dialect)}{' giờ' if m['h'] else ''} trên "
            f"{read_int(int(m['b']), dialect)} giờ"
        ),
        text,
    )
    text = DAYS_OF_WEEK.sub(
        lambda m: f"{read_int(int(m['a']), dialect)}{' ngày' if m['d'] else ''} trên bảy ngày",
        text,
    )
    text = _SPACED_SLASH.sub(lambda m: f"{m['ngay']}{m['d']}/{m['m']}", text)
    text = _SPACED_YEAR.sub(lambda m: f"{m['dm']}/{m['y']}", text)
    text = _WEEKDAY_SHORT.sub(
        lambda m: _WEEKDAY_NAMES[m["w"]] + (", " if "," in m["sep"] else " "), text
    )
    text = _DOTTED_SPAN.sub(lambda m: f"{m['d1']}/{m['m1']} - {m['d2']}/{m['m2']}/{m['y']}", text)
    text = _read_festival_days(text, dialect, said)
    # Before the dates are read: "21g ngày 7/9" is known by the date after it.
    text = _CLOCK_G.sub(
        lambda m: (
            f"{_FENCE}{_clock(int(m['h']), int(m['m'] or 0), dialect)}{_FENCE}"
            if _is_g_clock(m)
            else m[0]
        ),
        text,
    )
    text = _spoken_dates(text, dialect, said)

    def date_range(m: re.Match[str]) -> str:
        m1 = int(m["m1"]) if m["m1"] else None
        y1 = m["y1"]
        if m1 is None and y1 is None:
            first = _said_date(said, int(m["d1"]), None, None, dialect)
        else:
            first = _said_date(said, int(m["d1"]), m1, y1, dialect)
        second = _said_date(said, int(m["d2"]), int(m["m2"]), m["y2"], dialect)
        if not m["tu"] and not m["ngay"] and m["m1"] and _opens_line(m):
            # "15/3 - 20/3/2025: đợt một", "Thời gian: 15/3 - 20/3": a span that opens
            # the line or follows a label's colon is said as written, "ngày … đến ngày
            # …", no "từ" added (as in a bracket, below).
            return f"{first} đến {second}"
        if not m["tu"] and m["m1"] and _fills_bracket(m):
            # A span that fills a bracket is said as written, no "từ" added: an
            # anniversary, "(27/02/1955 - 27/02/2025)", the same day of two years, is
            # two dates with the written dash a pause between them; a period,
            # "(17/10 - 18/11)", is "ngày … đến ngày …".
            if (m["d1"], m["m1"]) == (m["d2"], m["m2"]) and y1 and m["y2"] and y1 != m["y2"]:
                paused.append(True)
                return f"{first} - {second}"
            return f"{first} đến {second}"
        if (
            not m["tu"]
            and not m["ngay"]
            and (m["d1"], m["m1"]) == (m["d2"], m["m2"])
            and y1
            and m["y2"]
            and y1 != m["y2"]
            and _after_named_day(m.string[max(0, m.start() - 80) : m.start()])
        ):
            # "Ngày Thương binh - Liệt sĩ 27/7/1947-27/7/2025": the same day of two
            # years right after the day's name is its anniversary span, as in brackets:
            # two dates with the dash a pause, and no "ngày", which the name has said
            # (was "từ ngày … đến ngày …", silent; round 12, part AK).
            paused.append(True)
            return f"{first.removeprefix('ngày ')} - {second.removeprefix('ngày ')}"
        if m["tu"] and _NGAY_BEFORE.search(m.string, max(0, m.start() - 8), m.start()):
            # "các ngày từ 1-3/6": "ngày" said before "từ" introduces both ends.
            first = first.removeprefix("ngày ")
            return f"{m['tu']} {first} đến {second.removeprefix('ngày ')}"
        # "từ đêm 28/6-2/7", "từ đêm 26-29/6": the "từ" written before a part of the
        # day opens the span; not said a second time ("từ đêm từ ngày …"). Without
        # "từ", "Đêm 28/6-2/7", "Chiều 30/11-1/12": the part of the day introduces the
        # span, as it does one date; no "từ" is added after it ("Đêm từ ngày …").
        if (
            not m["tu"]
            and not m["ngay"]
            and m["m1"]
            and _PART_OF_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start())
            and not _FROM_PART_OF_DAY.search(m.string, 0, m.start())
        ):
            return f"{first.removeprefix('ngày ')} đến {second.removeprefix('ngày ')}"
        if not m["tu"] and m["ngay"] and m["m1"] and _RESTATED.search(m.string, 0, m.start()):
            # "từ ngày 29/9 đến 04/10/2025 (tức ngày 08/8 - 13/8 âm lịch)": after "tức"
            # or "nhằm" the span restates one already opened, in the other calendar; no
            # "từ" is added, and its second end takes "ngày" as the span it restates
            # said it ("… đến ngày mồng bốn tháng mười"; round 11, part AH).
            ended = bisect.bisect_right(sentence_ends, m.start())
            start = sentence_ends[ended - 1] if ended else 0
            if not _restated_says_second_ngay(m.string, start, m.start()):
                second = second.removeprefix("ngày ")
            return f"{first} đến {second}"
        opened = not m["tu"] and _FROM_PART_OF_DAY.search(m.string, 0, m.start())
        if m["tu"] or m["m1"] or opened:
            # Two whole dates, "từ 27/02/1955 - 27/02/2025": a span from one to the other;
            # without years, "từ ngày 26/4-30/4", "ngày" is said once.
            tu = m["tu"] or ("Từ" if m["ngay"] and m["ngay"][0].isupper() else "từ")
            if opened:
                return f"{first} đến {second}"
            # "từ ngày 26/4-30/4": one month written twice, "ngày" is said once; across
            # two months, "từ ngày 30/3 - 2/4", before both ends, as "từ ngày 11 -
            # 15/3/2025" says it (issue 17: "đến mồng hai tháng tư" was said alone).
            across = m["m1"] is not None and int(m["m1"]) != int(m["m2"])
            if m["y2"] is None and m["ngay"] and not across:
                second = second[len("ngày ") :]
            # Not written, "ngày" is said before both ends or neither: "từ 15/4 - 14/5"
            # is "từ ngày … đến ngày …", as "từ 15/4 đến 14/5" is.
            return f"{tu} {first} đến {second}"
        # "Ngày 11-20/9", "14-21/11": days of one month; no "từ" is added, and
        # "ngày" is not said again before the second day, unless a span of the same
        # sentence says it ("từ ngày 14 - 16/9/2022 nhằm ngày 19-21/8 âm lịch": an
        # announcer says the two alike; round 11, part AE).
        first = _with_ngay(m["ngay"], first) if m["ngay"] else first
        sentence = bisect.bisect_right(sentence_ends, m.start())
        if sentence not in saying_ngay:
            second = second[len("ngày ") :]
        return f"{first} đến {second}"

    def full(m: re.Match[str]) -> str:
        words = _said_date(said, int(m["d"]), int(m["m"]), m["y"], dialect)
        if not m["ngay"] and (_after_day_label(m) or _days_opened(m)):
            return words[len("ngày ") :]
        return _with_ngay(m["ngay"], words)

    def month_year(m: re.Match[str]) -> str:
        year = read_int(int(m["y"]), dialect)
        listed = _LISTED_PERIODS.search(m.string, max(0, m.start() - 40), m.start())
        if not m["thang"] and listed is not None:
            # "tháng 1, 2, 3/2025", "quý 1, 2/2025": the last of a list that the word
            # opened, said without the word again ("tháng một, hai, ba năm …").
            if listed["w"].casefold() in ("quý", "quí"):
                return f"{read_int(int(m['m']), dialect)} năm {year}"
            return f"{read_month(int(m['m']), dialect)} năm {year}"
        thang = m["thang"] or "tháng"
        return f"{thang} {read_month(int(m['m']), dialect)} năm {year}"

    def fraction(m: re.Match[str]) -> str:
        if not _is_fraction(m):
            return m[0]
        return f"{m['lead'] or ''}{_fraction_words(m, dialect)}{m['tail'] or ''}"

    def share(m: re.Match[str]) -> str:
        if int(m["a"]) > int(m["b"]) or _DATE_WORD_BEFORE.search(
            m.string[max(0, m.start() - 40) : m.start()]
        ):
            return m[0]
        return f"{read_int(int(m['a']), dialect)} trên {read_int(int(m['b']), dialect)}{m['tail']}"

    def day_month(m: re.Match[str]) -> str:
        return _spaced(m, _day_month(m))

    def _day_month(m: re.Match[str]) -> str:
        if m["time"]:
            words = _said_date(said, int(m["d"]), int(m["m"]), None, dialect)[len("ngày ") :]
            return f"{m['time']}{words}"
        if (
            not m["ngay"]
            and PLACE_NAMED_BY_DATE.search(m.string, max(0, m.start() - 20), m.start())
            and not ROAD_WORK_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
        ):
            # A name, as its sign writes it ("Đường 3 Tháng 2"): no "mồng" either.
            said.dates.append(SaidDate(int(m["d"]), int(m["m"])))
            return f"{read_int(int(m['d']), dialect)} tháng {read_month(int(m['m']), dialect)}"
        if not m["ngay"] and (_after_day_label(m) or _days_opened(m)):
            return _said_date(said, int(m["d"]), int(m["m"]), None, dialect)[len("ngày ") :]
        return _with_ngay(m["ngay"], _said_date(said, int(m["d"]), int(m["m"]), None, dialect))

    def day_word(m: re.Match[str]) -> str:
        return f"{m['ngay']} {read_day(int(m['d']), dialect)}"

    def days_of_month_word(m: re.Match[str]) -> str:
        first, second = read_day(int(m["d1"]), dialect), read_day(int(m["d2"]), dialect)
        return f"{m['ngay']} {first} {m['j']} {m['ngay2'] or ''}{second}"

    def month_word(m: re.Match[str]) -> str:
        return f"{m['thang']} {read_month(int(m['m']), dialect)}"

    def clock(m: re.Match[str]) -> str:
        return f" {_FENCE}{_clock(int(m['h']), int(m['m']), dialect)}{_FENCE} "

    def bare_hour(m: re.Match[str]) -> str:
        return f"{_FENCE}{_clock(int(m['h']), 0, dialect)}{_FENCE}"

    paused: list[bool] = []
    sentence_ends = [e.end() for e in _SENTENCE_END.finditer(text)]
    saying_ngay = _sentences_saying_second_ngay(text)
    text = _RANGE.sub(date_range, text)
    if paused:
        # An announcer is consistent within a sentence: after an anniversary span said
        # with its dash as a pause, a span of years ("(1948-2018)", "nhiệm kỳ
        # 2025-2030") is too (the corpus convention's first form for years).
        text = _YEAR_SPAN.sub(
            lambda m: (
                (
                    f"{'(' if m['open'] else ''}{read_int(int(m['a']), dialect)} - "
                    f"{read_int(int(m['b']), dialect)}{')' if m['close'] else ''}"
                )
                if int(m["a"]) < int(m["b"])
                else m[0]
            ),
            text,
        )
    text = _FULL.sub(full, text)
    text = _MONTH_YEAR.sub(month_year, text)
    text = _FRACTION.sub(fraction, text)
    text = SHARE.sub(share, text)
    text = _COUNTED_PAIR.sub(lambda m: _counted(m, dialect), text)
    text = _DAY_MONTH.sub(day_month, text)
    text = _DAYS_OF_MONTH_WORD.sub(days_of_month_word, text)
    text = _DAY_WORD.sub(day_word, text)
    text = _DAY_OF_NAMED_MONTH.sub(lambda m: _days_of_named_month(m, dialect), text)
    text = _MONTH_WORD.sub(month_word, text)
    text = _HOUR_SPAN.sub(lambda m: f"{read_int(int(m['a']), dialect)} đến {m['b']}h", text)
    text = _CLOCK_H.sub(clock, text)
    text = _CLOCK_COLON.sub(clock, text)
    text = _CLOCK_BARE_H.sub(bare_hour, text)
    text = _HOUR_BEFORE_DASH.sub(bare_hour, text)
    text = _HOUR_AFTER_DASH.sub(lambda m: m["dash"] + bare_hour(m), text)
    text = _CLOCK_RANGE.sub(r"\1 đến \2", text)
    text = _DATE_THEN_DASH.sub(
        lambda m: (
            m["a"] + " đến "
            if _SPAN_OPENED.search(m.string[max(0, m.start() - 80) : m.start()])
            else m[0]
        ),
        text,
    )

    def descending(m: re.Match[str]) -> str:
        if int(m["d"]) <= int(m["m"]) or _SCORE_BEFORE.search(
            m.string, max(0, m.start() - 40), m.start()
        ):
            return m[0]
        return _said_date(said, int(m["d"]), int(m["m"]), None, dialect)[len("ngày ") :]

    text = DESCENDING_DAY_MONTH.sub(descending, text)
    text = _LUNAR_MONTH.sub(lambda m: "tháng Giêng" if m["m"] == "một" else "tháng Chạp", text)
    return text.replace(_FENCE, "")


def _value(token: str) -> int | None:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return int(token.replace(".", ""))
    return int(token) if token.isdigit() else parse_roman(token)


def read_ordinals(text: str, dialect: Dialect, said: Said) -> str:
    """``thứ 2`` → "thứ hai", ``lần thứ XIV`` → "lần thứ mười bốn", ``khóa IX`` → "khóa chín".
    An edition's number and year ("lần thứ 13 - 2020") are recorded in ``said``."""

    def ordinal(m: re.Match[str]) -> str:
        value = _value(m["n"])
        if value is None:
            return m[0]
        words = f"{m['thu']} {read_ordinal(value, dialect)}"
        if m["y"]:
            if m["n"].isdigit():
                said.number_years.append(SaidNumberYear(value, int(m["y"]), "number"))
            words += f", năm {m['y']}"
        elif m["n2"]:
            words += f" đến thứ {read_ordinal(int(m['n2']), dialect)}"
        return words

    def roman(m: re.Match[str]) -> str:
        value = parse_roman(m["r"])
        if value is None:
            return m[0]
        if m["word"].casefold() == "độ" and value > 5:
            return m[0]
        if m["r2"]:
            second = parse_roman(m["r2"])
            if second is None or second <= value:
                return m[0]
            said = f"{read_int(value, dialect)} đến {read_int(second, dialect)}"
            return f"{m['word']} {said}" + (f", năm {m['y']}" if m["y"] else "")
        if m["ys"]:
            return f"{m['word']} {read_int(value, dialect)} năm {m['ys']}"
        # A quarter's year is part of it ("quý I-2022"), said without a pause.
        pause = " " if m["word"].casefold() in ("quý", "quí") else ", "
        year = f"{pause}năm {m['y']}" if m["y"] else ""
        return f"{m['word']} {read_int(value, dialect)}{year}"

    def listed(m: re.Match[str]) -> str:
        def one(r: re.Match[str]) -> str:
            value = parse_roman(r[0])
            return read_int(value, dialect) if value else r[0]

        cut = m.start("tail") - m.start()
        return m[0][:cut] + _LISTED_ROMAN.sub(one, m["tail"])

    text = _GLUED_ROMAN.sub(lambda m: m["w"] + " ", text)
    text = _LOWER_ROMAN.sub(lambda m: m["w"] + m["gap"] + m["r"].upper(), text)
    text = _ROMAN_LIST.sub(listed, text)
    text = _ROMAN_TRIGGER.sub(roman, _ORDINAL.sub(ordinal, text))

    def before_year(m: re.Match[str]) -> str:
        value = parse_roman(m["r"])
        return read_int(value, dialect) if value else m[0]

    return _ROMAN_BEFORE_YEAR.sub(before_year, text)


# A line after a Roman number with at least this many words, ending with a full
# stop, is a numbered point of a text, no part's title (headings are short).
_POINT_WORDS = 12


def read_headings(text: str, dialect: Dialect) -> str:
    """A Roman section number opening a line, ``II.`` or ``II-``, becomes "Phần hai.";
    before a whole sentence (a resolution's point), "Hai."."""

    def heading(m: re.Match[str]) -> str:
        value = parse_roman(m["r"])
        if not value:
            return m[0]
        rest = m.string[m.end() :].rstrip()
        if rest.endswith((".", ";")) and len(rest.split()) >= _POINT_WORDS:
            # "I- Tán thành những nội dung …, nêu trong Báo cáo chính trị.": a
            # resolution's point, a whole sentence, not a part's title: its number
            # alone, "Một.", no "Phần" that the text does not say.
            return f"{read_int(value, dialect).capitalize()}. "
        return f"Phần {read_int(value, dialect)}. "

    return _HEADING.sub(heading, text)


# "từ ngày 08/04/ đến ngày 29/04/2024": a day and month with a stray slash after them
# and no year (the page's typo) is the date it writes; the slash was said "hoặc",
# silently (part AC). Listed by doubts.written_doubts.
STRAY_DATE_SLASH = re.compile(
    r"(?<![\w/.,])(?P<d>(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2]))/(?=\s+[^\W\d_])"
)
