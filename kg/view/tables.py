"""The tables people read beside the graph: posts (任职), events (活动), articles (文章).

Union staff look for "who holds which office where", "what happened when, organised by
whom" and "what was reported, by whom" far more often than they explore a network, so
the page carries these three lists as data and ``tables.js`` draws them as sortable,
filterable tables on tabs beside the graph, with a chart of articles and events per
month.

The rows are made here, from the hub graph, by pure functions (graph in, lists out),
and they say what the RDF says: one post row per ``org:Membership`` (person,
organisation, role), one event row per ``kgo:Event`` with the same date literal the
Turtle holds (kg.rdf.literals.typed_date, so a date kept as month and day reads
``--04-01`` here too), its ``kgo:organizer``, ``kgo:location`` and
``kgo:participantCount``, one article row per ``kgo:Article`` with its credits.  Names
are put in the rows themselves (not looked up in the page), so the tables need nothing
else of the page's data.

Every string here is news text: it reaches the page as escaped JSON and the screen
through ``textContent`` only.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import networkx as nx

from kg.rdf.literals import typed_date
from kg.view.info import evidence_rows, zh_date

CREDITS = ("reporter", "photographer")


@functools.cache
def tables_config() -> dict[str, Any]:
    """Headings and UI strings of the tables (``kg/data/view/tables.json``)."""
    return json.loads((resources.files("kg") / "data" / "view" / "tables.json").read_text(encoding="utf-8"))


@functools.cache
def tables_assets() -> dict[str, str]:
    """The tables' script and style sheet (``kg/data/view/tables.js``, ``tables.css``)."""
    folder = resources.files("kg") / "data" / "view"
    return {name: (folder / name).read_text(encoding="utf-8") for name in ("tables.js", "tables.css")}


def name_of(G: nx.MultiDiGraph, nid: Any) -> str:
    """The name a node goes by, as the rest of the page shows it."""
    return str(G.nodes[nid].get("label") or nid)


def headline_of(G: nx.MultiDiGraph, nid: Any) -> str:
    """An article's headline, or "" when its label is only its key (file#index)."""
    data = G.nodes[nid]
    if data.get("headline"):
        return str(data["headline"]).strip()
    label = str(data.get("label") or "")
    return "" if not label or label == f"{data.get('source')}#{data.get('index')}" or label == str(nid) else label


def iso_date(data: Mapping[str, Any], date_type: Any = None) -> str:
    """The date as the Turtle writes it (``2025-03-28``, ``2025-03``, ``--04-01``), or ""."""
    literal = typed_date(data.get("date"), date_type)
    return "" if literal is None else str(literal)


def date_rank(date: str) -> int:
    """Dates with a year first (in order), then those without one (``--04-01``), then none."""
    return 2 if not date else 1 if date.startswith("--") else 0


def _ref(G: nx.MultiDiGraph, nid: Any) -> list[str]:
    return [str(nid), name_of(G, nid)]


def _refs(G: nx.MultiDiGraph, ids: Iterable[Any]) -> list[list[str]]:
    """``[id, name]`` pairs, by name then id, each once."""
    return sorted({str(n): _ref(G, n) for n in ids}.values(), key=lambda r: (r[1], r[0]))


def _article_ref(G: nx.MultiDiGraph, nid: Any) -> list[str]:
    return [str(nid), headline_of(G, nid)]


def _surer(a: list[Any] | None, b: list[Any] | None) -> bool:
    """Whether evidence row ``a`` beats ``b``: surer, or as sure and first in order (so the
    row does not depend on the order the edges were added in)."""
    if a is None or b is None:
        return b is None and a is not None
    return (-a[2], str(a[0]), str(a[1])) < (-b[2], str(b[0]), str(b[1]))


def post_rows(G: nx.MultiDiGraph) -> list[list[Any]]:
    """One row per post: ``[person, body, role, evidence]``.

    ``person`` and ``body`` are ``[id, name]``; ``evidence`` is ``[article id, headline,
    sentence]`` of the surest evidence item, or ``[]`` when the post came from no text.
    Two edges for the same (person, body, role) are one membership in the RDF, so one row.
    """
    best: dict[tuple[Any, Any, str], list[Any] | None] = {}
    for u, v, data in G.edges(data=True):
        if data.get("pred") != "post":
            continue
        key = (u, v, str(data.get("role") or "").strip())
        found = evidence_rows(data.get("evidence") or [])
        top = found[0] if found else None
        if key not in best or _surer(top, best[key]):
            best[key] = top
    out = []
    for (u, v, role), top in best.items():
        evidence = [top[0], headline_of(G, top[0]) if top[0] in G else "", top[1]] if top else []
        out.append([_ref(G, u), _ref(G, v), role, evidence])
    return sorted(out, key=lambda r: (r[1][1], r[0][1], r[2], r[1][0], r[0][0]))


def event_rows(G: nx.MultiDiGraph) -> list[list[Any]]:
    """One row per event: ``[event, date, date shown, organisers, places, count, articles]``.

    ``event`` is ``[id, name]``; ``date`` the Turtle's literal, ``date shown`` the way
    Chinese readers write it; ``organisers``, ``places`` and ``articles`` (those that report
    on it) lists of ``[id, name]``; ``count`` the participant count or None.
    """
    rows = []
    for nid, data in G.nodes(data=True):
        if data.get("cls") != "Event":
            continue
        organisers, places, articles = [], [], []
        for _u, v, d in G.out_edges(nid, data=True):
            if d.get("pred") == "organizer":
                organisers.append(v)
            elif d.get("pred") == "location":
                places.append(v)
        for u, _v, d in G.in_edges(nid, data=True):
            if d.get("pred") == "reportsOn":
                articles.append(u)
        date = iso_date(data, data.get("date_type"))
        count = data.get("participant_count")
        count = int(count) if isinstance(count, (int, float)) or str(count or "").isdigit() else None
        rows.append(
            [
                _ref(G, nid),
                date,
                zh_date(date),
                _refs(G, organisers),
                _refs(G, places),
                count,
                sorted({str(a): _article_ref(G, a) for a in articles}.values()),
            ]
        )
    return sorted(rows, key=lambda r: (date_rank(r[1]), r[1], r[0][1], r[0][0]))


def article_rows(G: nx.MultiDiGraph) -> list[list[Any]]:
    """One row per article: ``[article, date, date shown, outlet, credits]``.

    ``article`` is ``[id, headline]`` (headline "" when the text has none); ``credits``
    lists ``[id, name, "reporter" | "photographer"]`` in that order, then by name.
    """
    rows = []
    for nid, data in G.nodes(data=True):
        if data.get("cls") != "Article":
            continue
        credits = {}
        for _u, v, d in G.out_edges(nid, data=True):
            pred = d.get("pred")
            if pred in CREDITS:
                credits[(CREDITS.index(pred), name_of(G, v), str(v))] = [str(v), name_of(G, v), pred]
        date = iso_date(data)
        rows.append(
            [
                _article_ref(G, nid),
                date,
                zh_date(date),
                str(data.get("outlet") or ""),
                [credits[k] for k in sorted(credits)],
            ]
        )
    return sorted(rows, key=lambda r: (date_rank(r[1]), r[1], r[0][1], r[0][0]))


_MONTH = re.compile(r"(\d{4})-(\d{2})")


def month_counts(events: list[list[Any]], articles: list[list[Any]]) -> list[list[Any]]:
    """``[month, articles, events]`` for every month from the first dated one to the last.

    Only dates with a year and a month count (``--04-01`` says no year); months between
    with nothing in them are listed with zeros, so the chart's time axis is even.
    """
    counts: dict[tuple[int, int], list[int]] = {}
    for rows, slot in ((articles, 0), (events, 1)):
        for row in rows:
            m = _MONTH.match(row[1])
            if m:
                counts.setdefault((int(m.group(1)), int(m.group(2))), [0, 0])[slot] += 1
    if not counts:
        return []
    (y, mo), last = min(counts), max(counts)
    out = []
    while (y, mo) <= last:
        a, e = counts.get((y, mo), [0, 0])
        out.append([f"{y:04d}-{mo:02d}", a, e])
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out


def table_data(G: nx.MultiDiGraph) -> dict[str, Any]:
    """Everything ``tables.js`` draws: the three lists, the months and the UI strings."""
    events, articles = event_rows(G), article_rows(G)
    return {
        "text": tables_config(),
        "posts": post_rows(G),
        "events": events,
        "articles": articles,
        "months": month_counts(events, articles),
    }
