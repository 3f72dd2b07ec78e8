"""YAML read into plain Python values, remembering the line of every key.

PyYAML's constructors forget where values came from; located errors need
the line, so the node tree is walked here and every path gets its line.
All strings are NFC-normalized as they enter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .cleanup import clean
from .errors import ContentError, Problem

__all__ = ["Path", "Source", "dotted", "load_yaml", "yaml_problem"]

Path = tuple[str | int, ...]

# libyaml's composer is ~10× faster and keeps the same marks; pure Python otherwise.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Source:
    """Parsed YAML data with the line of each path (1-based)."""

    file: str
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)
    first_line: int = 1

    def line(self, path: Path) -> int:
        """Line of ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), self.first_line)


def yaml_problem(file: str, exc: yaml.YAMLError, line_offset: int = 0, text: str = "") -> Problem:
    """Turn a PyYAML syntax error into a located Vietnamese problem."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = (mark.line + 1 + line_offset) if mark is not None else line_offset + 1
    problem = str(getattr(exc, "problem", "") or exc)
    # libyaml does not name the character; look at the line itself.
    source_lines = text.splitlines()
    bad_line = source_lines[mark.line] if mark is not None and mark.line < len(source_lines) else ""
    leading = bad_line[: len(bad_line) - len(bad_line.lstrip())]
    if "'\\t'" in problem or "\t" in problem or "\t" in leading:
        message = "thụt lề bằng phím Tab: YAML chỉ chấp nhận dấu cách, hãy thay Tab bằng dấu cách"
    elif "mapping values are not allowed" in problem:
        message = "dấu ':' đặt sai chỗ (giá trị có dấu ':' hãy đặt trong ngoặc kép)"
    elif "could not find expected ':'" in problem:
        message = "thiếu dấu ':' sau tên trường"
    elif "found duplicate" in problem or "expected <block end>" in problem:
        message = "thụt lề không thẳng hàng: các trường cùng cấp phải thụt lề bằng nhau"
    else:
        message = f"YAML không hợp lệ ({problem})"
    return Problem(file, line, "", message)


def load_yaml(text: str, file: str, line_offset: int = 0) -> Source:
    """Parse ``text``; raise :class:`ContentError` with located problems."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise ContentError([yaml_problem(file, exc, line_offset, text)]) from None
    source = Source(file, None, first_line=line_offset + 1)
    if node is None:
        source.data = {}
        return source
    walker = _Walker(source, line_offset)
    source.data = walker.walk(node, ())
    if walker.problems:
        raise ContentError(walker.problems)
    return source


class _Walker:
    def __init__(self, source: Source, line_offset: int) -> None:
        self.source = source
        self.offset = line_offset
        self.constructor = yaml.SafeLoader("")
        self.problems: list[Problem] = []

    def _line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1 + self.offset

    def walk(self, node: yaml.Node, path: Path) -> Any:
        self.source.lines.setdefault(path, self._line(node))
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node)
                if not isinstance(key, str | int):
                    key = str(key)
                if key in result:
                    self.problems.append(
                        Problem(
                            self.source.file,
                            self._line(key_node),
                            dotted((*path, key)),
                            "trường bị khai báo hai lần; hãy giữ một",
                        )
                    )
                    continue
                self.source.lines[(*path, key)] = self._line(key_node)
                result[key] = self.walk(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        value = self.constructor.construct_object(node, deep=True)
        # Pasted text: NFC, no non-breaking or zero-width spaces.
        return clean(value).text if isinstance(value, str) else value


def dotted(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
