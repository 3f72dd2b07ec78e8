"""mammoth's HTML as a small tree, and what the importer reads from it (text, title, images)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ...content.cleanup import clean

__all__ = [
    "BLOCK_TAGS",
    "HEADING",
    "IMAGE_SRC",
    "Node",
    "image_indices",
    "one_line",
    "parse",
    "plain",
    "take_title",
    "tidy",
    "walk",
]

IMAGE_SRC = "cp-image:"
BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table"})
HEADING = re.compile(r"^h([1-6])$")


def tidy(text: str) -> str:
    """NFC, hard spaces made plain, invisible Word artefacts removed.

    Whitespace runs are collapsed later, once inline elements are joined.
    """
    return clean(text).text.replace("\t", " ")


def one_line(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """mammoth's HTML as a tree; it is well formed, so no recovery is needed."""

    VOID = frozenset({"img", "br", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("root", {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {key: value or "" for key, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in self.VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(tidy(data))


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def walk(node: Node) -> Iterator[Node]:
    for child in node.children:
        if isinstance(child, Node):
            yield child
            yield from walk(child)


def image_indices(root: Node) -> list[str]:
    return [
        node.attrs["src"].removeprefix(IMAGE_SRC)
        for node in walk(root)
        if node.tag == "img" and node.attrs.get("src", "").startswith(IMAGE_SRC)
    ]


def plain(node: Node) -> str:
    """The visible text of ``node`` on one line."""
    parts: list[str] = []

    def collect(current: Node) -> None:
        for child in current.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br" or child.tag in BLOCK_TAGS:
                parts.append(" ")
                collect(child)
            else:
                collect(child)

    collect(node)
    return one_line("".join(parts))


def _has_image(node: Node) -> bool:
    return any(child.tag == "img" for child in walk(node))


def _is_body_text(node: Node) -> bool:
    return node.tag == "p" and bool(plain(node))


def take_title(root: Node, explicit: str | None) -> str | None:
    """Find the document's title, remove it from ``root`` and return it.

    Order: the "Title" style (consecutive title paragraphs are one title), a
    heading before any body text, a short first paragraph not ending with a full
    stop, any heading. With ``explicit`` the title is given: a "Title" paragraph
    is still removed, a heuristic candidate only if it says the same thing.
    """
    top = [child for child in root.children if isinstance(child, Node)]
    titled = [i for i, node in enumerate(top) if "cp-title" in node.attrs.get("class", "")]
    chosen: list[Node] = []
    if titled:
        run = [titled[0]]
        while run[-1] + 1 < len(top) and run[-1] + 1 in titled:
            run.append(run[-1] + 1)
        chosen = [top[i] for i in run]
    else:
        body = next((i for i, node in enumerate(top) if _is_body_text(node)), None)
        heading = next((i for i, node in enumerate(top) if HEADING.match(node.tag)), None)
        first = top[body] if body is not None else None
        if heading is not None and (body is None or heading < body):
            chosen = [top[heading]]
        elif first is not None and len(plain(first)) < 200 and not plain(first).endswith("."):
            chosen = [first]
        elif heading is not None:
            chosen = [top[heading]]
        if explicit is not None and chosen and plain(chosen[0]).casefold() != explicit.casefold():
            chosen = []
    found = " ".join(text for text in map(plain, chosen) if text)
    for node in chosen:
        if not _has_image(node):
            root.children.remove(node)
        else:  # keep a photo pasted into the title line; only its text goes
            node.tag, node.children = "p", [c for c in walk(node) if c.tag == "img"]
    return explicit or found or None
