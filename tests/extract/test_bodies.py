"""Family bodies (kg.extract.bodies): unions, organisations and venues by their full names."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, posts


def located(facts) -> dict[str, str]:
    """body -> the area its name puts it in."""
    return {ref.name: info.located_in.name for ref, info in facts.entities.items() if info.located_in}


def aliases(facts, name: str) -> set[str]:
    return next(info.aliases for ref, info in facts.entities.items() if ref.name == name)


def test_a_union_named_after_its_area_is_located_there(extract_text):
    facts = extract_text("近日，芙蓉区总工会举办职工趣味运动会。", region="长沙市")
    assert located(facts)["芙蓉区总工会"] == "芙蓉区"


def test_the_area_in_a_host_bodys_name_does_not_place_its_union(extract_text):
    """芙蓉区人民医院工会, 长沙某某有限公司工会: the area belongs to the host's own name, and
    the text does not say where the union is (an organisation is not placed by its name)."""
    facts = extract_text("近日，芙蓉区人民医院工会、长沙禾润智能装备有限公司工会举办职工趣味运动会。", region="长沙市")
    assert "芙蓉区人民医院工会" not in located(facts)
    assert "长沙禾润智能装备有限公司工会" not in located(facts)
    assert "芙蓉区人民医院" in names(facts, "Organization")


def test_a_union_names_the_body_it_belongs_to(extract_text):
    facts = extract_text("近日，芙蓉区人民医院工会举办职工趣味运动会。", region="长沙市")
    assert "芙蓉区人民医院" in names(facts, "Organization")


def test_a_committee_belongs_to_the_union_named_before_it(extract_text):
    facts = extract_text("近日，雨花区总工会经费审查委员会召开会议。经费审查委员会主任刘敏主持会议。", region="长沙市")
    assert ("雨花区总工会经费审查委员会", "雨花区总工会") in parents(facts)
    # its head holds an office of the union (posts/union_committees.txt)
    assert ("刘敏", "雨花区总工会", "经费审查委员会主任") in posts(facts)


def test_a_committee_written_after_the_bare_word_union_is_the_unions(extract_text):
    """工会女职工委员会: the committee of the union named before, not a body of its own; 工会委员会
    is the union's own elected committee, the union itself."""
    facts = extract_text(
        "近日，星沙医院工会召开会员代表大会，选举产生了新一届工会委员会，协商产生了工会女职工委员会。",
        region="长沙市",
    )
    assert ("星沙医院工会女职工委员会", "星沙医院工会") in parents(facts)
    assert not any(n.startswith("工会") or n.endswith("工会委员会") for n in names(facts, "Organization"))


def test_a_schools_women_staff_committee_belongs_to_its_union(extract_text):
    """女教职工委员会: a school union's committee of its women teachers and staff (the
    女职工委员会 of a school), named bare after the union's congress, is the union's."""
    facts = extract_text(
        "近日，岳麓科技学院工会召开会员代表大会，选举产生了女教职工委员会，张丽当选为女教职工委员会主任。",
        region="长沙市",
    )
    assert ("岳麓科技学院工会女教职工委员会", "岳麓科技学院工会") in parents(facts)


def test_a_committee_named_bare_after_a_federations_congress_is_the_federations(extract_text):
    """A 工会联合会 holds its congress, a guest's union is named after it: the committee
    elected is the federation's (its name goes on after 工会)."""
    facts = extract_text(
        "近日，桃源社区工会联合会第一次会员代表大会召开，雨花区总工会副主席刘强出席。"
        "会上选举产生经费审查委员会，王芳当选为经费审查委员会主任。",
        region="长沙市",
    )
    assert ("桃源社区工会联合会经费审查委员会", "桃源社区工会联合会") in parents(facts)


def test_the_tail_of_a_name_given_before_is_that_body(extract_text):
    facts = extract_text("近日，岳麓区洋湖湿地公园举办职工健步走。洋湖湿地公园还举办了读书会。", region="长沙市")
    assert names(facts, "Place") == {"岳麓区洋湖湿地公园"}


def test_a_head_word_is_the_body_of_that_type_named_last(extract_text):
    facts = extract_text("近日，华泰建工集团有限公司举办安全培训。集团工会主席陈立出席。", region="长沙市")
    assert ("陈立", "华泰建工集团有限公司工会", "主席") in posts(facts)


def test_a_level_union_is_the_one_named_in_full_before(extract_text):
    facts = extract_text("近日，望月湖街道总工会召开会议。街道总工会主席王芳讲话。", region="长沙市")
    assert ("王芳", "望月湖街道总工会", "主席") in posts(facts)


def test_a_level_union_is_the_union_of_the_region_of_that_level(extract_text):
    facts = extract_text("近日，区总工会召开全委会，区总工会主席王芳讲话。", region="长沙市岳麓区")
    assert ("王芳", "岳麓区总工会", "主席") in posts(facts)


def test_our_citys_union_is_the_pages_city_never_the_last_city_named(extract_text):
    """我市总工会 is the union of the publisher's city: the region of the page, not the city
    the text last named (where a contest was held); with no region it stays unnamed."""
    text = "全省职工技能大赛在太原市举行。我市总工会选派5名选手参赛。"
    assert "太原市总工会" not in names(extract_text(text), "TradeUnion")
    facts = extract_text(text, region="大同市")
    assert "大同市总工会" in names(facts, "TradeUnion")
    assert "太原市总工会" not in names(facts, "TradeUnion")


def test_a_level_union_after_a_word_for_several_is_no_one_areas(extract_text):
    """相关市总工会, 各区总工会: the unions of several cities or districts, not the last named's."""
    facts = extract_text("交流团先后前往苏州、无锡考察，得到相关市总工会的接待。")
    assert "无锡市总工会" not in names(facts, "TradeUnion")
    facts = extract_text("会议在长沙市岳麓区召开，各区总工会派员参加。")
    assert "岳麓区总工会" not in names(facts, "TradeUnion")


def test_a_rank_bound_before_a_level_word_makes_a_class_of_unions(extract_text):
    """县级以上工会, 各地级以上市总工会: every union of a rank, not the city last named."""
    facts = extract_text("全省工会经验交流会在昆明召开。各地级以上市总工会负责同志参加会议。")
    assert "昆明市总工会" not in names(facts, "TradeUnion")
    facts = extract_text("全省工会经验交流会在昆明召开。昆明市总工会负责同志介绍经验，市总工会还将扩大试点。")
    assert "昆明市总工会" in names(facts, "TradeUnion")


def test_a_departments_union_is_the_one_of_the_area_in_context(extract_text):
    """区卫生健康局工会, 区委办工会: the union of that department or office of the district
    the article is about, its short form an alias."""
    facts = extract_text("近日，区委办工会、区卫生健康局工会联合举办职工运动会。", region="长沙市望城区")
    assert {"望城区委办工会", "望城区卫生健康局工会"} <= names(facts, "TradeUnion")
    assert "区卫生健康局工会" in aliases(facts, "望城区卫生健康局工会")


def test_a_departments_union_of_no_certain_area_is_named_as_written(extract_text):
    """县卫生局工会 where no county is known: the union as written (no bare 县卫生局 body),
    and so is 县总工会, the county's union on a page that never names its county."""
    facts = extract_text("近日，县卫生局工会、县委办工会举办职工运动会，县总工会派员指导。")
    assert {"县卫生局工会", "县委办工会", "县总工会"} <= names(facts, "TradeUnion")
    assert "县卫生局" not in names(facts, "Organization")


def test_a_level_union_of_an_area_the_page_never_names_is_one_body_as_written(extract_text):
    """A city's paper calls its city 市 only: 市总工会 is that city's union, named as printed,
    with the posts held in it; 市政协 likewise."""
    facts = extract_text("2月3日，市政协副主席、市总工会主席李明远一行走访慰问困难职工。")
    assert "市总工会" in names(facts, "TradeUnion")
    assert "市政协" in names(facts, "Organization")
    assert ("李明远", "市总工会", "主席") in posts(facts)
    assert ("李明远", "市政协", "副主席") in posts(facts)


def test_a_level_union_is_the_named_areas_where_the_text_names_one_of_its_level(extract_text):
    """县总工会 after the text named 湘潭县: that county's union, not a body as written."""
    facts = extract_text("湘潭县举办职工技能比赛，县总工会派员指导。")
    assert "湘潭县总工会" in names(facts, "TradeUnion")
    assert "县总工会" not in names(facts, "TradeUnion")


def test_a_police_brigade_after_a_level_word_is_the_areas(extract_text):
    """县交警大队: a brigade (大队) of the county in context, its short form an alias."""
    facts = extract_text("近日，县总工会一行到县交警大队开展走访慰问。", region="郴州市安仁县")
    brigade = next(n for n in names(facts, "Organization") if n.endswith("交警大队"))
    assert "安仁县交警大队" in brigade and "县交警大队" in aliases(facts, brigade)


def test_a_hospitals_medical_community_is_an_organisation(extract_text):
    """…医院医共体: the community of clinics a hospital leads, a body of its own."""
    facts = extract_text("近日，望城区人民医院医共体举办义诊活动。", region="长沙市")
    assert "望城区人民医院医共体" in names(facts, "Organization")


def test_a_venue_that_organises_is_the_body_running_it(extract_text):
    """区职工文化宫承办: the body that runs the venue (an organisation), named after the
    district in context; visited, the same kind of venue stays a place."""
    facts = extract_text("近日，由区总工会主办，区职工文化宫承办的职工书法比赛举行。", region="长沙市岳麓区")
    assert "岳麓区职工文化宫" in names(facts, "Organization")
    assert "区职工文化宫" in aliases(facts, "岳麓区职工文化宫")
    facts = extract_text("近日，交流团参观了岳麓区职工文化宫。", region="长沙市")
    assert "岳麓区职工文化宫" in names(facts, "Place")


def test_a_venue_after_a_bare_level_word_is_the_areas(extract_text):
    """区工人文化宫 is the district's, as 区总工会 is; 市民广场 opens with no level word."""
    facts = extract_text("昨天，雨花区总工会在区工人文化宫召开座谈会，会后到市民广场开展宣传。", region="长沙市")
    assert {"雨花区工人文化宫", "市民广场"} <= names(facts, "Place")


def test_a_city_union_is_never_a_provinces(extract_text):
    """(a city of the province the page never names: its union as written, no province's)"""
    assert names(extract_text("近日，市总工会召开会议。", region="湖南省"), "TradeUnion") <= {"市总工会"}


def test_a_province_union_is_never_a_municipalitys(extract_text):
    """北京市 is of a province's level, but 省总工会 is the union of a 省: the last province
    named before that is one."""
    facts = extract_text("湖北省职工代表团赴北京市参加表彰大会。省总工会主席王芳带队。")
    assert ("王芳", "湖北省总工会", "主席") in posts(facts)
    assert "北京市总工会" not in names(facts, "TradeUnion")


def test_a_level_body_is_named_in_full_after_the_area_of_the_page(extract_text):
    facts = extract_text("区人大常委会副主任李强出席会议。", region="长沙市岳麓区")
    assert ("李强", "长沙市岳麓区人民代表大会常务委员会", "副主任") in posts(facts)
    assert {"区人大常委会", "岳麓区人大常委会", "长沙市岳麓区人大常委会"} <= aliases(
        facts, "长沙市岳麓区人民代表大会常务委员会"
    )


def test_a_name_opening_with_a_defined_short_form_is_written_out(extract_text):
    facts = extract_text("长沙市总工会（以下简称“市总”）近日举办活动。市总职工服务中心主任赵云出席。", region="长沙市")
    # (written out, the union's name stands inside it: the union's own unit, no venue)
    assert "长沙市总工会职工服务中心" in names(facts, "Organization")


def test_a_venue_after_its_areas_is_also_named_without_them(extract_text):
    facts = extract_text("近日，岳麓区洋湖湿地公园迎来职工健步走活动。", region="长沙市")
    assert aliases(facts, "岳麓区洋湖湿地公园") == {"洋湖湿地公园"}
    assert located(facts)["岳麓区洋湖湿地公园"] == "岳麓区"


def test_a_name_opening_with_the_stem_of_an_area_is_in_that_area(extract_text):
    facts = extract_text("近日，洋湖街道总工会在洋湖职工之家开展活动。", region="长沙市")
    assert located(facts)["洋湖职工之家"] == "洋湖街道"


def test_an_area_before_one_it_does_not_contain_says_where_the_body_is(extract_text):
    facts = extract_text("近日，开福区长沙市职工文化宫举办书法展。", region="长沙市")
    assert names(facts, "Place") == {"长沙市职工文化宫"}
    assert located(facts)["长沙市职工文化宫"] == "开福区"


def test_an_organisation_after_an_area_it_does_not_open_with_lies_there(extract_text):
    """从开福区湖南省某中心驶出: the text places the centre, though its name would not."""
    facts = extract_text("一辆大巴车从长沙市开福区湖南省职工疗休养服务中心驶出。", region="湖南省")
    assert "湖南省职工疗休养服务中心" in names(facts, "Organization")
    assert located(facts)["湖南省职工疗休养服务中心"] == "开福区"
    # an organisation's own area, opening its name, places it nowhere
    facts = extract_text("湖南省职工疗休养服务中心组织劳模体检。", region="湖南省")
    assert "湖南省职工疗休养服务中心" not in located(facts)


def test_a_smart_body_is_a_programme_not_the_body_a_head_word_names(extract_text):
    """智慧医院 among the aspects of a report: a kind of hospital to build, no body; the bare
    医院 after it is still the hospital named in full."""
    facts = extract_text(
        "长沙市宏康医院召开职代会。院长从医疗质量、智慧医院两个方面回顾了工作。医院工会主席李红讲话。",
        region="长沙市",
    )
    assert "智慧医院" not in names(facts, "Organization")
    assert "长沙市宏康医院工会" in names(facts, "TradeUnion")


def test_qualifiers_before_the_innermost_area_go(extract_text):
    facts = extract_text("近日，天心区坡子街街道总工会举办读书会。", region="长沙市")
    assert "坡子街街道总工会" in names(facts, "TradeUnion")


def test_an_ambiguous_district_is_qualified_by_its_city(extract_text):
    facts = extract_text("南京市总工会近日组织职工体检。鼓楼区总工会也参加了活动。")
    assert "南京市鼓楼区总工会" in names(facts, "TradeUnion")


def test_a_name_opening_with_punctuation_is_no_body(extract_text):
    facts = extract_text("近日，“和美”职工之家在雨花区揭牌。", region="长沙市")
    assert names(facts, "Place") == set()


def test_the_national_union_by_its_short_form(extract_text):
    facts = extract_text("近日，全总副主席李明到湖南调研。", region="湖南省")
    assert ("李明", "中华全国总工会", "副主席") in posts(facts)


def test_an_area_before_a_narrower_one_it_does_not_contain_says_nothing(extract_text):
    facts = extract_text("近日，湖南省南宁市职工文化宫举办书法展。", region="长沙市")
    assert located(facts)["南宁市职工文化宫"] == "南宁市"


def test_the_capital_opening_a_name_is_written_out(extract_text):
    facts = extract_text("近日，首都职工之家举办书法展。", region="北京市")
    assert names(facts, "Place") == {"北京市职工之家"}


def test_a_group_company_is_the_group_named_with_its_legal_form(extract_text):
    text = (
        "近日，华泰建工集团有限公司召开职代会。集团公司党委副书记、总经理陈立作报告，"
        "集团公司纪委书记、监察专员周敏主持。"
    )
    facts = extract_text(text, region="长沙市")
    assert ("陈立", "华泰建工集团有限公司", "总经理") in posts(facts)
    assert ("周敏", "华泰建工集团有限公司", "监察专员") in posts(facts)


def test_a_head_word_is_first_the_body_whose_name_ends_with_it(extract_text):
    facts = extract_text("近日，华泰建工集团与华泰集团物流中心举办安全培训。集团工会主席陈立出席。", region="长沙市")
    assert ("陈立", "华泰建工集团工会", "主席") in posts(facts)


def test_a_level_union_is_the_one_named_in_full_before_over_the_area_named_last(extract_text):
    facts = extract_text("望月湖街道总工会组织职工到银盆岭街道开展志愿服务。街道总工会主席王芳讲话。", region="长沙市")
    assert ("王芳", "望月湖街道总工会", "主席") in posts(facts)


def test_a_city_union_is_not_the_province_union_named_before(extract_text):
    """市总工会 after 湖南省: a city's union — the page's city, as it lies in 湖南省."""
    facts = extract_text("湖南省总工会副主席李明到会指导。市总工会主席王芳讲话。", region="长沙市")
    assert {(p, b) for p, b, _ in posts(facts) if p == "王芳"} == {("王芳", "长沙市总工会")}


def test_a_city_union_is_not_the_pages_city_outside_the_province_named_before(extract_text):
    facts = extract_text("湖南省总工会副主席李明到会指导。市总工会主席王芳讲话。", region="广州市")
    assert not any(person == "王芳" for person, _, _ in posts(facts)), posts(facts)


def test_a_level_body_is_also_named_by_its_area_and_short_name(extract_text):
    facts = extract_text("区政协副主席李强出席会议。", region="长沙市岳麓区")
    full = "中国人民政治协商会议长沙市岳麓区委员会"
    assert ("李强", full, "副主席") in posts(facts)
    assert {"区政协", "岳麓区政协", "长沙市岳麓区政协", "政协岳麓区委员会", "政协长沙市岳麓区委员会"} <= aliases(
        facts, full
    )


def test_areas_listed_before_one_union_ending_are_a_union_each(extract_text):
    # (invented) 等 closes the list; each union is in its own area
    facts = extract_text("河西区、南开区、红桥区等总工会负责人交流经验。", region="天津市")
    unions = names(facts, "TradeUnion")
    assert {"河西区总工会", "南开区总工会", "红桥区总工会"} <= {n.removeprefix("天津市") for n in unions}
    assert {located(facts)[n] for n in unions} == {"河西区", "南开区", "红桥区"}


def test_areas_written_short_before_a_counted_level_and_a_union(extract_text):
    facts = extract_text("江岸、江汉两区总工会联合举办职工技能比武。", region="武汉市")
    assert {"江岸区总工会", "江汉区总工会"} <= {n.removeprefix("武汉市") for n in names(facts, "TradeUnion")}


def test_two_areas_joined_by_和_before_a_union(extract_text):
    facts = extract_text("新郑市和荥阳市总工会签订劳动竞赛协作协议。", region="郑州市")
    assert {"新郑市总工会", "荥阳市总工会"} <= names(facts, "TradeUnion")


def test_a_name_printed_in_traditional_characters_on_a_simplified_page_is_one_body(extract_text):
    # (invented) one company, its name printed once in each script
    text = "青岚建工集团控股有限公司举办技能比武。青岚建工集團控股有限公司职工踊跃参赛。"
    facts = extract_text(text, region="合肥市")
    assert names(facts, "Organization") == {"青岚建工集团控股有限公司"}
    assert aliases(facts, "青岚建工集团控股有限公司") == {"青岚建工集團控股有限公司"}


def test_a_unit_named_after_a_body_the_article_names_belongs_to_it(extract_text):
    # (invented) a project department of a company, a service centre of a union
    facts = extract_text(
        "青岚建工集团有限公司承建该工程，青岚建工集团有限公司东湖安置房项目部组织职工培训。"
        "香江工会联合会南山咨询服务中心为职工提供法律援助，香江工会联合会负责人出席。",
        region="深圳市",
    )
    assert ("青岚建工集团有限公司东湖安置房项目部", "青岚建工集团有限公司") in parents(facts)
    assert ("香江工会联合会南山咨询服务中心", "香江工会联合会") in parents(facts)


def test_a_unit_named_after_a_groups_name_belongs_to_the_holding_company(extract_text):
    text = "青岚建工集团控股有限公司主办比赛，青岚建工集团城东项目部项目经理王强代表参赛职工宣誓。"
    facts = extract_text(text, region="合肥市")
    assert ("青岚建工集团城东项目部", "青岚建工集团控股有限公司") in parents(facts)


def test_a_department_of_a_company_belongs_to_the_company_its_name_opens_with(extract_text):
    # (invented) the company is named only inside the department's name
    facts = extract_text("滇中水务堰塞湖公司工程技术部负责人介绍情况。", region="昆明市")
    assert ("滇中水务堰塞湖公司工程技术部", "滇中水务堰塞湖公司") in parents(facts)
    assert "滇中水务堰塞湖公司" in names(facts, "Organization")


def test_a_short_form_the_text_defines_is_the_body_named_before(extract_text):
    # (invented) the definition without quotes, the short form used later
    facts = extract_text(
        "中关村科技园区丰台园管理委员会（简称丰台园管委会）主办招聘会。丰台园管委会负责人致辞。", region="北京市"
    )
    assert "丰台园管委会" not in names(facts, "Organization")
    assert "丰台园管委会" in aliases(facts, "中关村科技园区丰台园管理委员会")


def test_a_company_between_a_named_body_and_a_unit_is_a_body_of_its_own(extract_text):
    # (invented) a group, its subsidiary, the subsidiary's department
    facts = extract_text("滇南水投公司召开大会。滇南水投公司红河湖公司工程技术部荣获工人先锋号称号。", region="昆明市")
    assert ("滇南水投公司红河湖公司工程技术部", "滇南水投公司红河湖公司") in parents(facts)
    assert ("滇南水投公司红河湖公司", "滇南水投公司") in parents(facts)


def test_a_bracketed_group_word_inside_a_company_name_makes_no_second_company(extract_text):
    facts = extract_text("黔北酒厂(集团)公司总经理助理彭云出席。", region="遵义市")
    assert names(facts, "Organization") == {"黔北酒厂(集团)公司"}


def test_a_project_site_is_the_project(extract_text):
    """在X项目现场举行: the venue is the project X项目; 现场 only says on its ground."""
    facts = extract_text("近日，市总工会劳动竞赛启动仪式在望城区滨江新城安置房建设项目现场举行。", region="长沙市")
    assert "望城区滨江新城安置房建设项目" in names(facts, "Place")


def test_a_works_site_is_named_back_to_the_clause_start(extract_text):
    """A works site's name describes the works (南延线: a direction and a verb inside)."""
    facts = extract_text("节前，市总工会先后走访了星沙医院、地铁3号线南延线施工工地，看望一线职工。", region="长沙市")
    assert "地铁3号线南延线施工工地" in names(facts, "Place")
    facts = extract_text("节前，市总工会负责人来到中建五局承建的滨江新城安置房项目工地慰问职工。", region="长沙市")
    assert "滨江新城安置房项目工地" in names(facts, "Place")


def test_a_works_site_without_a_name_is_no_place(extract_text):
    facts = extract_text("节前，市总工会负责人来到一线施工工地，慰问职工。", region="长沙市")
    assert names(facts, "Place") == set()


def test_a_companys_departments_and_teams_are_named_after_it(extract_text):
    """A department or team right after its company's name, whatever words it is made of."""
    facts = extract_text(
        "近日，宏达机械有限公司采购运输部、远航纺织有限公司织造车间编织班组等12个集体获评工人先锋号。",
        region="长沙市",
    )
    orgs = names(facts, "Organization")
    assert {"宏达机械有限公司采购运输部", "远航纺织有限公司织造车间编织班组"} <= orgs


def test_a_companys_department_belongs_to_it(extract_text):
    """The company stays a body of its own, the department's parent."""
    facts = extract_text("近日，宏达机械有限公司采购运输部获评工人先锋号。", region="长沙市")
    assert ("宏达机械有限公司采购运输部", "宏达机械有限公司") in parents(facts)


def test_cadres_and_parts_after_a_company_are_no_department(extract_text):
    facts = extract_text(
        "宏达机械有限公司全体干部职工参加。宏达机械有限公司内部开展竞赛，宏达机械有限公司组织部分职工参加。",
        region="长沙市",
    )
    assert names(facts, "Organization") == {"宏达机械有限公司"}


def test_a_sitting_of_a_unions_assembly_is_no_body(extract_text):
    """首届职工代表大会, 区域性职工代表大会: a meeting of the assembly, not the union's body."""
    facts = extract_text("近日，宏达机械有限公司工会成立暨首届职工代表大会在厂区礼堂举行。", region="长沙市")
    assert not any("代表大会" in n for n in names(facts, "Organization"))
    facts = extract_text("近日，望月湖街道工会第二次代表大会暨区域性职工代表大会闭幕。", region="长沙市")
    assert not any("代表大会" in n for n in names(facts, "Organization"))


def test_a_numbered_branch_is_named_after_its_company(extract_text):
    """一分公司, which the tagger reads as a number: the company's branch."""
    facts = extract_text("近日，市总工会一行来到星城公交股份有限公司一分公司东环公交场站慰问职工。", region="长沙市")
    assert ("星城公交股份有限公司一分公司", "星城公交股份有限公司") in parents(facts)


def test_a_team_after_a_companys_department_belongs_to_the_company(extract_text):
    """…公司锻造部曲轴加工班: a team (班) named after the department it works in; the name
    stops before the verb of the honour it received (获评)."""
    facts = extract_text("近日，恒远重工股份有限公司锻造部曲轴加工班获评先进班组。", region="长沙市")
    assert ("恒远重工股份有限公司锻造部曲轴加工班", "恒远重工股份有限公司") in parents(facts)
    assert not any(n.endswith("先进班组") for n in names(facts, "Organization"))


def test_a_works_of_a_company_is_named_without_the_office_after_it(extract_text):
    """…有限公司轧钢总厂 (a works): the company's; a turn of duty (值班) is no team."""
    facts = extract_text("近日，鑫达钢铁有限公司轧钢总厂生产管理室值班主任李明获评岗位能手。", region="长沙市")
    assert ("鑫达钢铁有限公司轧钢总厂", "鑫达钢铁有限公司") in parents(facts)
    assert not any(n.endswith("值班") for n in names(facts, "Organization"))


def test_an_area_led_tail_of_a_name_given_before_is_that_body(extract_text):
    """湖南分公司 after …三公司湖南分公司: the branch named again, not a body of its own."""
    facts = extract_text(
        "近日，中建五局三公司湖南分公司开展劳动竞赛。希望湖南分公司各项目持续开展竞赛。", region="长沙市"
    )
    assert "湖南分公司" not in names(facts, "Organization")
    assert "中建五局三公司湖南分公司" in names(facts, "Organization")


def test_a_works_sites_name_holds_verbs_up_to_a_visit(extract_text):
    """安置, 改造 inside the name; 慰问 before it, the sentence's verb, ends the walk."""
    facts = extract_text("节前，市总工会一行来到中建五局承建的滨江新城平地安置棚户区改造项目工地。", region="长沙市")
    assert "滨江新城平地安置棚户区改造项目工地" in names(facts, "Place")
    facts = extract_text("节前，市总工会慰问地铁3号线南延线施工工地职工。", region="长沙市")
    assert "地铁3号线南延线施工工地" in names(facts, "Place")


def test_an_areas_federation_of_unions_written_short_is_that_union(extract_text):
    facts = extract_text("在佛山市总的支持下，南海区总工会举办职工技能比赛。")
    assert {"佛山市总工会", "南海区总工会"} <= names(facts, "TradeUnion")


def test_a_level_body_after_a_joining_verb_is_the_areas(extract_text):
    """市人社局联合市总工会: 联合 joins two bodies of the city the text named, not 相关市总工会."""
    facts = extract_text("青岚市举办招聘活动。市人社局联合市总工会举办专场招聘会。", region="海东市")
    assert "海东市总工会" in names(facts, "TradeUnion")


def test_a_departments_usual_short_form_is_the_department_in_full(extract_text):
    """市住建局 is the city's 住房和城乡建设局: one body under both names, not two."""
    text = "海东市住房和城乡建设局联合市总工会开展慰问。市住建局局长王建国讲话。"
    facts = extract_text(text, region="海东市")
    bodies = names(facts, "Organization")
    assert "海东市住房和城乡建设局" in bodies
    assert not any(b.endswith("住建局") for b in bodies)
    facts = extract_text("省人社厅副厅长李红出席。", region="青海省")
    assert "青海省人力资源和社会保障厅" in names(facts, "Organization")
    # (no city in context: the department as printed, like any 市…局)
    facts = extract_text("市住建局局长王建国讲话。会上宣读了株洲工会的方案。")
    assert "市住建局" in names(facts, "Organization")
    # 城管局: the 城市管理局, named in full in a signature block after its short form
    facts = extract_text("市城管局、市总工会联合慰问环卫工人。\n\n淮安市城市管理局\n", region="淮安市")
    bodies = names(facts, "Organization")
    assert "淮安市城市管理局" in bodies, bodies
    assert not any(b.endswith("城管局") for b in bodies), bodies


def test_a_peoples_organisations_short_form_names_it_in_full(extract_text):
    """省作协, 市社科联, 县关工委: the area's writers' association and the like, as 省文联 is."""
    facts = extract_text("省文联、省作协、市社科联负责人参加座谈。", region="杭州市")
    bodies = names(facts, "Organization")
    assert {"浙江省作家协会", "杭州市社会科学界联合会"} <= bodies


def test_a_street_union_and_the_streets_federation_of_unions_are_one_body(extract_text):
    text = "近日，浏阳市集里街道召开街道工会第三次代表大会，选举产生了街道总工会第三届委员会。"
    facts = extract_text(text, region="长沙市")
    unions = {n for n in names(facts, "TradeUnion") if "集里街道" in n}
    assert len(unions) == 1 and next(iter(unions)).endswith("集里街道总工会")


def test_a_unit_after_a_level_unions_short_form_is_that_unions(extract_text):
    """旗总工会职工法律服务站: the unit of the banner's union in context, an organisation (no
    venue) belonging to it; 乡工会女职工委员会: the committee of the township's union."""
    facts = extract_text("乌审旗总工会启动送温暖活动。旗总工会职工法律服务站帮助农民工追回工资。", region="乌审旗")
    assert ("乌审旗总工会职工法律服务站", "乌审旗总工会") in parents(facts)
    assert "乌审旗总工会职工法律服务站" in names(facts, "Organization")
    facts = extract_text("近日，西山乡工会召开会员代表大会。会议补选罗阿妹为乡工会女职工委员会主任。")
    assert ("西山乡工会女职工委员会", "西山乡工会") in parents(facts)


def test_a_venue_named_after_a_union_and_words_after_it_is_the_unions_unit(extract_text):
    # (invented) a union's 服务驿站, its name opening with the union's: an organisation
    facts = extract_text("近日，芙蓉区总工会职工心理服务驿站揭牌。", region="长沙市")
    assert "芙蓉区总工会职工心理服务驿站" in names(facts, "Organization")
    assert names(facts, "Place") == set()


def test_a_venue_named_after_a_company_is_not_placed_by_the_companys_area(extract_text):
    # (invented) the area opens the company's name, not the venue's place
    facts = extract_text("比武在湘潭宏远重工机械有限公司实训基地举行。", region="湘潭市")
    assert "湘潭宏远重工机械有限公司实训基地" not in located(facts)


def test_a_committee_after_a_conjunction_and_a_former_mark_is_the_bare_committee(extract_text):
    # (invented) 因原女职工委员会主任…: 因 (because) and 原 (former) are no part of its name
    facts = extract_text("近日，西山乡工会召开会员代表大会。因原女职工委员会主任王芳调县城工作，会议补选了主任。")
    assert not [n for n in names(facts, "Organization") if n.startswith("因")]


def test_units_named_bare_on_a_page_about_a_company_called_by_its_type_word_are_its(extract_text):
    """One company named in full, then by its type word alone (集团公司, 公司): the page speaks
    from inside it, and its units named bare — a railway group's depots (站段: 许昌机务段),
    a branch (城东分公司) — are the company's."""
    company = "中原铁路南阳局集团有限公司"
    facts = extract_text(
        f"近日，{company}召开劳动竞赛表彰会。集团公司副总经理王强出席会议，"
        "许昌机务段、信阳工务段和驻马店客运段的职工代表参加。",
        region="郑州市",
    )
    assert {("许昌机务段", company), ("信阳工务段", company), ("驻马店客运段", company)} <= parents(facts)
    company = "华泰建工集团有限公司"
    facts = extract_text(
        f"近日，{company}举办安全培训。公司总经理陈立出席，城东分公司经理周明介绍了经验。", region="长沙市"
    )
    assert ("城东分公司", company) in parents(facts)


def test_units_named_bare_beside_a_company_the_page_never_calls_by_its_type_word_are_their_own(extract_text):
    facts = extract_text("近日，华泰建工集团有限公司举办安全培训，城东分公司经理周明介绍了经验。", region="长沙市")
    assert not any(p == "华泰建工集团有限公司" for _, p in parents(facts))


def test_a_corps_regiments_union_is_one_body_located_there(extract_text):
    """一二九团工会: a regiment of the corps, named without 兵团 on the corps' own pages, has
    a union of its own (as a town's does), and 团工会 later is that union again."""
    text = "近日，一二九团工会举办职工运动会，一三六团工会的代表也来参加。团工会主席李木森致辞。"
    facts = extract_text(text, region="石河子市")
    found = located(facts)
    assert found["一二九团工会"] == "兵团一二九团"
    assert found["一三六团工会"] == "兵团一三六团"
    assert "团工会" not in names(facts, "TradeUnion")


def test_a_numbered_company_of_a_regiment_has_a_union_in_the_regiment(extract_text):
    """一二九团七连工会: the tagger reads 七连 as a number; the union of the regiment's
    seventh company, named after the regiment and located there."""
    text = "近日，一二九团七连工会、一三六团二营工会组织职工开展趣味运动会。"
    found = located(extract_text(text, region="石河子市"))
    assert found["一二九团七连工会"] == "兵团一二九团"
    assert found["一三六团二营工会"] == "兵团一三六团"


def test_a_power_companys_supply_stations_named_bare_on_its_page_are_its(extract_text):
    """供电所: a power company's station, named by the town or street it serves (城关供电所),
    is the company's unit on a page that speaks from inside the company (公司…)."""
    company = "国网晋阳河东供电公司"
    facts = extract_text(
        f"近日，{company}召开职代会。公司总经理王强主持会议。城关供电所等3个集体获评先进集体。"
        "一名来自南坪供电所的职工代表发言。",
        region="太原市",
    )
    assert {("城关供电所", company), ("南坪供电所", company)} <= parents(facts)
    facts = extract_text(
        f"{company}工会近日走访慰问一线职工。公司工会主席李娜来到柳林供电所，看望抢修班组。", region="太原市"
    )
    assert ("柳林供电所", company) in parents(facts)


def test_a_company_named_in_an_honour_is_no_body_a_type_word_names_again(extract_text):
    """某省电力公司劳动模范X: the company names the honour; 公司 after it is still the company
    the page speaks of."""
    company = "国网晋阳河东供电公司"
    facts = extract_text(
        f"近日，{company}召开职代会。国网晋阳省电力公司劳动模范、高级技师赵刚发言。公司党委书记李娜作总结讲话。",
        region="太原市",
    )
    assert ("李娜", company, "党委书记") in posts(facts)
    facts = extract_text(
        "近日，宏远机械有限公司举办技能比武。湖东重工集团有限公司技术能手孙浩担任裁判。公司总经理刘明致辞。",
        region="长沙市",
    )
    assert ("刘明", "宏远机械有限公司", "总经理") in posts(facts)


def test_a_level_short_form_after_a_title_is_the_area_of_that_chain_after_another_name(extract_text):
    text = (
        "上午，团结镇总工会主席刘洋致辞。下午，一行来到唐昌镇。"
        "区总工会副主席王强和唐昌镇党委副书记、镇总工会主席李静为快递员送上慰问品。"
    )
    facts = extract_text(text, region="成都市郫都区")
    assert ("李静", "唐昌镇总工会", "主席") in posts(facts)
    facts = extract_text(
        "上午，安德街道总工会主席刘洋致辞，区总工会副主席王强与红光街道党工委副书记、街道总工会主席李静出席。",
        region="成都市郫都区",
    )
    assert ("李静", "郫都区红光街道总工会", "主席") in posts(facts)


def test_a_type_word_after_a_unit_named_with_its_company_is_the_company(extract_text):
    text = "清晨，长沙锦绣纺织有限公司细纱车间里，细纱机同时转动。她逐一向公司工会反映。公司工会主席雷振华说。"
    facts = extract_text(text, region="长沙市")
    assert ("雷振华", "长沙锦绣纺织有限公司工会", "主席") in posts(facts)
    assert "长沙锦绣纺织有限公司细纱车间工会" not in names(facts, "TradeUnion")
    text = "在株洲远航电机股份有限公司装配车间，公司工会副主席王强介绍了情况。"
    facts = extract_text(text, region="株洲市")
    assert ("王强", "株洲远航电机股份有限公司工会", "副主席") in posts(facts)


@pytest.mark.parametrize(
    "text, body",
    [
        ("据县气象台预报，本周仍有高温。县总工会开展送清凉活动。", "汶川县气象台"),
        ("县档案馆馆长罗平介绍了馆藏的劳模档案。", "汶川县档案馆"),
    ],
)
def test_an_areas_public_institution_after_a_bare_level_word(extract_text, text, body):
    """县气象台, 县档案馆: the county's observatory and archives, bodies of the area in context
    (their endings read like a venue's, 台 and 馆)."""
    assert body in names(extract_text(text, region="汶川县"), "Organization")
