"""Every photo a project publishes: found in front matter and page bodies, processed once.

Photos live under ``anh/`` in the campaign folder (never inside ``docs/``, so
MkDocs never copies an original with its EXIF/GPS data into the site).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..content.errors import ContentError, Problem
from ..content.frontmatter import Document
from ..content.schemas import NewsMeta, ProfileMeta
from .process import DEFAULT_SIZES, DEFAULT_WIDTHS, Photo, inspect_photo, process_many

__all__ = ["FIRST", "IMAGE", "SIZES", "PhotoSet", "collect_photos"]

# A Markdown image pointing into anh/: ![alt](anh/...); ![alt](anh/... "thumb") is shown small
# (the news lists of generated pages).
IMAGE = re.compile(r'!\[(?P<alt>[^\]]*)\]\((?P<path>anh/[^)\s]+)(?: "(?P<thumb>thumb)")?\)')

# How wide each kind of photo is shown (campaign.css; 1rem = 20px in Material),
# so a phone downloads the smallest rendition that is still sharp. Others fill
# the text column (DEFAULT_SIZES).
SIZES = {
    # .cp-cards: grid of minmax(7.5rem, 1fr), two columns on a phone.
    "cp-card__photo": "(max-width: 480px) 50vw, 220px",
    # .cp-profile__photo: max-width 10rem beside the facts.
    "cp-profile__photo": "200px",
    # .cp-thumb: 5rem wide beside a news title.
    "cp-thumb": "100px",
}
# At the top of their page: fetched at once and before other images.
FIRST = frozenset({"cp-profile__photo", "cp-cover"})


@dataclass
class PhotoSet:
    """Processed photos by their path relative to the campaign folder."""

    photos: dict[str, Photo] = field(default_factory=dict)

    def html(
        self, path: str | None, alt: str, css_class: str, prefix: str, lazy: bool = True
    ) -> str:
        """A responsive ``<picture>``; a neutral placeholder when there is no photo."""
        if path is None or path not in self.photos:
            return f'<span class="cp-card__placeholder {css_class}" aria-hidden="true">•</span>'
        photo = self.photos[path]
        return photo.html(
            sizes=SIZES.get(css_class, DEFAULT_SIZES),
            css_class=css_class,
            lazy=lazy,
            url_prefix=prefix,
            alt=alt,
            first=css_class in FIRST,
        )

    def rewrite(self, markdown: str, prefix: str) -> str:
        """Replace Markdown images of ``anh/`` photos with responsive HTML."""

        def picture(match: re.Match[str]) -> str:
            kind = "cp-thumb" if match["thumb"] else "cp-photo"
            return self.html(match["path"], match["alt"], kind, prefix)

        return IMAGE.sub(picture, markdown)

    def renditions(self) -> Iterator[tuple[str, Path]]:
        """``(site path, cached file)`` of every rendition to publish."""
        seen: set[str] = set()
        for photo in self.photos.values():
            for rendition in photo.renditions:
                if rendition.path not in seen:
                    seen.add(rendition.path)
                    yield rendition.path, rendition.file


def _requests(documents: Iterable[Document]) -> Iterator[tuple[str, str, str, str, int]]:
    """``(path, alt, file shown in errors, field, line)`` of each photo use."""
    for document in documents:
        meta = document.meta
        if isinstance(meta, NewsMeta) and meta.cover:
            yield (
                meta.cover,
                meta.cover_alt or "",
                document.display,
                "cover",
                document.line("cover"),
            )
        if isinstance(meta, ProfileMeta) and meta.photo:
            yield (
                meta.photo,
                meta.photo_alt or "",
                document.display,
                "photo",
                document.line("photo"),
            )
        for match in IMAGE.finditer(document.body):
            line = document.body_start + document.body.count("\n", 0, match.start())
            yield match["path"], match["alt"], document.display, "", line


def collect_photos(
    root: Path,
    documents: Iterable[Document],
    cache: Path,
    workers: int | None = None,
    *,
    inspect: bool = False,
) -> PhotoSet:
    """Process every photo the documents of the campaign at ``root`` use.

    Renditions go to ``cache``; photos are decoded on ``workers`` processes
    (default: :func:`campaign.parallel.tasks.jobs`). Raise with all problems at once.
    With ``inspect`` (``campaign check``) only headers are read and nothing is written
    (see :func:`.process.inspect_photo`).
    """
    photos = PhotoSet()
    problems: list[Problem] = []
    # Each photo once, with its first use's alt text; a photo that fails is
    # reported at every use, where each is written.
    uses: dict[str, list[tuple[str, str, int]]] = {}
    items: list[tuple[Path, dict[str, Any]]] = []
    # Whether each path stays inside the campaign, resolved once (thousands of news
    # items share a few dozen photos; resolving asks the file system for every part).
    base = root.resolve()
    inside: dict[str, bool] = {}
    for path, alt, display, key, line in _requests(documents):
        if not alt.strip():
            problems.append(
                Problem(
                    display, line, key, "ảnh cần mô tả (alt) để người khiếm thị dùng được trang"
                )
            )
            continue
        if path not in inside:
            inside[path] = (root / path).resolve().is_relative_to(base)
        if not inside[path]:
            message = f"ảnh cần nằm trong thư mục anh/ của chiến dịch, nhận được '{path}'"
            problems.append(Problem(display, line, key, message))
            continue
        if path not in uses:
            uses[path] = []
            kwargs = {
                "alt": alt,
                "cache_dir": cache,
                "widths": DEFAULT_WIDTHS,
                "display": display,
                "field": key,
                "label": path,
                "min_width": 0,
            }
            items.append((root / path, kwargs))
        uses[path].append((display, key, line))
    results = [_inspect(*item) for item in items] if inspect else process_many(items, workers)
    for (path, where), result in zip(uses.items(), results, strict=True):
        if isinstance(result, Photo):
            photos.photos[path] = result
            continue
        for display, key, line in where:
            problems += [Problem(display, line, key, p.message) for p in result]
    if problems:
        raise ContentError(problems)
    return photos


def _inspect(source: Path, kwargs: dict[str, Any]) -> Photo | list[Problem]:
    try:
        return inspect_photo(source, **kwargs)
    except ContentError as exc:
        return exc.problems
