"""A level word's body (区总工会) left bare in an item that names no area is the one body of
that form another item of its page named in full (a thread's reply: 谢谢区总工会); in an item
that names an area it stays the page's own (kg.resolve.merge).  Invented names throughout."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.model.article import Article
from kg.model.facts import ArticleFacts, EntityRef
from kg.resolve.merge import Resolver


def _item(index: int, unions: dict[str, set[str]], area: str | None = None):
    article = Article(source="thread.txt", index=index, headline=f"标题{index}", body="正文")
    facts = ArticleFacts(article_id=f"article:thread.txt#{index}")
    for name, aliases in unions.items():
        facts.entity(EntityRef("TradeUnion", name)).aliases |= aliases
    if area:
        facts.entity(EntityRef("AdministrativeArea", area, code="320803"))
    return article, facts


@pytest.fixture(scope="module")
def resolver():
    return Resolver(Gazetteer.default())


def _unions(G) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True) if d.get("cls") == "TradeUnion"}


def test_a_level_body_in_an_item_naming_no_area_is_the_pages_one(resolver):
    items = [_item(0, {"淮安区总工会": {"区总工会"}}, area="淮安区"), _item(1, {"区总工会": set()})]
    assert _unions(resolver.build(items)) == {"淮安区总工会"}


def test_a_level_body_in_an_item_naming_an_area_stays_its_own(resolver):
    items = [_item(0, {"淮安区总工会": {"区总工会"}}, area="淮安区"), _item(1, {"区总工会": set()}, area="淮安区")]
    assert "区总工会" in _unions(resolver.build(items))
