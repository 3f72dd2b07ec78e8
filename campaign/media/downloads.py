"""What the kit page offers a phone: small thumbnails, file sizes, the kit's zips.

Everything here is derived from the kit's own listing (:class:`KitResult`),
never from file names known in advance: a kit that gains a format or renames
its files gets thumbnails and zip buttons for them unchanged. Thumbnails are
kept beside the renders in the kit's cache and made once. The zips (one per
format, deterministic) are the kit's own files (``print-zip``, media/kit.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .kit import KIT_DIR, KitFile, KitResult

__all__ = [
    "THUMB_BOX",
    "Bundle",
    "Downloads",
    "Thumb",
    "human_size",
    "main_file",
    "plan_downloads",
    "thumb_path",
]

THUMB_BOX = (320, 400)  # px: two columns of a 360 px phone at twice its pixel density
THUMB_QUALITY = 70
_THUMB_NAME = "thumb-v1.webp"  # beside the render it is made from (the folder is keyed by it)


def main_file(roles: dict[str, KitFile]) -> KitFile | None:
    """The file a print shop or a page wants: the PDF, else the full PNG."""
    return roles.get("print-pdf") or roles.get("print-png")


def thumb_path(preview: KitFile) -> str:
    """Where the small thumbnail of ``preview`` is published."""
    return f"{KIT_DIR}anh-nho/{preview.path[len(KIT_DIR) :]}"


def human_size(size: int) -> str:
    """A size as a reader says it, with a decimal comma: "3,2 MB", "640 KB"."""
    if size >= 1024 * 1024:
        value = f"{size / (1024 * 1024):.1f}".replace(".", ",")
        return f"{value.removesuffix(',0')} MB"
    return f"{max(1, round(size / 1024))} KB"


@dataclass(frozen=True)
class Bundle:
    """One of the kit's zips: the main file of every item of one format."""

    folder: str  # "ap-phich-a3"
    path: str  # site path of the zip
    members: tuple[KitFile, ...]
    size: int | None  # bytes, once made


@dataclass(frozen=True)
class Thumb:
    path: str  # site path
    width: int
    height: int


@dataclass(frozen=True)
class Downloads:
    sizes: dict[str, int]  # site path → bytes (files that exist)
    thumbs: dict[str, Thumb]  # preview site path → its thumbnail, once made
    bundles: list[Bundle]
    sources: dict[str, Path]  # site path → cached file, for thumbnails and zips

    def size(self, path: str) -> int | None:
        return self.sizes.get(path)


def _folder(file: KitFile) -> str:
    return file.path[len(KIT_DIR) :].split("/", 1)[0]


def _items(files: list[KitFile]) -> dict[str, dict[str, KitFile]]:
    items: dict[str, dict[str, KitFile]] = {}
    for file in files:
        items.setdefault(file.path.rsplit(".", 1)[0], {})[file.role] = file
    return items


def plan_downloads(kit: KitResult, cache_dir: Path, *, make: bool = True) -> Downloads:
    """Sizes, thumbnails and zip buttons for ``kit``; thumbnails made in ``cache_dir``
    when ``make``.

    Without ``make`` (a check) nothing is written: the paths are planned, the
    sizes left unknown for what does not exist yet.
    """
    sizes: dict[str, int] = {}
    sources: dict[str, Path] = {}
    for path, cached in kit.sources.items():
        if cached.is_file():
            sizes[path] = cached.stat().st_size
    thumbs: dict[str, Thumb] = {}
    for file in kit.files:
        if file.role != "preview-webp":
            continue
        target = thumb_path(file)
        preview = kit.sources.get(file.path)
        if preview is None or not preview.is_file():
            continue
        thumb = preview.with_name(_THUMB_NAME)
        if make and not thumb.is_file():
            _thumbnail(preview, thumb)
        if thumb.is_file():
            sources[target] = thumb
            sizes[target] = thumb.stat().st_size
            with Image.open(thumb) as image:  # the header only
                thumbs[file.path] = Thumb(target, image.width, image.height)
    # The kit makes one zip per format (``print-zip``); a button is shown for it
    # when it holds more than one file (one file: its own button is the download).
    by_format: dict[str, list[KitFile]] = {}
    for roles in _items(kit.files).values():
        main = main_file(roles)
        if main is not None:
            by_format.setdefault(main.format, []).append(main)
    bundles = []
    for file in kit.files:
        if file.role != "print-zip":
            continue
        members = tuple(
            sorted(
                (
                    m
                    for m in by_format.get(file.format, [])
                    if m.role != "print-png" or m.dpi is None
                ),
                key=lambda f: f.path,
            )
        )
        if len(members) < 2:
            continue
        bundles.append(Bundle(_folder(file), file.path, members, sizes.get(file.path)))
    return Downloads(sizes, thumbs, bundles, sources)


def _thumbnail(preview: Path, target: Path) -> None:
    with Image.open(preview) as image:
        image.thumbnail(THUMB_BOX)
        partial = target.with_name(target.name + f".{os.getpid()}.tmp")
        image.save(partial, "WEBP", quality=THUMB_QUALITY, method=6)
    partial.replace(target)
