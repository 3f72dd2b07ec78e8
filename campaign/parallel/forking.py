"""Whether this process may fork workers, and how to fork one safely: one rule for
every parallel step (the seam's tasks, the page writer, the Markdown read-ahead)."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["STOP_SIGNALS", "can_fork", "signals_held", "worker_signals"]

# Ctrl-C and the signals that stop a build (``kill``, a closed terminal).
STOP_SIGNALS = frozenset(
    {
        signal.SIGINT,
        signal.SIGTERM,
        *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else []),
    }
)


def can_fork() -> bool:
    """Whether worker processes can be forked safely here.

    Fork, not spawn: spawn re-runs the caller's ``__main__`` in every worker,
    which breaks scripts without an ``if __name__ == "__main__"`` guard and
    input piped to Python. Forking is only safe on Linux (macOS system
    libraries are not fork-safe) and without other threads (``mkdocs serve``
    runs a file watcher; a fork could copy a lock held by it): elsewhere the
    work stays in this process.
    """
    return sys.platform == "linux" and threading.active_count() == 1


@contextmanager
def signals_held() -> Iterator[set[int | signal.Signals]]:
    """Hold back the stop signals around one ``fork()`` and the parent's note of the
    child; yields the mask to restore (in the child, with :func:`worker_signals`).

    Without it, Ctrl-C arriving during the fork is raised in the parent before it
    has noted the child's pid (the child then outlives the build), or inside
    ``fork()``'s own hooks (logging's), where it is printed and lost. Held back, it
    arrives when the block ends, the child known and stoppable.
    """
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield mask
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _stop(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)


def worker_signals(mask: set[int | signal.Signals]) -> None:
    """First thing in a forked worker: the parent decides about Ctrl-C (ignored here),
    SIGTERM or SIGHUP from it unwinds (temporary files go); then the signals held
    back by :func:`signals_held` are let through."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _stop)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, _stop)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
