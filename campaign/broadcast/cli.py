"""``campaign broadcast normalize``: stdin in, the announcer's reading out.

Input and output are UTF-8 whatever the locale, since the bulletins are
Vietnamese and a station PC may run with a legacy code page.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

import yaml

from .reading import normalize_lines

__all__ = ["main"]


def _utf8(stream: TextIO) -> TextIO:
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors="replace")
    return stream


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="campaign broadcast normalize",
        description="Chuyển văn bản thành lời đọc cho loa phát thanh (không chữ số, "
        "không ký hiệu, không chữ viết tắt).",
    )
    parser.add_argument(
        "--dialect",
        choices=("north", "south"),
        default="north",
        help="giọng đọc: north (mặc định) hoặc south",
    )
    parser.add_argument(
        "--mien-nam",
        dest="dialect",
        action="store_const",
        const="south",
        help="đọc theo giọng miền Nam (như --dialect south)",
    )
    parser.add_argument(
        "--tu-dien",
        "--abbreviations",
        dest="abbreviations",
        type=Path,
        help="tệp YAML bổ sung chữ viết tắt (VIẾT_TẮT: lời đọc), ưu tiên hơn từ điển sẵn có",
    )
    parser.add_argument("--source", default="<stdin>", help="tên nguồn ghi trong cảnh báo")
    return parser


def _load_abbreviations(path: Path | None) -> Mapping[str, str] | None:
    if path is None:
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: cần một bảng 'VIẾT_TẮT: lời đọc'")
    return {str(k): str(v) for k, v in data.items()}


def main(argv: list[str] | None = None) -> int:
    """Read stdin, write one spoken line per input line, warnings to stderr."""
    args = _parser().parse_args(argv)
    stdin, stdout, stderr = _utf8(sys.stdin), _utf8(sys.stdout), _utf8(sys.stderr)
    try:
        abbreviations = _load_abbreviations(args.abbreviations)
    except (OSError, ValueError, yaml.YAMLError) as error:
        print(f"lỗi: không đọc được từ điển: {error}", file=stderr)
        return 2
    data = stdin.read()
    lines = data.replace("\r\n", "\n").split("\n") if data else []
    if data.endswith("\n"):
        lines.pop()
    reading = normalize_lines(
        lines, dialect=args.dialect, abbreviations=abbreviations, source=args.source
    )
    for line in reading.lines if lines else []:
        stdout.write(line + "\n")
    stdout.flush()
    for warning in reading.warnings:
        print(warning, file=stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
