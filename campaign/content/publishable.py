"""Which files of a campaign's docs/ folder the public site may serve, and why not.

The rules alone, without MkDocs: the page reader (``content.frontmatter``) and
the plugin's file filter (``adapter.published``) both follow them.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = ["ALLOWED", "KINDS", "PHOTOS", "SVG_CODE", "RealPaths", "kind_of", "linked_kind"]

# The endings MkDocs reads as Markdown pages (``mkdocs.utils.markdown_extensions``).
MARKDOWN = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")

# What a campaign site serves from docs/: pages (Markdown becomes HTML), images,
# PDF documents, styles, scripts and fonts, audio and video with their captions.
ALLOWED = frozenset(
    {
        *MARKDOWN,
        *(".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".ico"),
        ".pdf",
        *(".css", ".js", ".woff", ".woff2", ".ttf", ".otf"),
        *(".mp3", ".m4a", ".aac", ".ogg", ".oga", ".opus", ".wav"),
        *(".mp4", ".webm", ".ogv", ".vtt"),
    }
)
_DRAFTS = frozenset(
    {".docx", ".doc", ".docm", ".odt", ".rtf", ".xlsx", ".xls", ".ods", ".pptx", ".ppt", ".odp"}
)
_SOURCES = frozenset(
    {".py", ".pyc", ".yml", ".yaml", ".toml", ".sh", ".bat", ".ps1", ".ini", ".cfg", ".json"}
)
_BACKUPS = frozenset({".bak", ".tmp", ".temp", ".swp", ".swo", ".orig", ".old", ".part"})

# Kinds of left-out files, in the order the notice lists them, with what it says.
KINDS = {
    "outside": "trỏ ra ngoài thư mục chiến dịch (liên kết tượng trưng)",
    "draft": "bản nháp văn phòng (Word, Excel, PowerPoint; muốn đăng thì xuất ra PDF)",
    "source": "mã nguồn, tệp cấu hình",
    "backup": "tệp sao lưu, tệp tạm",
    "other": "kiểu tệp trang web không dùng",
    "photo": "liên kết tới ảnh gốc trong anh/ (trang chỉ đăng ảnh đã thu nhỏ, xóa EXIF)",
    "private": "liên kết tới tệp riêng của chiến dịch (thư mục ẩn như .git, tệp cấu hình)",
    "script": "ảnh SVG có mã chạy được (<script>, on...=, javascript:); hãy xuất ảnh ra PNG",
    "case": "trang Markdown có đuôi viết hoa (chỉ tệp .md viết thường mới thành trang; "
    "hãy đổi tên đuôi thành .md)",
}
# What makes an SVG run code when opened by itself (a browser runs an SVG's scripts
# as a page of the site; the body sanitizer never sees a file).
SVG_CODE = re.compile(
    rb"<\s*(?:[\w-]+:)?(?:script|foreignObject|iframe|embed|object|handler)\b"
    rb"|\son[a-z]+\s*=|javascript:",
    re.IGNORECASE,
)
# Where a campaign keeps its original photos (relative to its folder).
PHOTOS = "anh"


def kind_of(name: str) -> str | None:
    """Why a file called ``name`` is not published (None: it is); "hidden" is silent."""
    if name.startswith("."):
        return "hidden"
    typed = os.path.splitext(name)[1]
    suffix = typed.lower()
    if name.endswith("~") or name.startswith("~$") or suffix in _BACKUPS:
        return "backup"
    if suffix in MARKDOWN and typed != suffix:
        return "case"  # MkDocs would copy "bai.MD" as it is, front matter and all
    if suffix in ALLOWED:
        return None
    if suffix in _DRAFTS:
        return "draft"
    if suffix in _SOURCES:
        return "source"
    return "other"


def linked_kind(real: Path, root: Path, docs: Path) -> str | None:
    """Why a file linked from ``docs/`` to elsewhere in the campaign is not published.

    A link may bring in a shared file, but not an original photo of ``anh/``
    (its EXIF may hold where it was taken), a file of a hidden folder
    (``.git/config``, the cache) or a file whose own name is not published
    (``campaign.yml`` behind ``docs/x.md``).
    """
    if real.is_relative_to(docs) or not real.is_relative_to(root):
        return None
    parts = real.relative_to(root).parts
    if parts[0] == PHOTOS:
        return "photo"
    if any(part.startswith(".") for part in parts):
        return "private"
    return "private" if kind_of(real.name) is not None else None


class RealPaths:
    """``Path(path).resolve()`` for the thousands of files of a few folders.

    Resolving a path asks the system about each of its folders; a file that is
    not itself a link lies in its folder's real path, so each folder is
    resolved once (the answer is the same, links anywhere included).
    """

    def __init__(self) -> None:
        self._folders: dict[str, Path] = {}

    def __call__(self, path: str | os.PathLike[str]) -> Path:
        text = os.fspath(path)
        folder, name = os.path.split(text)
        if not folder or name in ("", ".", "..") or os.path.islink(text):
            return Path(text).resolve()
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = Path(folder).resolve()
        return real / name
