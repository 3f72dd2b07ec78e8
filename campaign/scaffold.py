"""New content files, ready to fill in: a news post or a profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .content import NEWS_DIR, PROFILES_DIR
from .errors import ContentError, Problem
from .text import FILE_SLUG, nfc, slugify

__all__ = ["free_path", "new_news", "new_profile"]


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _slug(text: str, what: str) -> str:
    slug = slugify(text, limit=FILE_SLUG)
    if not slug:
        raise ContentError([Problem("", 0, "", f"{what} cần có chữ hoặc số, nhận được {text!r}")])
    return slug


def free_path(folder: Path, slug: str) -> Path:
    """``folder/slug.md``, or ``slug-2.md``… so that existing work is never overwritten."""
    path = folder / f"{slug}.md"
    n = 2
    while path.exists():
        path = folder / f"{slug}-{n}.md"
        n += 1
    return path


def new_news(docs_dir: Path, title: str, today: dt.date) -> Path:
    title = " ".join(nfc(title).split())
    path = free_path(docs_dir / NEWS_DIR, _slug(title, "tiêu đề"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\n"
        f"title: {_quote(title)}\n"
        f"date: {today.isoformat()}\n"
        'summary: "Một hoặc hai câu tóm tắt nội dung tin."\n'
        "categories:\n"
        "  - Tuyên truyền\n"
        "# cover: anh/ten-anh.jpg        # ảnh bìa trong thư mục anh/\n"
        '# cover_alt: "Mô tả ảnh"        # bắt buộc khi có ảnh bìa\n'
        "# unit: ttyt                    # mã đơn vị trong campaign.yml\n"
        "broadcast: false               # true: đưa vào bản tin loa truyền thanh\n"
        "---\n\n"
        "Đoạn mở đầu (hiện ở trang danh sách tin).\n\n"
        "<!-- more -->\n\n"
        "Nội dung chi tiết.\n",
        encoding="utf-8",
    )
    return path


def new_profile(docs_dir: Path, name: str) -> Path:
    name = " ".join(nfc(name).split())
    path = free_path(docs_dir / PROFILES_DIR, _slug(name, "họ tên"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "---\n"
        f"name: {_quote(name)}\n"
        "kind: cá nhân                  # cá nhân hoặc tập thể\n"
        "honour: Giấy khen              # danh hiệu, ví dụ Thầy thuốc Ưu tú\n"
        "# year: 2025\n"
        '# position: "Bác sĩ, Trưởng khoa Nội"\n'
        "# unit: ttyt                   # mã đơn vị trong campaign.yml\n"
        "# commune: Tên xã\n"
        "# photo: anh/ten-anh.jpg\n"
        '# photo_alt: "Ảnh chân dung ..."\n'
        "achievements:\n"
        "  - Thành tích tiêu biểu.\n"
        "# quote: Câu nói tâm đắc.\n"
        "---\n\n"
        "Giới thiệu về tập thể, cá nhân.\n",
        encoding="utf-8",
    )
    return path
