"""What a reader sees and does, in Chromium (issue 18, item 5).

Every page type at a phone's width (360 px) and a laptop's (1366 px): no sideways
scroll, the page's H1 in the first screen, no text cut off, and taps big enough
(44 px on the phone, WCAG 2.5.5; 24 px with a mouse, WCAG 2.5.8; links inside a
sentence are exempt, as WCAG says). The screenshots are kept (under pytest's
temporary folder, or in ``$CAMPAIGN_SCREENSHOTS`` when set) to be looked at.

Reader tasks start on the home page and count taps: the ceremony's date and
place in at most two, the latest news in one, a kit file and a bulletin's audio
through the menu. What the page must show is read from the flagship's own data
(campaign.yml, the posts' front matter), not copied from the site.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from campaign.content.dates import short_date
from campaign.project import load_project
from tests.browser import PAGE_TYPES, launch, serve_site
from tests.conftest import ROOT

pytestmark = pytest.mark.browser

# Every page type: those of tests/browser.py, a topic of the news, the about page, the 404.
ALL_PAGES = [*PAGE_TYPES, "tin-tuc/chu-de/le-ky-niem/", "gioi-thieu/", "404.html"]
SIZES = {"phone": (360, 740), "laptop": (1366, 768)}
MIN_TAP = {"phone": 44, "laptop": 24}

# Measured in the page: what is wrong, element by element (empty lists when all is well).
PROBE = """(minTap) => {
  const width = document.documentElement.clientWidth, height = window.innerHeight;
  const name = el => el.tagName.toLowerCase()
    + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '')
    + ' "' + (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
  const shown = el => {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    if (box.right <= 0 || box.left >= width) return false;  // the closed drawer, off-screen
    for (let e = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === 'hidden' || s.display === 'none' || s.opacity === '0') return false;
      if (e.classList && e.classList.contains('cp-hidden')) return false;  // for screen readers
    }
    return true;
  };
  const h1s = [...document.querySelectorAll('h1')].filter(shown);
  const h1 = h1s.length ? h1s[0].getBoundingClientRect() : null;
  const cut = [], small = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!shown(el) || el.closest('.md-search, .md-typeset__scrollwrap')) continue;
    const s = getComputedStyle(el);
    const text = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (text && s.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
      cut.push('ellipsis: ' + name(el));
    if (text && ['hidden', 'clip'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1)
      cut.push('clipped: ' + name(el));
    if (el.matches('a[href], button, label[for], input:not([type=hidden]), summary, select')) {
      const box = el.getBoundingClientRect();
      // A link inside a sentence is exempt (WCAG 2.5.5, 2.5.8: "inline"): its block
      // (the nearest ancestor not laid out inline) holds other text than the link's.
      let block = el.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      const sentence = s.display === 'inline' && block
        && block.textContent.trim().length > (el.textContent || '').trim().length + 1;
      if (sentence) continue;
      if (box.height < minTap - 0.5 || box.width < Math.min(minTap, 24) - 0.5)
        small.push(name(el) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
    }
  }
  return {
    overflow: document.documentElement.scrollWidth - width,
    h1: h1 ? {count: h1s.length, top: h1.top, bottom: h1.bottom, height} : null,
    cut: [...new Set(cut)],
    small: [...new Set(small)],
  };
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as browser:
        yield browser


def _shots(tmp_path: Path) -> Path:
    folder = os.environ.get("CAMPAIGN_SCREENSHOTS")
    target = Path(folder) if folder else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("path", ALL_PAGES)
def test_every_page_type_as_a_reader_sees_it(
    built: Path, browser: Any, path: str, size: str, tmp_path: Path
) -> None:
    width, height = SIZES[size]
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(base + path, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        result = page.evaluate(PROBE, MIN_TAP[size])
        name = (path.strip("/").replace("/", "-") or "index").removesuffix(".html")
        page.screenshot(path=str(_shots(tmp_path) / f"{name}-{width}.png"), full_page=True)
        page.close()
    assert result["overflow"] <= 0, "the page scrolls sideways"
    h1 = result["h1"]
    assert h1 is not None and h1["count"] == 1, "one visible H1"
    assert 0 <= h1["top"] and h1["bottom"] <= h1["height"], f"H1 below the first screen: {h1}"
    assert result["cut"] == []
    assert result["small"] == []


def _phone(browser: Any) -> Any:
    return browser.new_page(viewport={"width": 360, "height": 740}, accept_downloads=True)


def _menu(page: Any, label: str) -> None:
    """Two taps: open the phone's menu, then the section named ``label``."""
    page.locator("label.md-header__button[for=__drawer]").click()
    page.locator(".md-nav--primary a.md-nav__link", has_text=label).first.click()
    page.wait_for_load_state("networkidle")


def test_the_ceremony_date_and_place_within_two_taps_from_home(built: Path, browser: Any) -> None:
    project = load_project(ROOT)
    ceremony = project.campaign.events[0]
    assert ceremony.date is not None and ceremony.place
    with serve_site(built) as base:
        page = _phone(browser)
        page.goto(base, wait_until="networkidle")
        # One tap: the home page links to the event by its name.
        page.locator(".md-content a", has_text=ceremony.name).first.click()
        page.wait_for_load_state("networkidle")
        text = page.locator(".md-content").inner_text()
        heading = page.locator("h1").inner_text()
        page.close()
    assert heading.strip() == ceremony.name
    assert short_date(ceremony.date) in text
    assert ceremony.place in text
    if ceremony.time:
        assert ceremony.time in text


def test_the_latest_news_in_one_tap_from_home(built: Path, browser: Any) -> None:
    project = load_project(ROOT)
    newest = max(project.news, key=lambda item: item[1].date)[1]
    with serve_site(built) as base:
        page = _phone(browser)
        page.goto(base, wait_until="networkidle")
        first = page.locator(".cp-newslist li > a").first
        assert first.bounding_box()["y"] < 3 * 740  # within three screens of scrolling
        first.click()
        page.wait_for_load_state("networkidle")
        heading = page.locator("h1").inner_text()
        text = page.locator(".md-content").inner_text()
        page.close()
    assert heading.strip() == newest.title
    assert short_date(newest.date) in text


def test_a_kit_file_downloads_in_three_taps_from_home(built: Path, browser: Any) -> None:
    with serve_site(built) as base:
        page = _phone(browser)
        page.goto(base, wait_until="networkidle")
        _menu(page, "Bộ ấn phẩm")
        button = page.locator("a.cp-kit__button", has_text="PDF").first
        box = button.bounding_box()
        label = button.inner_text()
        with page.expect_download() as download:
            button.click()
        data = Path(download.value.path()).read_bytes()
        page.close()
    assert box["height"] >= 44
    assert data.startswith(b"%PDF")
    # The button says the file's size, and it is the size of what came down.
    said = re.search(r"(\d+(?:,\d+)?) (KB|MB)$", label)
    assert said, label
    unit = 1024 * 1024 if said[2] == "MB" else 1024
    size = len(data) / unit
    # Said to one decimal (MB) or a whole number (KB).
    assert abs(float(said[1].replace(",", ".")) - size) <= (0.06 if unit > 1024 else 0.6), (
        label,
        size,
    )


def test_a_bulletin_plays_in_the_browser_in_two_taps_from_home(built: Path, browser: Any) -> None:
    with serve_site(built) as base:
        page = _phone(browser)
        page.goto(base, wait_until="networkidle")
        _menu(page, "Truyền thanh")
        player = page.locator("audio.cp-audio").first
        player.scroll_into_view_if_needed()
        # The player itself, not a download: it loads its sound and knows its length.
        duration = page.evaluate(
            """(audio) => new Promise((done) => {
                 audio.addEventListener('loadedmetadata', () => done(audio.duration));
                 audio.addEventListener('error', () => done(-1));
                 audio.preload = 'metadata'; audio.load();
               })""",
            player.element_handle(),
        )
        box = player.bounding_box()
        page.close()
    assert duration > 1
    assert box["width"] >= 200 and box["height"] >= 30
