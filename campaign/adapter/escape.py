"""User text in the theme's templates: escaped once, where a page gets it.

MkDocs' template environment does not autoescape, and Material prints titles
raw (``{{ page.title }}``, ``{{ nav_item.title }}``, ``{{ config.site_name }}``):
it takes them for HTML, which is what MkDocs makes of a Markdown heading
("&lt;" stays an entity). Titles written in front matter, in the navigation
or in ``mkdocs.yml`` reach the same places as plain text, so a title with
``<img onerror=…>`` ran as code and a straight quote cut an attribute.

Here every such text becomes HTML once (a :class:`markupsafe.Markup`, so a
template's own ``| e`` does not escape it twice): the keys of front matter the
theme prints, the titles of the navigation and of the blog's links, and the
site's name, description and copyright. Whatever needs the plain text back
(the share card, a Markdown heading) unescapes it with :func:`plain`.

Jinja's ``striptags`` turns HTML into *unescaped* text, which a template then
prints raw (``<title>{{ page.title | striptags }}``, our share tags): the
filter is replaced by one that escapes its result again.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape
from mkdocs.structure.nav import Link

__all__ = [
    "DISPLAYED_KEYS",
    "escape_config",
    "escape_links",
    "escape_meta",
    "link_url",
    "plain",
    "striptags",
    "unsafe_links",
]

# Front matter keys Material prints into pages or the search index.
DISPLAYED_KEYS = ("title", "description", "subtitle", "status", "tags")
# What a link's address keeps as typed; anything else (quotes, angle brackets,
# spaces, backquotes, non-ASCII letters) is percent-encoded.
_URL_SAFE = "/:?#[]@!$&()*+,;=%~"
# Address schemes a link typed in mkdocs.yml may use; ``javascript:``, ``data:``,
# ``vbscript:`` and the like would run or show code from a menu or social link.
SAFE_SCHEMES = frozenset({"", "http", "https", "mailto", "tel"})
# Site settings Material prints raw.
CONFIG_KEYS = ("site_name", "site_description", "site_author", "copyright")


def html_text(value: Any) -> Any:
    """``value`` as HTML: a string is escaped once (not again if it already is)."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return escape(value)


def plain(value: Any) -> str:
    """The text a title shows: its HTML entities decoded (a title is HTML, see above)."""
    return html.unescape(str(value))


def escape_meta(meta: MutableMapping[str, Any]) -> None:
    """Escape, in place, the front matter keys the theme shows."""
    for key in DISPLAYED_KEYS:
        value = meta.get(key)
        if isinstance(value, list):
            meta[key] = [html_text(item) for item in value]
        elif value is not None:
            meta[key] = html_text(value)


def escape_config(config: Any) -> None:
    """Escape the site's name, description, author and copyright (``mkdocs.yml``)."""
    for key in CONFIG_KEYS:
        value = config.get(key)
        if value is not None:
            config[key] = html_text(value)


def link_url(url: str) -> str:
    """A link's address that cannot leave the ``href="…"`` Material prints it in raw."""
    return quote(url, safe=_URL_SAFE)


def escape_links(items: Iterable[Any]) -> None:
    """Escape the titles set for navigation items (sections, links, pages named
    in the navigation), their children too. A page's title read from its
    heading is HTML already; one set in the navigation is plain text. A link's
    address (the navigation's, a post's ``links:``) is percent-encoded where
    it could end the attribute."""
    for item in items:
        title = item.__dict__.get("title")
        if isinstance(title, str):
            item.title = html_text(title)
        if isinstance(item, Link) and isinstance(item.url, str):
            item.url = link_url(item.url)
        meta = getattr(item, "meta", None)
        if isinstance(meta, dict) and isinstance(meta.get("subtitle"), str):
            # A blog link to a heading: its subtitle is the heading's HTML.
            meta["subtitle"] = Markup(meta["subtitle"])
        escape_links(getattr(item, "children", None) or [])


def striptags(value: Any) -> Markup:
    """Jinja's ``striptags`` (tags removed, entities decoded, spaces collapsed),
    escaped again so that printing it raw shows the text and runs nothing."""
    if hasattr(value, "__html__"):
        value = value.__html__()
    return escape(Markup(str(value)).striptags())


def _scheme(url: str) -> str:
    # Browsers drop ASCII control characters and spaces before reading the scheme
    # ("java\tscript:" runs), so the check does too.
    cleaned = "".join(ch for ch in url if ord(ch) > 0x20 and ord(ch) != 0x7F)
    try:
        return urlsplit(cleaned).scheme.lower()
    except ValueError:
        return "?"


def _line_of(text: str, url: str) -> int:
    # The address as typed, else its longest printable run (YAML writes a tab as "\\t").
    pieces = [url.strip(), max(re.split(r"[\x00-\x20\x7f]+", url), key=len)]
    for piece in filter(None, pieces):
        for number, line in enumerate(text.splitlines(), start=1):
            if piece in line:
                return number
    return 1


def unsafe_links(
    nav_items: Iterable[Any], social: Any, config_text: Callable[[], str]
) -> list[str]:
    """Located problems, ``mkdocs.yml:LINE: …`` in Vietnamese, for every navigation or
    ``extra.social`` link whose address is not a page, ``http(s):``, ``mailto:`` or ``tel:``.
    ``config_text`` gives mkdocs.yml's text, read only when there is a line to find."""
    found: list[tuple[str, str]] = []

    def walk(items: Iterable[Any]) -> None:
        for item in items:
            if isinstance(item, Link) and isinstance(item.url, str):
                found.append(("nav", item.url))
            walk(getattr(item, "children", None) or [])

    walk(nav_items)
    for entry in social if isinstance(social, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("link"), str):
            found.append(("extra.social", entry["link"]))
    unsafe = [(where, url) for where, url in found if _scheme(url) not in SAFE_SCHEMES]
    text = config_text() if unsafe else ""
    problems = []
    for where, url in unsafe:
        problems.append(
            f"mkdocs.yml:{_line_of(text, url)}: {where}: địa chỉ liên kết "
            f"“{url[:80]}” không an toàn (chỉ dùng địa chỉ trang trong chiến dịch, "
            "http://, https://, mailto: hoặc tel:)"
        )
    return problems
