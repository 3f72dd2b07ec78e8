"""The shared renders of the navigation cache: tabs and header fragments are made once per
kind of page, and again whenever anything they show differs (no site is built here; the
byte-for-byte comparison with the speed-ups off is in ``test_scale``)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import jinja2
from mkdocs.utils import normalize_url

from campaign.adapter import navcache


def _page(url: str, src: str) -> Any:
    return SimpleNamespace(url=url, file=SimpleNamespace(src_uri=src), title=src, meta={})


def _nav() -> tuple[Any, list[Any]]:
    home = _page("", "index.md")
    news = _page("tin-tuc/", "tin-tuc/index.md")
    plan = _page("ke-hoach/", "ke-hoach.md")
    for item in (home, news, plan):
        item.active = False
    return SimpleNamespace(items=[home, news, plan]), [home, news, plan]


class _Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        return f"<nav>{self.calls}</nav>"


def test_tabs_are_rendered_once_for_pages_that_show_the_same() -> None:
    nav, (_, news, _) = _nav()
    cache = navcache.NavCache(nav)
    render = _Counter()
    one = _page("tin-tuc/2024/08/tin-1/", "tin-tuc/posts/tin-1.md")
    two = _page("tin-tuc/2024/08/tin-2/", "tin-tuc/posts/tin-2.md")
    assert cache.tabs(one, render) == cache.tabs(two, render) == "<nav>1</nav>"
    assert render.calls == 1 and cache.hits == 1
    # Another depth: every relative link differs, so the tabs are rendered again.
    cache.tabs(_page("tin-tuc/2024/tin-3/", "tin-tuc/posts/tin-3.md"), render)
    assert render.calls == 2
    # The same place, another tab marked active.
    news.active = True
    cache.tabs(_page("tin-tuc/2024/08/tin-4/", "tin-tuc/posts/tin-4.md"), render)
    assert render.calls == 3
    # A title that changed (a page's title may change when it is rendered).
    news.title = "Tin tức mới"
    cache.tabs(_page("tin-tuc/2024/08/tin-5/", "tin-tuc/posts/tin-5.md"), render)
    assert render.calls == 4
    cache.tabs(_page("tin-tuc/2024/08/tin-6/", "tin-tuc/posts/tin-6.md"), render)
    assert render.calls == 4


def test_with_the_speed_ups_off_every_page_renders_its_own() -> None:
    nav, _ = _nav()
    cache = navcache.NavCache(nav, shared=False)
    render = _Counter()
    for n in range(3):
        cache.tabs(_page("tin-tuc/2024/08/tin/", f"tin-tuc/posts/tin-{n}.md"), render)
        cache.fragment("header", "../../", "../../emblem.png", caller=render)
    assert render.calls == 6 and cache.hits == 0


def test_a_fragment_is_shared_by_its_key_only() -> None:
    nav, _ = _nav()
    cache = navcache.NavCache(nav)
    render = _Counter()
    assert cache.fragment("header", "../", "../e.png", caller=render) == "<nav>1</nav>"
    assert cache.fragment("header", "../", "../e.png", caller=render) == "<nav>1</nav>"
    assert cache.fragment("header", "../../", "../../e.png", caller=render) == "<nav>2</nav>"
    assert cache.fragment("footer", "../", "../e.png", caller=render) == "<nav>3</nav>"


def test_templates_reach_the_caches_through_call_blocks() -> None:
    nav, _ = _nav()
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                "t.html": "{% call campaign_shared('x', link) %}<a href=\"{{ link }}\">"
                "{{ counter() }}</a>{% endcall %}"
            }
        )
    )
    cache = navcache.install(env, nav)
    counter = _Counter()
    template = env.get_template("t.html")
    first = template.render(link="../", counter=counter)
    assert template.render(link="../", counter=counter) == first == '<a href="../"><nav>1</nav></a>'
    assert template.render(link="../../", counter=counter) == '<a href="../../"><nav>2</nav></a>'
    assert cache.hits == 1


def test_the_theme_s_words_are_looked_up_once_per_key() -> None:
    nav, _ = _nav()
    env = jinja2.Environment(
        loader=jinja2.DictLoader(
            {
                "t.html": "{{ campaign_word(key) or campaign_keep_word(key, look(key)) }}",
            }
        )
    )
    looked: list[str] = []

    def look(key: str) -> str:
        looked.append(key)
        return key.upper()

    navcache.install(env, nav)
    template = env.get_template("t.html")
    assert [template.render(key=k, look=look) for k in ("top", "top", "tabs")] == [
        "TOP",
        "TOP",
        "TABS",
    ]
    assert looked == ["top", "tabs"]
    navcache.install(env, nav, shared=False)  # speed-ups off: every call looks it up
    assert [template.render(key=k, look=look) for k in ("top", "top")] == ["TOP", "TOP"]
    assert looked == ["top", "tabs", "top", "top"]


def test_nav_addresses_are_those_of_each_page() -> None:
    """Pages sharing their folders down to the deepest link share the addresses (the
    key of ``relative``): each page gets exactly what ``normalize_url`` gives it."""
    urls = ["", "tin-tuc/", "su-kien/le-ky-niem/", "a/b/c/", "https://x.vn/", "../up/"]
    items = [SimpleNamespace(url=u, children=None) for u in urls]
    cache = navcache.NavCache(SimpleNamespace(items=items))  # type: ignore[arg-type]
    pages = ["", "index.html", "404.html", "gioi-thieu/", "x/y.html", "a/b/", "a/b/c/d/"]
    pages += ["tin-tuc/2024/08/tin-1/", "tin-tuc/2024/08/tin-2/", "tin-tuc/2024/", "a/x/c/"]
    for url in [*pages, "su-kien/khac/", "su-kien/le-ky-niem/", "tin-tuc/"]:
        page: Any = SimpleNamespace(url=url)
        assert cache.relative(page) == tuple(normalize_url(u, page) for u in ("", *cache.urls))


def test_later_pages_of_a_view_share_what_they_show() -> None:
    """The later pages of a paginated view in the navigation are drawn in its place, with
    their own title and table of contents: pages with the same share the render."""
    nav, (_, news, _) = _nav()

    def paged(n: int, title: str = "Tin tức", toc: Any = ()) -> Any:
        page = _page(f"tin-tuc/trang/{n}/", f"tin-tuc/trang/{n}.md")
        page.title, page.toc = title, list(toc)
        return page

    pages = [paged(n) for n in range(2, 7)]
    news.pages = [news, *pages]
    cache = navcache.NavCache(nav)
    render = _Counter()
    assert cache(pages[0], render) == cache(pages[1], render) == "<nav>1</nav>"
    assert render.calls == 1
    # Another title, another table of contents, another icon: drawn again.
    pages[2].title = "Tin tức, trang 4"
    cache(pages[2], render)
    assert render.calls == 2
    heading = SimpleNamespace(title="Mục", url="#muc", level=2, children=[])
    pages[3].toc = [heading]
    cache(pages[3], render)
    assert render.calls == 3
    pages[4].meta = {"icon": "material/home"}
    cache(pages[4], render)
    assert render.calls == 4
    # A page of the navigation itself (the view) is never shared; nor is a page whose
    # toc the key cannot hold.
    cache(news, render)
    cache(news, render)
    assert render.calls == 6
    odd = paged(9, toc=[SimpleNamespace(title="x", url="#x", level=2, children=[], typeset=1)])
    news.pages.append(odd)
    cache = navcache.NavCache(nav)
    cache(odd, render)
    cache(odd, render)
    assert render.calls == 8
    # Off: every page renders its own.
    cache = navcache.NavCache(nav, shared=False)
    cache(pages[0], render)
    cache(pages[1], render)
    assert render.calls == 10
