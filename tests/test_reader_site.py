"""Pages that answer a reader's questions, on the built flagship (issue 18, item 2):
what the browser receives on the home page, the ceremony's page and a news post."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaign.cli import main

from .scratch import post, scratch

pytestmark = pytest.mark.build

POST = "tin-tuc/2025/02/le-ky-niem-70-nam-ngay-thay-thuoc-viet-nam/index.html"


def _read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_the_home_page_names_the_site_once_and_lists_the_latest_news(built: Path) -> None:
    text = _read(built, "index.html")
    assert re.findall(r"<title>([^<]*)</title>", text) == [
        "Văn Quan - 70 năm Ngày Thầy thuốc Việt Nam"
    ]
    assert re.findall(r"<h1[^>]*>([^<]*)</h1>", text) == [
        "Văn Quan - 70 năm Ngày Thầy thuốc Việt Nam"
    ]
    news = text.split('<div class="cp-newslist">', 1)[1].split("</div>", 1)[0]
    # Four posts (the flagship has four), newest first, each with its date as dd/mm/yyyy.
    dates = re.findall(r'<span class="cp-newslist__date">([^<]*)</span>', news)
    assert dates == ["26/02/2025", "15/02/2025", "05/02/2025", "01/08/2024"]
    # Thumbnails: the posts' covers, small, lazy, described.
    thumbs = re.findall(r'<picture class="cp-thumb">.*?</picture>', news, re.S)
    assert len(thumbs) == 2
    for thumb in thumbs:
        assert 'sizes="100px"' in thumb and 'loading="lazy"' in thumb
        assert re.search(r'alt="Ảnh minh họa [^"]+"', thumb)


def test_the_ceremony_lists_the_post_tagged_with_it(built: Path) -> None:
    text = _read(built, "su-kien/le-ky-niem/index.html")
    section = text.split('id="tin-bai-ve-su-kien"', 1)[1]
    links = re.findall(r'<a href="([^"]*)">([^<]*)</a>', section.split("</div>", 1)[0])
    assert links == [
        (
            "../../tin-tuc/2025/02/le-ky-niem-70-nam-ngay-thay-thuoc-viet-nam/",
            "Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam",
        )
    ]
    # campaign.yml gives no address for the ceremony: no map link is made up.
    assert "openstreetmap" not in text


def test_a_post_has_its_date_and_topic_under_the_title_and_a_way_back(built: Path) -> None:
    text = _read(built, POST)
    head = text.split("</h1>", 1)[1].split("</p>", 1)[0]
    assert '<time datetime="2025-02-26">26/02/2025</time>' in head
    assert '<a href="../../../chu-de/le-ky-niem/">Lễ kỷ niệm</a>' in head
    assert re.search(r'<p class="cp-back"><a href="\.\./\.\./\.\./">.*Về trang Tin tức</a>', text)
    # No other post shares its topic: no related list rather than an unrelated one.
    assert "Tin liên quan" not in text


def test_related_posts_share_a_topic_at_most_three_never_the_post_itself(
    tmp_path: Path,
) -> None:
    root = scratch(tmp_path / "chien-dich")
    for n in range(1, 6):
        post(
            root,
            f"tiem-{n}",
            f"Tiêm chủng đợt {n}",
            f"2025-02-{n:02d}",
            "categories: [Tiêm chủng]\n",
        )
    post(root, "khac", "Tin khác", "2025-02-09", "categories: [Khác]\n")
    assert main(["-C", str(root), "build"]) == 0
    site = root / "site"
    page = next(site.glob("tin-tuc/2025/02/tiem-chung-dot-3/index.html"))
    related = page.read_text(encoding="utf-8").split('id="tin-lien-quan"', 1)[1]
    titles = re.findall(r'<a href="[^"]*">([^<]*)</a>', related.split("</ul>", 1)[0])
    assert len(titles) == 3 and len(set(titles)) == 3
    assert all(t.startswith("Tiêm chủng đợt ") for t in titles)
    assert "Tiêm chủng đợt 3" not in titles
    other = next(site.glob("tin-tuc/2025/02/tin-khac/index.html")).read_text(encoding="utf-8")
    assert "Tin liên quan" not in other


def test_posts_without_a_cover_show_a_small_copy_of_their_share_card(built: Path) -> None:
    from PIL import Image

    news = _read(built, "index.html").split('<div class="cp-newslist">', 1)[1]
    news = news.split("</div>", 1)[0]
    # The flagship's two posts without cover: (tuyen-truyen-truc-quan, phat-dong-…) have
    # no photo in their text either (docs/tin-tuc/posts/*.md).
    cards = re.findall(r'<span class="cp-thumb cp-thumb--card"><img src="([^"]+)" alt=""', news)
    assert cards == [
        "assets/cards/nho/tin-tuc-posts-tuyen-truyen-truc-quan.webp",
        "assets/cards/nho/tin-tuc-posts-phat-dong-phong-trao-thi-dua.webp",
    ]
    for card in cards:
        with Image.open(built / card) as image:
            assert image.size == (240, 126)
        assert (built / card).stat().st_size < 12_000


def test_every_topic_and_month_is_a_link_on_the_news_pages(built: Path) -> None:
    # From the posts' front matter (docs/tin-tuc/posts/*.md): their months and topics.
    months = ["Tháng 02/2025", "Tháng 08/2024"]
    topics = ["Lễ kỷ niệm", "Thi đua", "Tuyên truyền", "Về nguồn"]
    for page in ("tin-tuc/index.html", "tin-tuc/luu-tru/2025/02/index.html"):
        text = _read(built, page)
        block = text.split('<nav class="cp-views"', 1)[1].split("</nav>", 1)[0]
        links = re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', block)
        assert [name for _, _, name in links] == topics + months
        for href, _, _ in links:  # each lands on a page of the site
            assert (built / page).parent.joinpath(href, "index.html").resolve().is_file(), href
        current = [name for _, mark, name in links if mark]
        assert current == (["Tháng 02/2025"] if "luu-tru" in page else [])
    # A post is no listing: no such block.
    assert 'class="cp-views"' not in _read(built, POST)
