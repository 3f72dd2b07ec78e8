"""A title with a character the share card's font lacks (an emoji) is said, located:
the card left it out silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.frontmatter import read_document
from campaign.media.fit import drawable, undrawable
from campaign.media.ogcard import title_notes

from ..conftest import EXAMPLE_DATE
from ..test_navtree import _campaign


def test_what_the_card_leaves_out_is_named_once_without_invisible_parts() -> None:
    title = "Chúc mừng 🎉🎉 ngày hội 👍🏻 ❤️ Đà Nẵng 中"
    assert undrawable(title) == ["🎉", "👍", "❤", "中"]  # no skin tone, no U+FE0F
    assert drawable(title) == "Chúc mừng ngày hội Đà Nẵng"
    assert undrawable("Tiếng Việt đủ dấu: Ỹ ỵ Ặ ẫ, “ngoặc” – 27/02 ₫ €") == []


def _doc(tmp_path: Path, name: str, text: str) -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document, problems = read_document(path, name, f"docs/{name}")
    assert document is not None, problems
    return document


def test_titles_are_located_in_the_front_matter_or_at_the_heading(tmp_path: Path) -> None:
    documents = [
        _doc(tmp_path, "a.md", "---\ndescription: x\ntitle: Vui 🎉 lắm\n---\n\nx\n"),
        _doc(tmp_path, "b.md", "---\ndescription: x\n---\n\nMở đầu.\n\n# Hỏi ✅ đáp ✅\n"),
        _doc(tmp_path, "c.md", "# Không có gì lạ\n"),
    ]
    notes = title_notes(documents)  # type: ignore[arg-type]
    assert notes == [
        "docs/a.md:3: title: ảnh chia sẻ của trang (Facebook, Zalo) không vẽ được '🎉' "
        "(U+1F389): phông chữ Be Vietnam Pro không có, ảnh sẽ bỏ ký tự này (trang vẫn hiện đủ)",
        "docs/b.md:7: tiêu đề: ảnh chia sẻ của trang (Facebook, Zalo) không vẽ được '✅' "
        "(U+2705): phông chữ Be Vietnam Pro không có, ảnh sẽ bỏ ký tự này (trang vẫn hiện đủ)",
    ]


@pytest.mark.build
def test_check_and_build_say_which_title_loses_which_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    root = _campaign(tmp_path / "c")
    (root / "docs" / "huong-dan" / "b.md").write_text("# Làm căn cước 🪪\n\nx\n", "utf-8")
    said = (
        "Lưu ý: docs/huong-dan/b.md:1: tiêu đề: ảnh chia sẻ của trang (Facebook, Zalo) "
        "không vẽ được '🪪' (U+1FAAA)"
    )
    for command in ("check", "build"):
        assert main(["-C", str(root), command]) == 0
        err = capsys.readouterr().err
        assert said in err and err.count("ảnh chia sẻ của trang") == 1, err


@pytest.mark.build
def test_the_preview_says_them_too_and_again_after_a_title_changes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`campaign serve` said nothing of what the share cards leave out: its builds
    go through the plugin, which now says it as `campaign build` does, on every
    full build (a title edited to carry an emoji is said when it is saved)."""
    from campaign.adapter.serve import Preview
    from campaign.project import load_project

    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    root = _campaign(tmp_path / "c")
    page = root / "docs" / "huong-dan" / "b.md"
    page.write_text("# Làm căn cước 🪪\n\nx\n", "utf-8")
    said = (
        "Lưu ý: docs/huong-dan/b.md:1: tiêu đề: ảnh chia sẻ của trang (Facebook, Zalo) "
        "không vẽ được '🪪' (U+1FAAA)"
    )
    # As `campaign serve` starts it: the project loaded by the command, no kit.
    preview = Preview(root / "mkdocs.yml", tmp_path / "live", "", (load_project(root), None))
    with caplog.at_level("INFO"):
        preview.full()
    assert caplog.text.count(said) == 1, caplog.text
    caplog.clear()
    page.write_text("# Làm căn cước ✅\n\nx\n", "utf-8")
    with caplog.at_level("INFO"):
        preview.rebuild()
    assert not preview.problems and "🪪" not in caplog.text
    assert "không vẽ được '✅' (U+2705)" in caplog.text, caplog.text
