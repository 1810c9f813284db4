"""Unions (kg.nlp.unions, through kg_bodies)."""

from __future__ import annotations

import pytest


def test_a_union_opens_with_its_area(find):
    assert ("南京市江宁区总工会", "UNION", "") in find("南京市江宁区总工会召开会议。")


def test_a_union_of_an_occupation_in_员_the_tagger_cuts_员工_会(labelled):
    """香港海员工会主席, 某某码头操作员工会主席: LAC reads 员工|会; an occupation in 员 (海员,
    操作员: a verb before 员 too) and an officer's title after make 工会 the union word."""
    found = labelled("香港海员工会主席李明、香港机场货运操作员工会主席陈刚出席。", "UNION")
    assert {"香港海员工会", "香港机场货运操作员工会"} <= found
    assert labelled("公司全体员工会主动参与。", "UNION") == set()


def test_a_union_committee_is_part_of_the_union_name(labelled):
    assert "郑州市总工会委员会" in labelled("郑州市总工会委员会成立。", "UNION")


def test_a_bare_level_word_and_a_union(find, tagged_mentions):
    assert ("市总工会", "UNION", "level") in find("会议召开后，市总工会派员出席。")
    # a level word the walk to a name's start does not take (tagged as an adjective)
    assert ("县总工会", "UNION", "level") in tagged_mentions(("由", "p"), ("县", "a"), ("总工会", "n"), ("主办", "v"))


def test_a_level_word_opening_a_named_union(find):
    assert ("区教育工会", "UNION", "level") in find("区教育工会组织培训。")


def test_a_level_word_after_stray_words_starts_the_union(labelled, tagged_mentions):
    assert labelled("选举产生市教育工会委员会。", "UNION") == {"市教育工会委员会"}
    found = tagged_mentions(("职工", "n"), ("市", "n"), ("教育", "n"), ("工会", "n"), ("成立", "v"))
    assert ("市教育工会", "UNION", "level") in found


def test_工会_inside_a_word_is_no_union(labelled):
    assert labelled("常态化工会驿站建设持续推进。", "UNION") == set()


def test_a_description_before_工会_is_no_union(labelled):
    assert labelled("杭州市拱墅区基层工会开展培训。", "UNION") == set()


def test_the_unions_of_workplaces_are_no_union(labelled):
    """单位工会: the unions of workplaces (职工百人以上单位工会主席 attend a course, 本单位工会),
    not one union's name."""
    assert labelled("职工百人以上单位工会主席参加培训，为本单位工会建设谋划。", "UNION") == set()
    assert "青岚机械有限公司工会" in labelled("青岚机械有限公司工会主席参加培训。", "UNION")


def test_an_areas_unions_taken_together_are_no_body(labelled):
    assert labelled("郑州市工会系统召开会议。", "UNION") == set()


def test_a_union_named_by_its_bodys_type_word(find):
    assert ("公司工会", "UNION", "head") in find("该公司工会组织职工参观。")


def test_a_descriptor_before_工会_is_no_union(labelled):
    assert labelled("会议部署全省工会重点工作。", "UNION") == set()


def test_a_parent_body_before_a_union_is_a_body_of_its_own(find):
    found = find("郑州高新区管委会机关工会召开会议。")
    # (the zone's 管委会 is also a body of the zone's own: kind "area-body", kg.nlp.gov_bodies)
    assert {("郑州高新区管委会", "ORG"), ("机关工会", "UNION")} <= {(text, label) for text, label, _ in found}


def test_a_phrase_about_unions_in_general_is_no_union(labelled):
    # (invented) an era word or a whole-area word opens no union's name
    assert labelled("新时代工会工作要紧扣职工需求。", "UNION") == set()
    assert labelled("全州工会干部要深入一线服务职工。", "UNION") == set()


def test_an_area_opening_with_such_a_word_still_names_a_union(labelled):
    assert labelled("全州县总工会召开全委会议。", "UNION") == {"全州县总工会"}


def test_a_body_glued_before_a_union_by_a_verb_is_not_part_of_it(labelled):
    # (invented) the tagger reads 局联合市总工会 as one word
    found = labelled("滦县人力资源和社会保障局联合市总工会举办专场招聘会。", "UNION")
    assert found == {"市总工会"}


def test_a_national_short_form_after_a_glued_joining_verb_is_a_union(labelled):
    # (invented) the tagger reads 联同工联会 as one word: the short form still opens a name
    found = labelled("社会工作部部长刘洋,联同工联会理事长李静,副会长王强、赵敏等负责人出席。", "UNION")
    assert found == {"工联会"}


def test_a_union_glued_before_another_by_a_verb_is_not_part_of_it(labelled):
    """某某市总工会联合某某县总工会, and a union before a department with 和 inside: two bodies."""
    found = labelled("年初，海东市总工会联合民和回族土族自治县总工会举办培训班。", "UNION")
    assert found == {"海东市总工会", "民和回族土族自治县总工会"}
    assert labelled("年初，青海市总工会联合市人力资源和社会保障局举办培训。", "ORG") == {"市人力资源和社会保障局"}


def test_the_union_of_a_company_with_a_bracketed_area(labelled):
    # (invented) the tagger reads 中国)有限公司 as one word
    assert labelled("近日，瑞科电子(中国)有限公司工会举办职工技能大赛。", "UNION") == {"瑞科电子(中国)有限公司工会"}
    assert labelled("天海精密注塑(深圳)有限公司工会开展技能比武。", "UNION") == {"天海精密注塑(深圳)有限公司工会"}


def test_a_joint_union_keeps_联合_in_its_name(labelled):
    # (invented) 联合 elsewhere joins two bodies; before 工会 it names a joint union
    assert labelled("海淀区中关村大街楼宇联合工会组织职工联谊。", "UNION") == {"海淀区中关村大街楼宇联合工会"}


def test_a_body_word_the_tagger_reads_as_a_verb_still_opens_its_union(labelled):
    # (invented) LAC tags 育苗幼儿园 as a verb
    assert "西城区育苗幼儿园工会" in labelled("石景山区第三中学工会和西城区育苗幼儿园工会联合举办活动。", "UNION")


def test_a_national_industrial_unions_committee_of_an_area(labelled):
    # (invented) the committee of a province, not the national committee
    assert labelled("中国金融工会河南省委员会举办业务培训。", "UNION") == {"中国金融工会河南省委员会"}


def test_the_union_of_a_bodys_office_named_by_its_short_form(find):
    """县委办工会, 政府办工会: the union of the office (办) of a body of the area, with or
    without the level word (then named as written)."""
    found = find("来自县委办工会、政府办工会的选手参加了比赛。")
    assert {("县委办工会", "UNION", "level"), ("政府办工会", "UNION", "")} <= found


def test_the_union_of_a_department_with_and_inside_its_name(find):
    """县文化广电和旅游局工会: the tagger cuts the department's name at 和; the union is named
    from the level word on."""
    assert ("县文化广电和旅游局工会", "UNION", "level") in find("来自县文化广电和旅游局工会的选手参加了比赛。")


def test_a_sister_bodys_union_is_a_description(labelled):
    """兄弟学校工会: the unions of sister bodies, no name (the committee after it is the
    union's named before)."""
    assert labelled("兄弟学校工会主席应邀出席会议。", "UNION") == set()


def test_the_members_before_工会_are_no_unions_name(tagged_mentions):
    found = tagged_mentions(("近千名", "m"), ("职工", "n"), ("共享", "vn"), ("工会", "n"), ("福利", "n"))
    assert not any(label == "UNION" for _, label, _ in found)


def test_a_development_zones_工会_is_its_own_union(labelled):
    assert "东营经济技术开发区工会" in labelled("东营经济技术开发区工会承办职工技能比赛。", "UNION")
    assert "临沂高新区工会" in labelled("临沂高新区工会举办职工运动会。", "UNION")


def test_a_number_opening_the_words_before_工会_is_not_part_of_the_name(labelled, tagged_mentions):
    found = tagged_mentions(("推出", "v"), ("2023", "m"), ("滨江", "ORG"), ("工会", "n"), ("活动", "n"))
    assert not any(t.startswith("2023") for t, label, _ in found if label == "UNION")


def test_a_body_glued_by_a_preposition_to_a_level_union_is_not_part_of_it(tagged_mentions):
    found = tagged_mentions(("代表", "v"), ("滨江", "ORG"), ("服务中心向区总工会", "ORG"), ("致谢", "v"))
    unions = {(t, kind) for t, label, kind in found if label == "UNION"}
    assert unions == {("区总工会", "level")}


def test_the_unions_of_several_areas_of_a_level_are_no_body(labelled):
    assert labelled("考察团得到了相关市总工会的热情接待。", "UNION") == set()
    assert labelled("各区总工会要做好帮扶工作。", "UNION") == set()


def test_a_word_ending_in_工会_after_an_area_is_a_union(labelled):
    """机关工会 read as one word after the street's name: the street's organ union."""
    assert "南门街道机关工会" in labelled("中秋节前夕，南门街道机关工会联合社区组织活动。", "UNION")


def test_a_union_named_after_its_members_opens_with_an_area(labelled):
    text = "澳门酒店及博彩业职工总会会长梁子健、香港物业管理业雇员协进会主席邓伟文出席。"
    assert {"澳门酒店及博彩业职工总会", "香港物业管理业雇员协进会"} <= set(labelled(text, "UNION"))
    # members of a union, and a meeting of staff, are no unions
    text = "南宁市宏达公司召开职工会，全体职工会员参加。"
    assert not [u for u in labelled(text, "UNION") if u.endswith("职工会")]


def test_a_kind_of_union_glued_to_its_ending_still_closes_a_name(labelled):
    assert "台中市电子零组件产业工会" in labelled("台中市电子零组件产业工会今日召开会员大会。", "UNION")


def test_an_areas_name_and_工会_read_as_one_word_are_a_union(tagged_mentions):
    """柳荫新村社区工会 read by the tagger as one word after a verb: the community's union."""
    words = (("街道总工会", "ORG"), ("联合", "v"), ("柳荫新村社区工会", "LOC"), ("举办", "v"), ("讲座", "n"))
    found = tagged_mentions(*words)
    assert ("柳荫新村社区工会", "UNION", "") in found


def test_the_unions_of_a_list_of_levels_are_no_one_union(labelled):
    # (invented) 各县（市）区总工会, 各县区总工会: every county's and district's union
    assert labelled("各县（市）区总工会负责人参加会议。", "UNION") == set()
    assert labelled("各县区总工会主席参加培训。", "UNION") == set()


def test_a_kind_of_body_named_by_its_kind_alone_has_no_union_of_a_name(labelled):
    # (invented) 组建农民专业合作社工会: unions of such co-operatives, none named
    assert labelled("镇工会今年在组建农民专业合作社工会方面取得进展。", "UNION") <= {"镇工会"}


def test_a_macao_union_named_after_its_members_association(labelled):
    # (invented) …从业员协会: a union of the trade's workers, opening with its area
    assert "澳门电梯维修从业员协会" in labelled("澳门电梯维修从业员协会理事长陈家乐介绍。", "UNION")


def test_a_function_word_the_tagger_cut_off_an_areas_name_opens_the_union(tagged_mentions):
    """从江县 read as the preposition 从 and 江县: the area's name, found in the characters,
    opens the union all the same (no 江县洛香镇总工会)."""
    words = (("6月11日", "TIME"), ("，", "w"), ("从", "p"), ("江县", "ORG"), ("洛香镇", "ORG"), ("总工会", "ORG"))
    found = tagged_mentions(*words, ("成立", "v"), ("。", "w"))
    assert ("从江县洛香镇总工会", "UNION", "") in found


def test_a_function_word_opening_an_area_opens_a_body_after_it_too(tagged_mentions):
    # (invented) 于都县 read as 于 and 都县, before a company's union
    words = (("近日", "TIME"), ("，", "w"), ("于", "p"), ("都县", "LOC"), ("银坑镇", "LOC"))
    found = tagged_mentions(*words, ("鑫旺竹木制品厂", "ORG"), ("工会", "n"), ("召开", "v"), ("大会", "n"))
    assert ("于都县银坑镇鑫旺竹木制品厂工会", "UNION", "") in found


def test_a_street_address_before_a_union_is_no_part_of_its_name(labelled):
    """监督地址：某市某区赭山中路18号市总工会…: the union at that address is 市总工会."""
    found = labelled("监督地址：芜湖市镜湖区赭山中路18号市总工会劳动和经济工作部（1206室）", "UNION")
    assert "市总工会" in found and not [u for u in found if "18号" in u]


def test_another_address_before_a_districts_union_and_its_centre(labelled):
    # (invented) another road, a district's union and the centre it runs
    found = labelled("地址：岳麓区麓山南路18号区总工会职工服务中心", "UNION")
    assert "区总工会" in found and not [u for u in found if "18号" in u]


def test_a_union_after_a_street_address_starts_after_the_house_number(labelled):
    """芜湖市镜湖区赭山中路18号市总工会: an address ends at its house number (号); the union
    named after it is named anew (市总工会), not with the street in its name."""
    found = labelled("监督地址：芜湖市镜湖区赭山中路18号市总工会劳动和经济工作部（1206室）", "UNION")
    assert found == {"市总工会"}


def test_a_district_union_after_an_address_in_a_clause(labelled):
    assert labelled("报名地点设在蜀山区黄山路16号区总工会一楼大厅。", "UNION") == {"区总工会"}


def test_a_quantifier_before_a_kind_of_union_names_none(labelled):
    """部分企业工会主席: some unions of a kind (部分, 一些, 若干), none of them named."""
    assert labelled("区人社局相关负责人及部分企业工会主席一行12人来苍溪县考察交流。", "UNION") == set()


def test_a_quantifier_before_unions_in_another_clause(labelled):
    assert labelled("这次培训吸引了部分学校工会干部参加。", "UNION") == set()


def test_a_units_branch_union_named_bare(labelled):
    """机械学院分工会: no area or organisation word opens it; the unit's name (…学院) and 分工会."""
    assert "机械学院分工会" in labelled("南京青松理工大学工会召开会议。机械学院分工会主席王明介绍了经验。", "UNION")


@pytest.mark.parametrize(
    "text",
    ["各省辖市总工会、济源示范区总工会：", "请各省辖市总工会认真组织。", "江苏各省辖市总工会要抓好落实。"],
)
def test_a_union_after_a_word_of_several_and_a_level_word_is_none(labelled, text):
    assert not any(name.startswith("辖市") for name in labelled(text, "UNION"))


def test_a_quoted_sentence_before_a_union_is_no_part_of_its_name(labelled):
    # “…。”公司工会主席X: speech ends with its sentence mark inside the quotes
    found = labelled("“她是我们车间的‘定心丸’。”公司工会主席雷振华说。", "UNION")
    assert found == {"公司工会"}
    found = labelled("“今年要多办实事！”集团工会副主席王强说。", "UNION")
    assert found == {"集团工会"}
    # (a quoted name is part of one: “好运来”食品有限公司工会)
    assert "“好运来”食品有限公司工会" in labelled("“好运来”食品有限公司工会召开会议。", "UNION")
