"""The site's subset web fonts are reproducible: the same inputs give the same bytes."""

from __future__ import annotations

import io
from pathlib import Path

import fontpkg
from fontTools.ttLib import TTFont

from campaign.media.fonts import FAMILY, WEIGHTS, _subset


def test_subset_keeps_the_source_timestamp(monkeypatch) -> None:
    # fontTools stamps a saved font with the time of saving unless told not to:
    # two builds a second apart would then publish different bytes.
    from fontTools.ttLib.tables import _h_e_a_d

    source = Path(fontpkg.path(FAMILY, WEIGHTS[0]))
    monkeypatch.setattr(_h_e_a_d, "timestampNow", lambda: 1)
    first = _subset(source)
    monkeypatch.setattr(_h_e_a_d, "timestampNow", lambda: 2_000_000_000)
    second = _subset(source)
    assert first == second
    made = TTFont(io.BytesIO(first))
    assert made["head"].modified == TTFont(source)["head"].modified
