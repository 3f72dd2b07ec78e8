"""Strict builds of whole projects, atomic failure, and the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.frontmatter import check_docs

PAGES = [
    "index.html",
    "ke-hoach/index.html",
    "khau-hieu/index.html",
    "lo-trinh/index.html",
    "phan-cong/index.html",
    "su-kien/le-ky-niem/index.html",
    "gioi-thieu/index.html",
]


def test_flagship_builds_strictly_with_every_page(built: Path) -> None:
    for page in PAGES:
        assert (built / page).is_file(), page
    plan = (built / "ke-hoach" / "index.html").read_text(encoding="utf-8")
    assert "Triệu Đức Dũng" in plan
    assert 'id="v-phan-cong-nhiem-vu"' in plan
    assert "22/KH-UBND" in plan


def test_no_reference_to_another_host(built: Path) -> None:
    for html in built.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        # Anything the browser would fetch: scripts, images, styles, preloads, frames.
        fetched = re.findall(r'src="([^"]+)"', text) + re.findall(
            r'<link\b[^>]*\bhref="([^"]+)"', text
        )
        for url in fetched:
            external = url.startswith(("http:", "https:", "//"))
            assert not external or url.startswith("https://thaythuoc70.vanquan.example/"), (
                html,
                url,
            )
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_font_is_served_from_the_site(built: Path) -> None:
    fonts = sorted((built / "assets" / "campaign" / "fonts").glob("*.woff2"))
    assert len(fonts) == 2
    assert all(f.read_bytes()[:4] == b"wOF2" for f in fonts)
    css = (built / "assets" / "campaign" / "campaign.css").read_text(encoding="utf-8")
    assert f'url("fonts/{fonts[0].name}")' in css
    home = (built / "index.html").read_text(encoding="utf-8")
    assert f'rel="preload" href="assets/campaign/fonts/{fonts[0].name}"' in home


def test_urls_are_ascii(built: Path) -> None:
    for path in built.rglob("*"):
        assert path.relative_to(built).as_posix().isascii(), path


@pytest.mark.build
def test_broken_campaign_keeps_the_last_good_site(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(flagship), "build"]) == 0
    good = (flagship / "site" / "index.html").read_bytes()
    campaign = flagship / "campaign.yml"
    text = campaign.read_text(encoding="utf-8")
    text = text.replace("  date: 27/02/2025", "  date: 31/02/2025", 1)
    text = text.replace("theme: Y tế", "them: Y tế", 1)
    text = text.replace("    lead: ttvhttt", "    lead: ttvh", 1)
    campaign.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["-C", str(flagship), "build"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert re.search(r"campaign.yml:\d+: anniversary.date: cần ngày hợp lệ", err)
    assert re.search(r"campaign.yml:\d+: them: trường lạ 'them'; có phải ý bạn là 'theme'\?", err)
    assert re.search(r"campaign.yml:\d+: activities\[0\].lead: .*'ttvh'", err)
    assert "Có 3 lỗi cần sửa" in err  # the three above ("theme" itself is optional)
    assert (flagship / "site" / "index.html").read_bytes() == good


def test_tab_indented_yaml_is_reported(flagship: Path, capsys: pytest.CaptureFixture[str]) -> None:
    campaign = flagship / "campaign.yml"
    campaign.write_text(
        campaign.read_text(encoding="utf-8").replace("  name: Ngày Thầy", "\tname: Ngày Thầy"),
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    assert re.search(r"^campaign.yml:\d+: thụt lề bằng phím Tab", err, re.M)


@pytest.mark.build
def test_mkdocs_failure_keeps_the_last_good_site(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(flagship), "build"]) == 0
    good = (flagship / "site" / "index.html").read_bytes()
    page = flagship / "docs" / "gioi-thieu.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n[Liên kết hỏng](khong-co.md)\n", encoding="utf-8"
    )
    assert main(["-C", str(flagship), "build"]) == 1
    err = capsys.readouterr().err
    assert "giữ nguyên bản cũ" in err and "khong-co.md" in err
    assert (flagship / "site" / "index.html").read_bytes() == good
    assert not list(flagship.glob(".site.*"))


def test_front_matter_problems_are_located(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tin-moi.md").write_text(
        "---\ntitle: Tin mới\ndescripton: Sai chính tả\nhide: [nav]\n---\n\n# Tin\n",
        encoding="utf-8",
    )
    (docs / "hỏng.md").write_text("---\ntitle: [\n---\n", encoding="utf-8")
    (docs / "ok.md").write_text("# Không có phần đầu\n", encoding="utf-8")
    documents, problems = check_docs(docs, tmp_path)
    found = [str(p) for p in problems]
    assert [d.src_uri for d in documents] == ["ok.md"]
    assert (
        "docs/tin-moi.md:3: descripton: trường lạ 'descripton'; có phải ý bạn là 'description'?"
        in found
    )
    assert any(p.startswith("docs/tin-moi.md:4: hide[0]: cần một trong") for p in found)
    assert any(p.startswith("docs/hỏng.md: tên tệp cần chữ không dấu") for p in found)
    # The bracket opens on line 2 (the YAML ends before it closes).
    assert any(p.startswith("docs/hỏng.md:2: dấu '[' mở ở dòng này") for p in found)
    assert len(found) == 4


@pytest.mark.build
def test_check_command_reports_ok(flagship: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(flagship), "check"]) == 0
    assert "Hợp lệ" in capsys.readouterr().out


@pytest.mark.build
def test_check_reports_broken_links_without_touching_site(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = flagship / "docs" / "gioi-thieu.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n[Hỏng](khong-co-trang-nay.md)\n", encoding="utf-8"
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    assert "Kiểm tra thất bại" in err
    line = page.read_text(encoding="utf-8").splitlines().index("[Hỏng](khong-co-trang-nay.md)")
    said = "liên kết 'khong-co-trang-nay.md' trỏ tới trang không tồn tại"
    assert f"docs/gioi-thieu.md:{line + 1}: {said}" in err
    assert not (flagship / "site").exists()


@pytest.mark.build
def test_check_reports_missing_anchors_and_renders_nothing(
    flagship: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from campaign.adapter import plugin, rendering
    from campaign.broadcast import export
    from campaign.media import kit, render

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("campaign check rendered something")

    # The kit imports the painter where it draws: refused at its source. Bulletins are
    # composed (their notes are checked) but neither recorded nor written as Word files.
    for owner, name in (
        (render, "compose"),
        (kit, "build_kit"),
        (plugin, "page_card"),
        (rendering, "install"),
        (export, "synthesize_parts"),
        (export, "bulletin_docx"),
        (export, "write_if_changed"),
    ):
        monkeypatch.setattr(owner, name, refuse)
    monkeypatch.setattr("mkdocs.commands.build._build_page", refuse)
    page = flagship / "docs" / "gioi-thieu.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\n[Mục](ke-hoach.md#khong-co-muc-nay)\n",
        encoding="utf-8",
    )
    assert main(["-C", str(flagship), "check"]) == 1
    err = capsys.readouterr().err
    assert "Kiểm tra thất bại: 1 cảnh báo (chế độ nghiêm ngặt coi cảnh báo là lỗi)" in err
    line = page.read_text("utf-8").splitlines().index("[Mục](ke-hoach.md#khong-co-muc-nay)") + 1
    assert f"docs/gioi-thieu.md:{line}: liên kết 'ke-hoach.md#khong-co-muc-nay'" in err
    assert "không có mục '#khong-co-muc-nay'" in err
    assert not (flagship / "site").exists()


def _listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder``: size and modification time."""
    found = {".": (0, folder.stat().st_mtime_ns)}
    for path in folder.rglob("*"):
        stat = path.lstat()
        size = 0 if path.is_dir() else stat.st_size
        found[path.relative_to(folder).as_posix()] = (size, stat.st_mtime_ns)
    return found


@pytest.mark.build
def test_check_writes_nothing_in_the_campaign_folder_nor_its_cache(
    flagship: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cache where a user has it (.cache/ in the campaign folder), fresh: nothing drawn
    # into it (photo renditions, icons), no parsed-content cache, not even the build lock.
    monkeypatch.delenv("CAMPAIGN_CACHE")
    before = _listing(flagship)
    assert main(["-C", str(flagship), "check"]) == 0
    assert "Hợp lệ" in capsys.readouterr().out
    assert _listing(flagship) == before
    # A lock a build left: waited for, neither rewritten nor touched.
    (flagship / ".cache").mkdir()
    (flagship / ".cache" / "campaign-build.lock").write_bytes(b"")
    before = _listing(flagship)
    assert main(["-C", str(flagship), "check"]) == 0
    assert _listing(flagship) == before
    # A broken photo is still found (from its header, nothing decoded), with file:line.
    good = (flagship / "anh" / "minh-hoa" / "ve-nguon.jpg").read_bytes()
    (flagship / "anh" / "cat-do.jpg").write_bytes(good[: len(good) // 2])
    post = flagship / "docs" / "tin-tuc" / "posts" / "hanh-trinh-ve-nguon.md"
    text = post.read_text(encoding="utf-8")
    post.write_text(text.replace("anh/minh-hoa/ve-nguon.jpg", "anh/cat-do.jpg"), "utf-8")
    before = _listing(flagship)
    assert main(["-C", str(flagship), "check"]) == 1
    line = text.splitlines().index("cover: anh/minh-hoa/ve-nguon.jpg") + 1
    said = f"docs/tin-tuc/posts/hanh-trinh-ve-nguon.md:{line}: cover: tệp 'anh/cat-do.jpg'"
    assert f"{said} không phải ảnh hoặc đã hỏng" in capsys.readouterr().err
    assert _listing(flagship) == before


@pytest.mark.build
def test_check_warns_of_a_slogan_too_long_for_a_format(
    flagship: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = flagship / "campaign.yml"
    text = config.read_text(encoding="utf-8")
    long = " ".join(["Tuyên truyền sâu rộng chăm sóc sức khỏe"] * 12)
    config.write_text(
        text.replace("slogans:\n", f"slogans:\n  - {{id: dai-qua, text: {long}}}\n", 1),
        encoding="utf-8",
    )
    # The kit is optional: the images the slogan cannot fill are left out, with a warning.
    assert main(["-C", str(flagship), "check"]) == 0
    err = capsys.readouterr().err
    assert "Lưu ý: campaign.yml:" in err and "khẩu hiệu 'dai-qua', định dạng '" in err
    assert "ảnh này được bỏ khỏi bộ ấn phẩm" in err
