"""The media kit: print-ready banners, posters, leaflets and social images.

Formats (``formats.yml``) and layouts (``layouts.yml``) are validated data;
:func:`compose` places everything as a display list, which Pillow paints
(:func:`render`: PNG in sRGB with dpi, WebP preview) and :func:`write_pdf`
draws as a print PDF (vectors, live text, trim and bleed boxes, marks). Nothing here
imports MkDocs: the site adapter and the command line call in.
"""

from __future__ import annotations

from .color import ContrastError, contrast_ratio
from .fit import FitError, FittedText, GlyphError, fit_text
from .formats import Format, Geometry, MediaError, builtin_formats, load_formats
from .layout import Layout, builtin_layouts, load_layouts
from .pdf import write_pdf
from .render import compose, export, render, save_png, save_webp

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
    "render",
    "save_png",
    "save_webp",
    "write_pdf",
]
