"""Converting a large site's Markdown on every core while MkDocs reads the pages.

MkDocs reads every page before it writes any: for each page in turn it runs
the plugins' hooks and converts the Markdown to HTML, and the conversion is
most of that time. Once the navigation is known (the end of ``on_nav``),
:func:`campaign.parallel.tasks.jobs` − 1 helper processes are forked. They take pages
from the back of MkDocs' list, one at a time each, and read them exactly as
MkDocs would (the same hooks, the same conversion), each sending back on its
own pipe what the conversion produced; MkDocs goes on from the front in the
parent. They meet in the middle.

In the parent nothing is skipped but the conversion: every hook still runs,
so every plugin's state is its own. A page the helper converted gets a
``render`` that takes the helper's result instead of converting, if the
Markdown the helper converted is the Markdown the parent's hooks produced
(compared by digest), and converts as usual otherwise. The warnings the
conversion logged (links to missing pages) are logged again at that moment,
as if the parent had converted the page. If a helper fails or dies, the
parent converts the pages it was left with.

Like the page writer (``shard``), this forks the MkDocs process itself, so it
does not go through the parallel seam (:mod:`campaign.parallel.tasks`); it takes the
number of processes and the log capture from there, and forks as the seam does
(:mod:`campaign.parallel.forking`): Ctrl-C is held back while a helper is forked,
the helpers leave it to the parent, and one interrupted before the plugin holds
it is stopped here.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import select
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from material.plugins.blog.structure import View
from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from ...parallel.forking import signals_held, worker_signals
from ...parallel.tasks import Capture, Record, frame, jobs, read_frames, replay
from .. import blog
from ..log import log
from . import shard

__all__ = ["ReadAhead", "start"]


def made_from_another(page: Page | None) -> bool:
    """Whether ``page`` is a later page of a paginated blog listing: the blog writes its
    Markdown from the first page's title as the first page's reading left it ("# {title}"),
    so only the process that read the first page can convert it. In a helper, which
    did not, it would convert "# None": work thrown away, and a conversion stored in
    the page cache that no build uses (see ``incremental``)."""
    if not isinstance(page, View):
        return False
    pages = page.pages
    return bool(pages) and pages[0] is not page


def _digest(markdown: str | None) -> bytes:
    return hashlib.blake2b((markdown or "").encode("utf-8"), digest_size=16).digest()


@dataclass
class _Result:
    digest: bytes
    content: str
    toc: Any
    title: str | None
    anchors: set[str] | None
    links: dict[str, dict[str, str]] | None  # by the linked file's src_uri
    records: list[Record]
    excerpt: blog.Tried | None = None  # a post's excerpt, prepared (see ``blog.prepare_read``)


@dataclass
class _Helper:
    pid: int
    reader: int | None
    buffer: bytes = b""


class ReadAhead:
    """The parent's side: which pages the helpers have, and their results as they come."""

    def __init__(self, pages: list[File], bounds: Any, helpers: list[_Helper]) -> None:
        self.index = {file.src_uri: i for i, file in enumerate(pages)}
        self.bounds = bounds  # [next page the parent takes, first page a helper took]
        self.helpers = helpers
        self.results: dict[int, _Result | None] = {}
        self.excerpts: dict[str, blog.Tried] = {}  # by src_uri, until the parent reads the page
        self.used = 0
        self.missed = 0
        self.excerpted = 0  # excerpts the helpers prepared that the parent kept

    # --- claiming -------------------------------------------------------------------

    def claim(self, page: Page) -> None:
        """Before MkDocs reads ``page``: take it, or let it take a helper's conversion."""
        self._drain(block=False)  # keep the pipes flowing: a helper never waits on them
        i = self.index.get(page.file.src_uri)
        if i is None or not self.helpers:
            return
        with self.bounds.get_lock():
            if i < self.bounds[1]:
                self.bounds[0] = max(self.bounds[0], i + 1)
                return
        if type(page).render is not Page.render or made_from_another(page):
            return  # a page class converting its own way, or one helpers skip: convert it here
        page.render = lambda config, files: self._replay(page, i, config, files)  # type: ignore[method-assign]

    def _replay(self, page: Page, i: int, config: MkDocsConfig, files: Files) -> None:
        del page.render  # back to the class's own, for any later rebuild
        result = self._wait(i)
        if result is None or result.digest != _digest(page.markdown):
            self.missed += 1
            page.render(config, files)
            return
        replay(result.records)
        if result.excerpt is not None:
            self.excerpts[page.file.src_uri] = result.excerpt
            self.excerpted += 1
        page.content = result.content
        page.toc = result.toc
        page._title_from_render = result.title
        page.present_anchor_ids = result.anchors
        if result.links is not None:
            linked = {uri: files.get_file_from_path(uri) for uri in result.links}
            page.links_to_anchors = {
                file: result.links[uri] for uri, file in linked.items() if file is not None
            }
        self.used += 1

    def excerpt(self, page: Page) -> blog.Tried | None:
        """The excerpt a helper prepared with ``page`` (see ``blog.prepare_excerpt``)."""
        return self.excerpts.pop(page.file.src_uri, None)

    # --- results ----------------------------------------------------------------------

    def _wait(self, i: int) -> _Result | None:
        while i not in self.results and any(h.reader is not None for h in self.helpers):
            self._drain(block=True)
        return self.results.pop(i, None)

    def _drain(self, block: bool) -> None:
        readers = {h.reader: h for h in self.helpers if h.reader is not None}
        if not readers:
            return
        ready = select.select(list(readers), [], [], None if block else 0)[0]
        for fd in ready:
            self._read(readers[fd])

    def _read(self, helper: _Helper) -> None:
        assert helper.reader is not None
        helper.buffer, frames, closed = read_frames(helper.reader, helper.buffer)
        if closed:  # the helper is done (or gone): what is missing is converted here
            os.close(helper.reader)
            helper.reader = None
            return
        for data in frames:
            i, result = pickle.loads(data)
            self.results[i] = None if result is None else pickle.loads(result)

    def finish(self) -> None:
        """Once every page is read: the helpers have nothing left to do; reap them."""
        helpers, self.helpers = self.helpers, []
        if not helpers:
            return
        for helper in helpers:
            if helper.reader is not None:
                os.close(helper.reader)
                helper.reader = None
            try:
                os.kill(helper.pid, signal.SIGKILL)  # normally already gone
            except ProcessLookupError:
                pass
        for helper in helpers:
            os.waitpid(helper.pid, 0)
        log.debug(
            "read ahead: %d pages converted by %d helper processes (%d converted again "
            "here), with %d excerpts",
            self.used,
            len(helpers),
            self.missed,
            self.excerpted,
        )


def start(config: MkDocsConfig, files: Files, own: type, events: Sequence[str]) -> ReadAhead | None:
    """Fork the helpers (at the end of ``on_nav``); None when reading stays on one core."""
    pages = list(files.documentation_pages())
    if not shard.worth_splitting(config, len(pages), own, events):
        return None
    bounds = multiprocessing.get_context("fork").Array("l", [0, len(pages)])
    sys.stdout.flush()
    sys.stderr.flush()
    helpers: list[_Helper] = []
    try:
        for _ in range(min(jobs(), len(pages)) - 1):
            reader, writer = os.pipe()
            # Ctrl-C is held back until the helper is noted (then stopped with the rest).
            with signals_held() as mask:
                try:
                    pid = os.fork()
                except OSError:  # no memory or processes left: those started share the work
                    os.close(reader)
                    os.close(writer)
                    break
                if pid == 0:
                    code = 0
                    try:
                        worker_signals(mask)  # the parent decides about Ctrl-C
                        os.close(reader)
                        for helper in helpers:  # the other helpers' pipes are the parent's
                            if helper.reader is not None:
                                os.close(helper.reader)
                        _helper(config, files, pages, bounds, writer)
                    except BaseException:
                        code = 1
                    finally:
                        os._exit(code)
                os.close(writer)
                helpers.append(_Helper(pid, reader))
        if not helpers:  # not even one helper: read on one core
            return None
        return ReadAhead(pages, bounds, helpers)
    except BaseException:  # interrupted before the plugin holds them: stopped here
        ReadAhead(pages, bounds, helpers).finish()
        raise


class _Converted(BaseException):
    """Raised in a helper once a page is converted: the rest of MkDocs' reading of the
    page (the page_content hooks) only matters in the parent, which runs it again.
    Not an ``Exception``, so MkDocs does not log it as a failed page."""


def _helper(config: MkDocsConfig, files: Files, pages: list[File], bounds: Any, out: int) -> None:
    """The helper's whole life: read pages from the back until it meets the parent."""
    capture = Capture(active=False).install()  # kept only while converting
    convert = Page.render
    converted: dict[int, bytes] = {}

    def render(page: Page, config: MkDocsConfig, files: Files) -> None:
        capture.records = []
        try:
            convert(page, config, files)
        finally:
            records, capture.records = capture.records, None
        # What the conversion made, before any on_page_content hook changes it.
        links = page.links_to_anchors
        result = _Result(
            _digest(page.markdown),
            page.content or "",
            page.toc,
            page._title_from_render,
            page.present_anchor_ids,
            None if links is None else {f.src_uri: v for f, v in links.items()},
            records,
        )
        try:  # the post's excerpt too: one fewer step, and fork, once pages are read
            result.excerpt = blog.prepare_read(page, config)
        except Exception:  # the parent prepares it
            result.excerpt = None
        converted[id(page)] = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        # What the page_content hooks would make here is the parent's to make: stop.
        raise _Converted()

    Page.render = render  # type: ignore[method-assign,assignment]  # this process only
    with os.fdopen(out, "wb") as pipe:
        while True:
            with bounds.get_lock():
                i = bounds[1] - 1
                if i < bounds[0]:
                    return
                bounds[1] = i
            file = pages[i]
            result: bytes | None = None
            if made_from_another(file.page):
                continue  # the parent converts it and waits for nothing (see ``claim``)
            try:
                page = file.page if file.page is not None else Page(None, file, config)
                mkdocs_build._populate_page(page, config, files)
                result = None  # not converted here (a page class of its own)
            except _Converted:
                result = converted.pop(id(page), None)
            except Exception:  # the parent converts this page itself, and reports
                result = None
            pipe.write(frame(pickle.dumps((i, result), protocol=pickle.HIGHEST_PROTOCOL)))
            pipe.flush()
