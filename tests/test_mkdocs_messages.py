"""What MkDocs says about a mistake in ``mkdocs.yml`` reaches the user in Vietnamese, as
``mkdocs.yml:line: key: …``: its own messages are English and name no line.

The messages are MkDocs' real ones: each case loads a mistaken ``mkdocs.yml``
with MkDocs' own ``load_config`` (no site is built) and reads what it logged
through the build's collector.
"""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from campaign.adapter.build import _Collect
from campaign.content.siteconfig import nav_reference_problem, syntax_problem

from .conftest import EXAMPLE


def _said(root: Path, edit: tuple[str, str]) -> list[str]:
    for name in ("mkdocs.yml", "campaign.yml"):
        shutil.copy(EXAMPLE / name, root / name)
    (root / "docs").mkdir()
    (root / "docs" / "index.md").write_text("# x\n", encoding="utf-8")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert edit[0] in text
    config.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    collector = _Collect(config)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        with pytest.raises(MkDocsException):
            load_config(str(config), strict=True)
    finally:
        logger.removeHandler(collector)
    return collector.messages


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (
            ("use_directory_urls: true\n", "use_directory_urls: true\nthme: x\n"),
            "mkdocs.yml:14: thme: trường lạ 'thme'",
        ),
        (
            ("  - campaign.yml\n", "  - campaign.yml\n  - anh\n"),
            "mkdocs.yml:13: watch: cần tệp hoặc thư mục có trong thư mục chiến dịch, "
            "nhận được 'anh' (không có)",
        ),
        (
            ("  - campaign\n", "  - campaing\n"),
            "mkdocs.yml:34: plugins: trình cắm 'campaing' không có",
        ),
        (
            ("use_directory_urls: true", 'use_directory_urls: "có"'),
            "mkdocs.yml:13: use_directory_urls: cần giá trị kiểu true/false, nhận được kiểu chữ",
        ),
        (
            ("      lang: vi\n", "      langg: vi\n"),
            "mkdocs.yml:32: plugins: material/search: langg: trường lạ 'langg'",
        ),
        (("  name: material\n", "  name: materia\n"), "mkdocs.yml:16: theme: giao diện 'materia'"),
        (
            ("site_url: https://chithi06.example/", "site_url: chithi06.example"),
            "mkdocs.yml:6: site_url: cần địa chỉ trang đầy đủ, bắt đầu bằng https://",
        ),
        (
            ("  - admonition\n", "  - admonitoin\n"),
            "mkdocs.yml:60: markdown_extensions: phần mở rộng Markdown 'admonitoin' không có",
        ),
        (
            ("      permalink: false\n", "      permalink: false\n      permalink_tilte: x\n"),
            "mkdocs.yml:67: markdown_extensions: phần mở rộng Markdown 'toc' không có tùy chọn "
            "'permalink_tilte' (tên viết sai?)",
        ),
        (
            ("      permalink: false\n", "      permalink: false\n      toc_depth: [1, 2]\n"),
            "mkdocs.yml:65: markdown_extensions: phần mở rộng Markdown 'toc' không nhận giá trị "
            "đã ghi cho tùy chọn của nó (MkDocs: ",
        ),
        (
            ("  font: false\n", "  font: false\n  custom_dir: overrides\n"),
            "mkdocs.yml:19: theme: thư mục mẫu giao diện custom_dir 'overrides' không có",
        ),
    ],
    ids=[
        "unknown-key",
        "watch-missing-folder",
        "plugin-typo",
        "wrong-type",
        "plugin-option",
        "theme-typo",
        "site-url",
        "extension-typo",
        "extension-option-typo",
        "extension-option-value",
        "custom-dir-missing",
    ],
)
def test_a_refused_setting_is_located_and_said_in_vietnamese(
    tmp_path: Path, edit: tuple[str, str], said: str
) -> None:
    messages = _said(tmp_path, edit)
    assert any(m.startswith(said) for m in messages), messages
    assert not any("Config value" in m or "Unrecognised" in m for m in messages), messages


def test_yaml_that_does_not_parse_is_located() -> None:
    text = (EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8")
    broken = text.replace("site_name: Tổng kết", 'site_name: "Tổng kết', 1)
    problem = syntax_problem(broken)
    assert problem is not None and str(problem).startswith("mkdocs.yml:4: ")
    assert "ngoặc kép" in problem.message
    assert syntax_problem(text) is None  # MkDocs' own tags (!!python/name:) parse


@pytest.mark.parametrize(
    ("config", "line"),
    [
        ("nav:\n  - gioi-thieu.md\n  - thieu.md\n", 3),
        # A comment after the entry, as people note a page they have yet to write.
        ("nav:\n  - Giới thiệu: gioi-thieu.md\n  - Trang mới: thieu.md  # viết sau\n", 3),
        ("site_name: x\nnav: [index.md, thieu.md]\n", 2),
        ("nav:\n  - 'thieu.md' # viết sau\n", 2),
    ],
)
def test_a_page_the_nav_names_but_docs_lacks_is_located(config: str, line: int) -> None:
    message = (
        "A reference to 'thieu.md' is included in the 'nav' configuration, which is not "
        "found in the documentation files."
    )
    problem = nav_reference_problem(message, config)
    assert problem is not None
    assert str(problem).startswith(f"mkdocs.yml:{line}: nav: ")


def test_pages_missing_from_a_written_nav_are_named_one_a_line(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "trang-moi.md").write_text("# x\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav:\n  - index.md\n", "utf-8")
    collector = _Collect(tmp_path / "mkdocs.yml")
    collector.emit(
        logging.LogRecord(
            "mkdocs.structure.nav",
            logging.INFO,
            "",
            0,
            "The following pages exist in the docs directory, but are not included in the "
            '"nav" configuration:\n  - trang-moi.md\n  - truyen-thanh/index.md',
            None,
            None,
        )
    )
    (said,) = collector.messages
    first, second = said.split("\n  - ")
    assert first.startswith("docs/trang-moi.md: không có trong mục nav: của mkdocs.yml")
    assert second.startswith("trang tạo tự động truyen-thanh/index.md: không có trong mục nav:")


@pytest.mark.parametrize(
    ("logged", "shown"),
    [
        ("Cleaning site directory", None),
        ("Building documentation to directory: /tmp/x/site", None),
        ("Documentation built in 0.56 seconds", "Đã dựng trang xem trước (0.56 giây)"),
        (
            "[14:43:50] Watching paths for changes: 'docs', 'mkdocs.yml'",
            "[14:43:50] Theo dõi thay đổi trong: 'docs', 'mkdocs.yml'",
        ),
        (
            "[14:43:50] Serving on http://127.0.0.1:8000/",
            "[14:43:50] Xem trước tại http://127.0.0.1:8000/ (Ctrl-C để dừng)",
        ),
        ("[14:44:02] Detected file changes", "[14:44:02] Có tệp vừa thay đổi"),
        ("Reloading browsers", "Tải lại trang trên trình duyệt"),
        ("Đã dựng lại 1 trang (0.41 giây)", "Đã dựng lại 1 trang (0.41 giây)"),
    ],
)
def test_the_preview_says_mkdocs_lines_in_vietnamese(logged: str, shown: str | None) -> None:
    """What `campaign serve` prints for MkDocs' own INFO lines (their wording in MkDocs
    1.6.1: commands/build.py, livereload/__init__.py, with livereload's clock)."""
    import logging

    from campaign.adapter.serve import _in_vietnamese

    record = logging.LogRecord("mkdocs", logging.INFO, "", 0, logged, None, None)
    kept = _in_vietnamese(record)
    assert (record.getMessage() if kept else None) == shown


def test_the_preview_locates_a_refused_setting(tmp_path: Path) -> None:
    """`campaign serve` goes on past an unknown key (MkDocs warns, not strict): said
    located, in Vietnamese, like a build says it."""
    from campaign.adapter.serve import _in_vietnamese

    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nthme: y\n", encoding="utf-8")
    message = "Config value 'thme': Unrecognised configuration name: thme"
    record = logging.LogRecord("mkdocs", logging.WARNING, "", 0, message, None, None)
    assert _in_vietnamese(record, _Collect(config).vietnamese)
    assert record.getMessage().startswith("mkdocs.yml:2: thme: trường lạ 'thme'")


@pytest.mark.parametrize(
    ("logged", "said"),
    [
        (
            "Doc file 'a.md' contains an unrecognized relative link 'hoat-dong/', it was left as "
            "is. Did you mean 'hoat-dong/index.md'?",
            "docs/a.md:4: liên kết 'hoat-dong/' không trỏ tới tệp nào: liên kết tới một trang "
            "ghi tên tệp .md của trang đó (ví dụ 'muc/index.md', 'ten-trang.md'); có phải ý bạn "
            "là 'hoat-dong/index.md'?",
        ),
        (
            "Doc file 'a.md' contains a link '#muc-khong-co', but there is no such anchor on "
            "this page.",
            "docs/a.md:3: liên kết '#muc-khong-co': trang này không có mục đó (đề mục hay chú "
            "thích có mã này)",
        ),
        (
            "Doc file 'a.md' contains a link 'khong-co.md', but the target is not found among "
            "documentation files.",
            "docs/a.md:3: liên kết 'khong-co.md' trỏ tới trang không tồn tại",
        ),
        (
            "Doc file 'a.md' contains an absolute link '/tuyet-doi/', it was left as is.",
            "docs/a.md:4: liên kết tuyệt đối '/tuyet-doi/': hãy dùng đường dẫn tương đối "
            "tới tệp .md",
        ),
    ],
)
def test_a_broken_link_is_said_at_its_line(tmp_path: Path, logged: str, said: str) -> None:
    """MkDocs' link messages (mkdocs/structure/pages.py, 1.6.1) name the page, not the line."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(
        "# A\n\n[x](khong-co.md) [y](#muc-khong-co)\n[z](hoat-dong/) [t](/tuyet-doi/)\n", "utf-8"
    )
    collector = _Collect(tmp_path / "mkdocs.yml")
    collector.emit(logging.LogRecord("mkdocs", logging.WARNING, "", 0, logged, None, None))
    assert collector.messages == [said]


def _checked(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str = "check") -> str:
    from campaign.cli import main

    assert main(["-C", str(tmp_path), command]) == 1
    return capsys.readouterr().err


def _example(root: Path) -> Path:
    shutil.copytree(
        EXAMPLE, root, ignore=shutil.ignore_patterns("site", ".cache"), dirs_exist_ok=True
    )
    return root


@pytest.mark.build
def test_real_mistakes_in_pages_are_said_in_vietnamese_at_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What MkDocs and Material really log for mistakes staff make in pages, through
    `campaign check`: a photo or a file that is not there, a README beside an index
    page, a post's `links:` to nothing, a `template:` the theme lacks."""
    from .conftest import EXAMPLE_DATE, ROOT

    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    root = _example(tmp_path)
    docs = root / "docs"
    (docs / "anh-thu.md").write_text(
        "# Ảnh\n\n![Ảnh](khong-co.png)\n\n[tệp](tai-lieu.pdf) [trang](khong-co.md)\n", "utf-8"
    )
    (docs / "huong-dan").mkdir()
    (docs / "huong-dan" / "index.md").write_text("# Hướng dẫn\n", "utf-8")
    (docs / "huong-dan" / "README.md").write_text("# Đọc tôi\n", "utf-8")
    about = docs / "gioi-thieu.md"
    about.write_text(about.read_text("utf-8").replace("about.html", "rieng.html"), "utf-8")
    (docs / "tin-tuc" / "posts").mkdir(parents=True)
    shutil.copy(ROOT / "docs" / "tin-tuc" / "index.md", docs / "tin-tuc" / "index.md")
    (docs / "tin-tuc" / "posts" / "tin.md").write_text(
        "---\ntitle: Tin thử\ndate: 2023-05-01\nsummary: Tóm tắt.\nlinks:\n  - khong-co.md\n"
        "  - gioi-thieu.md#muc-khong-co\n---\n\nNội dung.\n",
        "utf-8",
    )
    err = _checked(root, capsys)
    for said in (
        "docs/anh-thu.md:3: ảnh 'khong-co.png' không có trong docs/: để ảnh trong thư mục anh/",
        "docs/anh-thu.md:5: liên kết 'tai-lieu.pdf' trỏ tới tệp không có trong docs/",
        "docs/anh-thu.md:5: liên kết 'khong-co.md' trỏ tới trang không tồn tại",
        "docs/huong-dan/README.md: cùng thư mục có index.md, hai trang cùng một địa chỉ",
        "docs/gioi-thieu.md:4: template: không có mẫu trang 'rieng.html'",
        "docs/tin-tuc/posts/tin.md:6: links: không có trang hay tệp 'khong-co.md' trong docs/",
        "docs/tin-tuc/posts/tin.md:7: links: trang 'gioi-thieu.md' không có mục 'muc-khong-co'",
    ):
        assert f"  - {said}" in err, err
    assert "README.md' (không có tệp" not in err  # the engine's nav leaves the README out
    assert not re.search(r"\b(?:contains|Excluding|Couldn't|Error)\b", err), err
    # A build says the template with the same words (it fails on it, check does not render).
    for name in ("anh-thu.md", "huong-dan/README.md", "tin-tuc/posts/tin.md"):
        (docs / name).unlink()
    err = _checked(root, capsys, "build")
    assert "docs/gioi-thieu.md:4: template: không có mẫu trang 'rieng.html'" in err, err
    assert "lỗi hệ thống" not in err


@pytest.mark.build
def test_a_language_material_lacks_is_said_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Material looks for partials/languages/vn.html: a TemplateNotFound, an OSError,
    was said "lỗi hệ thống ?"."""
    from .conftest import EXAMPLE_DATE

    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    root = _example(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("language: vi", "language: vn"), "utf-8")
    err = _checked(root, capsys)
    assert (
        "Kiểm tra thất bại: mkdocs.yml:17: theme.language: giao diện Material không có ngôn ngữ "
        "'vn'; tiếng Việt là 'vi'" in err
    ), err


@pytest.mark.parametrize(
    ("logger", "logged", "said"),
    [
        (
            "mkdocs.structure.nav",
            "An absolute path to '/gioi-thieu/' is included in the 'nav' configuration, "
            "which presumably points to an external resource.",
            "mkdocs.yml:3: nav: địa chỉ '/gioi-thieu/' bắt đầu bằng '/', MkDocs coi là trang ngoài",
        ),
        (
            "mkdocs.structure.pages",
            "edit_uri: 'a b' is not a valid URL: x",
            "MkDocs báo (nguyên văn tiếng Anh): edit_uri: 'a b' is not a valid URL: x",
        ),
        (
            "mkdocs.plugins.material.blog",
            "Something new in 'a.md' the table does not know",
            "docs/a.md: Material for MkDocs báo (nguyên văn tiếng Anh): Something new in 'a.md'",
        ),
        # The campaign's own lines are Vietnamese already: left as they are, also when
        # raised to MkDocs, which logs the error as its own.
        ("mkdocs.plugins.campaign", "docs/a.md:3: điều gì đó", "docs/a.md:3: điều gì đó"),
        (
            "mkdocs.commands.build",
            "docs/a.md:3: title: cần chữ, nhận được 'x'",
            "docs/a.md:3: title: cần chữ, nhận được 'x'",
        ),
    ],
)
def test_what_no_table_knows_is_said_to_be_mkdocs_own_words(
    tmp_path: Path, logger: str, logged: str, said: str
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("# A\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nnav:\n  - Ngoài: /gioi-thieu/\n", "utf-8")
    collector = _Collect(tmp_path / "mkdocs.yml")
    collector.emit(logging.LogRecord(logger, logging.WARNING, "", 0, logged, None, None))
    (message,) = collector.messages
    assert message.startswith(said), message
    # The preview says it with the same words.
    from campaign.adapter.serve import _in_vietnamese

    record = logging.LogRecord(logger, logging.WARNING, "", 0, logged, None, None)
    assert _in_vietnamese(record, collector.vietnamese) and record.getMessage() == message


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (("site_name: Tổng kết", 'site_name: "Tổng kết'), "mkdocs.yml:4: dấu ngoặc kép"),
        (("  - campaign\n", "  - campaing\n"), "mkdocs.yml có lỗi cấu hình"),
    ],
    ids=["yaml", "plugin-typo"],
)
def test_the_preview_refuses_a_mistaken_mkdocs_yml_in_vietnamese(
    tmp_path: Path, edit: tuple[str, str], said: str
) -> None:
    """`campaign serve` read mkdocs.yml outside its error handling: bad YAML was a
    traceback, a refused setting an exit with no summary."""
    from campaign.adapter.serve import Preview
    from campaign.content.errors import BuildError

    for name in ("mkdocs.yml", "campaign.yml"):
        shutil.copy(EXAMPLE / name, tmp_path / name)
    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace(*edit, 1), encoding="utf-8")
    with pytest.raises(BuildError) as refused:
        Preview(config, tmp_path / "site", "").load()
    assert str(refused.value).startswith(said)


def test_build_and_preview_of_a_folder_without_mkdocs_yml_say_where_to_run(
    tmp_path: Path,
) -> None:
    """MkDocs said "Config file '…/mkdocs.yml' does not exist." (the preview: in English)."""
    from campaign.adapter.build import build_site
    from campaign.adapter.serve import Preview
    from campaign.content.errors import ContentError

    for run in (
        lambda: build_site(tmp_path / "mkdocs.yml"),
        lambda: Preview(tmp_path / "mkdocs.yml", tmp_path / "site", "").load(),
    ):
        with pytest.raises(ContentError) as refused:
            run()
        assert str(refused.value).startswith(
            f"{tmp_path / 'mkdocs.yml'}: không có tệp này: cần chạy lệnh trong thư mục chiến dịch"
        )
    assert not (tmp_path / "site").exists()
