"""Family posts, rows of a text table (kg.extract.table_rows): 序号 姓名 单位及职务, the name's
cell first, then a cell of bodies and titles.  Invented lists and names."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_rows_cell_after_the_name_gives_the_office_at_the_body_in_it(extract_text):
    body = (
        "经各单位推荐，确定以下拟表彰对象。\n"
        "序号 姓名 工作单位及职务（职称）\n"
        "1 刘志远 长沙丰禾蔬菜专业合作社理事长（农民）\n"
        "2 王秀英（女） 长沙恒辉精密机械有限公司工会主席\n"
    )
    facts = extract_text(body, region="长沙市")
    assert posts(facts) == {
        ("刘志远", "长沙丰禾蔬菜专业合作社", "理事长"),
        ("王秀英", "长沙恒辉精密机械有限公司工会", "主席"),
    }


def test_rows_numbered_otherwise_with_a_note_on_the_name(extract_text):
    body = (
        "拟推荐人选名单如下：\n"
        "01. 赵明轩（满族） 长沙恒辉精密机械有限公司总经理\n"
        "02. 孙丽华 长沙恒辉精密机械有限公司党委书记、工会主席\n"
    )
    facts = extract_text(body, region="长沙市")
    company = "长沙恒辉精密机械有限公司"
    assert posts(facts) == {
        ("赵明轩", company, "总经理"),
        ("孙丽华", company, "党委书记"),
        ("孙丽华", company, "工会主席"),
    }


def test_a_line_of_prose_after_a_number_is_no_row(extract_text):
    body = "1 刘志远 介绍说：长沙恒辉精密机械有限公司工会主席到场。\n"
    facts = extract_text(body, region="长沙市")
    assert not {p for p in posts(facts) if p[0] == "刘志远"}
