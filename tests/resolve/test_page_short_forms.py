"""A short form one item of a page defined names the same body in the page's other items
(kg.resolve.merge: a page cut into items, a list line read as a new item's headline).

Invented names and bodies throughout; each test fails when the rule it names is removed.
"""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer
from kg.model.article import Article
from kg.model.facts import ArticleFacts, EntityRef
from kg.resolve.merge import Resolver


def _item(source: str, index: int, bodies: dict[str, set[str]], cls: str = "Organization"):
    article = Article(source=source, index=index, headline=f"标题{index}", body="正文")
    facts = ArticleFacts(article_id=f"article:{source}#{index}")
    for name, aliases in bodies.items():
        info = facts.entity(EntityRef(cls, name))
        info.aliases |= aliases
    return article, facts


@pytest.fixture(scope="module")
def resolver():
    return Resolver(Gazetteer.default())


def _orgs(G, cls: str = "Organization") -> set[str]:
    return {d["label"] for _, d in G.nodes(data=True) if d.get("cls") == cls}


@pytest.mark.parametrize(
    ("full", "short", "unit"),
    [
        ("皖南矿业有限公司", "皖南矿业公司", None),  # 以下简称 in one item, bare in the next
        ("浙东港务集团有限公司", "浙东港务", "浙东港务北仑码头"),  # and a unit named after the short form
        ("滇西建设工程有限责任公司", "滇西建设公司", "滇西建设公司三分公司"),
    ],
)
def test_a_short_form_defined_in_one_item_is_that_body_in_the_next(resolver, full, short, unit):
    first = {full: {short}}
    if unit:
        first[full + unit.removeprefix(short)] = {unit}
    second = {short: set()} | ({unit: set()} if unit else {})
    G = resolver.build([_item("p.txt", 0, first), _item("p.txt", 1, second)])
    assert short not in _orgs(G)
    assert full in _orgs(G)
    if unit:
        assert unit not in _orgs(G)


def test_a_short_form_two_bodies_share_or_another_file_names_stays_apart(resolver):
    shared = [
        _item("p.txt", 0, {"江汉纺织有限公司": {"江汉公司"}, "江汉建材有限公司": {"江汉公司"}}),
        _item("p.txt", 1, {"江汉公司": set()}),
        _item("q.txt", 0, {"秦岭电力有限公司": {"秦岭公司"}}),
        _item("r.txt", 0, {"秦岭公司": set()}),
    ]
    got = _orgs(resolver.build(shared))
    assert {"江汉公司", "秦岭公司"} <= got


def test_a_form_the_defining_item_kept_apart_stays_apart(resolver):
    items = [
        _item("p.txt", 0, {"蜀北化工有限公司": {"蜀北化工厂"}, "蜀北化工厂": set()}),
        _item("p.txt", 1, {"蜀北化工厂": set()}),
    ]
    assert "蜀北化工厂" in _orgs(resolver.build(items))


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("雁北汽车运输站工会", "运输站工会"),  # 图：运输站工会组织植树 … 雁北汽车运输站工会成立 … 运输站工会创办夜校
        ("澜沧茶叶有限公司工会", "公司工会"),
    ],
)
def test_the_tail_of_a_full_name_read_alone_in_the_same_item_is_that_body(resolver, full, short):
    """A short form that ends the full name its item gave it to (运输站工会 of 雁北汽车运输站工会),
    read alone too where the item had not named the body in full yet: one body, not one kept apart
    (as 蜀北化工厂 beside 蜀北化工有限公司, which is no tail of it)."""
    items = [_item("p.txt", 0, {full: {short}, short: set()}, cls="TradeUnion")]
    got = _orgs(resolver.build(items), "TradeUnion")
    assert full in got and short not in got, got
