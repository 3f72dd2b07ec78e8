"""``campaign broadcast``: the announcer's reading of any text, and its proof list.

* ``campaign broadcast normalize`` reads stdin and writes one spoken line per
  input line to stdout; what the reader was unsure of goes to stderr as
  ``<stdin>:line:column: …``.
* ``campaign broadcast check FILE…`` prints only that proof list, one
  ``file:line:column: …`` per doubt, and exits 1 when there is anything on it
  (0 when the text reads cleanly), so a script or an editor can stop on it.
  Without FILE it checks every bulletin of the campaign in the folder (the
  plan, slogans, events, news marked ``broadcast: true``, profiles), each
  doubt pointed at the news post's line or the campaign.yml field.

The built-in dictionary (``campaign/data/abbreviations.yml``) is always used;
when the folder (``-C``) holds a ``campaign.yml``, its ``broadcast:
abbreviations:`` are added on top, and ``--tu-dien`` adds a YAML file of
``VIẾT TẮT: lời đọc`` on top of those. The campaign's units are not: a unit's
full name carries its place ("Trung tâm Y tế huyện Văn Quan"), and a text
given here may be about any place, so "TTYT" is said "Trung tâm Y tế" and no
word the text does not have is added (the campaign's own bulletins, which are
about its place, still say the unit's name).

Input and output are UTF-8 whatever the locale, since the bulletins are
Vietnamese and a station PC may run with a legacy code page.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import yaml

from ..arguments import Parser
from ..content.cleanup import decode_source
from ..content.errors import ContentError, os_reason
from .markup import file_lines
from .numbers import Dialect
from .reading import Reading, normalize_lines

__all__ = ["main"]


def _utf8(stream: TextIO) -> TextIO:
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(encoding="utf-8", errors="replace")
    return stream


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dialect",
        choices=("north", "south"),
        default=None,
        help="giọng đọc: north hoặc south (mặc định: theo campaign.yml, không có thì north)",
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


def _parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="campaign broadcast",
        description="Lời đọc cho loa phát thanh: không chữ số, không ký hiệu, không chữ viết tắt.",
    )
    sub = parser.add_subparsers(dest="action", required=True, metavar="VIỆC")
    normalize = sub.add_parser(
        "normalize",
        help="đọc văn bản từ đầu vào chuẩn, in lời đọc từng dòng; chỗ chưa chắc in ra stderr",
        description="Chuyển văn bản (đầu vào chuẩn) thành lời đọc, mỗi dòng vào một dòng ra; "
        "những chỗ chưa chắc được in ra stderr kèm số dòng.",
    )
    _common(normalize)
    normalize.add_argument("--source", default="<stdin>", help="tên nguồn ghi trong cảnh báo")
    check = sub.add_parser(
        "check",
        help="in danh sách cần soát (chỗ chưa chắc cách đọc) của các tệp, "
        "hoặc của mọi bản tin của chiến dịch khi không nêu tệp",
        description="In danh sách cần soát: mọi chỗ chưa chắc cách đọc, dạng tệp:dòng:cột. "
        "Không nêu tệp: soát mọi bản tin của chiến dịch (thư mục -C). "
        "Mã thoát 1 nếu danh sách có mục, 0 nếu không.",
    )
    _common(check)
    check.add_argument(
        "files",
        nargs="*",
        type=Path,
        metavar="TỆP",
        help="tệp .txt hoặc .md (bỏ trống: mọi bản tin của chiến dịch)",
    )
    return parser


class _Refused(Exception):
    """A problem with the command's own inputs, already worded for the user."""


def _extra_file(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise _Refused(f"không đọc được từ điển: {path}: {error}") from None
    if not isinstance(data, dict):
        raise _Refused(f"không đọc được từ điển: {path}: cần một bảng 'VIẾT_TẮT: lời đọc'")
    bad = [str(k) for k, v in data.items() if not isinstance(v, str) or not v.strip()]
    if bad:
        raise _Refused(f"không đọc được từ điển: {path}: thiếu lời đọc cho {', '.join(bad)}")
    return {str(k): str(v) for k, v in data.items()}


def _settings(root: Path, args: argparse.Namespace) -> tuple[Dialect, dict[str, str]]:
    """The dialect and the abbreviations campaign.yml's ``broadcast: abbreviations:``
    and --tu-dien add (not the units' full names: see the module's docstring)."""
    dialect: Dialect = "north"
    own: dict[str, str] = {}
    campaign_file = root / "campaign.yml"
    if campaign_file.is_file():
        from ..content.load import load_campaign

        campaign = load_campaign(campaign_file, display="campaign.yml")
        dialect = campaign.broadcast.dialect
        own = dict(campaign.broadcast.abbreviations)
    own.update(_extra_file(args.abbreviations))
    chosen: Dialect = args.dialect or dialect
    return chosen, own


def _read_lines(stdin: TextIO) -> list[str]:
    data = stdin.read()
    lines = data.replace("\r\n", "\n").split("\n") if data else []
    if data.endswith("\n"):
        lines.pop()
    return lines


def _normalize(args: argparse.Namespace, root: Path, streams: Sequence[TextIO]) -> int:
    stdin, stdout, stderr = streams
    dialect, own = _settings(root, args)
    lines = _read_lines(stdin)
    reading = normalize_lines(lines, dialect=dialect, abbreviations=own, source=args.source)
    for line in reading.lines if lines else []:
        stdout.write(line + "\n")
    stdout.flush()
    for warning in reading.warnings:
        print(warning, file=stderr)
    return 0


def _campaign_notes(args: argparse.Namespace, root: Path) -> list[str]:
    """The proof list of every bulletin the campaign at ``root`` airs."""
    if not (root / "campaign.yml").is_file():
        raise _Refused(
            f"không có campaign.yml trong {root}: hãy nêu tệp cần soát, "
            "hoặc chạy trong thư mục chiến dịch (campaign -C THƯ_MỤC broadcast check)"
        )
    if args.dialect or args.abbreviations:
        raise _Refused(
            "--dialect/--mien-nam/--tu-dien chỉ dùng khi nêu tệp: bản tin của chiến dịch "
            "đọc theo giọng và chữ viết tắt ghi trong campaign.yml"
        )
    from ..project import load_project
    from .bulletin import editor_notes, project_bulletins

    return editor_notes(project_bulletins(load_project(root)))


def _check(args: argparse.Namespace, root: Path, streams: Sequence[TextIO]) -> int:
    _, stdout, stderr = streams
    if not args.files:
        notes = _campaign_notes(args, root)
        for note in notes:
            print(note, file=stdout)
        if notes:
            print(f"Cần soát {len(notes)} chỗ trước khi phát.", file=stderr)
            return 1
        print("Không có chỗ nào cần soát trong các bản tin.", file=stderr)
        return 0
    dialect, own = _settings(root, args)
    doubts = 0
    unreadable = False
    for path in args.files:
        try:
            text, wrong = decode_source(path.read_bytes())
        except OSError as error:  # strerror is English
            print(f"{path}: không đọc được tệp: {os_reason(error)}", file=stderr)
            unreadable = True
            continue
        if wrong is not None:
            print(f"{path}:{wrong[0]}: {wrong[1]}", file=stderr)
            unreadable = True
            continue
        # Markdown: what is not heard (front matter but the title, code, tables, comments)
        # is skipped, lines kept;
        # warnings point at the columns of the lines as written.
        lines = file_lines(text) if path.suffix.lower() == ".md" else _split(text)
        reading: Reading = normalize_lines(
            lines,
            dialect=dialect,
            abbreviations=own,
            source=str(path),
            written=_split(text),
        )
        for warning in reading.warnings:
            print(warning, file=stdout)
        doubts += len(reading.warnings)
    if unreadable:
        return 2
    if doubts:
        print(f"Cần soát {doubts} chỗ trước khi phát.", file=stderr)
        return 1
    print("Không có chỗ nào cần soát.", file=stderr)
    return 0


def _split(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def main(argv: list[str] | None = None, *, root: Path | None = None) -> int:
    """Run ``normalize`` or ``check``; ``root`` is the campaign folder (``campaign -C``)."""
    args = _parser().parse_args(argv)
    streams = (_utf8(sys.stdin), _utf8(sys.stdout), _utf8(sys.stderr))
    folder = (root or Path(".")).resolve()
    try:
        if args.action == "normalize":
            return _normalize(args, folder, streams)
        return _check(args, folder, streams)
    except _Refused as problem:
        print(f"lỗi: {problem}", file=streams[2])
        return 2
    except ContentError as exc:
        for item in exc.problems:
            print(item, file=streams[2])
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
