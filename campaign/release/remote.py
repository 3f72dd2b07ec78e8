"""ssh and rsync, run as argument lists: no local shell, no user text in a remote script.

Every remote step is one fixed POSIX ``sh`` script (the constants below); the
values it works on (the server folder, a release name) are passed as its
positional arguments, each quoted with :func:`shlex.quote` for the remote
login shell that ssh hands the command to. ssh reads no configuration file
(``-F none``) and never asks a question (``BatchMode``): what it needs is in
the campaign's ``publish:`` settings.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..content.errors import ReleaseError
from .target import Target

__all__ = ["MARKER", "SENT", "Tools", "rsync_argv", "run_rsync", "run_script", "ssh_argv"]

# In every release folder this tool made: nothing else on the server is ever deleted.
MARKER = ".campaign-release"
# Added when a release was sent whole and switched to: only those can be rolled back to.
SENT = ".campaign-release-sent"


@dataclass(frozen=True)
class Tools:
    """The programs used (tests put a wrapper in place of one)."""

    ssh: str = "ssh"
    rsync: str = "rsync"


DEFAULT_TOOLS = Tools()


def ssh_options(target: Target) -> list[str]:
    options = [
        "-F",
        "none",
        "-p",
        str(target.port),
        "-o",
        "BatchMode=yes",
        "-o",
        "StrictHostKeyChecking=yes",
        "-o",
        "ConnectTimeout=20",
        "-o",
        "ServerAliveInterval=15",
        "-o",
        "ServerAliveCountMax=4",
    ]
    if target.identity is not None:
        options += ["-i", str(target.identity), "-o", "IdentitiesOnly=yes"]
    if target.known_hosts is not None:
        # Only the campaign's own file: not ~/.ssh/known_hosts, not /etc/ssh's.
        options += [
            "-o",
            f"UserKnownHostsFile={target.known_hosts}",
            "-o",
            "GlobalKnownHostsFile=/dev/null",
        ]
    return options


def ssh_argv(
    target: Target, script: str, args: Sequence[str], tools: Tools = DEFAULT_TOOLS
) -> list[str]:
    """``ssh … -- user@host 'sh -c SCRIPT sh ARG…'``: the remote shell only unquotes."""
    remote = shlex.join(["sh", "-c", script, "sh", *args])
    return [tools.ssh, *ssh_options(target), "-l", target.user, "--", target.host, remote]


def _destination(target: Target) -> str:
    host = f"[{target.host}]" if ":" in target.host else target.host
    return f"{target.user}@{host}"


def rsync_argv(
    target: Target, site: Path, release: str, link_dest: str | None, tools: Tools = DEFAULT_TOOLS
) -> list[str]:
    """Copy ``site`` into ``releases/<release>/``; files equal (by content and mode) to
    those of ``link_dest`` become hard links to them instead of copies."""
    shell = shlex.join([tools.ssh, *ssh_options(target)])
    argv = [
        tools.rsync,
        "--recursive",
        "--links",
        "--perms",
        "--checksum",  # a rebuild touches every file: compare content, not times
        "--chmod=D755,F644",  # the web server's account (www-data) reads every file
        "--timeout=120",
        "--stats",
        "-e",
        shell,
    ]
    if link_dest is not None:
        argv.append(f"--link-dest=../{link_dest}")
    return [*argv, "--", f"{site}/", f"{_destination(target)}:{target.path}/releases/{release}/"]


def _env() -> dict[str, str]:
    return {**os.environ, "LC_ALL": "C"}  # messages parsed below are ssh's and rsync's own


_REASONS = (
    ("Permission denied", "máy chủ không nhận khóa SSH (publish.identity) cho tài khoản này"),
    (
        "Host key verification failed",
        "khóa của máy chủ không có trong tệp known_hosts của chiến dịch: ghi vào bằng "
        "ssh-keyscan, so dấu vân tay với người quản trị máy chủ",
    ),
    (
        "REMOTE HOST IDENTIFICATION HAS CHANGED",
        "khóa của máy chủ đã đổi: hỏi người quản trị máy chủ",
    ),
    ("Connection refused", "máy chủ không nhận kết nối SSH ở cổng này (publish.port)"),
    ("timed out", "không kết nối được tới máy chủ (hết thời gian chờ)"),
    ("Could not resolve hostname", "không tìm thấy máy chủ có tên này (publish.host)"),
    ("No route to host", "không có đường mạng tới máy chủ"),
    ("rsync: command not found", "máy chủ chưa cài rsync (apt install rsync)"),
    ("No space left on device", "ổ đĩa máy chủ đã đầy"),
)


def explain(stderr: str) -> str:
    """Why ssh or rsync failed, in Vietnamese, with their own last line for the expert."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    for needle, reason in _REASONS:
        if needle in stderr:
            return f"{reason} ({last})" if last else reason
    return last or "không rõ lý do"


def run_script(
    target: Target, script: str, args: Sequence[str], what: str, tools: Tools = DEFAULT_TOOLS
) -> str:
    """Run one fixed script on the server; its standard output, or a :class:`ReleaseError`."""
    try:
        done = subprocess.run(
            ssh_argv(target, script, args, tools),
            capture_output=True,
            text=True,
            env=_env(),
            stdin=subprocess.DEVNULL,
            timeout=300,
            check=False,
        )
    except FileNotFoundError:
        raise ReleaseError(f"{what}: chưa cài ssh (gói openssh-client)") from None
    except subprocess.TimeoutExpired:
        raise ReleaseError(f"{what}: máy chủ không trả lời sau 5 phút") from None
    if done.returncode != 0:
        raise ReleaseError(f"{what} trên {target.label}: {explain(done.stderr)}")
    return done.stdout


_STAT = re.compile(
    r"^(Number of regular files transferred|Total file size|Total transferred file size)"
    r": ([\d,]+)"
)


@dataclass(frozen=True)
class Transfer:
    files_sent: int
    bytes_sent: int
    total_bytes: int


def run_rsync(argv: list[str], what: str) -> Transfer:
    try:
        done = subprocess.run(
            argv,
            capture_output=True,
            text=True,
            env=_env(),
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except FileNotFoundError:
        raise ReleaseError(f"{what}: chưa cài rsync (gói rsync)") from None
    if done.returncode != 0:
        raise ReleaseError(f"{what}: {explain(done.stderr)} (rsync mã {done.returncode})")
    stats: dict[str, int] = {}
    for line in done.stdout.splitlines():
        if match := _STAT.match(line.strip()):
            stats[match.group(1)] = int(match.group(2).replace(",", ""))
    return Transfer(
        files_sent=stats.get("Number of regular files transferred", 0),
        bytes_sent=stats.get("Total transferred file size", 0),
        total_bytes=stats.get("Total file size", 0),
    )
