"""Pages in a folder of docs/ are a section of the navigation, as MkDocs makes one
(they were listed flat after the campaign's pages, with no sign of their folder)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.frontmatter import heading_title
from campaign.pages.navtree import folder_sections, folder_title

from .conftest import EXAMPLE, EXAMPLE_DATE


def test_a_folder_is_a_section_named_by_its_index_page_in_mkdocs_order() -> None:
    titles = {"huong-dan/index.md": "Hướng dẫn thủ tục", "huong-dan/cu-tru/index.md": None}
    sections = folder_sections(
        [
            "huong-dan/b.md",
            "huong-dan/cu-tru/tam-tru.md",
            "huong-dan/a.md",
            "huong-dan/index.md",
            "huong-dan/cu-tru/index.md",
            "hoi-dap/z.md",
        ],
        titles.get,
    )
    assert sections.nav == [
        {"Hoi dap": ["hoi-dap/z.md"]},
        {
            "Hướng dẫn thủ tục": [
                "huong-dan/index.md",
                "huong-dan/a.md",
                "huong-dan/b.md",
                {"Cu tru": ["huong-dan/cu-tru/index.md", "huong-dan/cu-tru/tam-tru.md"]},
            ]
        },
    ]
    # Named after the folder (no Vietnamese marks): the build says how to name them.
    assert sections.unnamed == ["hoi-dap/", "huong-dan/cu-tru/"]


def test_titles_as_mkdocs_reads_them() -> None:
    assert folder_title("huong-dan") == "Huong dan"
    assert folder_title("Hướng_dẫn") == "Hướng dẫn"
    assert folder_title("COVID-19") == "COVID 19"
    assert heading_title("Mở đầu\n\n# Hướng dẫn {#hd}\n\n## Mục\n") == "Hướng dẫn"
    assert heading_title("# Hỏi đáp ##\n") == "Hỏi đáp"
    assert heading_title("## Chỉ có mục nhỏ\n#không phải đề mục\n") is None


def _campaign(root: Path, nav: str | None = None) -> Path:
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("site", ".cache"))
    folder = root / "docs" / "huong-dan"
    folder.mkdir()
    (folder / "index.md").write_text("# Hướng dẫn & thủ tục\n\nCác thủ tục.\n", "utf-8")
    (folder / "a.md").write_text("---\ntitle: Đăng ký tạm trú\n---\n\nNội dung.\n", "utf-8")
    (folder / "b.md").write_text("# Làm căn cước\n\nNội dung.\n", "utf-8")
    (root / "docs" / "hoi-dap").mkdir()
    (root / "docs" / "hoi-dap" / "c.md").write_text("# Câu hỏi thường gặp\n\nx\n", "utf-8")
    if nav is not None:
        config = root / "mkdocs.yml"
        config.write_text(config.read_text("utf-8") + nav, "utf-8")
    return root


def _drawer(html: str) -> list[str]:
    """The labels of the phone's menu, in order (sections and pages)."""
    primary = html[html.index("md-nav--primary") :]
    primary = primary[: primary.index('<div class="md-content"')]
    labels = re.findall(r'<span class="md-ellipsis">\s*(.*?)\s*</span>', primary, re.S)
    return [re.sub(r"\s+", " ", label) for label in labels]


@pytest.mark.build
def test_pages_in_folders_are_sections_of_the_menu(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    root = _campaign(tmp_path / "c")
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    err = "\n".join(r.getMessage() for r in caplog.records if r.name == "campaign.nav")
    # The folder without an index page: named after it, and the build says so.
    assert "Lưu ý: docs/hoi-dap/: mục “Hoi dap” trên thanh điều hướng" in err
    assert "docs/hoi-dap/index.md" in err and "huong-dan/:" not in err
    page = (root / "site" / "huong-dan" / "a" / "index.html").read_text("utf-8")
    labels = _drawer(page)
    start = labels.index("Giới thiệu trang")
    # The title comes from index.md's heading, escaped as text; the index page is the
    # section's own link, so its title is not listed a second time under it.
    assert labels[start + 1 :] == [
        "Hoi dap",
        "Câu hỏi thường gặp",
        "Hướng dẫn &amp; thủ tục",
        "Đăng ký tạm trú",
        "Làm căn cước",
    ], labels
    assert re.search(
        r'<a href="\.\./" class="md-nav__link ">\s*<span class="md-ellipsis">\s*'
        r"Hướng dẫn &amp; thủ tục\s*</span>",
        page,
    ), "the section's name links to its index page"
    # The list of sections (about page, 404) names it once too, as a link to it.
    about = (root / "site" / "gioi-thieu" / "index.html").read_text("utf-8")
    listed = about[about.index('class="cp-sections"') : about.index('id="lien-he"')]
    assert listed.count("Hướng dẫn &amp; thủ tục") == 1
    assert '<a href="../huong-dan/">Hướng dẫn &amp; thủ tục</a>' in listed
    assert '<a href="../huong-dan/a/">Đăng ký tạm trú</a>' in listed
    # The top menu of a wide screen has the section, not its pages one by one.
    tabs = re.findall(r'class="md-tabs__link[^"]*">\s*(.*?)\s*</a>', page, re.S)
    assert "Hướng dẫn &amp; thủ tục" in tabs and "Đăng ký tạm trú" not in tabs


@pytest.mark.build
def test_a_nav_written_in_mkdocs_yml_is_followed(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    nav = (
        "nav:\n  - index.md\n  - Thủ tục:\n      - huong-dan/a.md\n      - huong-dan/b.md\n"
        "  - huong-dan/index.md\n  - hoi-dap/c.md\n  - gioi-thieu.md\n"
    )
    root = _campaign(tmp_path / "c", nav)
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    assert not [r for r in caplog.records if r.name == "campaign.nav"]
    labels = _drawer((root / "site" / "gioi-thieu" / "index.html").read_text("utf-8"))
    assert labels[labels.index("Thủ tục") :] == [
        "Thủ tục",
        "Đăng ký tạm trú",
        "Làm căn cước",
        "Hướng dẫn &amp; thủ tục",
        "Câu hỏi thường gặp",
        "Giới thiệu trang",
    ], labels


@pytest.mark.build
@pytest.mark.browser
def test_a_reader_reaches_every_page_of_a_section_on_a_phone_and_a_wide_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """In Chromium: on a phone the drawer names the section, its pages inside; on a
    wide screen the left menu (hidden elsewhere: the top tabs carry the sections)
    lists the section's pages, else only the first page of a section was reachable."""
    from .browser import launch, serve_site

    monkeypatch.setenv("CAMPAIGN_DATE", EXAMPLE_DATE)
    root = _campaign(tmp_path / "c")
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    with serve_site(root / "site") as url, launch() as browser:
        phone = browser.new_page(viewport={"width": 360, "height": 740})
        phone.goto(url)
        phone.click(".md-header label[for='__drawer']")
        drawer = phone.locator(".md-nav--primary")
        # The section's name is a link to its index page, the arrow beside it opens it.
        section = drawer.locator(".md-nav__container", has_text="Hướng dẫn & thủ tục")
        section.locator("label.md-nav__link").click()
        drawer.get_by_text("Làm căn cước", exact=True).click()
        phone.wait_for_url(url + "huong-dan/b/")
        wide = browser.new_page(viewport={"width": 1366, "height": 800})
        sidebar = ".md-sidebar--primary"
        shown = "e => getComputedStyle(e).display !== 'none' && e.offsetWidth > 0"
        wide.goto(url + "gioi-thieu/")
        assert not wide.eval_on_selector(sidebar, shown)
        wide.goto(url + "huong-dan/a/")
        assert wide.eval_on_selector(sidebar, shown)
        wide.locator(sidebar).get_by_text("Làm căn cước", exact=True).click()
        wide.wait_for_url(url + "huong-dan/b/")
