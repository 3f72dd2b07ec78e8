"""Spreading independent, cached renders over the machine's cores during a build."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from .forking import can_fork
from .tasks import ParallelTasks, jobs, make_tasks

__all__ = ["warm_in_parallel"]

T = TypeVar("T")
# Below the adapter nothing imports MkDocs: this logger is named after the module.
log = logging.getLogger(__name__)


def warm_in_parallel(
    items: Sequence[T],
    render: Callable[[T], object],
    workers: int | None = None,
    pending: Callable[[T], bool] | None = None,
) -> bool:
    """Run ``render`` on every item in forked workers, for its side effect on a cache.

    Only what ``render`` leaves on disk counts: the caller renders again (finding
    the cache warm) in its own process, so a worker that fails costs time, never
    output, and errors are reported by that second pass. With one process
    (``workers``, default :func:`campaign.parallel.tasks.jobs`), a handful of items or a
    process that may not fork (``mkdocs serve`` has threads), nothing is done
    and False returned; so too when no worker could be started.

    ``pending``, when given, tells (cheaply) whether an item's cache is still cold:
    only those are handed to workers, and when none is, none is forked. A fork is
    not free: the child's start and exit, and every page of this process's memory
    made copy-on-write again, which this process then pays for page by page as it
    goes on writing to them.
    """
    nproc = workers or jobs()
    if pending is not None and nproc >= 2 and can_fork():
        items = [item for item in items if pending(item)]
    tasks = make_tasks(len(items), min_items=2 * nproc, nproc=nproc)
    if not isinstance(tasks, ParallelTasks):
        return False
    for item in items:
        tasks.add(render, item, name=repr(item))
    for outcome in tasks.outcomes():
        if outcome.error is not None:  # reported by the caller's own pass
            log.debug("warm-up failed for %s: %s", outcome.name, outcome.error)
    return tasks.forked > 0
