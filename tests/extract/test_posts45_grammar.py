"""Posts of session 45: a company's report that defines its own short forms, an election
notice of a company union, a vote page's 职务 field.  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import names, posts

REPORT = (
    "杭州澜舟智能装备股份有限公司（以下简称“澜舟智能”或“公司”）总部位于浙江省杭州市余杭区，"
    "在嘉兴市和湖州市设有生产基地。公司坚持依靠职工办企业。"
    "2027年4月9日，公司第二届职工代表大会第三次会议召开，代表来自总部及两个子公司（嘉兴澜舟精工有限公司、湖州澜舟电子有限公司）。"
    "会后，公司党委书记、董事长沈静远见证，公司董事、总经理方一鸣与公司工会主席陶景川签订集体合同。"
    "公司工会现有会员3,120名。"
)


def test_a_definition_of_two_short_forms_makes_bare_company_the_defined_one(extract_text):
    facts = extract_text(REPORT, region="杭州市")
    found = posts(facts)
    assert ("沈静远", "杭州澜舟智能装备股份有限公司", "董事长") in found
    assert ("方一鸣", "杭州澜舟智能装备股份有限公司", "总经理") in found
    assert not any(body.startswith("湖州澜舟") for _, body, _ in found)
    # the union written 公司工会 is the defined company's, named in full
    assert "杭州澜舟智能装备股份有限公司工会" in names(facts, "TradeUnion")
    assert ("陶景川", "杭州澜舟智能装备股份有限公司工会", "主席") in found


UNION_NEWS = (
    "金陵晨光包装材料有限公司工会现有会员860名。3月，公司党委副书记、工会主席冯立群主持召开职代会。2027年5月，冯立群因到龄退休不再担任公司工会主席；"
    "经公司工会第三届委员会第四次全体会议补选，公司党委副书记卓海燕当选工会主席。"
    "现任工会副主席为戚美华（专职）、蔺广生（兼任人力资源部部长）。"
)


def test_a_retired_chairs_offices_are_all_former(extract_text):
    text = UNION_NEWS
    found = posts(extract_text(text, region="南京市"))
    assert not any(name == "冯立群" for name, _, _ in found)
    # one who only moves on (工作调动) loses the office named, not the others
    moved = text.replace("因到龄退休", "因工作调动")
    held = posts(extract_text(moved, region="南京市"))
    assert ("冯立群", "金陵晨光包装材料有限公司", "党委副书记") in held
    assert not any(name == "冯立群" and role in ("主席", "工会主席") for name, _, role in held)


def test_each_name_of_a_list_after_wei_holds_the_title_before_it(extract_text):
    found = posts(extract_text(UNION_NEWS, region="南京市"))
    assert ("戚美华", "金陵晨光包装材料有限公司工会", "副主席") in found
    assert ("蔺广生", "金陵晨光包装材料有限公司工会", "副主席") in found
    # 兼任 opens the bracket: the department is the unit, the verb no word of its name
    assert ("蔺广生", "金陵晨光包装材料有限公司", "人力资源部部长") in found
    # a list that does not close its clause is a service, no office (主席为A、B颁奖)
    served = posts(extract_text(UNION_NEWS.replace("（兼任人力资源部部长）。", "颁奖。"), region="南京市"))
    assert not any(name == "戚美华" for name, _, _ in served)


ELECTION = (
    "南湖区精工机械有限公司工会第二次会员代表大会于2027年10月9日召开。"
    "第二届委员会第一次全体会议选举葛立新当选工会主席，钮美玲当选工会副主席。"
    "葛立新现任公司党委副书记，钮美玲现任公司质量管理部部长（兼）。"
    "大会选举郜文斌、施雨桐、毕晓光为经费审查委员会委员。经费审查委员会第一次会议推选郜文斌为主任。"
)


def test_a_committees_own_meeting_elects_its_head_and_its_seats_are_no_office(extract_text):
    found = posts(extract_text(ELECTION, region="嘉兴市"))
    assert ("郜文斌", "南湖区精工机械有限公司工会", "经费审查委员会主任") in found
    assert not any(role.endswith("委员") for _, _, role in found)
    # the union's whole committee's seat stays an office (增补A为委员会委员)
    whole = posts(extract_text("南湖区精工机械有限公司工会召开全委会，增补郜文斌为工会委员会委员。", region="嘉兴市"))
    assert any(name == "郜文斌" and role.endswith("委员") for name, _, role in whole)


def test_the_companys_own_word_before_a_bare_unit_is_no_part_of_its_name(extract_text):
    found = posts(extract_text(ELECTION, region="嘉兴市"))
    assert ("钮美玲", "南湖区精工机械有限公司", "质量管理部部长") in found
    assert ("葛立新", "南湖区精工机械有限公司", "党委副书记") in found


CARDS = (
    "【投票】寻找2027“滕州最美职工”网络投票\n"
    "07号　韩振东\n"
    "单位：山东恒瑞精密机械有限公司\n"
    "职务：原机加车间主任，现任公司工会主席\n"
    "事迹：带领职工完成技术革新12项。\n"
    "08号　曹丽娟\n"
    "单位：滕州市中心人民医院\n"
    "职务：抢修班组长\n"
    "事迹：扎根一线20年。\n"
)


def test_a_cards_job_field_gives_its_offices_now_at_the_cards_unit(extract_text):
    found = posts(extract_text(CARDS, region="枣庄市"))
    assert ("韩振东", "山东恒瑞精密机械有限公司工会", "主席") in found
    # the office marked past, and a worker's job, are none
    assert not any(role.endswith("车间主任") for _, _, role in found)
    assert not any(name == "曹丽娟" for name, _, _ in found)


HONOUR_LIST = (
    "近日，中共丽水市委、丽水市人民政府印发表彰决定。缙云县4人获评丽水市劳动模范、2人获评丽水市先进工作者，名单如下：\n"
    "丽水市劳动模范\n"
    "王春燕（女）　浙江缙丰木业股份有限公司涂装车间主任\n"
    "郭立平　缙云县壶镇镇人民政府党政办公室副主任\n"
    "林海涛　缙云县舒洪镇中心小学教师\n"
    "丽水市先进工作者\n"
    "许文博　缙云县人民医院全科医生\n"
    "潘玉梅（女）　缙云县五云街道社会事务服务中心主任\n"
)


def test_a_lists_group_label_does_not_end_its_run_of_lines(extract_text):
    found = posts(extract_text(HONOUR_LIST, region="丽水市"))
    assert any(name == "潘玉梅" and role == "主任" for name, _, role in found)


def test_a_town_halls_office_is_no_body_of_its_own(extract_text):
    facts = extract_text(HONOUR_LIST, region="丽水市")
    # (the hall named as the area's qualifiers allow: 壶镇镇 is one town, 缙云县 may go)
    held = {(name, body.removeprefix("缙云县"), role) for name, body, role in posts(facts)}
    assert ("郭立平", "壶镇镇人民政府", "党政办公室副主任") in held
    assert any(n.endswith("壶镇镇人民政府") for n in names(facts, "Organization"))


def test_a_halls_head_is_its_curator(extract_text):
    text = "湘潭市雨湖区文化馆馆长、工会主席黎文涛出席活动并讲话。"
    found = posts(extract_text(text, region="湘潭市"))
    assert any(name == "黎文涛" and body.endswith("文化馆") and role == "馆长" for name, body, role in found)
