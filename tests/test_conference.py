"""A campaign unlike the flagship: a conference plan with no theme, no slogans, no
activities, an event known only to its month, deadlines and its own sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.broadcast.bulletin import broadcast_period, build_bulletins
from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.content.model import Campaign
from campaign.pages import generate_pages
from campaign.publish.calendar import campaign_calendar
from tests.conftest import CONFERENCE

Write = Callable[[str], Path]
MAY_2 = dt.date(2023, 5, 2)


@pytest.fixture
def conference(write_campaign: Write) -> Campaign:
    return load_campaign(write_campaign(CONFERENCE))


def pages(campaign: Campaign, today: dt.date) -> dict[str, str]:
    return {p.path: p.markdown for p in generate_pages(campaign, today)}


def problems(write: Write, text: str) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_campaign(write(text), display="campaign.yml")
    return [str(p) for p in info.value.problems]


def test_unused_features_make_no_page_and_no_link(conference: Campaign) -> None:
    found = pages(conference, MAY_2)
    assert sorted(found) == [
        "index.md",
        "ke-hoach.md",
        "lo-trinh.md",
        "phan-cong.md",
        "su-kien/hoi-nghi.md",
    ]
    for text in found.values():
        assert "khau-hieu.md" not in text
        assert "Chủ đề" not in text


def test_plan_page_follows_the_plans_own_sections(conference: Campaign) -> None:
    plan = pages(conference, MAY_2)["ke-hoach.md"]
    headings = [line for line in plan.splitlines() if line.startswith(("## ", "### "))]
    assert headings == [
        "## I- MỤC ĐÍCH, YÊU CẦU",
        "### 1. Mục đích",
        "### 2. Yêu cầu",
        "## II- NỘI DUNG VÀ THÀNH PHẦN DỰ HỘI NGHỊ",
        "### 1. Nội dung",
        "### 2. Thành phần dự",
        "## III- THỜI GIAN TỔ CHỨC HỘI NGHỊ",
        "## IV- TỔ CHỨC THỰC HIỆN",
        "### 1. Ủy ban nhân dân thị xã",
        "### 2. Đăng ủy các xã, phường",
    ]
    # One purpose is a paragraph, as the plan prints it; the agenda is a list.
    assert "### 1. Mục đích\n\nĐánh giá kết quả.\n" in plan
    assert "- Phát biểu khai mạc.\n- Thông qua báo cáo.\n" in plan
    assert "**Ở xã, phường**\n\n- Đại diện Trạm y tế các xã, phường.\n" in plan
    assert "Xem trang [Hội nghị tổng kết thử](su-kien/hoi-nghi.md)." in plan
    # A Party document: "Số 7-KH/TU", no colon.
    assert "<p>Số 7-KH/TU</p>" in plan


def test_units_page_names_the_unit_and_keeps_the_plans_wording(conference: Campaign) -> None:
    units = pages(conference, MAY_2)["phan-cong.md"]
    assert "## Đảng ủy các xã, phường" in units
    assert "kế hoạch ghi: “Đăng ủy các xã, phường”" in units
    assert "None" not in units and "Vai trò chung" not in units
    assert "hạn gần nhất 12/05/2023 (còn 10 ngày)" in units


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (MAY_2, "còn 10 ngày"),
        (dt.date(2023, 5, 12), "hôm nay"),
        (dt.date(2023, 5, 13), "đã qua"),
    ],
)
def test_home_lists_deadlines_with_countdown_or_past(
    conference: Campaign, today: dt.date, expected: str
) -> None:
    home = pages(conference, today)["index.md"]
    section = home.split("## Thời hạn\n", 1)[1].split("\n## ", 1)[0]
    link = "[Ủy ban nhân dân thị xã](phan-cong.md#uy-ban-nhan-dan-thi-xa)"
    assert f"**12/05/2023** · {link}" in section
    assert expected in section
    assert "quá hạn" not in home, "a past deadline is past: whether it was kept, no plan says"


def test_past_deadline_on_the_timeline_reads_as_past(conference: Campaign) -> None:
    timeline = pages(conference, dt.date(2023, 5, 20))["lo-trinh.md"]
    assert "Hạn trong kế hoạch: 12/05/2023 (đã qua)\n" in timeline
    assert "quá hạn" not in timeline and "overdue" not in timeline


@pytest.mark.parametrize(
    ("today", "label", "count"),
    [
        (MAY_2, "Sắp tới", "tháng 06/2023 · còn 30 ngày"),
        (dt.date(2023, 6, 15), "Sắp tới", "tháng 06/2023 · trong tháng này"),
        # The plan gives the month as tentative: after it, still tentative, never "held".
        (dt.date(2023, 7, 1), "Ngày dự kiến đã qua", "tháng 06/2023"),
    ],
)
def test_an_event_known_to_its_month(
    conference: Campaign, today: dt.date, label: str, count: str
) -> None:
    found = pages(conference, today)
    timeline = found["lo-trinh.md"]
    item = timeline.split("[Hội nghị tổng kết thử]", 1)[1].split("</div>", 1)[0]
    assert label in item and count in item and "Địa điểm chưa ấn định" in item
    event = found["su-kien/hoi-nghi.md"]
    assert label in event and "diễn ra" not in event
    assert "- **Thời gian:** tháng 06/2023" in event
    assert "- **Địa điểm:** kế hoạch chưa ấn định" in event
    combined = "- **Hội nghị tổng kết Chỉ thị thử khác**: Chỉ thị số 24-CT/TW"
    assert f"## Tổ chức gắn với\n\n{combined}" in event
    # The first section about the event: its agenda and participants.
    assert "(../ke-hoach.md#ii-noi-dung-va-thanh-phan-du-hoi-nghi)" in event


def test_hero_counts_down_to_the_event_month(conference: Campaign) -> None:
    home = pages(conference, MAY_2)["index.md"]
    assert "Hội nghị tổng kết thử: dự kiến tháng 06/2023" in home
    assert '<strong class="cp-count">30</strong> ngày nữa đến tháng 06/2023' in home
    home = pages(conference, dt.date(2023, 6, 3))["index.md"]
    assert "Dự kiến trong tháng này (tháng 06/2023)" in home
    home = pages(conference, dt.date(2023, 7, 3))["index.md"]
    assert "Thời gian dự kiến: tháng 06/2023 (đã qua)" in home
    assert "diễn ra" not in home, "the plan does not say the conference was held"


def test_calendar_has_the_deadlines_but_no_guessed_day(conference: Campaign) -> None:
    ics = campaign_calendar(conference, MAY_2).decode()
    assert "DTSTART;VALUE=DATE:20230512" in ics
    assert "SUMMARY:Hạn: Ủy ban nhân dân thị xã" in ics
    assert "SUMMARY:Hội nghị" not in ics


def test_bulletins_assume_no_anniversary_and_no_slogans(conference: Campaign) -> None:
    bulletins = build_bulletins(conference, [], [], today=MAY_2)
    assert [b.id for b in bulletins] == ["ke-hoach", "su-kien-hoi-nghi"]
    plan = bulletins[0].reading
    assert "Chủ đề" not in plan and "tuyên truyền" not in plan and "hưởng ứng" not in plan
    assert plan.startswith("Xin giới thiệu Kế hoạch số bảy của Ban Thường vụ Thị ủy Thử về")
    assert plan.count("Thị ủy") == 1
    event = bulletins[1]
    assert "vào tháng sáu năm hai nghìn không trăm hai mươi ba" in event.reading
    assert "gắn với hội nghị tổng kết Chỉ thị thử khác" in event.reading
    assert "Thành phần tham dự ở xã, phường" in event.reading
    assert (event.date, event.until) == (dt.date(2023, 5, 25), dt.date(2023, 6, 30))
    assert broadcast_period(conference) == (dt.date(2023, 5, 25), dt.date(2023, 6, 30))
    # Once the month is over, the event is no longer announced.
    assert [b.id for b in build_bulletins(conference, [], [], today=dt.date(2023, 7, 1))] == [
        "ke-hoach"
    ]


def test_event_needs_a_day_or_a_month(write_campaign: Write) -> None:
    found = problems(write_campaign, CONFERENCE.replace("    month: 6/2023\n", ""))
    assert found == [
        "campaign.yml:29: events[0].date: cần ngày (date: 26/02/2025) hoặc tháng dự kiến "
        "(month: 6/2023), nhưng còn để trống"
    ]
    found = problems(write_campaign, CONFERENCE.replace("month: 6/2023", "month: 13/2023"))
    assert found == [
        "campaign.yml:30: events[0].month: cần tháng hợp lệ dạng 6/2023 hoặc 2023-06, "
        "nhận được '13/2023'"
    ]


def test_section_event_must_exist(write_campaign: Write) -> None:
    found = problems(write_campaign, CONFERENCE.replace("event: hoi-nghi", "event: hoi-ngi"))
    assert found == [
        "campaign.yml:22: plan.sections[2].event: cần mã sự kiện có trong 'events', "
        "nhận được 'hoi-ngi'; có phải ý bạn là 'hoi-nghi'?"
    ]


def test_unknown_key_in_a_section_is_located(write_campaign: Write) -> None:
    found = problems(write_campaign, CONFERENCE.replace("      body:\n", "      bodi:\n"))
    assert found[0].startswith(
        "campaign.yml:23: plan.sections[2].bodi: trường lạ 'bodi'; có phải ý bạn là 'body'?"
    )
