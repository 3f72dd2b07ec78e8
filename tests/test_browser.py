"""The built site in Debian's Chromium: phone-sized, local-only, error-free."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import PAGE_TYPES, launch, serve_site

PAGES = list(PAGE_TYPES)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as browser:
        yield browser


@pytest.mark.parametrize("path", PAGES)
def test_page_on_a_phone(built: Path, browser: Any, path: str, tmp_path: Path) -> None:
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        requests: list[str] = []
        errors: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.on(
            "response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None
        )
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base + path, wait_until="networkidle")
        page.evaluate("document.fonts.ready")
        fonts = page.evaluate(
            "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)"
        )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        # Kept under pytest's temporary folder (…/test_page_on_a_phone_<page>0/) to look at.
        name = path.strip("/").replace("/", "-") or "index"
        page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
        page.close()
    assert [u for u in requests if not u.startswith(base)] == []
    assert errors == []
    assert any("Be Vietnam Pro" in f for f in fonts), fonts
    assert overflow <= 0


def test_profile_filter_shows_only_the_chosen_kind(built: Path, browser: Any) -> None:
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.goto(base + "guong-dien-hinh/", wait_until="networkidle")
        cards = page.locator(".cp-card")
        assert cards.count() == 3
        assert page.locator(".cp-filter").is_visible()
        page.get_by_role("button", name="Tập thể").click()
        visible = [c.inner_text() for c in cards.all() if c.is_visible()]
        page.get_by_role("button", name="Tất cả").click()
        all_visible = sum(1 for c in cards.all() if c.is_visible())
        page.close()
    assert len(visible) == 1 and "Đội y tế lưu động" in visible[0]
    assert all_visible == 3


def _results(page: Any) -> tuple[int, list[str]]:
    """(count, article titles) once the results stop changing."""
    try:
        page.locator(".md-search-result__item").first.wait_for(timeout=5000)
    except Exception:  # no result at all is an answer too
        pass
    # Results are redrawn after every keystroke: wait until two reads agree.
    previous = None
    for _ in range(40):
        current = page.locator(".md-search-result").inner_html()
        if current == previous:
            break
        previous = current
        page.wait_for_timeout(250)
    titles = [t.inner_text() for t in page.locator(".md-search-result__article h1").all()]
    marks = page.locator(".md-search-result").inner_html()
    meta = page.locator(".md-search-result__meta").inner_text()
    assert "<mark><mar" not in marks and "&lt;mark" not in marks  # no doubled highlights
    found = re.match(r"(\d+)", meta)
    return (int(found.group(1)) if found else len(titles)), titles


def _search(
    browser: Any, base: str, query: str, requests: list[str] | None = None
) -> tuple[int, list[str]]:
    """Open the search on the home page, type ``query``, return (count, article titles)."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    if requests is not None:
        page.on("request", lambda r: requests.append(r.url))
    page.goto(base, wait_until="networkidle")
    page.locator("label.md-header__button[for='__search']").click()
    # Key by key, as a person types.
    page.locator("input.md-search__input").press_sequentially(query, delay=30)
    found = _results(page)
    page.close()
    assert errors == []
    return found


@pytest.mark.parametrize(
    ("accented", "plain", "expected"),
    [
        ("bác sĩ chuyên khoa", "bac si chuyen khoa", "Hoàng Thị Minh Họa"),
        ("thầy thuốc", "thay thuoc", "Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam"),
        ("lưu động", "luu dong", "Đội y tế lưu động (tập thể minh họa)"),
        ("chuyên khoa", "chuyen khoa", "Hoàng Thị Minh Họa"),
    ],
)
def test_search_finds_the_same_pages_with_or_without_accents(
    built: Path, browser: Any, accented: str, plain: str, expected: str
) -> None:
    with serve_site(built) as base:
        _, with_accents = _search(browser, base, accented)
        _, without = _search(browser, base, plain)
    assert expected in with_accents, with_accents
    assert expected in without, without


def test_accented_query_stays_precise(built: Path, browser: Any) -> None:
    with serve_site(built) as base:
        count, titles = _search(browser, base, "lưu động")
        count_plain, _ = _search(browser, base, "luu dong")
    assert titles[0] == "Đội y tế lưu động (tập thể minh họa)"
    assert count <= count_plain


def _marked(browser: Any, base: str, query: str) -> tuple[str, list[str]]:
    """The first result's title for ``query``, and the words the search marks in it."""
    page = browser.new_page(viewport={"width": 360, "height": 740})
    page.goto(base, wait_until="networkidle")
    page.locator("label.md-header__button[for='__search']").click()
    page.locator("input.md-search__input").press_sequentially(query, delay=30)
    _results(page)
    first = page.locator(".md-search-result__item").first
    title = first.locator("h1").first.inner_text()
    marks = [m.text_content() or "" for m in first.locator("mark").all()]
    page.close()
    return title, marks


@pytest.mark.parametrize(
    ("accented", "plain"), [("thầy thuốc", "thay thuoc"), ("lưu động", "luu dong")]
)
def test_an_unaccented_query_marks_the_accented_words_it_found(
    built: Path, browser: Any, accented: str, plain: str
) -> None:
    # Found through their hidden accent-free copies, the words were not marked.
    with serve_site(built) as base:
        title, with_accents = _marked(browser, base, accented)
        title_plain, without = _marked(browser, base, plain)
    assert title_plain == title
    assert with_accents, "an accented query marks its words"
    # Every word the accented query marks, the plain one marks too (it may mark
    # more: "dong" is also "đồng"), and only words that begin with a query word.
    assert {m.casefold() for m in with_accents} <= {m.casefold() for m in without}
    words = _fold(plain).split()
    assert all(any(_fold(m).startswith(w) for w in words) for m in without), without


def _fold(text: str) -> str:
    """Lower case without diacritics (đ → d), as the search's folded copies."""
    text = unicodedata.normalize("NFD", text.casefold()).replace("\u0111", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


class _Index:
    """The built search index, read the way a reader judges a result."""

    def __init__(self, built: Path) -> None:
        data = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
        self.separator = re.compile(data["config"]["separator"])
        self.docs = data["docs"]
        self.titles = {d["location"]: self._plain(d["title"]) for d in self.docs}

    @staticmethod
    def _plain(text: str) -> str:
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())

    def words(self, text: str, accents: bool) -> list[str]:
        text = unicodedata.normalize("NFC", self._plain(text))
        words = [w for w in self.separator.split(text.casefold()) if w]
        return words if accents else [_fold(w) for w in words]

    def _holds(self, text: str, query: str) -> bool:
        accents = _fold(query) != query.casefold()
        wanted, words = self.words(query, accents), self.words(text, accents)
        n = len(wanted)
        return any(words[i : i + n] == wanted for i in range(len(words) - n + 1))

    def pages_titled(self, query: str) -> set[str]:
        """Titles of pages whose own title holds the query's words, in order."""
        return {
            self.titles[d["location"]]
            for d in self.docs
            if "#" not in d["location"] and self._holds(d["title"], query)
        }

    def pages_holding(self, query: str) -> set[str]:
        """Titles of pages with the query's words in order anywhere (title, headings, text)."""
        return {
            self.titles[d["location"].split("#")[0]]
            for d in self.docs
            if self._holds(d["title"] + " " + d.get("text", ""), query)
        }


@pytest.mark.parametrize(
    "query", ["thay thuoc", "thầy thuốc", "ke hoach", "kế hoạch", "y te", "y tế", "khau hieu"]
)
def test_a_page_titled_with_the_query_comes_first(built: Path, browser: Any, query: str) -> None:
    # Stock Material ORs the syllables with a trailing wildcard: "ke hoach" put
    # "… đoàn kết …" first and "y tế" the plan's "Yêu cầu" section.
    titled = _Index(built).pages_titled(query)
    assert titled, f"the flagship has a page titled {query!r}"
    with serve_site(built) as base:
        _, titles = _search(browser, base, query)
    assert titles and titles[0] in titled, (titles[:3], titled)


@pytest.mark.parametrize("query", ["bac si", "bác sĩ"])
def test_the_whole_word_outranks_its_syllables_found_apart(
    built: Path, browser: Any, query: str
) -> None:
    # No title says "bác sĩ"; stock Material put first a page with "Bác" (Hồ) in
    # its title and no "sĩ" anywhere near.
    index = _Index(built)
    assert not index.pages_titled(query)
    holding = index.pages_holding(query)
    assert holding
    with serve_site(built) as base:
        _, titles = _search(browser, base, query)
    assert titles and titles[0] in holding, (titles[:3], holding)


@pytest.mark.parametrize("query", ["kế hoạch;thầy thuốc", "“Kế hoạch”, thầy thuốc…"])
def test_queries_split_on_vietnamese_punctuation(built: Path, browser: Any, query: str) -> None:
    with serve_site(built) as base:
        spaced = _search(browser, base, "kế hoạch thầy thuốc")
        punctuated = _search(browser, base, query)
    assert spaced[1] and punctuated == spaced


def test_text_entered_without_key_presses_is_searched(built: Path, browser: Any) -> None:
    # Material searches on key release only; voice typing and pasting send none,
    # and the results stayed those of the words typed before.
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.goto(base, wait_until="networkidle")
        page.locator("label.md-header__button[for='__search']").click()
        box = page.locator("input.md-search__input")
        box.press_sequentially("khẩu hiệu", delay=30)
        _, before = _results(page)
        box.fill("bác sĩ")
        _, after = _results(page)
        page.close()
    assert before and "Hoàng Thị Minh Họa" not in before
    assert after and after[0] == "Hoàng Thị Minh Họa", after


def test_search_loads_only_when_it_is_used(built: Path, browser: Any) -> None:
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(base + "ke-hoach/", wait_until="networkidle")
        page.wait_for_timeout(500)
        on_load = list(requests)
        # Reached from a search result (?h=…): Material highlights the words at once.
        page.goto(base + "ke-hoach/?h=thầy+thuốc", wait_until="networkidle")
        page.locator("mark[data-md-highlight]").first.wait_for(timeout=10000)
        page.close()
        used: list[str] = []
        count, _ = _search(browser, base, "thay thuoc", requests=used)
    loaded = [u for u in on_load if "search_index" in u or "workers/search" in u]
    assert loaded == []
    # Nor the whole site's sitemap, which Material fetches beside every
    # link[rel=alternate] (the feed link is rel="alternate feed").
    assert not [u for u in on_load if "sitemap.xml" in u]
    assert count > 0
    assert any(u.endswith("search/search_index.json") for u in used)


@pytest.mark.parametrize("path", PAGES)
def test_text_enlarged_to_200_percent_fits_a_phone(built: Path, browser: Any, path: str) -> None:
    """WCAG 1.4.4: text at 200% loses nothing. A phone's text-size setting scales
    the root font size, from which Material derives every size (125% → 250%)."""
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.goto(base + path, wait_until="networkidle")
        page.add_style_tag(content="html { font-size: 250% !important; }")
        page.evaluate("document.fonts.ready")
        result = page.evaluate(
            """() => {
              const width = document.documentElement.clientWidth, problems = [];
              // The page's content and footer; the header title ends in "…" by
              // design (the page's own title is the h1), the drawer and the
              // search are off-screen until opened.
              for (const el of document.querySelectorAll('.md-content *, .md-footer *')) {
                const box = el.getBoundingClientRect();
                // Wide tables scroll sideways inside their own frame, by design.
                if (!box.width || !box.height || el.closest('.md-typeset__scrollwrap')) continue;
                const style = getComputedStyle(el);
                const name = el.tagName.toLowerCase() + '.' + el.className + ' '
                  + (el.textContent || '').trim().slice(0, 30);
                if (box.right > width + 1 || box.left < -1) problems.push('outside: ' + name);
                const clips = ['hidden', 'clip'].includes(style.overflowX);
                if (clips && el.scrollWidth > el.clientWidth + 1) problems.push('clipped: ' + name);
              }
              return {overflow: document.documentElement.scrollWidth - width, problems};
            }"""
        )
        page.close()
    assert result["overflow"] <= 0
    assert result["problems"] == []


AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


# The theme's own pages too: the about page and the page nginx serves for a wrong address.
@pytest.mark.parametrize("path", [*PAGES, "gioi-thieu/", "404.html"])
def test_no_serious_accessibility_violation(built: Path, browser: Any, path: str) -> None:
    assert AXE.exists(), "axe-core is installed by the set-up (package.json)"
    with serve_site(built) as base:
        page = browser.new_page(viewport={"width": 360, "height": 740})
        page.goto(base + path, wait_until="networkidle")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        page.close()
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
