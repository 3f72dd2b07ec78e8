"""Incremental ``campaign build``: pages whose inputs did not change are taken from a cache.

A province's site has thousands of pages; after one edited news item only
that post, the listings showing its excerpt and whatever shows its title or
date change. Two caches, kept between builds in the campaign's cache folder
(see :class:`campaign.publish.pagecache.PageCache`), skip the rest:

- **conversions**: the HTML, table of contents, title and anchors MkDocs makes
  from a page's Markdown, keyed by that Markdown (after every plugin's
  ``page_markdown`` hook), the page's address, the addresses of every file
  (relative links), the Markdown configuration and the environment below;
- **pages**: the written page and its search entries, keyed by the page's
  HTML, table of contents, title and front matter, the site's digest (every
  page's address, title and front matter, the navigation, every file's
  address, the environment) and, for a listing, the HTML and Markdown of
  each post on that page of the listing.

The environment is the engine's code, the library versions, ``mkdocs.yml``,
``campaign.yml`` and every other file of the campaign but the Markdown pages
(photos, a theme's ``custom_dir``, ``.authors.yml``...), the build date, the
site address and ``SOURCE_DATE_EPOCH``. So a changed title, date or topic
re-renders every page (each shows the navigation or a listing), a changed
template or engine re-renders everything, and a deleted post changes every
file list: correctness first, speed where it is safe.

A page taken from the cache whose file in the last good site (the published
folder) was written from the same key, and is still the file this build
recorded (same inode, size and modification time: nobody changed it since),
is hard-linked from there into the new site instead of written again (see
:class:`Published`); anything else is written as a new file, never through a
link, so the last good site stays as it was whatever this build does. When
the build writes into the site the last good one replaced (the spare folder,
see ``campaign.publish.outdir.take_spare``), a page there that was written from
the same key and is still that file is simply left where it is.

A page that logged anything while converted or written is not stored: the
next build makes it again and logs it again (strict mode counts it). The
caches are used only by ``campaign build`` with the speed-ups on (see
``compat``), with plugins this module knows and Markdown extensions that read
nothing but the page; anything else builds every page as before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import pickle
import re
import stat
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Post, View
from material.plugins.search.plugin import SearchPlugin
from mkdocs import utils as mkdocs_utils
from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from ..content.yamlcache import plain_loads
from ..publish import buildstamp
from ..publish.fsutil import link_new, make_way, write_atomic, write_in_place, write_new
from ..publish.outdir import MARKER
from ..publish.pagecache import PageCache, now
from . import blog, compat
from .buildrecord import key_hash, page_facts
from .known import known_extension, own_plugins
from .log import Logged, log

__all__ = ["Incremental", "start"]

# Bump when what is stored changes shape or meaning.
VERSION = "2"
# Where the pages of the last good site came from (see :class:`Published`).
RECORD = "site.json"
# Extensions that read other files (their contents are not in the key).
_IMPURE = frozenset({"pymdownx.snippets", "pymdownx.b64"})


# "<object at 0x7f…>": not the same in the next build.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _stable(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON-able data that is the same from one process to the next."""
    if depth > 8:
        return "…"
    if isinstance(value, dict):
        return {
            str(k): _stable(v, depth + 1)
            for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))
        }
    if isinstance(value, (list, tuple)):
        return [_stable(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(repr(_stable(v, depth + 1)) for v in value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    kind = f"{type(value).__module__}.{type(value).__qualname__}"
    if callable(value):
        return f"{getattr(value, '__module__', '?')}.{getattr(value, '__qualname__', '?')}"
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return f"{kind}:{value.isoformat()}"
    if isinstance(value, Mapping):
        return [kind, _stable(dict(value.items()), depth + 1)]
    if hasattr(value, "__dict__") and depth < 4:
        return [kind, _stable(vars(value), depth + 1)]
    return f"{kind}:{_ADDRESS.sub('', str(value))}"


def _json(value: Any) -> str:
    # Plain data (front matter, mostly) is written by the C encoder as it is; only what
    # it cannot write goes through ``_stable`` (a date, a set, an object).
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_stable)
    except (TypeError, ValueError, RecursionError):  # keys of mixed kinds, a cycle
        return json.dumps(_stable(value), ensure_ascii=False, sort_keys=True)


def _unpickle(data: bytes) -> Any:
    """Plain data only (YAML's dates and the like, and the theme's escaped text):
    an entry naming any other class is refused (a miss)."""
    return plain_loads(data, _MARKUP)


_MARKUP = frozenset({("markupsafe", "Markup")})


# --- the environment ------------------------------------------------------------------


def _campaign_files(root: Path, docs: Path, skip: set[Path]) -> Iterator[Path]:
    """Every file of the campaign folder but the Markdown pages, the outputs and caches."""
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        inside_docs = here == docs or here.is_relative_to(docs)
        # Dot folders (.git, .cache, staging folders) are no input; in docs/ the blog's
        # own dot files (.authors.yml) are.
        dirs[:] = sorted(
            d
            for d in dirs
            if (here / d) not in skip
            and d not in buildstamp.SKIP_DIRS
            and not (d.startswith(".") and not inside_docs)
            and not (here / d / MARKER).exists()  # a site this tool built: an output
        )
        for name in sorted(names):
            path = here / name
            if inside_docs and name.endswith(".md"):
                continue  # each page's own key says what it read
            if path in skip or (name.startswith(".") and not inside_docs):
                continue
            yield path


def _environment(config: MkDocsConfig, root: Path, today: str, skip: set[Path]) -> str:
    digest = hashlib.sha256()
    digest.update(
        f"{VERSION}\n{buildstamp.versions()}\n{buildstamp.engine_digest()}\n{today}\n"
        f"{config.site_url}\n{os.environ.get('SOURCE_DATE_EPOCH')!r}\n".encode()
    )
    docs = Path(config.docs_dir).resolve()
    for path in _campaign_files(root, docs, skip):
        info = path.stat()
        name = path.relative_to(root).as_posix()
        if info.st_size <= buildstamp.HASH_LIMIT:
            digest.update(f"{name}\0{key_hash(path.read_bytes())}\n".encode())
        else:
            digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    # Templates from outside the campaign and the packages (a theme folder elsewhere).
    for folder in config.theme.dirs:
        where = Path(folder).resolve()
        if not where.is_relative_to(root) and "site-packages" not in where.parts:
            digest.update(buildstamp.tree_digest(where).encode())
    # What the configuration pulls from outside (INHERIT, !ENV) and the resolved settings.
    digest.update(
        _json(
            {
                "extra": config.extra,
                "extra_css": config.extra_css,
                "extra_javascript": config.extra_javascript,
                "theme": dict(config.theme.items()),
                "site_name": config.site_name,
                "copyright": config.copyright,
                "use_directory_urls": config.use_directory_urls,
            }
        ).encode()
    )
    for name in ("mkdocs.yml", "campaign.yml"):
        for inherited in _inherited(root / name):
            digest.update(inherited)
    return digest.hexdigest()


def _inherited(path: Path) -> Iterator[bytes]:
    """The files a configuration inherits and the environment variables it reads."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    for match in buildstamp._INHERIT.finditer(text):
        parent = (path.parent / match.group(1).strip().strip("'\"")).resolve()
        try:
            yield parent.read_bytes()
        except OSError:
            yield b"-"
    for match in buildstamp._ENV.finditer(text):
        yield f"{match.group(0)}={os.environ.get(match.group(1).strip('[]'))!r}".encode()


def _markdown_pure(config: MkDocsConfig) -> bool:
    for extension in config.markdown_extensions:
        if not known_extension(extension) or extension in _IMPURE:
            return False
    return True


def _files_digest(files: Files) -> str:
    return key_hash(
        *(f"{f.src_uri}\0{f.dest_uri}\0{f.url}\0{f.inclusion.name}" for f in files),
    )


def _items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])


def _nav_digest(nav: Navigation) -> str:
    parts = []
    for item in _items(nav.items):
        file = getattr(item, "file", None)
        parts.append(
            f"{type(item).__name__}\0{getattr(item, 'title', None)}\0{getattr(item, 'url', None)}"
            f"\0{file.src_uri if file is not None else ''}"
            f"\0{len(getattr(item, 'children', None) or [])}"
        )
    return key_hash(*parts)


def _toc(items: Any) -> list[Any]:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in (items or [])]


class Published:
    """The pages of the last good site: by address, the key each was written from
    and the file it was written as (inode, size, modification time).

    Recorded in the cache when a build's pages are written (the staging folder's
    files keep their inodes when it is renamed into place); a build whose swap
    failed left a record no file matches. A page whose key and file both still
    match is linked from the published folder: the same bytes, nothing copied.
    """

    def __init__(self, path: Path, site: Path | None, use: bool = True) -> None:
        self.path = path
        self.site = site
        self.use = use  # False: nothing linked or left (every page written), only recorded
        self.pages: dict[str, tuple[str, int, int, int]] = {}
        # The same for the site the last good one replaced (the spare folder, if the
        # build writes into it): the record's pages before the last build's.
        self.spare: dict[str, tuple[str, int, int, int]] = {}
        if site is None:
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("site") == str(site):
                self.pages = _pages(data["pages"])
                self.spare = _pages(data.get("spare") or {})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.pages, self.spare = {}, {}

    def kept(self, dest_uri: str, key: str, size: int, target: str) -> bool:
        """Whether the file at ``target`` (the page at ``dest_uri`` of the spare folder
        this build writes into) was written from ``key`` (``size`` bytes) and is
        unchanged since: then it stays as it is."""
        found = self.spare.get(dest_uri)
        if found is None or found[0] != key or found[2] != size or not self.use:
            return False
        try:
            info = os.lstat(target)
        except OSError:
            return False
        return (
            stat.S_ISREG(info.st_mode)
            and (
                info.st_ino,
                info.st_size,
                info.st_mtime_ns,
            )
            == found[1:]
        )

    def link(self, dest_uri: str, key: str, size: int, target: str) -> bool:
        """Link the published page at ``dest_uri`` to ``target`` if it is the one
        written from ``key`` (of ``size`` bytes) and unchanged since."""
        found = self.pages.get(dest_uri)
        if found is None or found[0] != key or self.site is None or not self.use:
            return False
        source = os.path.join(self.site, dest_uri)
        try:
            info = os.lstat(source)
            if not stat.S_ISREG(info.st_mode):
                return False
            if (info.st_ino, info.st_size, info.st_mtime_ns) != found[1:] or size != found[2]:
                return False
            link_new(source, target)
        except OSError:
            return False
        return True

    def record(self, site_dir: Path, keys: Mapping[str, str]) -> None:
        """Record the pages just written into ``site_dir`` (by address, their keys)."""
        if self.site is None:
            return
        pages = {}
        for dest_uri, key in keys.items():
            try:
                info = os.lstat(site_dir / dest_uri)
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                pages[dest_uri] = (key, info.st_ino, info.st_size, info.st_mtime_ns)
        # The published site's pages: the spare folder's once this site replaces it.
        data = {"site": str(self.site), "pages": pages, "spare": self.pages}
        try:
            write_atomic(self.path, json.dumps(data, separators=(",", ":")).encode("utf-8"))
        except OSError:
            pass  # a record that cannot be written only costs speed


def _pages(data: Mapping[str, Any]) -> dict[str, tuple[str, int, int, int]]:
    return {str(uri): (str(k), int(i), int(n), int(t)) for uri, (k, i, n, t) in data.items()}


class Incremental:
    """One build's use of the page caches."""

    def __init__(
        self,
        config: MkDocsConfig,
        files: Files,
        root: Path,
        cache: Path,
        today: str,
        skip: set[Path],
        read: bool = True,
        published: Path | None = None,
    ) -> None:
        self.started = now()
        self.store = PageCache(cache, read)
        # Pages of the last good site, linked instead of written (not after --force).
        # Pages of the last good site, linked or left instead of written (not after
        # --force, which still records its own pages for the next build).
        self.published = Published(cache / RECORD, published, use=read)
        self.site_dir = Path(config.site_dir)
        self.linked = 0
        self.left = 0  # pages of the spare folder left as they are
        self.environment = _environment(config, root, today, skip)
        self.files_digest = _files_digest(files)
        self.files = files
        self.convert_context: str | None = None
        if _markdown_pure(config):
            self.convert_context = key_hash(
                self.environment,
                self.files_digest,
                _json({"ext": config.markdown_extensions, "cfg": config.mdx_configs}),
                _json(
                    dict(config.validation.items())
                    if hasattr(config.validation, "items")
                    else str(config.validation)
                ),
                logging.getLogger("mkdocs").getEffectiveLevel() > logging.DEBUG,
            )
        # Pages read from the cache: keyed by the page's source, the conversion's
        # context and every authored page's front matter (a news page shows its
        # related posts, a profile the next profile's name).
        self.read_context: str | None = None
        if self.convert_context is not None:
            own = _known_plugins(config)["own"]
            self.read_context = key_hash(
                "read", self.convert_context, *(_documents_digest(p) for p in own)
            )
        self.blogs = blog.blog_plugins(config)
        self.parent = os.getpid()  # read-ahead helpers neither restore nor store
        self.keys: dict[str, str] = {}  # page output keys by src_uri (set in ``on_env``)
        self.dests: dict[str, str] = {}  # and where each is written
        self.converted = 0
        self.rendered = 0
        self.read_from_cache = 0
        self.made = 0  # read and page entries made (not already stored)
        # What the direct path needs of each news post's page (see ``direct``), by src_uri.
        self.facts: dict[str, dict[str, Any]] = {}
        self.separator: str | None = (
            self.blogs[0].config.post_excerpt_separator if len(self.blogs) == 1 else None
        )

    # --- reading pages ---------------------------------------------------------------

    def install_reads(self) -> None:
        """Take whole page reads from the cache (before the read-ahead helpers fork).

        A page read from the cache skips every ``pre_page``, ``page_markdown`` and
        ``page_content`` hook and the conversion: what they left on the page (its
        Markdown, HTML, table of contents, title, front matter, anchors; a post's
        reading time) is put back, and a post's excerpt is made again by the blog
        as it makes it while reading. Listing pages (the blog's views) are always
        read: their hooks read other pages.
        """
        if self.read_context is None:
            return
        original = mkdocs_build._populate_page
        incremental = self

        def populate(page: Page, config: MkDocsConfig, files: Files, dirty: bool = False) -> None:
            incremental.populate(page, config, files, dirty, original)

        compat.patch(mkdocs_build, "_populate_page", populate)

    def _read_key(self, page: Page) -> str | None:
        if isinstance(page, View) or type(page) not in (Page, Post):
            return None
        file = page.file
        if isinstance(page, Post):  # read by the blog already (its own read_source does nothing)
            source = f"{page.markdown}\0{_json(page.meta)}".encode("utf-8", "surrogatepass")
        else:
            try:
                source = file.content_bytes
            except OSError:
                return None
        return key_hash(
            "read",
            self.read_context,
            type(page).__name__,
            file.src_uri,
            file.dest_uri,
            file.url,
            source,
        )

    def populate(
        self,
        page: Page,
        config: MkDocsConfig,
        files: Files,
        dirty: bool,
        original: Callable[..., None],
    ) -> None:
        key = None if dirty else self._read_key(page)
        here = os.getpid() == self.parent
        if key is not None:
            if not here:
                if self.store.has(key):
                    return  # the parent takes it from the cache: nothing to read ahead
            else:
                found = self.store.get(key)
                if found is not None and self._restore_read(page, config, files, found[1]):
                    self.read_from_cache += 1
                    return
        with Logged(logging.INFO) as logged:
            original(page, config, files, dirty)
        if key is not None and here and not logged.count:
            self._store_read(key, page)

    def _store_read(self, key: str, page: Page) -> None:
        if self.store.touch(key):
            return  # stored from the same inputs by an earlier build (read again: --force)
        links = page.links_to_anchors
        data = {
            "markdown": page.markdown,
            "content": page.content,
            "toc": _toc_tokens(page.toc),
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": None if links is None else {f.src_uri: v for f, v in links.items()},
            "meta": page.meta,
            "readtime": getattr(page.config, "readtime", None) if isinstance(page, Post) else None,
        }
        try:
            body = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
            _unpickle(body)  # plain data only, or the page is read again next time
        except (pickle.PickleError, TypeError, AttributeError, ValueError):
            return
        self.made += 1
        self.store.put(key, {"kind": "read"}, body)

    def _restore_read(self, page: Page, config: MkDocsConfig, files: Files, body: bytes) -> bool:
        try:
            data = _unpickle(body)
            meta = data["meta"]
            toc = get_toc(data["toc"])
            links = data["links"]
            linked = (
                None if links is None else {uri: files.get_file_from_path(uri) for uri in links}
            )
            if not isinstance(meta, dict) or not isinstance(data["content"], str):
                return False
        except (pickle.PickleError, EOFError, KeyError, TypeError, ValueError, AttributeError):
            return False
        page.markdown = data["markdown"]
        page.meta = meta
        page.content = data["content"]
        page.toc = toc
        page._title_from_render = data["title"]
        page.present_anchor_ids = set(data["anchors"] or ())
        if linked is not None and links is not None:
            page.links_to_anchors = {
                file: links[uri] for uri, file in linked.items() if file is not None
            }
        # Its conversion is kept too: a changed title reads every page again.
        self.store.touch(self._convert_key(page))
        if isinstance(page, Post):
            # The excerpt the blog makes in its page_markdown hook (from the Markdown
            # the hooks left), made faster as ``on_page_content`` makes it.
            for instance in self.blogs:
                instance.on_page_markdown(page.markdown, page=page, config=config, files=files)
            blog.head_excerpt(page, True)
            if data["readtime"] is not None:
                page.config.readtime = data["readtime"]
        return True

    # --- conversions (while pages are read) ------------------------------------------

    def install_conversions(self) -> None:
        """Take conversions from the cache (before the read-ahead helpers fork)."""
        if self.convert_context is None:
            return
        original = Page.render
        incremental = self

        def render(page: Page, config: MkDocsConfig, files: Files) -> None:
            incremental.convert(page, config, files, original)

        compat.patch(Page, "render", render)

    def convert(
        self,
        page: Page,
        config: MkDocsConfig,
        files: Files,
        original: Callable[[Page, MkDocsConfig, Files], None],
    ) -> None:
        key = self._convert_key(page)
        found = self.store.get(key)
        if found is not None and self._restore(page, files, found[0], found[1]):
            return
        with Logged(logging.INFO) as logged:
            original(page, config, files)
        self.converted += 1
        if logged.count:
            return  # logged again by the next build, which converts it again
        if self.store.touch(key):
            return  # stored from the same inputs by an earlier build (converted again: --force)
        links = page.links_to_anchors
        header = {
            "toc": _toc_tokens(page.toc),
            "title": page._title_from_render,
            "anchors": sorted(page.present_anchor_ids or ()),
            "links": None if links is None else {f.src_uri: v for f, v in links.items()},
        }
        self.store.put(key, header, (page.content or "").encode("utf-8", "surrogatepass"))

    def _convert_key(self, page: Page) -> str:
        file = page.file
        return key_hash(
            "convert",
            self.convert_context,
            file.src_uri,
            file.dest_uri,
            file.url,
            page.markdown or "",
        )

    def _restore(self, page: Page, files: Files, header: dict[str, Any], body: bytes) -> bool:
        try:
            content = body.decode("utf-8", "surrogatepass")
            toc = get_toc(header["toc"])
            links = header["links"]
            linked = (
                None if links is None else {uri: files.get_file_from_path(uri) for uri in links}
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return False
        page.content = content
        page.toc = toc
        page._title_from_render = header.get("title")
        page.present_anchor_ids = set(header.get("anchors") or ())
        if linked is not None and links is not None:
            page.links_to_anchors = {
                file: links[uri] for uri, file in linked.items() if file is not None
            }
        return True

    # --- pages (once every page is read) ---------------------------------------------

    def prepare(self, config: MkDocsConfig, files: Files, nav: Navigation) -> None:
        """Every page's key, then write pages through the cache (end of ``on_env``)."""
        pages = [f.page for f in files.documentation_pages() if f.page is not None]
        content = {p.file.src_uri: key_hash(p.content or "") for p in pages}
        markdown = {p.file.src_uri: key_hash(p.markdown or "") for p in pages}
        site = key_hash(
            "site",
            self.environment,
            self.files_digest,
            _nav_digest(nav),
            *(
                f"{p.file.src_uri}\0{p.url}\0{p.title}\0{_json(p.meta)}\0{type(p).__name__}"
                f"\0{_json(getattr(p, 'config', None))}"
                for p in pages
            ),
        )
        shown = _listed(config)
        for page in pages:
            uri = page.file.src_uri
            posts = shown.get(id(page), [])
            self.dests[uri] = page.file.dest_uri
            self.keys[uri] = key_hash(
                "page",
                page.meta.get("template", "main.html"),
                site,
                uri,
                content[uri],
                markdown[uri],
                _json(_toc(page.toc)),
                *(
                    f"{p.file.src_uri}\0{markdown[p.file.src_uri]}\0{content.get(p.file.src_uri)}"
                    for p in posts
                ),
            )
        original = mkdocs_build._build_page
        incremental = self
        known = _known_plugins(config)

        def build_page(
            page: Page,
            config: MkDocsConfig,
            doc_files: Any,
            nav: Navigation,
            env: Any,
            dirty: bool = False,
            excluded: bool = False,
        ) -> None:
            incremental.build_page(
                original, known, page, config, doc_files, nav, env, dirty, excluded
            )

        compat.patch(mkdocs_build, "_build_page", build_page)

    def build_page(
        self,
        original: Callable[..., None],
        known: dict[str, Any],
        page: Page,
        config: MkDocsConfig,
        doc_files: Any,
        nav: Navigation,
        env: Any,
        dirty: bool,
        excluded: bool,
    ) -> None:
        key = self.keys.get(page.file.src_uri)
        if key is None or dirty or excluded:
            # Never written through a link to the published site's file (see make_way).
            _write_page(original, page, config, doc_files, nav, env, dirty, excluded)
            return
        searches: list[SearchPlugin] = known["search"]
        found = self.store.get(key)
        if found is not None:
            header, body = found
            entries = header.get("search")
            if isinstance(entries, list) and len(entries) == len(searches):
                for plugin, own in zip(searches, entries, strict=True):
                    plugin.search_index.entries.extend(own)
                for plugin in known["own"]:
                    plugin.replay_page(page, config, header.get("card"))
                facts = header.get("direct")
                if isinstance(page, Post) and isinstance(facts, dict):
                    self.facts[page.file.src_uri] = facts
                dest = page.file.abs_dest_path
                if not body:  # MkDocs writes no empty page
                    Path(dest).unlink(missing_ok=True)
                elif self.published.kept(page.file.dest_uri, key, len(body), dest):
                    self.left += 1
                elif self.published.link(page.file.dest_uri, key, len(body), dest):
                    self.linked += 1
                else:
                    write_new(dest, body)
                return
        before = [len(p.search_index.entries) for p in searches]
        target = Path(page.file.abs_dest_path)
        with Logged(logging.INFO) as logged:
            _write_page(original, page, config, doc_files, nav, env, dirty, excluded)
        self.rendered += 1
        if logged.count:
            return
        facts = None
        if isinstance(page, Post) and self.separator is not None:
            try:
                facts = page_facts(page, target.read_bytes(), self.separator)
            except FileNotFoundError:
                pass
            if facts is not None:
                self.facts[page.file.src_uri] = facts
        if self.store.touch(key):
            return  # stored from the same inputs by an earlier build (made again: --force)
        try:
            body = target.read_bytes()
        except FileNotFoundError:
            body = b""  # MkDocs skipped an empty page
        entries = [p.search_index.entries[n:] for p, n in zip(searches, before, strict=True)]
        card = next((c for p in known["own"] if (c := p.card_files.get(page.file.src_uri))), None)
        self.made += 1
        header = {"search": entries, "card": str(card) if card else None, "direct": facts}
        self.store.put(key, header, body)

    def spare_pages(self) -> set[str]:
        """The pages (by destination) the spare folder this build writes into may keep:
        those it held when recorded, if still pages of this build (``on_nav``)."""
        spare = self.published.spare
        return {f.dest_uri for f in self.files.documentation_pages() if f.dest_uri in spare}

    def stored(self) -> set[str]:
        """The pages (by src_uri) this build will take from the cache."""
        return {uri for uri, key in self.keys.items() if self.store.has(key)}

    def finish(self) -> None:
        """After a good build (in the process that started it): forget unused entries."""
        removed = self.store.prune(self.started)
        self.published.record(
            self.site_dir, {self.dests[uri]: key for uri, key in self.keys.items()}
        )
        log.debug(
            "page cache: %d conversions, %d pages made here; %d hits, %d misses; %d pruned; "
            "%d pages read from the cache; %d pages linked from the last site; "
            "%d pages left in the spare folder; %d read and page entries made",
            self.converted,
            self.rendered,
            self.store.hits,
            self.store.misses,
            removed,
            self.read_from_cache,
            self.linked,
            self.left,
            self.made,
        )


def _write_page(
    original: Callable[..., None],
    page: Page,
    config: MkDocsConfig,
    doc_files: Any,
    nav: Navigation,
    env: Any,
    dirty: bool,
    excluded: bool,
) -> None:
    """MkDocs' ``_build_page`` (``original``), never writing through a link: the file
    at the page's place in a spare folder may be one of the published site's. A file
    of the spare folder's own is written again in place (see ``fsutil.make_way``):
    MkDocs' ``utils.write_file`` (1.6.1: makes the folders, opens ``"wb"``, writes) is
    replaced for this page's file by ``fsutil.write_in_place``, same bytes."""
    dest = page.file.abs_dest_path
    if not make_way(dest):
        original(page, config, doc_files, nav, env, dirty=dirty, excluded=excluded)
        return
    write_file = mkdocs_utils.write_file
    written = False

    def write(content: bytes, output_path: str) -> None:
        nonlocal written
        if output_path != dest:
            write_file(content, output_path)
            return
        write_in_place(dest, content)
        written = True

    mkdocs_utils.write_file = write
    try:
        original(page, config, doc_files, nav, env, dirty=dirty, excluded=excluded)
    finally:
        mkdocs_utils.write_file = write_file
    if not written:  # MkDocs skipped the page (empty): what was there goes
        os.unlink(dest)


def _toc_tokens(toc: Any) -> list[dict[str, Any]]:
    """The table of contents as the tokens ``get_toc`` makes it from."""
    return [
        {
            "level": item.level,
            "id": item.id,
            "name": item.title,
            "children": _toc_tokens(item.children),
        }
        for item in (toc or [])
    ]


def _listed(config: MkDocsConfig) -> dict[int, list[Page]]:
    """The posts each listing page shows (its page of the pagination), by the page's id."""
    shown: dict[int, list[Page]] = {}
    for instance in blog.blog_plugins(config):
        root = getattr(instance, "blog", None)
        if root is None:
            continue
        for view in instance._resolve_views(root):
            for page in view.pages or [view]:
                posts = list(page.posts)
                if instance._config_pagination(view) and page in view.pages:
                    step = instance._config_pagination_per_page(view)
                    at = view.pages.index(page)
                    posts = posts[at * step : at * step + step]
                shown[id(page)] = posts
    return shown


def _documents_digest(plugin: Any) -> str:
    """Every authored page's address and front matter, as the campaign plugin read them."""
    documents = getattr(plugin, "documents", None) or {}
    parts = []
    for uri in sorted(documents):
        meta = documents[uri].meta
        dump = getattr(meta, "model_dump_json", None)
        parts.append(f"{uri}\0{type(meta).__name__}\0{dump() if dump else _json(meta)}")
    return key_hash(*parts)


def _known_plugins(config: MkDocsConfig) -> dict[str, Any]:
    plugins = list(config.plugins.values())
    return {
        "search": [p for p in plugins if isinstance(p, SearchPlugin)],
        "own": [p for p in plugins if isinstance(p, own_plugins())],
    }


def usable(config: MkDocsConfig) -> bool:
    """Whether every plugin is one whose page events this module knows (the campaign
    plugin's class is registered in ``known`` as it is defined)."""
    return all(
        isinstance(p, (SearchPlugin, BlogPlugin, *own_plugins())) for p in config.plugins.values()
    )


def start(
    config: MkDocsConfig,
    files: Files,
    root: Path,
    cache: Path,
    today: str,
    skip: set[Path],
    read: bool = True,
    published: Path | None = None,
) -> Incremental | None:
    """The caches for this build (in ``on_nav``), or None when every page is built."""
    if not usable(config):
        log.debug("page cache off: a plugin this build does not know")
        return None
    try:
        incremental = Incremental(config, files, root, cache, today, skip, read, published)
    except OSError:
        return None
    incremental.install_conversions()
    incremental.install_reads()
    return incremental
