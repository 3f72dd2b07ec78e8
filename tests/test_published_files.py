"""Only what a site needs is published: nothing from outside the campaign, no drafts or sources."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from campaign.adapter.published import kind_of
from campaign.cli import main

from .scratch import post, scratch

LEFT_OUT = (
    "passwd.txt",  # -> /etc/passwd
    "bi-mat.pdf",  # -> a file outside the campaign
    "ngoai.md",  # -> a page outside the campaign (invalid: it must not even be read)
    "ban-nhap.docx",
    "tin-tuc/posts/bai-goc.odt",
    "tao-trang.py",
    "cau-hinh.yml",
    "ghi-chu.txt~",
    "cu.bak",
    ".an.pdf",
    "bia-goc.jpg",  # -> the original photo in anh/ (with its EXIF)
    "anh-goc/bia.jpg",  # the same, through a folder link to anh/
    "cau-hinh-git.pdf",  # -> .git/config (may hold a token in a remote's address)
    "chien-dich.md",  # -> campaign.yml, as a page
    "ban-do.svg",  # an SVG with a script: opened by itself, it runs as a page of the site
)
SCRIPTED_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'
)
CLEAN_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg"><style>.a{fill:#0a7}</style>'
    '<rect class="a" style="stroke:none" width="4" height="4"/></svg>'
)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    base = tmp_path_factory.mktemp("published")
    outside = base / "ngoai"
    outside.mkdir()
    (outside / "bi-mat.pdf").write_bytes(b"%PDF-1.4 secret")
    (outside / "ngoai.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    root = scratch(base / "chien-dich")
    docs = root / "docs"
    Image.new("RGB", (900, 600), (20, 120, 110)).save(root / "anh" / "bia.jpg")
    extra = "cover: anh/bia.jpg\ncover_alt: Ảnh bìa\n"
    post(root, "tin", "Tin có ảnh bìa", extra=extra)
    os.symlink("/etc/passwd", docs / "passwd.txt")
    os.symlink(outside / "bi-mat.pdf", docs / "bi-mat.pdf")
    os.symlink(outside / "ngoai.md", docs / "ngoai.md")
    for name in LEFT_OUT[3:10]:
        (docs / name).write_bytes(b"draft")
    os.symlink("../anh/bia.jpg", docs / "bia-goc.jpg")
    os.symlink("../anh", docs / "anh-goc")
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text("url = https://x:token@git.example/\n", "utf-8")
    os.symlink("../.git/config", docs / "cau-hinh-git.pdf")
    os.symlink("../campaign.yml", docs / "chien-dich.md")
    (docs / "ban-do.svg").write_text(SCRIPTED_SVG, encoding="utf-8")
    (docs / "so-do-sach.svg").write_text(CLEAN_SVG, encoding="utf-8")
    # Published: a PDF, an image, and a link that stays inside the campaign.
    (docs / "tai-lieu.pdf").write_bytes(b"%PDF-1.4 public")
    Image.new("RGB", (40, 30)).save(docs / "so-do.png")
    (root / "chung").mkdir()
    Image.new("RGB", (40, 30)).save(root / "chung" / "logo.png")
    os.symlink("../chung/logo.png", docs / "logo-chung.png")
    messages: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: messages.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("campaign.publish")
    logger.addHandler(handler)
    try:
        assert main(["-C", str(root), "build"]) == 0
    finally:
        logger.removeHandler(handler)
    yield root / "site", messages


def test_nothing_from_outside_the_campaign_and_no_drafts(
    published: tuple[Path, list[str]],
) -> None:
    site, _ = published
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    for name in LEFT_OUT:
        assert name not in files, name
    assert not any(name.startswith(("ngoai", "passwd")) for name in files)
    assert not any(b"root:x:0:0" in p.read_bytes() for p in site.rglob("*.txt"))
    assert not any(b"token" in p.read_bytes() for p in site.rglob("*.pdf"))
    drafts = (".docx", ".odt", ".py", ".yml", "~", ".bak")
    # Bulletins for loudspeaker stations are made by the engine, as .docx among others.
    made = {name for name in files if name.startswith("truyen-thanh/")}
    assert not any(name.endswith(drafts) for name in files - made)


def test_what_a_site_needs_is_still_published(published: tuple[Path, list[str]]) -> None:
    site, _ = published
    assert (site / "tai-lieu.pdf").read_bytes() == b"%PDF-1.4 public"
    assert (site / "so-do.png").is_file() and (site / "logo-chung.png").is_file()
    assert (site / "so-do-sach.svg").read_text(encoding="utf-8") == CLEAN_SVG
    assert list(site.glob("assets/javascripts/bundle.*.min.js"))  # the theme's own
    assert list(site.glob("assets/stylesheets/main.*.min.css"))
    assert (site / "assets" / "campaign" / "campaign.css").is_file()
    html = (site / "tin-tuc" / "2025" / "02" / "tin-co-anh-bia" / "index.html").read_text("utf-8")
    photos = [p for p in site.rglob("*") if p.suffix in (".jpg", ".webp") and "bia" in p.name]
    assert len(photos) > 1 and "<picture" in html  # anh/bia.jpg's renditions


def test_one_grouped_notice_names_what_was_left_out(published: tuple[Path, list[str]]) -> None:
    _, messages = published
    notices = [m for m in messages if "không được đăng lên trang" in m]
    assert len(notices) == 1
    notice = notices[0]
    assert notice.startswith("Lưu ý: 14 tệp trong docs/ không được đăng lên trang:")
    lines = notice.splitlines()
    assert lines[1].startswith("  - trỏ ra ngoài thư mục chiến dịch")
    assert "docs/passwd.txt (→ /etc/passwd)" in lines[1] and "docs/ngoai.md" in lines[1]
    assert "docs/bi-mat.pdf (→ " in lines[1]
    assert "xuất ra PDF): docs/ban-nhap.docx, docs/tin-tuc/posts/bai-goc.odt" in lines[2]
    assert lines[3] == "  - mã nguồn, tệp cấu hình: docs/cau-hinh.yml, docs/tao-trang.py"
    assert lines[4] == "  - tệp sao lưu, tệp tạm: docs/cu.bak, docs/ghi-chu.txt~"
    assert lines[5] == (
        "  - liên kết tới ảnh gốc trong anh/ (trang chỉ đăng ảnh đã thu nhỏ, xóa EXIF): "
        "docs/anh-goc/bia.jpg, docs/bia-goc.jpg"
    )
    assert lines[6].endswith("tệp cấu hình): docs/cau-hinh-git.pdf, docs/chien-dich.md")
    assert lines[7].startswith("  - ảnh SVG có mã chạy được") and "docs/ban-do.svg" in lines[7]
    assert ".an.pdf" not in notice  # hidden files are never published, and not listed


@pytest.mark.build
def test_a_link_to_a_left_out_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scratch(tmp_path / "c")
    (root / "docs" / "ke-hoach-goc.docx").write_bytes(b"draft")
    os.symlink("/etc/passwd", root / "docs" / "passwd.txt")
    (root / "docs" / "gioi-thieu.md").write_text(
        "# Giới thiệu\n\n[Kế hoạch](ke-hoach-goc.docx), [mật khẩu](passwd.txt)\n", "utf-8"
    )
    assert main(["-C", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert (
        "docs/gioi-thieu.md: liên kết 'ke-hoach-goc.docx': tệp docs/ke-hoach-goc.docx không được "
        "đăng lên trang, loại: bản nháp văn phòng" in err
    )
    assert "docs/gioi-thieu.md: liên kết 'passwd.txt': tệp docs/passwd.txt không được" in err
    assert "Traceback" not in err


@pytest.mark.build
def test_folder_links_out_of_the_campaign_or_in_a_loop_stop_the_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scratch(tmp_path / "c")
    os.symlink("/", root / "docs" / "o-dia")
    os.symlink("..", root / "docs" / "vong")
    os.symlink("../anh", root / "docs" / "anh")  # inside the campaign, no loop: fine
    assert main(["-C", str(root), "build"]) == 1
    err = capsys.readouterr().err
    assert (
        "docs/o-dia: cần thư mục nằm trong thư mục chiến dịch, nhận được liên kết tới /; "
        "hãy xóa liên kết" in err
    )
    assert "docs/vong: cần liên kết tới thư mục không chứa chính nó" in err
    assert "docs/anh" not in err and "Traceback" not in err
    assert not (root / "site").exists()


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("bai.md", None),
        ("bai.MD", "case"),
        ("bai.Md", "case"),
        ("anh.JPG", None),
        ("bai-hat.mp3", None),
        ("van-ban.pdf", None),
        ("bai.docx", "draft"),
        ("~$bai.docx", "backup"),
        ("bai.md~", "backup"),
        ("x.tmp", "backup"),
        ("a.py", "source"),
        ("mkdocs.yaml", "source"),
        ("a.zip", "other"),
        (".htaccess", "hidden"),
    ],
)
def test_kinds_of_files(name: str, kind: str | None) -> None:
    assert kind_of(name) == kind
