"""The direct path of ``campaign build``: an edit to the body of news posts, without MkDocs' run.

After one edited news item, the incremental build (see ``incremental``) still
runs MkDocs' whole pipeline: every page's key, 2,500 pages restored from the
page cache, the blog's listings. Yet when only the text after a post's
``<!-- more -->`` changed, exactly two files of the site change: the post's
page and the search index. This module proves that and writes just those.

**What a full build records** (see ``buildrecord``, written at its end and kept
in the page cache folder as ``direct.json`` once the new site is swapped in): a
digest of every input but the Markdown pages and each page's own hash; the
build dates; the digest of what the campaign plugin makes from the whole
content; every file's address; and for each news post, its front matter, the
part of its Markdown the listings show, and where its converted HTML sits in
its written page, with what else the page shows of it.

**What ``campaign build`` checks** (:func:`build`): the site folder is the one
the last build left (the build stamp's record of every file's size, time and
inode) and so is the register of addresses; nothing but news posts' Markdown
changed; each changed post is not read on the loudspeakers and gives the same
front matter fields; the campaign plugin's digest is the same once its
``on_config`` ran. Then each changed post is read and converted through the
real plugin hooks and MkDocs' own conversion; it must log nothing and leave
every recorded fact equal, so its page is the old page with the new HTML in
place of the old, and its search entries replace its old ones in the index.
Anything else (a new, removed or renamed page, a title, a date, a topic, the
excerpt, a heading, a setting, a template, a photo, a warning) goes the usual
way: MkDocs builds, as before.

**The last good site**: the new files are written in full beside the site
first, then each is renamed over the old one, all or none: after a failure the
old files are put back (see ``outdir.replace_files``); the other files are not
touched, so the spare folder and the page cache's record of it stay true. A
process killed between two renames (a few milliseconds) may leave the post's
new page with the old search index: the next build finds the site is not the
one the build stamp recorded and goes the usual way, which makes it right.

A test edits a body, an excerpt, a title, front matter, a profile,
``campaign.yml``, adds and deletes a post, and compares each result with
``campaign build --force`` (``diff -r``).
"""

from __future__ import annotations

import gc
import json
import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..content.schemas import NewsMeta
from ..publish import buildstamp, outdir
from ..publish.fsutil import write_atomic
from .buildrecord import (
    MAP,
    VERSION,
    key_hash,
    listing_signature,
    meta_text,
    page_shape,
    plugin_facts,
    stable_json,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from ..media.kit import KitResult
    from ..project import Project

__all__ = ["build"]

log = logging.getLogger("mkdocs.plugins.campaign.direct")


# --- the direct build -------------------------------------------------------------------


class _Decline(Exception):
    """The change is not one this path can prove: build the usual way."""


def build(
    config_file: Path,
    target: Path,
    project: Project,
    kit: KitResult | None,
    folder: Path,
    cache: Path,
    inputs: buildstamp.Inputs | None = None,
) -> bool:
    """Make the site for an edit to the body of news posts (see the module's note);
    False, with nothing changed, when the change is not one this path can prove.

    ``folder``: the page cache's (where the records are); ``cache``: the campaign's
    cache folder (the build stamp); ``inputs``: what the build reads now, if known."""
    try:
        state = _state(folder / MAP, target, project, cache / buildstamp.STAMP)
        changed = _changed(state, project, target, inputs)
    except _Decline as why:
        log.debug("direct path: %s", why)
        return False
    try:
        written = _render(config_file, target, project, kit, state, changed)
    except _Decline as why:
        log.debug("direct path: %s", why)
        return False
    except Exception as exc:  # unproven is not wrong: the usual build decides
        log.debug("direct path: %s: %s", type(exc).__name__, exc)
        return False
    _publish(target, folder, state, written)
    count = len(written) - (_INDEX in written)
    log.debug("direct path: wrote %d page%s and the search index", count, "s" if count > 1 else "")
    return True


def _state(path: Path, target: Path, project: Project, stamp: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise _Decline("no record of the last build") from exc
    if not isinstance(state, dict) or state.get("version") != VERSION:
        raise _Decline("a record of another version")
    if state.get("site") != str(target) or state.get("today") != project.today.isoformat():
        raise _Decline("another folder or another build date")
    from mkdocs.utils import get_build_date

    if state.get("mkdocs_date") != get_build_date():
        raise _Decline("another date in the sitemap")
    # The site as the last build left it (no file changed, added or removed since).
    entry = buildstamp._load(stamp).get(str(target))
    listing = buildstamp.site_listing(target)
    if (
        not isinstance(entry, dict)
        or listing is None
        or entry.get("site") != buildstamp.listing_identity(listing)
    ):
        raise _Decline("the site folder changed since the last build")
    state["_listing"] = listing
    # The register of published addresses as the last build left it.
    inputs = entry.get("inputs")
    if not isinstance(inputs, str) or buildstamp.with_register(inputs, project.root) != inputs:
        raise _Decline("the register of addresses changed since the last build")
    return state


def _changed(
    state: dict[str, Any], project: Project, target: Path, inputs: buildstamp.Inputs | None
) -> dict[str, str]:
    """The news posts whose Markdown changed (by source path: their text)."""
    docs = Path(state["docs"])
    if inputs is None or inputs.docs != state["docs"]:
        inputs = buildstamp.split_inputs(project.root, target, project.today, docs)
    if inputs is None:
        raise _Decline("an input cannot be read")
    base, pages = inputs.base, inputs.pages
    if base != state["inputs"]:
        raise _Decline("a file other than the Markdown pages changed")
    before: dict[str, str] = state["pages"]
    if pages.keys() != before.keys():
        raise _Decline("a page was added or removed")
    changed = sorted(uri for uri, digest in pages.items() if before[uri] != digest)
    if not changed:
        raise _Decline("no page changed")
    state["pages"] = pages  # recorded once the new site is in place
    documents = {d.src_uri: d for d in project.documents}
    posts = state["posts"]
    found = {}
    for uri in changed:
        document = documents.get(uri)
        if uri not in posts or document is None or not isinstance(document.meta, NewsMeta):
            raise _Decline(f"{uri}: not a news post the last build recorded")
        meta = document.meta
        if meta.broadcast and not meta.sample:
            raise _Decline(f"{uri}: read on the loudspeakers")
        if key_hash(meta_text(meta)) != posts[uri]["meta"]:
            raise _Decline(f"{uri}: its front matter changed")
        found[uri] = str(docs / uri)
    return found


class _Files:
    """Every file of the last build by source path, made as MkDocs' files when asked
    (only links in the pages converted here ask)."""

    def __init__(self, config: MkDocsConfig, rows: Iterable[list[Any]]) -> None:
        self.config = config
        self.rows = {row[0]: row for row in rows}
        self.made: dict[str, Any] = {}

    def get_file_from_path(self, path: str) -> Any:
        from mkdocs.structure.files import File, InclusionLevel

        key = path.replace(os.sep, "/")
        if key in self.made:
            return self.made[key]
        row = self.rows.get(key)
        if row is None:
            return None
        src_uri, dest_uri, url, inclusion, _ = row
        file = File(
            src_uri,
            self.config.docs_dir,
            self.config.site_dir,
            self.config.use_directory_urls,
            dest_uri=dest_uri,
            inclusion=InclusionLevel[inclusion],
        )
        file.url = url
        self.made[key] = file
        return file

    def __iter__(self) -> Any:
        return iter(self.get_file_from_path(uri) for uri in self.rows)


def _render(
    config_file: Path,
    target: Path,
    project: Project,
    kit: KitResult | None,
    state: dict[str, Any],
    changed: Mapping[str, str],
) -> dict[str, bytes]:
    """The files to write (by path in the site): each changed post's page, the index."""
    from material.plugins.search.plugin import SearchPlugin
    from mkdocs.config import load_config

    from . import compat, incremental
    from .plugin import CampaignPlugin

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(config_file), strict=True, site_dir=str(target))
    if not incremental.usable(config):
        raise _Decline("a plugin this path does not know")
    campaign = next(p for p in config.plugins.values() if isinstance(p, CampaignPlugin))
    searches = [p for p in config.plugins.values() if isinstance(p, SearchPlugin)]
    campaign.preloaded = (project, kit)
    campaign.published_dir = target
    with compat.patched():
        try:
            # Its notes (bulletins to respell) are said as in any build: not this path's concern.
            config = config.plugins.on_config(config)
            return _pages(config, target, state, changed, campaign, searches)
        finally:
            # on_config froze the project for the collector; no build end comes to thaw it
            gc.unfreeze()


def _pages(
    config: MkDocsConfig,
    target: Path,
    state: dict[str, Any],
    changed: Mapping[str, str],
    campaign: Any,
    searches: list[Any],
) -> dict[str, bytes]:
    from material.plugins.blog.structure import Post

    from . import blog
    from .log import Logged
    from .parallel.shard import page_url

    with Logged(logging.INFO) as logged:
        blogs = blog.blog_plugins(config)
        if len(blogs) != 1 or len(searches) > 1:
            raise _Decline("not one blog and at most one search")
        settings = blogs[0].config
        if settings.post_readtime or settings.draft_if_future_date or settings.authors:
            raise _Decline("reading time, dated drafts or authors")
        separator = settings.post_excerpt_separator
        if plugin_facts(campaign) != state["plugin"]:
            raise _Decline("the generated pages, bulletins or photos changed")
        files: Any = _Files(config, state["files"])
        campaign.files = files
        pages = []
        for uri in changed:
            file = files.get_file_from_path(uri)
            page = Post(file, config)
            page._set_canonical_url(config.site_url)
            config._current_page = page
            page = campaign.on_pre_page(page, config=config, files=files)
            page.markdown = campaign.on_page_markdown(
                page.markdown or "", page=page, config=config, files=files
            )
            page.render(config, files)
            page.content = campaign.on_page_content(
                page.content or "", page=page, config=config, files=files
            )
            for search in searches:
                search.on_page_context({}, page=page, config=config, nav=None)
            config._current_page = None
            pages.append(page)
        if logged.seen:
            raise _Decline("a page logged something: the usual build says it")
    written: dict[str, bytes] = {}
    for page in pages:
        facts = state["posts"][page.file.src_uri]
        if page.file.dest_uri != facts["dest"] or page.url != facts["url"]:
            raise _Decline(f"{page.file.src_uri}: another address")
        if page_shape(page) != facts["shape"]:
            raise _Decline(f"{page.file.src_uri}: its headings, title or anchors changed")
        if listing_signature(page.markdown or "", separator) != facts["listing"]:
            raise _Decline(f"{page.file.src_uri}: what the listings show of it changed")
        links = page.links_to_anchors
        here = None if links is None else stable_json({f.src_uri: v for f, v in links.items()})
        if here != facts["links"]:
            raise _Decline(f"{page.file.src_uri}: its links to other pages' headings changed")
        old = (target / facts["dest"]).read_bytes()
        content = (page.content or "").encode("utf-8", "surrogatepass")
        start, end = facts["start"], facts["end"]
        written[facts["dest"]] = old[:start] + content + old[end:]
        facts["end"] = start + len(content)
    if searches:
        written[_INDEX] = _search_index(target, searches[0], pages, page_url)
    return written


_INDEX = "search/search_index.json"


def _search_index(target: Path, search: Any, pages: list[Any], page_url: Any) -> bytes:
    """The search index with the entries of ``pages`` made again, in their place."""
    text = (target / _INDEX).read_text(encoding="utf-8")
    data = json.loads(text)
    if json.dumps(data, separators=(",", ":"), default=str) != text:
        raise _Decline("a search index this path would not write back as it is")
    fresh: dict[str, list[Any]] = {}
    for entry in search.search_index.entries:
        fresh.setdefault(page_url(entry["location"]), []).append(entry)
    docs = data["docs"]
    for page in pages:
        at = [i for i, e in enumerate(docs) if page_url(e["location"]) == page.url]
        if not at or at != list(range(at[0], at[0] + len(at))):
            raise _Decline(f"{page.url}: its search entries are not found in one place")
        docs[at[0] : at[-1] + 1] = fresh.get(page.url, [])
    return json.dumps(data, separators=(",", ":"), default=str).encode("utf-8")


def _publish(target: Path, folder: Path, state: dict[str, Any], written: dict[str, bytes]) -> None:
    """Put the new files in place of the old ones, all or none (see the module's note)."""
    outdir.replace_files(target, written)
    _remember(target, state.pop("_listing"), written)
    _records(target, folder, state, written)


def _remember(target: Path, listing: Any, written: Mapping[str, bytes]) -> None:
    """The site's identity for the build stamp: the files it had, those written here
    with their new sizes, times and inodes."""
    new = {os.path.normpath(path) for path in written}
    files = []
    for name, *stats in listing[1]:
        if name in new:
            info = os.stat(target / name, follow_symlinks=False)
            stats = [info.st_size, info.st_mtime_ns, info.st_ino]
        files.append((name, *stats))
    info = target.stat()
    buildstamp.remember(target, ((info.st_ino, info.st_mtime_ns), files))


def _records(target: Path, folder: Path, state: dict[str, Any], written: dict[str, bytes]) -> None:
    """The page cache's record of the published pages (see ``incremental.Published``):
    the pages written here are new files, not what it says (the spare folder is
    as it was); and this path's own record, for the next edit."""
    from .incremental import RECORD

    try:
        published = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        if published.get("site") == str(target):
            for path in written:
                published["pages"].pop(path, None)
            write_atomic(folder / RECORD, json.dumps(published, separators=(",", ":")).encode())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        (folder / RECORD).unlink(missing_ok=True)
    try:
        write_atomic(folder / MAP, json.dumps(state, separators=(",", ":")).encode())
    except OSError:
        (folder / MAP).unlink(missing_ok=True)
