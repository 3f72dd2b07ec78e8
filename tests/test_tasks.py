"""The parallel seam: serial and forked runs give the same outcomes, logs and errors."""

from __future__ import annotations

import errno
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from campaign.cli import main
from campaign.parallel import tasks
from campaign.parallel.tasks import (
    JobsError,
    ParallelTasks,
    SerialTasks,
    TaskError,
    can_fork,
    jobs,
    make_tasks,
)

needs_fork = pytest.mark.skipif(not can_fork(), reason="workers are forked on Linux only")


def _square(n: int) -> int:
    time.sleep(0.01 * (n % 3))  # finished out of order
    logging.getLogger("mkdocs.plugins.campaign").warning("việc %d", n)
    if n == 4:
        raise ValueError("bốn không được")
    return n * n


def _no_fork() -> int:
    raise AssertionError("os.fork() called")


@pytest.mark.parametrize("value", ["0", "abc", "-2", "1.5", "２"])
def test_invalid_jobs_are_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CAMPAIGN_JOBS", value)
    with pytest.raises(JobsError) as raised:
        jobs()
    assert "CAMPAIGN_JOBS: cần một số nguyên dương" in str(raised.value)
    assert f"nhận được '{value}'" in str(raised.value)


def test_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAMPAIGN_JOBS", raising=False)
    assert jobs() == (os.cpu_count() or 1)
    monkeypatch.setenv("CAMPAIGN_JOBS", " 3 ")
    assert jobs() == 3


def test_one_job_forks_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMPAIGN_JOBS", "1")
    monkeypatch.setattr(os, "fork", _no_fork)
    runner = make_tasks(10)
    assert isinstance(runner, SerialTasks)
    for n in range(10):
        runner.add(_square, n, name=f"số {n}")
    outcomes = list(runner.outcomes())
    assert [o.value for o in outcomes if o.error is None] == [n * n for n in range(10) if n != 4]


@needs_fork
@pytest.mark.parametrize("nproc", [1, 2, 3])
def test_outcomes_logs_and_errors_come_back_in_order(
    nproc: int, caplog: pytest.LogCaptureFixture
) -> None:
    runner = make_tasks(8, nproc=nproc)
    assert runner.parallel == (nproc > 1)
    closure = 10  # forked workers inherit closures: nothing is pickled but results
    for n in range(8):
        runner.add(lambda n: _square(n) + closure, n, name=f"số {n}")
    with caplog.at_level(logging.WARNING):
        outcomes = list(runner.outcomes())
    assert [o.name for o in outcomes] == [f"số {n}" for n in range(8)]
    assert [o.value for o in outcomes] == [n * n + 10 if n != 4 else None for n in range(8)]
    assert isinstance(outcomes[4].error, ValueError)
    assert "bốn không được" in outcomes[4].trace
    # Each worker's log once, in task order, in this process.
    assert [r.getMessage() for r in caplog.records] == [f"việc {n}" for n in range(8)]
    if nproc > 1:
        assert isinstance(runner, ParallelTasks) and runner.forked == nproc


@needs_fork
def test_a_worker_error_is_raised_here_naming_the_task() -> None:
    runner = ParallelTasks(2)
    for n in range(6):
        runner.add(_square, n, name=f"ảnh {n}")
    with pytest.raises(TaskError, match="ảnh 4: ValueError: bốn không được") as raised:
        runner.join()
    assert isinstance(raised.value.__cause__, ValueError)


@needs_fork
def test_an_unpicklable_result_is_an_error_not_a_hang() -> None:
    runner = ParallelTasks(2)
    runner.add(lambda: lambda: None, name="hàm")
    runner.add(lambda: 1, name="số")
    with pytest.raises(TaskError, match="hàm"):
        runner.join()


@needs_fork
def test_a_failing_fork_falls_back_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [n * n for n in range(6)]

    def fork() -> int:
        raise OSError(errno.ENOMEM, "Cannot allocate memory")

    monkeypatch.setattr(os, "fork", fork)
    runner = ParallelTasks(3)
    for n in range(6):
        runner.add(pow, n, 2)
    assert runner.join() == expected
    assert runner.forked == 0


@needs_fork
def test_a_worker_that_dies_is_reported() -> None:
    runner = ParallelTasks(2)
    runner.add(time.sleep, 0.5, name="ngủ")
    runner.add(os._exit, 7, name="thoát")  # two tasks: one would run here
    with pytest.raises(TaskError, match="thoát: _Remote: tiến trình phụ dừng bất thường"):
        runner.join()


@needs_fork
def test_leaving_early_stops_the_workers(tmp_path: Path) -> None:
    runner = ParallelTasks(2)
    runner.add(pow, 2, 2)
    for n in range(4):
        runner.add(time.sleep, 30, name=f"ngủ {n}")
    started = time.monotonic()
    outcomes = runner.outcomes()
    assert next(outcomes).value == 4
    outcomes.close()  # what an interruption does to the generator
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # every worker reaped


@pytest.mark.parametrize("value", ["0", "abc"])
def test_build_reports_invalid_jobs_without_traceback(
    flagship: Path,
    value: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CAMPAIGN_JOBS", value)
    assert main(["-C", str(flagship), "build", "--force"]) == 1
    err = capsys.readouterr().err
    assert "CAMPAIGN_JOBS: cần một số nguyên dương" in err and f"'{value}'" in err
    assert "Traceback" not in err
    assert not (flagship / "site").exists()


def test_seam_imports_nothing_from_mkdocs() -> None:
    source = Path(tasks.__file__).read_text(encoding="utf-8")
    assert "mkdocs" not in [
        line.split()[1].split(".")[0] for line in source.splitlines() if line.startswith("import ")
    ]
    assert "from mkdocs" not in source


# The parent restores Python's Ctrl-C handler: a test run started in the background
# (``cmd &`` in a script, nohup) inherits SIGINT ignored, and Python then keeps it
# ignored, so the SIGINT case would wait for the workers' sleep instead.
STOPPED = """
import os, signal, sys, time
from pathlib import Path
signal.signal(signal.SIGINT, signal.default_int_handler)
from campaign.publish import buildlock
from campaign.parallel.tasks import ParallelTasks

folder = Path(sys.argv[1])

def work(n):
    (folder / f"{n}.pid").write_text(str(os.getpid()))
    time.sleep(60)

tasks = ParallelTasks(2)
for n in range(4):
    tasks.add(work, n)
try:
    with buildlock.stop_on_signals():
        tasks.join()
except buildlock.Interrupted as exc:
    sys.exit(128 + exc.signum)
except KeyboardInterrupt:
    sys.exit(130)
"""


@needs_fork
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_parent_stops_its_workers(tmp_path: Path, signum: int) -> None:
    parent = subprocess.Popen([sys.executable, "-c", STOPPED, str(tmp_path)])
    deadline = time.monotonic() + 60
    # A worker's file is there before its number is written in it (write_text creates,
    # then writes): on a loaded machine int("") failed the test.
    while len([p for p in tmp_path.glob("*.pid") if p.read_text().strip()]) < 2:
        assert parent.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    workers = [int(p.read_text()) for p in tmp_path.glob("*.pid") if p.read_text().strip()]
    parent.send_signal(signum)
    try:
        assert parent.wait(timeout=30) == 128 + signum
    finally:  # never leave the parent running into the next test
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    for pid in workers:  # reaped by the parent: gone, not orphaned
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
