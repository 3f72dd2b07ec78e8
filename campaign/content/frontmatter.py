"""Authored Markdown pages: front matter validated with located errors.

MkDocs swallows exceptions raised while it reads front matter, so every
authored page is checked here first, all problems reported in one run.
The schema depends on where the page lives (see :mod:`campaign.content.schemas`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .cleanup import decode_source, detect_legacy, legacy_message
from .errors import ContentError, Problem, os_reason
from .load import validation_problems
from .publishable import RealPaths, linked_kind
from .schemas import schema_for
from .yamlcache import ParsedCache
from .yamlsource import Source, load_yaml

__all__ = [
    "FRONT_MATTER",
    "Document",
    "check_docs",
    "heading",
    "heading_title",
    "page_text",
    "read_document",
    "split_front_matter",
]

# Front matter as the site build finds it: MkDocs' ``mkdocs.utils.meta.YAML_RE``,
# which Material's blog uses too, on a page read as MkDocs reads it (UTF-8 without
# its BOM, every line end made "\n"). A first line "---", at least one more line,
# closed by the first line that is "---" or "...", spaces or tabs allowed after
# either fence; the closing line needs its line end. Written out here, since the
# core does not import MkDocs; tests/test_frontmatter.py checks it is the same.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_OPENING = re.compile(r"^---[ \t]*$")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_ASCII_PATH = re.compile(r"^[A-Za-z0-9._/-]+$")


@dataclass(frozen=True)
class Document:
    """A valid authored page: where it is, its typed front matter, its body."""

    src_uri: str
    display: str
    meta: BaseModel
    body: str
    source: Source
    body_start: int = 1  # line of the file where the body begins

    def line(self, key: str) -> int:
        return self.source.line((key,))


_HEADING = re.compile(r"^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.M)
_ATTRS = re.compile(r"[ \t]*\{[^{}]*\}$")  # "# Tiêu đề {#ma-muc}": attr_list's ids


def heading(body: str) -> tuple[str, int] | None:
    """A page's first level-one heading: its text and its line in ``body`` (1-based)."""
    match = _HEADING.search(body)
    if match is None:
        return None
    text = _ATTRS.sub("", match[1]).strip()
    return (text, body.count("\n", 0, match.start()) + 1) if text else None


def heading_title(body: str) -> str | None:
    """The text of a page's first level-one heading (None: it has none)."""
    found = heading(body)
    return found[0] if found else None


def page_text(text: str) -> str:
    """``text`` as MkDocs reads a page file: no UTF-8 BOM, every line end "\\n"."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(yaml, body)`` of :func:`page_text` of ``text``, split where the site build
    splits it; ``yaml`` is None when the build finds no front matter (``body`` is
    then the whole text). ``body`` keeps the blank lines that follow the closing
    fence (the build drops them), so that line numbers can be counted in it."""
    text = page_text(text)
    match = FRONT_MATTER.match(text)
    if match is None:
        return None, text
    return match[1], text[match.end() :]


# MkDocs keeps front matter that holds no keys in the page (shown as two rules).
_EMPTY = "phần đầu trang trống: ghi các dòng 'tên: giá trị' giữa hai dòng '---'"


def _blank(raw: str) -> bool:
    """Front matter with nothing but blank lines and comments: YAML finds no value."""
    return all(not line.strip() or line.lstrip().startswith("#") for line in raw.split("\n"))


def _unsplit(text: str) -> tuple[int, str] | None:
    """Why a page that opens with a "---" line has no front matter for the build:
    ``(line, message)``; None when its first line is no fence (then it has none)."""
    lines = text.split("\n")
    if not _OPENING.match(lines[0]):
        return None
    if len(lines) > 1 and _CLOSING.match(lines[1]):
        return 2, _EMPTY
    if len(lines) > 2 and _CLOSING.match(lines[-1]):
        return len(lines), (
            f"dòng '{lines[-1].strip()}' đóng phần đầu trang là dòng cuối tệp mà không "
            "xuống dòng, nên trang dựng không nhận phần đầu này: thêm một dòng sau nó"
        )
    return 1, "phần đầu trang mở bằng '---' nhưng chưa đóng"


def read_document(
    path: Path, src_uri: str, display: str, parsed: ParsedCache | None = None
) -> tuple[Document | None, list[Problem]]:
    """Read and validate one page; return it (if valid) and its problems
    (``parsed``: front matter parsed by earlier runs, see :mod:`.yamlcache`)."""
    problems = []
    if not _ASCII_PATH.match(src_uri):
        problems.append(
            Problem(
                display,
                0,
                "",
                "tên tệp cần chữ không dấu, số và dấu '-' (địa chỉ trang phải là ASCII), "
                f"nhận được '{path.name}'",
            )
        )
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:  # unreadable (permissions), a dangling link, a folder named .md
        return None, [*problems, Problem(display, 1, "", f"không đọc được tệp ({os_reason(exc)})")]
    text, refused = decode_source(raw_bytes)
    if refused is not None:
        return None, [*problems, Problem(display, refused[0], "", refused[1])]
    legacy = detect_legacy(text)
    if legacy is not None:
        problems.append(Problem(display, legacy[1], "", legacy_message(legacy[0])))
    raw, body = split_front_matter(text)
    schema = schema_for(src_uri)
    offset = 1  # the front matter starts on line 2, after "---"
    if raw is None:
        if (unsplit := _unsplit(text)) is not None:
            problems.append(Problem(display, unsplit[0], "", unsplit[1]))
            return None, problems
        raw, offset = "", 0  # no front matter: what it lacks is reported at line 1
    elif _blank(raw):
        return None, [*problems, Problem(display, 2, "", _EMPTY)]
    try:
        if parsed is not None:
            source = parsed.load(raw, display, line_offset=offset)
        else:
            source = load_yaml(raw, display, line_offset=offset)
    except ContentError as exc:
        return None, problems + exc.problems
    if not isinstance(source.data, dict):
        return None, [
            *problems,
            Problem(display, 2, "", "phần đầu trang cần các dòng 'tên: giá trị'"),
        ]
    try:
        meta = schema.model_validate(source.data)
    except ValidationError as exc:
        return None, problems + validation_problems(exc, source, schema)
    body_start = text[: len(text) - len(body)].count("\n") + 1
    return Document(src_uri, display, meta, body, source, body_start), problems


def check_docs(
    docs_dir: Path, root: Path, cache: Path | None = None
) -> tuple[list[Document], list[Problem]]:
    """Read every authored Markdown page under ``docs_dir`` (``cache``: the file keeping
    their parsed front matter between runs, see :mod:`.yamlcache`)."""
    parsed = ParsedCache(cache) if cache is not None else None
    documents: list[Document] = []
    problems: list[Problem] = []
    inside = (root.resolve(), docs_dir.resolve())
    resolve = RealPaths()
    # Thousands of files: "is under" and "relative to" as comparisons of path parts,
    # which is what pathlib does on this system, without building a path each time.
    root_parts, docs_parts = root.parts, docs_dir.parts
    inside_parts = [folder.parts for folder in inside]
    real_docs = inside_parts[1]
    for path in sorted(docs_dir.rglob("*.md"), key=lambda p: p.parts):
        real = resolve(path)
        real_parts = real.parts
        if not any(real_parts[: len(folder)] == folder for folder in inside_parts):
            continue  # a link leaving the campaign: never read nor published
        if real_parts[: len(real_docs)] != real_docs and linked_kind(real, *inside):
            continue  # a link to campaign.yml, .git/…: not a page (see keep_published)
        parts = path.parts
        if parts[: len(root_parts)] == root_parts:
            display = "/".join(parts[len(root_parts) :])
        else:
            display = str(path)
        src_uri = "/".join(parts[len(docs_parts) :])
        document, found = read_document(path, src_uri, display, parsed)
        problems += found
        if document is not None:
            documents.append(document)
    if parsed is not None:
        parsed.save()
    return documents, problems
