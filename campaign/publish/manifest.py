"""``campaign-manifest.json``: every generated file other systems may want.

Smart-loudspeaker back ends and print shops find bulletins, cards and the
kit here instead of scraping pages. Deterministic: sorted, no timestamps.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from .fsutil import write_atomic

__all__ = ["MANIFEST", "write_manifest"]

MANIFEST = "campaign-manifest.json"


def write_manifest(
    site_dir: Path, campaign: str, sections: Mapping[str, Sequence[dict[str, Any]]]
) -> Path:
    """Write the manifest into ``site_dir``; entries sorted by path within each section."""
    body: dict[str, Any] = {"campaign": campaign, "version": 1}
    for name, entries in sorted(sections.items()):
        body[name] = sorted(entries, key=lambda e: str(e.get("path", "")))
    target = site_dir / MANIFEST
    text = json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(target, text.encode("utf-8"))
    return target
