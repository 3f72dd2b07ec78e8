"""The command line's parser in Vietnamese: argparse's own words are English.

A mistyped command, a missing title or an option the command does not have
("unrecognized arguments: --dry-run") are mistakes staff make; argparse says
them in English. :class:`Parser` says them, its usage line and its help in
Vietnamese, and points at ``--help``; every command's parser is one.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

__all__ = ["Parser", "vietnamese"]

# argparse's messages (Python 3.11 to 3.13 wording), said in Vietnamese.
_MESSAGES = (
    (re.compile(r"the following arguments are required: (.+)"), r"thiếu \1"),
    (re.compile(r"unrecognized arguments: (.+)"), r"lệnh không có tùy chọn này: \1"),
    (
        re.compile(r"argument (.+?): invalid choice: (.+?) \(choose from (.+)\)"),
        r"\1: không có \2; chọn một trong: \3",
    ),
    (re.compile(r"argument (.+?): expected one argument"), r"\1: cần một giá trị sau tùy chọn"),
    (re.compile(r"argument (.+?): expected at least one argument"), r"\1: cần ít nhất một giá trị"),
    (re.compile(r"argument (.+?): invalid (\S+) value: (.+)"), r"\1: giá trị không hợp lệ: \3"),
    (
        re.compile(r"ambiguous option: (\S+) could match (.+)"),
        r"tùy chọn \1 chưa rõ, có thể là: \2",
    ),
    (re.compile(r"argument (.+?): not allowed with argument (.+)"), r"\1: không dùng cùng \2"),
)


def vietnamese(message: str) -> str:
    """One of argparse's error messages in Vietnamese (unchanged when not known)."""
    for pattern, words in _MESSAGES:
        if match := pattern.fullmatch(message):
            return match.expand(words)
    return message


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "cách dùng: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` whose usage, help and errors are in Vietnamese."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help="in hướng dẫn này rồi thoát",
            )

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: lỗi: {vietnamese(message)} (xem `{self.prog} --help`)\n")
