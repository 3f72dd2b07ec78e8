"""How people and machines find the site: calendar, robots, sitemap, canonical URLs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar

from campaign.content.load import load_campaign
from campaign.publish.calendar import campaign_calendar
from tests.conftest import MINIMAL


def test_calendar_has_activities_events_and_deadlines(
    write_campaign: Callable[[str], Path],
) -> None:
    text = MINIMAL + (
        "events:\n"
        "  - {id: hoi-nghi, name: Hội nghị, date: 20/03/2025, time: 7h30, place: Hội trường}\n"
        "assignments:\n"
        "  - unit: tram-y-te\n"
        "    role: chủ trì\n"
        "    tasks:\n"
        "      - {text: Gửi báo cáo, deadline: 12/05/2025}\n"
    )
    calendar = Calendar.from_ical(
        campaign_calendar(load_campaign(write_campaign(text)), dt.date(2025, 3, 1))
    )
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Khám sức khỏe miễn phí", "Hội nghị", "Hạn: Trạm Y tế xã Thử"}
    activity = events["Khám sức khỏe miễn phí"]
    assert activity.decoded("dtstart") == dt.date(2025, 3, 10)
    assert activity.decoded("dtend") == dt.date(2025, 3, 13)  # exclusive end: through the 12th
    meeting = events["Hội nghị"].decoded("dtstart")
    assert isinstance(meeting, dt.datetime)
    assert (meeting.hour, meeting.minute, meeting.utcoffset()) == (7, 30, dt.timedelta(hours=7))
    assert events["Hạn: Trạm Y tế xã Thử"].decoded("dtstart") == dt.date(2025, 5, 12)
    assert len({str(e["uid"]) for e in events.values()}) == 3


def test_built_site_is_discoverable(built: Path) -> None:
    robots = (built / "robots.txt").read_text(encoding="utf-8")
    assert "Sitemap: https://thaythuoc70.vanquan.example/sitemap.xml" in robots
    calendar = Calendar.from_ical((built / "lich.ics").read_bytes())
    assert any("Lễ kỷ niệm" in str(e["summary"]) for e in calendar.walk("VEVENT"))
    home = (built / "index.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://thaythuoc70.vanquan.example/">' in home
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://thaythuoc70.vanquan.example/ke-hoach/" in sitemap


def test_every_page_has_its_share_card(built: Path) -> None:
    import re

    from PIL import Image

    pages = list(built.rglob("index.html"))
    assert len(pages) > 15
    for page in pages:
        html = page.read_text(encoding="utf-8")
        found = re.search(r'<meta property="og:image" content="([^"]+)">', html)
        assert found, page
        card = built / found.group(1).removeprefix("https://thaythuoc70.vanquan.example/")
        with Image.open(card) as image:
            assert image.size == (1200, 630)
        assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_cards_are_cached(tmp_path: Path) -> None:
    from campaign.media.ogcard import page_card

    first = page_card("Tiêu đề rất dài " * 20, "Tin tức", "Chiến dịch thử", tmp_path)
    stamp = first.stat().st_mtime_ns
    again = page_card("Tiêu đề rất dài " * 20, "Tin tức", "Chiến dịch thử", tmp_path)
    assert again == first and again.stat().st_mtime_ns == stamp
    assert len(list(tmp_path.iterdir())) == 1


def test_share_links_are_plain_and_local(built: Path) -> None:
    html = (built / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    share = html[html.index('<aside class="cp-share"') :]
    share = share[: share.index("</aside>")]
    assert (
        "https://www.facebook.com/sharer/sharer.php?u=https%3A//thaythuoc70.vanquan.example/ke-hoach/"
        in share
    )
    assert "<script" not in share
    assert 'data-share-url="https://thaythuoc70.vanquan.example/ke-hoach/"' in share


def test_news_items_have_share_links_and_vietnamese_labels(built: Path) -> None:
    # The news item template replaces main.html's content block: the links
    # live in partials/comments.html, which every page's content includes.
    post = next((built / "tin-tuc" / "2025").rglob("le-ky-niem*/index.html"))
    html = post.read_text(encoding="utf-8")
    assert html.count('<aside class="cp-share"') == 1
    assert "Thông tin bài viết" in html and "Metadata" not in html
    assert "Lên đầu trang" in html and "Trở lại mục lục" not in html
    home = (built / "index.html").read_text(encoding="utf-8")
    assert home.count('<aside class="cp-share"') == 1
    assert "Initializing search" not in home and "Đang chuẩn bị tìm kiếm" in home
