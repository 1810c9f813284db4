"""kg.nlp.rows (the cells of a text table's rows) and the names kg_people reads from
them: invented rows, spaced as ingestion leaves them (one space between cells)."""

from __future__ import annotations

from kg.nlp.rows import name_cells, numbered_name_row, text_rows


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in name_cells(text)]


def test_the_cells_of_a_row():
    text = "序号 姓名 单位\n1 汤岷山 某某公司班长\n说明文字。"
    rows = text_rows(text)
    cells = [[text[a:b] for a, b in r.cells] for r in rows]
    assert cells == [["序号", "姓名", "单位"], ["1", "汤岷山", "某某公司班长"]]


def test_the_cell_after_a_rows_number_is_a_name_cell_its_note_cut():
    text = "1 汤岷山 某某公司班长\n2 柯峨眉（女） 某某卫生院护士长\n（3） 欧阳黄山(满族) 某某小学 教师"
    assert _names(text) == ["汤岷山", "柯峨眉", "欧阳黄山"]


def test_the_cell_under_a_name_heading_is_a_name_cell_until_the_table_ends():
    text = "单位 职工姓名 工种\n淮南矿业集团 温泉 采煤工\n蚌埠纺织公司 石海宁 挡车工\n\n某地 某某 某事"
    assert _names(text) == ["温泉", "石海宁"]


def test_a_number_and_two_cells_of_prose_is_no_row_of_names():
    assert _names("2026年4月17日 09:30 信息来源：工作部") == []
    assert _names("1 汤岷山") == []  # a number and one cell more: no row of a table


def test_a_name_in_a_rows_name_cell_is_a_person_however_tagged(labelled):
    # the tagger reads 汤岷山 as a place: the row says it is the person the row is about
    text = "序号 姓名 工作单位及职务\n1 汤岷山 马鞍山钢联机械有限公司装配车间班长"
    assert "汤岷山" in labelled(text, "PERSON")


def test_the_row_decides_where_its_name_ends(labelled):
    # the tagger took 欧阳 alone for a name: the cell holds the whole
    assert labelled("（3） 欧阳黄山（满族） 宣城市宁国港口镇中心小学 教师", "PERSON") == {"欧阳黄山"}


def test_a_name_under_a_name_heading_is_a_person(labelled):
    # a common word (温泉) under the heading 姓名 is someone's name, in rows with no number
    text = "姓名 单位 职务\n石海宁 蚌埠丰原纺织有限公司 挡车工\n温泉 淮南矿业集团 采煤工"
    assert {"石海宁", "温泉"} <= labelled(text, "PERSON")


def test_a_numbered_rows_name_cell_is_found_from_the_name_and_its_note():
    # (invented) a list of nominees: the name cell holds the name and maybe a note on it
    text = "序号 姓名 单位及职务\n1 周晓岚（女） 岳阳恒昌纸业有限公司工会主席\n"
    a = text.index("周晓岚")
    row = numbered_name_row(text, a, a + 3)
    assert row is not None and text[row.cells[2][0] : row.cells[-1][1]] == "岳阳恒昌纸业有限公司工会主席"


def test_a_name_that_is_only_part_of_its_cell_or_a_row_without_number_is_none():
    text = "1 周晓岚同志 岳阳恒昌纸业有限公司工会主席\n周晓岚 岳阳恒昌纸业有限公司 工会主席\n"
    a = text.index("周晓岚")
    assert numbered_name_row(text, a, a + 3) is None  # 同志 glued on: no name cell of its own
    b = text.index("周晓岚", a + 1)
    assert numbered_name_row(text, b, b + 3) is None  # no row number before the name
