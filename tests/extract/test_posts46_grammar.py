"""Posts of session 46: a cadre's notes, which set offices off after a name by a dash, clip
the unions of their own areas (市总, 州总, 镇总) and write a body before a name with a space.
All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import names, posts

VISIT = (
    "景洪市总工会组宣部工作笔记\n"
    "勐罕镇总工会（5/10 上午）\n"
    "陪同：周海燕（市总 副主席）、我\n"
    "见到：\n"
    "李秀英 —— 镇党委副书记、镇总工会主席（兼）\n"
    "王建国 —— 镇总专职副主席，傣族，去年刚从勐龙镇调来\n"
    "情况：镇总下辖基层工会 20个。\n"
)


def test_a_dash_sets_off_the_offices_after_a_name(extract_text):
    found = posts(extract_text(VISIT, region="景洪市"))
    assert ("李秀英", "中共勐罕镇委员会", "副书记") in found
    # (兼) after a title is how it is held, no end of the chain
    assert ("李秀英", "勐罕镇总工会", "主席") in found
    # without the dash, nothing is read after the name
    undashed = posts(extract_text(VISIT.replace("李秀英 —— ", "李秀英 "), region="景洪市"))
    assert not any(name == "李秀英" for name, _, _ in undashed)


def test_a_clipped_federation_is_the_union_of_its_level(extract_text):
    found = posts(extract_text(VISIT, region="景洪市"))
    # 市总 副主席: the union of the city the page is about, a space before the title
    assert ("周海燕", "景洪市总工会", "副主席") in found
    # 镇总专职副主席: the town's union; 专职 is how the office is held
    assert ("王建国", "勐罕镇总工会", "副主席") in found
    # a word that only opens with the level word and 总 is none (市总体规划)
    other = extract_text("景洪市总工会参与讨论市总体规划。", region="景洪市")
    assert names(other, "TradeUnion") == {"景洪市总工会"}


COMPANY = (
    "版纳云岭茶叶有限公司工会（5/11 下午，勐罕镇）\n"
    "见到：\n"
    "张立新（傣族）—— 公司工会主席，兼行政部经理\n"
    "刘晓燕 —— 工会女职工委员会主任\n"
    "版纳云岭茶叶有限公司职工约300人。\n"
)


def test_a_dashed_entry_of_a_companys_union(extract_text):
    found = posts(extract_text(COMPANY, region="景洪市"))
    assert ("张立新", "版纳云岭茶叶有限公司工会", "主席") in found
    # ，兼 and a department with its head's title: the company's office
    assert ("张立新", "版纳云岭茶叶有限公司", "行政部经理") in found
    # the union's committee: an office of the union, the committee in the role
    assert ("刘晓燕", "版纳云岭茶叶有限公司工会", "女职工委员会主任") in found


MEETING = (
    "景洪市总工会一季度工作例会\n"
    "企业负责人在昆明参展，没来。\n"
    "市总主席 陈志强（市人大常委会副主任）讲话。\n"
    "5/12 勐腊县总工会 赵明（组织部部长）来电，想来学经验。\n"
)


def test_a_bracket_after_a_chain_and_a_body_before_a_name(extract_text):
    found = posts(extract_text(MEETING, region="景洪市"))
    assert ("陈志强", "景洪市总工会", "主席") in found
    # the 市 of the 市人大常委会 is the one its sentence's 市总 stood for, not the last city named
    assert ("陈志强", "景洪市人民代表大会常务委员会", "副主任") in found
    # a body right before the name, a unit and a title in the bracket: the union's office
    assert ("赵明", "勐腊县总工会", "组织部部长") in found


HONOURS = (
    "请市五一劳动奖章获得者、宁州路桥建设集团有限公司项目经理司马远同志发言。"
    "请“市工人先锋号”代表、宁州城市公交有限公司3路车队队长孔秀兰同志发言。"
    "请全国劳动模范、宁州电力有限公司总工程师欧阳明同志发言。"
    "青河大桥项目经理部项目经理韩立东主持会议。"
)


def test_a_unit_heads_title_is_an_office_only_at_that_unit(extract_text):
    found = posts(extract_text(HONOURS, region="常德市"))
    # a company's project manager and a bus team's head: jobs at the company, no post
    assert not any(name in ("司马远", "孔秀兰") for name, _, _ in found)
    assert ("欧阳明", "宁州电力有限公司", "总工程师") in found
    # the project's own department: its manager holds its office
    assert any(name == "韩立东" and role == "项目经理" for name, _, role in found)


def test_a_courts_tribunal_head_holds_the_office_at_the_court(extract_text):
    found = posts(extract_text("专题讲座由王立军（常德市中级人民法院民二庭副庭长）主讲。", region="常德市"))
    assert ("王立军", "常德市中级人民法院", "民二庭副庭长") in found


CHANGE = (
    "退休第二年，市劳动模范协会换届，大伙儿推我当了会长。去年9月，协会开换届大会，选出了新一届理事会。"
    "会长换成了彭建新，他原来是县总工会的主席。"
)


def test_a_heads_title_changing_holder_is_at_the_body_named_before(extract_text):
    found = posts(extract_text(CHANGE, region="常德市"))
    assert ("彭建新", "常德市劳动模范协会", "会长") in found
