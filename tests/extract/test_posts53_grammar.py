"""Posts of session 53: a profession ending in 师 (教师, 药剂师) is no office, a union's
办公室 is written into its head's role at the union, a hospital's department into its head's
role at the hospital, and a level's union after a comma in one person's chain of titles is
the area's the chain named.
All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts


@pytest.mark.parametrize(
    "text",
    [
        "其中，临泽县鸭暖镇中心小学教师欧阳春梅等受到表彰。",
        "临泽县第二中学体育教师欧阳春梅、张掖祁丰机械有限公司技术主管马向东受到表彰。",
        "临泽县鸭暖镇中心小学老师欧阳春梅等受到表彰。",
        "临泽县鸭暖镇卫生院药剂师欧阳春梅等受到表彰。",
        "张掖祁丰机械有限公司会计师欧阳春梅等受到表彰。",
    ],
)
def test_a_profession_named_after_the_unit_holds_no_office(extract_text, text):
    found = posts(extract_text(text + "\n", region="张掖市"))
    assert not any(name == "欧阳春梅" for name, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张掖祁丰机械有限公司总工程师马向东等受到表彰。", ("马向东", "张掖祁丰机械有限公司", "总工程师")),
        ("张掖祁丰机械有限公司焊工首席技师马向东等受到表彰。", ("马向东", "张掖祁丰机械有限公司", "焊工首席技师")),
    ],
)
def test_a_position_ending_as_a_profession_is_an_office(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="张掖市"))


def test_a_job_after_a_teacher_still_reads(extract_text):
    text = "临泽县第二中学教师欧阳春梅、张掖祁丰机械有限公司技术主管马向东受到表彰。\n"
    assert ("马向东", "张掖祁丰机械有限公司", "技术主管") in posts(extract_text(text, region="张掖市"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("材料由市总工会办公室主任达娃次仁起草。", ("达娃次仁", "日喀则市总工会", "办公室主任")),
        ("仁布县总工会办公室主任罗明远主持会议。", ("罗明远", "仁布县总工会", "办公室主任")),
        (
            "日喀则珠峰建材有限公司综合办公室主任罗明远主持会议。",
            ("罗明远", "日喀则珠峰建材有限公司", "综合办公室主任"),
        ),
    ],
)
def test_a_unions_office_head_holds_the_office_at_the_union(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="日喀则市"))


def test_a_governments_office_stays_a_body(extract_text):
    found = posts(extract_text("县人民政府办公室主任罗明远主持会议。\n", region="日喀则市"))
    assert not any(r == "办公室主任" for _, _, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("滑县人民医院急诊科主任樊远志介绍经验。", ("樊远志", "滑县人民医院", "急诊科主任")),
        ("浚县第一人民医院护理部主任张小梅介绍经验。", ("张小梅", "浚县第一人民医院", "护理部主任")),
        ("浚县新镇镇卫生院内科主任张小梅介绍经验。", ("张小梅", "浚县新镇镇卫生院", "内科主任")),
    ],
)
def test_a_hospitals_department_head_holds_the_office_at_the_hospital(extract_text, text, expected):
    assert expected in posts(extract_text(text + "\n", region="安阳市"))


def test_a_bureaus_section_stays_a_body(extract_text):
    found = posts(extract_text("滑县人力资源和社会保障局劳动关系科科长樊远志介绍经验。\n", region="安阳市"))
    assert not any(b == "滑县人力资源和社会保障局" for _, b, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "运动会开幕式上，仁怀市委常委、组织部部长，市总工会主席罗明远致辞。",
        "运动会开幕式上，仁怀市委常委、组织部部长、市总工会主席罗明远致辞。",
    ],
)
def test_a_level_union_in_one_persons_chain_is_the_chains_areas(extract_text, text):
    found = posts(extract_text(text + "\n", region="遵义市"))
    assert ("罗明远", "仁怀市总工会", "主席") in found, found


def test_a_level_union_after_someone_elses_chain_is_the_pages(extract_text):
    text = "大会由仁怀市委常委、组织部部长王一主持，市总工会主席罗明远致辞。\n"
    found = posts(extract_text(text, region="遵义市"))
    assert ("罗明远", "遵义市总工会", "主席") in found, found
