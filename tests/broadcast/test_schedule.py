"""The broadcast schedule: priorities, dates, caps, and a stable table."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import Bulletin, build_bulletins
from campaign.broadcast.schedule import (
    COLUMNS,
    Schedule,
    broadcast_period,
    build_schedule,
    schedule_csv,
    schedule_markdown,
    schedule_rows,
)
from campaign.broadcast.timing import estimate
from campaign.content.load import load_campaign
from campaign.content.model import Campaign, Priority
from campaign.project import load_project
from tests.conftest import MINIMAL, ROOT

D = dt.date

STATION = """\
broadcast:
  period: {start: 10/03/2025, end: 12/03/2025}
  slots: ["17:00", "06:00"]
  stations:
    - id: loa-thu
      name: Đài truyền thanh xã Thử
      opening: Kính thưa bà con.
      closing: Hết.
      cap_minutes: CAP
"""


def campaign(write: Callable[[str], Path], cap: int = 15, station: str = STATION) -> Campaign:
    return load_campaign(write(MINIMAL + station.replace("CAP", str(cap))))


def bulletin(
    id: str,
    priority: Priority = "thông thường",
    date: dt.date | None = None,
    *,
    syllables: int = 100,
    until: dt.date | None = None,
) -> Bulletin:
    """A bulletin of ``syllables`` syllables and no pause: 30 s at 200 a minute per 100."""
    reading = " ".join(["một"] * syllables)
    timing = estimate(reading, 200)
    return Bulletin(
        id=id,
        title=f"Tin {id}",
        kind="tin-tuc",
        priority=priority,
        date=date,
        source_text=reading,
        reading=reading,
        syllables=timing.syllables,
        seconds=timing.seconds,
        until=until,
    )


def slots_of(schedule: Schedule, bulletin_id: str) -> list[str]:
    return schedule.stamps(bulletin_id)


def test_priorities_and_dates(write_campaign: Callable[[str], Path]) -> None:
    bulletins = [
        bulletin("a-thuong"),
        bulletin("b-thuong"),
        bulletin("uu-tien", "ưu tiên"),
        bulletin("khan", "khẩn cấp", D(2025, 3, 11)),
        bulletin("moi", "thông thường", D(2025, 3, 12)),
        bulletin("su-kien", "ưu tiên", D(2025, 3, 9), until=D(2025, 3, 10)),
    ]
    schedule = build_schedule(bulletins, campaign(write_campaign))
    assert schedule.period == (D(2025, 3, 10), D(2025, 3, 12))
    assert schedule.warnings == ()
    # Slots come in time order whatever the order written in campaign.yml.
    assert [s.stamp for s in schedule.slots] == [
        f"2025-03-{d} {t}" for d in (10, 11, 12) for t in ("06:00", "17:00")
    ]
    # Urgent: every slot of its day and the next, and read first.
    assert slots_of(schedule, "khan") == [
        f"2025-03-{d} {t}" for d in (11, 12) for t in ("06:00", "17:00")
    ]
    for slot in schedule.slots[2:]:
        assert slot.bulletins[0].id == "khan"
    # Priority: once a day.
    assert len(slots_of(schedule, "uu-tien")) == 3
    assert {s[:10] for s in slots_of(schedule, "uu-tien")} == {
        "2025-03-10",
        "2025-03-11",
        "2025-03-12",
    }
    # An event is read up to its day, not after.
    assert slots_of(schedule, "su-kien") == ["2025-03-10 17:00"]
    # News only from its own date.
    assert all(s.startswith("2025-03-12") for s in slots_of(schedule, "moi"))
    # Ordinary bulletins rotate, one per slot.
    for slot in schedule.slots:
        ordinary = [b for b in slot.bulletins if b.priority == "thông thường"]
        assert len(ordinary) <= 1
    assert slots_of(schedule, "a-thuong") and slots_of(schedule, "b-thuong")


def test_priority_bulletins_spread_over_the_day(write_campaign: Callable[[str], Path]) -> None:
    bulletins = [bulletin("p1", "ưu tiên"), bulletin("p2", "ưu tiên")]
    schedule = build_schedule(bulletins, campaign(write_campaign))
    for slot in schedule.slots:
        assert len(slot.bulletins) == 1


def test_cap_overflow_is_reported_per_slot(write_campaign: Callable[[str], Path]) -> None:
    # Two urgent bulletins of 400 syllables: two minutes each, in a one-minute cap.
    bulletins = [
        bulletin("k1", "khẩn cấp", D(2025, 3, 12), syllables=400),
        bulletin("k2", "khẩn cấp", D(2025, 3, 12), syllables=400),
        bulletin("thuong", syllables=10),
    ]
    schedule = build_schedule(bulletins, campaign(write_campaign, cap=1))
    # 800 syllables of bodies (240 s) and the formulas once ("Kính thưa bà con."
    # and "Hết.": 5 syllables, 1.5 s, and two full stops, 1 s): 242.5 s.
    assert schedule.warnings == (
        "06:00 ngày 12/03/2025 (Đài truyền thanh xã Thử): 4 phút 3 giây, vượt giới hạn 1 phút",
        "17:00 ngày 12/03/2025 (Đài truyền thanh xã Thử): 4 phút 3 giây, vượt giới hạn 1 phút",
    )
    # An ordinary bulletin is never what pushes a slot over.
    assert "thuong" not in {b.id for s in schedule.slots[4:] for b in s.bulletins}
    assert slots_of(schedule, "thuong")


def test_table_is_deterministic(
    write_campaign: Callable[[str], Path], golden: Callable[[str, str], None]
) -> None:
    bulletins = [
        bulletin("thuong-1"),
        bulletin("thuong-2", syllables=250),
        bulletin("uu-tien", "ưu tiên", syllables=300),
        bulletin("khan", "khẩn cấp", D(2025, 3, 11), syllables=50),
    ]
    text = schedule_csv(build_schedule(bulletins, campaign(write_campaign)))
    again = schedule_csv(build_schedule(list(reversed(bulletins)), campaign(write_campaign)))
    assert text == again
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[1][:4] == ["10/03/2025", "Thứ Hai", "06:00", "Đài truyền thanh xã Thử"]
    # CSV rows end in CRLF (RFC 4180, what Excel writes); the golden file is
    # read with universal newlines, so it is compared with LF endings.
    assert text.count("\r\n") == len(rows)
    golden("bulletins/schedule.csv", text.replace("\r\n", "\n"))


def test_markdown_table(write_campaign: Callable[[str], Path]) -> None:
    bulletins = [bulletin("a|b")]
    schedule = build_schedule(bulletins, campaign(write_campaign))
    lines = schedule_markdown(schedule).splitlines()
    assert lines[0] == "| Ngày | Thứ | Giờ | Đài | Bản tin | Thời lượng |"
    assert lines[1] == "|---|---|---|---|---|---|"
    assert lines[2] == (
        "| 10/03/2025 | Thứ Hai | 06:00 | Đài truyền thanh xã Thử | Tin a\\|b | 33 giây |"
    )
    assert len(lines) == 2 + len(schedule_rows(schedule))


def test_weekday_names(write_campaign: Callable[[str], Path]) -> None:
    station = STATION.replace("10/03/2025", "10/02/2025").replace("12/03/2025", "16/02/2025")
    schedule = build_schedule([bulletin("x")], campaign(write_campaign, station=station))
    days = {row[0]: row[1] for row in schedule_rows(schedule)}
    assert days["12/02/2025"] == "Thứ Tư"
    assert days["16/02/2025"] == "Chủ Nhật"


@pytest.mark.parametrize(
    ("activities", "period"),
    [
        (
            "    when: {start: 01/01/2025, end: 31/03/2025, focus_start: 01/02/2025, "
            "focus_end: 28/02/2025}\n    includes: [topics]\n",
            (D(2025, 2, 1), D(2025, 2, 28)),
        ),
        ("    when: {start: 10/03/2025, end: 12/03/2025}\n", (D(2025, 3, 10), D(2025, 3, 12))),
    ],
)
def test_period_fallbacks(
    write_campaign: Callable[[str], Path], activities: str, period: tuple[dt.date, dt.date]
) -> None:
    text = MINIMAL.replace("    when: {start: 10/03/2025, end: 12/03/2025}\n", activities)
    text += "  - {id: sau, name: Tổng kết, when: {start: 20/03/2025}}\n"
    if "focus" not in activities:
        period = (period[0], D(2025, 3, 20))
    assert broadcast_period(load_campaign(write_campaign(text))) == period


def test_no_period_is_a_warning(write_campaign: Callable[[str], Path]) -> None:
    text = MINIMAL.replace("    when: {start: 10/03/2025, end: 12/03/2025}\n", "")
    schedule = build_schedule([bulletin("x")], load_campaign(write_campaign(text)))
    assert schedule.slots == ()
    assert "broadcast.period" in schedule.warnings[0]


def test_flagship_schedule_fits() -> None:
    project = load_project(ROOT, today="2025-02-10")
    bulletins = build_bulletins(project.campaign, [], [], today=project.today)
    schedule = build_schedule(bulletins, project.campaign)
    # 28 days of February x 2 slots x 2 stations, none over its cap.
    assert len(schedule.slots) == 112
    assert schedule.warnings == ()
    assert len(schedule.stamps("ke-hoach", "loa-xa")) == 28
    assert len(schedule.stamps("su-kien-le-ky-niem", "loa-xa")) == 8


def test_a_session_has_one_opening_and_one_closing(
    write_campaign: Callable[[str], Path],
) -> None:
    bulletins = [
        bulletin("k1", "khẩn cấp", D(2025, 3, 12), syllables=40),
        bulletin("k2", "khẩn cấp", D(2025, 3, 12), syllables=40),
    ]
    schedule = build_schedule(bulletins, campaign(write_campaign))
    slot = next(s for s in schedule.slots if len(s.bulletins) == 2)
    lines = slot.script.split("\n")
    assert lines[0] == "Kính thưa bà con." and lines[-1] == "Hết."
    assert slot.script.count("Kính thưa bà con.") == 1
    assert slot.script.count("Hết.") == 1
    # The slot's duration and syllables are those of that one script.
    assert slot.syllables == 80 + 5
    assert slot.seconds == estimate(slot.script, 200).seconds == 26.5
