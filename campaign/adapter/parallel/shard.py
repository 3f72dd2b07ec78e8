"""Writing a large site's pages on every core: the build forks once every page is read.

Profiled at province scale, two thirds of a build is MkDocs writing pages one
by one (templates, blog excerpts, search indexing), each independent of the
others once every page is read. At the end of ``on_env`` (after every other
plugin's) the build forks :func:`campaign.parallel.tasks.jobs` − 1 children: every
process goes on with MkDocs' own loop, but ``files.documentation_pages()``
hands each the pages it claims from a shared counter, one at a time, so each
writes only those and none waits for another. Children copy no static files;
the theme's own templates (the sitemap lists every page) are held back and
rendered by the parent once every page is written. Nothing of MkDocs is
copied or changed.

When a child reaches ``on_post_build`` (ours runs first) it hands back what
its pages left in the plugins' memory: the search index's entries, the
campaign plugin's own state, and the warnings it logged, each with the page
it was logged for; then it exits. The parent, which holds back its own
warnings while it writes, waits for every child there, logs every process's
warnings in page order (strict mode counts them), and puts the search
entries back in page order, so every file is the one a single process writes
(``tests/test_shard.py`` compares them byte for byte, for 1, 2 and 3
processes). If a child fails, its error fails the build; if the parent fails,
the children are stopped.

The parallel seam (:mod:`campaign.parallel.tasks`) cannot carry this: the work is
MkDocs' own writing loop, which runs once per process, so the processes are
forked here; the seam gives the number of processes, the log capture and the safe
fork (Ctrl-C held back while a child is forked, left to the parent by the children).

Only plugins whose page events are known to keep no other state may take
part; any other plugin listening to those events keeps the build on one core,
as do ``CAMPAIGN_JOBS=1``, a single core, a small site, a build rendering fewer
than :data:`MIN_PAGES` pages (the others taken from the page cache, see the
campaign plugin's ``on_env``), a process with threads (``campaign serve``), and
MkDocs or Material at versions other than those the speed-ups were made for
(see ``compat``).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, overload

import jinja2
from material.plugins.blog.plugin import BlogPlugin
from material.plugins.search.plugin import SearchPlugin
from mkdocs.commands import build as mkdocs_build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation

from ...parallel.forking import signals_held, worker_signals
from ...parallel.tasks import Capture, Record, can_fork, jobs, replay
from ...publish.buildlock import PAGES_PREFIX, temp_name
from .. import compat
from ..log import log

__all__ = [
    "MIN_PAGES",
    "Shard",
    "known",
    "page_url",
    "split",
    "worth_splitting",
]


# Below this many pages a second process is not worth its start.
MIN_PAGES = 100
# Events whose work (or state) follows the pages a process writes.
EVENTS = ("page_context", "post_page", "post_build")


def worth_splitting(config: MkDocsConfig, pages: int, own: type, events: Sequence[str]) -> bool:
    """Whether other processes may share the work on ``pages`` pages."""
    return jobs() >= 2 and pages >= MIN_PAGES and can_fork() and known(config, own, events)


def page_url(location: str) -> str:
    """The page a search entry's location belongs to (its URL without the anchor)."""
    return location.split("#", 1)[0]


@dataclass(repr=False)
class _Child:
    pid: int
    results: Path
    finished: bool = False


@dataclass(repr=False)
class Shard:
    """One process's share of the pages, and how to meet the others."""

    files: Files
    pages: list[File]  # every page, in MkDocs' order
    mine: _Claimed
    results: Path | None  # in a child: where it hands back its work
    children: list[_Child]  # in the parent: every child; in a child: none
    templates: Templates
    capture: Capture | None = None
    finished: bool = field(default=False)
    started: float = field(default_factory=time.monotonic)

    @property
    def is_child(self) -> bool:
        return self.results is not None

    def finish_child(self, config: MkDocsConfig, state: Any, error: BaseException | None) -> None:
        """In a child: hand back search entries, ``state`` and warnings, then exit."""
        assert self.is_child and self.results is not None
        code = 1 if error is not None else 0
        try:
            payload = {
                "search": [p.search_index.entries for p in _search_plugins(config)],
                "state": state,
                "records": self.mine.ordered(self.capture.records if self.capture else None),
                "error": None if error is None else (str(error) or type(error).__name__),
                "seconds": time.monotonic() - self.started,
                "pages": len(self.mine),
            }
            self.results.write_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:
            code = 2
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)

    def join(self, config: MkDocsConfig) -> list[Any]:
        """In the parent: wait for every child, take back its work; their states are
        returned, child by child."""
        assert not self.is_child and not self.finished
        own = time.monotonic() - self.started
        payloads: list[dict[str, Any] | None] = []
        codes: list[int] = []
        try:
            for child in self.children:
                _, status = os.waitpid(child.pid, 0)
                child.finished = True
                codes.append(os.waitstatus_to_exitcode(status))
                payloads.append(_read_results(child.results))
        except BaseException:  # interrupted while waiting: stop the children, remove their files
            self.abandon(config)
            raise
        self.finished = True
        waited = time.monotonic() - self.started - own
        _restore(self.files)
        self.templates.restore(config)
        for child in self.children:
            child.results.unlink(missing_ok=True)
        log.debug(
            "pages written in %d processes: %d here in %.1f s, %s (waited %.1f s)",
            len(self.children) + 1,
            len(self.mine),
            own,
            ", ".join(f"{p['pages']} in a child in {p['seconds']:.1f} s" for p in payloads if p),
            waited,
        )
        # Every process's warnings, as one process would log them: page by page.
        records = self.mine.ordered(self.capture.uninstall() if self.capture else None)
        for payload in payloads:
            if payload is not None:
                records += payload["records"]
        replay([record for _, record in sorted(records, key=lambda keyed: keyed[0])])
        for payload, code in zip(payloads, codes, strict=True):
            if payload is None:
                raise PluginError(f"Một tiến trình dựng trang phụ dừng bất thường (mã {code}).")
        for payload in payloads:
            if payload is not None and payload["error"] is not None:
                raise PluginError(payload["error"])
        done = [p for p in payloads if p is not None]
        self.templates.render(config, self.files)
        order = {file.page.url: i for i, file in enumerate(self.pages) if file.page is not None}
        for i, plugin in enumerate(_search_plugins(config)):
            entries = list(plugin.search_index.entries)
            for payload in done:
                entries += payload["search"][i]
            plugin.search_index.entries = _in_page_order(entries, order)
        return [payload["state"] for payload in done]

    def abandon(self, config: MkDocsConfig) -> None:
        """In the parent, when its own build failed: stop the children."""
        if self.is_child or self.finished:
            return
        self.finished = True
        if self.capture is not None:  # this process's own warnings, as they came
            replay(self.capture.uninstall())
        _stop(self.children)
        _restore(self.files)
        self.templates.restore(config)


def _stop(children: list[_Child]) -> None:
    """Kill and reap the children still writing; remove every child's results file."""
    for child in children:
        if not child.finished:
            try:
                os.kill(child.pid, signal.SIGKILL)
            except OSError:
                pass
    for child in children:
        if not child.finished:
            child.finished = True
            try:
                os.waitpid(child.pid, 0)
            except OSError:
                pass
        child.results.unlink(missing_ok=True)


def _read_results(path: Path) -> dict[str, Any] | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        payload = pickle.loads(data) if data else None
    except (pickle.UnpicklingError, EOFError, ValueError):  # cut short (a full disk)
        return None
    return payload if isinstance(payload, dict) else None


def _search_plugins(config: MkDocsConfig) -> list[SearchPlugin]:
    return [p for p in config.plugins.values() if isinstance(p, SearchPlugin)]


def _in_page_order(entries: list[dict[str, Any]], order: dict[str, int]) -> list[dict[str, Any]]:
    """Entries grouped by the page they index, pages in build order (stable within a page)."""
    last = len(order)

    def page_of(entry: dict[str, Any]) -> int:
        return order.get(page_url(str(entry.get("location", ""))), last)

    return sorted(entries, key=page_of)


def _restore(files: Files) -> None:
    compat.unpatch(files, "documentation_pages")
    gc.unfreeze()


def known(config: MkDocsConfig, own: type, events: Sequence[str] = EVENTS) -> bool:
    """Whether every plugin listening to ``events`` is one this module knows."""
    known = (SearchPlugin, BlogPlugin, own)
    for event in events:
        for method in config.plugins.events.get(event, []):
            owner = getattr(method, "__self__", None)
            if not isinstance(owner, known):
                return False
    return True


def split(
    config: MkDocsConfig,
    files: Files,
    env: jinja2.Environment,
    nav: Navigation,
    own: type,
) -> Shard | None:
    """Fork the build: each process writes the pages it claims (None: one process)."""
    pages = list(files.documentation_pages())
    if not worth_splitting(config, len(pages), own, EVENTS) or any(f.page is None for f in pages):
        return None
    wanted = min(jobs(), len(pages))
    parent = os.getpid()
    counter = multiprocessing.get_context("fork").Value("l", 0)
    sys.stdout.flush()
    sys.stderr.flush()
    # The theme's own templates (the sitemap lists every page) are rendered by the
    # parent once the pages are written, with every page known again.
    templates = Templates(env, nav, list(config.theme.static_templates), config.extra_templates)
    config.theme.static_templates = set()
    config.extra_templates = []
    gc.freeze()  # the pages read so far stay shared, not copied by the collector's visits
    children: list[_Child] = []
    capture: Capture | None = None
    try:
        for _ in range(wanted - 1):
            # Ctrl-C is held back until the child and its file are noted (then stopped
            # and removed with the rest).
            with signals_held() as mask:
                handle, name = tempfile.mkstemp(prefix=temp_name(PAGES_PREFIX), suffix=".pickle")
                os.close(handle)
                results = Path(name)
                try:
                    pid = os.fork()
                except OSError:  # no memory or processes left: those started share the work
                    results.unlink(missing_ok=True)
                    break
                if pid == 0:
                    worker_signals(mask)  # the parent decides about Ctrl-C
                    capture = Capture().install()
                    claimed = _claim(files, pages, counter, capture)
                    # The parent copies the static files.
                    _override(files, "copy_static_files", lambda *a, **k: None)
                    return Shard(files, pages, claimed, results, [], templates, capture)
                children.append(_Child(pid, results))
        if not children:  # no second writer could start: one will do
            gc.unfreeze()
            templates.restore(config)
            return None
        # Held back too, so every process's warnings are logged in page order (see ``join``).
        capture = Capture().install()
        claimed = _claim(files, pages, counter, capture)
        return Shard(files, pages, claimed, None, children, templates, capture)
    except BaseException:  # interrupted before the plugin holds them: stopped here
        if os.getpid() == parent:  # (a child leaves through the build's own exit)
            if capture is not None:
                replay(capture.uninstall())
            _stop(children)
            _restore(files)
            templates.restore(config)
        raise


def _claim(files: Files, pages: list[File], counter: Any, capture: Capture) -> _Claimed:
    """From now on, MkDocs' loops over pages in this process go over those it claims."""
    claimed = _Claimed(pages, counter, capture)
    _override(files, "documentation_pages", lambda **_: claimed)
    return claimed


@dataclass(repr=False)
class Templates:
    """The theme's and the configuration's own templates, held back until the pages are written."""

    env: jinja2.Environment
    nav: Navigation
    theme: list[str]
    extra: list[str]

    def restore(self, config: MkDocsConfig) -> None:
        config.theme.static_templates = set(self.theme)
        config.extra_templates = self.extra

    def render(self, config: MkDocsConfig, files: Files) -> None:
        # As in one process: a page written to the same path wins over the theme's template.
        pages = {f.dest_uri for f in files.documentation_pages()}
        for name in self.theme:
            if name not in pages:
                mkdocs_build._build_theme_template(name, self.env, files, config, self.nav)
        for name in self.extra:
            if name not in pages:
                mkdocs_build._build_extra_template(name, files, config, self.nav)


class _Claimed(Sequence[File]):
    """The pages this process writes: whichever the others have not taken yet, one at a time.

    The first pass (MkDocs' writing loop) claims pages from a counter every
    process shares, so a process slowed by heavier pages simply takes fewer;
    later passes (anchor checks) go over the pages this process claimed.
    """

    def __init__(self, pages: list[File], counter: Any, capture: Capture | None = None) -> None:
        self.pages = pages
        self.counter = counter
        self.mine: list[File] = []
        self.indices: list[int] = []  # of ``mine`` in ``pages``
        self.done = False
        self.capture = capture
        # Where each page's logs start in ``capture``: (pass, page index, record count).
        self.marks: list[tuple[int, int, int]] = []

    def _mark(self, step: int, index: int) -> None:
        if self.capture is not None and self.capture.records is not None:
            self.marks.append((step, index, len(self.capture.records)))

    def ordered(self, records: list[Record] | None) -> list[tuple[tuple[int, int], Record]]:
        """``records`` keyed by the pass and the page they were logged for (before the
        first page: pass 0), for :meth:`Shard.join` to merge every process's in order."""
        keyed: list[tuple[tuple[int, int], Record]] = []
        marks = [(0, -1, 0), *self.marks]
        for n, (step, index, start) in enumerate(marks):
            end = marks[n + 1][2] if n + 1 < len(marks) else len(records or [])
            keyed += [((step, index), record) for record in (records or [])[start:end]]
        return keyed

    def _claim(self) -> Iterator[File]:
        while True:
            with self.counter.get_lock():
                index = self.counter.value
                self.counter.value = index + 1
            if index >= len(self.pages):
                break
            self._mark(1, index)
            self.mine.append(self.pages[index])
            self.indices.append(index)
            yield self.pages[index]
        self.done = True

    def _again(self) -> Iterator[File]:
        for index, file in zip(self.indices, self.mine, strict=True):
            self._mark(2, index)
            yield file

    def __iter__(self) -> Iterator[File]:
        return self._again() if self.done else self._claim()

    def __len__(self) -> int:
        return len(self.mine)

    @overload
    def __getitem__(self, index: int) -> File: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[File]: ...
    def __getitem__(self, index: int | slice) -> File | Sequence[File]:
        return self.mine[index]


def _override(files: Files, name: str, value: Callable[..., Any]) -> None:
    compat.patch(files, name, value)  # this build's Files only; undone when it ends
