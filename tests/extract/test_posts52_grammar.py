"""Posts of session 52: a company's workshop in the role after a body in an apposition (某公司
维修车间主任, the workshop's word in the tagger's title), an apposition closed by a full stop
before the next sentence's name, a note of particulars in brackets before the offices
after a comma, and a pronoun's copula (她还是…).  All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

FIRM = "四川岷江通达运输有限公司"


@pytest.mark.parametrize(
    "text",
    [
        f"刘建国，藏族，2024年全国劳动模范，{FIRM}维修车间主任。吴海涛介绍了经验。",
        f"刘建国，{FIRM}维修车间主任。吴海涛介绍了经验。",
        f"会上，刘建国，{FIRM}维修车间主任，介绍了经验。",
    ],
)
def test_a_companys_workshop_head_in_an_apposition_is_the_companys(extract_text, text):
    found = posts(extract_text(text + "\n", region="阿坝藏族羌族自治州"))
    assert ("刘建国", FIRM, "维修车间主任") in found


def test_a_note_of_particulars_in_brackets_then_the_offices_after_a_comma(extract_text):
    text = "临沧南汀茶业有限公司工会\n见到：\n岩香兰（佤族），公司工会主席，兼综合部经理\n"
    found = posts(extract_text(text, region="临沧市"))
    assert ("岩香兰", "临沧南汀茶业有限公司工会", "主席") in found
    assert ("岩香兰", "临沧南汀茶业有限公司", "综合部经理") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "襄阳汉江纺织有限公司开展劳模宣讲。2021年，柏秀兰被评为省劳动模范。如今，她还是公司工会女职工委员会主任。",
            {("柏秀兰", "襄阳汉江纺织有限公司工会", "女职工委员会主任")},
        ),
        ("柏秀兰向郑海军学艺。她也是襄阳汉江纺织有限公司工会副主席。", set()),  # two named: no one
        ("柏秀兰日均接单50余单。她还是一名老党员。", set()),  # no body: no office
    ],
)
def test_a_pronouns_copula_names_the_one_persons_offices(extract_text, text, expected):
    assert posts(extract_text(text + "\n", region="襄阳市")) == expected


_FORM = (
    "2028年湖南省五一劳动奖章（个人）推荐审批表\n\n"
    "推荐单位（盖章）：株洲市总工会　　　　填表日期：2028年3月2日\n\n"
    "姓　　名\t欧阳振华\t性　　别\t男\t（照片）\n"
    "民　　族\t汉\t出生年月\t1981.05\n"
    "政治面貌\t中共党员\t文化程度\t大专\n"
    "工作单位及职务\t株洲湘江精密铸造有限公司熔炼车间主任\n"
    "单位性质\t民营企业\t是否一线职工\t是\n"
)


def test_a_forms_unit_and_office_field_is_the_offices_of_its_name_field(extract_text):
    found = posts(extract_text(_FORM, region="株洲市"))
    assert ("欧阳振华", "株洲湘江精密铸造有限公司", "熔炼车间主任") in found


def test_a_forms_office_field_after_another_name_field_is_not_the_first_persons(extract_text):
    text = _FORM.replace("工作单位及职务", "姓　　名\t龙海燕\n工作单位及职务")
    found = posts(extract_text(text, region="株洲市"))
    assert not any(n == "欧阳振华" for n, _, _ in found)
