"""``kg query``: run a SPARQL query over a graph file or a build's output folder.

Kept apart from kg.cli, which registers the command: the query's text is given inline,
read from a file (``-``: stdin) or taken from the canned queries of ontology/queries/,
and the rows are written as table, csv or json by ``kg.linked.query``, loaded only when
the command runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.console import CONTEXT
from kg.errors import KgError


def query_text(query: str | None, query_file: str | None, name: str | None) -> str:
    """The SPARQL text of ``kg query``: given inline, read from a file (``-``: stdin) or canned."""
    given = [x for x in (query, query_file, name) if x is not None]
    if len(given) != 1:
        raise click.UsageError("give exactly one of QUERY, --file or --name")
    if name is not None:
        from kg.linked.resources import canned_query

        return canned_query(name).text
    if query_file is not None:
        if query_file == "-":
            return sys.stdin.read()
        try:
            return Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise KgError(f"{query_file}: cannot read the query ({reason})") from None
    return query  # type: ignore[return-value]


@click.command(context_settings=CONTEXT)
@click.argument("graph", required=False)
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", metavar="FILE.rq", help="Read the query from a file ('-': stdin).")
@click.option("-n", "--name", metavar="NAME", help="Run a canned query of ontology/queries/ (see --list).")
@click.option(
    "--format",
    "out_format",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table for reading; csv and json are the SPARQL 1.1 results formats.",
)
@click.option(
    "--max-width",
    default=60,
    show_default=True,
    type=click.IntRange(min=0),
    help="Cut table cells to this many columns (0: never); csv and json are never cut.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Run SERVICE clauses (they send the query's parts to other servers); refused without it.",
)
@click.option("--list", "list_names", is_flag=True, help="List the canned queries and exit.")
def query(
    graph: str | None,
    query: str | None,
    query_file: str | None,
    name: str | None,
    out_format: str,
    max_width: int,
    allow_service: bool,
    list_names: bool,
) -> None:
    """Run a SPARQL query over GRAPH (a .ttl/.nt/.jsonld file, or a build's output folder).

    The prefixes of the contract are declared already: kgo: org: prov: skos: rdf: rdfs:
    xsd: schema: foaf: owl: dcterms:.  Rows are written as they are found (a table fixes
    its column widths from the first 1000 rows).  A query with SERVICE clauses is refused
    unless --allow-service is given.

    \b
    Examples:
      kg query output/graph.ttl 'SELECT ?u ?l WHERE { ?u a kgo:TradeUnion ; rdfs:label ?l }'
      kg query output/ --file my-query.rq --format csv
      kg query output/ --name officials
      kg query --list
    """
    from kg.linked.query import query_file as run

    if list_names:
        from kg.linked.resources import canned_queries

        for q in canned_queries().values():
            click.echo(f"{q.name}\t{q.title}")
        return
    if graph is None:
        raise click.UsageError("missing argument GRAPH")
    kind, count = run(
        graph, query_text(query, query_file, name), out_format, sys.stdout, max_width, allow_service=allow_service
    )
    sys.stdout.flush()
    if out_format == "table" and kind == "SELECT":
        click.echo(f"({count} row{'' if count == 1 else 's'})", err=True)
