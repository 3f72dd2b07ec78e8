"""News posts, profiles, photos and the feed, as the communications centre uses them."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image

from campaign.cli import main
from campaign.content.schemas import NEWS_DIR
from campaign.project import load_project
from campaign.publish import feed
from campaign.publish.feed import FeedEntry

ATOM = "{http://www.w3.org/2005/Atom}"


def test_news_index_archive_topics_and_feed(built: Path) -> None:
    index = (built / "tin-tuc" / "index.html").read_text(encoding="utf-8")
    assert "26/02/2025" in index  # dd/mm/yyyy, as under each title
    assert "Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam" in index
    assert (built / "tin-tuc" / "luu-tru" / "2025" / "02" / "index.html").is_file()
    assert (built / "tin-tuc" / "chu-de" / "ve-nguon" / "index.html").is_file()
    for path in built.rglob("*"):
        assert path.relative_to(built).as_posix().isascii()
    feed = ET.parse(built / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 4
    dates = [e.findtext(f"{ATOM}published") or "" for e in entries]
    assert dates == sorted(dates, reverse=True)
    for entry in entries:
        link = entry.find(f"{ATOM}link[@rel='alternate']")
        assert link is not None
        href = link.get("href") or ""
        assert href.startswith("https://thaythuoc70.vanquan.example/tin-tuc/")
        assert (
            built / href.removeprefix("https://thaythuoc70.vanquan.example/") / "index.html"
        ).is_file()
    assert 'type="application/atom+xml"' in index


def test_the_feed_carries_the_newest_entries_only() -> None:
    start = dt.date(2024, 1, 1)
    entries = [
        FeedEntry(
            f"Tin {i}", f"https://vi-du.example/tin-{i:03d}/", start + dt.timedelta(days=i), ""
        )
        for i in range(feed.SIZE + 20)
    ]
    twin = FeedEntry("Cùng ngày", "https://vi-du.example/tin-cung-ngay/", entries[-1].date, "")
    kept = feed.newest([*reversed(entries), twin])
    assert len(kept) == feed.SIZE
    assert kept[0].date == entries[-1].date and kept[-1] == entries[21]
    assert [e.url for e in kept[:2]] == [twin.url, entries[-1].url]  # same day: by URL
    body = feed.atom_feed(
        title="Tin", site_url="https://vi-du.example/", feed_url="f", author="A", entries=kept
    )
    assert len(ET.fromstring(body).findall(f"{ATOM}entry")) == feed.SIZE


def test_sample_posts_and_profiles_are_marked(built: Path) -> None:
    posts = list((built / "tin-tuc" / "2025").rglob("index.html"))
    assert posts
    for post in posts:
        assert "Nội dung minh họa" in post.read_text(encoding="utf-8")
    profile = (built / "guong-dien-hinh" / "hoang-thi-minh-hoa" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "Nội dung minh họa" in profile and "Thầy thuốc Ưu tú (2025)" in profile


def test_profile_index_groups_by_honour_highest_first(built: Path) -> None:
    page = (built / "guong-dien-hinh" / "index.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h2 id="([^"]+)">', page)
    assert headings == [
        "thay-thuoc-uu-tu",
        "bang-khen-cua-chu-tich-ubnd-tinh",
        "giay-khen-cua-chu-tich-ubnd-huyen",
    ]
    assert page.count('class="cp-card"') == 3
    assert 'src="../assets/campaign/campaign.js"' in page


def test_published_photos_are_resized_and_carry_no_metadata(built: Path) -> None:
    photos = sorted((built / "assets" / "photos").iterdir())
    assert {p.suffix for p in photos} == {".jpg", ".webp"}
    for photo in photos:
        data = photo.read_bytes()
        assert b"Exif" not in data and b"GPS" not in data
        with Image.open(photo) as image:
            assert image.width <= 1600
            assert not image.getexif()
    assert not list(built.rglob("anh"))  # originals are never copied into the site
    post = next((built / "tin-tuc" / "2025").rglob("hanh-trinh*/index.html"))
    html = post.read_text(encoding="utf-8")
    assert '<source type="image/webp" srcset="../../../../assets/photos/' in html
    assert 'loading="lazy"' in html and 'alt="Ảnh minh họa hoạ tiết vàng' in html


def test_news_front_matter_problems_are_located(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    post = flagship / "docs" / NEWS_DIR / "tin-loi.md"
    post.write_text(
        "---\n"
        "title: Tin lỗi\n"
        "date: 31/02/2025\n"
        "sumary: Sai tên trường\n"
        "cover: anh/khong-co.jpg\n"
        "unit: tyt\n"
        "---\n\nNội dung.\n",
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    where = "docs/tin-tuc/posts/tin-loi.md"
    assert f"{where}:3: date: cần ngày hợp lệ" in err
    assert f"{where}:4: sumary: trường lạ 'sumary'; có phải ý bạn là 'summary'?" in err
    assert f"{where}:2: summary: cần có giá trị" in err
    assert "Traceback" not in err


def test_a_photo_outside_the_campaign_folder_is_refused(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Photos travel with the campaign folder (and a change to them must be seen).
    outside = flagship.parent / "ngoai.jpg"
    shutil.copyfile(flagship / "anh" / "minh-hoa" / "ve-nguon.jpg", outside)
    post = flagship / "docs" / NEWS_DIR / "tin-ngoai.md"
    post.write_text(
        "---\ntitle: Tin\ndate: 2025-02-20\nsummary: Tóm tắt.\n---\n\n"
        "![Ảnh ở ngoài](anh/../../ngoai.jpg)\n",
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    assert "docs/tin-tuc/posts/tin-ngoai.md:7: ảnh cần nằm trong thư mục anh/" in err


def test_missing_and_corrupt_photos_are_located(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (flagship / "anh" / "hong.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    post = flagship / "docs" / NEWS_DIR / "tin-anh.md"
    post.write_text(
        "---\n"
        "title: Tin có ảnh\n"
        "date: 2025-02-20\n"
        "summary: Tóm tắt.\n"
        "cover: anh/khong-co.jpg\n"
        "cover_alt: Ảnh không có\n"
        "unit: tyt\n"
        "---\n\nĐoạn một.\n\n![Ảnh hỏng](anh/hong.jpg)\n",
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    where = "docs/tin-tuc/posts/tin-anh.md"
    assert f"{where}:5: cover: không tìm thấy ảnh 'anh/khong-co.jpg'" in err
    assert re.search(rf"{where}:7: unit: .*'tyt'; có phải ý bạn là 'ttyt'\?", err)
    assert f"{where}:12: tệp 'anh/hong.jpg' không phải ảnh hoặc đã hỏng" in err
    (flagship / "docs" / NEWS_DIR / "tin-anh.md").write_text(
        "---\ntitle: Tin\ndate: 2025-02-20\nsummary: Tóm tắt.\n"
        "cover: anh/minh-hoa/ve-nguon.jpg\n---\n\nBody.\n",
        encoding="utf-8",
    )
    (flagship / "anh" / "hong.jpg").unlink()
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    assert f"{where}:5: cover_alt: cần mô tả ảnh (cho người khiếm thị) khi có ảnh bìa" in err


def test_new_news_and_profile_scaffold_valid_files(
    flagship: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-20")
    assert main(["-C", str(flagship), "new", "news", "Khám bệnh miễn phí ở Đà Nẵng"]) == 0
    assert main(["-C", str(flagship), "new", "news", "Khám bệnh miễn phí ở Đà Nẵng"]) == 0
    assert main(["-C", str(flagship), "new", "profile", "Nguyễn Văn Đức"]) == 0
    out = capsys.readouterr().out
    first = flagship / "docs" / NEWS_DIR / "kham-benh-mien-phi-o-da-nang.md"
    second = flagship / "docs" / NEWS_DIR / "kham-benh-mien-phi-o-da-nang-2.md"
    assert first.is_file() and second.is_file()
    assert "date: 2025-02-20" in first.read_text(encoding="utf-8")
    assert (flagship / "docs" / "guong-dien-hinh" / "nguyen-van-duc.md").is_file()
    assert "Đã tạo docs/tin-tuc/posts/kham-benh-mien-phi-o-da-nang.md" in out
    project = load_project(flagship)
    titles = [m.title for _, m in project.news]
    assert titles.count("Khám bệnh miễn phí ở Đà Nẵng") == 2
    assert project.news[0][1].date == dt.date(2025, 2, 26)


@pytest.mark.build
def test_word_file_becomes_a_published_post(
    flagship: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx
    from docx.shared import Cm

    photo = tmp_path / "anh-dien-thoai.jpg"
    Image.new("RGB", (1200, 900), (20, 120, 110)).save(photo)
    document = docx.Document()
    document.add_paragraph("Hiến máu tình nguyện tại xã", style="Title")
    document.add_paragraph("Sáng 20/2, đoàn viên thanh niên ngành Y tế hiến máu tình nguyện.")
    document.add_heading("Kết quả", level=2)
    document.add_paragraph("Thu được 120 đơn vị máu.", style="List Bullet")
    document.add_picture(str(photo), width=Cm(8))
    source = tmp_path / "bai-viet.docx"
    document.save(str(source))

    args = ["-C", str(flagship), "import-docx", str(source), "--ngay", "2025-02-20"]
    assert main([*args, "--don-vi", "ttyt", "--chu-de", "Về nguồn"]) == 0
    out = capsys.readouterr().out
    assert "Đã tạo docs/tin-tuc/posts/hien-mau-tinh-nguyen-tai-xa.md và 1 ảnh" in out
    assert main(["-C", str(flagship), "check"]) == 0
    assert main(["-C", str(flagship), "build"]) == 0
    post = flagship / "site" / "tin-tuc" / "2025" / "02" / "hien-mau-tinh-nguyen-tai-xa"
    html = (post / "index.html").read_text(encoding="utf-8")
    assert "Thu được 120 đơn vị máu." in html and "<picture" in html
