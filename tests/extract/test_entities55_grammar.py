"""Entities read by their grammar (session 55), on invented text.

A. Townships a list names by their stems (甲、乙等乡镇) are the registry's townships of the
   county the text names, never namesakes elsewhere.
B. A numbered residents' district (某新村第一居民区) is a community of the street the text
   names, and the union named after it lies in it.
C. A committee written after the union's own committee (街道总工会委员会…和经费审查委员会) is the
   union's committee, one body.
D. A body's outpost named after it and its place (某职业教育中心某镇实训点) is a venue that names
   the body too, which is not placed in the outpost's town.
E. A branch named by 分 and its body's last word after the body's whole name and a place
   (某某事业发展中心某县分中心) names the body, its parent.
F. A firm named after a municipality's district (万州区某某有限公司) bears a registered name, as
   after a county: not placed by it; after a prefecture city's district it is.
"""

from __future__ import annotations

from tests.extract.facts_view import names, parents, placed


def test_listed_stems_are_the_countys_townships(extract_text):
    facts = extract_text(
        "7月17日，县总工会在巴山镇举办电工培训班，来自修齐、高观、治平等乡镇的40名农民工参加培训。",
        region="城口县",
    )
    areas = names(facts, "AdministrativeArea")
    assert {"修齐镇", "高观镇", "治平乡"} <= areas


def test_listed_stems_of_another_county_are_no_areas(extract_text):
    facts = extract_text(
        "7月17日，县总工会在巴山镇举办电工培训班，来自头渡、大有等镇的40名农民工参加培训。",
        region="城口县",
    )
    areas = names(facts, "AdministrativeArea")
    assert not {"头渡镇", "大有镇"} & areas


def test_a_numbered_residents_district_is_the_streets_community(extract_text):
    facts = extract_text(
        "3月5日，长白新村街道总工会召开会员代表大会。邵丽华（长青新村第三居民区联合工会）等5名同志被评为优秀工会工作者。",
        region="杨浦区",
    )
    assert ("长青新村第三居民区", "长白新村街道") in parents(facts)
    assert ("长青新村第三居民区联合工会", "长青新村第三居民区") in placed(facts)


def test_a_committee_after_the_unions_own_committee_is_the_unions(extract_text):
    facts = extract_text(
        "3月9日，长白新村街道总工会第二次会员代表大会召开。"
        "大会审议了上一届街道总工会委员会工作报告和经费审查委员会工作报告。",
        region="杨浦区",
    )
    committees = {n for n in names(facts, "Organization") if n.endswith("经费审查委员会")}
    assert committees == {"长白新村街道总工会经费审查委员会"}, committees


def test_an_outpost_named_after_its_body_names_the_body_elsewhere(extract_text):
    facts = extract_text(
        "9月3日，区总工会在南平镇南川区职业教育中心南平实训点举办焊工技能培训班，40名农民工参加培训。",
        region="南川区",
    )
    assert "南川区职业教育中心南平实训点" in names(facts, "Place")
    assert "南川区职业教育中心" in names(facts, "Organization")
    assert ("南川区职业教育中心", "南平镇") not in placed(facts)


def test_a_branch_named_by_its_bodys_word_names_the_body(extract_text):
    facts = extract_text(
        "4月20日，市总工会表彰劳动竞赛先进集体，阳泉市水利事业发展中心盂县分中心等10个集体受到表彰。",
        region="阳泉市",
    )
    assert "阳泉市水利事业发展中心" in names(facts, "Organization")
    assert ("阳泉市水利事业发展中心盂县分中心", "阳泉市水利事业发展中心") in parents(facts)


def test_a_firm_named_after_a_municipalitys_district_is_not_placed_by_it(extract_text):
    facts = extract_text(
        "7月10日，由区总工会主办，万州区恒川建材有限公司协办的送清凉活动在工地启动。",
        region="万州区",
    )
    assert "万州区恒川建材有限公司" in names(facts, "Organization")
    assert not any(body == "万州区恒川建材有限公司" for body, _ in placed(facts))


def test_a_firm_named_after_a_citys_district_lies_in_it(extract_text):
    facts = extract_text(
        "7月10日，由区总工会主办，吴江区恒川建材有限公司协办的送清凉活动在工地启动。",
        region="吴江区",
    )
    assert ("吴江区恒川建材有限公司", "吴江区") in placed(facts)
