"""The ``kg`` command line: build a graph from news, and look at what went in."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.cli_query import query
from kg.console import CONTEXT, SCHEDULER_HELP, KgGroup, article_line, article_rows, scheduler_option, size_text
from kg.errors import EXIT_PARTIAL, KgError
from kg.limits import DEFAULT_MAX_ARTICLE_CHARS
from kg.pipeline.procs import stop_on_signals


@click.group(cls=KgGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of Chinese trade-union news.

    \b
    Examples:
      kg build                      # seeds/ -> output/graph.ttl, graph.html, graph.json
      kg build news/ -o out/        # every page, PDF, Word file, workbook, mail below news/
      kg articles seeds/ --json     # check how pages were split into articles
      kg validate output/           # does the graph keep the RDF contract?
      kg query output/ --name officials
      kg push output/graph.ttl --endpoint http://localhost:7878/store
      kg cache info                 # what the build cache (.kg-cache/) holds
    """


def _inputs(inputs: tuple[str, ...]) -> list[str]:
    return list(inputs) or ["seeds"]


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1)
@click.option("--date", "doc_date", metavar="YYYY-MM-DD", help="Document date for inputs that give none.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@click.option("--strict", is_flag=True, help="Fail on the first bad file instead of skipping it.")
@click.option(
    "--max-article-chars",
    type=click.IntRange(min=100),
    default=DEFAULT_MAX_ARTICLE_CHARS,
    show_default=True,
    metavar="N",
    help="Split longer articles into parts (at paragraphs, else sentence ends).",
)
def articles(
    inputs: tuple[str, ...], doc_date: str | None, as_json: bool, strict: bool, max_article_chars: int
) -> None:
    """List the articles found in INPUTS (files, folders or globs; default: seeds/).

    \b
    Examples:
      kg articles seeds/
      kg articles page.html --date 2025-04-01 --json
    """
    from kg.ingest import read_articles

    result = read_articles(_inputs(inputs), date=doc_date, strict=strict, max_article_chars=max_article_chars)
    for note in result.notes:
        click.echo(f"kg: warning: {note}", err=True)
    for problem in result.skipped:
        click.echo(f"kg: warning: skipped {problem}", err=True)
    if as_json:
        click.echo(json.dumps(article_rows(result.articles), ensure_ascii=False, indent=2))
    else:
        for a in result.articles:
            click.echo(article_line(a))
        click.echo(f"{len(result.articles)} articles from {result.files} files", err=True)
    if result.skipped:
        sys.exit(EXIT_PARTIAL)


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1)
@click.option(
    "-o",
    "--output",
    "outdir",
    default="output",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for graph.ttl, graph.html and graph.json.",
)
@click.option("--date", "doc_date", metavar="YYYY-MM-DD", help="Document date for inputs that give none.")
@click.option("--region", metavar="NAME", help="Region the news is about (e.g. 北京市), when the text does not say.")
@click.option(
    "--model",
    default="lac",
    show_default=True,
    help="NLP backend: 'lac' (bundled) or the name/path of an installed spaCy Chinese pipeline.",
)
@click.option("--base-iri", default=None, help="Namespace for instance IRIs.")
@click.option("--strict", is_flag=True, help="Fail on the first bad file instead of skipping it.")
@click.option(
    "--format",
    "rdf_formats",
    default="ttl",
    show_default=True,
    metavar="ttl,nt,jsonld",
    help="RDF files to write, comma-separated: ttl (Turtle), nt (N-Triples), jsonld (JSON-LD).",
)
@click.option(
    "--update",
    is_flag=True,
    help="Add INPUTS to the graph already in the output folder: read only files it does not hold, "
    "merge, and write everything again.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Worker processes for reading, NLP and extraction (default: all cores).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Neither reuse nor store per-file results (the cache is $KG_CACHE_DIR, else .kg-cache/ here).",
)
@click.option(
    "--max-article-chars",
    type=click.IntRange(min=100),
    default=DEFAULT_MAX_ARTICLE_CHARS,
    show_default=True,
    metavar="N",
    help="Split longer articles into parts (at paragraphs, else sentence ends), with a warning.",
)
@click.option("--scheduler", metavar="tcp://HOST:8786|local[:N]", callback=scheduler_option, help=SCHEDULER_HELP)
def build(
    inputs: tuple[str, ...],
    outdir: str,
    doc_date: str | None,
    region: str | None,
    model: str,
    base_iri: str | None,
    strict: bool,
    rdf_formats: str,
    update: bool,
    jobs: int | None,
    no_cache: bool,
    max_article_chars: int,
    scheduler: str | None,
) -> None:
    """Build the graph from INPUTS (files, folders or globs; default: seeds/).
    Reads text, Markdown, HTML, JSON lines, feeds, subtitles, CSV, .mhtml, .eml, office files (.docx, .odt…), PDF, OFD.

    Writes graph.ttl (RDF/Turtle; see --format for N-Triples and JSON-LD), graph.html
    (interactive view) and graph.json (networkx node-link) into the output folder, as
    one set switched in whole; a second build into the same folder waits for the first.
    The RDF includes a PROV-O node for the build: tool version, input files with their
    SHA-256, and a time taken from SOURCE_DATE_EPOCH when set, else from the newest
    input file, so that the same inputs give byte-identical files.

    Files are processed in --jobs worker processes, and each file's articles and facts
    are cached (keyed by its content, the kg version and rules, and the options), so a
    rebuild only reads what changed; an unchanged build reuses its outputs.  The output
    is the same whatever --jobs and whether or not the cache was used.

    \b
    Examples:
      kg build
      kg build seeds/000_ba22a2eb888b9f8c.txt -o /tmp/one
      kg build archive/ --jobs 2 --no-cache
      kg build 'archive/2025-*.html' --region 北京市
      kg build --format ttl,nt,jsonld
      kg build news/ --update            # after adding files to news/
      kg build /shared/news --scheduler tcp://10.0.0.5:8786
    """
    from kg.pipeline.build import BuildOptions, run_build
    from kg.rdf.formats import parse_formats

    opts = BuildOptions(
        inputs=_inputs(inputs),
        outdir=Path(outdir),
        date=doc_date,
        region=region,
        model=model,
        base_iri=base_iri,
        strict=strict,
        formats=parse_formats(rdf_formats),
        update=update,
        jobs=jobs,
        cache=not no_cache,
        max_article_chars=max_article_chars,
        scheduler=scheduler,
    )
    with stop_on_signals():  # SIGTERM cleans up as Ctrl-C does (kg.pipeline.procs)
        if update:
            from kg.pipeline.update import run_update

            report = run_update(opts, echo=lambda m: click.echo(m, err=True))
        else:
            report = run_build(opts, echo=lambda m: click.echo(m, err=True))
    click.echo(report.summary())
    if report.skipped:
        sys.exit(EXIT_PARTIAL)


@main.group(context_settings=CONTEXT)
def cache() -> None:
    """Look at or clear the build cache ($KG_CACHE_DIR, else .kg-cache/ in this folder).

    \b
    Examples:
      kg cache info
      kg cache clear
    """


@cache.command("info", context_settings=CONTEXT)
def cache_info() -> None:
    """Where the cache is, how many entries it holds and how big it is."""
    from kg.pipeline.cache import BuildCache

    click.echo(_cache_summary(BuildCache().info()))


@cache.command("clear", context_settings=CONTEXT)
def cache_clear() -> None:
    """Remove every cached result; the next build reads every file again."""
    from kg.pipeline.cache import BuildCache

    click.echo("cleared " + _cache_summary(BuildCache().clear()))


def _cache_summary(info: dict) -> str:
    """One line on what a cache folder holds (or held, before ``kg cache clear``)."""
    return (
        f"{info['path']}: {info['files']} file result(s), {info['outputs']} build output set(s), "
        f"{size_text(info['bytes'])}"
    )


main.add_command(query)


@main.command(context_settings=CONTEXT)
@click.argument("graph")
@click.option("--shapes", metavar="FILE.ttl", help="SHACL shapes to use instead of ontology/shapes.ttl.")
@click.option(
    "--max-problems",
    default=50,
    show_default=True,
    type=click.IntRange(min=0),
    help="List at most this many problems (0: all).",
)
def validate(graph: str, shapes: str | None, max_problems: int) -> None:
    """Check that GRAPH keeps the RDF contract (the SHACL shapes of ontology/shapes.ttl).

    Prints one line per problem (node, property, value, and the rule it breaks) and exits
    with 1 when the graph does not conform.

    \b
    Examples:
      kg validate output/graph.ttl
      kg validate output/            # the graph.ttl in a build's output folder
    """
    from kg.linked.validate import validate_file

    report = validate_file(graph, shapes)
    if report.conforms:
        click.echo(f"{graph}: conforms to the contract shapes ({report.triples} triples)")
        return
    shown = report.problems if not max_problems else report.problems[:max_problems]
    for problem in shown:
        click.echo(f"{problem.severity}: {problem.line()}")
    if len(shown) < len(report.problems):
        click.echo(f"… and {len(report.problems) - len(shown)} more (--max-problems 0 lists all)")
    raise KgError(f"{graph}: does not conform to the contract shapes: {len(report.problems)} problem(s)")


@main.command(context_settings=CONTEXT)
@click.argument("graph")
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The store's Graph Store Protocol URL, e.g. http://localhost:7878/store (Oxigraph).",
)
@click.option("--graph", "graph_iri", metavar="IRI", help="Load into this named graph (default: the default graph).")
@click.option("--replace", is_flag=True, help="Replace what the graph holds (HTTP PUT) instead of adding (POST).")
@click.option(
    "--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds to wait for the store."
)
def push(graph: str, endpoint: str, graph_iri: str | None, replace: bool, timeout: float) -> None:
    """Load GRAPH into a triple store (SPARQL 1.1 Graph Store HTTP Protocol).

    \b
    Endpoints:
      Oxigraph   http://localhost:7878/store
      Fuseki     http://localhost:3030/DATASET/data
      GraphDB    http://localhost:7200/repositories/REPO/rdf-graphs/service

    \b
    Examples:
      kg push output/graph.ttl --endpoint http://localhost:7878/store
      kg push output/ --endpoint http://localhost:3030/news/data --graph https://example.org/g/news --replace
    """
    from kg.linked.push import push_file

    report = push_file(graph, endpoint, graph_iri, replace, timeout)
    click.echo(report.summary())


if __name__ == "__main__":
    main()
