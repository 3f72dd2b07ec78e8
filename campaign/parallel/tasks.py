"""One seam for parallel work: the same tasks, run in this process or in forked workers.

After Sphinx's ``util/parallel.py``: :class:`SerialTasks` and
:class:`ParallelTasks` share one interface. Tasks are added (a callable and its
arguments, a name for messages), then :meth:`Tasks.outcomes` hands their
results back to the parent in submission order, as they finish, and
:meth:`Tasks.join` collects them. What a worker logs is captured per task and
logged again in the parent just before that task's outcome, so every message
appears once, in task order, and MkDocs' strict mode counts it.

Workers are forked, never spawned (see :func:`can_fork`): the callables and
their arguments are inherited, not pickled, so closures work; only results,
exceptions and log records cross back. Each worker claims the next task from a
shared counter, so one slow task (a 5 m banner) never holds up the others.
When forking is not allowed here, or ``fork()`` fails (no memory or processes
left), the tasks run in this process with the same results. An interruption
(Ctrl-C, SIGTERM) in the parent stops the workers before it goes on.

How many processes: :func:`jobs`, i.e. ``CAMPAIGN_JOBS`` when set, else every
core. This module imports nothing from MkDocs: the page writer and the
read-ahead in ``adapter/`` take :func:`jobs` and :class:`Capture` from here.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import pickle
import select
import signal
import struct
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..content.errors import CampaignError
from .forking import can_fork, signals_held, worker_signals

__all__ = [
    "JOBS_ENV",
    "Capture",
    "JobsError",
    "Outcome",
    "ParallelTasks",
    "Record",
    "SerialTasks",
    "TaskError",
    "Tasks",
    "can_fork",
    "frame",
    "jobs",
    "make_tasks",
    "read_frames",
    "replay",
]

JOBS_ENV = "CAMPAIGN_JOBS"
# Below the adapter nothing imports MkDocs: this logger is named after the module.
log = logging.getLogger(__name__)

_HEADER = struct.Struct("!I")
# How long stopped workers get to remove their temporary files before being killed.
_STOP_GRACE = 5.0


class JobsError(CampaignError):
    """``CAMPAIGN_JOBS`` is set to something other than a number of processes."""


def jobs() -> int:
    """Processes to work with: ``CAMPAIGN_JOBS`` when set (1 = this process only),
    else the machine's cores. Raises :class:`JobsError` for any other value."""
    raw = os.environ.get(JOBS_ENV)
    if raw is None or not raw.strip():
        return os.cpu_count() or 1
    value = raw.strip()
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise JobsError(
            f"biến môi trường {JOBS_ENV}: cần một số nguyên dương (số tiến trình dùng "
            f"để dựng, ví dụ 1 hoặc 2), nhận được '{raw}'"
        )
    return int(value)


# --- logs from workers --------------------------------------------------------------

Record = tuple[str, int, str]  # logger name, level, message


class Capture(logging.Handler):
    """What a forked process logs (the loggers' own levels filter it), for the
    parent to log again with :func:`replay`. Kept while ``records`` is a list."""

    def __init__(self, active: bool = True) -> None:
        super().__init__(logging.NOTSET)
        self.records: list[Record] | None = [] if active else None

    def emit(self, record: logging.LogRecord) -> None:
        if self.records is not None:
            self.records.append((record.name, record.levelno, record.getMessage()))

    def install(self, *names: str) -> Capture:
        """Take over the logs of ``names`` (MkDocs' by default) in this forked
        process: nothing is printed here, nothing twice (:meth:`uninstall` gives
        the loggers back their handlers)."""
        self.saved: list[tuple[logging.Logger, list[logging.Handler], bool]] = []
        for name in names or ("mkdocs",):
            logger = logging.getLogger(name or None)
            self.saved.append((logger, list(logger.handlers), logger.propagate))
            logger.handlers = [self]
            if name:
                logger.propagate = False
        return self

    def uninstall(self) -> list[Record]:
        """Give the loggers back their own handlers; what was captured."""
        for logger, handlers, propagate in getattr(self, "saved", []):
            logger.handlers = handlers
            logger.propagate = propagate
        self.saved = []
        records, self.records = self.records or [], None
        return records


def replay(records: Sequence[Record]) -> None:
    """Log again, in the parent, what a forked process logged (strict mode counts it)."""
    for name, level, message in records:
        logging.getLogger(name).log(level, "%s", message)


# --- outcomes -----------------------------------------------------------------------


class TaskError(Exception):
    """A task failed; the message names it (the original error is its ``__cause__``)."""

    def __init__(self, name: str, error: BaseException) -> None:
        self.name = name
        self.error = error
        super().__init__(f"{name}: {type(error).__name__}: {error}")


class _Remote(Exception):
    """An error raised in a worker that could not be sent back as itself."""


@dataclass
class Outcome:
    """What one task gave back: its value, or the error it raised."""

    name: str
    value: Any = None
    error: BaseException | None = None
    trace: str = ""  # the worker's traceback, for debugging

    def result(self) -> Any:
        """The value; the task's error re-raised here, naming the task.

        An error the user can fix (:class:`CampaignError`) keeps its own type and
        message; any other becomes a :class:`TaskError` caused by it.
        """
        if self.error is None:
            return self.value
        if isinstance(self.error, CampaignError):
            self.error.add_note(f"(việc: {self.name})")
            raise self.error
        raise TaskError(self.name, self.error) from self.error


@dataclass(frozen=True)
class _Task:
    func: Callable[..., Any]
    args: tuple[Any, ...]
    name: str


class Tasks:
    """Tasks added with :meth:`add`, run by :meth:`outcomes` or :meth:`join`."""

    def __init__(self) -> None:
        self.tasks: list[_Task] = []

    def add(self, func: Callable[..., Any], *args: Any, name: str | None = None) -> None:
        """Run ``func(*args)``; ``name`` says which task an error or a log came from."""
        self.tasks.append(_Task(func, args, name or f"{getattr(func, '__name__', 'task')}{args!r}"))

    def outcomes(self) -> Iterator[Outcome]:
        """Every task's outcome, in the order added, each as soon as it and those
        before it are done. Errors are delivered, not raised."""
        raise NotImplementedError

    def join(self) -> list[Any]:
        """Every task's value in the order added; the first error raised (see
        :meth:`Outcome.result`) once every task has finished."""
        outcomes = list(self.outcomes())
        return [outcome.result() for outcome in outcomes]

    @property
    def parallel(self) -> bool:
        return False


class SerialTasks(Tasks):
    """Every task in this process, one after the other; logs go out as they are made."""

    def outcomes(self) -> Iterator[Outcome]:
        tasks, self.tasks = self.tasks, []
        for task in tasks:
            yield _run(task)


class ParallelTasks(Tasks):
    """The tasks spread over up to ``nproc`` forked workers (this process waits)."""

    def __init__(self, nproc: int) -> None:
        super().__init__()
        self.nproc = max(1, nproc)
        self.forked = 0  # workers started by the last run: 0 when it ran here

    @property
    def parallel(self) -> bool:
        return True

    def outcomes(self) -> Iterator[Outcome]:
        tasks, self.tasks = self.tasks, []
        self.forked = 0
        wanted = min(self.nproc, len(tasks))
        if wanted < 2 or not can_fork():
            yield from (_run(task) for task in tasks)
            return
        pool = _Pool(tasks)
        try:
            pool.start(wanted)
            self.forked = len(pool.workers)
            if not pool.workers:  # fork() failed at once: this process does the work
                log.debug("no worker process could be started: working in this one")
                yield from (_run(task) for task in tasks)
                return
            for index in range(len(tasks)):
                outcome = pool.wait(index)
                replay(outcome.records)
                yield outcome.outcome
        finally:
            pool.stop()


def make_tasks(n_items: int, min_items: int = 2, nproc: int | None = None) -> Tasks:
    """Workers for ``n_items`` tasks: parallel when there are at least ``min_items``,
    more than one process is wanted (``nproc``, else :func:`jobs`) and forking is
    allowed here; otherwise this process alone."""
    wanted = jobs() if nproc is None else nproc
    if wanted < 2 or n_items < max(2, min_items) or not can_fork():
        return SerialTasks()
    return ParallelTasks(min(wanted, n_items))


# --- running ------------------------------------------------------------------------


def _run(task: _Task) -> Outcome:
    try:
        return Outcome(task.name, task.func(*task.args))
    except Exception as error:
        return Outcome(task.name, None, error, traceback.format_exc())


@dataclass
class _Arrived:
    outcome: Outcome
    records: list[Record]


@dataclass
class _Worker:
    pid: int
    reader: int | None
    buffer: bytes = b""
    status: int | None = None


class _Pool:
    """Forked workers claiming tasks from a shared counter, each answering on its pipe."""

    def __init__(self, tasks: list[_Task]) -> None:
        self.tasks = tasks
        self.counter = multiprocessing.get_context("fork").Value("l", 0)
        self.workers: list[_Worker] = []
        self.arrived: dict[int, _Arrived] = {}

    def start(self, wanted: int) -> None:
        sys.stdout.flush()
        sys.stderr.flush()
        for _ in range(wanted):
            reader, writer = os.pipe()
            # In the parent: a signal held back arrives at the end, the worker known.
            with signals_held() as mask:
                try:
                    pid = os.fork()
                except OSError:  # ENOMEM, EAGAIN: those started share the work
                    os.close(reader)
                    os.close(writer)
                    break
                if pid == 0:
                    os.close(reader)
                    for worker in self.workers:  # the other workers' pipes are the parent's
                        if worker.reader is not None:
                            os.close(worker.reader)
                    _worker(self.tasks, self.counter, writer, mask)  # never returns
                os.close(writer)
                self.workers.append(_Worker(pid, reader))

    def wait(self, index: int) -> _Arrived:
        while index not in self.arrived:
            readers = {w.reader: w for w in self.workers if w.reader is not None}
            if not readers:
                return self._lost(index)
            for fd in select.select(list(readers), [], [])[0]:
                self._read(readers[fd])
        return self.arrived.pop(index)

    def _read(self, worker: _Worker) -> None:
        assert worker.reader is not None
        worker.buffer, frames, closed = read_frames(worker.reader, worker.buffer)
        if closed:  # the worker is done, or gone
            os.close(worker.reader)
            worker.reader = None
            return
        for data in frames:
            index, value, error, trace, records = pickle.loads(data)
            name = self.tasks[index].name
            self.arrived[index] = _Arrived(Outcome(name, value, error, trace), records)

    def _lost(self, index: int) -> _Arrived:
        """Every worker has exited without answering for task ``index``."""
        codes = [os.waitstatus_to_exitcode(self._reap(w)) for w in self.workers]
        error = _Remote(f"tiến trình phụ dừng bất thường (mã {', '.join(map(str, codes))})")
        return _Arrived(Outcome(self.tasks[index].name, None, error), [])

    def _reap(self, worker: _Worker, block: bool = True) -> int:
        if worker.status is None:
            pid, status = os.waitpid(worker.pid, 0 if block else os.WNOHANG)
            if pid:
                worker.status = status
        return worker.status if worker.status is not None else 0

    def stop(self) -> None:
        """Reap every worker: stopped first if the parent is leaving early."""
        for worker in self.workers:
            if worker.reader is not None:  # still running: the parent left early
                os.close(worker.reader)
                worker.reader = None
                try:
                    os.kill(worker.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + _STOP_GRACE
        for worker in self.workers:
            while worker.status is None:
                self._reap(worker, block=False)
                if worker.status is not None:
                    break
                if time.monotonic() > deadline:
                    try:
                        os.kill(worker.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    self._reap(worker)
                    break
                time.sleep(0.01)


def _worker(tasks: list[_Task], counter: Any, out: int, mask: set[int | signal.Signals]) -> None:
    """A worker's whole life: claim tasks until none is left, answer each on ``out``.
    ``mask``: the signals blocked before the fork, blocked again once handled here."""
    code = 0
    try:
        worker_signals(mask)  # the parent decides about Ctrl-C; its SIGTERM unwinds
        gc.freeze()  # what the parent built stays shared, not copied by the collector's visits
        capture = Capture().install("", "mkdocs")
        with os.fdopen(out, "wb") as pipe:
            while True:
                with counter.get_lock():
                    index = counter.value
                    counter.value = index + 1
                if index >= len(tasks):
                    break
                capture.records = []
                outcome = _run(tasks[index])
                pipe.write(_frame(index, outcome, capture.records))
                pipe.flush()
    except BaseException:
        code = 1
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


def _frame(index: int, outcome: Outcome, records: list[Record]) -> bytes:
    try:
        data = pickle.dumps(
            (index, outcome.value, outcome.error, outcome.trace, records),
            protocol=pickle.HIGHEST_PROTOCOL,
        )
        pickle.loads(data)  # an exception may pickle but not unpickle (custom __init__)
    except Exception as exc:
        what = outcome.error if outcome.error is not None else exc
        error = _Remote(f"{type(what).__name__}: {what}")
        data = pickle.dumps(
            (index, None, error, outcome.trace, records), protocol=pickle.HIGHEST_PROTOCOL
        )
    return frame(data)


def frame(data: bytes) -> bytes:
    """``data`` as one frame on a pipe: its length, then the bytes."""
    return _HEADER.pack(len(data)) + data


def read_frames(fd: int, buffer: bytes) -> tuple[bytes, list[bytes], bool]:
    """Read what pipe ``fd`` holds after ``buffer``: (what is left of a frame cut short,
    the whole frames, whether the writer closed the pipe)."""
    chunk = os.read(fd, 1 << 20)
    if not chunk:
        return buffer, [], True
    buffer += chunk
    frames = []
    while len(buffer) >= _HEADER.size:
        (size,) = _HEADER.unpack_from(buffer)
        if len(buffer) < _HEADER.size + size:
            break
        frames.append(buffer[_HEADER.size : _HEADER.size + size])
        buffer = buffer[_HEADER.size + size :]
    return buffer, frames, False
