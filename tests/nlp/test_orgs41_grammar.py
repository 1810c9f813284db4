"""Organisation names of session 41 (kg.nlp.orgs, kg.nlp.names), on invented text run
through the real pipeline, and on tagged words where the rule hangs on the tagger's
reading."""

from __future__ import annotations

import pytest


def test_a_farm_named_by_what_it_breeds(labelled):
    """…养殖场, …种植场: farms are bodies (suppliers, employers)."""
    assert "湖州市德清县兴旺生猪养殖场" in labelled("他在湖州市德清县兴旺生猪养殖场工作。", "ORG")


def test_a_trade_name_read_as_a_persons_between_an_area_and_the_ending(tagged_mentions):
    """某镇|鸿鑫麻鸭/PER|养殖场: the tagger's person word sits between the town and the
    farm's ending, so it is the farm's trade name, inside the name."""
    found = tagged_mentions(
        ("来自", "v"),
        ("崇安县", "LOC"),
        ("柳溪镇", "LOC"),
        ("顺发白鹅", "PER"),
        ("养殖场", "n"),
        ("的", "u"),
        ("鹅蛋", "n"),
    )
    assert ("崇安县柳溪镇顺发白鹅养殖场", "ORG", "") in found


def test_a_persons_name_after_a_town_is_no_body(labelled):
    """A person's name after a town with no body's ending after it stays a person."""
    assert labelled("柳溪镇胡明远出席。", "ORG") == set()


def test_two_areas_written_by_a_character_each_name_no_union(labelled):
    """泉台工会 (泉州 and 台湾, both named): the unions of the two sides, no one union."""
    text = "泉州市总工会与台北市电子产业工会签署协议，深化泉台工会交流合作。"
    unions = labelled(text, "UNION")
    assert "泉州市总工会" in unions
    assert not any(u.startswith("泉台") for u in unions)


def test_a_two_character_union_name_with_no_such_areas_stays(labelled):
    """A short proper name before 工会 whose characters open no two areas of the text is a union."""
    assert "鞍钢工会" in labelled("鞍钢工会主席出席会议。", "UNION")


@pytest.mark.parametrize("kind", ["台资企业", "外资企业", "民营企业"])
def test_firms_classed_by_their_capital_have_no_one_union(labelled, kind):
    """台资企业工会主席: the chairs of such firms' unions, no union named."""
    unions = labelled(f"两岸工会干部、{kind}工会主席和职工代表共40人参加座谈。", "UNION")
    assert not any(kind in u for u in unions)


def test_an_area_after_a_conjunction_inside_a_persons_word(tagged_mentions):
    """在韦晓梅和芗城区总工会主席柯永年陪同下, the tagger reading 韦晓梅和芗城区总工会 as one
    person's name: the area after 和 is named, and the union opens with it."""
    found = tagged_mentions(
        ("交流团", "n"),
        ("在", "p"),
        ("韦晓梅和芗城区总工会", "PER"),
        ("主席", "n"),
        ("柯永年", "PER"),
        ("陪同", "v"),
        ("下", "f"),
    )
    assert ("芗城区", "AREA", "full") in found
    assert ("芗城区总工会", "UNION", "") in found
    assert not any(t.startswith("韦晓梅和") for t, lab, _ in found)


@pytest.mark.parametrize(
    ("text", "ref"),
    [("柯明远是台南新营人，现任公司经理。", "台南市新营区"), ("柯明远，台南新营人，现任公司经理。", "台南市新营区")],
)
def test_a_birthplace_under_a_city_written_before_it(nlp, text, ref):
    """台南新营人, after a comma or the copula 是: the city written before the stem says
    where to look, as a province does (云南宣威人)."""
    doc = nlp(text)
    assert ("新营", ref) in {(s.text, s._.kg_ref) for s in doc.spans["kg"] if s.label_ == "AREA"}


def test_a_noun_ending_as_a_body_does_right_after_an_area(tagged_mentions):
    """某区|环境卫生管理所/n: the tagger's common noun ends as a body does and follows an
    area's name, so the area and the noun name the body."""
    found = tagged_mentions(
        ("柏玉琴", "PER"), ("，", "w"), ("东原市", "ORG"), ("河西区", "ORG"), ("环境卫生管理所", "n"), ("保洁员", "n")
    )
    assert ("东原市河西区环境卫生管理所", "ORG", "") in found


def test_a_park_before_a_companys_registered_name_is_no_part_of_it(labelled):
    """县工业园区|湖南某某有限公司: the company's name opens with its own area; the park before
    it is where it lies."""
    orgs = labelled("3月1日，律师团在县工业园区湖南宏达机械有限公司开展法律咨询。", "ORG")
    assert "湖南宏达机械有限公司" in orgs
    assert not any(o.startswith("县工业园区") for o in orgs)


def test_a_zone_that_is_an_area_still_opens_a_bodys_name(labelled):
    """苏州工业园区 is an area (a zone), so a body named after it keeps it."""
    assert "苏州工业园区星海街道办事处" in labelled("苏州工业园区星海街道办事处组织培训。", "ORG")
