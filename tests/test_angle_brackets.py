"""Words typed in angle brackets show as typed; a real tag keeps working; nothing runs.

Staff write "<ngay cạnh chợ>", "<<Tên sách>>", "<Tên đơn vị>", "<5 tuổi", "a<b",
"<abc@xyz.vn>", and a few real tags (``<br>``, ``<sup>``, ``<u>``, ``<kbd>``).
Markdown took the bracketed words for HTML and the sanitizer dropped them: the
page, its excerpt in the news list, the search index and the bulletin lost them
without a word.
"""

from __future__ import annotations

import html
import json
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest

from campaign.broadcast.markup import clean_line
from campaign.cli import main
from campaign.content.htmltags import ELEMENTS, element_of
from campaign.publish.sanitize import clean_html, locate, removed_kinds, text_brackets

EXTENSIONS = ["admonition", "attr_list", "md_in_html", "tables", "toc", "pymdownx.details"]


def page(source: str) -> str:
    """``source`` as the site shows it: Markdown, then the sanitizer."""
    return clean_html(markdown.markdown(source, extensions=EXTENSIONS))


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ('"Đồng Tâm" <ngay cạnh chợ> mở cửa', '"Đồng Tâm" &lt;ngay cạnh chợ&gt; mở cửa'),
        ("<ngay cạnh chợ> mở cửa", "&lt;ngay cạnh chợ&gt; mở cửa"),
        ("sách <<Lời Bác dạy>>", "sách &lt;&lt;Lời Bác dạy&gt;&gt;"),
        ("gửi <Tên đơn vị> trước", "gửi &lt;Tên đơn vị&gt; trước"),
        ("trẻ <5 tuổi, <= 38 độ, a<b", "trẻ &lt;5 tuổi, &lt;= 38 độ, a&lt;b"),
        ("<Hoa> và </ngay>", "&lt;Hoa&gt; và &lt;/ngay&gt;"),
        # A known name with words for attributes, or in capitals: typed as text.
        ("a<b và c>d", "a&lt;b và c&gt;d"),
        ("phương án <A> hay <B>", "phương án &lt;A&gt; hay &lt;B&gt;"),
    ],
)
def test_words_in_angle_brackets_are_shown_as_typed(typed: str, shown: str) -> None:
    assert page(typed) == f"<p>{shown}</p>"


def test_known_inline_tags_keep_working() -> None:
    typed = (
        "xuống<br>dòng, x<sup>2</sup>, H<sub>2</sub>O, <u>gạch</u>, <kbd>Ctrl</kbd>, "
        '<abbr title="Trung tâm Y tế">TTYT</abbr>, <mark>chú ý</mark>, '
        '<a href="https://vi-du.example/" title="a > b">liên kết</a>'
    )
    assert page(typed) == (
        "<p>xuống<br>dòng, x<sup>2</sup>, H<sub>2</sub>O, <u>gạch</u>, <kbd>Ctrl</kbd>, "
        '<abbr title="Trung tâm Y tế">TTYT</abbr>, <mark>chú ý</mark>, '
        '<a href="https://vi-du.example/" title="a &gt; b">liên kết</a></p>'
    )


def test_an_e_mail_address_in_brackets_stays_a_link() -> None:
    assert '<a href="mailto:abc@xyz.vn">abc@xyz.vn</a>' in page("Liên hệ <abc@xyz.vn>.")


class _Tags(HTMLParser):
    """The elements and attributes a browser would make of some HTML (text is not looked at)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


_C0_AND_SPACE = "".join(map(chr, range(0x21)))


def _runnable(cleaned: str) -> list[str]:
    parser = _Tags()
    parser.feed(cleaned)
    parser.close()
    found = []
    for tag, attrs in parser.tags:
        if tag in {"script", "style", "iframe", "svg", "object", "embed", "form", "input"}:
            found.append(tag)
        for name, value in attrs:
            # As a browser reads an address: tabs and newlines dropped, ends trimmed.
            address = re.sub(r"[\t\n\r]", "", value or "").strip(_C0_AND_SPACE).lower()
            if name.startswith("on") or name == "style" or address.startswith("javascript:"):
                found.append(f"{tag} {name}={value}")
    return found


@pytest.mark.parametrize(
    "hostile",
    [
        "<scr<script>ipt>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<img src=x onerror=`alert(1)`>",
        '<a href="javascript:alert(1)">x</a>',
        "<a href='java\tscript:alert(1)'>x</a>",
        '<ngay onclick="alert(1)">',
        '<b title="x" onmouseover="alert(1)">y</b>',
        "<b title='\"><script>alert(1)</script>'>y</b>",
        "<<script>alert(1)//<</script>",
        "<svg><script>alert(1)</script></svg>",
        "<ngay <script>alert(1)</script>",
        "trẻ < 5 tuổi <",
        "<!-- chưa đóng <script>alert(1)</script>",
        "<![CDATA[<script>alert(1)</script>]]>",
        "</p>alone<script>alert(1)</script>",
        '<div title="`"><img src=x onerror=alert(1)>`',
        "<style>*{display:none}</style><iframe src=javascript:alert(1)>",
    ],
)
def test_hostile_input_never_becomes_executable(hostile: str) -> None:
    for cleaned in (clean_html(hostile), page(hostile), page(f"Chữ {hostile} chữ")):
        assert _runnable(cleaned) == [], (hostile, cleaned)
        assert "<script" not in cleaned.lower(), (hostile, cleaned)


def test_escaping_only_turns_markup_into_text() -> None:
    # Every "<" left is one of a known element's tag; the rest is text, still there.
    typed = "<Tên đơn vị> <b>đậm</b> <nhom a=1> <!-- ghi chú --> <!-- chưa đóng"
    escaped = text_brackets(typed)
    assert escaped == (
        "&lt;Tên đơn vị> <b>đậm</b> &lt;nhom a=1> <!-- ghi chú --> &lt;!-- chưa đóng"
    )
    assert html.unescape(clean_html(typed)) == (
        "<Tên đơn vị> <b>đậm</b> <nhom a=1>  <!-- chưa đóng"
    )


def test_the_tag_pattern_knows_elements_by_their_standard_name() -> None:
    assert {"a", "br", "sup", "kbd", "u", "font", "canvas", "script", "svg"} <= ELEMENTS
    assert element_of("<br>") == "br"
    assert element_of("<a href=\"x\" title='y' hidden>") == "a"
    assert element_of("</sup >") == "sup"
    for words in ("<ngay cạnh chợ>", "<Tên đơn vị>", "<BR>", "<b và c>", "<5 tuổi>", "<abc@x.vn>"):
        assert element_of(words) is None, words


def test_a_known_tag_the_cleaner_drops_is_named_at_its_line() -> None:
    source = (
        "---\ntitle: Tin\n---\n\nĐoạn một.\n\nChữ <font color=red>đỏ</font>, <canvas>x</canvas>.\n"
    )
    body = markdown.markdown(source.split("---\n", 2)[2], extensions=EXTENSIONS)
    kinds = removed_kinds(body)
    assert kinds == ["thẻ <canvas>", "thẻ <font>"]
    assert [locate(kind, source) for kind in kinds] == [7, 7]
    assert "đỏ" in clean_html(body) and "<font" not in clean_html(body)
    # Typed in code, the tag is shown, not removed: no notice.
    assert removed_kinds(markdown.markdown("Viết `<font>` như vậy.")) == []
    # Words in brackets are shown: no notice either.
    assert removed_kinds(markdown.markdown("Gửi <Tên đơn vị>, <ngay cạnh chợ>.")) == []
    # The risky kinds are located too.
    assert locate("<script>", "a\n\nb <script>x</script>\n") == 3


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ('Trạm "Đồng Tâm" <ngay cạnh chợ> mở cửa.', "Trạm Đồng Tâm ngay cạnh chợ mở cửa."),
        ("<ngay cạnh chợ> mở cửa.", "ngay cạnh chợ mở cửa."),
        (
            "Tặng sách <<Lời Bác dạy>> cho <Hội Chữ thập đỏ>.",
            "Tặng sách Lời Bác dạy cho Hội Chữ thập đỏ.",
        ),
        # A form's blank keeps its brackets: the bulletin leaves its sentence out (blanks).
        ("Tặng cho <Tên đơn vị>.", "Tặng cho <Tên đơn vị>."),
        ("Liên hệ <abc@xyz.vn>.", "Liên hệ abc@xyz.vn."),
        ("trẻ <5 tuổi, <= 38 độ, a<b", "trẻ <5 tuổi, <= 38 độ, a<b"),
        ("x<sup>2</sup> và <u>gạch</u>", "x 2  và  gạch"),
    ],
)
def test_the_bulletin_says_the_words_in_brackets(typed: str, said: str) -> None:
    assert clean_line(typed) == said


NEWS = """\
---
title: Khám sàng lọc tại trạm Đồng Tâm
date: 2025-02-21
summary: "Trạm y tế khám cho trẻ nhỏ."
categories:
  - Về nguồn
unit: ttyt
broadcast: true
---

Trạm y tế "Đồng Tâm" <ngay cạnh chợ> khám miễn phí cho trẻ <5 tuổi.

<!-- more -->

Sách <<Lời Bác dạy>> được tặng cho các xã, x<sup>2</sup>.

Gửi báo cáo cho <Tên đơn vị>.

Chữ <font color=red>đỏ</font>.
"""


@pytest.mark.build
def test_a_built_site_shows_and_reads_the_words(
    flagship: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (flagship / "docs/tin-tuc/posts/ngoac-nhon.md").write_text(NEWS, encoding="utf-8")
    assert main(["-C", str(flagship), "build"]) == 0
    site = flagship / "site"
    post = (site / "tin-tuc/2025/02/kham-sang-loc-tai-tram-dong-tam/index.html").read_text(
        encoding="utf-8"
    )
    assert '"Đồng Tâm" &lt;ngay cạnh chợ&gt; khám miễn phí cho trẻ &lt;5 tuổi.' in post
    assert "Sách &lt;&lt;Lời Bác dạy&gt;&gt; được tặng cho các xã, x<sup>2</sup>." in post
    assert "<p>Gửi báo cáo cho &lt;Tên đơn vị&gt;.</p>" in post
    assert "<p>Chữ đỏ.</p>" in post
    listing = (site / "tin-tuc/index.html").read_text(encoding="utf-8")
    assert "&lt;ngay cạnh chợ&gt; khám miễn phí" in listing
    index = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))
    texts = [
        doc["text"] for doc in index["docs"] if doc["location"].startswith("tin-tuc/2025/02/kham")
    ]
    assert any("&lt;Tên đơn vị&gt;" in text for text in texts)
    bulletins = list(site.glob("truyen-thanh/*/tin-tuc-ngoac-nhon.txt"))
    assert bulletins
    for bulletin in bulletins:
        said = bulletin.read_text(encoding="utf-8")
        assert "Trạm y tế Đồng Tâm ngay cạnh chợ khám miễn phí" in said
        assert "Sách Lời Bác dạy được tặng cho các xã" in said
        assert "Tên đơn vị" not in said  # a form's blank: its sentence is left out
        assert not re.search(r"[<>]", said)
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert main(["-C", str(flagship), "check"]) == 0
    notices = [r.getMessage() for r in caplog.records if "thân bài" in r.getMessage()]
    assert notices == [
        "Lưu ý: docs/tin-tuc/posts/ngoac-nhon.md:19: thân bài có thẻ <font>, thẻ HTML mà "
        "trang không dùng; thẻ đã bị bỏ khỏi trang (chữ gõ trong ngoặc nhọn mà không phải "
        "tên thẻ HTML thì vẫn hiện nguyên như gõ)"
    ]


def test_the_notice_names_each_kind_at_its_line_and_skips_what_the_author_did_not_type(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from campaign.adapter.published import notice_unsafe

    docs = tmp_path / "docs"
    (docs / "tin-tuc").mkdir(parents=True)
    source = "---\ntitle: Tin\n---\n\nChữ <font>đỏ</font>.\n\n<script>x</script>\n"
    (docs / "tin-tuc/tin.md").write_text(source, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        # <label>: a tag a Markdown extension made (tabs), not in the file: not said.
        notice_unsafe("tin-tuc/tin.md", str(docs), ["<script>", "thẻ <font>", "thẻ <label>"])
    said = [record.getMessage() for record in caplog.records]
    assert [message.split(": thân bài có ")[0] for message in said] == [
        "Lưu ý: docs/tin-tuc/tin.md:7",
        "Lưu ý: docs/tin-tuc/tin.md:5",
    ]
    assert "thẻ <font>" in said[1] and "<script>" in said[0]
