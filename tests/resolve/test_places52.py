"""Venues read twice in one file (kg.resolve.places): a body's premises named as a place, and
a venue named by a bare level word beside its full name.

Invented names throughout; each test fails when the rule it names is removed.
"""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.model.article import Article
from kg.model.facts import ArticleFacts, EntityRef
from kg.resolve.merge import Resolver


def _item(source: str, refs: list[EntityRef]):
    article = Article(source=source, index=0, headline="标题", body="正文")
    facts = ArticleFacts(article_id=f"article:{source}#0")
    for ref in refs:
        facts.entity(ref)
    return article, facts


@pytest.fixture(scope="module")
def resolver():
    return Resolver(Gazetteer.default())


def _labels(G, cls: str) -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True) if d.get("cls") == cls}


@pytest.mark.parametrize("body_cls", ["Organization", "TradeUnion"])
def test_a_place_named_as_a_body_of_the_file_is_that_body(resolver, body_cls):
    """承办：溪口市职工活动中心 … 在溪口市职工活动中心二楼举行: one house, the body's node."""
    name = "溪口市职工活动中心" if body_cls == "Organization" else "澄湖镇总工会"
    G = resolver.build([_item("a.txt", [EntityRef(body_cls, name), EntityRef("Place", name)])])
    assert name in _labels(G, body_cls)
    assert name not in _labels(G, "Place")


def test_a_place_and_a_body_of_one_name_in_two_files_stay_apart(resolver):
    G = resolver.build(
        [
            _item("a.txt", [EntityRef("Organization", "溪口市职工活动中心")]),
            _item("b.txt", [EntityRef("Place", "溪口市职工活动中心")]),
        ]
    )
    assert "溪口市职工活动中心" in _labels(G, "Place")


@pytest.mark.parametrize(
    ("short", "fulls", "merged"),
    [
        ("市职工活动中心", ["溪口市职工活动中心"], "溪口市职工活动中心"),
        ("区工人文化宫", ["青松区工人文化宫"], "青松区工人文化宫"),
        ("市职工活动中心", ["溪口市职工活动中心", "澄湖市职工活动中心"], None),  # two cities': none
    ],
)
def test_a_venue_named_by_a_level_word_is_the_one_full_venue_of_the_file(resolver, short, fulls, merged):
    """在市职工活动中心三楼展厅开幕 … 地点：溪口市职工活动中心: the level word is the area's."""
    G = resolver.build([_item("a.txt", [EntityRef("Place", n) for n in [short, *fulls]])])
    places = _labels(G, "Place")
    assert (short in places) == (merged is None), places
    assert merged is None or merged in places
