"""The cheaper paths of page rendering (``campaign.adapter.rendering``): the theme's own bytes."""

from __future__ import annotations

import filecmp
import itertools
import shutil
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import jinja2
import pytest
from mkdocs.utils.templates import url_filter

from campaign.adapter import navcache, rendering
from campaign.cli import main
from campaign.publish.outdir import MARKER

from .conftest import EXAMPLE, EXAMPLE_DATE

ADDRESSES = [
    "",
    ".",
    "./",
    "/",
    "#top",
    "?q=1",
    "https://example.org/a/",
    "//cdn.example.org/x.js",
    "mailto:a@b.vn",
    "tin-tuc/",
    "tin-tuc",
    "tin-tuc/2024/08/tin-1/",
    "tin-tuc/2024/09/",
    "tin-tuc/page/2/",
    "assets/stylesheets/main.57a0d79d.min.css",
    "assets/campaign/fonts/a b.woff2",
    "su-kien/le-ky-niem/",
    "../ke-hoach/",
    "../../x/y.png",
    "a/../b/",
    "a/./b",
    "gioi-thieu.md",
    "404.html",
    "index.html",
    "sitemap.xml",
    "Đà Nẵng/",
]
PAGES = [
    "",
    "index.html",
    "404.html",
    "gioi-thieu/",
    "gioi-thieu.html",
    "tin-tuc/",
    "tin-tuc/2024/08/tin-1/",
    "tin-tuc/2024/08/tin-2/",
    "tin-tuc/category/tiem-chung/",
    "tin-tuc/page/3/",
    "su-kien/le-ky-niem/",
    "su-kien/",
    "assets/x/",
    "a/b/c.html",
]


def _render(filter_: Any, page: Any, value: str) -> str:
    env = jinja2.Environment()
    env.filters["url"] = filter_
    template = env.from_string("{{ value | url }}")
    return template.render(page=page, base_url="..", value=value)


def test_the_url_filter_gives_mkdocs_address_for_every_page() -> None:
    fast = rendering.fast_url(url_filter)
    for value, url in itertools.product(ADDRESSES, PAGES):
        page = SimpleNamespace(url=url)
        assert _render(fast, page, value) == _render(url_filter, page, value), (value, url)
    # Without a page: the address from the base, as MkDocs' filter gives it.
    assert _render(fast, None, "assets/a.css") == _render(url_filter, None, "assets/a.css")


def test_a_blog_view_links_to_itself_through_the_theme_filter() -> None:
    from material.plugins.blog.structure import View

    seen: list[str] = []

    @jinja2.pass_context
    def original(context: Any, value: Any) -> str:
        seen.append(value)
        return "from-material"

    class Paged(View):  # a second page of the news listing
        url = "tin-tuc/page/2/"

    view = Paged.__new__(Paged)
    fast = rendering.fast_url(original)
    assert _render(fast, view, "tin-tuc/page/2/") == "from-material"
    assert _render(fast, view, "tin-tuc/page/3/") == "../3/"
    assert _render(fast, view, "assets/a.css") == "../../../assets/a.css"
    assert _render(fast, SimpleNamespace(url="a/"), "b/") == "../b/"
    assert seen == ["tin-tuc/page/2/"]


def _templates(sources: dict[str, str]) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(sources))
    env.cache = rendering.Templates(env, [])
    return env


def test_a_template_of_text_only_is_included_without_a_context() -> None:
    sources = {
        "icon.svg": '<svg viewBox="0 0 24 24"><path d="M1 2"/></svg>\n',
        "page.html": "{% for i in items %}[{% include 'icon.svg' %}]{% endfor %}{{ x }}",
        "named.html": "{{ x }}{% include 'icon.svg' %}",
    }
    plain = jinja2.Environment(loader=jinja2.DictLoader(sources))
    env = _templates(sources)
    for name in ("page.html", "named.html"):
        values = {"items": [1, 2], "x": "<b>"}
        assert env.get_template(name).render(**values) == plain.get_template(name).render(**values)
    icon = env.get_template("icon.svg")
    assert icon.new_context({"a": 1}) is icon.new_context({"b": 2})  # one context, never filled
    # A template with a name in it is rendered as Jinja does.
    named = env.get_template("named.html")
    assert named.new_context({"x": 1}) is not named.new_context({"x": 1})


def test_a_module_reading_only_the_configuration_is_made_once() -> None:
    sources = {
        "lang.html": "{% set words = {'a': config.lang} %}"
        "{% macro t(key) %}{{ words[key] | upper }}{% endmacro %}",
        "page.html": "{% import 'lang.html' as lang with context %}{{ lang.t('a') }} {{ page }}",
    }
    env = jinja2.Environment(loader=jinja2.DictLoader(sources))
    plain = jinja2.Environment(loader=jinja2.DictLoader(sources))
    lang = env.get_template("lang.html")
    make = lang.make_module
    rendering._shared_module(lang, ("config",))
    config = {"lang": "vi"}
    for page in ("p1", "p2"):
        got = env.get_template("page.html").render(config=config, page=page)
        assert got == plain.get_template("page.html").render(config=config, page=page)
    module = lang.make_module({"config": config}, True)
    word = cast(Any, module).t
    assert word("a") == "VI" and word("a") is word("a")  # kept by key
    assert lang.make_module({"config": config, "page": "p3"}, True) is module
    assert make({"config": config}, True) is not module  # Jinja's own makes a new one
    other = {"lang": "en"}
    assert env.get_template("page.html").render(config=other, page="p") == "EN p"
    assert lang.make_module({"config": other}, True) is not module  # made again


def test_the_campaign_words_are_those_of_the_theme() -> None:
    from material import templates as material_templates

    from campaign.adapter.rendering import TEMPLATES

    folders = [str(TEMPLATES), next(iter(material_templates.__path__))]
    page = "{% import 'partials/language.html' as lang with context %}"
    page += "{{ lang.t('search.placeholder') }}|{{ lang.t('toc') }}|{{ lang.t('nope') }}"
    sources = jinja2.DictLoader({"page.html": page})
    rendered = []
    for fast in (True, False):
        loader = jinja2.ChoiceLoader([sources, jinja2.FileSystemLoader(folders)])
        env = jinja2.Environment(loader=loader)
        items = [SimpleNamespace(url="", children=None)]
        navcache.install(env, SimpleNamespace(items=items), shared=fast)  # type: ignore[arg-type]
        if fast:
            env.cache = rendering.Templates(env, [])
        config = {"theme": {"language": "vi"}}
        rendered.append([env.get_template("page.html").render(config=config) for _ in range(2)])
        if fast:
            language = env.get_template("partials/language.html")
            module = language.make_module({"config": config})
            assert language.make_module({"config": config}) is module
    assert rendered[0] == rendered[1]
    assert rendered[0][0] == "Tìm trên trang|Mục lục|nope"


# News bodies in the shapes real posts take (Word imports, hand-written Markdown):
# headings, lists, tables, links to pages, anchors and photos, quotes, raw HTML,
# characters to escape, an excerpt mark or none.
BODIES = [
    "Đoạn mở đầu có **chữ đậm** và [liên kết tới kế hoạch](../../ke-hoach.md).\n\n"
    "<!-- more -->\n\n## Diễn biến\n\n- Ý một\n- Ý hai có `mã`\n\n1. Bước một\n2. Bước hai\n",
    "| Đơn vị | Số người |\n|:--|--:|\n| Trạm Y tế xã | 12 |\n| Trung tâm Y tế | 40 |\n\n"
    "> Trích lời phát biểu: “Y tế Việt Nam - 70 năm làm theo lời Bác”.\n",
    "Xem [mục Diễn biến](#dien-bien) và "
    "[trang giới thiệu](../../gioi-thieu.md#gioi-thieu-trang).\n\n"
    "### Diễn biến\n\nGiá 5 < 7 & \"dấu nháy\" 'đơn', <b>HTML</b> và ký tự đặc biệt ©.\n",
    "Tin ngắn không có dấu ngắt đoạn trích.\n",
    "Đoạn một.\n\n<!-- more -->\n\n```\nmã <!-- more --> trong khối\n```\n\n"
    "Liên kết ngoài: <https://vanquan.langson.gov.vn/> và [email](mailto:a@b.vn).\n",
]


def _synthetic(root: Path, count: int = 23) -> None:
    """The flagship with enough news for paged listings, topics and months, and a page
    in a folder of its own (a deeper place in the URL tree)."""
    posts = root / "docs" / "tin-tuc" / "posts"
    topics = ["Tuyên truyền", "Thi đua", "Về nguồn", "Khám bệnh"]
    for i in range(count):
        title = f"Tin thử {i}: “ngoặc” & <dấu> của tin" if i % 5 == 0 else f"Tin thử số {i}"
        (posts / f"tin-thu-{i:02d}.md").write_text(
            "---\n"
            f'title: "{title.replace(chr(34), chr(92) + chr(34))}"\n'
            f"date: 2025-0{1 + i % 2}-{1 + i:02d}\n"
            f'summary: "Tóm tắt tin thử {i}."\n'
            f"categories: [{topics[i % 4]}{', ' + topics[(i + 1) % 4] if i % 3 == 0 else ''}]\n"
            "unit: ttyt\n"
            "sample: true\n"
            "---\n\n" + BODIES[i % len(BODIES)],
            encoding="utf-8",
        )
    folder = root / "docs" / "hoat-dong"
    folder.mkdir()
    (folder / "ngay-hoi.md").write_text(
        "# Ngày hội hiến máu\n\nVề [trang chủ](../index.md) và [tin tức](../tin-tuc/index.md).\n",
        encoding="utf-8",
    )


def _same_site(one: Path, other: Path) -> int:
    """Both folders hold the same files, byte for byte (but the marker); how many."""
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file() and p.name != MARKER)
    assert files == sorted(
        p.relative_to(other) for p in other.rglob("*") if p.is_file() and p.name != MARKER
    )
    _, mismatch, errors = filecmp.cmpfiles(one, other, [str(p) for p in files], shallow=False)
    assert not mismatch and not errors, mismatch[:5]
    return len(files)


@pytest.mark.build
@pytest.mark.parametrize("campaign", ["example", "synthetic"])
def test_pages_are_the_same_with_and_without_the_cheaper_rendering(
    tmp_path: Path, flagship: Path, monkeypatch: pytest.MonkeyPatch, campaign: str
) -> None:
    if campaign == "example":
        root = tmp_path / "chi-thi-06"
        shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("site", ".cache"))
        monkeypatch.setenv("CAMPAIGN_BUILD_DATE", EXAMPLE_DATE)
    else:
        root = flagship
        _synthetic(root)
        monkeypatch.setenv("CAMPAIGN_BUILD_DATE", "2025-02-10")
    shortcuts: list[int] = []
    install = rendering.install

    def counted(env: jinja2.Environment) -> None:
        install(env)
        shortcuts.append(1)

    monkeypatch.setattr(rendering, "install", counted)
    fast, stock = tmp_path / "fast", tmp_path / "stock"
    # Stock first: the blog keeps one temporary folder per process, and its own copy of a
    # listing's source onto the hard link the speed-ups made there is refused
    # (shutil.SameFileError), a paged listing being built again in the same process.
    with monkeypatch.context() as off:
        off.setenv("CAMPAIGN_SPEEDUPS", "0")
        off.setattr(rendering, "install", lambda env: pytest.fail("rendering with speed-ups off"))
        assert main(["-C", str(root), "build", "--site-dir", str(stock)]) == 0
    assert main(["-C", str(root), "build", "--force", "--site-dir", str(fast)]) == 0
    assert shortcuts  # the cheaper rendering was in place
    assert _same_site(fast, stock) > 20
