"""Material's search index parser with the same results in about half the time.

Material's search plugin parses every page's HTML with its ``Parser`` (a
subclass of the standard library's ``HTMLParser``) to cut it into sections.
On a province's site that is the largest cost of a build outside Jinja and
Markdown (3,125 pages, 4.7 MB of HTML: about 0.55 s of CPU). Two things make
it slow, neither of which its output depends on:

- ``HTMLParser`` counts lines and columns after every tag (``updatepos``), for
  error messages and ``getpos()``, which the parser never asks for;
- the handlers build the list of heading tags on every start tag, and ask
  ``self.skip.intersection(self.context)`` on every tag and text, hashing and
  comparing Material's ``Element`` objects in Python.

:class:`Parser` keeps ``HTMLParser``'s tokenizer untouched (so the same calls
with the same arguments in the same order reach the handlers) and writes
Material's three handlers again with the same meaning. ``Element`` compares
and hashes by its tag alone, so the ``skip`` set behaves as a set of tags (an
element whose tag is in it is "in" it; removing an element removes its tag):
here it is one, kept beside Material's. Only whether the page's innermost
elements are skipped is asked; the answer is the same.

Installed (through :mod:`compat`, undone when the build ends) only on the
Material version the speed-ups were made for, and only while Material's
``Parser`` is the one shipped (the handlers are compared with the ones this
was written against). ``pytest tests/test_fastsearch.py`` compares the
sections with Material's parser on generated and real pages.

After indexing a page, the plugin's ``on_page_context`` removes its
``data-search-*`` attributes with a ``re.sub`` (``data-search-`` then a word) over the
whole page: a pattern with no literal start, tried at every character of the page
(0.06 s of CPU for 3,125 pages). :class:`_Re`, the ``re`` the plugin's module
sees, returns a page without the text ``data-search-`` as it is (the pattern
cannot match it) and leaves every other call to ``re``.
"""

from __future__ import annotations

import hashlib
import inspect
import re
import types
from html import escape
from typing import Any

from material.plugins.search import plugin as search_plugin

from . import compat

__all__ = ["Parser", "install"]

_Stock: Any = search_plugin.Parser
_Element: Any = search_plugin.Element
_Section: Any = search_plugin.Section
_VOID = frozenset(search_plugin.void)
_HEADINGS = frozenset(f"h{x}" for x in range(1, 7))
_ALWAYS_SKIPPED = ("script", "style", "object")

# Material 9.8.1's handlers (and the classes they use), as this module was written
# against: any other text and the stock parser stays.
_MADE_FOR = "4e5258602772"


def _fingerprint() -> str:
    parts = [
        inspect.getsource(_Stock.__init__),
        inspect.getsource(_Stock.handle_starttag),
        inspect.getsource(_Stock.handle_endtag),
        inspect.getsource(_Stock.handle_data),
        inspect.getsource(_Element),
        inspect.getsource(_Section),
        repr(sorted(search_plugin.void)),
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


class Parser(_Stock):  # type: ignore[misc]
    """Material's search ``Parser``: the same sections, faster (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The tags of ``self.skip`` (Material's set of tags and elements, which
        # compare by tag): what "an element of the context is skipped" asks.
        self.skipped = {"object", "script", "style"}
        # How many elements of the context have each tag, and how many have a skipped one.
        self.open: dict[str, int] = {}
        self.skipping = 0

    def updatepos(self, i: int, j: int) -> int:
        """No line and column counting: nothing here asks ``getpos()``."""
        return j

    def _inside(self, el: Any) -> bool:
        """Whether ``el`` (by tag, as ``Element`` compares) is in the context."""
        return bool(self.open.get(el.tag))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attrs_d = dict(attrs)
        if tag in _VOID:
            return
        el = _Element(tag, attrs_d)
        self.context.append(el)
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in self.skipped:
            self.skipping += 1

        if tag in _HEADINGS:
            depth = len(self.context)
            if "id" in attrs_d:
                if tag != "h1" and not self.data:
                    self.section = _Section(_Element("hx"), depth)
                    self.data.append(self.section)
                self.section = _Section(el, depth)
                if self.data:
                    self.section.id = attrs_d["id"]
                self.data.append(self.section)

        if not self.section:
            self.section = _Section(_Element("hx"))
            self.data.append(self.section)

        for key, value in attrs_d.items():
            if key == "data-search-exclude" or (key == "class" and value == "linenodiv"):
                self.skip.add(el)
                if tag not in self.skipped:
                    self.skipped.add(tag)
                    self.skipping += self.open[tag]  # this element and its open namesakes
                return

        if tag in self.keep and not self.skipping:
            data = self.section.text
            if self._inside(self.section.el):
                data = self.section.title
            data.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        context = self.context
        if not context or context[-1].tag != tag:
            return

        if self.section.depth > len(context):
            for section in reversed(self.data):
                if section.depth <= len(context):
                    self.section.depth = float("inf")
                    self.section = section
                    break

        el = context.pop()
        self.open[tag] -= 1
        if tag in self.skipped:
            self.skipping -= 1
            if tag not in _ALWAYS_SKIPPED:
                self.skip.remove(el)
                self.skipped.discard(tag)
                self.skipping -= self.open[tag]  # its open namesakes count no more
            return

        if tag in self.keep and not self.skipping:
            data = self.section.text
            if self._inside(self.section.el):
                data = self.section.title
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        open_ = self.open
        if not open_.get("pre"):
            if not data.isspace():
                data = data.replace("\n", " ")
            else:
                data = " "

        if not self.section:
            self.section = _Section(_Element("hx"))
            self.data.append(self.section)

        section = self.section
        if open_.get(section.el.tag):
            if not any(
                el.tag == "a" and el.attrs.get("class") == "headerlink" for el in self.context
            ):
                section.title.append(escape(data, quote=False))
        elif data.isspace():
            text = section.text
            if not text or not text[-1].isspace():
                text.append(data)
            elif open_.get("pre"):
                text.append(data)
        else:
            section.text.append(escape(data, quote=False))


# The pattern Material 9.8.1's ``SearchPlugin.on_page_context`` removes attributes with.
_ATTRIBUTES = r"\s?data-search-\w+=\"[^\"]+\""


class _Re(types.ModuleType):
    """``re`` as the search plugin's module sees it, but for removing its attributes
    from a page that has none (see the module)."""

    def sub(self, pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0) -> Any:
        if pattern == _ATTRIBUTES and type(string) is str and "data-search-" not in string:
            return string
        return re.sub(pattern, repl, string, count=count, flags=flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)


def _removes_attributes() -> bool:
    """Whether the plugin's ``on_page_context`` is the one :class:`_Re` was made for."""
    try:
        source = inspect.getsource(search_plugin.SearchPlugin.on_page_context)
    except (OSError, TypeError):
        return False
    return f'r"{_ATTRIBUTES}"' in source and source.count("re.") == 1


def install() -> bool:
    """Use :class:`Parser` for this build's search index (undone with the other patches);
    False (and Material's own parser) when Material's is not the one this was made for."""
    if not compat.speedups_enabled() or _fingerprint() != _MADE_FOR:
        return False
    compat.patch(search_plugin, "Parser", Parser)
    if search_plugin.re is re and _removes_attributes():
        compat.patch(search_plugin, "re", _Re("re"))
    return True
