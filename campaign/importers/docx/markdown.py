"""The limited HTML mammoth emits, rendered as Markdown blocks the site publishes as written."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .html import BLOCK_TAGS, HEADING, IMAGE_SRC, Node, one_line, walk

__all__ = ["IMAGE_MARKER", "WRAP", "Block", "Renderer"]

WRAP = 80

# Private-use characters mark line breaks and images in rendered inline text;
# they cannot occur in the document because every text node is cleaned first.
_BR = "\ue000"
_IMG = "\ue001"
_MARKERS = re.compile(f"({_BR}|{_IMG}\\d+{_IMG})")
IMAGE_MARKER = re.compile(f"{_IMG}(\\d+){_IMG}")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_LINE_START = re.compile(r"^(?:[#>]|[-+](?= |$)|=+$|-+$)")
_ORDERED_START = re.compile(r"^(\d+)\.(?= |$)")
_RISKY_WORD = re.compile(r"^(?:[#>]|[-+*]$|=+$|-+$|\d+\.$)")
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:|tel:)", re.IGNORECASE)


def _escape(text: str) -> str:
    """Escape what Markdown or HTML would otherwise interpret inside running text."""
    text = text.replace("\\", "\\\\")
    for char in "`*[":
        text = text.replace(char, "\\" + char)
    text = re.sub(r"(?<![^\W_])_|_(?![^\W_])", r"\\_", text)
    text = _ENTITY.sub("&amp;", text)
    return _TAG_START.sub("&lt;", text)


def _escape_line_start(line: str) -> str:
    """Keep a line's first characters from being read as a heading, list or quote."""
    if match := _ORDERED_START.match(line):
        return f"{match[1]}\\.{line[match.end() :]}"
    if _LINE_START.match(line):
        return "\\" + line
    return line


def _wrap(text: str, width: int) -> list[str]:
    """Greedy wrap at spaces, never starting a line with a word Markdown would misread."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        if current and len(current) + 1 + len(word) > width and not _RISKY_WORD.match(word):
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


@dataclass
class Block:
    kind: str  # "p", "h", "list", "table", "quote", "img"
    text: str
    node: Node | None = None


class Renderer:
    """The limited HTML mammoth emits, as Markdown blocks."""

    def __init__(self, images: dict[int, tuple[str, str]], warnings: list[str]) -> None:
        self.images = images
        self.warnings = warnings
        self.shift = 0

    def body(self, root: Node) -> list[Block]:
        # The page title is the only h1: the document's top heading level becomes "##".
        levels = [int(m[1]) for node in walk(root) if (m := HEADING.match(node.tag))]
        self.shift = 2 - min(levels) if levels else 0
        return self.blocks(root.children)

    def blocks(self, children: Sequence[Node | str]) -> list[Block]:
        out: list[Block] = []
        loose: list[Node | str] = []  # inline content outside any paragraph
        for child in children:
            if isinstance(child, Node) and (child.tag in BLOCK_TAGS or child.tag == "blockquote"):
                out.extend(self.paragraph(Node("p", {}, loose)))
                loose = []
                out.extend(self.block(child))
            else:
                loose.append(child)
        out.extend(self.paragraph(Node("p", {}, loose)))
        return out

    def block(self, node: Node) -> list[Block]:
        if heading := HEADING.match(node.tag):
            return self.heading(node, int(heading[1]))
        if node.tag in ("ul", "ol"):
            lines = self.list_lines(node, 0)
            return [Block("list", "\n".join(lines))] if lines else []
        if node.tag == "table":
            return self.table(node)
        if node.tag == "blockquote":
            inner = self.blocks(node.children)
            text = "\n>\n".join(
                "\n".join(f"> {line}" if line else ">" for line in b.text.split("\n"))
                for b in inner
            )
            return [Block("quote", text)] if inner else []
        return self.paragraph(node)

    # -- inline

    def inline(self, children: Sequence[Node | str], *, emphasis: bool = True) -> str:
        out: list[str] = []
        for child in children:
            if isinstance(child, str):
                out.append(_escape(child))
                continue
            tag = child.tag
            if tag == "br":
                out.append(_BR)
            elif tag == "img":
                src = child.attrs.get("src", "")
                if src.startswith(IMAGE_SRC):
                    out.append(f"{_IMG}{src.removeprefix(IMAGE_SRC)}{_IMG}")
            elif tag in ("strong", "b") and emphasis:
                out.append(_emphasise(self.inline(child.children), "**"))
            elif tag in ("em", "i") and emphasis:
                out.append(_emphasise(self.inline(child.children), "*"))
            elif tag == "a":
                out.append(self.link(child, emphasis))
            elif tag in BLOCK_TAGS:
                out.append(_BR + self.inline(child.children, emphasis=emphasis) + _BR)
            else:  # sup, sub, s, u, span…: their text only
                out.append(self.inline(child.children, emphasis=emphasis))
        return "".join(out)

    def link(self, node: Node, emphasis: bool) -> str:
        text = self.inline(node.children, emphasis=emphasis)
        href = node.attrs.get("href", "")
        if href.startswith("#footnote-ref") or href.startswith("#endnote-ref"):
            return ""  # the "↑" back-link of a footnote: its target does not survive
        if not _SAFE_LINK.match(href) or _MARKERS.search(text) or not text.strip():
            return text
        target = href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        return f"[{text}]({target})"

    def image(self, marker: str) -> str | None:
        photo = self.images.get(int(marker))
        return f"![{photo[0]}]({photo[1]})" if photo else None

    # -- blocks

    def paragraph(self, node: Node, *, emphasis: bool = True) -> list[Block]:
        """A paragraph, split around its photos so each photo stands on its own."""
        out: list[Block] = []
        for part in re.split(f"({_IMG}\\d+{_IMG})", self.inline(node.children, emphasis=emphasis)):
            if image := IMAGE_MARKER.fullmatch(part):
                markdown = self.image(image[1])
                if markdown:
                    out.append(Block("img", markdown))
            elif segments := _segments(part):
                text = "<br>\n".join(
                    "\n".join(_wrap(_escape_line_start(seg), WRAP)) for seg in segments
                )
                out.append(Block("p", text, node))
        return out

    def heading(self, node: Node, level: int) -> list[Block]:
        text = IMAGE_MARKER.sub(" ", self.inline(node.children, emphasis=False))
        text = one_line(text.replace(_BR, " "))
        out = [Block("h", "#" * min(6, max(2, level + self.shift)) + " " + text)] if text else []
        for marker in IMAGE_MARKER.findall(self.inline(node.children)):
            if markdown := self.image(marker):
                out.append(Block("img", markdown))
        return out

    def list_lines(self, node: Node, depth: int) -> list[str]:
        lines: list[str] = []
        indent = "    " * depth
        number = 0
        for item in node.children:
            if not isinstance(item, Node) or item.tag != "li":
                continue
            number += 1
            marker = f"{number}. " if node.tag == "ol" else "- "
            own = [c for c in item.children if not (isinstance(c, Node) and c.tag in ("ul", "ol"))]
            segments = _segments(self.inline_images(self.inline(own)))
            if segments:
                pad = indent + " " * len(marker)
                text = "<br>\n".join(
                    "\n".join(_wrap(_escape_line_start(seg), WRAP - len(pad))) for seg in segments
                )
                lines.append(indent + marker + text.replace("\n", "\n" + pad))
            for nested in item.children:
                if isinstance(nested, Node) and nested.tag in ("ul", "ol"):
                    lines.extend(self.list_lines(nested, depth + 1 if segments else depth))
        return lines

    def inline_images(self, text: str) -> str:
        """Photos inside list items and table cells stay inline."""
        return IMAGE_MARKER.sub(lambda m: f" {self.image(m[1]) or ''} ", text)

    def table(self, node: Node) -> list[Block]:
        grid, merged = _grid(node)
        width = max((len(row) for row in grid), default=0)
        if len(grid) < 2 or width < 2:
            # A one-row or one-column table is Word layout (a framed box), not data.
            cells = [cell for row in grid for cell in row if cell is not None]
            return [block for cell in cells for block in self.blocks(cell.children)]
        if merged:
            self.warnings.append(
                "bảng có ô gộp: Markdown không gộp được ô nên các ô gộp được để trống; "
                "hãy xem lại bảng trong bài"
            )
        rows = [[self.cell(cell) for cell in row] + [""] * (width - len(row)) for row in grid]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + " --- |" * width]
        lines += ["| " + " | ".join(row) + " |" for row in rows[1:]]
        return [Block("table", "\n".join(lines))]

    def cell(self, cell: Node | None) -> str:
        if cell is None:
            return ""
        text = self.inline_images(self.inline(cell.children))
        return "<br>".join(_segments(text)).replace("|", "\\|")


def _emphasise(inner: str, mark: str) -> str:
    """Wrap each text run of ``inner`` in ``mark``, keeping spaces outside the marks.

    ``** đậm **`` is not bold in Markdown, and a mark may not span a photo.
    """
    out: list[str] = []
    for part in _MARKERS.split(inner):
        core = part.strip()
        if _MARKERS.fullmatch(part) or not core:
            out.append(part)
            continue
        lead = " " if part[0].isspace() else ""
        trail = " " if part[-1].isspace() else ""
        out.append(f"{lead}{mark}{core}{mark}{trail}")
    return "".join(out)


def _segments(text: str) -> list[str]:
    """The non-empty lines of ``text`` split at line breaks, spaces collapsed."""
    return [line for line in (one_line(seg) for seg in text.split(_BR)) if line]


def _grid(table: Node) -> tuple[list[list[Node | None]], bool]:
    """Table cells row by row, merged cells expanded to empty ones."""
    rows = [
        row
        for child in table.children
        if isinstance(child, Node)
        for row in ([child] if child.tag == "tr" else child.children)
        if isinstance(row, Node) and row.tag == "tr"
    ]
    grid: list[list[Node | None]] = []
    spanning: dict[int, int] = {}  # column → rows still covered by a cell above
    merged = False
    for row in rows:
        out: list[Node | None] = []

        for cell in row.children:
            if not isinstance(cell, Node) or cell.tag not in ("td", "th"):
                continue
            _skip_covered(out, spanning)
            colspan = _span(cell.attrs.get("colspan"))
            rowspan = _span(cell.attrs.get("rowspan"))
            merged = merged or colspan > 1 or rowspan > 1
            for offset in range(colspan):
                if rowspan > 1:
                    spanning[len(out)] = rowspan - 1
                out.append(cell if offset == 0 else None)
        _skip_covered(out, spanning)
        # Cells spanning down from above may also sit after this row's last cell.
        while any(rows_left > 0 for col, rows_left in spanning.items() if col > len(out)):
            out.append(None)
            _skip_covered(out, spanning)
        grid.append(out)
    return grid, merged


def _skip_covered(out: list[Node | None], spanning: dict[int, int]) -> None:
    """Append an empty cell for each column still covered by a cell above."""
    while spanning.get(len(out), 0) > 0:
        spanning[len(out)] -= 1
        out.append(None)


def _span(value: str | None) -> int:
    return int(value) if value and value.isdigit() and int(value) > 0 else 1
