"""A listing's excerpt is cleaned once for all listings (``blog._cleaned``): filling the
cleaned pattern with a listing's addresses must give what cleaning that listing's own
excerpt gives, and anything the sanitizer could treat differently falls back to
cleaning. No site is built."""

from __future__ import annotations

from campaign.adapter.blog import _MARK, _cleaned, _fill, _Part, _plain
from campaign.publish.sanitize import clean_html

# Listings at several depths, with and without directory URLs.
BASES = [
    "",
    "tin-tuc/",
    "tin-tuc/page/2/",
    "tin-tuc/category/tiem-chung/page/3/",
    "tin-tuc/archive/2025/01/",
    "tin-tuc/index.html",
    "tin-tuc/archive/2025/page-2.html",
]

# Made from what excerpts hold: links and images the blog writes relative to the listing,
# author HTML the sanitizer changes around them (event handlers, inline style, a script,
# a theme id), escaped text, and an address that stays the same on every listing.
PARTS: list[_Part] = [
    '<h2 id="tin"><a href="',
    ("tin-tuc/2025/01/27/tin-so-1/", "", ""),
    '" onclick="alert(1)">Tin số 1 &amp; &lt;b&gt;</a></h2>\n<p>Đoạn <b>đầu</b> '
    '<img alt="Ảnh" src="',
    ("anh/bac-si.jpg", "", ""),
    '" style="color:red"> <script>alert(2)</script><a id="__config" href="',
    ("ke-hoach/", "", "muc-2"),
    '">kế hoạch</a> <a href="https://example.org/x?a=1&amp;b=2">ngoài</a>'
    ' <a href="../../co-dinh/">cố định</a> "ngoặc" \u00a0</p>',
]


def test_a_filled_cleaned_pattern_is_the_cleaned_excerpt() -> None:
    cleaned = _cleaned(PARTS)
    assert cleaned is not None
    assert not any(isinstance(p, str) and "campaign-address" in p for p in cleaned)
    for base in BASES:
        expected = clean_html(_fill(PARTS, base) or "")
        assert "alert" not in expected and "__config" not in expected  # really cleaned
        assert _fill(cleaned, base, _plain) == expected, base


def test_an_address_the_sanitizer_could_read_as_a_scheme_is_cleaned_whole() -> None:
    # From the site's root, a folder named "a:b" is written "a:b/": a URL with a scheme
    # to the sanitizer, which drops it. Such an address is never filled in as it is.
    parts: list[_Part] = ['<p><a href="', ("a:b/", "", ""), '">x</a></p>']
    cleaned = _cleaned(parts)
    assert cleaned is not None
    assert "href" not in clean_html(_fill(parts, "") or "")  # dropped there
    assert _fill(cleaned, "", _plain) is None  # so cleaned whole, on every listing
    assert _fill(cleaned, "tin-tuc/", _plain) is None


def test_an_address_the_sanitizer_drops_or_text_holding_a_mark_has_no_cleaned_pattern() -> None:
    dropped: list[_Part] = ['<p>x</p><iframe src="', ("video/", "", ""), '"></iframe>']
    assert _cleaned(dropped) is None
    marked: list[_Part] = [
        f"<p>{_MARK.format(0)} ",
        '<a href="',
        ("tin-tuc/", "", ""),
        '">x</a></p>',
    ]
    assert _cleaned(marked) is None
    assert _cleaned(["<p>chỉ có chữ <script>x</script></p>"]) == [
        clean_html("<p>chỉ có chữ <script>x</script></p>")
    ]
