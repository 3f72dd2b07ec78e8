"""YAML read into plain Python values, remembering the line of every key.

PyYAML's constructors forget where values came from; located errors need
the line, so the node tree is walked here and every path gets its line.
All strings are NFC-normalized as they enter.
"""

from __future__ import annotations

import re
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
    # The YAML as parsed (its first line is ``first_line``), to point into a line.
    text: str = field(default="", repr=False, compare=False)

    def line(self, path: Path) -> int:
        """Line of ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), self.first_line)

    def rows_from(self, line: int) -> tuple[str, ...]:
        """The text of ``line`` (numbered as in the file) and of the lines after it in
        the YAML; empty when ``line`` is not part of it."""
        index = line - self.first_line
        if not self.text or index < 0:
            return ()
        return tuple(row.removesuffix("\r") for row in self.text.split("\n")[index:])


def yaml_problem(file: str, exc: yaml.YAMLError, line_offset: int = 0, text: str = "") -> Problem:
    """Turn a PyYAML syntax error into a located Vietnamese problem."""
    if isinstance(exc, yaml.reader.ReaderError):
        return _reader_problem(file, exc, line_offset, text)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = (mark.line + 1 + line_offset) if mark is not None else line_offset + 1
    problem = str(getattr(exc, "problem", "") or exc)
    context = str(getattr(exc, "context", "") or "")
    context_mark = getattr(exc, "context_mark", None)
    # libyaml does not name the character; look at the line itself.
    source_lines = text.splitlines()
    bad_line = source_lines[mark.line] if mark is not None and mark.line < len(source_lines) else ""
    leading = bad_line[: len(bad_line) - len(bad_line.lstrip())]
    column = mark.column if mark is not None else 0
    char = bad_line[column : column + 1]
    # A quote left open runs on to the next quote, often far below: the error then
    # points there. The line that opens a quote without closing it is the mistake.
    opened = _open_quote(source_lines, mark.line if mark is not None else len(source_lines))
    if "'\\t'" in problem or "\t" in problem or "\t" in leading or char == "\t":
        message = "thụt lề bằng phím Tab: YAML chỉ chấp nhận dấu cách, hãy thay Tab bằng dấu cách"
    elif ("quoted scalar" in context and "escape" in problem) or "hexdecimal" in problem:
        message = (
            "trong ngoặc kép, dấu '\\' bắt đầu một mã đặc biệt: viết '\\\\' "
            "hoặc đặt giá trị trong ngoặc đơn '...'"
        )
    elif opened is not None:
        line, quote = opened[0] + 1 + line_offset, opened[1]
        name = "ngoặc kép" if quote == '"' else "ngoặc đơn"
        message = f"dấu {name} {quote} mở ở dòng này nhưng chưa đóng: thêm {quote} vào cuối giá trị"
    elif "quoted scalar" in context and context_mark is not None:
        line = context_mark.line + 1 + line_offset
        message = "dấu ngoặc kép hoặc ngoặc đơn mở ở dòng này nhưng chưa đóng"
    elif "flow" in context and (unclosed := _open_bracket(source_lines, mark)) is not None:
        line, bracket_char = unclosed[0] + 1 + line_offset, unclosed[1]
        closing = "]" if bracket_char == "[" else "}"
        message = (
            f"dấu '{bracket_char}' mở ở dòng này nhưng chưa đóng: cần '{closing}' "
            "(hoặc dấu ',' giữa các mục)"
        )
    elif "flow sequence" in context or "flow mapping" in context:
        bracket = "[" if "sequence" in context else "{"
        closing = "]" if bracket == "[" else "}"
        if context_mark is not None:
            line = context_mark.line + 1 + line_offset
        message = (
            f"dấu '{bracket}' mở ở dòng này nhưng chưa đóng: cần '{closing}' "
            "(hoặc dấu ',' giữa các mục)"
        )
    elif "mapping values are not allowed" in problem:
        message = "dấu ':' đặt sai chỗ (giá trị có dấu ':' hãy đặt trong ngoặc kép)"
    elif "could not find expected ':'" in problem:
        message = "thiếu dấu ':' sau tên trường"
    elif "cannot start any token" in problem and char:
        message = (
            f"giá trị không được bắt đầu bằng ký tự '{char}': hãy đặt cả giá trị trong ngoặc kép"
        )
    elif "single document" in context or "document" in problem:
        message = "tệp chỉ được có một phần dữ liệu: bỏ dòng '---' hoặc '...' ở giữa tệp"
    elif "alias" in problem or "anchor" in problem or "anchor" in context:
        message = "giá trị không được bắt đầu bằng '*' hay '&': hãy đặt cả giá trị trong ngoặc kép"
    elif "'-' indicator" in problem:
        message = "các dòng '- ' của một danh sách phải thụt lề bằng nhau"
    elif (
        "found duplicate" in problem
        or "expected <block end>" in problem
        or "expected key" in problem
        or "block" in context
    ):
        message = (
            "dòng này không đúng dạng 'tên: giá trị' hoặc thụt lề không thẳng hàng: "
            "các trường cùng cấp phải thụt lề bằng nhau"
        )
    else:
        message = "không đọc được dòng này: kiểm tra dấu ngoặc, dấu ':' và thụt lề"
    # The end of the stream is marked past the last line of a file without a final newline.
    last = line_offset + max(1, len(source_lines))
    return Problem(file, min(line, last), "", message)


def _reader_problem(
    file: str, exc: yaml.reader.ReaderError, line_offset: int, text: str
) -> Problem:
    """A character YAML refuses (control characters): name it and its line."""
    char = exc.character if isinstance(exc.character, str) else chr(int(exc.character))
    index = text.find(char)
    line = (text[:index].count("\n") if index >= 0 else 0) + 1 + line_offset
    if char == "\x00":
        message = (
            "tệp có ký tự NUL: có lẽ tệp lưu dạng UTF-16 hoặc không phải văn bản; "
            "hãy lưu lại dạng UTF-8"
        )
    else:
        message = (
            f"có ký tự điều khiển không in được (mã U+{ord(char):04X}), "
            "thường do dán từ nơi khác: hãy xóa rồi gõ lại đoạn đó"
        )
    return Problem(file, line, "", message)


_VALUE_QUOTE = re.compile(r"""^\s*(?:-\s+)*(?:[^\s"'#:][^:#]*:\s+)?(["'])""")


def _open_bracket(lines: list[str], mark: Any) -> tuple[int, str] | None:
    """The line (0-based) of the last '[' or '{' still open where the error is."""
    last = mark.line if mark is not None else len(lines) - 1
    stack: list[tuple[int, str]] = []
    for number, line in enumerate(lines[: last + 1]):
        quote = ""
        for column, char in enumerate(line):
            if number == last and mark is not None and column >= mark.column:
                break
            if quote:
                quote = "" if char == quote else quote
            elif char in "\"'" and (column == 0 or line[column - 1] in " [{,:"):
                quote = char
            elif char == "#" and (column == 0 or line[column - 1] == " "):
                break
            elif char in "[{":
                stack.append((number, char))
            elif char in "]}" and stack:
                stack.pop()
    return stack[-1] if stack else None


def _open_quote(lines: list[str], error_line: int) -> tuple[int, str] | None:
    """The line (0-based) whose value opens a quote that runs on to ``error_line``."""
    for number, line in enumerate(lines[: error_line + 1]):
        found = _VALUE_QUOTE.match(line)
        if found is None:
            continue
        quote = found.group(1)
        rest = "\n".join([line[found.end() :], *lines[number + 1 :]])
        rest = re.sub(r"\\.", "  ", rest) if quote == '"' else rest.replace("''", "  ")
        close = rest.find(quote)
        # Closed on its own line: fine. Closed before the error: a multi-line value.
        closing_line = number + rest[:close].count("\n") if close >= 0 else len(lines)
        if closing_line > number and closing_line >= error_line:
            return number, quote
    return None


def load_yaml(text: str, file: str, line_offset: int = 0) -> Source:
    """Parse ``text``; raise :class:`ContentError` with located problems."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise ContentError([yaml_problem(file, exc, line_offset, text)]) from None
    source = Source(file, None, first_line=line_offset + 1, text=text)
    if node is None:
        source.data = {}
        return source
    walker = _Walker(source, line_offset)
    source.data = walker.walk(node, ())
    if walker.problems:
        raise ContentError(walker.problems)
    return source


_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAX_NODES = 200_000
_MAX_DEPTH = 50
_TOO_DEEP = (
    f"dữ liệu lồng nhau quá sâu (hơn {_MAX_DEPTH} cấp): kiểm tra các dấu '[', '{{' và thụt lề"
)
_ALIAS_LOOP = "tham chiếu '*' lặp vòng hoặc nhân bản quá nhiều: hãy viết giá trị ra trực tiếp"


class _Walker:
    def __init__(self, source: Source, line_offset: int) -> None:
        self.source = source
        self.offset = line_offset
        self.constructor = yaml.SafeLoader("")
        self.problems: list[Problem] = []
        self.open: set[yaml.Node] = set()
        self.walked = 0

    def _line(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1 + self.offset

    def walk(self, node: yaml.Node, path: Path) -> Any:
        self.source.lines.setdefault(path, self._line(node))
        self.walked += 1
        if len(self.open) > _MAX_DEPTH:
            # "[[[[..." or a staircase of indents: no campaign nests this deep, and
            # walking it would exhaust Python's stack.
            if not any(p.message == _TOO_DEEP for p in self.problems):
                where = dotted(path[:_MAX_DEPTH])
                self.problems.append(Problem(self.source.file, self._line(node), where, _TOO_DEEP))
            return None
        if node in self.open or self.walked > _MAX_NODES:
            # '*name' pointing back into itself, or aliases multiplying a few lines
            # into millions of values: nothing a campaign file needs.
            if not self.problems or self.problems[-1].message != _ALIAS_LOOP:
                self.problems.append(
                    Problem(self.source.file, self._line(node), dotted(path), _ALIAS_LOOP)
                )
            return None
        if isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            self.open.add(node)
            try:
                return self._collection(node, path)
            finally:
                self.open.discard(node)
        return self._scalar(node, path)

    def _collection(self, node: yaml.Node, path: Path) -> Any:
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar(key_node, path)
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
        return [self.walk(item, (*path, i)) for i, item in enumerate(node.value)]

    def _scalar(self, node: yaml.Node, path: Path) -> Any:
        try:
            value = self.constructor.construct_object(node, deep=True)
        except (
            yaml.YAMLError,
            ValueError,
            TypeError,
            AttributeError,
            OverflowError,
            RecursionError,
        ):
            self.constructor.constructed_objects.clear()
            self.constructor.recursive_objects.clear()
            if node.tag == _TIMESTAMP and isinstance(node.value, str):
                # "2025-02-30" looks like a date but is none: keep the text, so the
                # field's own check reports it, located, with every other problem.
                return node.value
            tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
            self.problems.append(
                Problem(
                    self.source.file,
                    self._line(node),
                    dotted(path),
                    f"không đọc được giá trị có nhãn kiểu '{tag}': hãy bỏ phần bắt đầu bằng '!' "
                    "hoặc đặt cả giá trị trong ngoặc kép",
                )
            )
            return None
        # Pasted text: NFC, no non-breaking or zero-width spaces.
        return clean(value).text if isinstance(value, str) else value


def dotted(path: Path) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out
