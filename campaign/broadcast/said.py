"""What the reader decided where a written form allows more than one reading.

The reader records these as it reads a line; the proof list (:mod:`doubts`)
reports them instead of deciding a second time, with rules of its own, what the
reader must have said (two copies of one rule drift apart: the proof list said
"hoặc" where the reader said "một").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

__all__ = ["Said", "SaidDate", "SaidNumberYear", "SaidOr"]


class SaidOr(NamedTuple):
    """A "/" the reader said "hoặc": the words either side of it as the reader had
    them then, and whether it was sure ("xã/phường", two levels of place, is one or
    the other). How a "/" between words is said (a rate "một", so many in each group
    "mỗi", a pause, "hoặc") is the reader's decision alone."""

    before: str
    after: str
    sure: bool


class SaidNumberYear(NamedTuple):
    """A number and a year joined by a dash ("33-2025", "3-2025", "12 - 2024") as the
    reader said it: a month of that year ("tháng ba năm …"), the number then the year
    after a pause ("ba mươi ba, hai nghìn …"), or a span ("mười hai đến hai nghìn …")."""

    number: int
    year: int
    said: Literal["month", "number", "span"]


class SaidDate(NamedTuple):
    """A day and its month the reader said as a date ("mồng năm tháng sáu"), from
    whatever form ("5-6", "5/6", "5.6", "ngày 5 và 6-6")."""

    day: int
    month: int


@dataclass
class Said:
    """The decisions recorded while reading one line."""

    ors: list[SaidOr] = field(default_factory=list)
    number_years: list[SaidNumberYear] = field(default_factory=list)
    dates: list[SaidDate] = field(default_factory=list)
    # Two days joined by a dash said as days of one month, a list or a span ("ngày
    # 6-7-8/7", "ngày 5-10 tháng 9", "ngày 5-6 hàng tháng"), not a day and its month.
    days: list[tuple[int, int]] = field(default_factory=list)
    # The digits of each number the reader dialled, read digit by digit ("điện thoại
    # 168 …", "028.38 123 456"; "số điện thoại 168 Trung tâm" counts the centres, said
    # as a number, and is not here).
    dialled: list[str] = field(default_factory=list)
    # Each length after a word of height said in metres and one digit ("dưới 1m2" is
    # "một mét hai", reading._HEIGHT), as written: an area in square metres is written
    # alike.
    heights: list[str] = field(default_factory=list)
    # Each pair of letters joined by a hyphen said as the dictionary's form with "&" or
    # with nothing between ("KH-CN" as "KH&CN", reading._joined_form), as written.
    joined: list[str] = field(default_factory=list)
    # Each run of three numbers or more joined by dashes said as a list, with pauses
    # ("NPK 16-16-8-13s": "mười sáu, mười sáu, tám, mười ba s"), as written.
    chains: list[str] = field(default_factory=list)
