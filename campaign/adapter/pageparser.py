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
"""

from __future__ import annotations

import types
from typing import Any

import markdown  # type: ignore[import-untyped]
from mkdocs.structure import pages

from . import compat
from .known import known_extension

__all__ = ["share_page_parser", "shareable"]

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
