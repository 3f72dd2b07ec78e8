"""Pages written in folders of ``docs/``, as sections of the navigation.

MkDocs, when ``mkdocs.yml`` has no ``nav:``, makes a section of each folder
(``docs/huong-dan/a.md`` under "Huong dan"). The engine writes the navigation
itself, so it makes those sections too; a section is named after its folder's
``index.md`` (its title), else after the folder's name as MkDocs does. A name
taken from an ASCII folder name lacks the Vietnamese marks ("Huong dan"), so
the caller is told which folder could be named by an index page.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FolderSections", "folder_sections", "folder_title"]


def folder_title(name: str) -> str:
    """A folder's name as MkDocs titles it (``dirname_to_title``): dashes and
    underscores as spaces, capitalized when written all in lower case."""
    title = name.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title


@dataclass
class FolderSections:
    """The navigation entries and the folders named after their path."""

    nav: list[Any] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)  # "huong-dan/", no titled index.md


def folder_sections(uris: Iterable[str], title_of: Callable[[str], str | None]) -> FolderSections:
    """``uris`` (pages in folders, relative to ``docs/``) as nested sections, in
    MkDocs' order: a folder's ``index.md`` first, then its pages, then its
    sub-folders, each by name. ``title_of(uri)``: a page's title, if it has one."""
    tree: dict[str, Any] = {}
    for uri in uris:
        node = tree
        *folders, name = uri.split("/")
        for folder in folders:
            node = node.setdefault(folder + "/", {})
        node[name] = uri
    result = FolderSections()
    result.nav = _entries(tree, "", title_of, result.unnamed)
    return result


# A folder's index page; MkDocs takes README.md for it when there is no index.md.
_INDEX = ("index.md", "README.md")


def _entries(
    node: dict[str, Any], prefix: str, title_of: Callable[[str], str | None], unnamed: list[str]
) -> list[Any]:
    pages = sorted((k for k in node if not k.endswith("/")), key=lambda k: (k not in _INDEX, k))
    entries: list[Any] = [node[k] for k in pages]
    for folder in sorted(k for k in node if k.endswith("/")):
        path = prefix + folder
        index = next((name for name in _INDEX if name in node[folder]), None)
        title = title_of(posixpath.join(path, index)) if index else None
        if not title:
            title = folder_title(folder.rstrip("/"))
            unnamed.append(path)
        entries.append({title: _entries(node[folder], path, title_of, unnamed)})
    return entries
