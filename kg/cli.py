"""The ``kg`` command line: build a graph from news, and look at what went in."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import EXIT_PARTIAL, KgError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class KgGroup(click.Group):
    """Turns a KgError anywhere below into one line on stderr and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            sys.exit(130)


@click.group(cls=KgGroup, context_settings=CONTEXT)
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of Chinese trade-union news.

    \b
    Examples:
      kg build                      # seeds/ -> output/graph.ttl, graph.html, graph.json
      kg build news/ -o out/        # every .txt/.md/.html/.jsonl below news/
      kg articles seeds/ --json     # check how pages were split into articles
    """


def _inputs(inputs: tuple[str, ...]) -> list[str]:
    return list(inputs) or ["seeds"]


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1)
@click.option("--date", "doc_date", metavar="YYYY-MM-DD", help="Document date for inputs that give none.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@click.option("--strict", is_flag=True, help="Fail on the first bad file instead of skipping it.")
def articles(inputs: tuple[str, ...], doc_date: str | None, as_json: bool, strict: bool) -> None:
    """List the articles found in INPUTS (files, folders or globs; default: seeds/).

    \b
    Examples:
      kg articles seeds/
      kg articles page.html --date 2025-04-01 --json
    """
    from kg.ingest import read_articles

    result = read_articles(_inputs(inputs), date=doc_date, strict=strict)
    for problem in result.skipped:
        click.echo(f"kg: warning: skipped {problem}", err=True)
    if as_json:
        rows = [
            {
                "headline": a.headline,
                "decks": a.decks,
                "reporters": a.reporters,
                "photographers": a.photographers,
                "byline": a.byline,
                "outlet": a.outlet,
                "date": a.date,
                "url": a.url,
                "source": a.source,
                "index": a.index,
                "chars": a.chars,
                "source_start": a.source_start,
                "source_end": a.source_end,
            }
            for a in result.articles
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for a in result.articles:
            credits = "、".join(a.reporters) or "-"
            photos = "、".join(a.photographers) or "-"
            click.echo(
                f"{a.source}#{a.index}\t{a.headline or '(no headline)'}\t记者 {credits}\t摄 {photos}"
                f"\t{a.date or '-'}\t{a.chars}"
            )
        click.echo(f"{len(result.articles)} articles from {result.files} files", err=True)
    if result.skipped:
        sys.exit(EXIT_PARTIAL)


@main.command(context_settings=CONTEXT)
@click.argument("inputs", nargs=-1)
@click.option("-o", "--output", "outdir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.html and graph.json.")
@click.option("--date", "doc_date", metavar="YYYY-MM-DD", help="Document date for inputs that give none.")
@click.option("--region", metavar="NAME", help="Region the news is about (e.g. 北京市), when the text does not say.")
@click.option("--model", default="lac", show_default=True,
              help="NLP backend: 'lac' (bundled) or the name/path of an installed spaCy Chinese pipeline.")
@click.option("--base-iri", default=None, help="Namespace for instance IRIs.")
@click.option("--strict", is_flag=True, help="Fail on the first bad file instead of skipping it.")
def build(inputs: tuple[str, ...], outdir: str, doc_date: str | None, region: str | None, model: str,
          base_iri: str | None, strict: bool) -> None:
    """Build the graph from INPUTS (files, folders or globs; default: seeds/).

    Writes graph.ttl (RDF/Turtle), graph.html (interactive view) and graph.json
    (networkx node-link) into the output folder, atomically.

    \b
    Examples:
      kg build
      kg build seeds/000_ba22a2eb888b9f8c.txt -o /tmp/one
      kg build 'archive/2025-*.html' --region 北京市
    """
    from kg.build import BuildOptions, run_build

    opts = BuildOptions(
        inputs=_inputs(inputs), outdir=Path(outdir), date=doc_date, region=region, model=model,
        base_iri=base_iri, strict=strict,
    )
    report = run_build(opts, echo=lambda m: click.echo(m, err=True))
    click.echo(report.summary())
    if report.skipped:
        sys.exit(EXIT_PARTIAL)


if __name__ == "__main__":
    main()
