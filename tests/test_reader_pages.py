"""Pages that answer a reader's questions (issue 18, item 2): the home page's latest
news, an event's address, map link and reports, and the ``event:`` key of a post."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest

from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.content.schemas import NEWS_DIR, PROFILES_DIR, ProfileMeta
from campaign.pages import NewsItem, generate_pages, news_items
from campaign.pages.events import MAP_SEARCH
from campaign.pages.profiles import ordered, profile_footer
from campaign.project import load_project

from .conftest import MINIMAL

TODAY = dt.date(2025, 3, 1)

EVENTS = """\
events:
  - id: mit-tinh
    name: Lễ mít tinh hưởng ứng
    date: 15/03/2025
    time: 7 giờ 30
    place: Sân vận động xã
    address: Thôn Nà Pàn, xã Thử & <b>huyện</b> "A"
  - id: hoi-nghi
    name: Hội nghị sơ kết
    month: 6/2025
"""


def _item(n: int, event: str | None = None, cover: str | None = None) -> NewsItem:
    return NewsItem(
        f"tin-tuc/posts/tin-{n}.md",
        f"Tin số {n} <i>",
        dt.date(2025, 2, n),
        f"Tóm tắt {n}.",
        cover,
        "Ảnh [một] buổi lễ" if cover else None,
        event,
    )


def _pages(write: Callable[[str], Path], news: tuple[NewsItem, ...]) -> dict[str, str]:
    campaign = load_campaign(write(MINIMAL + EVENTS))
    return {p.path: p.markdown for p in generate_pages(campaign, TODAY, news)}


def test_an_event_with_an_address_links_to_openstreetmap_search(write_campaign: Write) -> None:
    pages = _pages(write_campaign, ())
    page = pages["su-kien/mit-tinh.md"]
    line = next(x for x in page.splitlines() if x.startswith("- **Địa chỉ:**"))
    # The address is text (escaped Markdown/HTML), the link its percent-encoded query.
    text = line.split(" ([", 1)[0]
    assert "<b>" not in text and "&lt;b" in text and "xã Thử &amp;" in text
    url = line.split("](", 1)[1].rstrip(")")
    assert url.startswith(MAP_SEARCH)
    query = url[len(MAP_SEARCH) :]
    assert all(c not in query for c in ' <>"&()')
    assert unquote(query) == 'Thôn Nà Pàn, xã Thử & <b>huyện</b> "A"'
    assert "- **Giờ:** 7 giờ 30" in page
    # No address: no map link (a place name alone is no search a map can answer).
    assert "openstreetmap" not in pages["su-kien/hoi-nghi.md"]


def test_an_event_lists_the_posts_tagged_with_it_and_only_those(write_campaign: Write) -> None:
    news = (_item(3, "mit-tinh", "anh/le.jpg"), _item(2, "hoi-nghi"), _item(1))
    pages = _pages(write_campaign, news)
    page = pages["su-kien/mit-tinh.md"]
    assert "## Tin bài về sự kiện" in page
    assert "](../tin-tuc/posts/tin-3.md)" in page
    assert "tin-2.md" not in page and "tin-1.md" not in page
    assert '![Ảnh (một) buổi lễ](anh/le.jpg "thumb")' in page
    assert "[Tin số 3 &lt;i\\>](" in page
    assert '<span class="cp-newslist__date">03/02/2025</span>' in page
    assert "](../tin-tuc/posts/tin-2.md)" in pages["su-kien/hoi-nghi.md"]


def test_the_home_page_names_the_site_in_its_h1_and_lists_the_four_latest(
    write_campaign: Write,
) -> None:
    news = tuple(_item(n) for n in range(6, 0, -1))  # newest first, as Project.news
    home = _pages(write_campaign, news)["index.md"]
    assert '<h1 class="cp-hero__title">Chiến dịch thử</h1>' in home
    assert "Chủ đề: “Sức khỏe là vàng”" in home
    assert home.count("<h1") == 1
    listed = [n for n in range(1, 7) if f"](tin-tuc/posts/tin-{n}.md)" in home]
    assert listed == [3, 4, 5, 6]
    assert "[Tất cả tin tức](tin-tuc/index.md)" in home


def test_without_news_the_home_page_has_no_news_section(write_campaign: Write) -> None:
    assert "Tin mới" not in _pages(write_campaign, ())["index.md"]


POST = (
    "---\ntitle: Tin thử\ndate: 2025-02-20\nsummary: Một câu tóm tắt.\n"
    "event: {event}\n---\n\nNội dung.\n"
)


def _project(tmp_path: Path, event: str) -> Path:
    (tmp_path / "campaign.yml").write_text(MINIMAL + EVENTS, encoding="utf-8")
    folder = tmp_path / "docs" / NEWS_DIR
    folder.mkdir(parents=True)
    (folder / "tin-thu.md").write_text(POST.format(event=event), encoding="utf-8")
    return tmp_path


def test_a_post_names_an_unknown_event_a_located_error_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as caught:
        load_project(_project(tmp_path, "mit-tin"))
    assert [str(p) for p in caught.value.problems] == [
        f"docs/{NEWS_DIR}tin-thu.md:5: event: cần mã sự kiện có trong 'events' của "
        "campaign.yml, nhận được 'mit-tin'; có phải ý bạn là 'mit-tinh'?"
    ]


def test_a_post_tagged_with_a_known_event_reaches_the_listing_items(tmp_path: Path) -> None:
    project = load_project(_project(tmp_path, "mit-tinh"))
    (item,) = news_items(project.news)
    assert (item.src_uri, item.event, item.date) == (
        f"{NEWS_DIR}tin-thu.md",
        "mit-tinh",
        dt.date(2025, 2, 20),
    )


Write = Callable[[str], Path]


def _profile(name: str, honour: str) -> ProfileMeta:
    return ProfileMeta(name=name, kind="cá nhân", honour=honour)


def test_a_profile_leads_back_to_all_and_on_to_the_next_in_the_index_order() -> None:
    entries = [
        (f"{PROFILES_DIR}c.md", _profile("Chu Văn C", "Giấy khen của Chủ tịch UBND huyện")),
        (f"{PROFILES_DIR}b.md", _profile("Bế Thị B [x]", "Thầy thuốc Ưu tú")),
        (f"{PROFILES_DIR}a.md", _profile("An Văn A", "Thầy thuốc Ưu tú")),
    ]
    # The index: the highest honour first, then by name.
    assert [uri for uri, _ in ordered(entries)] == [
        f"{PROFILES_DIR}a.md",
        f"{PROFILES_DIR}b.md",
        f"{PROFILES_DIR}c.md",
    ]
    first = profile_footer(entries, f"{PROFILES_DIR}a.md")
    assert "Tất cả gương điển hình](index.md)" in first
    assert "[Tiếp theo: Bế Thị B \\[x\\] " in first and "](b.md)" in first
    # After the last, the first again: no dead end.
    assert "](a.md)" in profile_footer(entries, f"{PROFILES_DIR}c.md")
    alone = profile_footer(entries[:1], f"{PROFILES_DIR}c.md")
    assert "Tiếp theo" not in alone and "](index.md)" in alone


def test_the_home_page_quotes_what_the_plan_assigns_and_nothing_else(
    write_campaign: Callable[[str], Path],
) -> None:
    unit = "  - {id: tram-y-te, name: Trạm Y tế xã Thử, level: xã}\n"
    text = MINIMAL.replace(unit, unit + "  - {id: xa, name: UBND xã Thử, level: xã}\n") + (
        "assignments:\n"
        "  - tasks:\n"
        "      - {text: Báo cáo kết quả trước ngày 15 tháng 12., deadline: 15/12/2025}\n"
        "  - unit: tram-y-te\n"
        "    tasks:\n"
        "      - {text: Chủ trì khám sức khỏe miễn phí cho người cao tuổi.}\n"
        "      - {text: Tổng hợp kết quả.}\n"
        "  - unit: xa\n"
        "    tasks:\n"
        "      - {text: 'Tuyên truyền trên loa <b>truyền thanh</b> & bảng tin xã.'}\n"
    )
    campaign = load_campaign(write_campaign(text))
    home = next(p for p in generate_pages(campaign, TODAY) if p.path == "index.md").markdown
    block = home.split("## Việc kế hoạch giao\n", 1)[1].split("\n## ", 1)[0]
    assert "Theo kế hoạch, các đơn vị được giao:" in block
    lines = [line for line in block.splitlines() if line.startswith("- ")]
    # Each named unit's first task, in the plan's words; the unnamed one is left out.
    assert len(lines) == 2
    assert lines[0].startswith("- **[Trạm Y tế xã Thử](phan-cong.md#tram-y-te-xa-thu)**: ")
    assert lines[0].endswith("Chủ trì khám sức khỏe miễn phí cho người cao tuổi.")
    # Escaped for Markdown (what the page shows is the plan's text, not markup).
    assert "loa &lt;b" in lines[1] and "&amp; bảng tin" in lines[1] and "<b>" not in block
    assert "Báo cáo kết quả" not in block and "Tổng hợp kết quả" not in block
    assert "Nhiệm vụ của mọi đơn vị" not in block  # every named unit is shown


def test_a_plan_without_assignments_has_no_to_do_block(
    write_campaign: Callable[[str], Path],
) -> None:
    campaign = load_campaign(write_campaign(MINIMAL))
    home = next(p for p in generate_pages(campaign, TODAY) if p.path == "index.md").markdown
    assert "Việc kế hoạch giao" not in home
