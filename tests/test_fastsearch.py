"""The search index parser (``fastsearch``) cuts every page into the same sections as
Material's own, on generated and real pages, and stays off on another Material."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from material.plugins.search import plugin as search_plugin

from campaign.adapter import compat, fastsearch

ROOT = Path(__file__).resolve().parent.parent
STOCK = search_plugin.Parser


def sections(cls: Any, html: str) -> list[tuple[Any, ...]]:
    parser = cls()
    parser.feed(html)
    parser.close()
    return [
        (s.el.tag, sorted(s.el.attrs.items()), s.id, s.depth, s.title, s.text, s.is_excluded())
        for s in parser.data
    ]


# Pieces a page's HTML may have: what Material's parser treats apart (headings with and
# without ids, kept tags, skipped and excluded blocks, permalinks, pre, void and
# self-closed tags, stray end tags, comments, entities, whitespace).
OPEN = [
    "<div>",
    '<div class="md-typeset">',
    "<p>",
    "<ul>",
    "<ol>",
    "<li>",
    "<pre>",
    "<code>",
    "<sub>",
    "<sup>",
    "<span>",
    "<article>",
    "<section>",
    "<a href='x'>",
    '<a class="headerlink" href="#a" title="Permanent link">',
    '<div data-search-exclude="">',
    "<p data-search-exclude>",
    '<div class="linenodiv">',
    "<script>",
    "<style>",
    "<object>",
    "<table>",
    "<td>",
]
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
LEAVES = [
    "Trạm Y tế xã",
    " ",
    "\n",
    "  \n  ",
    "bác sĩ\nđiều dưỡng",
    "a &amp; b",
    "1 &lt; 2",
    "&copy; 2025",
    "AT&T",
    "<br>",
    "<br/>",
    "<img src='a.png' alt='ảnh'>",
    "<hr />",
    "<!-- chú thích -->",
    "<span />",
    "</p>",
    "</div>",
    "</li>",
    "x < y",
    "<em>nghiêng</em>",
]


def _fragment(rng: random.Random, depth: int) -> str:
    out = []
    for _ in range(rng.randint(1, 5)):
        roll = rng.random()
        if roll < 0.35 or depth > 5:
            out.append(rng.choice(LEAVES))
        elif roll < 0.55:
            tag = rng.choice(HEADINGS)
            ident = f' id="muc-{rng.randint(0, 9)}"' if rng.random() < 0.7 else ""
            inner = _fragment(rng, depth + 1)
            out.append(f"<{tag}{ident}>{inner}</{tag}>")
        else:
            opening = rng.choice(OPEN)
            tag = opening[1:].split(">")[0].split(" ")[0]
            inner = _fragment(rng, depth + 1)
            close = f"</{tag}>" if rng.random() < 0.9 else ""
            out.append(f"{opening}{inner}{close}")
    return "".join(out)


def test_generated_pages_give_the_same_sections() -> None:
    rng = random.Random(15)
    checked = 0
    for _ in range(1000):
        html = _fragment(rng, 0)
        try:
            expected = sections(STOCK, html)
        except ValueError:  # Material's parser fails on some broken HTML: so must this one
            with pytest.raises(ValueError):
                sections(fastsearch.Parser, html)
            continue
        assert sections(fastsearch.Parser, html) == expected, html
        checked += 1
    assert checked > 700


def test_exclusion_quirks_are_kept() -> None:
    # Material compares elements by tag: the first nested </div> ends a div's exclusion.
    for html in [
        '<h1 id="a">A</h1><div data-search-exclude><div>x</div>y</div>z',
        '<h2 id="b">B</h2><div><div data-search-exclude>x<p>p</p></div>y</div>z',
        "<p>a<script>var x = '<p>';</script>b</p><style>p{}</style>c",
        '<h1 id="t">Tiêu đề<a class="headerlink" href="#t">¶</a></h1><p>  </p><p>chữ</p>',
        "<pre><code>a\n\n  b</code></pre> <p>\n</p>",
        '<div class="linenodiv"><pre>1\n2</pre></div><pre>x</pre>',
    ]:
        assert sections(fastsearch.Parser, html) == sections(STOCK, html), html


@pytest.mark.slow  # converts the README and every page of both campaigns
def test_real_pages_give_the_same_sections() -> None:
    # Markdown written by people and by the engine, converted as the site converts it
    # (with permalinks, as Material's ``toc`` setting may ask), and the HTML templates.
    import markdown

    from tests.test_fastmarkdown import SITE, SITE_CONFIG, _real

    texts = []
    for permalink in (False, True):
        config = {**SITE_CONFIG, "toc": {**SITE_CONFIG["toc"], "permalink": permalink}}
        md = markdown.Markdown(extensions=SITE, extension_configs=config)
        for text in _real():
            texts.append(md.reset().convert(text))
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "campaign").rglob("*.html")]
    assert len(texts) >= 80
    for html in texts:
        assert sections(fastsearch.Parser, html) == sections(STOCK, html)


def test_installed_only_for_the_parser_it_was_made_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(compat.ENV, raising=False)
    try:
        assert fastsearch.install()
        assert search_plugin.Parser is fastsearch.Parser
    finally:
        compat.undo()
    assert search_plugin.Parser is STOCK
    monkeypatch.setattr(fastsearch, "_MADE_FOR", "another")
    try:
        assert not fastsearch.install()
        assert search_plugin.Parser is STOCK
    finally:
        compat.undo()
    monkeypatch.setenv(compat.ENV, "0")
    monkeypatch.setattr(fastsearch, "_MADE_FOR", fastsearch._fingerprint())
    assert not fastsearch.install()
    assert search_plugin.Parser is STOCK


def test_attributes_removed_as_material_removes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    monkeypatch.delenv(compat.ENV, raising=False)
    pages = [
        "<h1>Tiêu đề</h1><p>Chữ không có thuộc tính tìm kiếm, data-search chưa đủ.</p>",
        '<div data-search-exclude="true"><p>bỏ</p></div> <p data-search-boost="2">x</p>',
        '<p data-search-exclude="">rỗng</p><p\tdata-search-x="y">tab</p>',
        "",
    ]
    try:
        assert fastsearch.install()
        assert search_plugin.re is not re and search_plugin.re.split is re.split
        for page in pages:
            fast = search_plugin.re.sub(fastsearch._ATTRIBUTES, "", page)
            assert fast == re.sub(fastsearch._ATTRIBUTES, "", page)
        assert search_plugin.re.sub(fastsearch._ATTRIBUTES, "", pages[0]) is pages[0]
        assert search_plugin.re.sub("a", "b", "data") == "dbtb"  # another pattern: re's own
    finally:
        compat.undo()
    assert search_plugin.re is re
    # Another plugin's on_page_context (a later Material): ``re`` stays the module.
    monkeypatch.setattr(fastsearch, "_ATTRIBUTES", "other")
    try:
        assert fastsearch.install() and search_plugin.re is re
    finally:
        compat.undo()
