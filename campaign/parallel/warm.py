"""Spreading independent, cached renders over the machine's cores during a build."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from .tasks import ParallelTasks, jobs, make_tasks

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
    output, and errors are reported by that second pass. With one process
    (``workers``, default :func:`campaign.parallel.tasks.jobs`), a handful of items or a
    process that may not fork (``mkdocs serve`` has threads), nothing is done
    and False returned; so too when no worker could be started.
    """
    nproc = workers or jobs()
    tasks = make_tasks(len(items), min_items=2 * nproc, nproc=nproc)
    if not isinstance(tasks, ParallelTasks):
        return False
    for item in items:
        tasks.add(render, item, name=repr(item))
    for outcome in tasks.outcomes():
        if outcome.error is not None:  # reported by the caller's own pass
            log.debug("warm-up failed for %s: %s", outcome.name, outcome.error)
    return tasks.forked > 0
