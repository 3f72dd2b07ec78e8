"""One front-matter splitter, the one the site build has.

``campaign.content.frontmatter.split_front_matter`` is what the page checks, the
editor, the preview, the address book and the bulletin reader (``file_lines``) use;
it must split a page exactly where MkDocs does (``mkdocs.utils.meta``, also used by
Material's blog), on the text as MkDocs reads a page file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from mkdocs.structure.files import File
from mkdocs.utils import meta

from campaign.broadcast.markup import file_lines
from campaign.content.frontmatter import FRONT_MATTER, read_document, split_front_matter

BOM = "\ufeff"

# (name, file content): front matter as editors and tools save it.
PAGES = [
    ("plain", "---\ntitle: Giới thiệu\n---\n\nThân bài.\n"),
    ("bom", BOM + "---\ntitle: Giới thiệu\n---\n\nThân bài.\n"),
    ("crlf", "---\r\ntitle: Giới thiệu\r\n---\r\n\r\nThân bài.\r\n"),
    ("bom-crlf", BOM + "---\r\ntitle: Giới thiệu\r\n---\r\nThân bài.\r\n"),
    ("old-mac-cr", "---\rtitle: Giới thiệu\r---\rThân bài.\r"),
    ("dots-close", "---\ntitle: Giới thiệu\n...\nThân bài.\n"),
    ("spaces-after-fences", "--- \t\ntitle: Giới thiệu\n---  \nThân bài.\n"),
    ("dashes-in-body", "---\ntitle: Giới thiệu\n---\nMột\n\n---\n\nHai\n"),
    ("only-front-matter", "---\ntitle: Giới thiệu\n---\n"),
    ("no-front-matter", "# Giới thiệu\n\nThân bài.\n"),
    ("empty", "---\n---\nThân bài.\n"),
    ("empty-blank-line", "---\n\n---\nThân bài.\n"),
    ("closed-at-end-of-file", "---\ntitle: Giới thiệu\n---"),
    ("never-closed", "---\ntitle: Giới thiệu\n\nThân bài.\n"),
    ("four-dashes", "----\ntitle: Giới thiệu\n----\nThân bài.\n"),
    ("dots-open", "...\ntitle: Giới thiệu\n...\nThân bài.\n"),
]


def _as_mkdocs_reads(tmp_path: Path, content: str) -> tuple[str, dict[str, object]]:
    """``(markdown, meta)`` as MkDocs reads the page file: ``File.content_string``
    (UTF-8 without a BOM, universal newlines), then ``meta.get_data``."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "trang.md").write_bytes(content.encode("utf-8"))
    file = File("trang.md", str(tmp_path / "docs"), str(tmp_path / "site"), True)
    return meta.get_data(file.content_string)


def test_the_pattern_is_mkdocs_own() -> None:
    assert FRONT_MATTER.pattern == meta.YAML_RE.pattern
    assert FRONT_MATTER.flags == meta.YAML_RE.flags


@pytest.mark.parametrize(("name", "content"), PAGES, ids=[name for name, _ in PAGES])
def test_split_where_mkdocs_splits(tmp_path: Path, name: str, content: str) -> None:
    markdown, data = _as_mkdocs_reads(tmp_path, content)
    front, body = split_front_matter(content)
    if data:
        assert front is not None and yaml.safe_load(front) == data
        assert body.lstrip("\n") == markdown  # the build drops the blank lines after
    else:
        # No front matter for the build: the page shows its first lines as text,
        # or (empty, a list) MkDocs found the fences but took nothing from them.
        assert front is None or not isinstance(yaml.safe_load(front), dict)
        if front is None:
            assert body == markdown


def test_the_cases_split_as_written() -> None:
    """What the table above covers, written out (so that a change in MkDocs shows)."""
    assert split_front_matter(BOM + "---\r\ntitle: x\r\n---\r\n\r\nThân\r\n") == (
        "title: x\n",
        "\nThân\n",
    )
    assert split_front_matter("---\ntitle: x\n...\nThân\n") == ("title: x\n", "Thân\n")
    assert split_front_matter("---\n\n---\nThân\n") == ("\n", "Thân\n")
    assert split_front_matter("---\n---\nThân\n") == (None, "---\n---\nThân\n")
    assert split_front_matter("---\ntitle: x\n---") == (None, "---\ntitle: x\n---")
    assert split_front_matter("...\ntitle: x\n...\n")[0] is None


def _problems(tmp_path: Path, content: str) -> list[str]:
    path = tmp_path / "trang.md"
    path.write_bytes(content.encode("utf-8"))
    from campaign.content.cleanup import decode_source

    text, _ = decode_source(path.read_bytes())
    assert text == content.removeprefix(BOM).replace("\r\n", "\n").replace("\r", "\n")
    document, problems = read_document(path, "trang.md", "docs/trang.md")
    found = [str(p) for p in problems]
    assert (document is None) == bool(found)
    return found


@pytest.mark.parametrize(
    "content",
    [
        BOM + "---\ntitle: Giới thiệu\n---\nThân bài.\n",
        "---\r\ntitle: Giới thiệu\r\n---\r\nThân bài.\r\n",
        "---\ntitle: Giới thiệu\n...\nThân bài.\n",
        "---\ntitle: Giới thiệu\n---\n",
        "# Giới thiệu\n",
        "----\n\nThân bài.\n",  # a rule, not front matter, as for the build
    ],
)
def test_pages_the_build_reads_are_accepted(tmp_path: Path, content: str) -> None:
    assert _problems(tmp_path, content) == []


def test_a_page_the_build_reads_keeps_its_title_and_body_lines(tmp_path: Path) -> None:
    path = tmp_path / "trang.md"
    path.write_bytes((BOM + "---\r\ntitle: Giới thiệu\r\n...\r\n\r\nThân bài.\r\n").encode())
    document, problems = read_document(path, "trang.md", "docs/trang.md")
    assert problems == [] and document is not None
    assert document.meta.model_dump()["title"] == "Giới thiệu"
    assert document.body == "\nThân bài.\n"
    assert document.body_start == 4 and document.line("title") == 2


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "---\n---\nThân bài.\n",
            "docs/trang.md:2: phần đầu trang trống: ghi các dòng 'tên: giá trị' "
            "giữa hai dòng '---'",
        ),
        (
            "---\n\n---\nThân bài.\n",
            "docs/trang.md:2: phần đầu trang trống: ghi các dòng 'tên: giá trị' "
            "giữa hai dòng '---'",
        ),
        (
            "---\n# chưa có gì\n---\nThân bài.\n",
            "docs/trang.md:2: phần đầu trang trống: ghi các dòng 'tên: giá trị' "
            "giữa hai dòng '---'",
        ),
        (
            "---\n- Giới thiệu\n---\nThân bài.\n",
            "docs/trang.md:2: phần đầu trang cần các dòng 'tên: giá trị'",
        ),
        (
            "---\ntitle: Giới thiệu\n---",
            "docs/trang.md:3: dòng '---' đóng phần đầu trang là dòng cuối tệp mà không "
            "xuống dòng, nên trang dựng không nhận phần đầu này: thêm một dòng sau nó",
        ),
        (
            "---\ntitle: Giới thiệu\n\nThân bài.\n",
            "docs/trang.md:1: phần đầu trang mở bằng '---' nhưng chưa đóng",
        ),
    ],
)
def test_front_matter_the_build_would_show_as_text_is_refused(
    tmp_path: Path, content: str, expected: str
) -> None:
    markdown, data = _as_mkdocs_reads(tmp_path, content)
    assert data == {} and markdown.startswith("---")  # the page would show its fences
    assert _problems(tmp_path, content) == [expected]


@pytest.mark.parametrize(
    "content",
    [
        "---\ntitle: Tin mới\ndate: 2025-02-10\n---\nThân bài.\n",
        BOM + "---\r\ntitle: Tin mới\r\ndate: 2025-02-10\r\n---\r\nThân bài.\r\n",
        "---\ntitle: Tin mới\ndate: 2025-02-10\n...\nThân bài.\n",
    ],
)
def test_the_bulletin_reader_hears_the_title_and_body_only(content: str) -> None:
    lines = file_lines(content)
    assert lines == ["", "       Tin mới", "", "", "Thân bài.", ""]


def test_the_bulletin_reader_hears_what_the_build_shows(tmp_path: Path) -> None:
    # No line end after the closing fence: the build shows these lines as text.
    assert file_lines("---\ntitle: Tin mới\n---") == ["---", "title: Tin mới", "---"]
