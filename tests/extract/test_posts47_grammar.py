"""Posts of session 47: a work order's list of those present (a town's office named with its
town, a body named again by its short form, 企业 for the company of the case), an approval
form's steps (a bare officer's title in brackets on a company's own page) and a guest list's
former office (原).  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import names, posts

ORDER = (
    "来电人反映：其本人在德阳旌湖纸品包装有限公司（位于旌阳区孝泉镇）从事印刷工作，公司拖欠工资三个月。\n"
    "联合德阳市旌阳区劳动保障监察大队立案调查，监察大队副大队长张江河向企业下达决定书。\n"
    "参加人员：区总工会王明远、孝泉镇劳动保障所所长赵书林、企业法定代表人钱建平及财务人员，共9人。\n"
)


def test_a_towns_office_opening_an_entry_with_its_town(extract_text):
    facts = extract_text(ORDER, region="德阳市")
    # 、孝泉镇劳动保障所所长X: the town's name opens the unit's name, its head 所长
    assert ("赵书林", "孝泉镇劳动保障所", "所长") in posts(facts)
    assert "孝泉镇劳动保障所" in names(facts, "Organization")


def test_a_body_named_again_by_its_short_form_before_its_heads_title(extract_text):
    found = posts(extract_text(ORDER, region="德阳市"))
    # 监察大队副大队长X: the head's title repeats the unit's end (大队 + 大队长); the body is
    # the one named in full before whose name ends so
    assert any(
        name == "张江河" and body.endswith("旌阳区劳动保障监察大队") and role == "副大队长"
        for name, body, role in found
    )


def test_the_company_of_the_case_opening_an_entry_after_a_name(extract_text):
    found = posts(extract_text(ORDER, region="德阳市"))
    # 、企业法定代表人X after another's name: an entry of the list; 企业 is the company named last
    assert ("钱建平", "德阳旌湖纸品包装有限公司", "法定代表人") in found
    # glued to a word before (民营企业法定代表人), 企业 names a kind of firm, not this one
    other = posts(extract_text(ORDER.replace("、企业法定代表人", "、民营企业法定代表人"), region="德阳市"))
    assert not any(name == "钱建平" for name, _, _ in other)


FORM = (
    "赣州章贡精密机械有限公司　协同办公平台（OA）\n"
    "审批单\n"
    "主办单位：公司工会\n"
    "审批记录：\n"
    "①　部门经理　｜　钟振华（综合管理部部长）\n"
    "②　财务总监　｜　赖金生（财务总监）　由 谢小燕（财务部副经理）代签\n"
    "③　总经理　｜　温长林（总经理）\n"
    "④　党委书记　｜　黄瑞金（党委书记、董事长）\n"
)


def test_a_bare_officers_title_in_brackets_on_a_companys_page(extract_text):
    found = posts(extract_text(FORM, region="赣州市"))
    assert ("温长林", "赣州章贡精密机械有限公司", "总经理") in found
    assert ("赖金生", "赣州章贡精密机械有限公司", "财务总监") in found
    assert ("黄瑞金", "赣州章贡精密机械有限公司", "董事长") in found
    # who signs for another (由B代签) holds only the title in brackets after her own name
    assert ("谢小燕", "赣州章贡精密机械有限公司", "财务总监") not in found
    # the step's label before the bar is the form's, no office (部门经理｜A)
    assert not any(role == "部门经理" for _, _, role in found)


def test_a_bare_officers_title_in_brackets_off_a_companys_page(extract_text):
    # a union's page names no workplace: a bare 总经理 in brackets has no body
    found = posts(extract_text("大会由县总工会主办。嘉宾：王明山（总经理）、赵六一（董事长）参加。", region="赣州市"))
    assert not any(name in ("王明山", "赵六一") for name, _, _ in found)


GUESTS = (
    "主播：丁红梅（石河区总工会宣传教育部干事）\n"
    "嘉宾：\n"
    "　王崇山　宁夏瑞晶光伏科技有限公司运维班班长，原宁夏金岭煤业有限公司三矿综采队副队长\n"
    "　冯晓丽　石河区总工会党组成员、副主席\n"
    "　马海霞　石河区青山镇总工会主席\n"
)


def test_a_guest_lists_office_after_a_mark_of_the_past(extract_text):
    found = posts(extract_text(GUESTS, region="石嘴山市"))
    # 原 before the body: the office is held no more
    assert not any(name == "王崇山" for name, _, _ in found)
    # the other lines' offices stand
    assert ("冯晓丽", "石河区总工会", "党组成员") in found
    assert ("马海霞", "石河区青山镇总工会", "主席") in found
    # without the mark, the office is read
    now = posts(extract_text(GUESTS.replace("，原宁夏", "，宁夏"), region="石嘴山市"))
    # (a company's team is no body of its own: the office is the company's, the team in the role)
    assert any(name == "王崇山" and role.endswith("副队长") for name, _, role in now)
