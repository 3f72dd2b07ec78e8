"""Mistakes a busy office makes get a located Vietnamese message, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.errors import ContentError
from campaign.content.load import load_campaign
from campaign.content.schemas import NEWS_DIR
from campaign.project import load_project

from .conftest import MINIMAL, ROOT

Write = Callable[[str], Path]

POST = (
    "---\n"
    "title: Tin thử\n"
    "date: 2025-02-20\n"
    "summary: Một câu tóm tắt.\n"
    "---\n\n"
    "Đoạn mở đầu.\n\n"
    "Nội dung.\n"
)


def problems_of(call: Callable[[], object]) -> list[str]:
    with pytest.raises(ContentError) as caught:
        call()
    return [str(p) for p in caught.value.problems]


def scratch(tmp_path: Path, campaign: str = MINIMAL, post: str | bytes = POST) -> Path:
    """A campaign folder with one news post (no mkdocs.yml: load-level checks)."""
    (tmp_path / "campaign.yml").write_text(campaign, encoding="utf-8")
    folder = tmp_path / "docs" / NEWS_DIR
    folder.mkdir(parents=True)
    raw = post.encode("utf-8") if isinstance(post, str) else post
    (folder / "tin-thu.md").write_bytes(raw)
    return tmp_path


WHERE = f"docs/{NEWS_DIR}tin-thu.md"


@pytest.mark.parametrize("day", ["2025-02-30", "2025-13-01"])
def test_an_impossible_year_first_date_is_located_with_every_other_problem(
    tmp_path: Path, day: str
) -> None:
    campaign = MINIMAL.replace("start: 10/03/2025", f"start: {day}") + "them: x\n"
    post = POST.replace("date: 2025-02-20", f"date: {day}").replace("summary:", "sumary:")
    found = problems_of(lambda: load_project(scratch(tmp_path, campaign, post)))
    assert "campaign.yml:14: activities[0].when.start: cần ngày hợp lệ dạng 27/02/2025 " in (
        "\n".join(found)
    )
    assert any(p.startswith("campaign.yml:16: them: trường lạ") for p in found)
    assert f"{WHERE}:3: date: cần ngày hợp lệ dạng 27/02/2025 hoặc 2025-02-27, " in "\n".join(found)
    assert any(p.startswith(f"{WHERE}:4: sumary: trường lạ") for p in found)
    assert all(day in p for p in found if "date" in p or "start" in p)


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.replace("\n", "\r\n").encode(),
        lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(),
        lambda text: text.replace("\n", "\r").encode(),
        lambda text: b"\xef\xbb\xbf" + text.encode(),
    ],
    ids=["crlf", "bom-crlf", "cr", "bom"],
)
def test_windows_and_old_mac_line_ends_and_a_bom_just_work(
    tmp_path: Path, encode: Callable[[str], bytes]
) -> None:
    root = scratch(tmp_path, post=encode(POST))
    (root / "campaign.yml").write_bytes(encode(MINIMAL))
    project = load_project(root)
    assert project.campaign.activities[0].name == "Khám sức khỏe miễn phí"
    (document,) = project.documents
    assert document.meta.title == "Tin thử"  # type: ignore[attr-defined]
    assert document.body_start == 6 and "\r" not in document.body


def test_errors_in_a_crlf_file_keep_their_lines(tmp_path: Path) -> None:
    post = POST.replace("summary:", "sumary:").replace("\n", "\r\n")
    found = problems_of(lambda: load_project(scratch(tmp_path, post=post.encode())))
    assert any(p.startswith(f"{WHERE}:4: sumary: trường lạ") for p in found)


def test_an_unclosed_quote_is_reported_where_it_opens(write_campaign: Write) -> None:
    lines = MINIMAL.splitlines()
    lines[4] = 'theme: "Sức khỏe là vàng'  # line 5; the next quote is far below
    text = "\n".join([*lines, *[f"# ghi chú {i}" for i in range(90)], 'topics: ["Tiêm chủng"]'])
    found = problems_of(lambda: load_campaign(write_campaign(text), "campaign.yml"))
    assert found == [
        'campaign.yml:5: dấu ngoặc kép " mở ở dòng này nhưng chưa đóng: thêm " vào cuối giá trị'
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("theme: Sức", "theme: 'Sức"),
            "campaign.yml:5: dấu ngoặc đơn ' mở ở dòng này nhưng chưa đóng",
        ),
        (
            ("{id: tram-y-te, name: Trạm Y tế xã Thử, level: xã}", "{id: tram-y-te"),
            "campaign.yml:10: dấu '{' mở ở dòng này nhưng chưa đóng",
        ),
        (
            ("theme: Sức", "theme: @Sức"),
            "campaign.yml:5: giá trị không được bắt đầu bằng ký tự '@'",
        ),
        (("theme: Sức", "theme: Sức\x07"), "campaign.yml:5: có ký tự điều khiển không in được"),
        (("theme: Sức", "theme: !!python/name:os.system Sức"), "campaign.yml:5: theme: "),
        (("theme: Sức", "theme: *sk Sức"), "campaign.yml:5: giá trị không được bắt đầu bằng '*'"),
    ],
)
def test_yaml_syntax_errors_are_located_in_vietnamese(
    write_campaign: Write, change: tuple[str, str], expected: str
) -> None:
    found = problems_of(
        lambda: load_campaign(write_campaign(MINIMAL.replace(*change)), "campaign.yml")
    )
    assert len(found) == 1 and found[0].startswith(expected), found


def test_an_alias_loop_is_refused_not_recursed(write_campaign: Write) -> None:
    text = MINIMAL + "topics: &t [*t]\n"
    found = problems_of(lambda: load_campaign(write_campaign(text), "campaign.yml"))
    assert any(p.startswith("campaign.yml:16: topics") and "lặp vòng" in p for p in found)


@pytest.mark.parametrize(
    ("raw", "line", "words"),
    [
        ("tiêu đề".encode("utf-16"), 1, "UTF-16"),
        ("---\ntitle: Tin thử\n".encode("utf-16-le"), 1, "NUL"),
        ("---\ntitle: Café\n".encode("latin-1"), 2, "không phải UTF-8"),
        (b"---\r\ntitle: x\r\ndate: 2025-02-20\r\nsummary: \xff\r\n", 4, "không phải UTF-8"),
    ],
)
def test_files_that_are_not_utf8_are_located(
    tmp_path: Path, raw: bytes, line: int, words: str
) -> None:
    found = problems_of(lambda: load_project(scratch(tmp_path, post=raw)))
    assert len(found) == 1 and found[0].startswith(f"{WHERE}:{line}: ") and words in found[0]


def test_check_reports_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scratch(tmp_path, post=POST.replace("2025-02-20", "2025-02-30"))
    (root / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())  # a campaign folder
    assert main(["-C", str(root), "check"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "ValueError" not in err
    assert f"{WHERE}:3: date: cần ngày hợp lệ" in err


@pytest.mark.parametrize("cover", ["../../etc/passwd", "/etc/passwd", "anh/../../../etc/passwd"])
def test_a_cover_outside_anh_names_the_photo_folder(tmp_path: Path, cover: str) -> None:
    post = POST.replace("summary:", f"cover: {cover}\ncover_alt: Ảnh bìa\nsummary:")
    found = problems_of(lambda: load_project(scratch(tmp_path, post=post)))
    assert len(found) == 1, found
    assert found[0].startswith(f"{WHERE}:4: ")
    assert "anh/" in found[0] and "mã chỉ gồm" not in found[0]


def test_a_broadcast_slot_names_the_time_format(write_campaign: Write) -> None:
    text = MINIMAL + "broadcast:\n  slots: ['6h30']\n"
    found = problems_of(lambda: load_campaign(write_campaign(text), "campaign.yml"))
    assert found == [
        "campaign.yml:17: broadcast.slots[0]: cần giờ dạng 06:00 (từ 00:00 đến 23:59), "
        "nhận được '6h30'"
    ]


def _word_file(path: Path, *paragraphs: str) -> Path:
    from tests.wordfiles import word_document

    doc = word_document()
    for text in paragraphs:
        doc.add_paragraph(text)
    doc.save(str(path))
    return path


def _campaign_folder(root: Path) -> Path:
    """A folder the content commands accept: a campaign's mkdocs.yml (with the blog)
    and campaign.yml."""
    for name in ("mkdocs.yml", "campaign.yml"):
        (root / name).write_bytes((ROOT / name).read_bytes())
    return root


@pytest.mark.parametrize("typed", ["18/02/2025", "18-02-2025", "18.2.2025", "2025-02-18"])
def test_import_docx_takes_the_date_as_staff_type_it(
    tmp_path: Path, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    word = _word_file(tmp_path / "tin.docx", "Tiêu đề tin", "Nội dung của tin bài thử.")
    _campaign_folder(tmp_path)
    assert main(["-C", str(tmp_path), "import-docx", str(word), "--ngay", typed]) == 0
    (post,) = (tmp_path / "docs" / NEWS_DIR).glob("*.md")
    assert "\ndate: 2025-02-18\n" in post.read_text(encoding="utf-8")


@pytest.mark.parametrize("typed", ["30/02/2025", "18/2", "hôm nay"])
def test_a_wrong_ngay_names_the_option(
    tmp_path: Path, typed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    word = _word_file(tmp_path / "tin.docx", "Tiêu đề tin", "Nội dung của tin bài thử.")
    _campaign_folder(tmp_path)
    assert main(["-C", str(tmp_path), "import-docx", str(word), "--ngay", typed]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"--ngay: cần ngày dạng 2025-02-27 hoặc 27/02/2025, nhận được '{typed}'")
    assert "CAMPAIGN_BUILD_DATE" not in err
    assert not (tmp_path / "docs").exists()


LONG_TITLE = "Tin " + " ".join(["rất dài"] * 60)  # ~430 characters


def test_a_300_character_title_makes_a_short_file_and_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from campaign.content.text import FILE_SLUG, MAX_SLUG, slugify

    _campaign_folder(tmp_path)
    assert main(["-C", str(tmp_path), "new", "news", LONG_TITLE]) == 0
    (post,) = (tmp_path / "docs" / NEWS_DIR).glob("*.md")
    assert len(post.stem) <= FILE_SLUG and post.stem.endswith("rat-dai")
    word = _word_file(tmp_path / "tin.docx", LONG_TITLE, "Nội dung của tin bài thử.")
    assert main(["-C", str(tmp_path), "import-docx", str(word)]) == 0
    assert max(len(p.stem) for p in (tmp_path / "docs" / NEWS_DIR).glob("*.md")) <= FILE_SLUG
    # The blog's URLs and category folders use the same rule (folder names ≤ 255 bytes).
    slug = slugify(LONG_TITLE)
    assert len(slug) <= MAX_SLUG and slug.endswith("rat-dai")
    assert slugify("Đà Nẵng") == "da-nang" and len(slugify("x" * 300)) == MAX_SLUG


def test_a_system_refusal_is_said_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (_campaign_folder(tmp_path) / "docs").write_text("not a folder", encoding="utf-8")
    assert main(["-C", str(tmp_path), "new", "news", "Tin mới"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Errno" not in err
    assert "docs" in err and "tệp, không phải thư mục" in err


def _site_project(root: Path, campaign: str = MINIMAL) -> Path:
    """A scratch campaign that builds: the flagship's mkdocs.yml, a campaign, docs/, anh/."""
    from .conftest import ROOT

    (root / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())
    (root / "campaign.yml").write_text(campaign, encoding="utf-8")
    (root / "docs" / NEWS_DIR).mkdir(parents=True)
    (root / "docs" / NEWS_DIR).parent.joinpath("index.md").write_text("# Tin tức\n", "utf-8")
    (root / "anh").mkdir()
    return root


@pytest.mark.build
def test_long_titles_and_emoji_build_and_the_card_leaves_the_emoji_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _site_project(tmp_path)
    posts = root / "docs" / NEWS_DIR
    (posts / "dai.md").write_text(
        f"---\ntitle: {LONG_TITLE}\ndate: 2025-02-20\nsummary: Tóm tắt.\n"
        f'categories: ["{LONG_TITLE}"]\n---\n\nNội dung.\n',
        encoding="utf-8",
    )
    (posts / "vui.md").write_text(
        "---\ntitle: Chúc mừng Ngày Thầy thuốc 🎉\ndate: 2025-02-21\n"
        "summary: Tóm tắt.\nbroadcast: true\n---\n\nVui.\n",
        encoding="utf-8",
    )
    # Saved by Notepad (CRLF, BOM) and by an old Mac (CR): front matter, excerpt and body.
    windows = POST.replace("Tin thử", "Tin Notepad").replace("Đoạn mở đầu.", "Mở đầu CRLF.")
    windows = windows.replace("\n\nNội dung.", "\n\n<!-- more -->\n\nNội dung CRLF.")
    (posts / "notepad.md").write_bytes(b"\xef\xbb\xbf" + windows.replace("\n", "\r\n").encode())
    mac = POST.replace("Tin thử", "Tin Mac").replace("Nội dung.", "Nội dung CR.")
    (posts / "mac.md").write_bytes(mac.replace("\n", "\r").encode())
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    site = root / "site"
    (notepad,) = site.glob("tin-tuc/2025/02/tin-notepad/index.html")
    html = notepad.read_text(encoding="utf-8")
    assert "Tin Notepad" in html and "Nội dung CRLF." in html and "\r" not in html
    (mac_page,) = site.glob("tin-tuc/2025/02/tin-mac/index.html")
    assert "Nội dung CR." in mac_page.read_text(encoding="utf-8")
    index = (site / "tin-tuc" / "index.html").read_text(encoding="utf-8")
    assert "Mở đầu CRLF." in index and "Nội dung CRLF." not in index  # cut at <!-- more -->
    (page,) = site.glob("tin-tuc/2025/02/chuc-mung-*/index.html")
    assert "Chúc mừng Ngày Thầy thuốc 🎉" in page.read_text(encoding="utf-8")
    assert list(site.glob("assets/cards/*vui.png"))
    assert all(len(p.name.encode()) <= 255 for p in site.rglob("*"))


@pytest.mark.build
def test_a_character_the_font_lacks_is_located_in_the_field_that_holds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A published address: the leaflet (which lists the activities) has a QR code.
    campaign = MINIMAL.replace("name: Khám sức khỏe miễn phí", "name: Khám sức khỏe miễn phí 🎉")
    campaign = campaign.replace("https://vi-du.example/", "https://suckhoe.vi-du.vn/")
    root = _site_project(tmp_path, campaign)
    # The kit is optional (issue 16): the character is dropped from the print, with a warning
    # located at the field that holds it, and the command succeeds.
    assert main(["-C", str(root), "media"]) == 0
    err = capsys.readouterr().err
    assert "Lưu ý: campaign.yml:13: activities[0].name: " in err and "'🎉'" in err
    assert "bỏ ký tự phông chữ không có" in err
    assert "communes" not in err and "None" not in err


def test_split_front_matter_reads_crlf_as_the_build_does() -> None:
    # campaign serve compares front matter read straight from disk; MkDocs reads a
    # page with universal newlines, so a CRLF page splits as its LF twin.
    from campaign.content.frontmatter import split_front_matter

    assert split_front_matter("---\r\ntitle: x\r\n---\r\n\r\nThân bài\r\n") == (
        "title: x\n",
        "\nThân bài\n",
    )


def test_an_unreadable_page_is_one_located_problem_among_others(tmp_path: Path) -> None:
    root = scratch(tmp_path, campaign=MINIMAL + "them: x\n")
    (root / "docs" / "thu-muc.md").mkdir()  # a folder named like a page
    (root / "docs" / "mat.md").symlink_to(root / "khong-co.md")  # a dangling link
    found = problems_of(lambda: load_project(root))
    assert "docs/thu-muc.md:1: không đọc được tệp (đây là thư mục, không phải tệp)" in found
    assert "docs/mat.md:1: không đọc được tệp (không có tệp hay thư mục này)" in found
    assert any(p.startswith("campaign.yml:16: them: trường lạ") for p in found)


def test_an_emoji_is_not_read_aloud_in_a_bulletin() -> None:
    # Consistent with the share card: the page shows it; what is drawn or spoken leaves it out.
    from campaign.broadcast.reading import normalize

    spoken = normalize("Chúc mừng Ngày Thầy thuốc 🎉. Đội y tế 👨‍⚕️ lưu động ❤️.").text
    assert spoken == "Chúc mừng Ngày Thầy thuốc. Đội y tế lưu động."
