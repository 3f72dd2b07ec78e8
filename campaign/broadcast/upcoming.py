"""How long a news item may be aired: no longer than what it says is to come.

A news item is written on its day: "Phong trào … sẽ được tổng kết, tôn vinh,
khen thưởng vào dịp kỷ niệm … (27/02/2025)". Aired on 28/02 that sentence
tells the listener the review is still to come, which no source says any more
(nor does any say it took place). The plan bulletin has the same problem and
attributes the event to the plan ("Theo Kế hoạch, … dự kiến tổ chức vào …");
a news item has no such voice to lend its words to, and the tool may not
rewrite its tense. So a news item stops being aired after the first day its
own future wording ("sẽ", "dự kiến", "sắp") names, and the proof list says
so: the editor rewrites the sentence from a source (what did happen) to air
it longer.

Only dates written in full are read here (``27/02/2025``, ``ngày 27 tháng 02
năm 2025``, ``tháng 3/2025`` or ``tháng 3 năm 2025`` for the month's last
day): a day with no year cannot be placed safely, and it is left alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..content.dates import short_date
from .abbreviations import UPPER

# A future said by the writer: "sẽ", "dự kiến" ("theo dự kiến" too), "sắp"; not the
# verb "sắp xếp" (to arrange: "sau khi sắp xếp đơn vị hành chính từ ngày 01/7/2025").
_FUTURE = re.compile(r"(?<!\w)(?:sẽ|dự kiến|sắp(?!\s+xếp))(?!\w)", re.IGNORECASE)
_DAY = re.compile(
    r"(?<![\w/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\w/])"
    r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.IGNORECASE,
)
_MONTH = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|\s+năm\s+)(\d{4})(?![\w/])", re.IGNORECASE)
# A sentence ends at ".", "!" or "?" before a space and a capital (not inside
# "27/02/2025" nor after "TP." before a lower-case word: a rough cut is enough to
# pair a future word with the date of the same sentence).
_SENTENCE_END = re.compile(rf"(?<=[.!?])\s+(?=[{UPPER}“\"(])")


@dataclass(frozen=True)
class Upcoming:
    """A sentence of the post that says something is to come, and that day."""

    day: dt.date
    opening: str
    place: str


def _first_day(text: str) -> dt.date | None:
    """The first full date of ``text`` (a month: its last day), or None."""
    found: list[tuple[int, dt.date]] = []
    for match in _DAY.finditer(text):
        d, m, y = (g for g in match.groups() if g is not None)
        try:
            found.append((match.start(), dt.date(int(y), int(m), int(d))))
        except ValueError:
            continue
    for match in _MONTH.finditer(text):
        m, y = int(match.group(1)), int(match.group(2))
        if 1 <= m <= 12:
            last = calendar.monthrange(y, m)[1]
            found.append((match.start(), dt.date(y, m, last)))
    return min(found)[1] if found else None


def _paragraphs(lines: list[str], first: int) -> list[tuple[str, int]]:
    """Paragraphs of ``lines`` (split at blank lines), each with its first line's number."""
    out: list[tuple[str, int]] = []
    buf: list[str] = []
    start = first
    for number, line in enumerate(lines, start=first):
        if not line.strip():
            if buf:
                out.append((" ".join(buf), start))
            buf = []
            continue
        if not buf:
            start = number
        buf.append(line.strip())
    if buf:
        out.append((" ".join(buf), start))
    return out


def upcoming(lines: list[str], first: int, display: str, since: dt.date) -> Upcoming | None:
    """The earliest day a sentence of a post's body ``lines`` says is to come.

    ``first`` is the number of the body's first line in the file ``display``.
    Only a date after the future word counts ("… từ tháng 8 năm 2024 và sẽ …":
    the month is when the movement began), and only one on or after ``since``
    (the post's own day): a "sẽ" before an earlier date says something else.
    """
    best: Upcoming | None = None
    for paragraph, number in _paragraphs(lines, first):
        for text in _SENTENCE_END.split(" ".join(paragraph.split())):
            future = _FUTURE.search(text)
            if future is None:
                continue
            day = _first_day(text[future.end() :])
            if day is None or day < since:
                continue
            if best is None or day < best.day:
                opening = " ".join(text.split()[:5])
                best = Upcoming(day, opening, f"{display}:{number}")
    return best


def note(found: Upcoming) -> str:
    """The proof-list line: where, what and until when the post is aired."""
    day = short_date(found.day)
    return (
        f"{found.place}: câu “{found.opening}…” nói việc sắp tới vào {day}: bản tin này "
        f"chỉ phát đến hết ngày {day} (phát sau ngày đó, câu nghe như việc chưa diễn ra); "
        "muốn phát tiếp thì viết lại câu theo điều đã diễn ra, có nguồn"
    )
