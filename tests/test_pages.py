"""Generated page Markdown: goldens for the flagship, behaviour on scratch campaigns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.content.load import load_campaign
from campaign.content.text import slugify
from campaign.pages import generate_pages
from tests.conftest import MINIMAL, ROOT

BEFORE = dt.date(2025, 2, 10)  # during the focus month, before the ceremony


@pytest.mark.parametrize("today", [BEFORE, dt.date(2026, 11, 22)], ids=["before", "after"])
def test_flagship_pages_match_goldens(today: dt.date, golden: Callable[[str, str], None]) -> None:
    campaign = load_campaign(ROOT / "campaign.yml")
    pages = generate_pages(campaign, today)
    assert [p.path for p in pages] == [
        "index.md",
        "ke-hoach.md",
        "khau-hieu.md",
        "lo-trinh.md",
        "phan-cong.md",
        "su-kien/le-ky-niem.md",
    ]
    for page in pages:
        golden(f"pages/{today.isoformat()}/{page.path}", page.markdown)


def _pages(write: Callable[[str], Path], today: dt.date, text: str = MINIMAL) -> dict[str, str]:
    campaign = load_campaign(write(text))
    return {p.path: p.markdown for p in generate_pages(campaign, today)}


@pytest.mark.parametrize(
    ("today", "label"),
    [
        (dt.date(2025, 3, 1), "Sắp tới"),
        (dt.date(2025, 3, 10), "Trong thời gian kế hoạch"),
        (dt.date(2025, 3, 12), "Trong thời gian kế hoạch"),
        (dt.date(2025, 3, 13), "Đã qua"),
    ],
)
def test_timeline_status_follows_the_build_date(
    write_campaign: Callable[[str], Path], today: dt.date, label: str
) -> None:
    timeline = _pages(write_campaign, today)["lo-trinh.md"]
    assert f"## {label}\n" in timeline
    assert timeline.count("cp-badge--") == 1


def test_countdown_before_and_after_the_anniversary(
    write_campaign: Callable[[str], Path],
) -> None:
    text = MINIMAL + "anniversary: {name: Ngày Thử, date: 20/03/2025, since: 20/03/1975}\n"
    home = _pages(write_campaign, dt.date(2025, 3, 1), text)["index.md"]
    assert '<strong class="cp-count">19</strong> ngày nữa' in home
    assert "Kỷ niệm 50 năm Ngày Thử" in home
    home = _pages(write_campaign, dt.date(2025, 3, 20), text)["index.md"]
    assert "<strong>Hôm nay</strong> là ngày kỷ niệm" in home
    home = _pages(write_campaign, dt.date(2025, 3, 21), text)["index.md"]
    assert "Ngày kỷ niệm <strong>đã qua</strong>" in home


def test_features_a_campaign_does_not_use_make_no_pages(
    write_campaign: Callable[[str], Path],
) -> None:
    pages = _pages(write_campaign, BEFORE)
    assert sorted(pages) == ["index.md", "ke-hoach.md", "lo-trinh.md"]
    assert "khau-hieu.md" not in pages["index.md"]
    assert "phan-cong.md" not in pages["index.md"]


def test_deadlines_show_countdown_or_past(write_campaign: Callable[[str], Path]) -> None:
    text = MINIMAL + (
        "assignments:\n"
        "  - unit: tram-y-te\n"
        "    role: chủ trì\n"
        "    tasks:\n"
        "      - {text: Gửi báo cáo về xã, deadline: 12/05/2025}\n"
    )
    units = _pages(write_campaign, dt.date(2025, 5, 2), text)["phan-cong.md"]
    assert "**Hạn: 12/05/2025**" in units and "còn 10 ngày" in units
    units = _pages(write_campaign, dt.date(2025, 5, 13), text)["phan-cong.md"]
    assert ">đã qua</span>" in units and "quá hạn" not in units
    timeline = _pages(write_campaign, dt.date(2025, 5, 2), text)["lo-trinh.md"]
    assert "Hạn trong kế hoạch: 12/05/2025 · còn 10 ngày" in timeline


def test_markdown_in_data_is_escaped(write_campaign: Callable[[str], Path]) -> None:
    text = MINIMAL.replace("Khám sức khỏe miễn phí", "Khám *miễn phí* [mới] <b>")
    timeline = _pages(write_campaign, BEFORE, text)["lo-trinh.md"]
    # Markdown has no backslash escape for "<" ("\<b>" showed the backslash): an entity.
    assert r"Khám \*miễn phí\* \[mới\] &lt;b\>" in timeline


def test_sample_slogans_are_marked(write_campaign: Callable[[str], Path]) -> None:
    text = MINIMAL + (
        "slogans:\n"
        "  - {id: that, text: Khẩu hiệu trong kế hoạch}\n"
        "  - {id: minh-hoa, text: Khẩu hiệu tự soạn, sample: true}\n"
    )
    slogans = _pages(write_campaign, BEFORE, text)["khau-hieu.md"]
    head, sample = slogans.split('id="minh-hoa"')
    assert "nội dung minh họa</span>" in sample
    assert "nội dung minh họa</span>" not in head.split('id="that"')[1]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Đà Nẵng", "da-nang"),
        ("I. MỤC ĐÍCH, YÊU CẦU", "i-muc-dich-yeu-cau"),
        ("Phòng Tài chính - Kế hoạch", "phong-tai-chinh-ke-hoach"),
        ("Lễ kỷ niệm 70 năm", "le-ky-niem-70-nam"),
        ("  ", ""),
        # Markup is no word of a title: "<b>" gave "b-ke-hoach-b".
        ("<b>Kế hoạch</b> tuyên truyền", "ke-hoach-tuyen-truyen"),
        ('<span class="x">Tết</span><br/>2026 &amp; Xuân', "tet-2026-xuan"),
        ("tuổi < 5 và > 2", "tuoi-5-va-2"),
    ],
)
def test_slugs_are_ascii(text: str, slug: str) -> None:
    assert slugify(text) == slug
    assert slugify(text).isascii()


def test_plan_page_says_the_original_lacks_only_what_campaign_yml_states(
    write_campaign: Callable[[str], Path],
) -> None:
    """An empty number or date may just be unread: the page claims nothing about the
    original unless ``plan.not_in_original`` says it."""
    silent = _pages(write_campaign, BEFORE)["ke-hoach.md"]
    assert "Bản gốc không ghi" not in silent and "bản gốc không ghi" not in silent
    stated = MINIMAL.replace(
        "  title: Tổ chức", "  not_in_original: [number, date]\n  title: Tổ chức"
    )
    page = _pages(write_campaign, BEFORE, stated)["ke-hoach.md"]
    assert "Số: <em>bản gốc không ghi số, ký hiệu</em>" in page
    assert "<em>Bản gốc không ghi ngày ban hành</em>" in page


def test_home_states_only_date_facts_when_nothing_is_ahead(
    write_campaign: Callable[[str], Path],
) -> None:
    # One dated activity, one the plan gives no time: after the date, the home page
    # says the dates have passed and which activity has none, never that they "took place".
    text = MINIMAL + "  - {id: hop-dan, name: Họp dân các thôn}\n"
    home = _pages(write_campaign, dt.date(2025, 4, 1), text)["index.md"]
    assert "mọi ngày ghi trong kế hoạch cho các hoạt động và sự kiện đều đã qua" in home
    assert "Kế hoạch không ghi thời gian cho 1 hoạt động." in home
    assert "diễn ra" not in home
    undated = MINIMAL.replace("    when: {start: 10/03/2025, end: 12/03/2025}\n", "")
    home = _pages(write_campaign, dt.date(2025, 4, 1), undated)["index.md"]
    assert "Kế hoạch không ghi thời gian cho 1 hoạt động." in home
    assert "đã qua" not in home, "no date in the plan: nothing has passed"


def _broadcast_page(write: Callable[[str], Path], today: dt.date, text: str) -> str:
    from campaign.broadcast.bulletin import build_bulletins
    from campaign.broadcast.schedule import build_schedule
    from campaign.pages import broadcast

    campaign = load_campaign(write(text))
    bulletins = build_bulletins(campaign, [], [], today=today)
    schedule = build_schedule(bulletins, campaign)
    return broadcast.render(campaign, bulletins, schedule, [], today)


def test_a_broadcast_period_the_tool_chose_is_labelled_as_its_proposal(
    write_campaign: Callable[[str], Path],
) -> None:
    page = _broadcast_page(write_campaign, dt.date(2025, 4, 1), MINIMAL)
    assert "## Lịch phát thanh do công cụ đề xuất\n" in page
    proposal = (
        "Lịch phát thanh do công cụ đề xuất, từ 10/03/2025 đến 12/03/2025 (từ ngày đầu đến "
        "ngày cuối của các hoạt động có thời gian trong kế hoạch)"
    )
    assert f"{proposal}: thời gian này đã qua." in page
    assert "đã kết thúc" not in page
    declared = MINIMAL + "broadcast:\n  period: {start: 10/03/2025, end: 11/03/2025}\n"
    page = _broadcast_page(write_campaign, dt.date(2025, 3, 1), declared)
    assert "Đợt phát thanh từ 10/03/2025 đến 11/03/2025: thời gian này chưa tới." in page
    assert "## Lịch phát thanh\n" in page and "do công cụ đề xuất" not in page
