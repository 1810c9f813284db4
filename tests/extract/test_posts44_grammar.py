"""Posts of session 44: a statement's table head, a slide's bullet layout, a gazetteer's table
of office holders.  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts

BUDGET_HEAD = (
    "表一　部门收支总表\n编制单位：湄潭县总工会　　单位负责人：罗启明　　单位：万元\n收　入\t预算数\t支　出\t预算数\n"
)


def test_the_head_of_a_statement_table_names_the_body_its_unit_head_leads(extract_text):
    found = posts(extract_text("湄潭县总工会2027年部门预算公开说明\n\n" + BUDGET_HEAD, region="遵义市"))
    assert ("罗启明", "湄潭县总工会", "负责人") in found
    # a head field whose label names no body: whose head it is the line does not say
    bare = BUDGET_HEAD.replace("编制单位：湄潭县总工会", "数据口径：湄潭县总工会")
    assert not posts(extract_text("湄潭县总工会2027年部门预算公开说明\n\n" + bare, region="遵义市"))


SLIDE = (
    "——石羊街道总工会2027年度工作述职\n"
    "● 工会会员3.2万人，社区工会联合会14个\n"
    "● 班子成员：主席 魏东来（兼）｜常务副主席 孟春华｜副主席 郝志强（兼职，成都蓉光电子有限公司工会主席）\n"
    "● 专职工会干部3名\n"
)


def test_a_bullets_roster_list_gives_each_entry_its_office_at_the_articles_union(extract_text):
    found = posts(extract_text(SLIDE, region="成都市"))
    assert {
        ("孟春华", "石羊街道总工会", "常务副主席"),
        ("郝志强", "石羊街道总工会", "副主席"),
        ("郝志强", "成都蓉光电子有限公司工会", "主席"),
    } <= found
    # a bullet whose label is no roster's: its titles name no one's office
    other = SLIDE.replace("班子成员：", "联系方式：")
    assert not any(name == "孟春华" for name, _, _ in posts(extract_text(other, region="成都市")))


def test_a_name_set_off_by_spaces_in_a_slides_vote_is_elected(extract_text):
    text = (
        "● 5月20日，金桥商务楼楼宇工会联合会成立大会在大厦18楼多功能厅召开，入驻企业30家，"
        "选举上海明德物业管理有限公司人事总监 仇海 为联合会主席\n"
    )
    found = posts(extract_text(text, region="上海市"))
    assert ("仇海", "金桥商务楼楼宇工会联合会", "主席") in found
    assert ("仇海", "上海明德物业管理有限公司", "人事总监") in found


HOLDERS = (
    "职　务　　　姓　名　　性别　　任职时间　　　　　　备　注\n"
    "表5-2-1　　　　　临泽县总工会历任主席、副主席一览表（1990—2025）\n"
    "主　席　　　钱国栋　　男　　　1990.3—1999.8　　　1995年起兼县政协副主席\n"
    "　　　　　　沈立军　　男　　　1999.8—2015.6　　　调任县民政局局长\n"
    "　　　　　　蒋玉成　　男　　　2015.6—\n"
    "常务副主席　韦春兰　　女　　　2015.6—　　　　　　党组书记\n"
    "副主席　　　王国庆　　男　　　1996.4—2010.2\n"
    "　　　　　　刘海燕　　女　　　2010.2—\n"
    "第二节　历次代表大会\n"
)


def test_a_table_of_holders_gives_the_open_rows_offices_at_the_bodys_title(extract_text):
    found = posts(extract_text("临泽县总工会沿革\n\n" + HOLDERS, region="张掖市"))
    assert {
        ("蒋玉成", "临泽县总工会", "主席"),
        ("韦春兰", "临泽县总工会", "常务副主席"),
        ("韦春兰", "临泽县总工会", "党组书记"),
        ("刘海燕", "临泽县总工会", "副主席"),
    } <= found
    # a tenure that ended holds nothing now, nor does its note
    assert not any(name in ("钱国栋", "沈立军", "王国庆") for name, _, _ in found)


def test_a_vote_writing_no_body_is_not_at_a_guests_union(extract_text):
    text = (
        "第六次代表大会\n2025年3月18日在县会议中心召开。出席代表150名。"
        "酒泉市总工会党组成员、副主席方立群到会讲话。选举汤志远为主席，孙红霞为副主席。"
    )
    found = posts(extract_text(text, region="酒泉市"))
    assert ("方立群", "酒泉市总工会", "副主席") in found
    assert not any(name in ("汤志远", "孙红霞") for name, _, _ in found)
    # the union's own officer chairing: the vote is at that union
    chaired = "金塔县总工会召开全委会。县总工会主席王刚主持会议。会议选举李丽为副主席。"
    assert ("李丽", "金塔县总工会", "副主席") in posts(extract_text(chaired, region="酒泉市"))


def test_a_table_of_holders_closes_what_an_older_vote_of_the_page_gave(extract_text):
    # the chronicle's vote starts a row the table ends: no office now (closed_holders)
    text = "临泽县总工会沿革\n\n1990年3月，县总工会第八次代表大会选举钱国栋为主席，王国庆为副主席。\n\n" + HOLDERS
    found = posts(extract_text(text, region="张掖市"))
    assert not any(name in ("钱国栋", "王国庆") for name, _, _ in found)
    assert ("蒋玉成", "临泽县总工会", "主席") in found


def test_a_committees_short_form_in_a_role_at_the_union_is_written_in_full(extract_text):
    # 经审会主任 at the union is its 经费审查委员会主任, as the committee is named in full
    text = (
        "溪口街道总工会第二次代表大会召开\n\n"
        "6月3日，溪口街道总工会第二次代表大会召开。大会选举钟立平为溪口街道总工会主席；"
        "经审会一次会议选举顾晓岚为经审会主任。"
    )
    found = posts(extract_text(text, region="奉化区"))
    assert any(name == "顾晓岚" and role == "经费审查委员会主任" for name, _, role in found)
    assert not any(role == "经审会主任" for _, _, role in found)
