"""The campaign theme on the built sites: what a reader's browser receives.

Builds the flagship and the example (session fixtures shared with other build tests).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PIL import Image

pytestmark = pytest.mark.build

# Material's documentation chrome, as it appears in a page's HTML.
DOCS_CHROME = {
    "table of contents sidebar": 'data-md-type="toc"',
    "previous/next bar": "md-footer__link",
    "permalink mark": "Permanent link",
    "Material credit": "Made with",
    "English 404": "404 - Not found",
    "'documents' in search results": "tài liệu liên quan",
    "'Trong' before categories": ">Trong<",
    "Material's book logo": "M12 8a3 3 0 0 0 3-3 3 3 0 0 0-3-3",
}


def _pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name in ("index.html", "404.html"))


@pytest.mark.parametrize("which", ["built", "built_example"])
def test_no_docs_chrome_on_any_page(which: str, request: pytest.FixtureRequest) -> None:
    site: Path = request.getfixturevalue(which)
    found = []
    for page in _pages(site):
        text = page.read_text(encoding="utf-8")
        found += [
            f"{page.relative_to(site)}: {name}"
            for name, mark in DOCS_CHROME.items()
            if mark in text
        ]
    assert not found, found[:10]


def test_every_page_has_the_band_the_footer_and_the_icons(built: Path) -> None:
    for page in _pages(built):
        text = page.read_text(encoding="utf-8")
        assert 'class="cp-band__issuer">Ủy ban nhân dân huyện Văn Quan<' in text, page
        assert 'class="cp-band__superior">Ủy ban nhân dân tỉnh Lạng Sơn<' in text, page
        assert "Đơn vị thực hiện:</dt> <dd>Trung tâm Y tế huyện Văn Quan" in text, page
        assert re.search(r'<link rel="icon" href="[^"]*assets/campaign/favicon\.png">', text), page
        assert re.search(r'<link rel="apple-touch-icon" href="[^"]*apple-touch-icon\.png">', text)
    # No phone, email or address is given by the plan: none is shown.
    home = (built / "index.html").read_text(encoding="utf-8")
    assert "Điện thoại:" not in home and "Thư điện tử:" not in home and "Địa chỉ:" not in home
    for name, side in (("favicon.png", 48), ("apple-touch-icon.png", 180), ("emblem.png", 96)):
        with Image.open(built / "assets" / "campaign" / name) as image:
            assert image.format == "PNG" and image.size == (side, side)


def test_the_404_page_is_vietnamese_with_a_home_link_and_search(built: Path) -> None:
    text = (built / "404.html").read_text(encoding="utf-8")
    assert "<h1>Không tìm thấy trang này</h1>" in text
    assert re.search(r'<a class="md-button md-button--primary" href="/">Về trang chủ</a>', text)
    assert '<label class="md-button" for="__search">Tìm kiếm trên trang</label>' in text
    # Served at any depth: every link of its list of sections is absolute.
    sections = text.split('<ul class="cp-sections">', 1)[1].split("</ul>\n", 1)[0]
    links = re.findall(r'href="([^"]*)"', sections)
    assert links and all(link.startswith("/") for link in links), links


@pytest.mark.parametrize("which", ["built", "built_example"])
def test_the_about_page_lists_every_section_of_the_navigation(
    which: str, request: pytest.FixtureRequest
) -> None:
    site: Path = request.getfixturevalue(which)
    home = (site / "index.html").read_text(encoding="utf-8")
    tabs = home.split('<ul class="md-tabs__list">', 1)[1].split("</ul>", 1)[0]
    titles = [
        " ".join(t.split())
        for t in re.findall(r'class="md-tabs__link">\s*(.*?)\s*</a>', tabs, re.S)
    ]
    about = (site / "gioi-thieu" / "index.html").read_text(encoding="utf-8")
    listed = about.split('<ul class="cp-sections">', 1)[1].split('<h2 id="lien-he">', 1)[0]
    shown = [" ".join(t.split()) for t in re.findall(r">([^<>]+)</a>", listed)]
    assert len(titles) >= 6
    assert [t for t in titles if t not in shown] == []
    assert '<h2 id="lien-he">Liên hệ</h2>' in about
