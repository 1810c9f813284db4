"""Bodies and areas read by their grammar (session 49): short and joined department names, a
district's field union, a union committee named short, a company read as one word, a
community's committee, a county's road body, areas that stand alone, planned bodies."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, placed


def test_a_departments_short_form_with_social_security_written_short(extract_text):
    """区人力社保局: 人力社保 is 人力资源和社会保障, the bureau of the district in context."""
    facts = extract_text("沙坪坝区总工会召开会议，并联系区人力社保局劳动监察支队介入。", region="重庆市")
    assert "重庆市沙坪坝区人力资源和社会保障局" in names(facts, "Organization"), names(facts, "Organization")


def test_a_departments_name_with_and_inside_is_not_cut_at_and(extract_text):
    """某区住房和建设委员会: 和 inside a department's name joins nothing."""
    facts = extract_text("原主席李明同志已调任南开区住房和建设委员会，不再保留工会职务。", region="天津市")
    bodies = names(facts, "Organization")
    assert "南开区住房和建设委员会" in bodies and "建设委员会" not in bodies, bodies


@pytest.mark.parametrize(
    "text",
    ["沈阳市铁西区卫生健康系统工会主席王立新出席。", "21\t教育系统\t沈阳市铁西区教育系统工会委员会\t赵春华\t主席"],
)
def test_a_districts_field_union_after_its_areas_name(extract_text, text):
    """某市某区教育系统工会委员会: a field's 系统 after an area's name names one union, in that area."""
    facts = extract_text(text)
    unions = names(facts, "TradeUnion")
    assert len(unions) == 1 and "系统工会" in next(iter(unions)), unions
    assert "铁西区" in {area for body, area in placed(facts) if body in unions}, placed(facts)


def test_a_fields_unions_taken_together_stay_no_union(extract_text):
    assert names(extract_text("全省教育系统工会干部参加培训。"), "TradeUnion") == set()


def test_a_union_committee_named_short_after_its_union_is_its_full_committee(extract_text):
    """（同上）… 经审委员会主任: the committee of the row's union, under its full name."""
    text = "14\t\t长沙湘江机械有限公司工会\t刘敏\t工会主席\n15\t\t（同上）\t陈东\t副主席、经审委员会主任"
    facts = extract_text(text)
    bodies = names(facts, "Organization")
    assert "长沙湘江机械有限公司工会经费审查委员会" in bodies, bodies
    assert not any(b.endswith(("经审委", "经审委员会")) for b in bodies), bodies


@pytest.mark.parametrize(
    ("row", "company"),
    [
        ("7 刘芳 女 城固县汉水电力开发有限公司 汉中市劳动模范", "城固县汉水电力开发有限公司"),
        ("7 杜晓燕 女 略阳县丹江水电开发有限公司 汉中市劳动模范", "略阳县丹江水电开发有限公司"),
    ],
)
def test_a_companys_whole_name_read_as_one_common_word(extract_text, row, company):
    """某县某某开发有限公司 read as one noun (or adjective): an area, words, a legal form — a company."""
    assert company in names(extract_text(row), "Organization")


def test_a_communitys_committee_and_the_district_it_is_named_after(extract_text):
    """某县某社区居委会: a body (居委会 ends it), not placed in its community; the community is
    the county's written right before it, not the town another row names."""
    text = "序号\t姓名\t性别\t工作单位\n3\t王丽\t女\t洋县华阳镇中心小学\n8\t张敏\t女\t城固县青松社区居委会"
    facts = extract_text(text)
    assert "青松社区居委会" in names(facts, "Organization"), names(facts, "Organization")
    assert ("青松社区居委会", "青松社区") not in placed(facts)
    parents = {ref.name: info.parent.name for ref, info in facts.entities.items() if info.parent}
    assert parents.get("青松社区") == "城固县", parents


def test_a_countys_road_body_and_a_stretch_of_road(extract_text):
    """某县公路段: the county's road body; 京昆高速公路段: a stretch of road, no body."""
    facts = extract_text("工区主任同志原为平遥县公路段技术员。京昆高速公路段车流增加。")
    assert names(facts, "Organization") == {"平遥县公路段"}, names(facts, "Organization")


def test_a_one_character_county_read_across_a_joining_word(extract_text):
    """咱们和县人设局: 和 and the county in context's 人社局 (speech recognition's 人设局), not 和县."""
    facts = extract_text("靖宇县总工会召开调度会。咱们和县人设局联合主办了技能竞赛。")
    assert "和县" not in names(facts, "AdministrativeArea")
    assert any(b.endswith("靖宇县人力资源和社会保障局") for b in names(facts, "Organization")), names(
        facts, "Organization"
    )


def test_a_one_character_county_where_the_text_places_it(extract_text):
    assert "和县" in names(extract_text("安徽省马鞍山市和县总工会召开会议。"), "AdministrativeArea")


def test_a_misheard_townships_union_with_its_first_character_wrong(extract_text):
    """淞江河镇总工会 after 松江河镇总工会: one character of a three-character stem misheard."""
    facts = extract_text("抚松县松江河镇总工会召开会议。会上，淞江河镇总工会主席讲话。")
    assert names(facts, "TradeUnion") == {"松江河镇总工会"}, names(facts, "TradeUnion")


@pytest.mark.parametrize(
    "text", ["县总工会拟成立物流产业工会联合会。", "县总工会表示，林业产业工会联合会的筹备年内拿出方案。"]
)
def test_a_union_only_planned_is_no_union(extract_text, text):
    unions = names(extract_text(text, region="靖宇县"), "TradeUnion")
    assert not any("产业工会" in u for u in unions), unions


def test_a_quoted_planned_station_named_after_a_peach_orchard(extract_text):
    """计划再建12个“桃园工会驿站”: a plan (the count between the verb and the name), and 桃园 a
    peach orchard, not Taiwan's 桃园市; 组织职工志愿服务队: a kind of team, no name."""
    text = "平谷区总工会计划在产桃乡镇再建12个“桃园工会驿站”，还要组织职工志愿服务队进园区。"
    facts = extract_text(text, region="平谷区")
    assert names(facts, "AdministrativeArea") == {"平谷区"}, names(facts, "AdministrativeArea")
    assert names(facts, "Place") == set() and names(facts, "Organization") == set()


def test_a_service_team_with_a_proper_name(extract_text):
    assert "城南区青年志愿服务队" in names(extract_text("城南区青年志愿服务队走进社区。"), "Organization")


def test_a_townships_station_framed_by_at_and_a_floor(extract_text):
    """在镇文化站三楼，…: the station (of the town in context) framed as the place by 在 and its floor."""
    facts = extract_text("青石镇总工会召开会议。我们在镇文化站三楼，请了县医院的医生讲课。", region="集安市")
    assert any(p.endswith("青石镇文化站") for p in names(facts, "Place")), names(facts, "Place")


def test_a_companys_works_are_no_venue(extract_text):
    """参观某镇某某有限公司生产基地: the company is the place, its works no venue of their own."""
    facts = extract_text("14:30　参观石门镇安康绿源茶业有限公司生产基地。", region="安康市")
    assert names(facts, "Place") == set(), names(facts, "Place")
    assert any(b.endswith("安康绿源茶业有限公司") for b in names(facts, "Organization")), names(facts, "Organization")
