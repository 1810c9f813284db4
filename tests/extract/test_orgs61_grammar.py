"""Organisation names of real union news as a grammar (realnoise61): branches named after their
own bodies, a zone's bodies named short, generic unions.

Every case is invented (no line comes from a page); each gives a text, the region the page is
about and what must (or must not) come out.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import parents

C = pytest.param


@pytest.mark.parametrize(
    ("text", "own", "other"),
    [
        C(
            "国网浏阳市供电公司工会走进大围山供电所慰问一线员工。公司工会主席廖志成一行还来到"
            "中国邮政浏阳市分公司集里支局，慰问户外劳动者。",
            ("大围山供电所", "国网浏阳市供电公司"),
            ("中国邮政浏阳市分公司", "国网浏阳市供电公司"),
            id="brand-before-area",
        ),
        C(
            "国网浏阳市供电公司工会走进大围山供电所慰问一线员工。公司工会主席廖志成一行还来到"
            "浏阳农商银行集里支行，慰问户外劳动者。",
            ("大围山供电所", "国网浏阳市供电公司"),
            ("浏阳农商银行集里支行", "国网浏阳市供电公司"),
            id="bank-branch",
        ),
    ],
)
def test_a_branch_named_after_its_own_body_is_no_unit_of_the_pages_company(extract_text, text, own, other):
    """On a company's page (公司 its short form), 某某供电所 named bare is its unit; 中国邮政某市分公司
    and 某某农商银行某某支行 name their own bodies (a brand before the area, a bank's trade word)."""
    facts = extract_text(text, region="长沙市")
    found = parents(facts)
    assert own in found, sorted(found)
    assert other not in found, sorted(found)


def test_a_logistics_park_is_no_registry_area(extract_text):
    """物流园区 alone is a registry unit of one county, but in news the kind of place: after an
    area's short form (某地物流园区) it is the park's name, the place of a meeting in the park,
    and never that county's unit."""
    facts = extract_text(
        "3月6日，盘龙物流园区快递行业工会联合会成立大会在园区党群服务中心召开。区总工会副主席孔德明出席。",
        region="昆明市",
    )
    areas = {ref.name for ref in facts.entities if ref.cls == "AdministrativeArea"}
    assert "物流园区" not in areas, sorted(areas)
    places = {ref.name for ref in facts.entities if ref.cls == "Place"}
    assert "物流园区" not in places and "盘龙物流园区" in places, sorted(places)


def test_a_federation_named_by_its_whole_committee_is_the_federation(extract_text):
    """选举产生了新一届镇工会联合会委员会: the federation's whole committee is the federation (as
    某工会委员会 is the union), no body of its own and no 镇工会 it would belong to; its
    经费审查委员会 is the federation's."""
    facts = extract_text(
        "9月5日，长安镇工会联合会第三次会员代表大会召开，选举产生了新一届镇工会联合会委员会和经费审查委员会。"
        "何丽萍当选主席。",
        region="东莞市",
    )
    unions = {ref.name for ref in facts.entities if ref.cls == "TradeUnion"}
    assert [u for u in unions if u.endswith("镇工会联合会")] and not [u for u in unions if u.endswith("镇工会")]
    found = parents(facts)
    assert any(a.endswith("镇工会联合会经费审查委员会") for a, _b in found), sorted(found)
    assert not [a for a in {ref.name for ref in facts.entities} if a.endswith("联合会委员会")]
