"""The per-file half of ``kg build`` (read, NLP, extract), in this process or in workers.

Everything up to extraction depends on one source file alone: its articles, their
NLP, the page context (``infer_page`` reads one file's articles) and their facts.  So
files are processed in *tasks* of a few hundred kilobytes, each by a worker process
that loads the NLP pipeline and the gazetteer once, and the parent resolves everything
afterwards.  A task runs the NLP over all its files' articles at once, so that the LAC
encoder's same-length batches fill up (kg.nlp.lac); the result of each file is the same
whichever task it is in, so the output does not depend on ``--jobs``.

Workers run one onnxruntime thread each (N workers on N cores; more threads would only
fight over them), ignore Ctrl-C (the parent stops them), and store each file's result
in the cache themselves, so the parent only receives what it needs.  On Linux workers
are forked, so the imported modules and the gazetteer the parent loaded are shared.

Forking a process that has run the model needs one care: the child inherits the
parent's onnxruntime sessions but not their threads, and destroying such a session
waits for those threads forever.  So the parent collects its garbage before forking,
and a worker freezes what it inherited (``gc.freeze``) and keeps the parent's pipelines
referenced instead of dropping them (kg.nlp.lac.set_threads does the same).
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing as mp
import os
import signal
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError, InputNote, KgError, describe
from kg.gazetteer import Gazetteer
from kg.graph.record import iso_time
from kg.ingest import read_file
from kg.ingest.parts import split_articles
from kg.ingest.remote import read_url, url_size
from kg.ingest.sources import SourceFile
from kg.limits import DEFAULT_MAX_ARTICLE_CHARS
from kg.model.article import Article, article_id
from kg.model.facts import ArticleFacts
from kg.pipeline.cache import BuildCache
from kg.pipeline.procs import die_with_parent
from kg.pipeline.workers import RETRIES_ALONE, run_tasks
from kg.testhooks import pause

# a task holds at most this many bytes of input, and at least the minimum unless it is
# the last (see plan_tasks)
TASK_MIN_BYTES = 96_000
TASK_MAX_BYTES = 512_000
TASKS_PER_JOB = 2


@dataclass(frozen=True)
class FileConfig:
    """The build options that reach the per-file stages (part of every cache key)."""

    model: str = "lac"
    region: str | None = None
    date: str | None = None  # checked ISO date for files that give none
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS  # longer articles are split (kg.ingest.parts)

    def as_dict(self) -> dict[str, Any]:
        """The options as plain data, for the cache key."""
        return {
            "model": self.model,
            "region": self.region,
            "date": self.date,
            "max_article_chars": self.max_article_chars,
        }


@dataclass
class FileResult:
    """One file's articles and their facts, or why it could not be read."""

    name: str
    articles: list[Article] = field(default_factory=list)
    facts: list[ArticleFacts] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, reason) of bad parts
    error: tuple[str, str] | None = None  # (path, reason) when the whole file is bad
    record: dict[str, Any] | None = None  # name, sha256, bytes, modified of the bytes read (None: unreadable)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (path, warning): read all the same
    trace: str | None = None  # the traceback, when ``error`` is an unexpected exception (a bug)

    def fail(self, stage: str, exc: BaseException) -> None:
        """Give up this file after an unexpected exception: it is skipped, the build goes on.

        Such an exception is a bug of ours that this file's text revealed; one file must
        not end a build of many, so it is reported as that file's problem, with the
        traceback kept for ``KG_DEBUG=1``.
        """
        self.articles, self.facts, self.problems, self.notes = [], [], [], []
        self.error = (self.name, f"internal error while {stage}: {describe(exc)}")
        self.trace = traceback.format_exc()


@dataclass(frozen=True)
class FileJob:
    """One file to read, with its cache key (None: not cached) and size (for planning tasks)."""

    source: SourceFile
    key: str | None  # the cache key of the file as the parent hashed it (None: no cache, or unreadable)
    size: int = 0


@dataclass
class TaskResult:
    """The results of one task's files and the seconds it spent per stage."""

    results: list[FileResult]
    seconds: dict[str, float]  # ingest / nlp / extract / cache, as this task spent them
    pid: int = field(default_factory=os.getpid)  # the process that ran it


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def plan_tasks(jobs: Sequence[FileJob], workers: int) -> list[list[FileJob]]:
    """Consecutive files in tasks that shrink as the work runs out.

    Each task takes about the bytes left / (workers * 2), within bounds: early tasks are
    large (full encoder batches, little overhead), the last ones small, so that no worker
    sits idle for long while another finishes a large last task.
    """
    left = sum(j.size for j in jobs)
    per = max(1, workers * TASKS_PER_JOB)
    tasks: list[list[FileJob]] = []
    cur: list[FileJob] = []
    size = 0
    target = _task_target(left, per)
    for job in jobs:
        cur.append(job)
        size += job.size
        if size >= target:
            tasks.append(cur)
            left -= size
            cur, size = [], 0
            target = _task_target(left, per)
    if cur:
        tasks.append(cur)
    return tasks


def _task_target(left: int, per: int) -> int:
    return min(TASK_MAX_BYTES, max(TASK_MIN_BYTES, left // per))


# --------------------------------------------------------------------------- the work


# Collector thresholds in workers.  NLP makes and drops millions of small objects that
# reference counting frees anyway; Python's default (700) ran a collection every few
# hundred of them and cost the workers about a twentieth of their time.
RELAXED_GC = (50_000, 20, 100)

_MODELS: dict[str, tuple[Any, Any]] = {}  # model name -> (spaCy pipeline, extractor), loaded once


def _models(model: str) -> tuple[Any, Any]:
    from kg.extract.article import ArticleExtractor
    from kg.nlp.pipeline import make_nlp

    if model not in _MODELS:
        try:
            nlp = make_nlp(model)
        except OSError as exc:
            raise KgError(f"cannot load spaCy pipeline {model!r}: {exc}") from None
        _MODELS.clear()  # one pipeline at a time: they are large
        _MODELS[model] = (nlp, ArticleExtractor(Gazetteer.default()))
    return _MODELS[model]


class FileWorker:
    """The NLP pipeline, gazetteer and extractor of one process, and what they do to files."""

    def __init__(self, config: FileConfig, cache_root: str | None = None) -> None:
        self.config = config
        self.nlp, self.extractor = _models(config.model)
        self.gaz = Gazetteer.default()
        self.cache = None
        if cache_root is not None:
            self.cache = BuildCache(cache_root)

    def run(self, jobs: Sequence[FileJob]) -> TaskResult:
        """Read, run NLP over and extract the facts of the files of ``jobs``; a bad file fails alone."""
        from kg.extract.page import infer_page

        seconds: dict[str, float] = {}
        clock = time.perf_counter()
        results = [FileResult(job.source.name) for job in jobs]
        for job, res in zip(jobs, results, strict=True):
            try:
                data, res.record = read_source(job.source)
                res.articles, partial = read_file(job.source, date=self.config.date, data=data)
            except InputError as exc:
                res.error = (exc.path, exc.reason)
                continue
            except Exception as exc:
                res.fail("reading", exc)
                continue
            res.problems = [(p.path, p.reason) for p in partial if not isinstance(p, InputNote)]
            res.articles, split = split_articles(res.articles, self.config.max_article_chars, job.source.name)
            res.notes = [(p.path, p.reason) for p in [*partial, *split] if isinstance(p, InputNote)]
        now = time.perf_counter()
        seconds["ingest"], clock = now - clock, now

        docs_of = self._nlp(results)
        now = time.perf_counter()
        seconds["nlp"], clock = now - clock, now

        for res, file_docs in zip(results, docs_of, strict=True):
            if not res.articles:
                continue
            try:
                page = infer_page(file_docs, res.articles, self.gaz, self.config.region)
                res.facts = [
                    self.extractor.extract(doc, a, page, article_id(a))
                    for doc, a in zip(file_docs, res.articles, strict=True)
                ]
            except Exception as exc:
                res.fail("extracting facts", exc)
        now = time.perf_counter()
        seconds["extract"], clock = now - clock, now

        if self.cache is not None:  # under the key of the bytes read, whatever the parent hashed
            for res in results:
                if res.record is not None and res.trace is None:  # (a bug's outcome is not kept)
                    key = self.cache.file_key(res.name, res.record["sha256"], self.config.as_dict(), res.record["name"])
                    self.cache.store_file(key, res)
        seconds["cache"] = time.perf_counter() - clock
        return TaskResult(results, seconds)

    def _nlp(self, results: list[FileResult]) -> list[list]:
        """Each file's Docs, the articles of all files run through the pipeline together.

        When the batch fails, each file is run alone to find the one whose text broke
        it; that file fails (empty list), the others go on.
        """
        from kg.nlp.pipeline import pipe

        texts = [a.text for res in results for a in res.articles]
        try:
            docs = iter(list(pipe(self.nlp, texts)))
        except Exception:
            out: list[list] = []
            for res in results:
                try:
                    out.append(list(pipe(self.nlp, [a.text for a in res.articles])) if res.articles else [])
                except Exception as exc:
                    res.fail("running the NLP pipeline", exc)
                    out.append([])
            return out
        return [[next(docs) for _ in res.articles] for res in results]


def read_source(sf: SourceFile) -> tuple[bytes, dict[str, Any]]:
    """A file's bytes, read once, and what the build record keeps of them.

    The per-file result, its cache key and the record all come from these bytes, so
    that a file rewritten while the build runs is never stored under the hash of other
    content (kg.pipeline.build compares this hash with the one it looked the cache up with).
    """
    modified: float | None
    if sf.url is not None:  # through fsspec, on any store (kg.ingest.remote)
        data, modified = read_url(sf.url, sf.name)
    else:
        try:
            with sf.path.open("rb") as fh:
                data = fh.read()
                modified = os.fstat(fh.fileno()).st_mtime
        except OSError as exc:
            raise InputError(sf.name, f"cannot read ({exc.strerror or exc})") from None
    record = {"name": sf.shown, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    if modified is not None:
        record["modified"] = iso_time(modified)
    return data, record


def source_size(sf: SourceFile) -> int:
    """A file's size in bytes, for planning tasks (OSError when it is not there)."""
    return url_size(sf.url) if sf.url is not None else sf.path.stat().st_size


def local_worker(config: FileConfig, cache_root: str | None) -> FileWorker:
    """A worker in this process (its models are kept, so repeated builds load them once)."""
    return FileWorker(config, cache_root)


_worker: FileWorker | None = None
_INHERITED: list[object] = []
_worker_error: Exception | None = None


def _init_worker(config: FileConfig, cache_root: str | None, threads: int, parent: int) -> None:
    global _worker, _worker_error
    die_with_parent(parent)  # a build killed with SIGKILL takes its workers along (kg.pipeline.procs)
    gc.freeze()  # what the parent left for its garbage collector is never collected here (see below)
    gc.set_threshold(*RELAXED_GC)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    from kg.nlp.lac import set_threads

    # Models a forked parent loaded hold onnxruntime sessions whose threads did not come
    # along: destroying one would wait for them forever, so they are kept, unused.
    _INHERITED.append(dict(_MODELS))
    _MODELS.clear()
    set_threads(threads)
    try:
        _worker = FileWorker(config, cache_root)
    except Exception as exc:  # reported with the first task (a failing initializer respawns forever)
        _worker_error = exc if isinstance(exc, KgError) else KgError(f"{type(exc).__name__}: {exc}")


def set_model_threads(threads: int) -> None:
    """The onnxruntime threads of the models this process loads from now on."""
    from kg.nlp.lac import set_threads

    set_threads(threads)


def _run_task(jobs: list[FileJob]) -> TaskResult:
    if _worker is None:
        raise _worker_error or RuntimeError("worker not initialised")
    pause("worker-task")
    return _worker.run(jobs)


def _context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def run_files(
    jobs: Sequence[FileJob], config: FileConfig, workers: int, cache_root: str | Path | None = None
) -> Iterator[TaskResult]:
    """Process ``jobs`` in ``workers`` processes (in this one when 1, or when one task
    holds them all); yields each task's results as they come (kg.pipeline.workers)."""
    root = None if cache_root is None else str(cache_root)
    tasks = plan_tasks(jobs, workers)
    if not tasks:
        return
    if workers <= 1 or len(tasks) <= 1 or mp.current_process().daemon:  # a daemon may not fork workers
        worker = local_worker(config, root)
        for task in tasks:
            pause("worker-task")
            yield worker.run(task)
        return
    _preload()
    gc.collect()  # no garbage (old pipelines with their onnxruntime sessions) for the workers to inherit
    yield from run_tasks(_context(), workers, tasks, _init_worker, (config, root, 1, os.getpid()), _run_task, _lost)


def _lost(job: FileJob, how: str) -> TaskResult:
    """The result of a file whose worker process died each time it read it (kg.pipeline.workers)."""
    name = job.source.name
    reason = f"the worker process reading it {how} (each of {1 + RETRIES_ALONE} times it read it alone)"
    return TaskResult([FileResult(name, error=(name, reason))], {})


def _preload() -> None:
    """Import the heavy modules and load the gazetteer before forking, to share them."""
    import kg.extract.article
    import kg.nlp.mentions
    import kg.nlp.pipeline  # noqa: F401
    from kg.nlp.mentions import area_index

    Gazetteer.default()
    area_index()
