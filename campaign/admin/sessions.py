"""Logged-in sessions: a random cookie, a CSRF token, and what each session has read."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from .accounts import Account

__all__ = ["COOKIE", "IDLE_SECONDS", "Session", "Sessions", "same_token"]

COOKIE = "campaign_admin"
IDLE_SECONDS = 8 * 3600  # a working day


@dataclass
class Session:
    token: str
    account: Account
    csrf: str
    last_seen: float
    # path -> blob id of the version this session was given: a save must be based on it.
    reads: dict[str, str] = field(default_factory=dict)


def same_token(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(str(given), expected)


class Sessions:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def open(self, account: Account) -> Session:
        session = Session(
            secrets.token_urlsafe(32), account, secrets.token_urlsafe(32), self._clock()
        )
        with self._lock:
            self._sessions[session.token] = session
        return session

    def get(self, token: str | None) -> Session | None:
        if not token:
            return None
        now = self._clock()
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            if now - session.last_seen > IDLE_SECONDS:
                del self._sessions[token]
                return None
            session.last_seen = now
            return session

    def close(self, token: str) -> None:
        with self._lock:
            self._sessions.pop(token, None)
