"""Family body links (kg.extract.body_links): aliases in parentheses, branches, 位于."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, placed, posts, relations


def test_a_name_in_parentheses_is_the_same_body(extract_text):
    facts = extract_text("近日，湖南省总工会职工大学（湖南省工会干部学院）举办培训班。", region="湖南省")
    assert "湖南省工会干部学院" not in names(facts, "Organization")
    ref = next(r for r in facts.entities if r.name == "湖南省总工会职工大学")
    assert "湖南省工会干部学院" in facts.entities[ref].aliases


def test_a_branch_and_its_union_belong_to_the_company_and_its_union(extract_text):
    facts = extract_text(
        "近日，中联建设有限公司与中联建设有限公司岳阳分公司联合举办安全知识竞赛。"
        "中联建设有限公司岳阳分公司工会和中联建设有限公司工会参加。",
        region="湖南省",
    )
    got = parents(facts)
    assert ("中联建设有限公司岳阳分公司", "中联建设有限公司") in got
    assert ("中联建设有限公司岳阳分公司工会", "中联建设有限公司工会") in got


def test_a_branchs_union_belongs_to_the_union_of_the_company_without_its_legal_form(extract_text):
    facts = extract_text("中联建设集团有限公司岳阳分公司工会和中联建设集团工会参加比赛。", region="湖南省")
    assert ("中联建设集团有限公司岳阳分公司工会", "中联建设集团工会") in parents(facts)


def test_where_a_venue_is(extract_text):
    facts = extract_text("长沙市职工文化宫位于开福区，是职工活动的重要阵地。", region="长沙市")
    assert relations(facts, "locatedIn") == {("长沙市职工文化宫", "开福区")}


def test_where_a_venue_is_the_last_of_the_areas_that_follow(extract_text):
    facts = extract_text("长沙市职工文化宫位于开福区四方坪街道，是职工活动的重要阵地。", region="长沙市")
    assert relations(facts, "locatedIn") == {("长沙市职工文化宫", "四方坪街道")}


def test_where_a_body_is_told_before_its_name(extract_text):
    """位于Y的X: the area comes first, joined to the body by 的."""
    facts = extract_text(
        "位于望城区的湘睿精密机械有限公司近日在位于开福区的长沙市职工文化宫举办技能比武。", region="长沙市"
    )
    assert relations(facts, "locatedIn") == {("湘睿精密机械有限公司", "望城区"), ("长沙市职工文化宫", "开福区")}


def test_a_venue_after_the_area_it_is_held_in_lies_there(extract_text):
    """在Y的X: the area right after 在, joined to the venue by 的, is where it lies."""
    facts = extract_text("11月2日，市民在开福区四方坪街道的浏阳河风光带散步。", region="长沙市")
    assert ("浏阳河风光带", "四方坪街道") in relations(facts, "locatedIn")


def test_a_quoted_venue_glued_after_the_area_it_is_held_in_lies_there(extract_text):
    """在Y“X”开展: a venue's quoted name right after the area after 在 is the area's venue, named
    by both (the brand alone names every venue of the brand) and lying there."""
    facts = extract_text("11月2日，岳麓区望月湖街道总工会在望月湖社区“暖心驿站”开展慰问活动。", region="长沙市")
    assert ("望月湖社区暖心驿站", "望月湖社区") in placed(facts)


def test_a_body_after_a_verb_of_going_an_area_and_的_lies_there(extract_text):
    """来到Y的X: a verb of going before the area does as 在 does."""
    facts = extract_text("下午，慰问组来到望城区的湘睿精密机械有限公司，看望一线职工。", region="长沙市")
    assert ("湘睿精密机械有限公司", "望城区") in relations(facts, "locatedIn")


def test_a_body_after_another_verb_of_going_and_a_street_lies_there(extract_text):
    # (invented) 走进, a street after its district, a hospital
    facts = extract_text("随后，调研组走进开福区四方坪街道的长沙康宁中医医院调研。", region="长沙市")
    assert ("长沙康宁中医医院", "四方坪街道") in relations(facts, "locatedIn")


def test_areas_alone_in_brackets_after_a_body_say_where_it_is(extract_text):
    """某线缆有限公司（无为市高沟镇）in a table's row: the areas in brackets place the company."""
    facts = extract_text("3　　汪宏斌　　湘睿精密机械有限公司（开福区四方坪街道）挤塑工段工段长", region="长沙市")
    assert ("湘睿精密机械有限公司", "四方坪街道") in relations(facts, "locatedIn")


def test_an_area_alone_in_brackets_after_each_body_of_a_list(extract_text):
    # (invented) a list of award winners, a district alone after one, a street after the other
    text = "获奖单位：长沙电力设备有限公司（雨花区砂子塘街道）、湖南鑫达物流有限公司（天心区）。"
    got = relations(extract_text(text, region="长沙市"), "locatedIn")
    assert {("长沙电力设备有限公司", "砂子塘街道"), ("湖南鑫达物流有限公司", "天心区")} <= got


def test_a_venue_after_jia_and_its_area_lies_there(extract_text):
    """假Y的X举行: 假 is Hong Kong and Macau news writing for 在 (at)."""
    facts = extract_text("今日下午，某某职工会假花地玛堂区的青松职工康乐中心举办开放日，逾百名会员参加。")
    assert ("青松职工康乐中心", "花地玛堂区") in relations(facts, "locatedIn")


def test_a_body_opened_in_an_area_lies_there(extract_text):
    """X在Y揭牌启用。: a station opened in a street, or at a venue named after it, lies in the
    street; a union unveiling something there (在Y揭牌成立Z) is not placed."""
    facts = extract_text("青松职工驿站在南岗区花园街道正式揭牌，将为职工提供服务。", region="哈尔滨市")
    assert ("青松职工驿站", "花园街道") in relations(facts, "locatedIn")
    facts = extract_text("12月1日，南岗区总工会青松驿站在花园街道职工服务中心揭牌启用。", region="哈尔滨市")
    assert ("南岗区总工会青松驿站", "花园街道") in relations(facts, "locatedIn")
    facts = extract_text("近日，南岗区总工会在花园街道揭牌成立职工驿站。", region="哈尔滨市")
    assert relations(facts, "locatedIn") == set()


def test_a_bureau_named_after_its_government_belongs_to_it(extract_text):
    """某市政府劳动局: the government named in full before the bureau's own name is its body."""
    facts = extract_text("职工代表来到新竹县政府反映诉求，新竹县政府社会局局长林美华接见了职工代表。", region="新竹县")
    assert ("新竹县政府社会局", "新竹县政府") in parents(facts)


def test_a_team_named_after_a_unions_short_form_belongs_to_that_union(extract_text):
    """区总工会“法律援助”服务队: the short form the article calls the union by opens the team's name."""
    facts = extract_text(
        "近日，长沙市芙蓉区总工会举办职工趣味运动会。区总工会“法律援助”服务队现场为职工提供法律咨询。",
        region="长沙市",
    )
    assert ("区总工会“法律援助”服务队", "芙蓉区总工会") in parents(facts)


def test_a_body_named_bare_before_its_full_name_is_that_body(extract_text):
    facts = extract_text("近日，市总工会联合技师学院举办技能大赛。长沙市技师学院院长李明出席闭幕式。", region="长沙市")
    assert "技师学院" not in names(facts, "Organization")
    assert "长沙市技师学院" in names(facts, "Organization")


def test_a_bare_name_two_full_names_end_in_stays_apart(extract_text):
    facts = extract_text(
        "近日，市总工会联合技师学院举办技能大赛。长沙市技师学院院长李明、望城区技师学院院长王强出席。",
        region="长沙市",
    )
    assert {"技师学院", "长沙市技师学院", "望城区技师学院"} <= names(facts, "Organization")


def test_a_subsidiary_named_after_its_parent_and_written_short_is_one_body(extract_text):
    facts = extract_text(
        "湖北交投公司汉江公司召开职工大会。交投公司汉江公司工会主席李明主持会议，"
        "汉江公司财务部经理王芳发言。湖北交投汉江公司全体职工参加。湖北交投公司汉江公司财务部获评先进集体。"
    )
    orgs = {ref.name: info for ref, info in facts.entities.items() if ref.cls == "Organization"}
    full = "湖北交投公司汉江公司"
    assert {"汉江公司", "交投公司汉江公司", "湖北交投汉江公司"} <= orgs[full].aliases
    assert not {"汉江公司", "交投公司汉江公司", "湖北交投汉江公司", "汉江公司财务部"} & set(orgs)
    assert "汉江公司财务部" in orgs[full + "财务部"].aliases


def test_a_company_named_by_an_abbreviation_of_its_name_is_one_body(extract_text):
    facts = extract_text("南方电网公司工会慰问一线职工。南网公司领导高度重视，南网湛江供电公司职工参加活动。")
    orgs = {ref.name: info for ref, info in facts.entities.items() if ref.cls == "Organization"}
    assert "南网公司" not in orgs
    assert "南网公司" in orgs["南方电网公司"].aliases
    assert "南网湛江供电公司" in orgs


def test_a_company_named_bare_before_its_name_with_a_province_glued_on_is_that_company(extract_text):
    """江苏 glued to the company's name (the tagger reads 江苏青岚集团 as one name, no area in
    it): still the province's name before the bare company named first."""
    facts = extract_text("记者走访了青岚集团等企业。在江苏青岚集团，工会主席李明远介绍了情况。")
    orgs = {ref.name: info for ref, info in facts.entities.items() if ref.cls == "Organization"}
    assert "青岚集团" not in orgs
    assert "青岚集团" in orgs["江苏青岚集团"].aliases


def test_a_holding_group_written_without_控股_is_that_group(extract_text):
    facts = extract_text("随后来到云杉控股集团总部，云杉集团工会主席王芳介绍了情况。")
    orgs = {ref.name: info for ref, info in facts.entities.items() if ref.cls == "Organization"}
    assert "云杉集团" not in orgs
    assert "云杉集团" in orgs["云杉控股集团"].aliases


def test_a_company_and_its_union_by_the_companys_own_name_are_the_named_ones(extract_text):
    """山东青岚路桥建设有限公司 … 青岚路桥公司 … 青岚路桥工会: the company by its own name,
    without its province, 建设 and its legal form; the union named after that short form is
    the union of the company the article names in full."""
    facts = extract_text(
        "山东青岚路桥建设有限公司召开职工代表大会。青岚路桥工会主席李明远讲话，表示公司工会将做好服务。"
        "青岚路桥公司发展迅速。"
    )
    full = "山东青岚路桥建设有限公司"
    assert "青岚路桥公司" not in names(facts, "Organization")
    assert "青岚路桥公司" in {a for r, i in facts.entities.items() if r.name == full for a in i.aliases}
    assert "青岚路桥工会" not in names(facts, "TradeUnion")
    assert ("李明远", full + "工会", "主席") in {(p, o, r) for p, o, r in posts(facts)}


def test_an_areas_union_named_with_two_forms_of_the_areas_name_is_one_body(extract_text):
    """州总工会 (the prefecture of the text: 延边朝鲜族自治州总工会) before 延边州总工会: one body."""
    facts = extract_text(
        "延吉市是延边朝鲜族自治州首府。州总工会将加大支持力度。9月10日，延边州总工会党组书记李海玉到延吉市调研。"
    )
    assert "延边州总工会" not in names(facts, "TradeUnion")
    assert ("李海玉", "延边朝鲜族自治州总工会", "党组书记") in posts(facts)


def test_a_company_written_without_the_first_word_of_its_own_name_is_the_named_one(extract_text):
    """浙江金禾瑞达化纤集团有限公司 … 瑞达化纤集团: the short form drops the area, the first
    word of the company's own name and its legal form."""
    facts = extract_text("浙江金禾瑞达化纤集团有限公司工会开展职工技能竞赛。瑞达化纤集团党委书记汪立新出席并讲话。")
    full = "浙江金禾瑞达化纤集团有限公司"
    assert "瑞达化纤集团" not in names(facts, "Organization")
    assert ("汪立新", full, "党委书记") in posts(facts)


def test_a_unit_named_after_its_companys_short_form_is_the_unit_named_in_full(extract_text):
    """青岚矿业第二炼油厂 (a headline) … 青岚矿业开发有限责任公司第二炼油厂: one unit, the short
    form of the company (开发 and the legal form dropped) before the unit's own name."""
    facts = extract_text(
        "青岚矿业第二炼油厂举办安全技能比武\n5月8日，青岚矿业开发有限责任公司第二炼油厂举办安全技能比武，60名职工参加。"
    )
    full = "青岚矿业开发有限责任公司第二炼油厂"
    assert full in names(facts, "Organization")
    assert "青岚矿业第二炼油厂" not in names(facts, "Organization")


def test_a_unit_after_a_known_body_and_a_word_of_belonging_is_named_after_it(extract_text):
    """工联会属下某某中心: the unit of the federation, named after it in full."""
    facts = extract_text("工联会属下职业培训中心今年开办了三十个课程。")
    unit = "香港工会联合会职业培训中心"
    assert unit in names(facts, "Organization")
    assert (unit, "香港工会联合会") in parents(facts)


def test_a_member_union_after_its_federation_and_属会_belongs_to_it(extract_text):
    facts = extract_text("博览会上，工联会属会香港物业管理业职工会理事长陈家明介绍了行业情况。")
    assert ("香港物业管理业职工会", "香港工会联合会") in parents(facts)


def test_a_member_union_after_属会_at_a_clauses_start_belongs_to_the_union_named_last(extract_text):
    """属会某某工会主席X发言: said with no body before it, 属会 names a member of the union the
    page speaks for (its own, named before)."""
    facts = extract_text(
        "九龙运输业职工总会今日举行会员大会。属会九龙旅游巴士司机工会主席陈家明亦发言。",
        region="香港特别行政区",
    )
    assert ("九龙旅游巴士司机工会", "九龙运输业职工总会") in parents(facts)


def test_every_body_of_a_list_after_a_word_of_belonging_is_a_member(extract_text):
    # (invented) 属下A、B合办: the word of belonging governs the whole list
    facts = extract_text(
        "香港工会联合会属下香港物业管理业职工会、香港电梯业职工会合办安全讲座。", region="香港特别行政区"
    )
    assert ("香港物业管理业职工会", "香港工会联合会") in parents(facts)
    assert ("香港电梯业职工会", "香港工会联合会") in parents(facts)


def test_a_unions_unit_named_without_the_unions_ending_is_that_unit(extract_text):
    # (invented) 某区职工心理驿站 … 某区总工会职工心理驿站: one unit of the district's union
    facts = extract_text(
        "南岗区职工心理健康服务驿站揭牌。12月1日，哈尔滨市南岗区总工会职工心理健康服务驿站揭牌启用，"
        "区总工会副主席韩立成出席。",
        region="哈尔滨市",
    )
    unit = "南岗区总工会职工心理健康服务驿站"
    assert names(facts, "Place") == set()
    assert (unit, "南岗区总工会") in parents(facts)
    assert "南岗区职工心理健康服务驿站" in next(i.aliases for r, i in facts.entities.items() if r.name == unit)


def test_a_place_said_to_lie_in_an_area_inside_the_one_its_name_opens_with(extract_text):
    # (invented) a venue named with a district's stem, 位于 a town of it: in the town only
    facts = extract_text("技能比武在位于巴宜区林芝镇的巴宜水电站集控中心举行。", region="林芝市")
    assert ("巴宜水电站集控中心", "林芝镇") in relations(facts, "locatedIn")
    assert not any(info.located_in for ref, info in facts.entities.items() if ref.name == "巴宜水电站集控中心")


def test_a_venue_after_假_an_area_and_的_lies_in_the_area(extract_text):
    # (invented) 假X堂区的Y中心举行: Macao writing for 在X堂区的Y中心举行
    facts = extract_text("讲座今日假花地玛堂区的工联北区职工康乐中心举行。", region="澳门特别行政区")
    assert any(s.endswith("职工康乐中心") and o == "花地玛堂区" for s, o in relations(facts, "locatedIn"))


def test_a_venue_opening_with_a_companys_full_name_names_the_company(extract_text):
    """来到某某铁路有限公司皇姑动车检修基地: the company whose full name opens a venue's is a
    body of the article too, though named nowhere else."""
    facts = extract_text("一早，慰问组来到辽河城际铁路有限公司东陵动车检修基地，看望一线职工。", region="沈阳市")
    assert "辽河城际铁路有限公司" in names(facts, "Organization")
    facts = extract_text("5月8日，技能比武在华泰重工集团有限公司职工实训基地举行，60名焊工参赛。", region="长沙市")
    assert "华泰重工集团有限公司" in names(facts, "Organization")


def test_a_branch_named_bare_belongs_to_the_bank_named_before_it(extract_text):
    """鹿城支行 after 青松农商银行工会: the bank's branch; not the bank of a later link."""
    facts = extract_text(
        "5月8日，青松农商银行工会举办技能比赛。鹿城支行郁晓岚、总行营业部孙倩获得一等奖。相关链接：中国人民银行",
        region="浙江省",
    )
    got = parents(facts)
    assert ("鹿城支行", "青松农商银行") in got
    assert ("总行营业部", "青松农商银行") in got


def test_a_companys_workshop_where_it_lies_places_the_company(extract_text):
    """在位于Y的X公司织造车间: the workshop lies in Y, and so does its company."""
    facts = extract_text(
        "决赛在位于开福区四方坪街道的湘睿精密机械有限公司装配车间举行，湘睿精密机械有限公司工会承办。",
        region="长沙市",
    )
    assert ("湘睿精密机械有限公司", "四方坪街道") in relations(facts, "locatedIn")


def test_a_body_gone_into_after_going_to_an_area_lies_there(extract_text):
    """到Y，走进X: the visit goes on into a body in the area gone to."""
    facts = extract_text(
        "7月9日，区总工会副主席王芳带领工作人员到四方坪街道，走进湘睿精密机械有限公司，为职工送去防暑物资。",
        region="长沙市开福区",
    )
    assert ("湘睿精密机械有限公司", "四方坪街道") in relations(facts, "locatedIn")


def test_a_company_opening_a_sites_name_after_an_area_lies_in_the_area(extract_text):
    """在望城区|长沙湘睿精密机械有限公司|实训基地: the company the site names, in the area before it."""
    facts = extract_text("11月2日，技能竞赛在望城区长沙湘睿精密机械有限公司实训基地举行。", region="长沙市")
    assert "长沙湘睿精密机械有限公司" in names(facts, "Organization")
    assert ("长沙湘睿精密机械有限公司", "望城区") in relations(facts, "locatedIn")


def test_a_company_named_after_its_district_written_in_full_lies_there(extract_text):
    """望城区湘睿精密机械有限公司: the district opening a company's registered name places it;
    a city's short form in a trade name (长沙恒远物流有限公司) does not."""
    facts = extract_text("望城区湘睿精密机械有限公司的刘洋、长沙恒远物流有限公司的李静分获前两名。", region="长沙市")
    placed = relations(facts, "locatedIn")
    assert ("望城区湘睿精密机械有限公司", "望城区") in placed
    assert not [p for p in placed if p[0] == "长沙恒远物流有限公司"]


def test_a_units_branch_union_belongs_to_the_workplaces_union_named_before(extract_text):
    """机械学院分工会 after 某某大学工会: the university's union's branch."""
    facts = extract_text("南京青松理工大学工会召开会议。机械学院分工会主席王明介绍了经验。", region="南京市")
    assert ("机械学院分工会", "南京青松理工大学工会") in parents(facts)


@pytest.mark.parametrize(
    ("text", "full", "bare"),
    [
        (
            "来自华阳矿业有限公司新庄煤矿综采队的王建国获第一名。新庄煤矿工会主席孙立平表示祝贺。",
            "华阳矿业有限公司新庄煤矿",
            "新庄煤矿",
        ),
        (
            "岭南医疗集团有限公司中心医院承办了比赛。中心医院工会主席林晓红致辞。",
            "岭南医疗集团有限公司中心医院",
            "中心医院",
        ),
        (
            "在黔北电力有限公司乌江发电厂召开座谈会，乌江发电厂工会主席罗成刚介绍经验。",
            "黔北电力有限公司乌江发电厂",
            "乌江发电厂",
        ),
    ],
)
def test_a_unions_host_written_as_the_tail_of_a_body_named_before_is_that_body(extract_text, text, full, bare):
    facts = extract_text(text)
    orgs = names(facts, "Organization")
    assert full in orgs
    assert bare not in orgs


def test_a_unions_host_named_nowhere_before_is_a_body_of_its_own(extract_text):
    facts = extract_text("城南第三中学工会主席何立新说，活动很成功。")
    assert "城南第三中学" in names(facts, "Organization")
