"""Be Vietnam Pro, subset to Latin + Vietnamese and served by the site itself.

The site must make no request to another host, so the font comes from the
``fontpkg-be-vietnam-pro`` package, cut down to the characters Vietnamese
text uses and compressed as WOFF2. Results are cached by a hash of their inputs.

TrueType hinting is dropped: phones (Android, iOS) ignore it, and it was half
of each file (29 KB → 16 KB per weight). Only the OpenType features a
browser applies by default are kept (kerning, ligatures, mark positioning
for stacked Vietnamese tone marks, fractions), not the stylistic sets.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

import fontpkg

__all__ = ["FAMILY", "WEIGHTS", "WebFont", "font_css", "web_fonts"]

FAMILY = "Be Vietnam Pro"
WEIGHTS = (400, 700)

# Basic Latin, Latin-1, the Vietnamese letters of Latin Extended-A/B,
# combining marks (NFD input), Latin Extended Additional, punctuation, ₫, €.
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,"
    "U+01A0-01A1,U+01AF-01B0,U+0300-0303,U+0309,U+0323,U+1EA0-1EF9,U+2000-206F,"
    "U+20AB,U+20AC,U+2122,U+2190-2193,U+2212"
)


@dataclass(frozen=True)
class WebFont:
    weight: int
    filename: str
    data: bytes


# Part of the cache key: a change of subsetting options must give new files.
OPTIONS = "woff2;default-features;no-hinting;all-names"


def _subset(source: Path) -> bytes:
    # fontTools is imported here: the subset fonts are cached between builds.
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # The source's own timestamp, not the build's: the same inputs give the same bytes.
    font = TTFont(source, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    return buffer.getvalue()


def web_fonts(cache_dir: Path | None = None) -> list[WebFont]:
    """The WOFF2 files, from the cache when their inputs have not changed."""
    fonts = []
    for weight in WEIGHTS:
        source = Path(fontpkg.path(FAMILY, weight))
        key = hashlib.sha256(source.read_bytes() + (UNICODES + OPTIONS).encode()).hexdigest()[:16]
        filename = f"be-vietnam-pro-{weight}.{key[:8]}.woff2"
        cached = cache_dir / filename if cache_dir else None
        if cached is not None and cached.exists():
            data = cached.read_bytes()
        else:
            data = _subset(source)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(".tmp")
                tmp.write_bytes(data)
                tmp.replace(cached)
        fonts.append(WebFont(weight, filename, data))
    return fonts


def font_css(fonts: list[WebFont], url_prefix: str) -> str:
    """``@font-face`` rules for ``fonts`` served under ``url_prefix``."""
    rules = []
    for font in fonts:
        rules.append(
            "@font-face {\n"
            f'  font-family: "{FAMILY}";\n'
            "  font-style: normal;\n"
            f"  font-weight: {font.weight};\n"
            "  font-display: swap;\n"
            f'  src: url("{url_prefix}{font.filename}") format("woff2");\n'
            f"  unicode-range: {UNICODES};\n"
            "}\n"
        )
    return "\n".join(rules)
