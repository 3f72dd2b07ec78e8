"""New content files, ready to fill in: a news post or a profile."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..content.errors import ContentError, Problem
from ..content.schemas import NEWS_DIR, PROFILES_DIR
from ..content.text import FILE_SLUG, nfc, slugify
from ..content.urls import free_slug, post_slugs
from ..content.yamlwrite import yaml_quote

__all__ = ["free_path", "free_post_slug", "new_news", "new_profile"]

# File names a profile cannot take: guong-dien-hinh/index.md is the generated index.
_RESERVED = frozenset({"index"})


def _slug(text: str, what: str) -> str:
    slug = slugify(text, limit=FILE_SLUG)
    if not slug:
        message = f"cần có chữ hoặc số, nhận được {text!r}"
        raise ContentError([Problem(what, 0, "", message)])  # "tiêu đề: cần …", no lone ':'

    return slug


def free_path(folder: Path, slug: str) -> Path:
    """``folder/slug.md``, or ``slug-2.md``… so that existing work is never overwritten."""

    def taken(name: str) -> bool:  # "x.md" and "x/index.md" are both published at x/
        return name in _RESERVED or (folder / f"{name}.md").exists() or (folder / name).exists()

    return folder / f"{free_slug(slug, taken)}.md"


def free_post_slug(posts_dir: Path, base: str, notes: list[str] | None = None) -> str:
    """A slug no post's address uses and no post file is named after: ``base``, ``base-2``…

    A post's address is ``tin-tuc/<year>/<month>/<slug>/``; a slug used by no
    other post, whatever its date, stays free when either post's date is edited.
    ``notes`` receives a sentence naming the post that already has ``base``.
    """
    used = post_slugs(posts_dir)
    slug = free_slug(base, lambda s: s in used or (posts_dir / f"{s}.md").exists())
    if slug != base and notes is not None:
        holder = used.get(base) or posts_dir / f"{base}.md"
        root = posts_dir.parents[len(Path(NEWS_DIR).parts)]  # the campaign folder
        shown = holder.relative_to(root).as_posix() if holder.is_relative_to(root) else holder
        notes.append(
            f"đã có tin dùng địa chỉ '{base}' ({shown}): tin mới dùng slug '{slug}'. "
            "Nếu tạo nhầm lần thứ hai, hãy xóa tệp mới"
        )
    return slug


def _write_new(path: Path, text: str) -> None:
    """Create ``path``; never replace a file (another command may have just made it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except FileExistsError:
        message = "tệp vừa được tạo bởi lệnh khác: chạy lại lệnh để chọn tên mới"
        raise ContentError([Problem(str(path), 0, "", message)]) from None


NEWS_INDEX = "# Tin tức\n\nTin bài về các hoạt động của chiến dịch.\n"


def new_news(docs_dir: Path, title: str, today: dt.date, notes: list[str] | None = None) -> Path:
    """A post to fill in, its address pinned by ``slug:`` (editing the title keeps it)."""
    title = " ".join(nfc(title).split())
    posts = docs_dir / NEWS_DIR
    slug = free_post_slug(posts, _slug(title, "tiêu đề"), notes)
    index = posts.parent / "index.md"  # the news section's own page, made once
    if not index.exists():
        _write_new(index, NEWS_INDEX)
        if notes is not None:
            notes.append(f"đã tạo trang mục lục tin tức {index.relative_to(docs_dir.parent)}")
    path = posts / f"{slug}.md"
    _write_new(
        path,
        "---\n"
        f"title: {yaml_quote(title)}\n"
        f"date: {today.isoformat()}\n"
        f"slug: {slug}                # địa chỉ của tin: giữ nguyên khi sửa tiêu đề\n"
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
    )
    return path


def new_profile(docs_dir: Path, name: str) -> Path:
    name = " ".join(nfc(name).split())
    # A profile's address is its file name, which editing the name does not change.
    path = free_path(docs_dir / PROFILES_DIR, _slug(name, "họ tên"))
    _write_new(
        path,
        "---\n"
        f"name: {yaml_quote(name)}\n"
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
    )
    return path
