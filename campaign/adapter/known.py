"""What the speed-ups know of a build's parts, kept apart from the modules that use it.

The page cache (``incremental``), the direct path (``direct``) and the shared
Markdown parser (``pageparser``) run only when every part of the build is one
whose behaviour they were made for: the Markdown extensions named here and the
plugins whose page events they know. The campaign plugin's class is one of
those; it registers itself here as it is defined (see :func:`own_plugin`), so
that the modules below the plugin check for it without importing it (they are
what the plugin imports).
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["known_extension", "own_plugin", "own_plugins"]

# Python-Markdown's own extensions by short name, and the families whose extensions
# are all known here (Python-Markdown, PyMdown, Material): they read nothing but the
# page (their settings are in the page cache's key, see ``incremental``), and follow
# Python-Markdown's reset contract (``pageparser`` shares one parser between pages on
# the same test).
_KNOWN_PREFIXES = ("markdown.extensions.", "pymdownx.", "material.extensions.")
_KNOWN_NAMES = frozenset(
    {
        "abbr",
        "admonition",
        "attr_list",
        "codehilite",
        "def_list",
        "extra",
        "fenced_code",
        "footnotes",
        "legacy_attrs",
        "legacy_em",
        "md_in_html",
        "meta",
        "nl2br",
        "sane_lists",
        "smarty",
        "tables",
        "toc",
        "wikilinks",
    }
)


def known_extension(name: object) -> bool:
    """Whether a Markdown extension is one of those named above."""
    return isinstance(name, str) and (name in _KNOWN_NAMES or name.startswith(_KNOWN_PREFIXES))


_T = TypeVar("_T", bound=type)

# The campaign plugin's class (see :func:`own_plugin`): a tuple for ``isinstance``.
_OWN: tuple[type, ...] = ()


def own_plugin(cls: _T) -> _T:
    """Register ``cls`` as the campaign plugin: the speed-ups know its page events
    (``campaign.adapter.plugin`` decorates its class with this)."""
    global _OWN
    if cls not in _OWN:
        _OWN = (*_OWN, cls)
    return cls


def own_plugins() -> tuple[type, ...]:
    """The campaign plugin's class, once its module is imported (a build that has the
    plugin has imported it); empty before."""
    return _OWN
