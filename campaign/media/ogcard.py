"""The 1200×630 card shown when a page is shared (Open Graph, Zalo, Facebook).

Page titles are not under a designer's control, so a title too long for the
card is shortened at a word boundary with "…" instead of failing the build.
Cards are cached by a hash of their inputs: a re-run renders nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image

from ..content.frontmatter import Document, heading
from ..content.text import nfc, slugify
from .emblem import Emblem
from .fit import FAMILY, FitError, drawable, undrawable
from .formats import Format, builtin_formats
from .layout import Layout, builtin_layouts

__all__ = [
    "CARD_DIR",
    "CARD_SIZE",
    "CARD_THUMB",
    "card_cached",
    "card_path",
    "card_thumb",
    "card_thumb_path",
    "page_card",
    "title_notes",
]

CARD_DIR = "assets/cards/"
CARD_SIZE = (1200, 630)
CARD_THUMB = (240, 126)  # a news list's thumbnail (5rem wide at twice the pixel density)
FORMAT_ID = "mxh-og"
LAYOUT_ID = "the-ngang"
# Part of every cache key with the format and layout: bump when the card's
# look changes in a way they do not show (the renderer itself).
VERSION = "3"


@cache
def _design() -> tuple[Format, Layout]:
    return builtin_formats()[FORMAT_ID], builtin_layouts()[LAYOUT_ID]


@cache
def _design_key() -> tuple[str, str]:
    """The format and layout as they enter every card's cache key (built in: fixed)."""
    fmt, layout = _design()
    return fmt.model_dump_json(), layout.model_dump_json()


@lru_cache(maxsize=1 << 14)  # asked for every page twice a build: slugify once
def card_path(src_uri: str) -> str:
    """Where a page's card is published: ``assets/cards/<ascii-slug>.png``."""
    stem = src_uri.removesuffix(".md").removesuffix("/index") or "index"
    return f"{CARD_DIR}{slugify(stem) or 'index'}.png"


def card_thumb_path(src_uri: str) -> str:
    """Where a small copy of a page's card is published (``assets/cards/nho/…webp``)."""
    return CARD_DIR + "nho/" + card_path(src_uri)[len(CARD_DIR) :].removesuffix(".png") + ".webp"


def card_thumb(card: Path) -> Path:
    """A small WebP copy of ``card``, made once beside it in the cache."""
    target = card.with_name(card.stem + ".nho.webp")
    if not target.is_file():
        with Image.open(card) as image:
            small = image.convert("RGB").resize(CARD_THUMB, Image.Resampling.LANCZOS)
        partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        small.save(partial, "WEBP", quality=75, method=6)
        partial.replace(target)
    return target


def _shorten(title: str) -> list[str]:
    """The title, then ever shorter forms ending in "…"."""
    words = title.split()
    forms = [title]
    for keep in range(len(words) - 1, 2, -1):
        forms.append(" ".join(words[:keep]).rstrip(",;:-–") + "…")
    return forms


def _clip(text: str) -> list[str]:
    """Ever shorter cuts of ``text`` by characters, for a label with few spaces."""
    return [text[:size].rstrip() + "…" for size in (40, 24, 12) if len(text) > size]


def card_cached(
    title: str, section: str, footer: str, cache_dir: Path, emblem: Emblem | None = None
) -> bool:
    """Whether :func:`page_card` would find this card in ``cache_dir`` (draw nothing)."""
    return _cached(title, section, footer, cache_dir, emblem)[3].exists()


def _cached(
    title: str, section: str, footer: str, cache_dir: Path, emblem: Emblem | None
) -> tuple[str, str, str, Path]:
    """The texts as the card sets them, and where the card made from them is kept."""
    title, section, footer, key = _key(title, section, footer, _mark(emblem))
    return title, section, footer, cache_dir / f"{key[:20]}.png"


# The emblem file's digest by (path, size, mtime, inode): read once, not for every page.
_MARKS: dict[tuple[str, int, int, int], str] = {}


def _mark(emblem: Emblem | None) -> str:
    if not isinstance(emblem, Path):
        return repr(emblem)
    stat = emblem.stat()
    found = (str(emblem), stat.st_size, stat.st_mtime_ns, stat.st_ino)
    mark = _MARKS.get(found)
    if mark is None:
        if len(_MARKS) > 64:  # a long ``campaign serve`` with an emblem changed often
            _MARKS.clear()
        mark = _MARKS[found] = hashlib.sha256(emblem.read_bytes()).hexdigest()
    return mark


@lru_cache(maxsize=1 << 14)  # each page's card is asked for twice a build
def _key(title: str, section: str, footer: str, mark: str) -> tuple[str, str, str, str]:
    """The texts as the card sets them, and the card's cache key."""
    # A news title may carry an emoji (the page shows it); the card's font has none.
    section, footer = drawable(nfc(section)), drawable(nfc(footer))
    title = drawable(nfc(title)) or section
    parts = (VERSION, *_design_key(), title, section, footer, mark)
    return title, section, footer, hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def page_card(
    title: str, section: str, footer: str, cache_dir: Path, emblem: Emblem | None = None
) -> Path:
    """The card PNG in ``cache_dir`` (rendered only when its inputs changed)."""
    title, section, footer, target = _cached(title, section, footer, cache_dir, emblem)
    if target.exists():
        return target
    fmt, layout = _design()
    from .render import render, save_png  # the painter: loaded when a card is drawn

    # The sender line is set large enough to read on a phone: a name too long for
    # one line is left out rather than set small.
    attempts = [{"slogan": form, "footer": footer} for form in _shorten(title)]
    attempts += [{"slogan": form} for form in _shorten(title)]
    attempts = [{"headline": section, **attempt} for attempt in attempts]
    # Last resorts: the section's label alone, shortened too (a document's own kind
    # word or a section name is text the user typed and may be long). A card is
    # optional: it never fails the build.
    attempts += [{"headline": form, "slogan": form} for form in _shorten(section)]
    attempts += [{"headline": form, "slogan": form} for form in _clip(section)]
    for attempt in attempts:
        try:
            image = render(fmt, layout, attempt, emblem=emblem)
            break
        except FitError:
            continue
    else:
        image = render(fmt, layout, {"headline": "…", "slogan": "…"}, emblem=emblem)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.tmp.png")  # two page writers may race
    save_png(image, partial)
    partial.replace(target)
    return target


def title_notes(documents: Iterable[Document]) -> list[str]:
    """For the editor: each page title with characters its share card cannot draw
    (an emoji...), located as ``file:line: field: …`` in Vietnamese. The card
    leaves them out (see :func:`_key`); the page itself shows them."""
    notes = []
    for document in documents:
        field = "name" if hasattr(document.meta, "name") else "title"
        title = getattr(document.meta, field, None)
        if title:
            line = document.line(field)
        elif found := heading(document.body):
            title, offset = found
            field, line = "tiêu đề", document.body_start + offset - 1
        else:
            continue
        lacking = undrawable(nfc(str(title)))
        if not lacking:
            continue
        said = ", ".join(f"'{ch}' (U+{ord(ch):04X})" for ch in lacking)
        notes.append(
            f"{document.display}:{line}: {field}: ảnh chia sẻ của trang (Facebook, Zalo) "
            f"không vẽ được {said}: phông chữ {FAMILY} không có, ảnh sẽ bỏ "
            f"{'ký tự này' if len(lacking) == 1 else 'các ký tự này'} (trang vẫn hiện đủ)"
        )
    return notes
