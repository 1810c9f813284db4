"""Worker processes that each hold one task at a time, so that a worker's death is pinned on it.

``multiprocessing.Pool`` replaces a worker that dies (a crash inside a C library, the
kernel's out-of-memory killer, a ``kill`` from outside) but loses the task it held and
waits for that task's result forever: one file could hang a build.  Here the parent
gives each worker one task and waits on the workers' pipes *and* their process
sentinels at once, so it knows when a worker died and which task it held:

* a lost task of several files is run again one file per task, which pins a death that a
  file causes on that file;
* a lost task of one file is run once more (the death may have been the machine's, not
  the file's); if it kills its worker again, that file is reported as a bad file and the
  build goes on without it, as for any file that cannot be read.

A dead worker is replaced while work is left.  Closing the generator (the end of the
build, Ctrl-C, a ``--strict`` stop) stops every worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import signal
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from kg.errors import KgError

RETRIES_ALONE = 1  # extra runs of a one-file task whose worker died


@dataclass
class _Task:
    jobs: list[Any]
    tries: int = 0  # how often a worker died holding it


@dataclass
class _Worker:
    proc: Any  # multiprocessing.Process
    conn: Connection
    task: _Task | None = None


def _serve(conn: Connection, init: Callable[..., None], initargs: tuple, run: Callable[[list], Any]) -> None:
    """A worker's life: initialise once, then run each task it is sent until told to stop."""
    init(*initargs)
    while True:
        try:
            jobs = conn.recv()
        except (EOFError, OSError):
            return
        if jobs is None:
            return
        try:
            conn.send(("ok", run(jobs)))
        except Exception as exc:  # the parent raises it (a model that did not load, a bug)
            conn.send(("error", (isinstance(exc, KgError), type(exc).__name__, str(exc))))


def death(exitcode: int | None) -> str:
    """How a worker process ended, in words ("was killed by SIGSEGV")."""
    if exitcode is None:
        return "ended for an unknown reason"
    if exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"was killed by {name}" + (", out of memory?" if -exitcode == signal.SIGKILL else "")
    return f"exited with code {exitcode}"


def run_tasks(
    ctx: mp.context.BaseContext,
    size: int,
    tasks: Sequence[list],
    init: Callable[..., None],
    initargs: tuple,
    run: Callable[[list], Any],
    lost: Callable[[Any, str], Any],
) -> Iterator[Any]:
    """``run(task)`` for every task in ``size`` worker processes, each result as it comes.

    ``lost(job, how)`` makes the result to give for a job whose worker died twice
    holding it alone (see the module doc).
    """
    queue: deque[_Task] = deque(_Task(list(t)) for t in tasks)
    workers: list[_Worker] = []

    def start() -> None:
        mine, theirs = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_serve, args=(theirs, init, initargs, run), daemon=True)
        proc.start()
        theirs.close()
        workers.append(_Worker(proc, mine))

    try:
        for _ in range(min(size, len(queue))):
            start()
        while queue or any(w.task is not None for w in workers):
            for w in workers:
                _give(w, queue)
            busy = [w for w in workers if w.task is not None]
            ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy]))
            for w in busy:
                if w.conn not in ready and w.proc.sentinel not in ready:
                    continue
                try:
                    kind, payload = w.conn.recv()
                except (EOFError, OSError):  # it died before sending its result
                    w.proc.join()
                    task, w.task = w.task, None
                    workers.remove(w)
                    yield from _requeue(task, death(w.proc.exitcode), queue, lost)  # type: ignore[arg-type]
                    if queue and len(workers) < size:
                        start()
                    continue
                w.task = None
                if kind == "error":
                    known, name, message = payload
                    raise KgError(message) if known else RuntimeError(f"{name}: {message}")
                _give(w, queue)  # the next task first, so that it works while we take this result
                yield payload
        for w in workers:
            w.conn.send(None)
    finally:
        for w in workers:
            if w.proc.is_alive():
                w.proc.terminate()
        for w in workers:
            w.proc.join()
            w.conn.close()


def _give(w: _Worker, queue: deque[_Task]) -> None:
    """Send an idle worker the next task, if any."""
    if w.task is None and queue:
        w.task = queue.popleft()
        with contextlib.suppress(OSError):  # (it died already: its sentinel tells)
            w.conn.send(w.task.jobs)


def _requeue(task: _Task, how: str, queue: deque[_Task], lost: Callable[[Any, str], Any]) -> Iterator[Any]:
    """Put a dead worker's task back (see the module doc), or give up its one file."""
    if len(task.jobs) > 1:
        queue.extendleft(_Task([job]) for job in reversed(task.jobs))
    elif task.tries < RETRIES_ALONE:
        queue.appendleft(_Task(task.jobs, task.tries + 1))
    else:
        yield lost(task.jobs[0], how)
