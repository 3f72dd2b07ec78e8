"""A finished ``campaign build`` ends its process at once (``cli._leave``), as exit would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = """
import atexit, sys, tempfile, threading
from pathlib import Path
from campaign import cli
out = Path(sys.argv[1])
atexit.register(lambda: out.write_text("exit handlers ran", encoding="utf-8"))
scratch = tempfile.TemporaryDirectory(dir=out.parent)  # removed by its finalizer at exit
(Path(scratch.name) / "x").write_text("x", encoding="utf-8")
print("Đã dựng trang", end="")  # no newline: left in the buffer until flushed
if sys.argv[2] == "thread":
    threading.Thread(target=lambda: threading.Event().wait(0.3)).start()
cli._leave(3)
print(" (không rời: còn luồng khác)", end="")
sys.exit(4)
"""


def _run(tmp_path: Path, mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "out.txt"), mode],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_leaving_runs_the_exit_handlers_and_flushes_the_output(tmp_path: Path) -> None:
    done = _run(tmp_path, "alone")
    assert done.returncode == 3, done.stderr
    assert done.stdout == "Đã dựng trang"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "exit handlers ran"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # the temporary folder went


def test_with_another_thread_running_the_process_exits_as_usual(tmp_path: Path) -> None:
    done = _run(tmp_path, "thread")
    assert done.returncode == 4, done.stderr
    assert done.stdout == "Đã dựng trang (không rời: còn luồng khác)"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == "exit handlers ran"
