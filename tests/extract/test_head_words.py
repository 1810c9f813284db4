"""Bodies named by their type word alone (kg.extract.head_words, kg.extract.bodies): the
company a unit is named after, and a committee of the union a type word names.  Invented
names; each test fails when the rule it names is removed."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("清晨，闽东茶业有限公司制茶车间里机器轰鸣。公司工会主席林大海说，大家干劲很足。", "闽东茶业有限公司工会"),
        ("青岭重工集团有限公司装配车间里，集团工会主席王某慰问职工。", "青岭重工集团有限公司工会"),
        ("记者走进赣南稀土有限公司质检中心。公司工会负责人刘某介绍了情况。", "赣南稀土有限公司工会"),
    ],
)
def test_a_type_word_after_a_unit_named_after_its_company_is_the_company(extract_text, text, union):
    got = names(extract_text(text), "TradeUnion")
    assert union in got
    assert not any("车间工会" in u or "中心工会" in u for u in got)


@pytest.mark.parametrize(
    ("text", "committee", "union"),
    [
        ("闽东茶业有限公司举行大会。她是公司工会女职工委员会主任。", "女职工委员会", "闽东茶业有限公司工会"),
        (
            "在青岭重工集团有限公司，集团工会经费审查委员会主任王某介绍情况。",
            "经费审查委员会",
            "青岭重工集团有限公司工会",
        ),
        (
            "近日，滇南物流有限公司召开职代会，公司工会劳动法律监督委员会的委员列席。",
            "劳动法律监督委员会",
            "滇南物流有限公司工会",
        ),
    ],
)
def test_a_committee_after_a_union_named_by_its_type_word_is_that_unions(extract_text, text, committee, union):
    facts = extract_text(text)
    assert (union + committee, union) in parents(facts)
    assert not any(n.startswith(("公司", "集团")) for n in names(facts, "Organization"))


def test_a_committee_after_a_union_named_in_full_keeps_its_name(extract_text):
    facts = extract_text("红星机械有限公司工会女职工委员会主任张某说。")
    assert ("红星机械有限公司工会女职工委员会", "红星机械有限公司工会") in parents(facts)
