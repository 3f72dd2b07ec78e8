"""Writing a large site's pages on two cores: the build forks once every page is read.

Profiled at province scale, two thirds of a build is MkDocs writing pages one
by one (templates, blog excerpts, search indexing), each independent of the
others once every page is read. At the end of ``on_env`` (after every other
plugin's) the build forks: parent and child each go on with MkDocs' own loop,
but ``files.documentation_pages()`` hands each process the pages it claims
from a shared counter, one at a time, so each writes only those and neither
waits for the other. The child copies no static files; the theme's own
templates (the sitemap lists every page) are held back and rendered by the
parent once every page is written. Nothing of MkDocs is copied or changed.

When the child reaches ``on_post_build`` (ours runs first) it hands back what
its pages left in the plugins' memory: the search index's entries, the
campaign plugin's own state, and the warnings it logged; then it exits. The
parent waits for it there, logs its warnings again (strict mode counts them)
and puts the search entries back in page order, so every file is the one a
single process writes (``tests/test_shard.py`` compares them byte for byte).
If the child fails, its error fails the build; if the parent fails, the
child is stopped.

Only plugins whose page events are known to keep no other state may take
part; any other plugin listening to those events keeps the build on one core,
as do ``CAMPAIGN_JOBS=1``, a single core, a small site and a process with
threads (``campaign serve``), and MkDocs or Material at versions other than
those the speed-ups were made for (see ``compat``).
"""

from __future__ import annotations

import gc
import logging
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

from ...parallel.forking import can_fork
from ...publish.buildlock import PAGES_PREFIX, temp_name
from .. import compat
from ..log import log

__all__ = [
    "MIN_PAGES",
    "Capture",
    "Shard",
    "jobs",
    "known",
    "page_url",
    "replay",
    "split",
    "worth_splitting",
]


# Below this many pages a second process is not worth its start.
MIN_PAGES = 100
# Events whose work (or state) follows the pages a process writes.
EVENTS = ("page_context", "post_page", "post_build")
LOGGER = "mkdocs"


def jobs() -> int:
    """Processes to write pages with: ``CAMPAIGN_JOBS`` (1 = one core), else up to 2."""
    wanted = os.environ.get("CAMPAIGN_JOBS", "").strip()
    if wanted.isdigit() and int(wanted) >= 1:
        return min(int(wanted), 2)
    return min(2, os.cpu_count() or 1)


Record = tuple[str, int, str]  # logger name, level, message


class Capture(logging.Handler):
    """What a forked process logs (the loggers' own levels filter it), for the
    parent to log again with :func:`replay`. Kept while ``records`` is a list."""

    def __init__(self, active: bool = True) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[Record] | None = [] if active else None

    def emit(self, record: logging.LogRecord) -> None:
        if self.records is not None:
            self.records.append((record.name, record.levelno, record.getMessage()))

    def install(self) -> Capture:
        """Take MkDocs' log over in this (forked) process: nothing is printed twice."""
        logger = logging.getLogger(LOGGER)
        logger.handlers = [self]
        logger.propagate = False
        return self


def replay(records: Sequence[Record]) -> None:
    """Log again, in the parent, what a forked process logged (strict mode counts it)."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)


def worth_splitting(config: MkDocsConfig, pages: int, own: type, events: Sequence[str]) -> bool:
    """Whether a second process may share the work on ``pages`` pages."""
    return jobs() >= 2 and pages >= MIN_PAGES and can_fork() and known(config, own, events)


def page_url(location: str) -> str:
    """The page a search entry's location belongs to (its URL without the anchor)."""
    return location.split("#", 1)[0]


@dataclass(repr=False)
class Shard:
    """One process's share of the pages, and how to meet the other process."""

    files: Files
    pages: list[File]  # every page, in MkDocs' order
    mine: _Claimed
    results: Path
    child: int | None  # the child's pid, in the parent; None in the child
    templates: Templates
    capture: Capture | None = None
    finished: bool = field(default=False)
    started: float = field(default_factory=time.monotonic)

    @property
    def is_child(self) -> bool:
        return self.child is None

    def finish_child(self, config: MkDocsConfig, state: Any, error: BaseException | None) -> None:
        """In the child: hand back search entries, ``state`` and warnings, then exit."""
        assert self.is_child
        code = 1 if error is not None else 0
        try:
            payload = {
                "search": [p.search_index.entries for p in _search_plugins(config)],
                "state": state,
                "records": self.capture.records if self.capture else [],
                "error": None if error is None else (str(error) or type(error).__name__),
                "seconds": time.monotonic() - self.started,
            }
            self.results.write_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
        except BaseException:
            code = 2
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)

    def join(self, config: MkDocsConfig) -> Any:
        """In the parent: wait for the child, take back its work; its state is returned."""
        assert self.child is not None and not self.finished
        own = time.monotonic() - self.started
        try:
            _, status = os.waitpid(self.child, 0)
        except BaseException:  # interrupted while waiting: stop the child, remove its file
            self.abandon(config)
            raise
        self.finished = True
        waited = time.monotonic() - self.started - own
        try:
            data = self.results.read_bytes()
        finally:
            self.results.unlink(missing_ok=True)
            _restore(self.files)
            self.templates.restore(config)
        try:
            payload = pickle.loads(data) if data else None
        except (pickle.UnpicklingError, EOFError, ValueError):  # cut short (a full disk)
            payload = None
        if payload is None:
            code = os.waitstatus_to_exitcode(status)
            raise PluginError(f"Tiến trình dựng trang thứ hai dừng bất thường (mã {code}).")
        log.debug(
            "pages written in two processes: %d here in %.1f s, %d there in %.1f s (waited %.1f s)",
            len(self.mine),
            own,
            len(self.pages) - len(self.mine),
            payload["seconds"],
            waited,
        )
        replay(payload["records"])
        if payload["error"] is not None:
            raise PluginError(payload["error"])
        self.templates.render(config, self.files)
        order = {file.page.url: i for i, file in enumerate(self.pages) if file.page is not None}
        for plugin, theirs in zip(_search_plugins(config), payload["search"], strict=True):
            plugin.search_index.entries = _in_page_order(
                plugin.search_index.entries + theirs, order
            )
        return payload["state"]

    def abandon(self, config: MkDocsConfig) -> None:
        """In the parent, when its own build failed: stop the child."""
        if self.child is None or self.finished:
            return
        self.finished = True
        try:
            os.kill(self.child, signal.SIGKILL)
            os.waitpid(self.child, 0)
        except OSError:
            pass
        self.results.unlink(missing_ok=True)
        _restore(self.files)
        self.templates.restore(config)


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
    handle, name = tempfile.mkstemp(prefix=temp_name(PAGES_PREFIX), suffix=".pickle")
    os.close(handle)
    results = Path(name)
    counter = multiprocessing.get_context("fork").Value("l", 0)
    sys.stdout.flush()
    sys.stderr.flush()
    # The theme's own templates (the sitemap lists every page) are rendered by
    # the parent once the pages are written, with every page known again.
    templates = Templates(env, nav, list(config.theme.static_templates), config.extra_templates)
    config.theme.static_templates = set()
    config.extra_templates = []
    gc.freeze()  # the pages read so far stay shared, not copied by the collector's visits
    try:
        pid = os.fork()
    except OSError:  # no memory or processes left for a second writer: one will do
        gc.unfreeze()
        results.unlink(missing_ok=True)
        templates.restore(config)
        return None
    claimed = _Claimed(pages, counter)
    _override(files, "documentation_pages", lambda **_: claimed)
    if pid == 0:
        capture = Capture().install()
        _override(files, "copy_static_files", lambda *a, **k: None)  # the parent copies them
        return Shard(files, pages, claimed, results, None, templates, capture)
    return Shard(files, pages, claimed, results, pid, templates)


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
    """The pages this process writes: whichever the other has not taken yet, one at a time.

    The first pass (MkDocs' writing loop) claims pages from a counter both
    processes share, so a process slowed by heavier pages simply takes fewer;
    later passes (anchor checks) go over the pages this process claimed.
    """

    def __init__(self, pages: list[File], counter: Any) -> None:
        self.pages = pages
        self.counter = counter
        self.mine: list[File] = []
        self.done = False

    def _claim(self) -> Iterator[File]:
        while True:
            with self.counter.get_lock():
                index = self.counter.value
                self.counter.value = index + 1
            if index >= len(self.pages):
                break
            self.mine.append(self.pages[index])
            yield self.pages[index]
        self.done = True

    def __iter__(self) -> Iterator[File]:
        return iter(self.mine) if self.done else self._claim()

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
