"""Stations that broadcast the bulletins, and their own opening and closing words."""

from __future__ import annotations

from functools import lru_cache

from ..content.model import Campaign, Station
from .blanks import without_blanks
from .numbers import Dialect
from .proofing import speakable
from .reading import normalize

__all__ = ["DEFAULT_STATION", "formula", "stations_of"]

# Used when a campaign names no station, so a small campaign still gets scripts.
DEFAULT_STATION = Station(
    id="loa",
    name="Hệ thống loa truyền thanh",
    opening="Kính thưa bà con nhân dân.",
    closing="Bản tin đến đây là kết thúc. Xin cảm ơn bà con đã lắng nghe.",
)


def stations_of(campaign: Campaign) -> list[Station]:
    return list(campaign.broadcast.stations) or [DEFAULT_STATION]


@lru_cache(maxsize=512)
def formula(text: str, dialect: Dialect) -> str:
    """A station's opening or closing words as the announcer says them.

    Kept once worked out: a schedule repeats a few stations' words in every
    session (hundreds of readings of the same two sentences on a large site).
    A sentence with a template blank ("Đây là Đài truyền thanh xã (tên xã)") is not
    said; :func:`~.bulletin.build_bulletins` notes where it is.
    """
    filled, _ = without_blanks(" ".join(text.split()))
    return speakable(normalize(filled, dialect=dialect).text)
