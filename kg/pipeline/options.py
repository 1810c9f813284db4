"""What a build is asked to do (``BuildOptions``, the options of ``kg build``) and what it
reports (``BuildReport``: counts, skipped files, outputs, seconds per stage)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.limits import DEFAULT_MAX_ARTICLE_CHARS

LOCAL_SCHEDULER = re.compile(r"^local(?::([1-9][0-9]*))?$")  # --scheduler local[:N]
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?[^\s/:]+(?::[0-9]+)?$", re.I)  # tcp://HOST:PORT, HOST:PORT
STAGES = ("ingest", "nlp", "extract", "cache", "resolve", "rdf", "turtle", "json", "graphml", "html")


@dataclass
class BuildOptions:
    """The options of ``kg build``; the defaults are the command's."""

    inputs: list[str]
    outdir: Path = Path("output")
    date: str | None = None
    region: str | None = None
    model: str = "lac"
    base_iri: str | None = None
    strict: bool = False
    progress: bool | None = None  # None: a bar when stderr is a terminal
    formats: tuple[str, ...] = ("ttl",)  # RDF files to write: ttl, nt, jsonld (kg.rdf.formats)
    update: bool = False  # merge into OUTDIR/graph.json; use kg.pipeline.update.run_update, which reads only new files
    jobs: int | None = None  # worker processes for the per-file stages; None: all cores
    cache: bool = True  # reuse and store per-file results (kg.pipeline.cache)
    cache_dir: Path | None = None  # None: $KG_CACHE_DIR, else .kg-cache/ here
    max_article_chars: int = DEFAULT_MAX_ARTICLE_CHARS  # longer articles are split (kg.ingest.parts)
    only: frozenset[str] | None = None  # read only these of the files inputs name (kg.pipeline.update)
    scheduler: str | None = None  # run the per-file stages on this Dask cluster (kg.pipeline.cluster)


@dataclass
class BuildReport:
    """What a build did, for the command's summary and for tests."""

    files: int = 0
    articles: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings about files read all the same ("path: what")
    outputs: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # wall-clock seconds per stage (STAGES)
    processed: list[str] = field(default_factory=list)  # files run through NLP in this build
    cached: list[str] = field(default_factory=list)  # files whose results came from the cache
    outputs_reused: bool = False  # every output copied from an identical earlier build
    workers: int = 0  # worker processes the per-file stages ran in (0: this process)

    def summary(self) -> str:
        """The lines ``kg build`` prints when it is done."""
        ents = ", ".join(f"{k} {v}" for k, v in self.counts.items() if k not in ("relations", "Article"))
        lines = [
            f"{self.articles} articles from {self.files} files",
            f"entities: {ents}",
            f"relations: {self.counts.get('relations', 0)}",
            "wrote: " + ", ".join(str(p) for p in self.outputs),
        ]
        if self.cached:
            how = "; outputs of the identical earlier build reused" if self.outputs_reused else ""
            lines.append(f"cache: {len(self.cached)} of {len(self.cached) + len(self.processed)} files reused{how}")
        if self.skipped:
            lines.append(f"skipped {len(self.skipped)} bad file(s): " + "; ".join(self.skipped))
        return "\n".join(lines)


def check_scheduler(spec: str) -> str:
    """``spec`` when it is ``local``, ``local:N`` or a scheduler address; ValueError saying why not."""
    if LOCAL_SCHEDULER.match(spec) or (_ADDRESS.match(spec) and spec.partition(":")[0] != "local"):
        return spec
    raise ValueError(f"{spec!r} is neither local[:N] nor a scheduler address such as tcp://HOST:8786")
