"""The speed-ups for large sites (blog fast paths, shared navigation) change nothing in the site:
it is the same, byte for byte, with them off (``CAMPAIGN_SPEEDUPS=0``, other versions)."""

from __future__ import annotations

import filecmp
import logging
from pathlib import Path

import markdown
import material.plugins.blog.structure as structure
import pytest
import yaml
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from campaign.adapter import (
    blog,
    compat,
    direct,
    fastmarkdown,
    incremental,
    navcache,
    pageparser,
    posts,
    rendering,
)
from campaign.adapter.parallel import readahead, shard
from campaign.cli import main
from campaign.publish.outdir import MARKER

POST = """\
---
title: "Tin có liên kết tham chiếu"
date: 2025-02-21
summary: "Một tin để thử đoạn trích."
categories: [Về nguồn]
unit: ttyt
---

Đoạn trích dẫn tới [trang giới thiệu][gt] và [kế hoạch][kh].

<!-- more -->

Phần còn lại của tin, không hiện ở trang danh sách.

[gt]: ../../gioi-thieu.md
[kh]: ../../ke-hoach.md
"""

SHORT = """\
---
title: "Tin ngắn không có phần sau"
date: 2025-02-22
summary: "Tin ngắn."
categories: [Về nguồn]
unit: ttyt
---

Chỉ có đoạn trích.

<!-- more -->
"""


FENCED = """\
---
title: "Tin có khối mã chứa dấu ngắt"
date: 2025-02-23
summary: "Dấu ngắt trong khối mã không cắt đoạn trích."
categories: [Về nguồn]
unit: ttyt
---

Cách ngắt đoạn trích:

```
<!-- more -->
```

Vẫn thuộc đoạn trích.

<!-- more -->

Phần sau của tin có khối mã.
"""

# Every inline pattern (and the blocks around them) on a post's page and in its excerpt.
VARIED = """\
---
title: "Tin có đủ kiểu chữ"
date: 2025-02-24
summary: "Nghiêng, đậm, mã, liên kết, ảnh, thẻ, thực thể, ngắt dòng."
categories: [Về nguồn]
unit: ttyt
---

Tin *nghiêng*, **đậm**, _gạch_, `mã <b>`, \\*sao\\*, [giới thiệu](../../gioi-thieu.md),
<https://vi-du.example/>, <thu@vi-du.example>, <span>thẻ</span>, &amp; &copy; AT&T,
dòng\x20\x20
ngắt, snake_case, 1 < 2 > 0, ![ảnh](anh/minh-hoa/hien-mau.jpg), [tham chiếu][gt].

<!-- more -->

## Mục *một*

- mục **đậm** và [kế hoạch][kh]
- mục thường

| cột *a* | cột `b` |
|:--|--:|
| [gt][gt] | &#8212; |

!!! note "Lưu ý"
    Nội dung __đậm__ và *nghiêng*.

[gt]: ../../gioi-thieu.md
[kh]: ../../ke-hoach.md
"""


def _page(config: object, uri: str, title: str) -> Page:
    file = File(uri, "/docs", "/site", use_directory_urls=True)
    return Page(title, file, config)  # type: ignore[arg-type]


def test_post_list_membership_is_the_list_scan() -> None:
    from mkdocs.config.defaults import MkDocsConfig

    config = MkDocsConfig()
    posts = [_page(config, f"tin-tuc/posts/{i}.md", f"Tin {i}") for i in range(5)]
    listed = blog.PostList(posts)
    twin = _page(config, "tin-tuc/posts/3.md", "Tin 3")  # equal, not the same object
    other = _page(config, "tin-tuc/posts/3.md", "Tiêu đề khác")
    stranger = _page(config, "gioi-thieu.md", "Tin 3")
    for item in [*posts, twin, other, stranger, None, "tin-tuc/posts/3.md"]:
        assert (item in listed) == (item in posts), item
    listed.append(stranger)
    assert stranger in listed


PAGES = [
    "# Một\n\nChữ [VQ] có chú thích[^1] và [liên kết][a].\n\n"
    "*[VQ]: Văn Quan\n[^1]: Ghi chú.\n[a]: https://vi-du.example/\n\n## Mục {: #muc }\n",
    "# Hai\n\nKhông có chú thích, [liên kết][a] không định nghĩa, VQ không viết tắt.\n\n"
    "<div markdown>\n**đậm**\n</div>\n\n## Mục\n\n## Mục\n",
    '!!! note "Lưu ý"\n    Nội dung.\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n',
]


def test_one_page_parser_converts_as_a_new_one_each_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from mkdocs.structure import pages

    names = ["abbr", "footnotes", "toc", "attr_list", "md_in_html", "admonition", "tables"]
    settings = {"toc": {"permalink": True}}
    made: list[object] = []
    monkeypatch.setattr(compat, "_patches", [])
    assert pageparser.share_page_parser(names)
    try:
        for text in PAGES * 2:
            shared = pages.markdown.Markdown(extensions=names, extension_configs=settings)
            made.append(shared)
            fresh = markdown.Markdown(extensions=names, extension_configs=settings)
            assert shared.convert(text) == fresh.convert(text)
            assert shared.toc_tokens == fresh.toc_tokens
    finally:
        compat.undo()
    assert pages.markdown is markdown
    assert all(m is made[0] for m in made)  # one parser for every page
    assert not pageparser.shareable([*names, "unknown_extension"])
    assert not pageparser.shareable([markdown.extensions.Extension()])
    assert pageparser.shareable(["pymdownx.details", "material.extensions.emoji"])


RAW_HTML = [
    "Chữ thường, không thẻ nào: id và name chỉ là chữ.",
    "Có thẻ <b>đậm</b> và <img src='a.png' alt='ảnh'>, không có mã mục.",
    '<div id="muc-1">x</div> <a name="neo">y</a> <span name="khong-tinh">z</span>',
    "<DIV ID=hoa>x</DIV><A NAME=Neo>y</A><p Id='a' iD=\"b\">",
    "<p id>không giá trị</p> <a name>x</a>",
    "<figure><img src=x></figure>\nmột dòng có chữ identity và surname",
    '<!-- id="trong-chu-thich" --> <p>&lt;a name=x&gt;</p>',
    "<İD x> <a NAMe='k'> <a nam\ne='l'>",
    '<img src="a.png" width="10" data-id="x" idx="1" aname="y">',
    "<a\tid=t/><a/name=u><p x='1'id='v'><b\u00a0id=w><i ID>",
    "",
]


def test_the_raw_html_scan_skips_only_pages_it_finds_nothing_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mkdocs.structure import pages

    stock = pages._RawHTMLPreprocessor.run
    monkeypatch.setattr(compat, "_patches", [])
    pageparser.skip_plain_raw_html()
    try:
        assert pages._RawHTMLPreprocessor.run is not stock
        for text in RAW_HTML:
            lines = text.split("\n")
            fast, slow = pages._RawHTMLPreprocessor(), pages._RawHTMLPreprocessor()
            assert fast.run(lines) is lines
            stock(slow, lines)
            assert fast.present_anchor_ids == slow.present_anchor_ids, text
    finally:
        compat.undo()
    assert pages._RawHTMLPreprocessor.run is stock
    found = pages._RawHTMLPreprocessor()
    stock(found, RAW_HTML[2].split("\n"))
    assert found.present_anchor_ids == {"muc-1", "neo"}  # the cases above do find anchors
    # Where the parser is skipped: no tag, or no id/name between an attribute's delimiters.
    # ("identity", "surname", "width", "data-id", "idx": not an attribute named so)
    found_some = [pageparser._may_name_an_anchor(t) for t in RAW_HTML]
    assert found_some == [False, False, True, True, True, False, True, True, False, True, False]


def test_the_page_cache_knows_the_campaign_plugin_without_importing_it() -> None:
    # ``incremental`` sits below the plugin: the plugin's class registers itself in
    # ``known`` as it is defined, and the page cache checks for it there.
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.plugins import BasePlugin, PluginCollection

    from campaign.adapter import known
    from campaign.adapter.plugin import CampaignPlugin

    assert known.own_plugins() == (CampaignPlugin,)
    assert known.own_plugin(CampaignPlugin) is CampaignPlugin  # registered once
    assert known.own_plugins() == (CampaignPlugin,)

    def config(*plugins: BasePlugin) -> MkDocsConfig:
        settings = MkDocsConfig()
        settings.plugins = PluginCollection()
        for at, plugin in enumerate(plugins):
            settings.plugins[f"p{at}"] = plugin
        return settings

    class Other(BasePlugin):  # type: ignore[type-arg]
        pass

    assert incremental.usable(config(CampaignPlugin()))
    assert not incremental.usable(config(CampaignPlugin(), Other()))
    assert incremental._known_plugins(config(Other()))["own"] == []


# The loop partials/content.html had, kept as the reference for ``related_posts``.
RELATED_LOOP = """\
{% if is_post %}
  {% set related = [] %}
  {% for category in page.categories %}
    {% for post in category.posts %}
      {% if post != page and post not in related and related | length < 3 %}
        {% set _ = related.append(post) %}
      {% endif %}
    {% endfor %}
  {% endfor %}
  {% if related %}{% for post in related %}[{{ post.file.src_uri }}]{% endfor %}{% endif %}
{% endif %}"""
RELATED_NOW = """\
{% if is_post %}
  {% set related, gap = campaign_related(page) %}{{ gap }}{% if related %}\
{% for post in related %}[{{ post.file.src_uri }}]{% endfor %}{% endif %}
{% endif %}"""


def test_related_posts_are_the_template_loop() -> None:
    from types import SimpleNamespace

    import jinja2
    from mkdocs.config.defaults import MkDocsConfig

    config = MkDocsConfig()
    posts = [_page(config, f"tin-tuc/posts/{i}.md", f"Tin {i}") for i in range(8)]
    twin = _page(config, "tin-tuc/posts/2.md", "Tin 2")  # equal to posts[2], another object

    def topic(*numbers: int) -> SimpleNamespace:
        return SimpleNamespace(posts=[posts[n] for n in numbers])

    env = jinja2.Environment()  # as MkDocs makes it: no trimming of blocks
    env.globals["campaign_related"] = blog.related_posts
    loop, now = env.from_string(RELATED_LOOP), env.from_string(RELATED_NOW)
    cases = [
        (posts[0], [topic(0, 1, 2, 3, 4, 5, 6, 7), topic(7, 6)]),
        (posts[2], [topic(0, 1), topic(1, 2, 3, 4, 5)]),
        (twin, [topic(2, 2, 3), topic(3, 2, 4)]),  # the post itself, twice
        (posts[5], [topic(5), topic(5, 6)]),  # fewer than three
        (posts[7], []),
    ]
    for page, categories in cases:
        page.categories = categories  # type: ignore[attr-defined]
        before = loop.render(page=page, is_post=True)
        assert before.count("[") == min(3, len(blog.related_posts(page)[0]))
        assert now.render(page=page, is_post=True) == before  # byte for byte
    assert blog.related_posts(posts[6])[0] == []  # no topic at all


# Listing addresses of a news section (index, its pages, months, topics) and targets of links.
LISTINGS = [
    "tin-tuc/",
    "tin-tuc/page/2/",
    "tin-tuc/page/3/",
    "tin-tuc/archive/2025/",
    "tin-tuc/archive/2025/page/2/",
    "tin-tuc/category/ve-nguon/",
    "index.html",
    "tin-tuc/page/2/index.html",
]
TARGETS = [
    "tin-tuc/2025/02/21/tin-mot/",
    "tin-tuc/page/2/",
    "gioi-thieu/",
    "",
    "anh/bia.jpg",
    "tin-tuc/archive/2025/",
    "tin-tuc/",
]


def test_a_relative_address_leads_back_to_its_target() -> None:
    from mkdocs.utils import get_relative_url

    for base in LISTINGS:
        for target in TARGETS:
            path = get_relative_url(target, base)
            back = blog._target(base, path)
            assert back is not None
            assert get_relative_url(back, base) == path
            for other in LISTINGS:  # the same target, whichever listing asks
                assert get_relative_url(back, other) == get_relative_url(target, other)
    assert blog._target("tin-tuc/", "../../x/") is None  # above the root: no way back
    assert blog._relative_addresses("tin-tuc/", '<img src="../../../a.jpg">') == ()


def test_an_excerpt_is_reused_only_where_its_links_read_the_same() -> None:
    from mkdocs.utils import get_relative_url

    post, picture = "tin-tuc/2025/02/21/tin-mot/", "anh/bia.jpg"

    def converted(base: str) -> str:  # what the blog's tree processors write on ``base``
        return (
            f'<h1><a href="{get_relative_url(post, base)}">Tin &amp; ảnh</a></h1>'
            f'<p><img alt="" src="{get_relative_url(picture, base)}" /> '
            '<a href="https://vi-du.example/a?b=1&amp;c=2">ngoài</a> '
            '<a href="#muc">mục</a> <a href="/tuyet-doi/">gốc</a></p>'
        )

    inputs = ("<!-- more -->", "Nội dung", "Tin", None)
    for first in LISTINGS:
        addresses = blog._relative_addresses(first, converted(first))
        assert addresses is not None and len(addresses) == 2  # the other three do not move
        render = blog.Rendered(inputs, addresses, converted(first), None, [])
        for other in LISTINGS:
            # Reused exactly where converting again would write the same bytes.
            assert render.fits(inputs, other) == (converted(other) == converted(first))
        assert not render.fits(("<!-- more -->", "Nội dung khác", "Tin", None), first)
    same = blog.Rendered(inputs, (), "", None, [])
    assert same.fits(inputs, "tin-tuc/") and same.fits(inputs, "tin-tuc/archive/2025/")
    assert blog._relative_addresses("tin-tuc/", '<a href="http://[::1">x</a>') is None


def _same_site(one: Path, other: Path) -> None:
    """Both folders hold the same files, byte for byte (but the marker, which names its folder)."""
    pages = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file() and p.name != MARKER)
    assert pages == sorted(
        p.relative_to(other) for p in other.rglob("*") if p.is_file() and p.name != MARKER
    )
    _, mismatch, errors = filecmp.cmpfiles(one, other, [str(p) for p in pages], shallow=False)
    assert not mismatch and not errors


def _refuse_speed_ups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every speed-up reaching into MkDocs or Material fails the test if it runs."""

    def refuse(*args: object, **kwargs: object) -> None:
        pytest.fail("a speed-up ran with the speed-ups off")

    for owner, name in (
        (blog, "use_libyaml"),
        (blog, "remember_dates"),
        (blog, "link_view_copies"),
        (blog, "keep_view_sources"),
        (blog, "share_excerpt_parser"),
        (blog, "cache_post_meta"),
        (blog, "index_posts"),
        (blog, "prepare_excerpts"),
        (posts.PostCache, "install"),
        (readahead, "start"),
        (shard, "split"),
        (blog.HeadExcerpt, "_render"),
        (pageparser, "share_page_parser"),
        (pageparser, "skip_plain_raw_html"),
        (fastmarkdown, "install"),
        (rendering, "install"),
        (incremental, "start"),
        (direct, "build"),
    ):
        monkeypatch.setattr(owner, name, refuse)
    patch = compat.patch

    def stock_only(owner: object, name: str, value: object) -> None:
        # Any other change to MkDocs, Material, Jinja or Python-Markdown is a speed-up's,
        # even one not listed above; the spare folder's guard is no speed-up (see outdir).
        if name != "clean_directory":
            pytest.fail(f"a speed-up patched {name} with the speed-ups off")
        patch(owner, name, value)

    monkeypatch.setattr(compat, "patch", stock_only)


@pytest.mark.build
@pytest.mark.parametrize("off", ["CAMPAIGN_SPEEDUPS=0", "another Material"])
def test_flagship_is_identical_with_the_speed_ups_off(
    built: Path,
    flagship: Path,
    tmp_path: Path,
    off: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(compat, "_warned", set())
    if off == "another Material":
        found = {**compat.MADE_FOR, "mkdocs-material": "9.8.2"}
        monkeypatch.setattr(compat, "found_versions", lambda: found)
    else:
        monkeypatch.setenv(compat.ENV, "0")
    _refuse_speed_ups(monkeypatch)
    stock = tmp_path / "stock"
    with caplog.at_level(logging.WARNING, logger="campaign.compat"):
        assert main(["-C", str(flagship), "build", "--site-dir", str(stock)]) == 0  # strict
    notices = [r for r in caplog.records if r.name == "campaign.compat"]
    assert len(notices) == (1 if off == "another Material" else 0)
    _same_site(built, stock)


@pytest.mark.build
@pytest.mark.parametrize("one_process", [False, True], ids=["jobs", "jobs=1"])
def test_site_is_identical_with_and_without_the_fast_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flagship: Path, one_process: bool
) -> None:
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-10")
    if one_process:
        monkeypatch.setenv("CAMPAIGN_JOBS", "1")
    posts = flagship / "docs" / "tin-tuc" / "posts"
    (posts / "lien-ket-tham-chieu.md").write_text(POST, encoding="utf-8")
    (posts / "tin-ngan.md").write_text(SHORT, encoding="utf-8")
    (posts / "tin-khoi-ma.md").write_text(FENCED, encoding="utf-8")
    (posts / "tin-du-kieu-chu.md").write_text(VARIED, encoding="utf-8")
    fast, stock = tmp_path / "fast", tmp_path / "stock"
    caches: list[navcache.NavCache] = []
    install = navcache.install
    monkeypatch.setattr(
        navcache, "install", lambda *a, **k: caches.append(install(*a, **k)) or caches[-1]
    )
    prepared: list[int] = []
    prepare = blog.prepare_excerpts
    monkeypatch.setattr(
        blog, "prepare_excerpts", lambda config: prepared.append(prepare(config)) or prepared[-1]
    )
    conversions: list[str] = []
    convert = blog.HeadExcerpt._render

    def counted(self: blog.HeadExcerpt, page: Page, separator: str) -> None:
        conversions.append(page.url)
        convert(self, page, separator)

    monkeypatch.setattr(blog.HeadExcerpt, "_render", counted)
    skipped: list[bool] = []
    shortcut = fastmarkdown.install
    monkeypatch.setattr(fastmarkdown, "install", lambda: skipped.append(shortcut()) or skipped[-1])
    # --force: every page rendered here, none taken from an earlier test's page cache.
    assert main(["-C", str(flagship), "build", "--force", "--site-dir", str(fast)]) == 0
    listings = [u for u in conversions if not u.startswith("campaign-excerpt/")]
    # Prepared before the pages (on every core, or here with one process): no listing
    # converts one.
    assert prepared and prepared[0] >= 7 and not listings
    assert caches and caches[0].hits > 0  # posts and profiles shared a rendered navigation
    assert structure.Markdown is markdown.Markdown  # sharing ends with the build's reading
    assert structure.SafeLoader is yaml.SafeLoader  # given back when the build ends
    with monkeypatch.context() as patch:
        patch.setenv(compat.ENV, "0")
        _refuse_speed_ups(patch)
        assert main(["-C", str(flagship), "build", "--site-dir", str(stock)]) == 0
    assert caches[-1].hits == 0  # every page rendered its own navigation
    _same_site(stock, fast)
    assert skipped and skipped[0]  # the inline shortcut was on in the fast build
    index = (fast / "tin-tuc" / "index.html").read_text(encoding="utf-8")
    assert 'href="../gioi-thieu/"' in index  # the reference link resolved in the excerpt
    assert "Phần còn lại của tin" not in index
    assert "Vẫn thuộc đoạn trích." in index and "Phần sau của tin có khối mã" not in index


@pytest.mark.build
def test_example_is_identical_with_the_speed_ups_off(
    built_example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Directive 06 example (another campaign, its own pages and Markdown).
    root = built_example.parent
    monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2023-05-02")
    monkeypatch.setenv(compat.ENV, "0")
    _refuse_speed_ups(monkeypatch)
    stock = tmp_path / "stock"
    assert main(["-C", str(root), "build", "--site-dir", str(stock)]) == 0
    _same_site(built_example, stock)
