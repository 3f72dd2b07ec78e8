"""Skipping inline patterns a text cannot match (``fastmarkdown``) changes no page:
the same HTML and table of contents as Python-Markdown as shipped, on generated and real
pages; the shortcut is sound for every expression it lists, and off on another release."""

from __future__ import annotations

import logging
import random
import re
from pathlib import Path
from typing import Any

import markdown
import pytest
from markdown import inlinepatterns, treeprocessors

from campaign.adapter import compat, fastmarkdown
from campaign.content.text import slugify

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = treeprocessors.InlineProcessor._InlineProcessor__handleInline

# The flagship's extensions as its build configures them, and the usual others.
SITE = ["toc", "tables", "fenced_code", "admonition", "attr_list", "md_in_html", "pymdownx.details"]
SITE_CONFIG: dict[str, Any] = {
    "toc": {"permalink": False, "slugify": slugify},
    "tables": {"use_align_attribute": True},
}
MORE = [*SITE, "abbr", "footnotes", "def_list", "sane_lists", "smarty", "legacy_em"]

# Pieces of Markdown a page may have, each often next to Vietnamese text.
PIECES = [
    "Trạm Y tế xã",
    "*nghiêng*",
    "**đậm**",
    "***cả hai***",
    "_gạch_",
    "__đậm__",
    "a * b",
    "snake_case_word",
    "`mã`",
    "``mã có ` dấu``",
    "\\*không nghiêng\\*",
    "\\\\",
    "[liên kết](https://vi-du.example/a_b)",
    "[tham chiếu][a]",
    "[a]",
    "![ảnh](anh.jpg)",
    "![ảnh][a]",
    "<https://vi-du.example/>",
    "<thu@vi-du.example>",
    "<span>thẻ</span>",
    "<!-- chú thích -->",
    "&amp;",
    "&copy;",
    "&#8212;",
    "& không phải thực thể",
    "AT&T;",
    "dòng  \nngắt",
    "1 < 2 > 0",
    "<b",
    "[",
    "]",
    "!",
    "(",
    ")",
    "{: #ma }",
    "@",
    "://",
    "'",
    '"',
    "--",
    "...",
    "<<",
    ">>",
    "\n",
    "  ",
]
BLOCKS = [
    "# Tiêu đề {: #tieu-de }",
    "## Đà Nẵng",
    "- mục *một*\n- mục [hai](b.md)",
    "1. một\n2. hai",
    "> trích `dẫn`",
    "    mã thụt lề",
    "```\nmã <b> *x*\n```",
    "| a | b |\n|:--|--:|\n| *1* | [2](c.md) |",
    '!!! note "Lưu ý"\n    Nội dung **đậm**.',
    '??? info "Chi tiết"\n    Ẩn _đi_.',
    '<div markdown="1">\n**trong div**\n</div>',
    '<figure class="x" markdown="0"><img src="a.jpg" alt="&quot;"></figure>',
    "<!-- more -->",
    '[a]: https://vi-du.example/ "Tiêu đề"',
    "*[VQ]: Văn Quan",
    "Chú thích[^1].\n\n[^1]: Ghi chú *đậm*.",
    "Từ\n:   Định nghĩa",
    "---",
    "[TOC]",
]


def _parser(extensions: list[str], config: dict[str, Any]) -> Any:
    return markdown.Markdown(extensions=extensions, extension_configs=config)


def _generated(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.3:
            paragraphs.append(rng.choice(BLOCKS))
        else:
            words = [rng.choice(PIECES if rng.random() < 0.4 else PIECES[:1]) for _ in range(12)]
            paragraphs.append(rng.choice(["", " ", ""]).join(words))
    return "\n\n".join(paragraphs) + "\n"


def _real() -> list[str]:
    """Markdown written by people (the flagship's and the example's pages, the README, the
    bench history) and the pages the engine writes for both campaigns."""
    from campaign.pages import generate_pages
    from campaign.pages.newslist import news_items
    from campaign.project import load_project

    found = sorted((ROOT / "docs").rglob("*.md"))
    found += sorted((ROOT / "examples").rglob("*.md"))
    found += sorted((ROOT / "tests" / "golden").rglob("*.md"))
    found += [ROOT / "README.md", ROOT / "scripts" / "bench-history.md"]
    texts = [path.read_text(encoding="utf-8") for path in found]
    for root in (ROOT, ROOT / "examples" / "chi-thi-06"):
        project = load_project(root)
        pages = generate_pages(project.campaign, project.today, news_items(project.news))
        texts += [page.markdown for page in pages]
    return texts


def _both(texts: list[str], extensions: list[str], config: dict[str, Any]) -> int:
    """Convert every text as shipped and with the shortcut; both the same. Returns the count."""
    stock, fast = _parser(extensions, config), _parser(extensions, config)
    monkey = pytest.MonkeyPatch()
    for text in texts:
        stock.reset()
        expected = (stock.convert(text), stock.toc_tokens)
        with monkey.context() as patch:
            patch.setattr(compat, "_patches", [])
            assert fastmarkdown.install()
            try:
                fast.reset()
                got = (fast.convert(text), fast.toc_tokens)
            finally:
                compat.undo()
        assert got == expected, text
    assert treeprocessors.InlineProcessor._InlineProcessor__handleInline is SHIPPED
    return len(texts)


def test_every_inline_pattern_of_the_site_is_listed() -> None:
    # Listed by its exact expression: a release that changes one is tried as shipped.
    parser = _parser(SITE, SITE_CONFIG)
    for pattern in parser.inlinePatterns:
        assert fastmarkdown.needs(pattern) is not None, pattern
    other = inlinepatterns.SimpleTextInlineProcessor(r"(\*\*)")
    assert fastmarkdown.needs(other) is None
    assert fastmarkdown._plan(list(parser.inlinePatterns)) is not None
    # A parser with a pattern not listed (footnotes') converts as shipped.
    more = _parser([*SITE, "footnotes"], SITE_CONFIG)
    assert fastmarkdown._plan(list(more.inlinePatterns)) is None


def _possible_when_matched(compiled: re.Pattern[str], needs: Any, text: str) -> bool:
    return compiled.search(text) is None or fastmarkdown._possible(needs, text)


def test_what_a_match_needs_is_in_every_text_it_matches() -> None:
    rng = random.Random(6)
    alphabet = "ab `\\[]!()<>:/@&#;x*_\n  \"'=?-CDAT1"
    parser = _parser(MORE, SITE_CONFIG)
    patterns = [p for p in parser.inlinePatterns if fastmarkdown.needs(p) is not None]
    assert len(patterns) >= 14
    matched = 0
    for pattern in patterns:
        needs = fastmarkdown.needs(pattern)
        compiled = pattern.getCompiledRegExp()
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
            assert _possible_when_matched(compiled, needs, text), (pattern, text)
            matched += compiled.search(text) is not None
        for piece in PIECES + BLOCKS:
            assert _possible_when_matched(compiled, needs, piece), (pattern, piece)
    assert matched > 1000  # the texts did exercise the expressions


def test_generated_pages_convert_the_same() -> None:
    rng = random.Random(2025)
    texts = [_generated(rng) for _ in range(250)]
    assert _both(texts, SITE, SITE_CONFIG) == 250
    assert _both(texts[:100], MORE, {}) == 100


@pytest.mark.slow  # the README alone is 3,000 lines
def test_real_pages_convert_the_same() -> None:
    texts = _real()
    assert len(texts) >= 35
    assert _both(texts, SITE, SITE_CONFIG) == len(texts)


@pytest.mark.slow
def test_word_imports_convert_the_same(tmp_path: Path) -> None:
    from campaign.importers.docx.post import import_docx
    from tests.test_docx_import import _news_docx

    source = _news_docx(tmp_path / "bai.docx")
    result = import_docx(source, docs_dir=tmp_path / "docs", photos_dir=tmp_path / "anh")
    posts = sorted((tmp_path / "docs").rglob("*.md"))
    assert posts and result
    assert _both([p.read_text(encoding="utf-8") for p in posts], SITE, SITE_CONFIG) == len(posts)


def test_off_on_another_release(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(compat, "_patches", [])
    monkeypatch.setattr(compat, "_warned", set())
    monkeypatch.setattr(fastmarkdown, "MADE_FOR", ("markdown", "3.12.0"))
    with caplog.at_level(logging.WARNING, logger="campaign.compat"):
        assert not fastmarkdown.install()
        assert not fastmarkdown.install()
    assert treeprocessors.InlineProcessor._InlineProcessor__handleInline is SHIPPED
    [record] = caplog.records  # said once
    assert "markdown 3.12.0" in record.getMessage()
    assert "tạm tắt bước đó" in record.getMessage()


def test_installed_release_is_the_one_it_was_made_for() -> None:
    assert compat.version_is(*fastmarkdown.MADE_FOR)


def test_a_parser_per_page_is_not_kept_alive(monkeypatch: pytest.MonkeyPatch) -> None:
    # MkDocs makes a new parser per page when pages do not share one: the plans of the
    # shortcut must not hold every one of them until the build ends.
    monkeypatch.setattr(compat, "_patches", [])
    assert fastmarkdown.install()
    try:
        for _ in range(3 * fastmarkdown._KEEP):
            text = "Chữ *nghiêng* và [liên kết](a.md)."
            fresh = _parser(SITE, SITE_CONFIG).convert(text)
            assert fresh == '<p>Chữ <em>nghiêng</em> và <a href="a.md">liên kết</a>.</p>'
            assert len(fastmarkdown._plans) <= fastmarkdown._KEEP
    finally:
        compat.undo()
