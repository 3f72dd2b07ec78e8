"""The site's favicon and touch icon, drawn from the campaign's emblem.

The kit's red field with its gold mark, so the browser tab and a phone's
home screen show the same identity as the banners in the street. Drawn at
four times the size and scaled down: the badge's number stays legible at
32 pixels. Nothing is downloaded; without an emblem the icon is the red
field and the gold double ring alone (no letter or symbol is invented).
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from PIL import Image, ImageDraw

from ..publish import buildstamp
from ..publish.fsutil import write_atomic
from .emblem import Badge, Emblem, draw_badge, draw_logo
from .formats import Rect

__all__ = ["GOLD", "ICONS", "RED", "site_icons"]

# The kit's colours (campaign/data/layouts.yml): banner red and slogan gold.
RED = (0xBE, 0x0F, 0x2A)
GOLD = (0xFF, 0xDE, 0x00)
# File name → side in pixels: a tab icon, and the icon iOS and Android put on
# a home screen (180 px is Apple's size; others scale it); the header's mark at twice
# its 48 CSS pixels for sharp phone screens.
ICONS = {"favicon.png": 48, "emblem.png": 96, "apple-touch-icon.png": 180}
_SUPERSAMPLE = 4


def _draw(emblem: Emblem | None, side: int) -> Image.Image:
    big = side * _SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (*RED, 255))
    draw = ImageDraw.Draw(image)
    margin = round(big * 0.06)
    rect = Rect(margin, margin, big - margin, big - margin)
    if isinstance(emblem, Path):
        # A logo file is the body's own artwork: shown on white, untouched.
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 6, fill=(255, 255, 255, 255))
        draw_logo(image, rect, "center", emblem)
    elif isinstance(emblem, Badge):
        draw_badge(draw, rect, "center", emblem, GOLD, least=big * 0.08)
    else:
        ring = max(1, round(big * 0.035))
        draw.ellipse((rect.x0, rect.y0, rect.x1 - 1, rect.y1 - 1), outline=GOLD, width=ring)
        inset = round(big * 0.1)
        draw.ellipse(
            (rect.x0 + inset, rect.y0 + inset, rect.x1 - 1 - inset, rect.y1 - 1 - inset),
            outline=GOLD,
            width=max(1, ring // 2),
        )
    return image.resize((side, side), Image.Resampling.LANCZOS)


def site_icons(emblem: Emblem | None, cache_dir: Path | None = None) -> dict[str, bytes]:
    """Each icon of :data:`ICONS` as PNG bytes, by file name.

    With ``cache_dir`` the icons are kept there by a digest of what they are drawn
    from (the emblem, or the logo file's bytes; the engine's code; Pillow and the
    font's versions) and drawn again only when it changes: three supersampled
    drawings and PNG optimisation took 0.03-0.07 s on every build.
    """
    folder = None
    if cache_dir is not None:
        folder = cache_dir / _key(emblem)
        try:
            return {name: (folder / name).read_bytes() for name in ICONS}
        except OSError:
            pass  # not drawn yet, or a file removed: drawn again
    icons = {}
    for name, side in ICONS.items():
        buffer = io.BytesIO()
        _draw(emblem, side).convert("RGB").save(buffer, "PNG", optimize=True)
        icons[name] = buffer.getvalue()
    if folder is not None:
        try:
            for name, data in icons.items():
                write_atomic(folder / name, data)
        except OSError:
            pass  # icons that cannot be kept only cost time
    return icons


def _key(emblem: Emblem | None) -> str:
    if isinstance(emblem, Path):
        try:
            mark = "logo " + hashlib.sha256(emblem.read_bytes()).hexdigest()
        except OSError:
            mark = f"unreadable {emblem}"  # drawing reports it
    else:
        mark = repr(emblem)
    parts = (buildstamp.engine_digest(), buildstamp.versions(), mark)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:24]
