"""A table printed one cell a line: its name column's cells (invented tables)."""

from __future__ import annotations

from kg.nlp.cell_lines import cell_line_names


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b in cell_line_names(text)]


def test_every_kth_line_under_the_name_heading_is_a_name_cell():
    text = "表彰名单\n姓 名\n所在单位\n奖项\n韦小山\n二车间\n先进个人\n蓝秋叶\n质检部\n技术能手\n会议要求，再接再厉。"
    assert _names(text) == ["韦小山", "蓝秋叶"]


def test_the_name_column_need_not_be_the_first():
    assert _names("序号\n姓名\n职务/工种\n1\n苏江北\n钳工\n2\n司徒敏\n焊工") == ["苏江北", "司徒敏"]


def test_a_second_table_starts_at_its_own_header():
    text = "姓名\n单位\n甘一禾\n一车间\n集体名称\n负责人\n奖项\n二车间\n甘二禾\n先进集体"
    assert _names(text) == ["甘一禾", "甘二禾"]


def test_no_header_of_two_headings_no_cells():
    assert _names("姓名\n王小明在车间工作。\n李四") == []
    assert _names("单位\n奖项\n二车间\n先进集体") == []


def test_rows_stop_at_a_sentence():
    assert _names("姓名\n单位\n何田\n三车间\n他说，今年要再创佳绩。\n下一行") == ["何田"]


def test_a_cell_may_list_two_jobs_with_a_comma():
    text = "姓名\n职务\n蒙一川\n党支部书记，工会主席\n韦二川\n班长\n会议指出。"
    assert _names(text) == ["蒙一川", "韦二川"]
