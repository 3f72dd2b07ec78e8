"""Front matter of authored Markdown pages, validated with located errors.

MkDocs swallows exceptions raised while it reads front matter, so every
authored page is checked here first, all problems reported in one run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ContentError, Problem
from .load import validation_problems
from .yamlsource import load_yaml

__all__ = ["PageMeta", "check_docs", "split_front_matter"]

_FENCE = re.compile(r"^---[ \t]*$")
_ASCII_PATH = re.compile(r"^[A-Za-z0-9._/-]+$")


class PageMeta(BaseModel):
    """Keys an authored page may set (MkDocs' and Material's own, plus ours)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1)
    description: str | None = None
    sample: bool = False
    hide: list[Literal["navigation", "toc", "footer", "path", "tags", "feedback"]] = []
    icon: str | None = None
    status: str | None = None
    subtitle: str | None = None
    template: str | None = None
    tags: list[str] = []
    search: dict[str, Any] | None = None


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(yaml, body)``; ``yaml`` is None when the page has no front matter."""
    lines = text.splitlines(keepends=True)
    if not lines or not _FENCE.match(lines[0].rstrip("\n")):
        return None, text
    for i, line in enumerate(lines[1:], start=1):
        if _FENCE.match(line.rstrip("\n")):
            return "".join(lines[1:i]), "".join(lines[i + 1 :])
    return None, text


def check_page(path: Path, display: str) -> list[Problem]:
    problems = []
    if not _ASCII_PATH.match(display.split("docs/", 1)[-1]):
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
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        return [*problems, Problem(display, 0, "", "tệp không phải UTF-8: hãy lưu lại dạng UTF-8")]
    raw, _ = split_front_matter(text)
    if raw is None:
        if text.startswith("---"):
            problems.append(Problem(display, 1, "", "phần đầu trang mở bằng '---' nhưng chưa đóng"))
        return problems
    try:
        source = load_yaml(raw, display, line_offset=1)
    except ContentError as exc:
        return problems + exc.problems
    if not isinstance(source.data, dict):
        return [*problems, Problem(display, 2, "", "phần đầu trang cần các dòng 'tên: giá trị'")]
    try:
        PageMeta.model_validate(source.data)
    except ValidationError as exc:
        problems += validation_problems(exc, source, PageMeta)
    return problems


def check_docs(docs_dir: Path, root: Path) -> list[Problem]:
    """Check every authored Markdown page under ``docs_dir``."""
    problems: list[Problem] = []
    for path in sorted(docs_dir.rglob("*.md")):
        display = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        problems += check_page(path, display)
    return problems
