"""An area's federation lies in the area its name says (kg.resolve.areas), whatever town another
item gives for its building.

Invented items over real areas (the registry's); the test fails when the rule is removed.
"""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.model.article import Article
from kg.model.facts import ArticleFacts, EntityRef
from kg.resolve.merge import Resolver

CITY = EntityRef("AdministrativeArea", "五指山市", "469001")
TOWN = EntityRef("AdministrativeArea", "通什镇", "469001100")


def _item(index: int, union: str, where: EntityRef):
    article = Article(source="p.txt", index=index, headline=f"标题{index}", body="正文")
    facts = ArticleFacts(article_id=f"article:p.txt#{index}")
    facts.entity(where)
    facts.entity(EntityRef("TradeUnion", union)).located_in = where
    return article, facts


def _located(G, node: str) -> set[str]:
    return {G.nodes[v]["label"] for _, v, d in G.out_edges(node, data=True) if d.get("pred") == "locatedIn"}


def test_a_federation_lies_in_the_area_it_is_named_after_alone():
    """在市总工会四楼会议室（通什镇）… 五指山市总工会: the federation is the city's, in 五指山市
    only; a workplace union of the same items keeps the town a line gives it."""
    items = [
        _item(0, "五指山市总工会", CITY),
        _item(1, "五指山市总工会", TOWN),
        _item(2, "椰林食品厂工会", TOWN),
    ]
    G = Resolver(Gazetteer.default()).build(items)
    assert _located(G, "union:五指山市总工会") == {"五指山市"}
    assert _located(G, "union:椰林食品厂工会") == {"通什镇"}
