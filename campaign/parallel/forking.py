"""Whether this process may fork workers: one rule for every parallel step."""

from __future__ import annotations

import sys
import threading

__all__ = ["can_fork"]


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
