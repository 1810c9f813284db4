"""Constructions of real union news left over in session 55 (invented names and places).

A. N名代表代表全市M名会员出席: the membership the delegates stand for is no head count; the
   delegates are (participants/staffing_words.txt, kg.extract.event_counts).
B. A工会委员会、B工会委员会被评为“X”: every body listed before the verb holds the honour, not
   the last alone (kg.extract.honour_tokens.listed_bodies).
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event


def test_the_membership_delegates_stand_for_is_no_head_count(extract_text):
    facts = extract_text(
        "6月12日，雨花区工会第三次会员代表大会在区会展中心召开。186名代表代表全区2.3万多名会员出席大会。",
        region="长沙市",
    )
    assert event(facts, "会员代表大会").count[0] == 186
    lead = extract_text(
        "6月12日，雨花区工会第三次会员代表大会召开，代表全区2.3万多名会员的代表出席大会。", region="长沙市"
    )
    assert event(lead, "会员代表大会").count is None


def test_about_a_hundred_is_a_head_count(extract_text):
    facts = extract_text("6月12日，雨花区总工会举办职工读书分享会，近百名职工参加。", region="长沙市")
    assert event(facts, "读书分享会").count[0] == 100


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


@pytest.mark.parametrize("verb", ["被评为", "获评", "去年被评为"])
def test_every_body_listed_holds_the_honour(extract_text, verb):
    facts = extract_text(
        "近日，市总工会公布表彰名单，雨花区东塘街道工会委员会、长沙恒丰机械有限公司工会委员会和"
        f"长沙顺达物流有限公司工会{verb}“市级模范职工之家”。",
        region="长沙市",
    )
    held = {name for name, h in _awards(facts) if h == "市级模范职工之家"}
    assert held == {"东塘街道工会", "长沙恒丰机械有限公司工会", "长沙顺达物流有限公司工会"}
