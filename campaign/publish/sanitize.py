"""HTML written by authors, cleaned of anything that could run in a reader's browser.

Markdown lets an author write raw HTML (a table, a framed box), and MkDocs
passes it through. Whatever an editor types into a page body reaches the
public site, so the HTML of every page body and every excerpt goes through
an allow-list sanitizer (``nh3``, the Python binding of the Rust crate
Ammonia, well kept and used by PyPI's readme renderer): elements and
attributes that Markdown, its extensions and this engine produce are kept;
``<script>``, ``<style>``, ``<iframe>``, ``<object>``, forms, event handlers
(``onclick=``), inline ``style=`` (the site's CSP refuses it anyway) and
``javascript:`` or ``data:`` addresses are removed.
"""

from __future__ import annotations

import re

import nh3

__all__ = ["clean_html", "removed_kinds"]

_TAGS = frozenset(nh3.ALLOWED_TAGS) | {
    "audio",
    "button",
    "picture",
    "section",
    "source",
    "track",
    "video",
}
_GENERIC = frozenset({"class", "id", "title", "lang", "dir", "role", "hidden"})
_ATTRIBUTES: dict[str, set[str]] = {
    **{tag: set(names) for tag, names in nh3.ALLOWED_ATTRIBUTES.items()},
}
for tag, names in {
    "a": {"href", "hreflang", "rel", "target", "download", "type"},
    "img": {
        "src",
        "alt",
        "width",
        "height",
        "srcset",
        "sizes",
        "loading",
        "decoding",
        "fetchpriority",
    },
    "source": {"src", "srcset", "sizes", "type", "media"},
    "audio": {"src", "controls", "preload", "loop", "muted"},
    "video": {
        "src",
        "controls",
        "preload",
        "poster",
        "width",
        "height",
        "loop",
        "muted",
        "playsinline",
    },
    "track": {"src", "kind", "srclang", "label", "default"},
    "button": {"type"},
    "details": {"open"},
    "time": {"datetime"},
    "li": {"value"},
    "ol": {"start", "reversed", "type"},
    "th": {"scope"},
}.items():
    _ATTRIBUTES.setdefault(tag, set()).update(names)
_ATTRIBUTES["*"] = set(_GENERIC)
_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# What a notice names when the cleaned HTML lost something that could have run.
_RISKY = (
    (re.compile(r"<\s*script\b", re.I), "<script>"),
    (re.compile(r"<\s*(iframe|object|embed|frame)\b", re.I), "khung nhúng (iframe, object)"),
    (re.compile(r"<\s*style\b|\sstyle\s*=", re.I), "định dạng nội tuyến (style)"),
    (re.compile(r"<\s*(form|input|textarea|select)\b", re.I), "biểu mẫu (form)"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "thuộc tính sự kiện (on...=)"),
    (
        re.compile(
            r"\b(href|src|srcset|action|poster)\s*=\s*[\"']?\s*(javascript|data|vbscript):", re.I
        ),
        "địa chỉ javascript: hoặc data:",
    ),
)


# Ids Markdown extensions give the body itself (line numbers, tabs): not the theme's.
_EXTENSION_IDS = ("__codelineno-", "__span-", "__tabbed_")


def _attribute(element: str, name: str, value: str) -> str | None:
    """Drop an ``id`` of the theme's own (``__config``, ``__search``, ``__code_0``…): an
    author's element would come first in the page and its text be read as the
    theme's settings (the search worker's address among them) or copied by a
    code block's copy button."""
    if name == "id" and value.startswith("__") and not value.startswith(_EXTENSION_IDS):
        return None
    return value


# The allow-list as nh3's own sets, made once: ``nh3.clean`` converts every set
# and mapping again on each call, a third of its time on a short excerpt.
_CLEANER = nh3.Cleaner(
    tags=set(_TAGS),
    attributes=_ATTRIBUTES,
    attribute_filter=_attribute,
    generic_attribute_prefixes={"data-", "aria-"},
    url_schemes=set(_SCHEMES),
    link_rel=None,
    strip_comments=True,
)


def clean_html(html: str) -> str:
    """``html`` with only what is safe to show: see the module's docstring."""
    return _CLEANER.clean(html)


# Matches wherever one of ``_RISKY`` does, on the text lowercased (one pass, no
# case folding: two to three times faster on a page of news). Only three letters
# match an ASCII one case-insensitively yet do not lowercase to it (long s, dotless
# i, dotted capital I): a text with one of them is checked by ``_RISKY`` directly.
_ANY_RISKY = re.compile(
    r"<\s*(?:script|iframe|object|embed|frame|style|form|input|textarea|select)\b"
    r"|\s(?:style|on[a-z]+)\s*=|(?:javascript|data|vbscript):"
)
_UNLOWERED = ("\u017f", "\u0131", "\u0130")


def removed_kinds(html: str) -> list[str]:
    """The kinds of risky markup in ``html`` (which :func:`clean_html` removes), for a notice."""
    if not any(c in html for c in _UNLOWERED) and _ANY_RISKY.search(html.lower()) is None:
        return []
    return [label for pattern, label in _RISKY if pattern.search(html)]
