"""Posts of session 48: a level word on a page naming an area it cannot stand for (市 and a
province), a clipped federation before its department (市总基层工作部部长), a teacher's academic
rank, a company's team (机械队队长) and an honour among a profile's particulars.  All text is
invented (the areas are real)."""

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
    # a county-level city's own page under a prefecture: 市总工会 is its union, named as
    # printed; 青海省 is of a level 市 may be (a municipality), but its name is no 市
    found = posts(extract_text(EXHIBITION, region="海西蒙古族藏族自治州"))
    assert ("李德新", "市总工会", "常务副主席") in found
    assert ("王海明", "市总工会", "主席") in found


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


@pytest.mark.parametrize(
    "text",
    [
        "张海峰，福建闽西公路养护有限公司机械队队长。",
        "福建闽西公路养护有限公司机械队队长张海峰参加座谈。",
    ],
)
def test_a_companys_team_is_read_as_its_workshops_are(extract_text, text):
    # a company's team (机械队, 车队) is no body of its own: its head's office is the company's
    found = posts(extract_text(text, region="三明市"))
    assert ("张海峰", "福建闽西公路养护有限公司", "机械队队长") in found


def test_an_honour_among_a_profiles_particulars(extract_text):
    text = "张海峰，回族，2024年全国劳动模范，福建闽西公路养护有限公司总经理。他带领职工攻坚。"
    found = posts(extract_text(text, region="三明市"))
    assert ("张海峰", "福建闽西公路养护有限公司", "总经理") in found
