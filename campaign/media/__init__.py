"""The media kit: print-ready banners, posters, leaflets and social images.

Formats (``formats.yml``) and layouts (``layouts.yml``) are validated data;
:func:`render` draws one with Pillow and the ``save_*`` writers produce PNG
(sRGB, with dpi), PDF at physical size and a WebP preview. Nothing here
imports MkDocs: the site adapter and the command line call in.
"""

from __future__ import annotations

from .color import ContrastError, contrast_ratio
from .fit import FitError, FittedText, GlyphError, fit_text
from .formats import Format, Geometry, MediaError, builtin_formats, load_formats
from .layout import Layout, builtin_layouts, load_layouts
from .render import export, render, save_pdf, save_png, save_webp

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
    "contrast_ratio",
    "export",
    "fit_text",
    "load_formats",
    "load_layouts",
    "render",
    "save_pdf",
    "save_png",
    "save_webp",
]
