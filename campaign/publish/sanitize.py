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

Angle brackets around words are text, not a tag: "<ngay cạnh chợ>", "<<Tên
sách>>", "<Tên đơn vị>" reach the HTML as they were typed (Markdown takes
them for raw HTML), and a sanitizer drops a tag it does not know, words and
all. Before cleaning, every "<" that does not open an HTML comment or a tag of
an element of the HTML standard, typed as :data:`campaign.content.htmltags.TAG`
reads one, becomes "&lt;": the page shows the words as typed. This only turns
markup into text, and the cleaner still sees the whole result.
"""

from __future__ import annotations

import re

import nh3

from ..content.htmltags import ATTRIBUTES_SOURCE, ELEMENTS, alternation

__all__ = ["clean_html", "locate", "removed_kinds"]

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


# A "<" that opens neither a comment nor a known element's tag (the tag's pattern of
# ``htmltags.TAG_SOURCE`` with its name one of ``ELEMENTS``): text, escaped. One
# expression, so a page whose every "<" is a tag is scanned once, in C.
_NAMES = alternation(ELEMENTS)
_TEXT_BRACKET = re.compile(rf"<(?!!--|/?(?:{_NAMES})(?![a-z0-9]){ATTRIBUTES_SOURCE}\s*/?>)")


def text_brackets(html: str) -> str:
    """``html`` with every "<" that opens no comment and no known element's tag as "&lt;".

    A "<!--" after the last "-->" opens a comment that never ends (the cleaner would
    drop the rest of the page with it): text too."""
    if "<" not in html:
        return html
    html = _TEXT_BRACKET.sub("&lt;", html)
    end = html.rfind("-->")
    if html.find("<!--", end + 3 if end >= 0 else 0) >= 0:
        head, tail = (html[: end + 3], html[end + 3 :]) if end >= 0 else ("", html)
        html = head + tail.replace("<!--", "&lt;!--")
    return html


def clean_html(html: str) -> str:
    """``html`` with only what is safe to show: see the module's docstring."""
    return _CLEANER.clean(text_brackets(html))


# Matches wherever one of ``_RISKY`` does, on the text lowercased (one pass, no
# case folding: two to three times faster on a page of news). Only three letters
# match an ASCII one case-insensitively yet do not lowercase to it (long s, dotless
# i, dotted capital I): a text with one of them is checked by ``_RISKY`` directly.
_ANY_RISKY = re.compile(
    r"<\s*(?:script|iframe|object|embed|frame|style|form|input|textarea|select)\b"
    r"|\s(?:style|on[a-z]+)\s*=|(?:javascript|data|vbscript):"
)
_UNLOWERED = ("\u017f", "\u0131", "\u0130")


# Elements of the standard the cleaner removes that ``_RISKY`` does not name: their
# tags vanish from the page (``<font>``, ``<canvas>``, ``<dialog>``…), said by name.
_DROPPED = sorted(
    ELEMENTS
    - _TAGS
    - {"script", "iframe", "object", "embed", "frame", "style", "form", "input", "textarea"}
    - {"select"}
)
_ANY_DROPPED = re.compile(rf"</?({alternation(_DROPPED)})(?![a-z0-9])")
_DROPPED_LABEL = "thẻ <{}>"


def _dropped(html: str) -> list[str]:
    """Names of the elements of ``html`` the cleaner drops, typed as tags, in order of name."""
    if _ANY_DROPPED.search(html) is None:
        return []
    names = {m.group(1) for m in _ANY_DROPPED.finditer(html) if _is_tag(html, m.start())}
    return sorted(names)


def _is_tag(html: str, start: int) -> bool:
    return _TEXT_BRACKET.match(html, start) is None


def removed_kinds(html: str) -> list[str]:
    """The kinds of markup in ``html`` which :func:`clean_html` removes, for a notice: the
    risky ones, then each other tag of the standard it drops (``thẻ <font>``)."""
    dropped = [_DROPPED_LABEL.format(name) for name in _dropped(html)]
    if not any(c in html for c in _UNLOWERED) and _ANY_RISKY.search(html.lower()) is None:
        return dropped
    return [label for pattern, label in _RISKY if pattern.search(html)] + dropped


def locate(kind: str, source: str) -> int | None:
    """The number of the first line of ``source`` (an author's Markdown file) with markup
    of ``kind`` (a label :func:`removed_kinds` gave), or None when none is found there."""
    patterns = [pattern for pattern, label in _RISKY if label == kind]
    for name in _DROPPED:
        if kind == _DROPPED_LABEL.format(name):
            patterns.append(re.compile(rf"</?{name}(?![a-z0-9])"))
    for number, line in enumerate(source.splitlines(), start=1):
        if any(pattern.search(line) for pattern in patterns):
            return number
    return None
