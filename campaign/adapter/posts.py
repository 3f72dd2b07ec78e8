"""Material's blog posts made from what earlier builds read, parsed and validated.

On every build, for every post, Material's blog reads the file, parses its
front matter, validates it as the post's configuration (dates, topics, draft,
pin, slug...) and formats the post's address (its date through Babel, its
title through the slug function): about a quarter of an edit-one build with
2,000 news items. The same file under the same settings gives the same post,
so :class:`PostCache` keeps, by a digest of the file's text, its address in
``docs/``, the blog's settings, the site's settings that a post reads and
the versions of the code, the front matter as parsed, the validated values
and the address; a later build makes the post from them as ``Post.__init__``
and ``BlogPlugin._resolve_post`` do (``tests/test_posts.py`` compares every
attribute with the stock post's).

A post whose reading logged anything (a warning of the validation) or whose
values are not plain data (``links``, which the blog turns into navigation
objects) is never kept: it is made the stock way every time, and so are the
posts of a blog whose settings hold a function this module cannot describe
(a closure), or of a site with Material's meta plugin (it merges other files
into a post's front matter). Used only with the speed-ups on (see ``compat``).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from material.plugins.blog.plugin import BlogPlugin
from material.plugins.blog.structure import Post
from material.plugins.blog.structure.config import PostConfig
from material.plugins.blog.structure.options import DateDict
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.utils import get_build_date
from mkdocs.utils.meta import YAML_RE

from ..content.yamlcache import PlainStore
from ..publish import buildstamp
from . import compat
from .blog import blog_plugins
from .log import Logged

__all__ = ["PostCache"]

# Bump when what is stored changes shape or meaning.
VERSION = "3"
_ADDRESS = " at 0x"


def _describe(value: Any) -> str | None:
    """A setting as text that changes when what it does may change (None: unknown)."""
    if isinstance(value, functools.partial):
        inner = _describe(value.func)
        if inner is None:
            return None
        return f"partial({inner}, {value.args!r}, {sorted(value.keywords.items())!r})"
    if isinstance(value, types.FunctionType):
        if value.__closure__:
            return None  # what it captured is not seen
        code = hashlib.blake2b(marshal.dumps(value.__code__), digest_size=16).hexdigest()
        return f"{value.__module__}.{value.__qualname__}:{code}:{value.__defaults__!r}"
    if isinstance(value, types.BuiltinFunctionType):
        return f"{value.__module__}.{value.__qualname__}"
    if callable(value):
        return None
    text = repr(value)
    return None if _ADDRESS in text else text


def _context(plugin: BlogPlugin, config: MkDocsConfig) -> str | None:
    """Everything but the file that a post read by ``plugin`` depends on (None: unknown)."""
    settings = []
    for key, value in sorted(plugin.config.items()):
        described = _describe(value)
        if described is None:
            return None
        settings.append(f"{key}={described}")
    site = [
        config.docs_dir,
        config.use_directory_urls,
        config.site_url,
        config.repo_url,
        config.edit_uri,
        config.edit_uri_template,
        config.theme["language"],
    ]
    return "\n".join(
        [
            VERSION,
            buildstamp.versions(),
            buildstamp.engine_digest(),  # the slug function in mkdocs.yml is ours
            repr(site),
            *settings,
        ]
    )


class PostCache:
    """Posts made from earlier builds' reading (see the module's note), kept in ``path``."""

    def __init__(self, path: Path) -> None:
        self.store = PlainStore(path)
        self.hits = 0
        self.misses = 0
        self.contexts: dict[int, str | None] = {}

    def install(self, config: MkDocsConfig) -> None:
        """Make every blog's posts through this cache until the build ends (``on_config``)."""
        if config.plugins.get("material/meta") is not None:
            return
        for plugin in blog_plugins(config):
            resolve = functools.partial(self.resolve, plugin, plugin._resolve_post)
            compat.patch(plugin, "_resolve_post", resolve)

    def resolve(
        self,
        plugin: BlogPlugin,
        original: Callable[[File, MkDocsConfig], Post],
        file: File,
        config: MkDocsConfig,
    ) -> Post:
        """``BlogPlugin._resolve_post``: the post in ``file``, from the cache when kept."""
        # Worked out once the blog's own ``on_config`` has run (it may change its settings).
        if id(plugin) not in self.contexts:
            self.contexts[id(plugin)] = _context(plugin, config)
        context = self.contexts[id(plugin)]
        if context is None or file.abs_src_path is None:
            return original(file, config)
        try:
            with open(file.abs_src_path, encoding="utf-8-sig") as stream:  # as Post reads it
                text = stream.read()
        except (OSError, UnicodeDecodeError, TypeError):
            return original(file, config)  # reports it as it does
        key = f"{context}\0{file.src_uri}\0{file.abs_src_path}\0{text}"
        found = self.store.get(key)
        if found is not None:
            post = _restore(file, config, text, found)
            if post is not None:
                self.hits += 1
                return post
        self.misses += 1
        with Logged() as logged:
            post = original(file, config)
        if not logged.seen:
            record = _record(post)
            if record is not None:
                self.store.put(key, record)
        return post

    def finish(self) -> None:
        """Once every post is read (``on_nav``): the cache written."""
        self.store.save()


def _record(post: Post) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    for key, value in post.config.items():
        if key == "links" and value is not None:
            return None  # navigation objects, made again by the blog for every build
        values[key] = dict(value) if isinstance(value, DateDict) else value
    # Where ``_resolve_post`` sent it (``file.abs_dest_path`` follows from the site folder).
    return {
        "meta": post.meta,
        "values": values,
        "dest": post.file.dest_uri,
        "url": post.file.url,
        "addresses": (post.canonical_url, post.abs_url),
    }


def _restore(file: File, config: MkDocsConfig, text: str, found: Any) -> Post | None:
    """The post ``Post(file, config)`` and ``_resolve_post`` make, from ``found``."""
    match = YAML_RE.match(text)
    try:
        meta, values, dest, url = found["meta"], found["values"], found["dest"], found["url"]
        canonical, absolute = found["addresses"]
        if match is None or not isinstance(meta, dict):
            return None
        if not isinstance(dest, str) or not isinstance(url, str):
            return None
        date = DateDict(values["date"])
    except (KeyError, TypeError, ValueError):
        return None
    post = Post.__new__(Post)
    # ``Page.__init__(post, None, file, config)`` but its canonical address, which
    # ``_resolve_post`` sets again once the file is moved (from the site's address,
    # in the key, and the post's).
    file.page = post
    post.file = file
    post.children = None
    post.previous_page = None
    post.next_page = None
    post.active = False
    post.update_date = get_build_date()
    post._set_edit_url(config.repo_url, config.edit_uri, config.edit_uri_template)
    post._title_from_render = None
    post.content = None
    post.toc = []
    post.markdown = text[match.end() :].lstrip("\n")
    post.meta = meta
    post.config = PostConfig(file.abs_src_path)
    post.config.load_dict({key: meta[key] for key in set(meta) & set(post.config.keys())})
    for key, value in values.items():
        post.config[key] = date if key == "date" else value
    post.excerpt = None
    post.authors = []
    post.categories = []
    file.dest_uri = dest
    file.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, dest))
    file.url = url
    post.canonical_url = canonical  # what ``_set_canonical_url(config.site_url)`` sets
    post.abs_url = absolute
    return post
