"""News and profiles in any campaign: what the README tells users to do works, or is
refused in Vietnamese, located, before anything is written.

A campaign publishes news through Material's blog plugin (``mkdocs.yml``). Without
it MkDocs took posts for pages missing from the navigation and failed the strict
build in English; profiles failed the same way in any campaign whose
``mkdocs.yml`` lacked the flagship's ``not_in_nav``.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.content.schemas import NEWS_DIR
from campaign.content.siteconfig import (
    BLOG_PLUGIN,
    blog_of,
    news_problem,
    plugins_line,
    read_plugins,
    refuse_without_news,
)

from .conftest import EXAMPLE, EXAMPLE_DATE, PLANS, ROOT

# The example's mkdocs.yml as it was before it carried the blog.
WITHOUT_BLOG = (EXAMPLE / "mkdocs.yml").read_text(encoding="utf-8").replace(BLOG_PLUGIN, "")


def _example(target: Path) -> Path:
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("site", ".cache"))
    return target


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def _no_blog(root: Path) -> Path:
    """A campaign whose mkdocs.yml has no blog plugin (as the example had)."""
    (root / "mkdocs.yml").write_text(WITHOUT_BLOG, encoding="utf-8")
    return root


def test_the_example_and_a_started_campaign_publish_news() -> None:
    assert "blog" not in WITHOUT_BLOG
    refuse_without_news(EXAMPLE)  # raises if the example could not take a news post
    refuse_without_news(ROOT)
    from campaign.importers.plan.init import _MKDOCS

    text = _MKDOCS.format(name="x", url="https://x.example/", description="x", blog=BLOG_PLUGIN)
    plugins = read_plugins(text)
    assert plugins is not None and news_problem(blog_of(plugins), 1, 0) is None


@pytest.mark.parametrize(
    "plugins",
    [
        "plugins:\n  - search\n  - campaign\n",
        "plugins:\n  - blog:\n      enabled: false\n      blog_dir: tin-tuc\n",
        "plugins:\n  - material/blog:\n      blog_dir: tin\n",
        "plugins:\n  search: {}\n  blog: {blog_dir: blog}\n",
        "plugins:\n  - blog\n",  # blog_dir defaults to 'blog'
    ],
)
def test_a_mkdocs_yml_that_does_not_publish_news_is_named_at_its_plugins_line(
    plugins: str,
) -> None:
    text = "site_name: x\nx: !!python/name:os.path.join\ny: !ENV [HOME]\n" + plugins
    found = read_plugins(text)
    assert found is not None
    problem = news_problem(blog_of(found), plugins_line(text), 2)
    assert problem is not None
    assert str(problem).startswith(
        "mkdocs.yml:4: plugins: cần trình cắm blog với blog_dir: tin-tuc"
    )
    assert "2 tin trong docs/tin-tuc/posts/" in problem.message
    assert "  - blog:\n      blog_dir: tin-tuc\n" in problem.message  # what to add


@pytest.mark.parametrize(
    "plugins",
    [
        "plugins:\n  - blog:\n      blog_dir: tin-tuc\n",
        "plugins:\n  - material/blog:\n      blog_dir: tin-tuc/\n",
        "plugins:\n  blog:\n    blog_dir: tin-tuc\n",
    ],
)
def test_a_blog_on_tin_tuc_publishes_news(plugins: str) -> None:
    found = read_plugins(plugins)
    assert found is not None and news_problem(blog_of(found), 1, 3) is None


@pytest.mark.parametrize("command", ["new", "import-docx"])
def test_no_post_is_written_into_a_campaign_that_cannot_publish_it(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _no_blog(_example(tmp_path / "c"))
    before = _files(root)
    if command == "new":
        args = ["new", "news", "Hội nghị tổng kết"]
    else:
        from tests.wordfiles import word_document

        doc = word_document()
        doc.add_heading("Hội nghị tổng kết", level=1)
        doc.add_paragraph("Nội dung.")
        word = tmp_path / "tin.docx"
        doc.save(str(word))
        args = ["import-docx", str(word)]
    assert main(["-C", str(root), *args]) == 1
    err = capsys.readouterr().err
    line = WITHOUT_BLOG[: WITHOUT_BLOG.index("\nplugins:")].count("\n") + 2
    assert err.startswith(f"mkdocs.yml:{line}: plugins: cần trình cắm blog")
    assert "chưa tạo tệp nào" in err and "Traceback" not in err
    assert _files(root) == before


@pytest.mark.parametrize("kind", ["news", "profile"])
def test_new_outside_a_campaign_folder_writes_nothing(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(tmp_path), "new", kind, "Nguyễn Văn A"]) == 1
    err = capsys.readouterr().err
    assert "mkdocs.yml: không có tệp này: cần chạy lệnh trong thư mục chiến dịch" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.build
def test_the_example_takes_a_news_post_and_a_profile_as_the_readme_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", EXAMPLE_DATE)
    root = _example(tmp_path / "chi-thi-06")
    assert main(["-C", str(root), "new", "news", "Hội nghị tổng kết Chỉ thị 06"]) == 0
    assert main(["-C", str(root), "new", "profile", "Trạm Y tế xã Thử"]) == 0
    capsys.readouterr()
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    site = root / "site"
    (post,) = site.glob("tin-tuc/2023/05/hoi-nghi-tong-ket-chi-thi-06/index.html")
    assert "Hội nghị tổng kết Chỉ thị 06" in post.read_text(encoding="utf-8")
    assert (site / "guong-dien-hinh" / "tram-y-te-xa-thu" / "index.html").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="tin-tuc/"' in home and 'href="guong-dien-hinh/"' in home


@pytest.mark.build
def test_a_profile_and_pages_in_a_started_campaign_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`campaign init` writes no not_in_nav: the engine keeps profiles out of the nav.
    A page written in docs/ (README: "Trang mới tự xuất hiện trong thanh điều hướng"),
    in a folder of its own too, is in the navigation."""
    folder = tmp_path / "xa"
    assert main(["init", "--from-plan", str(PLANS / "tiem-chung-an-phu.txt"), str(folder)]) == 0
    assert main(["-C", str(folder), "new", "profile", "Nguyễn Thị Hoa"]) == 0
    page = "---\ntitle: {}\ndescription: Một câu tóm tắt\n---\n\nNội dung.\n"
    (folder / "docs" / "ten-trang.md").write_text(page.format("Trang thêm"), "utf-8")
    (folder / "docs" / "hoat-dong").mkdir()
    (folder / "docs" / "hoat-dong" / "a.md").write_text(page.format("Hoạt động thêm"), "utf-8")
    capsys.readouterr()
    assert main(["-C", str(folder), "build"]) == 0, capsys.readouterr().err
    site = folder / "site"
    assert (site / "guong-dien-hinh" / "nguyen-thi-hoa" / "index.html").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="ten-trang/"' in home and 'href="hoat-dong/a/"' in home
    assert "Hoạt động thêm" in home


@pytest.mark.build
def test_posts_without_the_blog_fail_in_vietnamese_at_the_plugins_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Posts written by hand (or by the web editor) into a campaign without the blog."""
    root = _no_blog(_example(tmp_path / "c"))
    posts = root / "docs" / NEWS_DIR
    posts.mkdir(parents=True)
    (posts.parent / "index.md").write_text("# Tin tức\n", encoding="utf-8")
    (posts / "a.md").write_text(
        "---\ntitle: Tin\ndate: 2023-05-01\nsummary: Tóm tắt.\n---\n\nNội dung.\n",
        encoding="utf-8",
    )
    for command in ("check", "build"):
        assert main(["-C", str(root), command]) == 1
        err = capsys.readouterr().err
        assert re.search(r"^mkdocs\.yml:\d+: plugins: cần trình cắm blog .* 1 tin", err, re.M)
        assert "nav" not in err and "The following pages" not in err
    assert not (root / "site").exists()


def test_import_docx_refuses_a_unit_the_campaign_does_not_have(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's `--don-vi ttyt` in a campaign whose units have other codes: said
    before the post is written (it used to be written, then refused by every build)."""
    from tests.wordfiles import word_document

    root = _example(tmp_path / "c")
    doc = word_document()
    doc.add_heading("Hội nghị tổng kết", level=1)
    doc.add_paragraph("Nội dung.")
    word = tmp_path / "tin.docx"
    doc.save(str(word))
    before = _files(root)
    assert main(["-C", str(root), "import-docx", str(word), "--don-vi", "ttyt"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("--don-vi: cần mã đơn vị có trong 'units' của campaign.yml (")
    assert "nhận được 'ttyt'" in err and "chưa tạo tệp nào" in err
    assert _files(root) == before
    assert "ubnd-thi-xa" in err  # the codes it has
    assert main(["-C", str(root), "import-docx", str(word), "--don-vi", "ubnd-thi-xa"]) == 0
    (post,) = (root / "docs" / NEWS_DIR).glob("*.md")
    assert "\nunit: ubnd-thi-xa\n" in post.read_text(encoding="utf-8")


@pytest.mark.build
def test_a_nav_written_in_mkdocs_yml_lists_what_its_author_wants(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The engine's pages a hand-written nav: leaves out are published, not refused;
    a page of docs/ it leaves out, or a page it names that does not exist, is said in
    Vietnamese, located (MkDocs: English, no line)."""
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", EXAMPLE_DATE)
    root = _example(tmp_path / "c")
    config = root / "mkdocs.yml"
    nav = "nav:\n  - gioi-thieu.md\n  - Kế hoạch: ke-hoach.md\n"
    config.write_text(config.read_text("utf-8") + nav, encoding="utf-8")
    assert main(["-C", str(root), "build"]) == 0, capsys.readouterr().err
    site = root / "site"
    tabs = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="ke-hoach/" class="md-tabs__link"' in tabs
    assert 'href="truyen-thanh/" class="md-tabs__link"' not in tabs
    assert (site / "truyen-thanh" / "index.html").is_file()
    (root / "docs" / "trang-moi.md").write_text("# Trang mới\n", encoding="utf-8")
    config.write_text(config.read_text("utf-8") + "  - thieu.md\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["-C", str(root), "build"]) == 1
    err = capsys.readouterr().err
    line = config.read_text("utf-8").splitlines().index("  - thieu.md") + 1
    assert f"mkdocs.yml:{line}: nav: cần một trang có trong docs/, nhận được 'thieu.md'" in err
    assert "docs/trang-moi.md: không có trong mục nav: của mkdocs.yml" in err
    assert "The following pages" not in err and "A reference to" not in err
