"""A short-form honour (县劳动模范) beside its full form (某县劳动模范) for one person: invented."""

from __future__ import annotations

from kg.graph.model import add_award, add_node, new_graph
from kg.resolve.short_honours import fold_short_honours


def _person(G, name: str, honours: list[str]) -> dict:
    add_node(G, name, "Person", name)
    for h in honours:
        add_award(G, name, h, None)
    return G.nodes[name]["awards"]


def test_a_short_form_is_folded_into_the_full_one() -> None:
    G = new_graph()
    awards = _person(G, "柳成林", ["县劳动模范", "青川县劳动模范"])
    fold_short_honours(G)
    assert set(awards) == {"青川县劳动模范"}


def test_two_full_forms_leave_the_short_one_alone() -> None:
    G = new_graph()
    awards = _person(G, "柳成林", ["市劳动模范", "甲市劳动模范", "乙市劳动模范"])
    fold_short_honours(G)
    assert set(awards) == {"市劳动模范", "甲市劳动模范", "乙市劳动模范"}


def test_a_short_form_alone_stays() -> None:
    G = new_graph()
    awards = _person(G, "柳成林", ["县劳动模范", "市五一劳动奖章"])
    fold_short_honours(G)
    assert set(awards) == {"县劳动模范", "市五一劳动奖章"}
