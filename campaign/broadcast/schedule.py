"""The broadcast schedule: which bulletins each station reads, day by day, slot by slot.

Rules, in the order they claim air time:

* ``khẩn cấp``: every slot of its day and of the next day; afterwards it joins
  the rotation like ordinary news (the alert has been heard by then);
* ``ưu tiên``: once a day through its dates, in that day's least loaded slot,
  so two priority bulletins spread over the morning and the evening;
* ``thông thường``: a rotation, one per slot, taken only when it still fits
  the station's cap: ordinary news never pushes a session over its limit.

A bulletin is on air from its ``date`` (news: the post date; events: a week
before) to its ``until`` (events: the event day). A session has one opening and
one closing, however many bulletins it holds (:func:`slot_script`), so a slot
lasts the station's formulas once plus its bulletins' bodies. Everything is
sorted on stable keys: the same campaign always gives the same table.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..content.dates import WEEKDAYS, short_date
from ..content.model import Campaign, Station
from ..publish.markdown import esc
from .bulletin import PRIORITY_RANK, Bulletin, broadcast_period, slot_script
from .stations import formula, stations_of
from .timing import estimate, format_duration

__all__ = [
    "COLUMNS",
    "ROTATION_PER_SLOT",
    "Schedule",
    "Slot",
    "broadcast_period",
    "build_schedule",
    "schedule_csv",
    "schedule_markdown",
    "schedule_rows",
]

# One ordinary bulletin per session: listeners in the yard or the field catch a
# short session whole; the rotation brings the others on the following slots.
ROTATION_PER_SLOT = 1

COLUMNS = ("Ngày", "Thứ", "Giờ", "Đài", "Bản tin", "Thời lượng")

Mode = Literal["urgent", "daily", "rotation"]


@dataclass(frozen=True)
class Slot:
    """One session of one station: its bulletins in reading order."""

    day: dt.date
    time: str
    station: Station
    bulletins: tuple[Bulletin, ...]
    seconds: float

    @property
    def script(self) -> str:
        """What the announcer reads: one opening, the bulletins, one closing."""
        return slot_script(self.bulletins, self.station)

    @property
    def syllables(self) -> int:
        return estimate(self.script, self.bulletins[0].rate).syllables if self.bulletins else 0

    @property
    def file_name(self) -> str:
        """``2025-02-12-0600.txt``: the session's script among the station's files."""
        return f"{self.day.isoformat()}-{self.time.replace(':', '')}.txt"

    @property
    def stamp(self) -> str:
        """``2025-02-12 06:00``, the form the manifest uses."""
        return f"{self.day.isoformat()} {self.time}"

    @property
    def label(self) -> str:
        """``06:00 ngày 12/02/2025 (Đài truyền thanh các xã, thị trấn)``."""
        return f"{self.time} ngày {short_date(self.day)} ({self.station.name})"


@dataclass(frozen=True)
class Schedule:
    period: tuple[dt.date, dt.date] | None
    slots: tuple[Slot, ...]
    warnings: tuple[str, ...]

    def stamps(self, bulletin_id: str, station_id: str | None = None) -> list[str]:
        """Every ``YYYY-MM-DD HH:MM`` at which a bulletin is read (at one station)."""
        return [
            slot.stamp
            for slot in self.slots
            if (station_id is None or slot.station.id == station_id)
            and any(b.id == bulletin_id for b in slot.bulletins)
        ]


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _mode(bulletin: Bulletin, day: dt.date) -> Mode | None:
    """How ``bulletin`` competes for air on ``day``, or None when it is off air."""
    if bulletin.date is not None and day < bulletin.date:
        return None
    if bulletin.until is not None and day > bulletin.until:
        return None
    if bulletin.priority == "khẩn cấp":
        if bulletin.date is None or day <= bulletin.date + dt.timedelta(days=1):
            return "urgent"
        return "rotation"
    return "daily" if bulletin.priority == "ưu tiên" else "rotation"


def _order(bulletin: Bulletin) -> tuple[int, dt.date, str]:
    return (PRIORITY_RANK[bulletin.priority], bulletin.date or dt.date.min, bulletin.id)


def _station_slots(
    bulletins: Sequence[Bulletin], station: Station, days: list[dt.date], times: list[str]
) -> tuple[list[Slot], list[str]]:
    # The body of each bulletin, and the formulas once per session: the sum is
    # the session's estimate to within rounding (the estimate is additive).
    seconds = {b.id: b.seconds for b in bulletins}
    rate = bulletins[0].rate if bulletins else 200
    dialect = bulletins[0].dialect if bulletins else "north"
    formulas = estimate(
        "\n".join([formula(station.opening, dialect), formula(station.closing, dialect)]), rate
    ).seconds
    cap = station.cap_minutes * 60
    ordered = sorted(bulletins, key=_order)
    rotation = sorted(bulletins, key=lambda b: (b.date or dt.date.min, b.id))
    cursor = 0
    slots: list[Slot] = []
    warnings: list[str] = []
    for day in days:
        modes = {b.id: _mode(b, day) for b in bulletins}
        chosen: list[list[Bulletin]] = [
            [b for b in ordered if modes[b.id] == "urgent"] for _ in times
        ]

        loads = [formulas + sum(seconds[b.id] for b in slot) for slot in chosen]
        for bulletin in (b for b in ordered if modes[b.id] == "daily"):
            # Least loaded slot of the day; the earliest wins a tie.
            index = min(range(len(times)), key=lambda i: (loads[i], i))
            chosen[index].append(bulletin)
            loads[index] += seconds[bulletin.id]
        for index in range(len(times)):
            taken = 0
            for step in range(len(rotation)):
                if taken == ROTATION_PER_SLOT:
                    break
                candidate = rotation[(cursor + step) % len(rotation)]
                if modes[candidate.id] != "rotation" or candidate in chosen[index]:
                    continue
                if loads[index] + seconds[candidate.id] > cap:
                    continue
                chosen[index].append(candidate)
                loads[index] += seconds[candidate.id]
                taken += 1
                cursor = (cursor + step + 1) % len(rotation)
        for index, time in enumerate(times):
            if not chosen[index]:
                continue
            picked = tuple(chosen[index])
            timing = estimate(slot_script(picked, station), picked[0].rate)
            slot = Slot(day, time, station, picked, timing.seconds)
            slots.append(slot)
            if slot.seconds > cap:
                warnings.append(
                    f"{slot.label}: {format_duration(slot.seconds)}, "
                    f"vượt giới hạn {station.cap_minutes} phút"
                )
    return slots, warnings


def build_schedule(bulletins: Sequence[Bulletin], campaign: Campaign) -> Schedule:
    """Assign ``bulletins`` to every slot of every day of the broadcast period."""
    period = broadcast_period(campaign)
    if period is None:
        notice = (
            "chưa xác định được thời gian phát: hãy khai báo broadcast.period "
            "hoặc thời gian của các hoạt động trong campaign.yml"
        )
        return Schedule(None, (), (notice,))
    days = _days(*period)
    times = sorted(set(campaign.broadcast.slots))
    if not times:
        return Schedule(period, (), ("chưa có giờ phát: hãy khai báo broadcast.slots",))
    slots: list[Slot] = []
    warnings: list[str] = []
    for station in stations_of(campaign):
        found, problems = _station_slots(bulletins, station, days, times)
        slots += found
        warnings += problems
    order = {s.id: n for n, s in enumerate(stations_of(campaign))}
    slots.sort(key=lambda s: (s.day, s.time, order[s.station.id]))
    return Schedule(period, tuple(slots), tuple(warnings))


def schedule_rows(schedule: Schedule) -> list[list[str]]:
    """The table's rows (without the header), one per slot with bulletins."""
    rows = []
    for slot in schedule.slots:
        rows.append(
            [
                short_date(slot.day),
                WEEKDAYS[slot.day.weekday()],
                slot.time,
                slot.station.name,
                "; ".join(b.title for b in slot.bulletins),
                format_duration(slot.seconds),
            ]
        )
    return rows


def schedule_csv(schedule: Schedule) -> str:
    """CSV text starting with a BOM, so Excel opens the Vietnamese as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(schedule_rows(schedule))
    return "\ufeff" + out.getvalue()


def _cell(text: str) -> str:
    return esc(text)  # Markdown's inline syntax and raw HTML are text here


def schedule_markdown(schedule: Schedule) -> str:
    """A Markdown table for the site's schedule page."""
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join("---" for _ in COLUMNS) + "|",
    ]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in schedule_rows(schedule)]
    return "\n".join(lines) + "\n"
