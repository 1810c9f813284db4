"""Posts of session 48: a level word on a page naming an area it cannot stand for (市 and a
province), a clipped federation before its department (市总基层工作部部长), a teacher's academic
rank, an honour among a profile's particulars, a company named by its trade and a list's
workshop head.  All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

EXHIBITION = (
    "5月2日，展览在市职工文化宫开幕。市委常委、宣传部部长、市总工会主席王海明出席，"
    "市总工会党组书记、常务副主席李德新主持。\n"
    "主办：德令哈市总工会\n"
    "张明远，1990年青海省劳动模范，已退休。\n"
)


def test_a_province_named_is_no_area_a_citys_level_word_stands_for(extract_text):
    # a county-level city's own page under a prefecture: 市总工会 is its union (the one
    # county-level city it names, session 52: 德令哈市总工会, no body apart); 青海省 is of a
    # level 市 may be (a municipality), but its name is no 市
    found = posts(extract_text(EXHIBITION, region="海西蒙古族藏族自治州"))
    assert ("李德新", "德令哈市总工会", "常务副主席") in found
    assert ("王海明", "德令哈市总工会", "主席") in found


MEETING = (
    "三明市总工会召开全市镇工会工作例会。市总党组书记、常务副主席李国强部署全年工作，"
    "市总基层工作部部长黄海燕通报考核结果，县总组织部副部长邱明辉参加。"
)


def test_a_clipped_federation_before_its_department_and_its_heads_title(extract_text):
    found = posts(extract_text(MEETING, region="三明市"))
    # 市总|基层工作部部长: the city's union, its department written into the role
    assert ("黄海燕", "三明市总工会", "基层工作部部长") in found
    assert not any(name == "黄海燕" and body.endswith("工作部") for name, body, _ in found)


@pytest.mark.parametrize("rank", ["讲师", "副教授", "教授"])
def test_a_teachers_academic_rank_is_no_office(extract_text, rank):
    text = f"调研组成员有三明市总工会副主席林德华，以及三明学院{rank}刘春燕。"
    found = posts(extract_text(text, region="三明市"))
    assert not any(name == "刘春燕" for name, _, _ in found)
    assert ("林德华", "三明市总工会", "副主席") in found


def test_an_honour_among_a_profiles_particulars(extract_text):
    text = "张海峰，回族，2024年全国劳动模范，福建闽西公路养护有限公司总经理。他带领职工攻坚。"
    found = posts(extract_text(text, region="三明市"))
    assert ("张海峰", "福建闽西公路养护有限公司", "总经理") in found


FOUNDING = (
    "镇党委副书记、镇总工会主席刘建华在镇政府主持例会。\n"
    "上午10:00南平武夷度假酒店有限公司工会成立大会在酒店三楼召开，刘建华主席出席并讲话，"
    "酒店总经理陈大海致辞。大会选举产生第一届工会委员会，酒店人力资源部经理林小梅当选工会主席。\n"
)


def test_a_clock_time_ends_before_a_unions_name(extract_text):
    facts = extract_text(FOUNDING, region="南平市")
    unions = {ref.name for ref in facts.entities if ref.cls == "TradeUnion"}
    assert "南平武夷度假酒店有限公司工会" in unions
    assert not any(name.startswith("00") for name in unions)


def test_a_company_named_by_its_trade(extract_text):
    found = posts(extract_text(FOUNDING.split("\n", 1)[1], region="南平市"))
    # 酒店总经理X, 酒店人力资源部经理X: the 度假酒店有限公司 named by its trade
    assert ("陈大海", "南平武夷度假酒店有限公司", "总经理") in found
    assert ("林小梅", "南平武夷度假酒店有限公司", "人力资源部经理") in found


def test_a_chair_addressed_after_the_name_who_chairs_another_body(extract_text):
    found = posts(extract_text(FOUNDING, region="南平市"))
    # 刘建华主席出席 at a company union's congress: the town union's chair, addressed by his office
    assert not any(name == "刘建华" and "酒店" in body for name, body, _ in found)
    # with no other office read for the name, the chair is the union the sentence names
    alone = FOUNDING.split("\n", 1)[1]
    assert ("刘建华", "南平武夷度假酒店有限公司工会", "主席") in posts(extract_text(alone, region="南平市"))


def test_a_profiles_past_office_before_the_present_one(extract_text):
    text = "欧阳明远，1988年进厂，曾任南平闽北化工有限责任公司采卤队队长，现任公司工会副主席。他主持技术改造。"
    found = posts(extract_text(text, region="南平市"))
    assert ("欧阳明远", "南平闽北化工有限责任公司工会", "副主席") in found
    assert not any(role.endswith("队长") for _, _, role in found)


CHAIN = (
    "本群只发公司工会活动通知。\n"
    "——南平建溪精工机械有限公司工会　邹小桐\n"
    "#接龙\n"
    "1. 何红梅 工会\n"
    "12. 罗凤山 机加二车间主任 +家属1\n"
    "13. 许东明 安全环保部\n"
)


def test_a_workshop_heads_job_in_a_lists_cell_before_a_note(extract_text):
    found = posts(extract_text(CHAIN, region="南平市"))
    # NAME, the job's cell, a note's cell: the workshop (its short name cut by the tagger) is the company's
    assert ("罗凤山", "南平建溪精工机械有限公司", "机加二车间主任") in found
    # a unit alone in the cell is where the member works, no office
    assert not any(name == "许东明" for name, _, _ in found)
