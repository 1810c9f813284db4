"""Kinds of place that are no names (物流园区 as a zone of the registry, 园区 as a venue), a
park visited in the area gone to, and a level word after the text moved on to another area
(kg.nlp.areas, kg.nlp.venues' common heads, kg.extract.body_links, kg.extract.level_names).
Invented texts; each test fails when the rule it names is removed."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, relations


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("县总工会在车站、物流园区和建筑工地设立了服务点。", "物流园区"),
        ("他们走进物流园区，为快递小哥送去清凉。", "物流园区"),
        ("全市首个化工园区职工服务驿站建成投用。", "化工园区"),
    ],
)
def test_a_registry_zone_named_by_words_of_a_kind_alone_is_no_area(extract_text, text, kind):
    facts = extract_text(text)
    assert kind not in names(facts, "AdministrativeArea")
    assert kind not in names(facts, "Place")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("天津港保税区总工会召开会议。", "天津港保税区"),  # a proper name: the zone
        ("江苏扬州物流园区管委会组织职工参加比赛。", "物流园区"),  # its area before it
    ],
)
def test_a_zone_with_a_proper_name_or_its_area_before_it_stays_an_area(extract_text, text, zone):
    assert zone in names(extract_text(text), "AdministrativeArea")


@pytest.mark.parametrize(
    ("text", "park", "area"),
    [
        ("慰问组来到横店镇，走访设在横店物流园的快递企业。", "横店物流园", "横店镇"),
        ("市总工会走进松岗街道，察看设在宏达物流园内的驿站。", "宏达物流园", "松岗街道"),
        ("当天下午，一行人来到周浦镇，察看了设在中通物流园内的服务站。", "中通物流园", "周浦镇"),
    ],
)
def test_a_park_visited_after_going_to_an_area_lies_there(extract_text, text, park, area):
    facts = extract_text(text)
    assert park in names(facts, "Place")
    assert (park, area) in relations(facts, "locatedIn")


def test_a_bare_logistics_park_is_no_venue(extract_text):
    assert not names(extract_text("该驿站由镇总工会与物流园企业共建。"), "Place")


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("乐从镇总工会主席周平说，很好。随后来到北滘镇，镇总工会主席李明介绍。", "北滘镇总工会"),
        ("周浦镇总工会举办培训班。安亭镇党委副书记、镇总工会主席郑华到会交流。", "安亭镇总工会"),
        (
            "五里街道总工会主席陈静介绍经验。随后一行人前往松岗街道，在松岗街道，街道总工会主席赵兵汇报了工作。",
            "松岗街道总工会",
        ),
    ],
)
def test_a_level_word_after_its_sentence_moved_to_another_area_is_that_areas(extract_text, text, union):
    facts = extract_text(text)
    ref = next(r for r in facts.entities if r.name == union)
    assert {"镇总工会", "街道总工会"} & facts.entities[ref].aliases


def test_a_level_word_after_several_areas_named_keeps_the_union_named_before(extract_text):
    facts = extract_text("乐从镇总工会主席周平说，今年已走访北滘镇等地的企业，镇总工会还将继续开展活动。")
    assert "北滘镇总工会" not in names(facts, "TradeUnion")


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("决赛在湘江重工有限公司职工培训中心举行，湘江重工有限公司工会承办。", "湘江重工有限公司职工培训中心"),
        ("技能比武在位于横店镇的东阳建工有限公司职工培训中心开赛。", "东阳建工有限公司职工培训中心"),
    ],
)
def test_a_companys_staff_training_centre_is_a_venue_not_its_unit(extract_text, text, centre):
    facts = extract_text(text)
    assert centre in names(facts, "Place")
    assert centre not in names(facts, "Organization")


def test_a_staff_training_centre_named_by_no_one_is_no_venue(extract_text):
    assert not names(extract_text("全市职工培训中心建设推进会召开。"), "Place")
