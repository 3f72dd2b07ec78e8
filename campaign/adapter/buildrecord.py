"""What a full build records for the direct path of ``campaign build`` (see ``direct``).

At its end, a full build with the page cache (see ``incremental``) records
(:func:`record`; kept in the page cache folder as ``direct.json`` once the new
site is swapped in, see :func:`commit`): a digest of every input but the
Markdown pages and each page's own hash (see ``buildstamp.split_inputs``); the
build dates (the campaign's and MkDocs' sitemap date); the digest of what the
campaign plugin makes from the whole content (generated pages, bulletins'
inputs, published photos, :func:`plugin_facts`); every file's address; and for
each news post, its front matter as read, the part of its Markdown the listings
show (see :func:`listing_signature`), and where its converted HTML sits in its
written page, with what else the page shows of it (table of contents, title,
anchors, links to other pages' anchors, whether it has a heading 1, its front
matter after the hooks; see :func:`page_facts`).

The plugin and the page cache write these facts; the direct path reads them.
So this module imports neither: it sits below the plugin, the page cache and
the direct path alike, and :func:`key_hash` is the key of the page cache too.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..content.schemas import NewsMeta
from ..publish import buildstamp
from ..publish.fsutil import write_atomic

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

__all__ = [
    "MAP",
    "VERSION",
    "commit",
    "forget",
    "key_hash",
    "listing_signature",
    "meta_text",
    "page_facts",
    "page_shape",
    "plugin_facts",
    "record",
    "stable_json",
]

# Bump when what is recorded changes shape or meaning.
VERSION = 1
MAP = "direct.json"
PENDING = "direct.json.new"

# The excerpt's cut and what, after it, still shows in the listings (see ``blog.HeadExcerpt``):
# link references are carried over; footnote and abbreviation definitions, or an open
# code block, make the blog convert the whole post for its excerpt.
_REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S.*$", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
_UNSAFE = re.compile(r"^ {0,3}(\[\^[^\]]+\]:|\*\[[^\]]+\]:)", re.MULTILINE)


def key_hash(*parts: object) -> str:
    """A digest of ``parts`` that keeps them apart (each prefixed by its length); the
    key of the page cache's entries and of the direct path's records."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def stable_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def listing_signature(markdown: str, separator: str) -> str | None:
    """What the news listings show of a post with this Markdown (after the plugins'
    hooks): the part before the separator, the link references after it and whether
    anything else follows. None when the listings show more than that (no
    separator, a footnote or abbreviation after it, a code block left open)."""
    head, found, tail = markdown.partition(separator)
    if not found or _UNSAFE.search(tail) or len(_FENCE.findall(head)) % 2:
        return None
    references = [m.group(0) for m in _REFERENCE.finditer(tail)]
    rest = bool(_REFERENCE.sub("", tail).strip())
    return key_hash(separator, head, "\n".join(references), rest)


def _toc(items: Any) -> list[Any]:
    return [[item.title, item.id, item.level, _toc(item.children)] for item in (items or [])]


def page_facts(page: Any, body: bytes, separator: str) -> dict[str, Any] | None:
    """Where ``page``'s HTML sits in its written ``body``, and what else of the page
    its body changes (see the module's note); None when the HTML is not found
    exactly once."""
    content = (page.content or "").encode("utf-8", "surrogatepass")
    signature = listing_signature(page.markdown or "", separator)
    if not content or signature is None:
        return None
    start = body.find(content)
    if start < 0 or body.find(content, start + 1) >= 0:
        return None
    links = page.links_to_anchors
    return {
        "start": start,
        "end": start + len(content),
        "shape": page_shape(page),
        "listing": signature,
        "links": None if links is None else stable_json({f.src_uri: v for f, v in links.items()}),
    }


def page_shape(page: Any) -> str:
    """What the page's template and other pages may read of its converted HTML."""
    return key_hash(
        stable_json(_toc(page.toc)),
        page._title_from_render,
        stable_json(sorted(page.present_anchor_ids or ())),
        "\u003ch1" in (page.content or ""),
        stable_json({k: v for k, v in page.meta.items() if k != "campaign_card"}),
    )


def plugin_facts(plugin: Any) -> str:
    """What the campaign plugin made from the whole content: its generated pages,
    the bulletins' inputs and the photos it publishes."""
    pages = [(p.path, p.nav_title, p.markdown) for p in plugin.pages]
    photos = sorted((path, str(file)) for path, file in plugin.photos.renditions())
    exports = [item.path for item in plugin.exports]
    return key_hash(stable_json(pages), plugin.memo_key, stable_json(photos), stable_json(exports))


def meta_text(meta: Any) -> str:
    dump = getattr(meta, "model_dump_json", None)
    return f"{type(meta).__name__}\0{dump() if dump else stable_json(meta)}"


def record(
    path: Path,
    *,
    site: Path,
    inputs: buildstamp.Inputs,
    today: str,
    config: MkDocsConfig,
    plugin: Any,
    facts: Mapping[str, dict[str, Any]],
) -> None:
    """Write what the next build needs to go the direct way (as ``PENDING``: see
    :func:`commit`). ``facts``: each news post's :func:`page_facts` by source path."""
    from mkdocs.utils import get_build_date

    documents = plugin.documents
    files = [
        [f.src_uri, f.dest_uri, f.url, f.inclusion.name, f.is_documentation_page()]
        for f in plugin.files
    ]
    posts = {}
    for uri, found in facts.items():
        document = documents.get(uri)
        file = plugin.files.get_file_from_path(uri)
        if document is None or file is None or not isinstance(document.meta, NewsMeta):
            continue
        posts[uri] = {
            **found,
            "dest": file.dest_uri,
            "url": file.url,
            "meta": key_hash(meta_text(document.meta)),
        }
    data = {
        "version": VERSION,
        "site": str(site),
        "inputs": inputs.base,
        "pages": inputs.pages,
        "today": today,
        "docs": inputs.docs,
        "mkdocs_date": get_build_date(),
        "plugin": plugin_facts(plugin),
        "files": files,
        "posts": posts,
    }
    try:
        write_atomic(path.with_name(PENDING), json.dumps(data, separators=(",", ":")).encode())
    except OSError:
        pass  # the next edit goes the usual way


def forget(folder: Path) -> None:
    """Before a build that goes the usual way: a record an earlier build left pending."""
    (folder / PENDING).unlink(missing_ok=True)


def commit(folder: Path) -> None:
    """Once a build's site is in place: what it recorded becomes the record (none if
    it recorded nothing); until then the record describes the site in place."""
    try:
        os.replace(folder / PENDING, folder / MAP)
    except OSError:
        (folder / MAP).unlink(missing_ok=True)
