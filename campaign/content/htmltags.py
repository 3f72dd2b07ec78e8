"""Which ``<…>`` in an author's text is an HTML tag, and which is words in angle brackets.

Staff write angle brackets for many reasons: "<5 tuổi", "<= 38 độ", a book's
title as "<<Tên sách>>", a placeholder "<Tên đơn vị>", an address pasted from an
e-mail "<abc@xyz.vn>", an aside "<ngay cạnh chợ>"; a few type a real tag on
purpose (``<br>``, ``<sup>``, ``<u>``, ``<kbd>``). Markdown takes any ``<word …>``
for HTML, and a sanitizer then drops what it does not know: the words vanished.

:data:`TAG` matches a tag the way an author types one on purpose: the name of an
element of the HTML standard (:data:`ELEMENTS`, in lower case as the standard
writes it), attributes with ASCII names and values quoted or plain, nothing
else. Everything else between angle brackets is text (the page shows it as
typed, the read-aloud text says its words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ATTRIBUTES_SOURCE", "ELEMENTS", "TAG", "TAG_SOURCE", "alternation", "element_of"]

# The index of elements of the WHATWG HTML standard (https://html.spec.whatwg.org/
# multipage/indices.html#elements-3), MathML's and SVG's root elements, and the
# obsolete elements browsers still parse as elements (pasted web pages and Word
# exports have them: ``<font>``, ``<center>``; the sanitizer keeps some).
ELEMENTS = frozenset(
    """
    a abbr address area article aside audio b base bdi bdo blockquote body br button
    canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl
    dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header
    hgroup hr html i iframe img input ins kbd label legend li link main map mark math
    menu meta meter nav noscript object ol optgroup option output p param picture pre
    progress q rp rt ruby s samp script search section select selectedcontent slot small
    source span strong style sub summary sup svg table tbody td template textarea tfoot
    th thead time title tr track u ul var video wbr
    acronym applet basefont bgsound big blink center dir font frame frameset image
    isindex keygen listing marquee menuitem multicol nextid nobr noembed noframes
    plaintext rb rtc spacer strike tt xmp
    """.split()
)

# A tag's attributes as typed: each an ASCII name, then maybe "=" and a value in double
# or single quotes (anything but that quote, as a browser reads it) or a plain one.
# Each attribute starts with a space its name and value cannot hold, and the
# repetitions are possessive: linear in the length of a line (tests/broadcast/test_linear).
ATTRIBUTES_SOURCE = (
    r"""(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*+(?:\s*=\s*(?:"[^"]*+"|'[^']*+'|[^\s"'=<>`]++))?)*+"""
)
# A tag as typed: "<", "/" for an end tag, a name in lower case, the attributes, an
# optional "/", ">".
TAG_SOURCE = rf"<(/?)([a-z][a-z0-9]*)({ATTRIBUTES_SOURCE})\s*/?>"
TAG = re.compile(TAG_SOURCE)


def alternation(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (letters and digits), factored by
    their first letters ("a(?:bbr|ddress|…)?|b(?:…)?…"): ``re`` tries a plain list of a
    hundred names one by one at every "<" of a page, this one letter by letter (half the
    time on a page of news)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in groups.items():
        longer = [rest for rest in rests if rest]
        if not longer:
            parts.append(first)
        else:
            optional = "?" if len(longer) < len(rests) else ""
            parts.append(f"{first}(?:{alternation(longer)}){optional}")
    return "|".join(parts)


def element_of(text: str, start: int = 0) -> str | None:
    """The element name of the tag at ``start`` in ``text`` (None: not a tag, words)."""
    found = TAG.match(text, start)
    if found is None or found.group(2) not in ELEMENTS:
        return None
    return found.group(2)
