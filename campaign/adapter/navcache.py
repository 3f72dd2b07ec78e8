"""Rendering Material's navigation, tabs and the header once per kind of page, not once per page.

Material renders the whole navigation into every page (hidden on posts). On
a province's site that is a third of the template time, and the output is
the same for every page outside the navigation at the same place in the URL
tree: it depends on the page only through the relative URLs of the links and
the "active" marks. A page inside the navigation also gets its own table of
contents in it, so it is rendered as before; the later pages of a paginated
view in it are drawn in the view's place with their own title and table of
contents, and share it with the view's other pages that have the same (see
``NavCache.paged_key``).

The theme's ``partials/nav.html`` is overridden by one that wraps Material's
own (reached through the ``material/`` prefix added to the loader) in
``campaign_nav(page)``; nothing of Material's markup is copied. With the
speed-ups off (see ``compat``) ``campaign_nav`` renders the navigation for
every page, as Material does.

The top tabs (``partials/tabs.html``, wrapped the same way in
``campaign_tabs(page)``) show no table of contents: they depend on the page
only through the relative URLs of the links, the "active" marks and the
items' titles and icons, so every page with the same of those shares them.
The campaign's own header is wrapped in ``campaign_shared(...)``, keyed by
the values it computes from the page (its links home and to the emblem);
the rest of it is the same for every page of a build. So are the theme's
settings, style sheets and scripts (keyed by their addresses relative to the
page) and the campaign's footer (the same on every page), see ``main.html``. The theme's words
(``lang.t(key)``: Material builds its whole table of words on every call)
are looked up once per key. Each cache lives for one build (installed
again in every ``on_env``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator
from typing import Any

import jinja2
from markupsafe import Markup
from material import templates as material_templates
from mkdocs.structure.nav import Navigation
from mkdocs.utils import _norm_parts, normalize_url

__all__ = ["NavCache", "install"]

PREFIX = "material"


def _items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])


def _toc_key(items: Any) -> tuple[Any, ...] | None:
    """A table of contents as the template reads it (None: something it cannot key)."""
    found = []
    for item in items:
        if getattr(item, "typeset", None) is not None:
            return None
        children = _toc_key(getattr(item, "children", None) or [])
        if children is None:
            return None
        found.append((item.title, item.url, item.level, children))
    return tuple(found)


class NavCache:
    """The navigation's HTML by what it depends on, for one build."""

    def __init__(self, nav: Navigation, shared: bool = True) -> None:
        self.shared = shared  # False: every page renders its own navigation
        self.items = list(_items(nav.items))
        self.urls = sorted({u for i in self.items if (u := getattr(i, "url", None)) is not None})
        # Pages the navigation shows, and the pages of paginated views in it: the
        # template tests ``nav_item == page`` and ``page in nav_item.pages``.
        shown = [*self.items, *(p for i in self.items for p in getattr(i, "pages", None) or [])]
        self.shown = {f.src_uri for p in shown if (f := getattr(p, "file", None)) is not None}
        # The navigation's own items; the other shown pages are the later pages of a
        # paginated view (its ``pages``), see ``paged_key``.
        self.own = {f.src_uri for i in self.items if (f := getattr(i, "file", None)) is not None}
        self.html: dict[tuple[Any, ...], str] = {}
        self.tabs_html: dict[tuple[Any, ...], str] = {}
        self.fragments: dict[tuple[Any, ...], str] = {}
        self.words: dict[str, Any] = {}
        self.hits = 0
        # The links' addresses relative to a page depend on its folders only as far
        # down as the deepest link goes, and on how deep it is (see ``relative``).
        self.depth = max((len(_norm_parts(u)) for u in self.urls), default=0)
        self.relatives: dict[tuple[Any, ...], tuple[str, ...]] = {}

    def key(self, page: Any) -> tuple[Any, ...] | None:
        """What the rendered navigation depends on, or None when it is the page's own."""
        file = getattr(page, "file", None)
        url = getattr(page, "url", None)
        if not self.shared or file is None or url is None or file.src_uri in self.own:
            return None
        if any(u.startswith(url) for u in self.urls):  # a link below the page: not shared
            return None
        relative = self.relative(page)
        active = tuple(bool(getattr(item, "active", False)) for item in self.items)
        place = posixpath.dirname(url.rstrip("/")), url.count("/"), relative, active
        if file.src_uri in self.shown:
            paged = self.paged_key(page)
            return None if paged is None else (*place, *paged)
        return place

    def paged_key(self, page: Any) -> tuple[Any, ...] | None:
        """What the navigation of a later page of a paginated view (in the navigation)
        depends on besides its place (None: not shared).

        The template draws such a page in place of its view (``page in
        nav_item.pages``) as the current page: its title, icon, subtitle, status and
        table of contents, and a link to itself, which the blog's ``url`` filter turns
        into one to the view (in ``relative``). Pages of the same view with the same
        of these at the same place share it (the 200 later pages of the news list)."""
        if getattr(page, "typeset", None) is not None:
            return None
        toc = _toc_key(getattr(page, "toc", None) or [])
        if toc is None:
            return None
        holders = tuple(
            i for i, item in enumerate(self.items) if page in (getattr(item, "pages", None) or [])
        )
        meta = getattr(page, "meta", None) or {}
        shown = (
            page.title,
            bool(meta),
            repr(meta.get("icon")),
            repr(meta.get("subtitle")),
            repr(meta.get("status")),
            repr(getattr(page, "encrypted", None)),
        )
        return holders, shown, toc

    def tabs_key(self, page: Any) -> tuple[Any, ...] | None:
        """What the rendered tabs depend on (None: not shared)."""
        if not self.shared or getattr(page, "url", None) is None:
            return None
        relative = self.relative(page)
        active = tuple(bool(getattr(item, "active", False)) for item in self.items)
        # A page's title may change when it is rendered; an index page may show its icon.
        titles = tuple(getattr(item, "title", None) for item in self.items)
        icons = tuple((getattr(item, "meta", None) or {}).get("icon") for item in self.items)
        return relative, active, titles, icons

    def relative(self, page: Any) -> tuple[str, ...]:
        """The site root's and every link's address relative to ``page`` (``normalize_url``).

        ``get_relative_url`` compares the page's folders with the link's, so no further
        down than the link's own: pages with the same folders down to the deepest link,
        at the same depth, get the same addresses (the posts of a month, say)."""
        url = page.url
        other, _, base = url.rpartition("/")
        parts = _norm_parts(other if "." in base else url)  # a file's name is no folder
        key = (*parts[: self.depth], len(parts))
        relative = self.relatives.get(key)
        if relative is None:
            relative = tuple(normalize_url(u, page) for u in ("", *self.urls))
            self.relatives[key] = relative
        return relative

    def tabs(self, page: Any, caller: Callable[[], str]) -> Markup:
        """The tabs for ``page``: rendered by ``caller`` unless a page with the same key was."""
        return self._shared(self.tabs_html, self.tabs_key(page), caller)

    def fragment(self, *key: Any, caller: Callable[[], str]) -> Markup:
        """A fragment whose output depends on the page only through ``key`` (the
        template passes every page-dependent value it uses)."""
        return self._shared(self.fragments, key if self.shared else None, caller)

    def word(self, key: str) -> Any:
        """The theme's word for ``key`` as already looked up in this build (None: not yet)."""
        return self.words.get(key) if self.shared else None

    def keep_word(self, key: str, value: Any) -> Any:
        """Remember the word for ``key`` (the same on every page of a build); ``value``."""
        if self.shared:
            self.words[key] = value
        return value

    def _shared(
        self,
        store: dict[tuple[Any, ...], str],
        key: tuple[Any, ...] | None,
        caller: Callable[[], str],
    ) -> Markup:
        if key is None:
            return Markup(caller())
        html = store.get(key)
        if html is None:
            html = store[key] = caller()
        else:
            self.hits += 1
        return Markup(html)

    def __call__(self, page: Any, caller: Callable[[], str]) -> Markup:
        key = self.key(page)
        if key is None:
            return Markup(caller())
        html = self.html.get(key)
        if html is None:
            html = self.html[key] = caller()
        else:
            self.hits += 1
        return Markup(html)


def install(env: jinja2.Environment, nav: Navigation, shared: bool = True) -> NavCache:
    """Register ``campaign_nav``, ``campaign_tabs``, ``campaign_shared`` and the
    ``material/`` template prefix for this build."""
    if not isinstance(env.loader, jinja2.ChoiceLoader) or not any(
        isinstance(loader, jinja2.PrefixLoader) for loader in env.loader.loaders
    ):
        folder = next(iter(material_templates.__path__))
        original = jinja2.PrefixLoader({PREFIX: jinja2.FileSystemLoader(folder)})
        loaders = [env.loader] if env.loader is not None else []
        env.loader = jinja2.ChoiceLoader([*loaders, original])
    cache = NavCache(nav, shared)
    env.globals["campaign_nav"] = cache
    env.globals["campaign_tabs"] = cache.tabs
    env.globals["campaign_shared"] = cache.fragment
    env.globals["campaign_word"] = cache.word
    env.globals["campaign_keep_word"] = cache.keep_word
    return cache
