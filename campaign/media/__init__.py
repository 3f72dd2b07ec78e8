"""The media kit: print-ready banners, posters, leaflets and social images.

Formats (``formats.yml``) and layouts (``layouts.yml``) are validated data;
:func:`compose` places everything as a display list, which Pillow paints
(:func:`render`: PNG in sRGB with dpi, WebP preview) and :func:`write_pdf`
draws as a print PDF (vectors, live text, trim and bleed boxes, marks). Nothing here
imports MkDocs: the site adapter and the command line call in.

Modules: the kit itself (``kit``: every slogan in every format), the catalogue of
formats (``formats``) and layouts (``layout``), the display list (``display``),
text fitting (``fit``) with phrases a line break must not cut (``phrases``) and
what is given up when a text cannot fit (``degrade``), the fonts (``fonts``),
colours and contrast (``color``), the emblem corner (``emblem``), the Pillow painter
(``render``), the print PDF (``pdf``), the pre-press gate (``prepress``), the print
shop's spec sheet (``specsheet``), the kit page's downloads (``downloads``), the
share card (``ogcard``) and the site's icons (``icons``).

The names below are loaded when first used: the build that finds the kit already
made (see ``kit.MEMO``) never loads the painter, the PDF writer or the QR encoder.
The painter is ``campaign.media.render.render``: a name loaded on first use cannot
be the same as a module of the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .color import ContrastError, contrast_ratio
    from .fit import FitError, FittedText, GlyphError, fit_text
    from .formats import Format, Geometry, MediaError, builtin_formats, load_formats
    from .layout import Layout, builtin_layouts, load_layouts
    from .pdf import write_pdf
    from .render import compose, export, save_png, save_webp

_HOME = {
    "ContrastError": "color",
    "contrast_ratio": "color",
    "FitError": "fit",
    "FittedText": "fit",
    "GlyphError": "fit",
    "fit_text": "fit",
    "Format": "formats",
    "Geometry": "formats",
    "MediaError": "formats",
    "builtin_formats": "formats",
    "load_formats": "formats",
    "Layout": "layout",
    "builtin_layouts": "layout",
    "load_layouts": "layout",
    "write_pdf": "pdf",
    "compose": "render",
    "export": "render",
    "save_png": "render",
    "save_webp": "render",
}

__all__ = [
    "ContrastError",
    "FitError",
    "FittedText",
    "Format",
    "Geometry",
    "GlyphError",
    "Layout",
    "MediaError",
    "builtin_formats",
    "builtin_layouts",
    "compose",
    "contrast_ratio",
    "export",
    "fit_text",
    "load_formats",
    "load_layouts",
    "save_png",
    "save_webp",
    "write_pdf",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{home}", __name__), name)
