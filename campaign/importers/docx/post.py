"""A Word (.docx) article becomes a Markdown news post with its photos extracted.

Staff write news in Word with photos pasted in. :func:`import_docx` converts the
document with mammoth (Word → HTML), turns that limited HTML into clean Markdown
with a small converter of its own, saves the photos under ``anh/`` and writes
``docs/tin-tuc/posts/<slug>.md`` with the front matter of a news post.

Nothing is written until the whole document has been converted, and existing
posts or photo folders are never overwritten: a clash gets ``-2``, ``-3``…
The post's ``slug:`` is written too (its address no longer follows the title),
and no other post's address is taken, even by a second import of one file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ...content.schemas import NEWS_DIR
from ...content.text import FILE_SLUG, SLUG_PATTERN, nfc, slugify
from ...content.urls import post_slugs
from ...content.yamlwrite import yaml_quote
from ..scaffold import NEWS_INDEX
from .html import Node, image_indices, one_line, parse, plain, take_title
from .images import Photo, prepare_photos
from .markdown import IMAGE_MARKER, Block, Renderer
from .word import RawImage, convert, problem, read_docx, refuse_legacy

__all__ = ["ImportResult", "import_docx"]

SUMMARY_LENGTH = 300


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote, and what the author should check."""

    post: Path
    images: list[Path]
    warnings: list[str]


def import_docx(
    source: Path,
    *,
    docs_dir: Path,
    photos_dir: Path,
    date: dt.date | None = None,
    title: str | None = None,
    unit: str | None = None,
    categories: Sequence[str] = (),
) -> ImportResult:
    """Convert the Word file ``source`` into a news post under ``docs_dir``.

    Photos go to ``photos_dir/<date>-<slug>/anh-<n>.<ext>`` and are referenced as
    ``anh/<date>-<slug>/anh-<n>.<ext>``; the first one is also the cover. Raises
    :class:`ContentError` when the file is missing, not a .docx, or unreadable.
    """
    day = date or dt.date.today()
    warnings: list[str] = []
    data = read_docx(source)
    images: list[RawImage] = []
    html = convert(source, data, images, warnings)
    refuse_legacy(source, html)
    root = parse(html)
    if not plain(root) and not image_indices(root):
        raise problem(source, "tệp Word không có nội dung")

    found = take_title(root, explicit=one_line(nfc(title)) if title else None)
    if found is None:
        post_title = one_line(nfc(source.stem).replace("_", " ")) or "Tin mới"
        warnings.append(
            "không tìm thấy tiêu đề trong tệp Word (kiểu “Title” hoặc đề mục đầu tiên): "
            f"tạm dùng tên tệp “{post_title}”, hãy sửa lại tiêu đề"
        )
    else:
        post_title = found

    used = [int(m) for m in image_indices(root)]
    base = _slug(post_title) or _slug(source.stem) or "tin"
    taken = post_slugs(docs_dir / NEWS_DIR)
    stem, folder = _free_names(
        docs_dir / NEWS_DIR, photos_dir, base, day, with_photos=bool(used), taken=taken
    )
    if stem != base and base in taken:
        warnings.append(
            f"đã có tin dùng địa chỉ '{base}' ({_shown(taken[base], docs_dir)}): tin mới dùng "
            f"slug '{stem}'. Nếu tệp Word này đã được nhập rồi, hãy xóa tin mới"
        )
    photos = prepare_photos(images, used, folder, post_title, warnings)

    renderer = Renderer({i: (p.alt, p.link) for i, p in photos.items()}, warnings)
    blocks = renderer.body(root)
    summary, body = _summary_and_body(blocks, renderer, post_title, warnings)

    ordered = [photos[i] for i in sorted(photos, key=used.index)]
    cover = ordered[0] if ordered else None
    front = _front_matter(post_title, day, summary, categories, cover, unit, stem)

    written: list[Path] = []
    for photo in ordered:
        photo.file.parent.mkdir(parents=True, exist_ok=True)
        with photo.file.open("xb") as out:
            out.write(photo.data)
        written.append(photo.file)
    post = docs_dir / NEWS_DIR / f"{stem}.md"
    post.parent.mkdir(parents=True, exist_ok=True)
    # "x": another import may have taken the name since we looked.
    with post.open("x", encoding="utf-8", newline="\n") as out:
        out.write(front + "\n" + body)
    index = post.parent.parent / "index.md"  # the news section's own page, made once
    if not index.exists():
        index.write_text(NEWS_INDEX, encoding="utf-8")
        warnings.append(f"đã tạo trang mục lục tin tức {NEWS_DIR.split('/')[0]}/index.md")
    return ImportResult(post=post, images=written, warnings=warnings)


def _trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:–-") + "…"


def _slug(title: str) -> str:
    return slugify(title, limit=FILE_SLUG)


def _free_names(
    posts: Path,
    photos_dir: Path,
    slug: str,
    day: dt.date,
    *,
    with_photos: bool,
    taken: Mapping[str, Path] | None = None,
) -> tuple[str, Path]:
    """A post stem (also its pinned slug) and a photo folder that do not exist yet:
    existing work is never touched, and no other post's address is taken."""
    used = taken or {}
    n = 1
    while True:
        stem = slug if n == 1 else f"{slug}-{n}"
        folder = photos_dir / f"{day.isoformat()}-{stem}"
        if (
            stem not in used
            and not (posts / f"{stem}.md").exists()
            and not (with_photos and folder.exists())
        ):
            return stem, folder
        n += 1


def _shown(path: Path, docs_dir: Path) -> str:
    """``path`` as the user sees it: relative to the campaign folder."""
    root = docs_dir.parent
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def _summary_and_body(
    blocks: list[Block], renderer: Renderer, title: str, warnings: list[str]
) -> tuple[str, str]:
    """The summary from the first paragraph (the "sapo"), and the Markdown body.

    A sapo typed entirely in bold loses the bold: the site styles the lead itself.
    The excerpt separator follows it, as in posts written by hand.
    """
    first = next((i for i, b in enumerate(blocks) if b.kind == "p" and b.node is not None), None)
    if first is None:
        warnings.append("bài chưa có đoạn văn nào ngoài tiêu đề; tóm tắt tạm lấy theo tiêu đề")
        summary = title
    else:
        node = blocks[first].node
        assert node is not None
        summary = _trim(one_line(IMAGE_MARKER.sub(" ", plain(node))), SUMMARY_LENGTH)
        if _fully_bold(node):
            unbolded = renderer.paragraph(node, emphasis=False)
            blocks[first : first + 1] = unbolded
            first += len(unbolded) - 1
        if first + 1 < len(blocks):
            blocks.insert(first + 1, Block("more", "<!-- more -->"))
    parts: list[str] = []
    for previous, block in zip([None, *blocks], blocks, strict=False):
        if previous is not None and previous.kind == block.kind == "list":
            # Without a separator Markdown merges adjacent lists, even "-" and "1.".
            parts.append("<!-- -->")
        parts.append(block.text)
    return summary, "\n\n".join(parts) + "\n"


def _fully_bold(node: Node) -> bool:
    meaningful = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
    return (
        len(meaningful) == 1
        and isinstance(meaningful[0], Node)
        and meaningful[0].tag
        in (
            "strong",
            "b",
        )
    )


def _front_matter(
    title: str,
    day: dt.date,
    summary: str,
    categories: Sequence[str],
    cover: Photo | None,
    unit: str | None,
    slug: str,
) -> str:
    lines = ["---", f"title: {yaml_quote(title)}", f"date: {day.isoformat()}", f"slug: {slug}"]
    lines.append(f"summary: {yaml_quote(summary)}")
    names = [name for name in (one_line(nfc(c)) for c in categories) if name]
    lines += (
        ["categories:", *(f"  - {yaml_quote(name)}" for name in names)]
        if names
        else ["categories: []"]
    )
    if cover is not None:
        lines += [f"cover: {cover.link}", f"cover_alt: {yaml_quote(cover.alt)}"]
    if unit:
        unit = unit.strip()
        lines.append(f"unit: {unit if re.fullmatch(SLUG_PATTERN, unit) else yaml_quote(unit)}")
    lines += ["broadcast: false", "---"]
    return "\n".join(lines) + "\n"
