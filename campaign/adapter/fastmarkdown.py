"""Python-Markdown's inline step, skipping the patterns that cannot match a text.

Python-Markdown's inline processor (``markdown.treeprocessors.InlineProcessor``)
tries every inline pattern (code, escapes, four kinds of links, autolinks,
line breaks, inline HTML, entities, emphasis: fifteen with this site's
extensions) on every piece of text of every page, each try a method call and a
regular-expression scan. Most text of a news item is plain Vietnamese
sentences: none of those patterns can match it. A pattern's regular expression
cannot match a text that has none of the characters every match must contain
(no ``[`` in it: no link; no ``<``: no inline HTML; no ``*`` or ``_``: no
emphasis), and a pattern that does not match changes nothing (the processor's
``__applyPattern`` returns the text as it was). So this module's
``__handleInline`` is the shipped one, but for a pattern whose regular
expression is one listed in :data:`NEEDS` (exactly, by class and pattern text)
it looks at the text first and goes on to the next pattern when something a
match needs is absent. When a parser has a pattern not listed (another
extension's, or one changed in another release), its texts go through the
shipped method.

It runs only with the speed-ups on (see ``compat``) and with the Python-Markdown
release it was written for (:data:`MADE_FOR`); the change is undone with every
other patch when the build ends. The converted HTML is the same byte for byte
(``tests/test_fastmarkdown.py`` converts generated and real pages both ways;
``tests/test_scale.py`` compares whole sites).
"""

from __future__ import annotations

import re
from typing import Any

from markdown import inlinepatterns, treeprocessors, util  # type: ignore[import-untyped]

from . import compat

__all__ = ["MADE_FOR", "NEEDS", "install", "needs"]

# The release of Python-Markdown whose inline processor this module's copy follows.
MADE_FOR = ("markdown", "3.11.3")

# (class, regular expression) -> what a match needs: groups of strings, at least one string
# of every group occurring in any text the expression matches. Written from each
# expression, as Python-Markdown 3.11.3 ships it:
Needs = tuple[tuple[str, ...], ...]
NEEDS: dict[tuple[str, str], Needs] = {
    # BACKTICK_RE: backslashes before a backtick (the look-ahead needs one), or a backtick.
    ("BacktickInlineProcessor", r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)"): (("`",),),
    # ESCAPE_RE: a backslash.
    ("EscapeInlineProcessor", r"\\(.)"): (("\\",),),
    # LINK_RE = REFERENCE_RE: an opening bracket (after a look-behind).
    ("ReferenceInlineProcessor", r"(?<!\!)\["): (("[",),),
    ("LinkInlineProcessor", r"(?<!\!)\["): (("[",),),
    ("ShortReferenceInlineProcessor", r"(?<!\!)\["): (("[",),),
    # IMAGE_LINK_RE = IMAGE_REFERENCE_RE: "![".
    ("ImageInlineProcessor", r"\!\["): (("![",),),
    ("ImageReferenceInlineProcessor", r"\!\["): (("![",),),
    ("ShortImageReferenceInlineProcessor", r"\!\["): (("![",),),
    # AUTOLINK_RE: "<", a scheme, "://", ">"; AUTOMAIL_RE: "<", "@", ">".
    ("AutolinkInlineProcessor", r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>"): (
        ("://",),
        ("<",),
        (">",),
    ),
    ("AutomailInlineProcessor", r"<([^<> !]+@[^@<> ]+)>"): (("@",), ("<",), (">",)),
    # LINE_BREAK_RE: two spaces and a newline.
    ("SubstituteTagInlineProcessor", r"  \n"): (("  \n",),),
    # HTML_RE: every alternative starts with "<" and ends with ">".
    (
        "HtmlInlineProcessor",
        r"""(<(\/?+[a-zA-Z][^\s"'<>@]*+(?:\s+[^\s"'=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'"""
        r"""|[^\s"'=<>]++))?+)*+\s*+/?|!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|"""
        r"""!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\])>)""",
    ): (("<",), (">",)),
    # ENTITY_RE: "&" ... ";".
    ("HtmlInlineProcessor", r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)"): (("&",), (";",)),
}

_ATOMIC = util.AtomicString
# The patterns of a registry, by their ids: (pattern, its expression, its needs or None).
_plans: dict[tuple[int, ...], list[tuple[Any, Any, Needs]] | None] = {}
# The method as shipped: for a text whose patterns are not all listed.
_SHIPPED = treeprocessors.InlineProcessor._InlineProcessor__handleInline
_KEEP = 16


def needs(pattern: Any) -> Needs | None:
    """What a match of ``pattern`` needs (see :data:`NEEDS`), or None: always try it."""
    compiled = getattr(pattern, "compiled_re", None)
    if compiled is None:
        return None
    if type(pattern) is inlinepatterns.DelimiterProcessor:
        # Its expression is its delimiters (``*``, ``_``), each escaped, joined by "|".
        tokens = list(pattern.tokens)
        if tokens and compiled.pattern == "|".join(re.escape(t) for t in tokens):
            return (tuple(tokens),)
        return None
    return NEEDS.get((type(pattern).__name__, compiled.pattern))


def _plan(patterns: list[Any]) -> list[tuple[Any, Any, Needs]] | None:
    """Each pattern with its expression and needs; None when one is not listed (then
    the text goes through the shipped method, pattern by pattern from the registry)."""
    key = tuple(map(id, patterns))
    if key in _plans:
        return _plans[key]
    if len(_plans) >= _KEEP:  # a parser per page (not shared): do not keep them all alive
        _plans.clear()
    plan: list[tuple[Any, Any, Needs]] | None = []
    for pattern in patterns:
        need = needs(pattern)
        if need is None or plan is None:
            plan = None
        else:
            plan.append((pattern, pattern.compiled_re, need))
    # A plan holds its patterns, so their ids are not reused while it is kept. (None holds
    # nothing: another list reusing those ids would go the shipped way, only slower.)
    _plans[key] = plan
    return plan


def _possible(needs: Needs, data: str) -> bool:
    """Whether ``data`` has what a match needs (if not, the pattern cannot match it)."""
    for group in needs:
        for needle in group:
            if needle in data:
                break
        else:
            return False
    return True


def _handle_inline(self: Any, data: str, patternIndex: int = 0) -> str:
    """``InlineProcessor.__handleInline`` of Python-Markdown 3.11.3, but a pattern whose
    match needs what the text lacks is passed over (it could not match: it would return
    the text unchanged, not matched)."""
    if not isinstance(data, _ATOMIC):
        startIndex = 0
        patterns = list(self.inlinePatterns)
        plan = _plan(patterns)
        if plan is None:
            return _SHIPPED(self, data, patternIndex)  # type: ignore[no-any-return]
        count = len(patterns)
        apply = self._InlineProcessor__applyPattern
        while patternIndex < count:
            pattern, compiled, need = plan[patternIndex]
            if pattern.compiled_re is compiled and not _possible(need, data):
                patternIndex += 1
                startIndex = 0
                continue
            data, matched, startIndex = apply(pattern, data, patternIndex, startIndex)
            if not matched:
                patternIndex += 1
    return data


def install() -> bool:
    """Skip impossible inline patterns in this build (undone by ``compat.undo``)."""
    if not compat.version_is(*MADE_FOR):
        return False
    _plans.clear()
    compat.patch(treeprocessors.InlineProcessor, "_InlineProcessor__handleInline", _handle_inline)
    return True
