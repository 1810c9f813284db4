"""Constructions earlier sessions left misread (leftovers56), the extractors' part.

A. Counties listed by their short names and closed by 等县 before one 总工会 (甲山、乙安等县
   总工会) are each the county's federation; a county's short name before 总工会 alone (乙安
   总工会) is the same federation, named in full.
B. A school named after a district (某彩中学, 某彩小学工会) names no area: the district's stem is
   part of the school's name, no claim where the story is.
C. A state-level new area (某某新区 of the list: 雄安新区, 湘江新区) is an area of the province or
   city holding it, written bare or after that city, and its 总工会 lies there.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, placed, posts


def test_counties_listed_short_before_deng_xian_are_each_a_countys_union(extract_text) -> None:
    facts = extract_text("11月3日，铅山、弋阳、横峰等县总工会的负责人来到市总工会交流经验。")
    unions = names(facts, "TradeUnion")
    assert {"铅山县总工会", "弋阳县总工会", "横峰县总工会"} <= unions, unions
    assert ("弋阳县总工会", "弋阳县") in placed(facts)


def test_a_countys_short_name_before_zong_gong_hui_is_its_federation(extract_text) -> None:
    facts = extract_text("座谈会上，横峰总工会和弋阳县总工会分别介绍了建设职工驿站的做法。")
    unions = names(facts, "TradeUnion")
    assert "横峰县总工会" in unions and "横峰总工会" not in unions, unions
    assert ("横峰县总工会", "横峰县") in placed(facts)


@pytest.mark.parametrize(
    "text",
    [
        "12月2日，叠彩小学工会组织全体教职工开展冬季长跑活动，60余名教师参加。",
        "近日，叠彩中学举行青年教师教学基本功比赛，校工会主席温雅琴为获奖教师颁奖。",
    ],
)
def test_a_school_named_after_a_district_names_no_area(extract_text, text) -> None:
    assert "叠彩区" not in names(extract_text(text), "AdministrativeArea")


def test_a_district_written_in_full_before_a_school_is_still_named(extract_text) -> None:
    facts = extract_text("12月2日，叠彩区教育局组织全区中小学教师开展长跑活动。")
    assert "叠彩区" in names(facts, "AdministrativeArea")


@pytest.mark.parametrize(
    ("text", "area", "holder"),
    [
        ("湘江新区总工会副主席詹若曦带队走访园区企业，慰问一线职工。", "湘江新区", "长沙市"),
        ("5月8日，雄安新区总工会在容城县举办职工书画展。", "雄安新区", "河北省"),
        ("4月9日，长沙湘江新区总工会举办青年职工联谊会。", "湘江新区", "长沙市"),
    ],
)
def test_a_state_level_new_area_is_an_area_of_its_holder(extract_text, text, area, holder) -> None:
    facts = extract_text(text)
    assert (area, holder) in parents(facts), parents(facts)
    assert (area + "总工会", area) in placed(facts), placed(facts)


def test_a_community_named_bare_first_is_placed_by_its_township_named_later(extract_text) -> None:
    facts = extract_text(
        "3月6日，上高县敖阳街道龙泉社区工会组织30名女职工参加插花活动。", headline="龙泉社区工会举办插花活动"
    )
    assert {p for c, p in parents(facts) if c == "龙泉社区"} == {"敖阳街道"}, parents(facts)
    assert "龙泉市" not in names(facts, "AdministrativeArea")


def test_a_sections_branch_union_belongs_to_the_companys_union(extract_text) -> None:
    facts = extract_text(
        "青峰发电有限公司工会举办知识竞赛，化验分工会、检修分工会各派出一支代表队。化验分工会主席卜晓岚带队。"
    )
    assert ("化验分工会", "青峰发电有限公司工会") in parents(facts), parents(facts)
    assert ("卜晓岚", "化验分工会", "主席") in posts(facts), posts(facts)
