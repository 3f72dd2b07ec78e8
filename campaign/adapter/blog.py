"""Material's blog plugin at province scale: three narrow fixes, no fork.

Profiled on 2,000 posts (see ``scripts/bench.py``), the blog plugin spent:

- a third of the build in ``Page.__eq__``: ``page not in blog.posts`` runs for
  every page in two events, scanning the list of posts with a Python-level
  ``__eq__`` each time, so the cost grows with the square of the posts;
- a fifth rendering excerpts: each listing view (the news index, its months,
  its topics, each paginated) converts the *whole* post again to keep the part
  before ``<!-- more -->``, three conversions per post;
- a tenth reading posts' front matter with PyYAML's pure-Python loader, where
  MkDocs itself uses libyaml;
- a twentieth setting up a Markdown parser for every post's excerpt, before
  any page is written, on one core;
- then, with the above done, a seventh converting each excerpt again for every
  listing showing it (6,012 conversions for 2,000 posts): the news index, the
  post's month and its topic each convert it in turn, though only its relative
  links can differ from one listing to another.

:func:`index_posts` gives ``blog.posts`` a membership test by file (what
``Page.__eq__`` compares), :class:`HeadExcerpt` converts only the excerpt, and
only once for all the listings whose addresses leave its links the same (see
:class:`Rendered`; on every core, the second of its two conversions for made-up
listings takes the first one's tree up where it depends on the listing, see
:class:`_Fork`), and :func:`use_libyaml` points the blog's loader at libyaml.
Each keeps the blog's output unchanged (tests compare it with the stock path),
and each runs only where ``compat.speedups_enabled()`` says so; module globals
are changed with ``compat.patch`` and given back when the build ends.
"""

from __future__ import annotations

import copy
import html
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml
from markdown import Markdown  # type: ignore[import-untyped]
from material.plugins.blog import plugin as blog_module
from material.plugins.blog import structure
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Archive, Category, Excerpt, View
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import copy_file, get_relative_url

from ..content.yamlcache import PlainStore
from ..parallel.tasks import Capture, ParallelTasks, jobs, make_tasks
from ..publish.fsutil import link_new
from ..publish.markdown import esc
from ..publish.sanitize import clean_html
from . import compat
from .escape import escape_links, plain
from .log import Logged

__all__ = [
    "HeadExcerpt",
    "PostList",
    "PostMeta",
    "Rendered",
    "TitledExcerpt",
    "blog_plugins",
    "cache_post_meta",
    "escape_post_links",
    "head_excerpt",
    "index_posts",
    "link_view_copies",
    "paginated_heading",
    "prepare_excerpts",
    "related_posts",
    "remember_dates",
    "share_excerpt_parser",
    "stop_sharing_excerpt_parser",
    "use_libyaml",
    "view_heading",
    "view_links",
]

# Markdown link reference definitions: "[id]: url ..." (may be used before the separator).
_REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S.*$", re.MULTILINE)
# Lines opening or closing a fenced code block.
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
# Definitions the excerpt cannot carry over safely (footnotes, abbreviations).
_UNSAFE = re.compile(r"^ {0,3}(\[\^[^\]]+\]:|\*\[[^\]]+\]:)", re.MULTILINE)


def blog_plugins(config: MkDocsConfig) -> list[BlogPlugin]:
    return [p for p in config.plugins.values() if isinstance(p, BlogPlugin)]


class PostMeta:
    """``yaml`` as the blog's posts use it (``yaml.load(text, SafeLoader)``), with the
    front matter parsed by earlier builds kept in the campaign's cache (see
    :class:`campaign.content.yamlcache.PlainStore`): the blog reads every post's
    front matter again on every build, ~1 ms a post. A front matter that does not
    parse is never kept (the blog reports it every time)."""

    def __init__(self, path: Path) -> None:
        self.store = PlainStore(path)

    def load(self, text: str, loader: Any) -> Any:
        key = f"{loader.__module__}.{loader.__qualname__}\0{text}"
        found = self.store.get(key)
        if found is not None:
            return found[0]
        value = yaml.load(text, loader)
        self.store.put(key, (value,))
        return value

    def finish(self) -> None:
        """Once the blog has read every post: the module's own ``yaml`` again, and the
        cache written."""
        compat.unpatch(structure, "yaml")
        self.store.save()

    def __getattr__(self, name: str) -> Any:  # anything else of the module, as it is
        return getattr(yaml, name)


def cache_post_meta(path: Path) -> PostMeta:
    """Read posts' front matter through :class:`PostMeta` until the build ends."""
    cached = PostMeta(path)
    compat.patch(structure, "yaml", cached)
    return cached


def _link_copy(source: str, target: str) -> None:
    """``mkdocs.utils.copy_file`` as the blog uses it, by a hard link when it can."""
    try:
        link_new(source, target)
    except OSError:  # another file system, a file this user may not link
        copy_file(source, target)


def link_view_copies() -> None:
    """Give each later page of a paginated listing its source by a hard link, not a copy.

    The blog copies a listing's source (the news index, a topic, a month) into its
    temporary folder once for each of its later pages (593 copies for 2,000 posts, a
    tenth of an edit-one build); they are only read, and the blog writes no file of
    that folder but the ones it creates (a topic's, a month's own source), which no
    later page shares: a link reads the same. With :func:`keep_view_sources` they are
    not written at all: only a source the blog did not make is read, once."""
    compat.patch(blog_module, "copy_file", _link_copy)  # undone when the build ends


def _as_read(text: str) -> str:
    """``text`` as writing it to a file in text mode (UTF-8) and reading it back as
    MkDocs does (``utf-8-sig``, universal newlines) gives it."""
    read = text.encode("utf-8").decode("utf-8-sig")
    return read.replace("\r\n", "\n").replace("\r", "\n")


class ViewSources:
    """The Markdown sources of the listings the blog makes, kept in memory, not on disk.

    For each topic and month the blog writes a source ("# {name}") into its temporary
    folder, and for each later page of a paginated listing a copy of the listing's
    source; MkDocs reads each back when it reads the pages. For 2,000 posts that is
    244 folders, 215 files and 403 copies made (then removed when the build ends) on
    the disk, where making a file costs most (0.1 s of system CPU in a loop doing the
    same, 0.13 s with the removal). Here each of those files is given its text as
    MkDocs would read it (``File._content``, as ``File.generated`` makes), the path it
    would have had kept (its ``abs_src_path``; nothing else reads it); nothing is
    written to the folder. A source the blog copies from ``docs/`` is read once as
    MkDocs reads a page; when it cannot be read, it is copied as before (the error
    comes where it did). A file the blog writes outside its temporary folder (the
    blog's index page, when ``docs/`` has none) is written as before.
    """

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}  # by the path the blog gave the file
        self.files: dict[str, Any] = {}  # the blog's own files, by that path
        self.folders: list[str] = []  # the blogs' temporary folders, with a separator

    def install(self, config: MkDocsConfig) -> None:
        for plugin in blog_plugins(config):
            folder = getattr(plugin, "temp_dir", None)
            if not isinstance(folder, str) or not folder:
                continue
            self.folders.append(os.path.join(folder, ""))
            made = plugin._path_to_file
            save = plugin._save_to_file

            def path_to_file(
                path: str, config: MkDocsConfig, *, temp: bool = True, _made: Any = made
            ) -> Any:
                file = _made(path, config, temp=temp)
                if temp and isinstance(file.abs_src_path, str):
                    self.files[file.abs_src_path] = file
                return file

            def save_to_file(path: str, content: str, _save: Any = save) -> None:
                if not self._inside(path):
                    _save(path, content)
                    return
                self._give(path, _as_read(content))

            compat.patch(plugin, "_path_to_file", path_to_file)
            compat.patch(plugin, "_save_to_file", save_to_file)
        if self.folders:
            compat.patch(blog_module, "copy_file", self.copy)

    def _inside(self, path: str) -> bool:
        return path in self.files and any(path.startswith(f) for f in self.folders)

    def _give(self, path: str, text: str) -> None:
        self.texts[path] = text
        file = self.files[path]
        file._content = text  # as ``File.generated(content=...)``, the path kept

    def copy(self, source: str, target: str) -> None:
        """The blog's ``copy_file``: a later page of a listing gets the listing's source."""
        if not self._inside(target):
            _link_copy(source, target)
            return
        text = self.texts.get(source)
        if text is None:
            try:
                with open(source, encoding="utf-8-sig", errors="strict") as stream:  # as MkDocs
                    text = stream.read()
            except (OSError, ValueError):  # copied as it was: MkDocs reports it as it does
                _link_copy(source, target)
                return
            self.texts[source] = text
        self._give(target, text)


def keep_view_sources(config: MkDocsConfig) -> ViewSources:
    """Keep the sources of the blog's listings in memory until the build ends (see
    :class:`ViewSources`); after each blog's own ``on_config``, which makes its folder."""
    sources = ViewSources()
    sources.install(config)
    return sources


def remember_dates(config: MkDocsConfig) -> None:
    """Format each date once per build in each blog: the blog formats every post's
    date through Babel for its address, its month's listing and its page (a fifth
    of a millisecond each), though a site's posts share a few hundred dates. The
    key is the date as written with its offset (equal instants in two time zones
    are not written alike), the format and the site's language."""
    for plugin in blog_plugins(config):
        memo: dict[tuple[str, str, str, Any], str] = {}

        def format_date(
            date: Any,
            format: str,
            config: MkDocsConfig,
            original: Any = plugin._format_date,
            memo: dict[tuple[str, str, str, Any], str] = memo,
        ) -> str:
            key = (type(date).__name__, date.isoformat(), format, config.theme["language"])
            found = memo.get(key)
            if found is None:
                found = memo[key] = original(date, format, config)
            return found

        compat.patch(plugin, "_format_date", format_date)  # undone when the build ends


def use_libyaml() -> None:
    """Read posts' front matter with libyaml, as MkDocs reads pages' (same YAML 1.1 rules)."""
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        compat.patch(structure, "SafeLoader", loader)  # undone when the build ends


# One parser per configuration of the excerpts (their toc settings differ from pages').
_PARSERS: dict[str, Markdown] = {}
# The tree processors each excerpt registers on its parser: Material's names, priorities.
_OWN = (("excerpt", 0), ("relpath", 1))


def _shared_parser(**settings: Any) -> Markdown:
    key = repr(sorted(settings.items()))
    parser = _PARSERS.get(key)
    if parser is None:
        parser = _PARSERS[key] = Markdown(**settings)
    return parser


# Material's copy of the configuration made for each excerpt, and the copies made.
_MATERIAL_PATCH = structure._patch
_PATCHED: dict[int, tuple[MkDocsConfig, MkDocsConfig]] = {}


def _shared_patch(config: MkDocsConfig) -> MkDocsConfig:
    """One patched copy of the build's configuration for every excerpt (Material
    copies and patches it for each; nothing changes the copy afterwards)."""
    found = _PATCHED.get(id(config))
    if found is None or found[0] is not config:
        found = _PATCHED[id(config)] = (config, _MATERIAL_PATCH(config))
    return found[1]


def share_excerpt_parser() -> None:
    """Give excerpts one shared parser instead of one each (see :class:`HeadExcerpt`),
    until :func:`stop_sharing_excerpt_parser`: the blog makes them while pages are read."""
    _PARSERS.clear()  # nothing of an earlier build (its files, its last post) is kept
    _PATCHED.clear()
    compat.patch(structure, "Markdown", _shared_parser)
    compat.patch(structure, "_patch", _shared_patch)


def stop_sharing_excerpt_parser() -> None:
    compat.unpatch(structure, "Markdown")
    compat.unpatch(structure, "_patch")
    _PATCHED.clear()


class PostList(list[Page]):
    """The blog's posts with ``in`` answered by file instead of a scan.

    ``Page.__eq__`` is true only for pages of the same file, so looking the
    file up first, then comparing with the one post found, is the same test.
    """

    def __init__(self, posts: Iterable[Page]) -> None:
        super().__init__(posts)
        self._index: dict[str, Page] = {}
        self._size = -1

    def __contains__(self, item: object) -> bool:
        if self._size != len(self):
            self._index = {post.file.src_uri: post for post in self}
            self._size = len(self)
        file = getattr(item, "file", None)
        post = self._index.get(getattr(file, "src_uri", None) or "")
        return post is not None and (post is item or post == item)


def index_posts(config: MkDocsConfig) -> None:
    """Give every blog instance's post list a constant-time membership test (after on_files)."""
    for plugin in blog_plugins(config):
        blog = getattr(plugin, "blog", None)
        if blog is not None and not isinstance(blog.posts, PostList):
            blog.posts = PostList(blog.posts)


class TitledExcerpt(Excerpt):  # type: ignore[misc]
    """An excerpt whose heading is the post's title as text (see ``escape``) and whose
    author HTML is cleaned, converted whole as Material does: what is left when the
    speed-ups are off."""

    content: str  # set by Excerpt.render

    def render(self, page: Page, separator: str) -> None:
        self._titled(page, separator)
        self.content = clean_html(self.content)  # author HTML, like the post's own page

    def _titled(self, page: Page, separator: str) -> None:
        """The conversion, before the author's HTML is cleaned."""
        # Above the excerpt the blog writes "# {post.title}" as Markdown: the title,
        # HTML by then (see ``escape``), goes in as the Markdown of its literal text.
        post = self.post
        own = post.__dict__.get("title")
        if not post._title_from_render:
            post.title = esc(plain(post.title))
        try:
            self._render(page, separator)
        finally:
            if own is None:
                post.__dict__.pop("title", None)
            else:
                post.title = own

    def _render(self, page: Page, separator: str) -> None:
        Excerpt.render(self, page, separator)


# Every link and image address in converted HTML (as the serializer writes attributes).
_ADDRESSES = re.compile(r'\s(?:href|src)="([^"]*)"')


def _target(base: str, path: str) -> str | None:
    """The address a relative ``path`` written on the page at ``base`` points to, as
    ``get_relative_url`` would take it back (None: it climbs above the site's root,
    where the way back is lost)."""
    folder, _, last = base.rpartition("/")
    parts = [p for p in (folder if "." in last else base).split("/") if p not in ("", ".")]
    for piece in path.split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(piece)
    return "/".join(parts) + ("/" if path.endswith("/") else "")


def _relative_addresses(base: str, *texts: str | None) -> tuple[tuple[str, str], ...] | None:
    """Each relative address in ``texts`` (converted on the page at ``base``) with the
    address it points to; None when one cannot be read. An address climbing above the
    site's root from ``base`` is not one ``get_relative_url`` writes from there: it
    came as it is (raw HTML), and stays as it is on every listing."""
    found: dict[str, str] = {}
    for text in texts:
        for match in _ADDRESSES.finditer(text or ""):
            try:
                scheme, netloc, path, _, _ = urlsplit(html.unescape(match.group(1)))
            except ValueError:
                return None
            if scheme or netloc or not path or path.startswith(("/", "\\")) or path in found:
                continue
            target = _target(base, path)
            if target is not None:  # else above the root: not written by the processors
                found[path] = target
    return tuple(found.items())


@dataclass(frozen=True)
class Rendered:
    """An excerpt as converted for one listing, and when another listing may show it as is.

    The conversion depends on the listing only through its address: the blog's two
    tree processors write every link and image of the excerpt relative to it
    (``get_relative_url(target, listing)``), and nothing else. So when every relative
    address in the result, followed back to what it points to, is written the same
    from another listing, that listing's conversion is this one, byte for byte. A
    conversion that logged anything is never reused (each listing logs it again).
    """

    inputs: tuple[Any, ...]  # what the excerpt is made from: any change converts again
    addresses: tuple[tuple[str, str], ...]  # (as written, what it points to)
    content: str
    more: str | None
    tokens: Any  # the table of contents' tokens: a fresh table for each listing
    base: str = ""  # the listing's address
    raw: tuple[str, str | None] = ("", None)  # as converted, before the author's HTML is cleaned

    def fits(self, inputs: tuple[Any, ...], base: str) -> bool:
        return inputs == self.inputs and all(
            get_relative_url(target, base) == path for path, target in self.addresses
        )


def _depth(base: str) -> int:
    """How many folders deep relative addresses on the page at ``base`` start."""
    folder, _, last = base.rpartition("/")
    return len([p for p in (folder if "." in last else base).split("/") if p not in ("", ".")])


# Characters the serializer escapes in an attribute: an address with one is not derived.
_ESCAPED = frozenset('&<>"')


def _unescaped(value: str) -> bool:
    return not _ESCAPED.intersection(value)


# A derived excerpt: text as converted, and (target, query, fragment) where an address goes.
_Part = str | tuple[str, str, str]


def _plain_address(value: str) -> tuple[str, str, str] | None:
    """(path, query, fragment) of a relative address as the blog's processors write it."""
    if _ESCAPED.intersection(value):
        return None
    try:
        scheme, netloc, path, query, fragment = urlsplit(value)
    except ValueError:
        return None
    if scheme or netloc or not path or path.startswith(("/", "\\")):
        return None
    if urlunsplit(("", "", path, query, fragment)) != value:
        return None
    return path, query, fragment


def _pattern(one: Rendered, two: Rendered) -> tuple[list[_Part], ...] | None:
    """The excerpt for any listing, from its conversions for two listings at different
    depths (None: they differ otherwise than in their relative addresses).

    At different depths every address the processors write differs (the same relative
    path from two depths leads to two places), and nothing else does: so addresses that
    are the same in both are kept as they are, the others are followed back to their
    targets (which both must agree on) and written again from the next listing."""
    if one.inputs != two.inputs or one.tokens != two.tokens or _depth(one.base) == _depth(two.base):
        return None
    patterns: list[list[_Part]] = []
    for first, second in zip(one.raw, two.raw, strict=True):
        if first is None or second is None:
            if first is not second:
                return None
            patterns.append([])
            continue
        a, b = list(_ADDRESSES.finditer(first)), list(_ADDRESSES.finditer(second))
        if len(a) != len(b):
            return None
        parts: list[_Part] = []
        at_a = at_b = 0
        for x, y in zip(a, b, strict=True):
            text = first[at_a : x.start(1)]
            if text != second[at_b : y.start(1)]:
                return None
            parts.append(text)
            at_a, at_b = x.end(1), y.end(1)
            if x.group(1) == y.group(1):
                parts.append(x.group(1))
                continue
            left, right = _plain_address(x.group(1)), _plain_address(y.group(1))
            if left is None or right is None or left[1:] != right[1:]:
                return None
            target = _target(one.base, left[0])
            if (
                target is None
                or get_relative_url(target, one.base) != left[0]
                or get_relative_url(target, two.base) != right[0]
            ):
                return None
            parts.append((target, left[1], left[2]))
        if first[at_a:] != second[at_b:]:
            return None
        parts.append(first[at_a:])
        patterns.append(parts)
    return tuple(patterns)


def _fill(parts: list[_Part], base: str, fits: Callable[[str], bool] = _unescaped) -> str | None:
    """The excerpt's text as converted on the page at ``base`` (see :func:`_pattern`);
    None when an address does not ``fit`` (by default: one the converter would have
    escaped; for cleaned parts, one that is not plain, see :func:`_cleaned`)."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        target, query, fragment = part
        value = urlunsplit(("", "", get_relative_url(target, base), query, fragment))
        if not fits(value):
            return None
        out.append(value)
    return "".join(out)


# An address written into cleaned text as it is: characters the sanitizer's URL check and
# serializer leave alone (no scheme, so no ':'; nothing it escapes).
_PLAIN_VALUE = re.compile(r"[A-Za-z0-9._~%/?#=+-]*")


def _plain(value: str) -> bool:
    return _PLAIN_VALUE.fullmatch(value) is not None


_MARK = "campaign-address-{}-mark"


def _cleaned(parts: list[_Part]) -> list[_Part] | None:
    """``parts`` with the text between addresses as :func:`clean_html` leaves it in the
    whole excerpt (None: not possible), so that a listing fills in its addresses
    instead of cleaning its own copy of the excerpt.

    The sanitizer reads an allowed address only to find its scheme, and writes it
    back unchanged when it is plain (see ``_PLAIN_VALUE``): cleaning the excerpt
    with a made-up plain address in each place, then putting the listing's plain
    addresses there, gives what cleaning the listing's excerpt gives."""
    marks: list[str] = []
    text = []
    for part in parts:
        if isinstance(part, str):
            text.append(part)
        else:
            marks.append(_MARK.format(len(marks)))
            text.append(marks[-1])
    whole = "".join(text)
    if any(mark in part for mark in marks for part in parts if isinstance(part, str)):
        return None  # the text has one of the marks itself
    cleaned = clean_html(whole)
    out: list[_Part] = []
    at = 0
    address = iter(p for p in parts if not isinstance(p, str))
    for mark in marks:
        if cleaned.count(mark) != 1:
            return None  # dropped (or copied) by the sanitizer: clean each listing's
        where = cleaned.index(mark, at)
        out.append(cleaned[at:where])
        out.append(next(address))
        at = where + len(mark)
    out.append(cleaned[at:])
    return out


class HeadExcerpt(TitledExcerpt):
    """An excerpt that converts the part of the post before the separator only, once
    for every listing whose address leaves it the same (see :class:`Rendered`).

    Link reference definitions found after the separator are carried over, so
    ``[text][id]`` before it still resolves. A post with footnote or
    abbreviation definitions after the separator is converted whole, as before.
    ``more`` is what the template tests: whether anything follows the separator.
    """

    # The post's own tree processors, kept when the excerpt was made (the parser may be shared).
    processors: tuple[Any, ...] = ()
    # Its conversions for listings so far (set by ``head_excerpt``: one list per excerpt).
    rendered: list[Rendered] | None = None
    # What its last conversion wrote, before the author's HTML was cleaned.
    converted: tuple[str, str | None] = ("", None)
    # (inputs, toc tokens, pattern) from two conversions at different depths (see ``_derive``).
    pattern: tuple[tuple[Any, ...], Any, tuple[list[_Part], ...] | None] | None = None
    # The pattern's content as cleaned (see :func:`_cleaned`), for the pattern it was made from.
    cleaned: tuple[list[_Part], list[_Part] | None] | None = None
    # The inputs it was last prepared from while pages were read (see ``prepare_excerpt``).
    tried: tuple[Any, ...] | None = None

    def render(self, page: Page, separator: str) -> None:
        post = self.post
        inputs = (separator, post.markdown, post.title, post._title_from_render)
        done = self.rendered
        if done is not None:
            for render in done:
                if render.fits(inputs, page.url):
                    self.content, self.more = render.content, render.more
                    self.toc = get_toc(render.tokens)
                    return
            if self._derive(inputs, page.url, done):
                return
        with Logged() as logged:
            super().render(page, separator)
        raw = self.converted
        addresses = _relative_addresses(page.url, *raw)
        if done is not None and addresses is not None and not logged.seen:
            tokens = getattr(self.md, "toc_tokens", [])
            done.append(Rendered(inputs, addresses, self.content, self.more, tokens, page.url, raw))

    def _derive(self, inputs: tuple[Any, ...], base: str, done: list[Rendered]) -> bool:
        """Write the excerpt for the listing at ``base`` from two earlier conversions
        (see :func:`_pattern`) instead of converting it again; False: not possible."""
        if self.pattern is None and len(done) >= 2:
            depths = {_depth(r.base): r for r in done if r.inputs == inputs}
            if len(depths) >= 2:
                one, two = list(depths.values())[:2]
                self.pattern = (inputs, one.tokens, _pattern(one, two))
        if self.pattern is None or self.pattern[0] != inputs:
            return False
        _, tokens, parts = self.pattern
        if parts is None:
            return False
        content_parts, more_parts = parts
        content = _fill(content_parts, base)
        more = _fill(more_parts, base) if more_parts else None
        if content is None or (more_parts and more is None):
            return False
        addresses = _relative_addresses(base, content, more)
        if addresses is None:
            return False
        if self.cleaned is None or self.cleaned[0] is not content_parts:
            self.cleaned = (content_parts, _cleaned(content_parts))
        cleaned = self.cleaned[1]
        safe = None if cleaned is None else _fill(cleaned, base, _plain)
        self.content, self.more = clean_html(content) if safe is None else safe, more
        self.toc = get_toc(tokens)
        raw = (content, more)
        done.append(Rendered(inputs, addresses, self.content, more, tokens, base, raw))
        return True

    def prepared(
        self, separator: str
    ) -> tuple[Any, tuple[list[_Part], ...] | None, list[_Part] | None] | None:
        """The table of contents' tokens, the pattern of the excerpt (see
        :func:`_pattern`) and its content as cleaned (see :func:`_cleaned`), from
        conversions for two made-up listings at different depths; None when a
        conversion logged anything (nothing of it is shown).

        The second conversion is the first one's tree taken up where it starts to
        depend on the listing (see :class:`_Fork`), not the Markdown parsed again."""
        post = self.post
        inputs = (separator, post.markdown, post.title, post._title_from_render)
        made: list[Rendered] = []
        fork = _Fork()
        self.md.treeprocessors.register(fork, _Fork.NAME, _Fork.PRIORITY)
        try:
            for base in _MADE_UP:
                capture = Capture().install("mkdocs", "")  # kept from the build's log
                try:
                    with fork.replaying(self.md, again=bool(made)):
                        # Not cleaned: only the conversion (``converted``) is kept.
                        self._titled(SimpleNamespace(url=base), separator)  # type: ignore[arg-type]
                finally:
                    logged = capture.uninstall()
                if logged:
                    return None
                tokens = getattr(self.md, "toc_tokens", [])
                made.append(Rendered(inputs, (), "", None, tokens, base, self.converted))
        finally:
            self.md.treeprocessors.deregister(_Fork.NAME, strict=False)
        pattern = _pattern(made[0], made[1])
        return made[0].tokens, pattern, None if pattern is None else _cleaned(pattern[0])

    def _render(self, page: Page, separator: str) -> None:
        for (name, priority), processor in zip(_OWN, self.processors, strict=False):
            self.md.treeprocessors.register(processor, name, priority)
        self.md.reset()  # nothing of another post (references, stashed HTML) carries over
        post = self.post
        full: str = post.markdown
        head, found, tail = full.partition(separator)
        # Inside an open code block the separator is text, not the cut: convert whole.
        if not found or _UNSAFE.search(tail) or len(_FENCE.findall(head)) % 2:
            Excerpt.render(self, page, separator)
        else:
            references = "\n".join(m.group(0) for m in _REFERENCE.finditer(tail))
            post.markdown = head + separator + ("\n\n" + references + "\n" if references else "")
            try:
                Excerpt.render(self, page, separator)
            finally:
                post.markdown = full
            rest = _REFERENCE.sub("", tail).strip()
            self.more = tail if rest else None
        self.converted = (self.content, self.more)


class _Fork:
    """A tree processor that keeps a copy of the tree where a conversion starts to
    depend on the listing, so that a second listing's conversion is that copy taken
    through the rest of the pipeline instead of the Markdown parsed again.

    Only the blog's two processors (``relpath`` at priority 1, ``excerpt`` at 0) know
    the listing: they are given it by ``Excerpt.render``; every other processor of
    the excerpt's parser comes from ``markdown_extensions``, which know no page. So
    the tree above priority 1 is the same for every listing, and the processors
    below it, the serializer and the postprocessors (run on the first conversion's
    stash, which ``reset`` is kept from clearing) write what a full conversion
    writes. :func:`_pattern` still checks that the two differ only in addresses.
    """

    NAME = "campaign-fork"
    PRIORITY = 1.5

    def __init__(self) -> None:
        self.tree: Any = None

    def run(self, root: Any) -> None:
        self.tree = copy.deepcopy(root)

    @contextmanager
    def replaying(self, md: Markdown, again: bool) -> Iterator[None]:
        """Around a conversion: the first one records the tree (``again`` False);
        the next replays it."""
        if not again:
            self.tree = None
            yield
            return
        md.convert = lambda source: self._replay(md, source)
        md.reset = lambda: md  # the stash and the table of contents stay the first's
        try:
            yield
        finally:
            del md.convert, md.reset

    def _replay(self, md: Markdown, source: str) -> str:
        """``Markdown.convert`` from the recorded tree on (see its steps 3 to 5)."""
        if self.tree is None:  # the first conversion stopped before the tree: blank
            return Markdown.convert(md, source)  # type: ignore[no-any-return]
        root = copy.deepcopy(self.tree)
        processors = list(md.treeprocessors)
        for processor in processors[md.treeprocessors.get_index_for_name(self.NAME) + 1 :]:
            new = processor.run(root)
            if new is not None:
                root = new
        output: str = md.serializer(root)
        if md.stripTopLevelTags:
            try:
                start = output.index(f"<{md.doc_tag}>") + len(md.doc_tag) + 2
                end = output.rindex(f"</{md.doc_tag}>")
                output = output[start:end].strip()
            except ValueError:
                if not output.strip().endswith(f"<{md.doc_tag} />"):
                    raise
                output = ""
        for postprocessor in md.postprocessors:
            output = postprocessor.run(output)
        return output.strip()


# Listings no site has, at two depths: the excerpt's addresses written from each.
_MADE_UP = ("campaign-excerpt/", "campaign-excerpt/campaign-excerpt/")
# Excerpts prepared by one task of a worker.
_BATCH = 50


def prepare_excerpts(config: MkDocsConfig) -> int:
    """Prepare every post's excerpt on every core before the pages are written (see
    :meth:`HeadExcerpt.prepared`), so that no listing converts one again, whichever
    process writes it; how many were prepared. With one process they are prepared
    here, one after another: one conversion and one replay of its tree per post,
    where listings deriving excerpts from their own conversions would convert it
    twice."""
    work: list[tuple[HeadExcerpt, str]] = []
    for plugin in blog_plugins(config):
        separator = plugin.config.post_excerpt_separator
        for post in getattr(getattr(plugin, "blog", None), "posts", None) or []:
            excerpt = getattr(post, "excerpt", None)
            if (
                isinstance(excerpt, HeadExcerpt)
                and excerpt.pattern is None
                and excerpt.tried != _inputs(excerpt, separator)
            ):
                work.append((excerpt, separator))
    size = max(1, min(_BATCH, -(-len(work) // (2 * jobs()))))
    batches = [work[i : i + size] for i in range(0, len(work), size)]
    tasks = make_tasks(len(batches))

    def prepare(batch: list[tuple[HeadExcerpt, str]]) -> list[Any]:
        return [excerpt.prepared(separator) for excerpt, separator in batch]

    if isinstance(tasks, ParallelTasks):
        for batch in batches:
            tasks.add(prepare, batch, name="excerpts")
        results = [o.value if o.error is None else None for o in tasks.outcomes()]
    else:
        results = [prepare(batch) for batch in batches]
    done = 0
    for batch, result in zip(batches, results, strict=True):
        if result is None:  # a worker failed: those listings convert the excerpts themselves
            continue
        for (excerpt, separator), prepared in zip(batch, result, strict=True):
            done += _keep(excerpt, _inputs(excerpt, separator), prepared)
    return done


# What :meth:`HeadExcerpt.prepared` gives: toc tokens, pattern, cleaned content.
Prepared = tuple[Any, Any, Any]


def _inputs(excerpt: HeadExcerpt, separator: str) -> tuple[Any, ...]:
    post = excerpt.post
    return (separator, post.markdown, post.title, post._title_from_render)


def _keep(excerpt: HeadExcerpt, inputs: tuple[Any, ...], prepared: Prepared | None) -> bool:
    """Keep what :meth:`HeadExcerpt.prepared` made for ``inputs`` (if anything)."""
    if prepared is None or prepared[1] is None:
        return False
    excerpt.pattern = (inputs, prepared[0], prepared[1])
    excerpt.cleaned = (prepared[1][0], prepared[2])
    return True


def _separator(config: MkDocsConfig, page: Any) -> str | None:
    """The excerpt separator of the blog ``page`` is a post of (None: of none)."""
    for plugin in blog_plugins(config):
        if page in (getattr(getattr(plugin, "blog", None), "posts", None) or ()):
            return str(plugin.config.post_excerpt_separator)
    return None


# An excerpt's inputs and what :meth:`HeadExcerpt.prepared` made from them.
Tried = tuple[tuple[Any, ...], Prepared | None]


def prepare_read(page: Any, config: MkDocsConfig) -> Tried | None:
    """In a read-ahead helper, once it has converted ``page``: its excerpt prepared
    (see :meth:`HeadExcerpt.prepared`) with what it was made from, for the parent's
    :func:`prepare_excerpt`; None for a page with no excerpt."""
    head_excerpt(page, True)  # made by the blog in this page's on_page_markdown
    excerpt = getattr(page, "excerpt", None)
    separator = _separator(config, page)
    if not isinstance(excerpt, HeadExcerpt) or separator is None:
        return None
    return _inputs(excerpt, separator), excerpt.prepared(separator)


def prepare_excerpt(page: Any, config: MkDocsConfig, given: Tried | None = None) -> bool:
    """Prepare ``page``'s excerpt as the page is read (after :func:`head_excerpt`), as
    :func:`prepare_excerpts` would once every page is read; ``given``: what a read-ahead
    helper prepared, kept when made from the same inputs. While pages are read on
    several cores, so each process prepares the excerpts of the posts it reads,
    instead of forking workers for them all once reading is done."""
    excerpt = getattr(page, "excerpt", None)
    if not isinstance(excerpt, HeadExcerpt) or excerpt.pattern is not None:
        return False
    separator = _separator(config, page)
    if separator is None:
        return False
    inputs = _inputs(excerpt, separator)
    excerpt.tried = inputs  # not prepared again once every page is read
    if given is not None and given[0] == inputs:
        return _keep(excerpt, inputs, given[1])
    return _keep(excerpt, inputs, excerpt.prepared(separator))


def head_excerpt(page: Any, fast: bool = True) -> None:
    """Switch a post's excerpt (made by the blog in on_page_markdown) to :class:`HeadExcerpt`,
    or to :class:`TitledExcerpt` when the speed-ups are off (see ``compat``)."""
    excerpt: Any = getattr(page, "excerpt", None)
    if type(excerpt) is not Excerpt:
        return
    if not fast:
        excerpt.__class__ = TitledExcerpt
        return
    # Made by the blog in this page's on_page_markdown: its processors are the
    # last registered on the parser, shared or not.
    excerpt.processors = tuple(excerpt.md.treeprocessors[name] for name, _ in _OWN)
    excerpt.rendered = []
    excerpt.__class__ = HeadExcerpt


# The heading the blog writes into a listing's page: "# {name}".
_HEADING = re.compile(r"<h1\b[^>]*>.*?</h1>", re.DOTALL)


def view_heading(page: Any, markdown: str) -> str:
    """A topic's page (made by the blog as "# {name}") with its name as text, not Markdown:
    a topic named "<img onerror=…>" or "… {: onclick=… }" shows as typed."""
    name = getattr(page, "name", None)
    if isinstance(page, View) and isinstance(name, str) and markdown.strip() == f"# {name}":
        return f"# {esc(name)}\n"
    return markdown


def view_links(page: Any, markdown: str, config: MkDocsConfig) -> str:
    """On the news index and its topic and month pages, every topic and month as a
    large link (Material lists them only in its left menu, which a phone hides)."""
    if not isinstance(page, View):
        return markdown
    for plugin in blog_plugins(config):
        root = getattr(plugin, "blog", None)
        if root is None or (page is not root and page not in root.views):
            continue
        groups = [
            ("Chủ đề", [v for v in root.views if isinstance(v, Category)]),
            ("Theo tháng", [v for v in root.views if isinstance(v, Archive)]),
        ]
        out = ['\n<nav class="cp-views" aria-label="Tin theo chủ đề và theo tháng">']
        for label, views in groups:
            if not views:
                continue
            out.append(f'<p class="cp-views__label">{label}</p><ul class="cp-views__list">')
            for view in views:
                href = html.escape(get_relative_url(view.url, page.url), quote=True)
                current = ' aria-current="page"' if view is page else ""
                name = html.escape(str(view.name or ""))  # typed text, not HTML
                out.append(f'<li><a href="{href}"{current}>{name}</a></li>')
            out.append("</ul>")
        out.append("</nav>\n")
        return markdown.rstrip() + "\n" + "".join(out) if len(out) > 2 else markdown
    return markdown


# What the template's loop over a post's topics wrote (its tags' line breaks and
# indents): each topic, each post of a topic, each post kept.
_TOPIC_GAP, _POST_GAP, _KEPT_GAP = "\n    ", "\n      ", "\n        \n      "


def related_posts(page: Any, limit: int = 3) -> tuple[list[Any], str]:
    """The posts listed under a post as related: the first ``limit`` other posts of its
    topics, topic by topic, each once; and the blank text the template's loop that
    found them wrote, so pages stay the same byte for byte.

    The loop (``post != page and post not in related and related | length < 3`` for
    every post of every topic) compared the post with every post of its topics
    (``Page.__eq__`` in Python, 2.9 million times on 2,000 posts); this stops
    comparing once ``limit`` are found and counts the rest."""
    related: list[Any] = []
    gap = ["\n  "]
    for category in getattr(page, "categories", None) or []:
        gap.append(_TOPIC_GAP)
        posts = getattr(category, "posts", None) or []
        for n, post in enumerate(posts):
            if len(related) >= limit:
                gap.append((_POST_GAP + "\n    ") * (len(posts) - n))
                break
            gap.append(_POST_GAP)
            if post != page and post not in related:
                related.append(post)
                gap.append(_KEPT_GAP)
            gap.append("\n    ")
        gap.append("\n  ")
    gap.append("\n  ")
    return related, "".join(gap)


def paginated_heading(page: Any, html: str) -> str:
    """The heading of a listing's second and later pages, which the blog writes as
    Markdown from the first page's title (text by then): the first page's heading."""
    if not isinstance(page, View) or not page.pages or page.pages[0] is page:
        return html
    title = page.pages[0].title
    if title is None:
        return html
    return _HEADING.sub(lambda _: f"<h1>{title}</h1>", html, count=1)


def escape_post_links(config: MkDocsConfig) -> None:
    """Escape the titles of the links listed under posts (``links:``; made in the blog's on_env)."""
    for plugin in blog_plugins(config):
        root = getattr(plugin, "blog", None)
        for post in getattr(root, "posts", None) or []:
            escape_links(getattr(post.config, "links", None) or [])
