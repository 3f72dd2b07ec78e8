"""``campaign admin`` started for real on a free loopback port, as staff would start it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .browser import _free_port

__all__ = ["running_admin"]


@contextmanager
def running_admin(root: Path) -> Iterator[tuple[str, str]]:
    """Start the editor on ``root``; yield its base URL and the first account's password."""
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "campaign.cli",
            "-C",
            str(root),
            "admin",
            "--dia-chi",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        printed = ""
        while "Trình soạn thảo:" not in printed:
            line = process.stdout.readline()
            assert line, f"campaign admin stopped: {printed}"
            printed += line
        found = re.search(r"mật khẩu: (\S+)", printed)
        assert found, printed
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/admin/dang-nhap", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        yield base, found[1]
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()
