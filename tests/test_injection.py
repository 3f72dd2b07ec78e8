"""Text from a user never runs as code and shows as typed, wherever it is published.

One scratch campaign carries a set of injection payloads in every free-text
field of the campaign model (found by walking the Pydantic models, so a new
field is covered without touching this file) and in every free-text front
matter key of a news post, a plain page and a profile. It is built once;
then every HTML page is opened in Chromium with a hook the payloads would
call, and the published data (feed, calendar, search index, manifest, share
tags) is parsed back to the literal text.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import types
import typing
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from campaign.cli import main
from campaign.content.model import Campaign
from campaign.content.schemas import NewsMeta, PageMeta, ProfileMeta
from tests.browser import launch, serve_site

ROOT = Path(__file__).resolve().parent.parent

# Each payload calls __xss(n) if it ever runs (or opens a dialog).
PAYLOADS = (
    "<img src=x onerror=__xss(1)>",
    "</script><script>__xss(2)</script>",
    '"><svg onload=__xss(3)>',
    "' onmouseover=__xss(4) x='",
    "{{ 7*7 }} {% raw %}",
    "]]> &lt;b&gt; &amp;",
    "[bấm](javascript:__xss(5)) <javascript:__xss(6)>",
    "*đậm* `mã` # _x_",
    "{: onmouseover=__xss(7) }",  # Markdown attribute lists, last: they act at a block's end
)
PAYLOAD = " ".join(PAYLOADS)
# Raw HTML an author may paste into a page body (Markdown passes raw HTML through):
# before and after the excerpt's cut, so listings show it too.
BODY = "\n\n".join(
    (
        "<script>__xss(20)</script>",
        "<img src=khong-co.jpg onerror=__xss(21)>",  # an author's image: kept, without onerror
        '<a href="javascript:__xss(22)">liên kết</a> <a href=" JaVaScRiPt:__xss(22)">2</a>',
        '<iframe src="javascript:__xss(23)"></iframe>',
        '<div onmouseover="__xss(24)" style="position:fixed;inset:0">Đè lên trang</div>',
        'Một đoạn văn.\n{: onclick="__xss(25)" }',
        "<svg><script>__xss(26)</script></svg>",
        '<object data="javascript:__xss(27)"></object><embed src="javascript:__xss(27)">',
        '<form action="javascript:__xss(28)"><button>Gửi</button></form>',
        '<details ontoggle="__xss(29)" open><summary>Mở</summary>x</details>',
        '<video><source onerror="__xss(30)"></video>',
        "<math><mtext><table><mglyph><style><img src=khong-co.jpg onerror=__xss(31)>",
    )
)
# A text the build must keep literal: a marker, then every payload.
MARK = "XSS"


def payload(label: str) -> str:
    if label in SHORT:
        return f"{MARK} {SHORT[label]}"
    return f"{MARK}{label} {PAYLOAD}"


# Fields drawn as a label on every share card, where a long text does not fit.
SHORT = {
    "Anniversary.name": "<img src=x onerror=__xss(1)>",
    "mkdocs.site_name": "<img src=x onerror=__xss(1)> \"'&amp;",
    "SiteInfo.name": '"><svg onload=__xss(3)> &amp; {{ 7*7 }}',
}


# Fields that name a file or address rather than hold text (checked elsewhere); the
# publish: settings name files on the centre's machine and are never published.
NOT_TEXT = {
    ("MediaSettings", "logo"),
    ("MediaSettings", "footer"),
    # Phrases a line break must not cut: rules for the kit's fitter, never shown.
    ("MediaSettings", "phrases"),
    ("PublishSettings", "identity"),
    ("PublishSettings", "known_hosts"),
}
# Front matter keys that are not shown anywhere (the blog's authors are switched off).
NOT_SHOWN = {"authors"}


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the type inside Optional/Annotated, whether a pattern restricts it)."""
    restricted = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            base, *meta = typing.get_args(annotation)
            restricted |= any(getattr(m, "pattern", None) for m in meta) or any(
                getattr(x, "pattern", None) for m in meta for x in getattr(m, "metadata", [])
            )
            annotation = base
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation, restricted
            annotation = args[0]
        else:
            return annotation, restricted


def _restricted(field: Any) -> bool:
    return any(getattr(m, "pattern", None) for m in field.metadata)


def inject(data: dict[str, Any], model: type[BaseModel], touched: set[tuple[str, str]]) -> None:
    """Put a payload in every free-text field of ``data`` (validated by ``model``),
    recursing into nested models; record (model, field) pairs reached."""
    for name, field in model.model_fields.items():
        key = field.alias or name
        annotation, restricted = _unwrap(field.annotation)
        restricted |= _restricted(field)
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        label = f"{model.__name__}.{name}"
        if (model.__name__, name) in NOT_TEXT:
            continue
        if annotation is str and not restricted:
            data[key] = payload(label)
            touched.add((model.__name__, name))
        elif origin is list and args:
            inner, inner_restricted = _unwrap(args[0])
            if inner is str and not inner_restricted:
                data[key] = [payload(label)]
                touched.add((model.__name__, name))
            elif isinstance(inner, type) and issubclass(inner, BaseModel):
                for item in data.get(key) or []:
                    if isinstance(item, dict):
                        inject(item, inner, touched)
        elif origin is dict and args and args[0] is str and key in data:
            inner, _ = _unwrap(typing.get_args(args[1])[0]) if typing.get_args(args[1]) else (0, 0)
            if inner is str:
                data[key] = {payload(label + ".key"): [payload(label)]}
                touched.add((model.__name__, name))
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if isinstance(data.get(key), dict):
                inject(data[key], annotation, touched)


def text_fields(model: type[BaseModel], seen: set[str] | None = None) -> set[tuple[str, str]]:
    """Every (model, field) of free text reachable from ``model``."""
    seen = set() if seen is None else seen
    if model.__name__ in seen:
        return set()
    seen.add(model.__name__)
    found: set[tuple[str, str]] = set()
    for name, field in model.model_fields.items():
        annotation, restricted = _unwrap(field.annotation)
        restricted |= _restricted(field)
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if (model.__name__, name) in NOT_TEXT:
            continue
        inner = _unwrap(args[0]) if origin is list and args else (annotation, restricted)
        if origin is dict and args and args[0] is str:
            value_args = typing.get_args(args[1])
            if value_args and _unwrap(value_args[0])[0] is str:
                found.add((model.__name__, name))
            continue
        if inner[0] is str and not inner[1]:
            found.add((model.__name__, name))
        elif isinstance(inner[0], type) and issubclass(inner[0], BaseModel):
            found |= text_fields(inner[0], seen)
    return found


# Parts of the model the flagship's campaign.yml does not use, added so every field is reached.
EXTRA_PLAN = {
    "sections": [
        {
            "title": "MỤC ĐÍCH",
            "body": [{"text": "Đoạn mở đầu.", "items": ["Một ý."]}],
            "parts": [{"title": "Mục đích", "show": "purposes"}],
        },
        {"title": "TỔ CHỨC", "show": "assignments"},
    ],
}
EXTRA_EVENT = {
    "id": "hoi-nghi-thu",
    "name": "Hội nghị thử",
    "month": "3/2025",
    "refs": [{"kind": "Chỉ thị", "number": "06-CT/TW", "issuer": "Ban Bí thư", "title": "về x"}],
    "combined": [
        {
            "name": "Tổng kết khác",
            "document": {"kind": "Chỉ thị", "number": "24-CT/TW", "issuer": "Ban Bí thư"},
        }
    ],
    "agenda": [{"time": "8h00", "item": "Khai mạc."}],
    "participants": [{"level": "Ở huyện", "who": ["Đại biểu."]}],
    # Who takes replies to the invitation (drawn on the card only): its name too.
    "reply": {"phone": "0205 3830 123"},
}


def _front(meta: dict[str, Any], body: str) -> str:
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body


def _free_keys(model: type[BaseModel]) -> set[str]:
    keys = set()
    for name, field in model.model_fields.items():
        annotation, restricted = _unwrap(field.annotation)
        restricted |= _restricted(field)
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        inner = _unwrap(args[0]) if origin is list and args else (annotation, restricted)
        if inner[0] is str and not inner[1] and name not in NOT_SHOWN:
            keys.add(name)
    return keys


def _meta_with_payloads(model: type[BaseModel], base: dict[str, Any]) -> dict[str, Any]:
    meta = dict(base)
    for key in sorted(_free_keys(model)):
        if key in ("honour",):  # a closed list of honours: validated, never free text
            continue
        listed = typing.get_origin(_unwrap(model.model_fields[key].annotation)[0]) is list
        meta[key] = (
            [payload(f"{model.__name__}.{key}")] if listed else payload(f"{model.__name__}.{key}")
        )
    return meta


# Keys validated as names: a payload there is refused with a located error.
REFUSED = {"icon", "status", "template"}


def _project(root: Path) -> set[tuple[str, str]]:
    """The flagship with payloads everywhere; returns the model fields reached."""
    for name in ("mkdocs.yml", "campaign.yml"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "anh", root / "anh")
    docs = root / "docs"
    (docs / "tin-tuc" / "posts").mkdir(parents=True)
    (docs / "guong-dien-hinh").mkdir()
    shutil.copy(ROOT / "docs" / "tin-tuc" / "index.md", docs / "tin-tuc" / "index.md")
    # mkdocs.yml's own texts (`campaign init` writes them from the plan).
    settings = (root / "mkdocs.yml").read_text(encoding="utf-8")
    for key in ("site_name", "copyright"):
        line = f"{key}: " + json.dumps(payload(f"mkdocs.{key}"), ensure_ascii=False)
        settings = re.sub(rf"(?m)^{key}: .*$", lambda _, line=line: line, settings)
    (root / "mkdocs.yml").write_text(settings, encoding="utf-8")
    data = yaml.safe_load((ROOT / "campaign.yml").read_text(encoding="utf-8"))
    data["plan"].update(EXTRA_PLAN)
    data["events"].append(EXTRA_EVENT)
    data["broadcast"]["audio"] = False  # no sound is needed to read pages
    data["plan"].pop("not_in_original", None)  # the number and date get text here
    # The leaflet's imprint line (drawn on the leaflet, never on a page): its texts too.
    data.setdefault("media", {})["imprint"] = {"licence_date": "15/01/2025", "copies": 1000}
    touched: set[tuple[str, str]] = set()
    inject(data, Campaign, touched)
    data["site"]["url"] = "https://vi-du.example/"
    (root / "campaign.yml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )

    news = _meta_with_payloads(
        NewsMeta,
        {"date": dt.date(2025, 2, 20), "cover": "anh/minh-hoa/ve-nguon.jpg", "unit": "ttyt"},
    )
    for key in REFUSED:
        news.pop(key, None)
    news["links"] = [{payload("links.title"): 'https://vi-du.example/"><svg onload=__xss(8)>'}]
    body = f"Đoạn mở đầu.\n\n{BODY}\n<!-- more -->\n\nThân bài.\n\n{BODY}"
    (docs / "tin-tuc" / "posts" / "tin-thu.md").write_text(_front(news, body), encoding="utf-8")
    # A second post in the same topic, so the topic's page lists two.
    second = {**news, "title": "Tin thứ hai", "date": dt.date(2025, 2, 21)}
    second.pop("links")
    (docs / "tin-tuc" / "posts" / "tin-hai.md").write_text(
        _front(second, "Tin thứ hai.\n"), encoding="utf-8"
    )
    # More posts in the same topic: its listing and the news index get a second page,
    # whose heading the blog writes from the first page's title.
    for n in range(10):
        more = {**second, "title": f"Tin thêm số {n}", "date": dt.date(2025, 1, 1 + n)}
        (docs / "tin-tuc" / "posts" / f"tin-them-{n}.md").write_text(
            _front(more, "Tin thêm.\n"), encoding="utf-8"
        )
    profile = _meta_with_payloads(
        ProfileMeta,
        {
            "kind": "cá nhân",
            "honour": "Thầy thuốc Ưu tú",
            "unit": "ttyt",
            "photo": "anh/minh-hoa/chan-dung-1.jpg",
        },
    )
    for key in REFUSED:
        profile.pop(key, None)
    (docs / "guong-dien-hinh" / "nguoi-thu.md").write_text(
        _front(profile, "Tiểu sử.\n"), encoding="utf-8"
    )
    page = _meta_with_payloads(PageMeta, {})
    for key in REFUSED:
        page.pop(key, None)
    (docs / "gioi-thieu.md").write_text(_front(page, "Trang giới thiệu.\n"), encoding="utf-8")
    return touched


def _sketch(job: Any, folder: Path) -> list[str]:
    """Stands in for the media kit's renderer: the texts here fit no banner (and are
    not published as HTML by the kit), and drawing them would take minutes."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("png", "webp"):
        Image.new("RGB", (8, 8), "white").save(folder / f"kit.{suffix}")
    return ["kit.png", "kit.webp"]


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[tuple[str, str]]]:
    root = tmp_path_factory.mktemp("injection")
    touched = _project(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("campaign.media.kit._render_job", _sketch)
        assert main(["-C", str(root), "build"]) == 0
    return root, touched


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch() as browser:
        yield browser


def test_every_free_text_field_of_the_model_carries_a_payload(
    injected: tuple[Path, set[tuple[str, str]]],
) -> None:
    _, touched = injected
    missing = text_fields(Campaign) - touched
    assert not missing, f"extend the test campaign so these fields are set: {sorted(missing)}"


def test_every_free_text_front_matter_key_carries_a_payload(
    injected: tuple[Path, set[tuple[str, str]]],
) -> None:
    root, _ = injected
    for model, path in (
        (NewsMeta, "docs/tin-tuc/posts/tin-thu.md"),
        (ProfileMeta, "docs/guong-dien-hinh/nguoi-thu.md"),
        (PageMeta, "docs/gioi-thieu.md"),
    ):
        text = (root / path).read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---\n")[1])
        for key in _free_keys(model) - REFUSED - {"honour"}:
            assert MARK in str(meta[key]), (path, key)


# What a text escaped twice shows ("&lt;img", "&#34;"): the payloads hold "<img" and a
# quote as typed, and "&lt;b&gt; &amp;" typed literally shows as "&lt;b&gt; &amp;".
_TWICE = re.compile(r"&lt;img|&lt;/script|&#3[49];|&quot;|&amp;(?:amp|lt|gt|#)")

_SHOWN = """() => {
  const texts = [document.body.innerText, document.title];
  for (const el of document.querySelectorAll('[title], [aria-label], [alt], meta[content]')) {
    for (const name of ['title', 'aria-label', 'alt', 'content']) {
      const value = el.getAttribute(name);
      if (value && value.includes('XSS')) texts.push(value);
    }
  }
  return texts;
}"""

_HOOK = """
window.__ran = [];
window.__xss = function (n) { window.__ran.push(n); };
"""

# Attributes a payload would add if it broke out of its place.
_DOM_CHECK = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(el.tagName + ' ' + a.name + '=' + a.value);
      if (/^\\s*javascript:/i.test(a.value) && a.value !== 'javascript:void(0)')
        found.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
  }
  for (const el of document.querySelectorAll('svg[onload], img[src="x"], x')) {
    found.push('element ' + el.outerHTML.slice(0, 80));
  }
  return found;
}"""


def _pages(site: Path) -> list[str]:
    return sorted(
        p.relative_to(site).as_posix().removesuffix("index.html")
        for p in site.rglob("*.html")
        if p.name == "index.html" or p.name == "404.html"
    )


def test_no_payload_runs_on_any_page(
    injected: tuple[Path, set[tuple[str, str]]], browser: Any
) -> None:
    root, _ = injected
    site = root / "site"
    pages = _pages(site)
    assert len(pages) > 15
    problems: list[str] = []
    with serve_site(site) as base:
        context = browser.new_context()
        context.add_init_script(_HOOK)
        page = context.new_page()
        page.on("dialog", lambda d: (problems.append(f"dialog {d.message}"), d.dismiss()))
        for path in pages:
            page.goto(base + path, wait_until="load")
            # Hover over everything with a title: "onmouseover" payloads would fire.
            page.mouse.move(5, 5)
            ran = page.evaluate("window.__ran")
            broken = page.evaluate(_DOM_CHECK)
            if ran or broken:
                problems.append(f"{path}: ran {ran}, {broken[:3]}")
            texts = page.evaluate(_SHOWN)
            if any("x=' 49" in t or "x='  " in t for t in texts):
                problems.append(f"{path}: a template ran")
            problems += [f"{path}: escaped twice: {m[0]}" for t in texts if (m := _TWICE.search(t))]
        context.close()
    assert problems == [], "\n".join(problems)


def _head(site: Path, path: str) -> dict[str, str]:
    text = (site / path / "index.html").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for match in re.finditer(r"<meta (?:property|name)=\"([^\"]+)\" content=\"([^\"]*)\">", text):
        found[match[1]] = html.unescape(match[2])
    title = re.search(r"<title>(.*?)</title>", text, re.S)
    assert title is not None
    found["title"] = html.unescape(title[1])
    return found


def _news_url(site: Path) -> str:
    found = [p for p in site.glob("tin-tuc/2025/02/*/index.html") if "xss" in p.parent.name]
    assert len(found) == 1, found
    return found[0].parent.relative_to(site).as_posix() + "/"


def test_share_tags_and_title_keep_the_literal_text(
    injected: tuple[Path, set[tuple[str, str]]],
) -> None:
    site = injected[0] / "site"
    head = _head(site, _news_url(site))
    title = payload("NewsMeta.title")
    for key in ("og:title", "twitter:title", "og:image:alt"):
        assert head[key] == title, key
    assert head["title"].startswith(title)
    assert head["description"] == payload("NewsMeta.description")
    assert head["og:site_name"] == payload("mkdocs.site_name")
    profile = _head(site, "guong-dien-hinh/nguoi-thu/")
    assert profile["title"].startswith(payload("ProfileMeta.title"))
    assert profile["description"] == payload("ProfileMeta.description")


def test_page_headings_show_the_literal_text(
    injected: tuple[Path, set[tuple[str, str]]], browser: Any
) -> None:
    root, _ = injected
    site = root / "site"
    with serve_site(site) as base:
        page = browser.new_page()
        page.goto(base + _news_url(site), wait_until="load")
        heading = page.locator("article h1").first.inner_text()
        page.goto(base + "tin-tuc/", wait_until="load")
        listing = page.locator("article h2").all_inner_texts()
        topic = next(site.glob("tin-tuc/chu-de/xss*/trang/2/index.html"))
        page.goto(base + topic.parent.relative_to(site).as_posix() + "/", wait_until="load")
        topic_headings = page.locator(".md-content h1").all_inner_texts()
        page.goto(base + "su-kien/le-ky-niem/", wait_until="load")
        header = page.locator(".cp-header__name").all_inner_texts()
        band = page.locator(".cp-band__issuer").all_inner_texts()
        footer = page.locator(".cp-footer .cp-contacts").inner_text()
        navigation = [" ".join(t.split()) for t in page.locator(".md-nav__link").all_inner_texts()]
        page.goto(base + "guong-dien-hinh/nguoi-thu/", wait_until="load")
        profile = page.locator("article h1").first.inner_text()
        page.close()
    assert heading == payload("NewsMeta.title")
    assert payload("NewsMeta.categories") in topic_headings
    assert payload("mkdocs.site_name") in header
    # The band and the footer print the issuer in capitals (CSS): compare without case.
    assert [b.casefold() for b in band] == [payload("Contact.publisher").casefold()]
    for field in ("publisher", "address", "person"):
        assert payload(f"Contact.{field}").casefold() in footer.casefold(), field
    assert payload("Event.name") in navigation
    assert payload("NewsMeta.title") in listing
    assert profile == payload("ProfileMeta.name")


def test_search_shows_the_literal_title_as_you_type(
    injected: tuple[Path, set[tuple[str, str]]], browser: Any
) -> None:
    root, _ = injected
    site = root / "site"
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    titles = [html.unescape(d["title"]) for d in index["docs"]]
    assert payload("NewsMeta.title") in titles  # HTML in the index, as Material reads it
    with serve_site(site) as base:
        context = browser.new_context()
        context.add_init_script(_HOOK)
        page = context.new_page()
        page.on("dialog", lambda d: d.dismiss())
        page.goto(base, wait_until="load")
        page.locator(".md-search__input").click()
        page.keyboard.type("XSSNewsMeta", delay=20)
        page.locator(".md-search-result__item").first.wait_for(timeout=10000)
        page.wait_for_timeout(300)
        shown = page.locator(".md-search-result__item h1").all_inner_texts()
        ran = page.evaluate("window.__ran")
        broken = page.evaluate(_DOM_CHECK)
        context.close()
    assert any(payload("NewsMeta.title") in " ".join(s.split()) for s in shown), shown
    assert ran == [] and broken == []


def test_feed_calendar_and_manifest_keep_the_literal_text(
    injected: tuple[Path, set[tuple[str, str]]],
) -> None:
    site = injected[0] / "site"
    feed = ET.fromstring((site / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert payload("NewsMeta.title") in titles
    summaries = [e.findtext("a:summary", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert payload("NewsMeta.summary") in summaries
    assert feed.findtext("a:title", namespaces=ns) == "Tin tức · " + payload("SiteInfo.name")

    from icalendar import Calendar

    calendar = Calendar.from_ical(next(site.rglob("*.ics")).read_bytes())
    summaries = [str(c.get("summary")) for c in calendar.walk("VEVENT")]
    assert any(payload("Event.name") in s for s in summaries), summaries[:3]
    assert str(calendar.get("x-wr-calname")) == payload("SiteInfo.name")

    manifest = json.loads((site / "campaign-manifest.json").read_text(encoding="utf-8"))
    assert payload("SiteInfo.name") in _strings(manifest)


def _strings(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return [data] if isinstance(data, str) else []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("template", "../../etc/passwd"),
        ("icon", '"><svg onload=alert(1)>'),
        ("status", 'x" onmouseover="alert(1)'),
        ("links", [{"Bấm": "javascript:alert(1)"}]),
    ],
)
def test_names_and_addresses_are_refused_with_a_located_error(
    tmp_path: Path, key: str, value: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from campaign.content.frontmatter import read_document

    path = tmp_path / "tin.md"
    meta = {"title": "Tin", "date": dt.date(2025, 2, 20), "summary": "Tóm tắt.", key: value}
    path.write_text(_front(meta, "Thân.\n"), encoding="utf-8")
    document, problems = read_document(path, "tin-tuc/posts/tin.md", "docs/tin-tuc/posts/tin.md")
    assert document is None
    assert len(problems) == 1
    assert re.match(rf"docs/tin-tuc/posts/tin.md:\d+: {key}", str(problems[0])), problems[0]


@pytest.mark.parametrize(
    "address", ['https://x.vn/"><svg onload=alert(1)>/', "javascript:alert(1)//", "https://x.vn/'/"]
)
def test_a_site_address_with_markup_is_refused_with_a_located_error(address: str) -> None:
    from campaign.content.errors import ContentError
    from campaign.content.load import parse_campaign
    from tests.conftest import MINIMAL

    text = MINIMAL.replace("https://vi-du.example/", json.dumps(address))
    with pytest.raises(ContentError) as error:
        parse_campaign(text, "campaign.yml")
    assert re.match(r"campaign.yml:2: site.url: ", str(error.value)), str(error.value)


def test_titles_are_escaped_once_and_striptags_output_stays_escaped() -> None:
    from markupsafe import Markup

    from campaign.adapter.escape import escape_meta, plain, striptags

    meta: dict[str, Any] = {"title": 'A "b" <i>', "tags": ["<x>"], "template": "a<b>.html"}
    escape_meta(meta)
    escape_meta(meta)  # a page read again (campaign serve) is not escaped twice
    assert meta["title"] == Markup("A &#34;b&#34; &lt;i&gt;")
    assert meta["tags"] == [Markup("&lt;x&gt;")]
    assert meta["template"] == "a<b>.html"  # a name, not shown
    assert plain(meta["title"]) == 'A "b" <i>'
    # Jinja's own striptags decodes "&lt;/title&gt;" into a tag printed raw.
    assert striptags(Markup("&lt;/title&gt;&lt;img src=x&gt; <b>đậm</b>")) == Markup(
        "&lt;/title&gt;&lt;img src=x&gt; đậm"
    )


def test_link_addresses_cannot_leave_their_attribute() -> None:
    from mkdocs.structure.nav import Link, Section

    from campaign.adapter.escape import escape_links

    typed = "https://vi-du.example/a?b=1&c=2#d"
    links = [
        Link("Bấm", 'https://vi-du.example/"><svg onload=alert(1)>'),
        Section("Mục", [Link("Hai", "https://vi-du.example/' onmouseover='alert(1)")]),
        Link("Ba", typed),
    ]
    escape_links(links)
    escape_links(links)  # read again by `campaign serve`: not encoded twice
    inner = links[1].children[0]
    assert links[0].url == "https://vi-du.example/%22%3E%3Csvg%20onload=alert(1)%3E"
    assert inner.url == "https://vi-du.example/%27%20onmouseover=%27alert(1)"
    assert links[2].url == typed
