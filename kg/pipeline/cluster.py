"""The per-file half of ``kg build`` as Dask tasks: ``kg build --scheduler tcp://HOST:8786``.

A build too large for one machine runs its per-file stages (read, NLP, extract) on the
workers of a Dask cluster — an engine data teams already run, on Kubernetes, YARN, HPC
queues or bare hosts — instead of in local processes (kg.pipeline.parallel).  Nothing
else changes: the tasks are the ones ``plan_tasks`` makes for local workers, each runs
``FileWorker.run`` as a local worker does, the results come back to this process in any
order and the build folds them in by file name, so the outputs are byte-identical to
``kg build --jobs N``.  ``--scheduler local[:N]`` starts a ``LocalCluster`` of N worker
processes here, for Dask's dashboard on one machine.

* Each worker process loads the NLP pipeline and gazetteer once, on its first task
  (``_file_worker``), and runs one task at a time (a lock: the pipeline is not shared
  between threads); its model gets the worker's threads.  So a worker should be started
  with ``--nthreads 1`` per core it is given, or with one process of N threads.
* Back-pressure: at most ``IN_FLIGHT_PER_WORKER`` tasks per worker are submitted and
  not yet folded in; each result is taken (``as_completed``) and released at once, so
  neither the scheduler nor this process holds more than that many finished results.
* A worker that dies: the scheduler runs its task again elsewhere (the task is a pure
  function of its files, and its cache entries are written atomically, so nothing is
  lost or doubled).  A task that kills every worker it is given (Dask's
  ``KilledWorker``) is split into one-file tasks, and a file that still does is reported
  as that file's problem, as locally (kg.pipeline.workers).
* A file whose text trips a bug is that file's problem inside ``FileWorker.run``, as locally.
* A scheduler that cannot be reached within ``KG_SCHEDULER_TIMEOUT`` seconds (default
  10) is a one-line error with exit code 3; Ctrl-C cancels the tasks and closes the
  client, and a ``LocalCluster`` with its processes.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import platform
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from kg import __version__
from kg.errors import KgError, describe
from kg.pipeline.cache import pipeline_fingerprint
from kg.pipeline.options import LOCAL_SCHEDULER
from kg.pipeline.parallel import (
    RELAXED_GC,
    FileConfig,
    FileJob,
    FileWorker,
    TaskResult,
    _lost,
    default_jobs,
    plan_tasks,
    set_model_threads,
)
from kg.pipeline.workers import RETRIES_ALONE
from kg.testhooks import pause

IN_FLIGHT_PER_WORKER = 2  # tasks submitted per worker and not yet folded in
DEFAULT_TIMEOUT = 10.0  # seconds to reach the scheduler (and to wait for a first worker)
ENV_TIMEOUT = "KG_SCHEDULER_TIMEOUT"
EXIT_UNREACHABLE = 3  # the scheduler could not be reached (documented in the README)


# A LocalCluster's workers (their nannies pass this on): no statistical profiler, which
# samples the running thread's stack every 10 ms and took a fifth more CPU per task in
# kg's pure-Python stages, and fewer wake-ups of the event loop beside the work.  A
# cluster's own workers take the same settings from their environment (README).
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


class SchedulerError(KgError):
    """The Dask scheduler could not be reached, or has no workers."""

    exit_code = EXIT_UNREACHABLE


def _timeout() -> float:
    try:
        return max(0.5, float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT)))
    except ValueError:
        return DEFAULT_TIMEOUT


def _quiet() -> None:
    """Dask logs to stderr at INFO; a build says what matters itself, on one line each."""
    for name in ("distributed", "bokeh", "tornado"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


@contextlib.contextmanager
def connect(spec: str, echo: Callable[[str], None], verbose: bool) -> Iterator[Any]:
    """A Dask client of the cluster ``spec`` names (a LocalCluster started here for local[:N])."""
    import dask
    from dask.distributed import Client, LocalCluster

    _quiet()
    timeout = _timeout()
    local = LOCAL_SCHEDULER.match(spec)
    cluster = None
    with dask.config.set({"distributed.comm.timeouts.connect": f"{timeout}s", **(LOCAL_CONFIG if local else {})}):
        if local:
            n = int(local.group(1) or 0) or default_jobs()
            with _workers_ignore_ctrl_c():
                cluster = LocalCluster(
                    n_workers=n,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # a free port: 8787 may be another cluster's
                    scheduler_kwargs={"dashboard": verbose},  # its pages (bokeh) only when the address is shown
                    silence_logs=logging.CRITICAL,
                )
        try:
            try:
                client = Client(cluster if cluster is not None else spec, timeout=timeout, set_as_default=False)
            except (OSError, TimeoutError, ValueError) as exc:
                raise SchedulerError(
                    f"cannot reach the Dask scheduler at {spec} within {timeout:g} s: {describe(exc)}"
                ) from None
            try:
                try:
                    client.wait_for_workers(1, timeout=timeout)
                except (OSError, TimeoutError) as exc:
                    raise SchedulerError(f"the Dask scheduler at {spec} has no workers (waited {timeout:g} s)") from exc
                if verbose and client.dashboard_link:
                    echo(f"kg: Dask dashboard: {client.dashboard_link}")
                yield client
            finally:
                with contextlib.suppress(Exception):
                    client.close(timeout=timeout)
        finally:
            if cluster is not None:
                with contextlib.suppress(Exception):
                    cluster.close(timeout=timeout)


@contextlib.contextmanager
def _workers_ignore_ctrl_c() -> Iterator[None]:
    """SIGINT ignored while the LocalCluster spawns its workers, which keep ignoring it.

    A Ctrl-C at a terminal signals the whole process group: the workers would each die
    with a traceback of their own.  This process stops them instead, when it closes the
    cluster (an ignored signal stays ignored across exec, and Python keeps it so).  The
    cost: a Ctrl-C in the seconds the workers take to start is lost (press it again), and
    a worker the nanny restarts later (after a crash) does not ignore it.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


def cluster_files(
    spec: str,
    jobs: Sequence[FileJob],
    config: FileConfig,
    cache_root: str | None,
    echo: Callable[[str], None],
    verbose: bool,
) -> Iterator[TaskResult]:
    """Process ``jobs`` on the Dask cluster ``spec``; yields each task's results as they come.

    Closing the generator (the end of the build, Ctrl-C, a ``--strict`` stop) cancels
    what is left and closes the client (and a LocalCluster started for it).
    """
    if not jobs:
        return
    root = None if cache_root is None else os.path.abspath(cache_root)  # the same path on every host
    with connect(spec, echo, verbose) as client:
        workers = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        yield from run_on(client, plan_tasks(jobs, workers), config, root, IN_FLIGHT_PER_WORKER * workers)


def run_on(
    client: Any, tasks: Sequence[list[FileJob]], config: FileConfig, root: str | None, limit: int
) -> Iterator[TaskResult]:
    """Each task's result from the cluster, with at most ``limit`` tasks not yet folded in."""
    from dask.distributed import as_completed
    from distributed import KilledWorker

    queue: deque[tuple[list[FileJob], int]] = deque((list(t), 0) for t in tasks)
    fingerprint = pipeline_fingerprint()
    held: dict[Any, tuple[list[FileJob], int]] = {}

    def submit() -> list[Any]:
        new = []
        while queue and len(held) < limit:
            task, tries = queue.popleft()
            future = client.submit(run_task, task, config, root, fingerprint, pure=False)
            held[future] = (task, tries)
            new.append(future)
        return new

    try:
        running = as_completed(submit(), loop=client.loop)
        for future in running:
            task, tries = held.pop(future)
            try:
                result = future.result()
            except KilledWorker as exc:
                yield from _requeue(task, tries, queue, str(exc))
                continue
            finally:
                future.release()
                running.update(submit())  # the next task first, so that the cluster works while we fold this in
            yield result
    finally:
        if held:
            with contextlib.suppress(Exception):
                client.cancel(list(held), force=True)


def _requeue(task: list[FileJob], tries: int, queue: deque, why: str) -> Iterator[TaskResult]:
    """A task that killed the workers it ran on: its files alone, then once more, then given up."""
    if len(task) > 1:
        queue.extendleft(([job], 0) for job in reversed(task))
    elif tries < RETRIES_ALONE:
        queue.appendleft((task, tries + 1))
    else:
        yield _lost(task[0], "was lost (Dask: the workers running it died)")


# --------------------------------------------------------------------------- on the workers

_LOCK = threading.Lock()  # one task at a time per worker process: the pipeline is not thread-safe
_WORKERS: dict[tuple[FileConfig, str | None], FileWorker] = {}


def run_task(jobs: list[FileJob], config: FileConfig, root: str | None, fingerprint: str) -> TaskResult:
    """A Dask task: ``FileWorker.run`` in this worker process, whose models load once.

    A worker whose kg (version, rules, the libraries that make facts) differs from the
    client's would make other facts, stored under keys the client never asks for: it
    refuses the task, and the build stops with one line saying so.
    """
    if fingerprint != pipeline_fingerprint():
        raise KgError(
            f"the Dask worker on {platform.node()} runs other kg code than this client "
            f"(kg {__version__} there, pipeline fingerprint {pipeline_fingerprint()[:12]}; the client's: "
            f"{fingerprint[:12]}): install the same kg on the client and every worker"
        )
    with _LOCK:
        worker = _file_worker(config, root)
        pause("worker-task")
        return worker.run(jobs)


def _file_worker(config: FileConfig, root: str | None) -> FileWorker:
    """This process's FileWorker for ``config``, made on its first task (models load once)."""
    key = (config, root)
    if key not in _WORKERS:
        gc.set_threshold(*RELAXED_GC)
        set_model_threads(_threads())
        _WORKERS.clear()
        _WORKERS[key] = FileWorker(config, root)
    return _WORKERS[key]


def _threads() -> int:
    """The threads the Dask worker running us was given (its model may use them all)."""
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):
        return 1
