"""Spreading independent, cached renders over the machine's cores during a build."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

from .forking import can_fork

__all__ = ["warm_in_parallel"]

T = TypeVar("T")
# Below the adapter nothing imports MkDocs: this logger is named after the module.
log = logging.getLogger(__name__)


def warm_in_parallel(
    items: Sequence[T], render: Callable[[T], object], workers: int | None = None
) -> bool:
    """Run ``render`` on every item in forked workers, for its side effect on a cache.

    Only what ``render`` leaves on disk counts: the caller renders again (finding
    the cache warm) in its own process, so a worker that fails costs time, never
    output, and errors are reported by that second pass. Forking needs a
    process without other threads (``mkdocs serve`` has some): there, and for
    a single core or a handful of items, nothing is done and False returned.
    """
    workers = workers or min(2, os.cpu_count() or 1)
    if workers < 2 or len(items) < 2 * workers or not can_fork():
        return False

    def work(share: Sequence[T]) -> None:
        for item in share:
            try:
                render(item)
            except Exception:  # reported by the caller's own pass
                log.debug("warm-up failed for %r", item, exc_info=True)

    context = multiprocessing.get_context("fork")
    processes = [context.Process(target=work, args=(items[i::workers],)) for i in range(workers)]
    started = []
    try:
        for process in processes:
            process.start()
            started.append(process)
    except OSError:  # no memory or processes left: the caller renders on one core
        log.debug("warm-up workers could not start", exc_info=True)
        for process in started:
            process.kill()
    for process in started:
        process.join()
    return len(started) == len(processes)
