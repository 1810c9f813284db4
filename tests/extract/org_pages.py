"""The organisation-page case tables' shared reader: one page built as the build builds it, and
the checker of what a case wants of its graph (tests/extract/test_units37*_grammar.py)."""

from __future__ import annotations

import itertools

import pytest

_COUNT = itertools.count()


@pytest.fixture(scope="module")
def build_page(nlp, gaz, tmp_path_factory):
    """The graph one page yields, read as the build reads it (ingest, NLP, extraction,
    resolution), the page's region given."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id
    from kg.resolve.merge import Resolver

    folder = tmp_path_factory.mktemp("org_pages")
    extractor = ArticleExtractor(gaz)

    def run(text: str, region: str):
        path = folder / f"page{next(_COUNT)}.txt"
        path.write_text(text, encoding="utf-8")
        articles = read_articles([str(path)]).articles
        docs = [nlp(a.text) for a in articles]
        page = infer_page(docs, articles, gaz, region)
        items = [(a, extractor.extract(d, a, page, article_id(a))) for d, a in zip(docs, articles, strict=True)]
        return Resolver(gaz).build(items)

    return run


def _pairs(G, pred: str) -> set[tuple[str, str]]:
    return {(G.nodes[s]["label"], G.nodes[t]["label"]) for s, t, k in G.edges(keys=True) if k == pred}


def _pair_in(pair: tuple[str, str], found: set[tuple[str, str]]) -> bool:
    """(child, parent) read, the child's and parent's full names ending as written."""
    return any(a.endswith(pair[0]) and b.endswith(pair[1]) for a, b in found)


_SHOWN = ("TradeUnion", "Organization", "Place", "AdministrativeArea")


def check_organisation_page(G, want: dict) -> None:
    """The page's graph against a case's wants: nodes (has/absent), aliases, locatedIn, subOrganizationOf
    and posts, each pair as (child or person, parent or body) with full names ending as written."""
    nodes = {(d.get("cls"), d.get("label")): d for _, d in G.nodes(data=True) if d.get("cls") in _SHOWN}
    shown = sorted((c, n, sorted(d.get("aliases") or [])) for (c, n), d in nodes.items())
    names = {n for _, n in nodes}
    for key in want.get("has", []):
        assert key in nodes, shown
    for name in want.get("absent", []):
        assert name not in names, shown
    for part in want.get("absent_part", []):
        assert not any(part in n for n in names), shown
    for name, alias in want.get("alias", []):
        held = [set(d.get("aliases") or []) for (_, n), d in nodes.items() if n == name]
        assert held and alias in set.union(*held), shown
    for name, alias in want.get("not_alias", []):
        held = [set(d.get("aliases") or []) for (_, n), d in nodes.items() if n == name]
        assert not any(alias in h for h in held), shown
    posts = {(G.nodes[s]["label"], G.nodes[t]["label"]) for s, t, k in G.edges(keys=True) if k.startswith("post:")}
    for pair in want.get("post", []):
        assert _pair_in(pair, posts), sorted(posts)
    located, subs = _pairs(G, "locatedIn"), _pairs(G, "subOrganizationOf")
    for pair in want.get("in", []):
        assert _pair_in(pair, located), sorted(located)
    for pair in want.get("not_in", []):
        assert not _pair_in(pair, located), sorted(located)
    for pair in want.get("sub", []):
        assert _pair_in(pair, subs), sorted(subs)
    for pair in want.get("not_sub", []):
        assert not _pair_in(pair, subs), sorted(subs)
