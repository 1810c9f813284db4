"""Family bodies, a union's units named short (kg.extract.union_units)."""

from __future__ import annotations

from tests.extract.facts_view import names, parents, posts


def test_a_bare_unit_in_a_union_officers_chain_of_titles_is_the_unions(extract_text):
    """省总工会副主席、劳模服务中心主任X: the centre is the province union's own unit."""
    facts = extract_text(
        "近日，湖南省总工会举办劳模座谈会。省总工会副主席、劳模服务中心主任钟丽华出席。", region="湖南省"
    )
    assert ("湖南省总工会劳模服务中心", "湖南省总工会") in parents(facts)
    assert ("钟丽华", "湖南省总工会劳模服务中心", "主任") in posts(facts)
    assert "劳模服务中心" not in names(facts, "Organization")


def test_a_bare_unit_after_several_titles_of_a_union_officer(extract_text):
    # (invented) the chain runs over two titles before the unit
    facts = extract_text("市总工会党组成员、副主席、职工法律援助工作站站长赵明出席。", region="长沙市")
    assert ("长沙市总工会职工法律援助工作站", "长沙市总工会") in parents(facts)


def test_a_bare_body_of_another_kind_in_a_union_officers_chain_is_its_own(extract_text):
    # a hospital's head who sits in the union: the hospital is no unit of the union
    facts = extract_text("区总工会兼职副主席、人民医院院长王大明出席。", region="长沙市")
    assert not [n for n in names(facts, "Organization") if n.endswith("总工会人民医院")]


def test_a_unit_after_the_unions_short_form_is_the_one_named_before(extract_text):
    """县总工会法律援助工作站 after 某县总工会职工法律援助工作站: one station, its short form
    written without 职工."""
    facts = extract_text(
        "近日，在攸县总工会职工法律援助工作站的帮助下，农民工追回了工资。县总工会法律援助工作站律师陈亮介绍了案情。",
        region="攸县",
    )
    stations = {n for n in names(facts, "Organization") if n.endswith("工作站")}
    assert stations == {"攸县总工会职工法律援助工作站"}


def test_a_unit_in_a_chain_and_again_after_the_unions_short_form_is_one_body(extract_text):
    facts = extract_text(
        "青海省总工会召开会议。省总工会副主席、劳模服务中心主任马兰出席。疗休养团团长由省总工会劳模服务中心副主任李冬担任。",
        region="青海省",
    )
    centres = {n for n in names(facts, "Organization") if n.endswith("劳模服务中心")}
    assert centres == {"青海省总工会劳模服务中心"}
