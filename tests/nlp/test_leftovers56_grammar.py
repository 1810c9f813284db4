"""Constructions earlier sessions left misread (leftovers56), the finders' part.

A. Two townships listed by their stems and closed by a count and the townships' noun
   (甲坝和乙山两镇) are towns: a stem the tagger reads as a person's name is none, one it
   reads as another level's short form takes the list's noun, and a first stem the tagger
   glued to the verb before it (走进甲|坝) is an item all the same.
B. A community named after an area's bare name (龙泉社区: 龙泉 is also a city's) is a community,
   no mention of that area, also glued to the township before it in one word.
C. A section's branch union named by its work alone before 分工会 (化验分工会, 检修分工会) is a
   union; 各分工会 and a count of them (三个分工会) name no one section.
D. A short form alone in brackets after a body's name (某某职工联合总会（某某职联）) is defined for
   it when the name holds its characters in order; a bracket of other words defines nothing.
"""

from __future__ import annotations

import pytest

from kg.nlp.definitions import abbreviates
from kg.nlp.listed_towns import LISTED_TOWN, listed_towns
from kg.nlp.tokens import Tokens


def test_a_stem_of_two_towns_is_no_person(find) -> None:
    found = find("县总工会法律服务团走进田坝和尖山两镇开展普法宣传。")
    assert ("田坝", "PERSON", "") not in found
    assert {("田坝", "AREA", LISTED_TOWN), ("尖山", "AREA", LISTED_TOWN)} <= found


def test_a_first_stem_glued_to_the_verb_before_it(tagged, gaz) -> None:
    doc = tagged(("服务队", "n"), ("走进文", "v"), ("峰", "n"), ("和", "c"), ("下堡", "LOC"), ("两", "m"), ("镇", "n"))
    towns = listed_towns(Tokens(doc), [], gaz)
    assert [(doc.text[f.start : f.end], f.ref) for f in towns] == [("文峰", "文峰镇"), ("下堡", "下堡镇")]


def test_a_glued_word_is_no_item_when_no_other_item_is_a_town(tagged, gaz) -> None:
    doc = tagged(("服务队", "n"), ("走进文", "v"), ("峰", "n"), ("和", "c"), ("雨花", "n"), ("两", "m"), ("镇", "n"))
    assert not [f for f in listed_towns(Tokens(doc), [], gaz) if doc.text[f.start : f.end] == "文峰"]


@pytest.mark.parametrize(
    "text",
    ["3月6日，龙泉社区工会组织女职工开展插花活动。", "3月6日，敖阳街道龙泉社区工会组织女职工开展插花活动。"],
)
def test_a_community_named_after_an_areas_bare_name(find, text) -> None:
    found = find(text)
    assert ("龙泉社区", "AREA", "community") in found
    assert not any(t == "龙泉" for t, label, _ in found if label == "AREA"), found


def test_a_sections_branch_union_named_by_its_work(labelled) -> None:
    unions = labelled("化验分工会、输煤车间分工会和检修分工会各派出一支代表队。化验分工会主席卜晓岚带队。", "UNION")
    assert {"化验分工会", "输煤车间分工会", "检修分工会"} <= unions, unions


@pytest.mark.parametrize("text", ["各分工会要认真组织职工参加。", "公司工会下设三个分工会。"])
def test_branch_unions_taken_together_name_no_section(labelled, text) -> None:
    assert not {u for u in labelled(text, "UNION") if u.endswith("分工会") and len(u) > 3}


def test_a_short_form_alone_in_brackets_after_a_bodys_name(labelled) -> None:
    text = "由澳门海员职工联合总会（海员职联）主办。海员职联会长俞俊峰致辞。"
    assert "海员职联" in labelled(text, "UNION")
    assert abbreviates("海员职联", "澳门海员职工联合总会")
    assert not abbreviates("星期日", "澳门海员职工联合总会")
    assert not abbreviates("联职", "海员职工联合总会")  # (out of order)
