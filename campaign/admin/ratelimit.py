"""Login throttling: after five wrong passwords, each next try waits longer."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["FREE_TRIES", "LoginThrottle"]

FREE_TRIES = 5
MAX_WAIT = 15 * 60.0


@dataclass
class _Record:
    failures: int = 0
    last: float = 0.0


class LoginThrottle:
    """Counts failures per key (the account name, and separately the client address)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def wait(self, *keys: str) -> float:
        """Seconds to wait before another try is even checked (0: go ahead)."""
        now = self._clock()
        with self._lock:
            waits = [self._wait(self._records.get(k), now) for k in keys]
        return max(waits, default=0.0)

    @staticmethod
    def _wait(record: _Record | None, now: float) -> float:
        if record is None or record.failures < FREE_TRIES:
            return 0.0
        delay = min(MAX_WAIT, 2.0 ** (record.failures - FREE_TRIES + 3))  # 8 s, 16 s, 32 s…
        return max(0.0, record.last + delay - now)

    def failed(self, *keys: str) -> None:
        now = self._clock()
        with self._lock:
            for key in keys:
                record = self._records.setdefault(key, _Record())
                record.failures += 1
                record.last = now

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._records.pop(key, None)
