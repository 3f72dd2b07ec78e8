"""Stable addresses: no two files at one address, pinned slugs, redirects from old addresses."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from campaign.cli import main
from campaign.content.errors import ContentError
from campaign.content.schemas import NEWS_DIR
from campaign.content.urls import (
    REGISTER,
    dest_of,
    load_register,
    merge,
    redirects,
    render_register,
)
from campaign.importers.docx.post import import_docx
from campaign.importers.scaffold import new_profile

from .conftest import EXAMPLE, ROOT
from .scratch import post, scratch
from .wordfiles import word_document


def snapshot(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


@pytest.mark.build
def test_files_sharing_an_address_fail_naming_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = scratch(tmp_path / "c")
    post(root, "hop-mat", "Họp mặt kỷ niệm")
    assert main(["-C", str(root), "build"]) == 0
    good = snapshot(root / "site")
    # Same title, same month; two equal slugs; a page at a generated page's path.
    post(root, "hop-mat-lan-2", "Họp mặt kỷ niệm", "2025-02-27")
    post(root, "a", "Tin A", extra="slug: trung-nhau\n")
    post(root, "b", "Tin B", extra="slug: trung-nhau\n")
    (root / "docs" / "ke-hoach.md").write_text("# Kế hoạch khác\n", encoding="utf-8")
    capsys.readouterr()
    for command in ("check", "build"):
        assert main(["-C", str(root), command]) == 1
        err = capsys.readouterr().err
        assert "Traceback" not in err
        same = "'/tin-tuc/2025/02/hop-mat-ky-niem/' trùng với docs/tin-tuc/posts/"
        assert re.search(r"^docs/tin-tuc/posts/hop-mat\.md:2: title: cần địa chỉ riêng", err, re.M)
        assert same + "hop-mat-lan-2.md;" in err and same + "hop-mat.md;" in err
        assert "docs/tin-tuc/posts/hop-mat-lan-2.md:2: title: " in err
        assert "thêm 'slug: hop-mat-ky-niem-2'" in err
        assert re.search(
            r"^docs/tin-tuc/posts/a\.md:5: slug: .* trùng với docs/[^ ]*/b\.md", err, re.M
        )
        assert re.search(
            r"^docs/tin-tuc/posts/b\.md:5: slug: .* trùng với docs/[^ ]*/a\.md", err, re.M
        )
        assert re.search(r"^docs/ke-hoach\.md: cần địa chỉ riêng .*“Kế hoạch”", err, re.M)
    assert snapshot(root / "site") == good


@pytest.mark.build
def test_new_news_never_reuses_an_address_and_pins_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = scratch(tmp_path / "c")
    # A post without slug: its address comes from its title (and its file has another name).
    post(root, "cu", "Khám bệnh miễn phí")
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-20")
    assert main(["-C", str(root), "new", "news", "Khám bệnh miễn phí"]) == 0
    assert main(["-C", str(root), "new", "news", "Khám bệnh  miễn phí"]) == 0
    captured = capsys.readouterr()
    posts = root / "docs" / NEWS_DIR
    first, second = posts / "kham-benh-mien-phi-2.md", posts / "kham-benh-mien-phi-3.md"
    assert not (posts / "kham-benh-mien-phi.md").exists()
    metas = [
        yaml.safe_load(p.read_text(encoding="utf-8").split("---\n")[1]) for p in (first, second)
    ]
    assert [m["slug"] for m in metas] == ["kham-benh-mien-phi-2", "kham-benh-mien-phi-3"]
    assert "Đã tạo docs/tin-tuc/posts/kham-benh-mien-phi-2.md" in captured.out
    assert (
        "Lưu ý: đã có tin dùng địa chỉ 'kham-benh-mien-phi' (docs/tin-tuc/posts/cu.md): "
        "tin mới dùng slug 'kham-benh-mien-phi-2'" in captured.err
    )
    assert main(["-C", str(root), "check"]) == 0


def _word(path: Path) -> Path:
    document = word_document()
    document.add_paragraph("Hiến máu tình nguyện", style="Title")
    document.add_paragraph("Sáng 20/2, đoàn viên hiến máu.")
    document.save(str(path))
    return path


def test_importing_one_word_file_twice_overwrites_nothing(tmp_path: Path) -> None:
    source = _word(tmp_path / "bai.docx")
    docs, photos = tmp_path / "docs", tmp_path / "anh"
    day = dt.date(2025, 2, 20)
    first = import_docx(source, docs_dir=docs, photos_dir=photos, date=day)
    text = first.post.read_text(encoding="utf-8")
    second = import_docx(source, docs_dir=docs, photos_dir=photos, date=day)
    assert first.post.read_text(encoding="utf-8") == text
    assert second.post != first.post
    assert "slug: hien-mau-tinh-nguyen\n" in text
    assert f"slug: {second.post.stem}\n" in second.post.read_text(encoding="utf-8")
    assert second.post.stem == "hien-mau-tinh-nguyen-2"
    assert any(
        "đã có tin dùng địa chỉ 'hien-mau-tinh-nguyen' (docs/tin-tuc/posts/hien-mau-tinh-nguyen.md)"
        in w
        for w in second.warnings
    )


@pytest.mark.build
def test_addresses_survive_title_and_slug_changes(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = scratch(tmp_path / "c")
    site = root / "site"
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-20")
    assert main(["-C", str(root), "new", "news", "Lễ phát động"]) == 0
    path = root / "docs" / NEWS_DIR / "le-phat-dong.md"
    old = site / "tin-tuc/2025/02/le-phat-dong/index.html"
    assert main(["-C", str(root), "build"]) == 0
    assert "Lễ phát động" in old.read_text(encoding="utf-8")

    # The title changes: the pinned slug keeps the address.
    path.write_text(
        path.read_text(encoding="utf-8").replace("Lễ phát động", "Lễ phát động thi đua"), "utf-8"
    )
    assert main(["-C", str(root), "build"]) == 0
    assert "Lễ phát động thi đua" in old.read_text(encoding="utf-8")
    assert not (site / "tin-tuc/2025/02/le-phat-dong-thi-dua").exists()

    # The slug changes: the old address sends readers to the new one.
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("slug: le-phat-dong ", "slug: phat-dong-thi-dua "), "utf-8")
    assert main(["-C", str(root), "build"]) == 0
    new = site / "tin-tuc/2025/02/phat-dong-thi-dua/index.html"
    assert "Lễ phát động thi đua" in new.read_text(encoding="utf-8")
    redirect = old.read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../phat-dong-thi-dua/">' in redirect
    assert '<a href="../phat-dong-thi-dua/">' in redirect
    canonical = "https://thaythuoc70.vanquan.example/tin-tuc/2025/02/phat-dong-thi-dua/"
    assert f'<link rel="canonical" href="{canonical}">' in redirect
    assert '<meta name="robots" content="noindex">' in redirect
    assert "<script" not in redirect and "style" not in redirect
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "phat-dong-thi-dua/" in sitemap and "le-phat-dong/" not in sitemap
    register = (root / REGISTER).read_text(encoding="utf-8")
    history = (
        "docs/tin-tuc/posts/le-phat-dong.md:\n"
        "  - /tin-tuc/2025/02/le-phat-dong/\n"
        "  - /tin-tuc/2025/02/phat-dong-thi-dua/\n"
    )
    assert history in register
    # The register the build wrote is part of what it was built from: nothing to do now.
    capsys.readouterr()
    assert main(["-C", str(root), "build"]) == 0
    assert "Không có gì thay đổi" in capsys.readouterr().out

    # A new post takes the old address: the live page wins, the register keeps the history.
    post(root, "khac", "Bài khác", "2025-02-21", "slug: le-phat-dong\n")
    assert main(["-C", str(root), "build"]) == 0
    assert "Bài khác" in old.read_text(encoding="utf-8")
    assert (
        "Lưu ý: địa chỉ cũ /tin-tuc/2025/02/le-phat-dong/ của docs/tin-tuc/posts/le-phat-dong.md "
        "nay là của một trang khác: không chuyển tiếp" in caplog.messages
    )
    assert history in (root / REGISTER).read_text(encoding="utf-8")


@pytest.mark.build
def test_a_build_that_adds_no_address_leaves_the_register_as_the_user_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A register kept in git with its own layout (a Windows checkout's BOM and CRLF, a
    comment, files in another order) is not rewritten by builds that publish no new
    address: same bytes, same date, `git status` stays clean."""
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-20")
    root = scratch(tmp_path / "c")
    page = post(root, "a", "Tin A", extra="slug: tin-a\n")
    assert main(["-C", str(root), "build"]) == 0
    written = (root / REGISTER).read_text(encoding="utf-8")
    assert "docs/tin-tuc/posts/a.md:\n  - /tin-tuc/2025/02/tin-a/\n" in written
    lines = written.splitlines()
    start = lines.index("docs/tin-tuc/posts/a.md:")
    kept = ["# Giữ trong git.", *lines[start : start + 2], *lines[:start], *lines[start + 2 :]]
    mine = ("\ufeff" + "\r\n".join(kept) + "\r\n").encode("utf-8")
    (root / REGISTER).write_bytes(mine)
    os.utime(root / REGISTER, ns=(1_000_000_000, 1_000_000_000))
    for edit in ("Nội dung sửa lần một.", "Nội dung sửa lần hai."):
        page.write_text(page.read_text(encoding="utf-8") + edit + "\n", encoding="utf-8")
        assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
        assert edit in (root / "site/tin-tuc/2025/02/tin-a/index.html").read_text("utf-8")
        assert (root / REGISTER).read_bytes() == mine
        assert (root / REGISTER).stat().st_mtime_ns == 1_000_000_000
    assert main(["-C", str(root), "build", "--force"]) == 0
    assert (root / REGISTER).read_bytes() == mine
    # A new address is recorded: the register is written again, the history kept.
    post(root, "b", "Tin B", extra="slug: tin-b\n")
    assert main(["-C", str(root), "build"]) == 0
    after = (root / REGISTER).read_text(encoding="utf-8")
    assert "docs/tin-tuc/posts/b.md:\n  - /tin-tuc/2025/02/tin-b/\n" in after
    assert "docs/tin-tuc/posts/a.md:\n  - /tin-tuc/2025/02/tin-a/\n" in after


@pytest.mark.build
def test_a_check_writes_no_register(tmp_path: Path) -> None:
    root = scratch(tmp_path / "c")
    post(root, "a", "Tin A")
    assert main(["-C", str(root), "check"]) == 0
    assert not (root / REGISTER).exists()


def test_moved_files_keep_their_history() -> None:
    register = {
        "docs/tin-tuc/posts/cu.md": ["/tin-tuc/2025/02/a/"],
        "docs/gioi-thieu.md": ["/gioi-thieu/"],
        "docs/xoa.md": ["/xoa/"],
    }
    current = {
        # A post file renamed: its address does not follow the file name.
        "docs/tin-tuc/posts/moi.md": "/tin-tuc/2025/02/a/",
        # A page moved to another folder: same file name.
        "docs/ve-chung-toi/gioi-thieu.md": "/ve-chung-toi/gioi-thieu/",
    }
    merged = merge(register, current)
    assert merged == {
        "docs/tin-tuc/posts/moi.md": ["/tin-tuc/2025/02/a/"],
        "docs/ve-chung-toi/gioi-thieu.md": ["/gioi-thieu/", "/ve-chung-toi/gioi-thieu/"],
        "docs/xoa.md": ["/xoa/"],  # kept: the file may come back
    }
    found, notices = redirects(merged, current, live=["index.html"])
    assert [(r.old, r.new) for r in found] == [("/gioi-thieu/", "/ve-chung-toi/gioi-thieu/")]
    assert notices == []
    assert merge(merged, current) == merged
    text = render_register(merged)
    assert text.index("docs/tin-tuc") < text.index("docs/ve-chung-toi") < text.index("docs/xoa")
    assert dest_of("/a/b/") == "a/b/index.html" and dest_of("/a/b") == "a/b/index.html"
    assert dest_of("/a.html") == "a.html" and dest_of("/") == "index.html"


def test_a_broken_register_is_located(tmp_path: Path) -> None:
    (tmp_path / REGISTER).write_text(
        "docs/a.md:\n  - /a/\n  - https://khac.example/\ndocs/b.md:\n  - /../etc/\n", "utf-8"
    )
    with pytest.raises(ContentError) as error:
        load_register(tmp_path)
    found = [str(p) for p in error.value.problems]
    assert found[0].startswith(f"{REGISTER}:3: docs/a.md: cần địa chỉ trong trang bắt đầu bằng '/'")
    assert found[0].endswith("nhận được 'https://khac.example/'")
    assert found[1].startswith(f"{REGISTER}:5: docs/b.md: ")


def test_a_register_parsed_before_comes_from_the_cache_and_its_problems_still_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import campaign.content.yamlcache as yamlcache

    cache = tmp_path / "cache" / "dia-chi.pickle"
    good = "docs/a.md:\n  - /a/\n  - /cu/\ndocs/b.md: /b/\n"
    (tmp_path / REGISTER).write_text(good, "utf-8")
    first = load_register(tmp_path, cache)
    assert first == {"docs/a.md": ["/a/", "/cu/"], "docs/b.md": ["/b/"]}
    assert cache.is_file()
    parses: list[str] = []
    real = yamlcache.load_yaml

    def counting(text: str, file: str, line_offset: int = 0) -> Any:
        parses.append(file)
        return real(text, file, line_offset)

    monkeypatch.setattr(yamlcache, "load_yaml", counting)
    assert load_register(tmp_path, cache) == first
    assert parses == [], "the same text: not parsed again"
    (tmp_path / REGISTER).write_text(good.replace("/cu/", "https://khac.example/"), "utf-8")
    for _ in range(2):  # parsed once, the wrong address said on every run
        with pytest.raises(ContentError) as error:
            load_register(tmp_path, cache)
        assert str(error.value.problems[0]).startswith(f"{REGISTER}:3: docs/a.md: ")
    assert parses == [REGISTER]
    (tmp_path / REGISTER).write_text("docs/a.md: [/a/\n", "utf-8")
    for _ in range(2):  # YAML that does not parse is never kept: parsed and said every run
        with pytest.raises(ContentError) as error:
            load_register(tmp_path, cache)
        assert str(error.value.problems[0]).startswith(f"{REGISTER}:")
    assert parses == [REGISTER] * 3


def test_an_old_address_inside_a_file_of_the_site_is_located(tmp_path: Path) -> None:
    # A redirect page in "index.html/" stopped the build ("Is a directory", in English).
    (tmp_path / REGISTER).write_text(
        "docs/a.md:\n  - /a/\n  - /index.html/\n  - /sitemap.xml/x/\n  - /./\n"
        "  - /cu.html\n  - /v1.2/\n",
        "utf-8",
    )
    with pytest.raises(ContentError) as error:
        load_register(tmp_path)
    found = [str(p) for p in error.value.problems]
    assert len(found) == 3
    assert found[0] == (
        f"{REGISTER}:3: docs/a.md: cần địa chỉ một trang, không phải tệp của trang "
        "(ví dụ /tin-tuc/), nhận được '/index.html/'"
    )
    assert found[1].startswith(f"{REGISTER}:4: ") and found[2].startswith(f"{REGISTER}:5: ")


def test_the_flagship_and_example_registers_are_committed(built: Path, built_example: Path) -> None:
    """A campaign folder in git carries its register: a build from a clean copy writes the same."""
    for site, folder in ((built, ROOT), (built_example, EXAMPLE)):
        assert (site.parent / REGISTER).read_text("utf-8") == (folder / REGISTER).read_text("utf-8")


def test_new_profile_takes_a_free_address(tmp_path: Path) -> None:
    folder = tmp_path / "docs" / "guong-dien-hinh"
    (folder / "nguyen-van-a").mkdir(parents=True)  # a page at nguyen-van-a/index.md
    assert new_profile(tmp_path / "docs", "Nguyễn Văn A").name == "nguyen-van-a-2.md"
    assert new_profile(tmp_path / "docs", "Index").name == "index-2.md"  # not the profile index


@pytest.mark.build
def test_a_missing_news_index_is_reported_not_written(tmp_path: Path) -> None:
    """Material's blog would create docs/tin-tuc/index.md: a build never writes into docs/."""
    root = scratch(tmp_path / "c")
    post(root, "a", "Tin A")
    (root / "docs" / "tin-tuc" / "index.md").unlink()
    before = sorted(p.relative_to(root) for p in (root / "docs").rglob("*"))
    assert main(["-C", str(root), "build"]) == 1
    assert sorted(p.relative_to(root) for p in (root / "docs").rglob("*")) == before
    assert not (root / "site").exists()


def test_new_news_makes_the_news_index_once(tmp_path: Path) -> None:
    root = scratch(tmp_path / "c")
    index = root / "docs" / "tin-tuc" / "index.md"
    index.unlink()
    assert main(["-C", str(root), "new", "news", "Tin một"]) == 0
    made = index.read_text(encoding="utf-8")
    assert made.startswith("# Tin tức")
    index.write_text("# Tin của xã\n", encoding="utf-8")
    assert main(["-C", str(root), "new", "news", "Tin hai"]) == 0
    assert index.read_text(encoding="utf-8") == "# Tin của xã\n"  # never replaced


@pytest.mark.build
def test_no_news_folder_means_no_news_section_and_nothing_written(tmp_path: Path) -> None:
    root = scratch(tmp_path / "c")
    shutil.rmtree(root / "docs" / "tin-tuc")
    assert main(["-C", str(root), "build"]) == 0
    assert not (root / "docs" / "tin-tuc").exists()
    assert not (root / "site" / "tin-tuc").exists()
