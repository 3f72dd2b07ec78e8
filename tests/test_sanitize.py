"""Author HTML keeps what Markdown and the engine make, and loses what could run."""

from __future__ import annotations

import markdown
import pytest

from campaign.publish.sanitize import clean_html, removed_kinds

EXTENSIONS = [
    "admonition",
    "attr_list",
    "md_in_html",
    "tables",
    "toc",
    "footnotes",
    "pymdownx.details",
]
SOURCE = """
# Tiêu đề {: #tieu-de .lon }

!!! note "Lưu ý"
    Nội dung *nhấn mạnh* và [liên kết](../ke-hoach/#muc-1 "Kế hoạch").

??? info "Chi tiết"
    Bên trong.

| Cột | Số |
|---|--:|
| a | 1 |

Chú thích[^1]. Gọi [đường dây nóng](tel:0912345678) hoặc <ttyt@vi-du.example>.

<figure markdown>
![Ảnh bìa](anh.jpg){ loading=lazy width=480 }
<figcaption>Chú thích ảnh</figcaption>
</figure>

[^1]: Ghi chú.
"""


def test_what_markdown_and_its_extensions_make_is_kept() -> None:
    html = markdown.markdown(
        SOURCE,
        extensions=EXTENSIONS,
        extension_configs={"toc": {"permalink": True}, "tables": {"use_align_attribute": True}},
    )
    cleaned = clean_html(html)
    for kept in (
        '<h1 class="lon" id="tieu-de">',
        'class="headerlink" href="#tieu-de" title="Permanent link"',
        '<div class="admonition note">',
        '<p class="admonition-title">Lưu ý</p>',
        '<details class="info">',
        "<summary>Chi tiết</summary>",
        '<a href="../ke-hoach/#muc-1" title="Kế hoạch">liên kết</a>',
        '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>',
        'href="tel:0912345678"',
        "<figcaption>Chú thích ảnh</figcaption>",
        'loading="lazy"',
        'width="480"',
        "<table>",
        '<td align="right">1</td>',
    ):
        assert kept in cleaned, kept
    assert removed_kinds(html) == []


def test_the_engine_s_own_markup_is_kept() -> None:
    html = (
        '<picture class="cp-cover"><source srcset="a-480.webp 480w, a-960.webp 960w" '
        'sizes="100vw" type="image/webp"><img src="a-960.jpg" alt="Ảnh" width="960" '
        'height="640" loading="lazy" decoding="async" fetchpriority="high"></picture>'
        '<button type="button" class="cp-share" data-share-url="https://x.example/a/" '
        'data-share-title="Tin" aria-pressed="false">Chia sẻ</button>'
        '<time datetime="2025-02-27">27/02/2025</time>'
        '<audio controls="" preload="none" src="ban-tin.mp3"></audio>'
        '<section class="cp-profiles" data-tags="ca-nhan" aria-label="Hồ sơ" hidden=""></section>'
    )
    assert clean_html(html) == html


@pytest.mark.parametrize(
    ("dirty", "kind"),
    [
        ("<p>a<script>alert(1)</script></p>", "<script>"),
        ('<img src="x" onerror="alert(1)">', "thuộc tính sự kiện (on...=)"),
        ('<a href="javascript:alert(1)">x</a>', "địa chỉ javascript: hoặc data:"),
        ('<a href=" JaVaScRiPt:alert(1)">x</a>', "địa chỉ javascript: hoặc data:"),
        ('<img src="data:image/svg+xml,<svg onload=alert(1)>">', "địa chỉ javascript: hoặc data:"),
        ('<iframe src="https://x.example/"></iframe>', "khung nhúng (iframe, object)"),
        ('<p style="position:fixed">x</p>', "định dạng nội tuyến (style)"),
        ('<form action="https://x.example/"><input name="q"></form>', "biểu mẫu (form)"),
        ("<svg><script>alert(1)</script></svg>", "<script>"),
    ],
)
def test_what_could_run_is_removed_and_named(dirty: str, kind: str) -> None:
    cleaned = clean_html(dirty)
    assert kind in removed_kinds(dirty)
    lowered = cleaned.lower()
    for trace in (
        "<script",
        "onerror",
        "javascript:",
        "<iframe",
        "style=",
        "<form",
        "<input",
        "data:",
    ):
        assert trace not in lowered, (trace, cleaned)
    assert removed_kinds(cleaned) == []


def test_the_themes_own_ids_are_not_taken_by_an_author() -> None:
    # Material reads its settings from the first #__config of the page: an author's
    # element, above the theme's own, would choose the search worker's script.
    settings = '{"base": ".", "features": [], "search": "tai-ve/x.js"}'
    cleaned = clean_html(
        f'<p id="__config">{settings}</p><div id="__search">a</div>'
        '<h2 id="muc-1">Mục</h2><sup id="fnref:1">1</sup><pre id="__code_0">rm</pre>'
        '<a id="__codelineno-0-1"></a><span id="__span-0-1">x</span>'
    )
    assert "__config" not in cleaned and "__search" not in cleaned
    assert "__code_0" not in cleaned  # what a code block's copy button copies
    assert '<h2 id="muc-1">' in cleaned and 'id="fnref:1"' in cleaned
    assert 'id="__codelineno-0-1"' in cleaned and 'id="__span-0-1"' in cleaned


# Pieces of risky markup, in odd cases and with the letters that match ASCII ones
# case-insensitively without lowercasing to them (long s, dotless i, dotted I, Kelvin).
_PIECES = (
    "<",
    "< ",
    ">",
    "=",
    " =",
    '"',
    ":",
    " ",
    "\n",
    "\t",
    "script",
    "SCRİPT",
    "ſcript",
    "ıframe",
    "Object",
    "embed",
    "FRAME",
    "style",
    "STYLE",
    "ſtyle",
    "form",
    "ınput",
    "textarea",
    "select",
    "on",
    "ON",
    "click",
    "load",
    "Kon",
    "\u212aon",
    "href",
    "src",
    "srcset",
    "action",
    "poster",
    "javascrıpt",
    "JavaScript",
    "data",
    "DATA",
    "vbscript",
    "bác sĩ",
    "Đà Nẵng",
    "p",
    "a",
    "x",
)


def test_the_quick_check_names_what_every_pattern_names() -> None:
    """``removed_kinds`` skips the six patterns when one quick pass finds none of them:
    on thousands of made-up texts it names what the patterns name, text by text."""
    from random import Random

    from campaign.publish.sanitize import _RISKY

    rng = Random(15)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 12)))
        expected = [label for pattern, label in _RISKY if pattern.search(text)]
        assert removed_kinds(text) == expected, text
        found += bool(expected)
    assert 300 < found < 19000  # both sides of the quick check were tried
