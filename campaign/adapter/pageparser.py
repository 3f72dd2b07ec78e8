"""One Markdown parser for every page of a build, instead of a new one per page.

MkDocs' ``Page.render`` makes a new ``markdown.Markdown`` for every page: it
loads and sets up every extension again, about a twentieth of a cold build of
2,000 news items. Python-Markdown's contract is that one parser converts any
number of documents when ``reset()`` is called between them (each extension
keeping state clears it in its own ``reset``); Material's blog already shares
one parser between its excerpts that way.

:func:`share_page_parser` points the name ``markdown`` in MkDocs' pages module
at a stand-in whose ``Markdown(...)`` hands back the build's parser for those
settings, reset; MkDocs then registers its own per-page processors on it (by
name: the previous page's are replaced) and converts as before. It runs only
with the speed-ups on (see ``compat``), and only when every extension is one of
Python-Markdown's own, PyMdown's or Material's (named, not objects); the
change is undone with every other patch when the build ends.

:func:`skip_plain_raw_html` spares MkDocs' raw-HTML anchor scan on pages that
cannot have an anchor in their HTML (see :func:`_raw_html_run`).
"""

from __future__ import annotations

import types
from typing import Any

import markdown  # type: ignore[import-untyped]
from mkdocs.structure import pages

from . import compat
from .known import known_extension

__all__ = ["share_page_parser", "shareable", "skip_plain_raw_html"]

_parsers: dict[str, Any] = {}


def shareable(extensions: list[Any]) -> bool:
    """Whether one parser may convert every page with these extensions."""
    return all(known_extension(name) for name in extensions)


def _shared(*, extensions: list[Any], extension_configs: dict[str, Any]) -> Any:
    if not shareable(extensions):  # one added after the build's configuration was read
        return markdown.Markdown(extensions=extensions, extension_configs=extension_configs)
    key = repr((extensions, sorted(extension_configs.items())))
    parser = _parsers.get(key)
    if parser is None:
        parser = _parsers[key] = markdown.Markdown(
            extensions=extensions, extension_configs=extension_configs
        )
        return parser
    return parser.reset()  # nothing of the previous page (stash, references, toc) is kept


class _Markdown(types.ModuleType):
    """The ``markdown`` module as MkDocs' pages see it, but for ``Markdown``."""

    Markdown = staticmethod(_shared)

    def __getattr__(self, name: str) -> Any:
        return getattr(markdown, name)


def share_page_parser(extensions: list[Any]) -> bool:
    """Share one parser between this build's pages (undone by ``compat.undo``)."""
    _parsers.clear()  # nothing of an earlier build is kept
    if not shareable(extensions):
        return False
    compat.patch(pages, "markdown", _Markdown("markdown"))
    return True


# MkDocs' own ``run`` of the preprocessor that collects the anchors raw HTML defines.
_RAW_HTML_RUN = pages._RawHTMLPreprocessor.run


def _may_name_an_anchor(text: str) -> bool:
    """Whether an ``HTMLParser`` could find an ``id`` or ``name`` attribute in ``text``.

    It reads an attribute's name only after a quote, a white space or ``/`` (its
    ``attrfind_tolerant``), up to a white space, ``/``, ``=`` or ``>``, and lowers it:
    only ``I``/``i`` and ``D``/``d`` lower to ``i`` and ``d`` (and so on for ``name``),
    and lowering turns no other character into one of those delimiters. So where no
    ``id`` or ``name`` stands between them in the lowered text (``width`` does not),
    the parser finds none. A text with no ``<`` has no tag at all."""
    if "<" not in text:
        return False
    lowered = text.lower()
    for word in ("id", "name"):
        at = lowered.find(word)
        while at != -1:
            end = at + len(word)
            before = lowered[at - 1] if at else "<"
            after = lowered[end] if end < len(lowered) else ">"
            if (before in "'\"/" or before.isspace()) and (after in "/=>" or after.isspace()):
                return True
            at = lowered.find(word, at + 1)
    return False


def _raw_html_run(self: Any, lines: list[str]) -> list[str]:
    """MkDocs' ``_RawHTMLPreprocessor.run`` without the HTML parser where it finds nothing.

    It feeds the whole page to an ``HTMLParser`` only to collect the values of ``id``
    attributes (and ``name`` of ``<a>``): where :func:`_may_name_an_anchor` says there
    is none, the set stays empty, as the parser would leave it. On a bench news page
    (cover image, body, a ``markdown`` block) 4.4 us instead of 33.9 us; a 2,000-news
    build has 3,125 pages.
    """
    if not _may_name_an_anchor("\n".join(lines)):
        self.present_anchor_ids = set()
        return lines
    return _RAW_HTML_RUN(self, lines)


def skip_plain_raw_html() -> None:
    """Use :func:`_raw_html_run` until the build ends (``compat.undo``)."""
    compat.patch(pages._RawHTMLPreprocessor, "run", _raw_html_run)
