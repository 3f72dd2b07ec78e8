"""Only what a site needs is published from ``docs/``.

MkDocs copies every file of ``docs/`` into the site and follows symbolic
links: ``docs/passwd.txt -> /etc/passwd`` would be served, and so would a Word
draft, a script or a backup left beside the pages. :func:`keep_published`
drops from MkDocs' files every file of ``docs/`` whose real path leaves the
campaign folder, and every file whose kind a site does not serve (an allow-list
of extensions); hidden files never are (MkDocs excludes them already). One
grouped notice says which were left out. A page linking to one of them fails
the (strict) build with a message saying why the file is not published.

Files the engine generates (pages, photos, the kit, fonts) and the theme's
own files are not in ``docs/`` and are left alone.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from ..content.publishable import ALLOWED, KINDS, SVG_CODE, RealPaths, kind_of, linked_kind
from ..publish.sanitize import locate

__all__ = ["ALLOWED", "Left", "folder_links", "keep_published", "kind_of", "linked_kind", "notice"]

log = logging.getLogger("campaign.publish")  # notices: outside MkDocs' strict count


@dataclass(frozen=True)
class Left:
    """A file of ``docs/`` that is not published, and why."""

    src_uri: str
    kind: str  # a key of KINDS
    target: str = ""  # where a link leaving the campaign points


def keep_published(files: Files, config: MkDocsConfig, roots: Iterable[Path]) -> list[Left]:
    """Remove from ``files`` each file of ``docs/`` that must not be published.

    ``roots`` are the folders a file's real path may lie in (the campaign folder
    first, and ``docs/`` itself if it lies elsewhere). Returns what was left
    out, hidden files excepted.
    """
    docs = os.path.normpath(config.docs_dir)
    allowed = [Path(r).resolve() for r in roots]
    resolve = RealPaths()
    docs_real = Path(docs).resolve()
    left: list[Left] = []
    for file in list(files):
        if getattr(file, "generated_by", None) or file.abs_src_path is None:
            continue
        if file.src_dir is None or os.path.normpath(file.src_dir) != docs:
            continue  # the theme's own files
        real = resolve(file.abs_src_path)
        hidden = any(part.startswith(".") for part in file.src_uri.split("/"))
        if not any(real.is_relative_to(root) for root in allowed):
            kind: str | None = "outside"
        else:
            kind = "hidden" if hidden else kind_of(posixpath.basename(file.src_uri))
            if kind is None:
                kind = linked_kind(real, allowed[0], docs_real)
            if kind is None and real.suffix.lower() == ".svg" and _scripted(real):
                kind = "script"
        if kind is None:
            continue
        files.remove(file)
        if kind != "hidden":
            left.append(Left(file.src_uri, kind, str(real) if kind == "outside" else ""))
    LINKS.left = {item.src_uri: item for item in left}
    LINKS.docs = _shown_docs(config)
    logging.getLogger("mkdocs.structure.pages").addFilter(LINKS)  # once: same object
    return left


def _scripted(path: Path) -> bool:
    """Whether the SVG at ``path`` holds anything that runs (an unreadable one counts)."""
    try:
        return SVG_CODE.search(path.read_bytes()) is not None
    except OSError:
        return True


def folder_links(docs: Path, root: Path, shown: str = "docs") -> list[str]:
    """Folder links in ``docs/`` MkDocs must not follow: out of the campaign, or in a loop.

    MkDocs walks ``docs/`` following links before any plugin sees a file: a link
    to ``/`` would read the whole disk, a link to a parent folder never ends.
    These are errors (the build stops before the walk); file links are filtered later.
    """
    problems = []
    inside = root.resolve()
    for folder, names, _ in os.walk(docs, followlinks=True):
        here = Path(folder)
        chain = {p.resolve() for p in (here, *here.parents) if p.is_relative_to(docs)}
        keep = []
        for name in sorted(names):
            path = here / name
            if not path.is_symlink():
                keep.append(name)
                continue
            where = f"{shown}/{path.relative_to(docs).as_posix()}"
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):
                problems.append(f"{where}: thư mục liên kết hỏng hoặc trỏ vòng: hãy xóa liên kết")
                continue
            if not real.is_relative_to(inside):
                problems.append(
                    f"{where}: cần thư mục nằm trong thư mục chiến dịch, nhận được liên kết tới "
                    f"{real}; hãy xóa liên kết và chép vào {shown}/ các tệp cần đăng"
                )
            elif any(c.is_relative_to(real) for c in chain):
                problems.append(
                    f"{where}: cần liên kết tới thư mục không chứa chính nó, nhận được liên kết "
                    f"tới {real} (lặp không dứt); hãy xóa liên kết"
                )
            else:
                keep.append(name)
        names[:] = keep
    return problems


def _shown_docs(config: MkDocsConfig) -> str:
    root = Path(config.config_file_path or ".").resolve().parent
    docs = Path(config.docs_dir).resolve()
    return docs.relative_to(root).as_posix() if docs.is_relative_to(root) else str(docs)


def notice(left: Iterable[Left], docs: str = "docs") -> str | None:
    """One notice naming every left-out file, grouped by kind (None: nothing left out)."""
    items = sorted(left, key=lambda item: item.src_uri)
    if not items:
        return None
    lines = [f"Lưu ý: {len(items)} tệp trong {docs}/ không được đăng lên trang:"]
    for kind, label in KINDS.items():
        names = [
            f"{docs}/{item.src_uri}" + (f" (→ {item.target})" if item.target else "")
            for item in items
            if item.kind == kind
        ]
        if names:
            lines.append(f"  - {label}: {', '.join(names)}")
    return "\n".join(lines)


def notice_unsafe(src_uri: str, docs_dir: str, kinds: list[str]) -> None:
    """Say what markup a page body lost (see ``campaign.publish.sanitize``), each kind at
    the first line of the page's file that has it."""
    if not kinds:
        return
    root = Path(docs_dir)
    try:
        source = (root / src_uri).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        source = ""
    for kind in kinds:
        line = locate(kind, source)
        where = f"{root.name}/{src_uri}" + (f":{line}" if line is not None else "")
        if kind.startswith("thẻ <"):
            if line is None:  # made by a Markdown extension, not typed by the author
                continue
            log.warning(
                "Lưu ý: %s: thân bài có %s, thẻ HTML mà trang không dùng; thẻ đã bị bỏ "
                "khỏi trang (chữ gõ trong ngoặc nhọn mà không phải tên thẻ HTML thì vẫn "
                "hiện nguyên như gõ)",
                where,
                kind,
            )
        else:
            log.warning(
                "Lưu ý: %s: thân bài có %s; phần đó đã bị bỏ khỏi trang (trang công khai "
                "không chạy mã do người viết chèn vào)",
                where,
                kind,
            )


_NOT_FOUND = re.compile(
    r"^Doc file '([^']+)' contains a link '([^']+)', "
    r"but the target(?: '([^']+)')? is not found among documentation files\.$"
)


class _LeftOutLinks(logging.Filter):
    """Says why a link's target is missing when it is a file left out of the site."""

    def __init__(self) -> None:
        super().__init__()
        self.left: dict[str, Left] = {}
        self.docs = "docs"

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.left:
            return True
        match = _NOT_FOUND.match(record.getMessage())
        if match is None:
            return True
        page, url, target = match.group(1), match.group(2), match.group(3)
        item = self.left.get(target or url.lstrip("/"))
        if item is not None:
            record.msg = (
                f"{self.docs}/{page}: liên kết '{url}': tệp {self.docs}/{item.src_uri} không được "
                f"đăng lên trang, loại: {KINDS[item.kind]}; hãy bỏ liên kết hoặc trỏ tới tệp "
                "được đăng (trang, ảnh, PDF, âm thanh, video)"
            )
            record.args = ()
        return True


LINKS = _LeftOutLinks()
