"""Names as real union news writes them (realnoise60; invented names and places)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("words", "name", "label"),
    [
        # (invented) 我市某某有限公司: the tagger's ORG word keeps the page's level word
        ((("我", "r"), ("市青禾纺织有限公司", "ORG"), ("举办", "v")), "青禾纺织有限公司", "ORG"),
        (
            (("我", "r"), ("县", "ORG"), ("桐川食品有限公司", "ORG"), ("工会", "n"), ("主席", "n")),
            "桐川食品有限公司工会",
            "UNION",
        ),
        ((("本", "r"), ("区", "n"), ("澜沧电子股份有限公司", "ORG"), ("参赛", "v")), "澜沧电子股份有限公司", "ORG"),
    ],
)
def test_a_firm_after_the_pages_own_area_opens_at_its_trade_name(tagged_mentions, words, name, label):
    found = {(t, lab) for t, lab, _ in tagged_mentions(*words, ("。", "w"))}
    assert (name, label) in found
    assert not {t for t, _ in found if t[0] in "市县区" and t.endswith(("公司", "工会"))}


def test_a_generic_body_of_the_own_area_keeps_its_level_word(tagged_mentions):
    # (invented) 我市供电公司: no legal form, a body of the level (as 市总工会 is)
    found = {t for t, label, _ in tagged_mentions(("我", "r"), ("市供电公司", "ORG"), ("参赛", "v"), ("。", "w"))}
    assert "市供电公司" in found


@pytest.mark.parametrize("text", ["近日，皖南各地总工会相继开展活动。", "近日，苏中各地工会相继开展活动。"])
def test_the_unions_of_every_place_of_a_region_name_no_union(labelled, text):
    # (invented) 某地各地总工会: a class of unions, as 各级工会 is
    assert not {t for t in labelled(text, "UNION") if "各地" in t}
