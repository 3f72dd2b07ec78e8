"""What the kit page offers a phone: small thumbnails, file sizes, one zip per folder.

Everything here is derived from the kit's own listing (:class:`KitResult`),
never from file names known in advance: a kit that gains a format or renames
its files gets thumbnails and zips for them unchanged. Thumbnails and zips are
kept beside the renders in the kit's cache and made once; a zip's bytes
depend only on its members (fixed timestamps, order and attributes), so an
unchanged kit publishes byte-identical files.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from .kit import KIT_DIR, KitFile, KitResult

__all__ = [
    "THUMB_BOX",
    "Bundle",
    "Downloads",
    "Thumb",
    "bundle_path",
    "human_size",
    "main_file",
    "plan_downloads",
    "thumb_path",
]

THUMB_BOX = (320, 400)  # px: two columns of a 360 px phone at twice its pixel density
THUMB_QUALITY = 70
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: nothing about the build
_THUMB_NAME = "thumb-v1.webp"  # beside the render it is made from (the folder is keyed by it)


def main_file(roles: dict[str, KitFile]) -> KitFile | None:
    """The file a print shop or a page wants: the PDF, else the full PNG."""
    return roles.get("print-pdf") or roles.get("print-png")


def thumb_path(preview: KitFile) -> str:
    """Where the small thumbnail of ``preview`` is published."""
    return f"{KIT_DIR}anh-nho/{preview.path[len(KIT_DIR) :]}"


def bundle_path(folder: str) -> str:
    """The zip of one folder of the kit ("ap-phich-a3" → "bo-an-pham/ap-phich-a3.zip")."""
    return f"{KIT_DIR}{folder}.zip"


def human_size(size: int) -> str:
    """A size as a reader says it, with a decimal comma: "3,2 MB", "640 KB"."""
    if size >= 1024 * 1024:
        value = f"{size / (1024 * 1024):.1f}".replace(".", ",")
        return f"{value.removesuffix(',0')} MB"
    return f"{max(1, round(size / 1024))} KB"


@dataclass(frozen=True)
class Bundle:
    """One zip: the main file of every item in a folder of the kit."""

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
    """Sizes, thumbnails and zips for ``kit``; made in ``cache_dir`` when ``make``.

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
    folders: dict[str, list[KitFile]] = {}
    for roles in _items(kit.files).values():
        main = main_file(roles)
        if main is not None:
            folders.setdefault(_folder(main), []).append(main)
    bundles = []
    for folder, members in folders.items():
        if len(members) < 2:  # one file: its own button is the download
            continue
        path = bundle_path(folder)
        ordered = tuple(sorted(members, key=lambda f: f.path))
        cached_members = [kit.sources.get(m.path) for m in ordered]
        size = None
        if all(c is not None and c.is_file() for c in cached_members):
            pairs = [(m.path, c) for m, c in zip(ordered, cached_members, strict=True) if c]
            zipped = _zip(pairs, cache_dir / "zip", folder, make=make)
            if zipped is not None:
                sources[path] = zipped
                size = sizes[path] = zipped.stat().st_size
        bundles.append(Bundle(folder, path, ordered, size))
    return Downloads(sizes, thumbs, bundles, sources)


def _thumbnail(preview: Path, target: Path) -> None:
    with Image.open(preview) as image:
        image.thumbnail(THUMB_BOX)
        partial = target.with_name(target.name + f".{os.getpid()}.tmp")
        image.save(partial, "WEBP", quality=THUMB_QUALITY, method=6)
    partial.replace(target)


def _zip(pairs: list[tuple[str, Path]], folder: Path, name: str, *, make: bool) -> Path | None:
    """A zip of ``pairs`` (site path, cached file), named by what is in it."""
    digest = hashlib.sha256()
    for path, cached in pairs:
        # The cache folder of a render is named by the hash of its inputs.
        digest.update(f"{path}\0{cached.parent.name}/{cached.name}\0".encode())
    target = folder / name / f"{digest.hexdigest()[:16]}.zip"
    if target.is_file():
        return target
    if not make:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    for stale in target.parent.glob("*.zip"):  # an older kit's zip of this folder
        stale.unlink(missing_ok=True)
    partial = target.with_name(target.name + f".{os.getpid()}.tmp")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path, cached in pairs:
            info = zipfile.ZipInfo(path[len(KIT_DIR) :], date_time=_ZIP_TIME)
            info.create_system = 3  # unix, whatever builds it
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as out, cached.open("rb") as data:
                while chunk := data.read(1 << 20):
                    out.write(chunk)
    partial.replace(target)
    return target
