"""Tables told by their column heads (kg.nlp.grids), on invented text."""

from __future__ import annotations

from kg.nlp.grids import grids, head_kind
from kg.nlp.rows import name_cells


def cells(text: str) -> list[tuple[tuple[str, ...], list[list[str]]]]:
    return [(g.kinds, [[text[a:b] for a, b in row] for row in g.rows]) for g in grids(text)]


def test_heads_one_a_line_then_rows_of_as_many_lines():
    text = (
        "获奖名单如下：\n姓 名\n单位\n职务/工种\n奖 项\n"
        "庞德福\n二车间\n钳工\n技术能手\n俞小梅\n质检科\n质检员\n岗位能手\n"
    )
    assert cells(text) == [
        (
            ("name", "unit", "job", "honour"),
            [["庞德福", "二车间", "钳工", "技术能手"], ["俞小梅", "质检科", "质检员", "岗位能手"]],
        )
    ]


def test_a_table_ends_at_a_line_of_prose_or_the_heads_of_the_next():
    text = (
        "姓名\n奖项\n庞德福\n技术能手\n先进集体\n集体名称\n负责人\n奖项\n三号井\n魏长青\n先进集体\n"
        "注：另有3名先进个人名单略。\n"
    )
    assert cells(text) == [
        (("name", "honour"), [["庞德福", "技术能手"]]),
        (("body", "lead", "honour"), [["三号井", "魏长青", "先进集体"]]),
    ]


def test_a_row_a_line_under_a_line_of_heads():
    text = "姓名 所在单位 荣誉称号\n庞德福 二车间 技术能手\n俞小梅 质检科 岗位能手\n以上同志受到表彰。"
    assert cells(text) == [
        (("name", "unit", "honour"), [["庞德福", "二车间", "技术能手"], ["俞小梅", "质检科", "岗位能手"]])
    ]


def test_no_table_without_known_heads():
    assert grids("单位\n技术能手\n庞德福\n二车间\n") == []  # one head alone is no table
    assert grids("上午\n下午\n开幕\n闭幕\n") == []
    assert head_kind("岗位及职务") == "job" and head_kind("职工风采") is None
    assert head_kind("工作单位及职务") == "office"  # (the unit and the office in one cell)


def test_the_name_cells_of_a_table_told_by_its_heads_are_name_cells():
    text = "姓名\n单位\n奖项\n向海燕\n一工区\n技术能手\n"
    a = text.index("向海燕")
    assert (a, a + 3) in name_cells(text)


def test_a_registers_heads_its_code_its_legal_representative_and_its_address():
    """序号｜工会名称｜统一社会信用代码｜法定代表人｜住所 (a 法人登记公告): every head known, the
    legal representative's column a lead's, the heads' spans kept for what they say."""
    text = (
        "序号｜工会名称｜统一社会信用代码｜法定代表人｜住所\n"
        "1｜宜兴市丁蜀镇总工会｜81320282MC0011223A｜邵明轩｜宜兴市丁蜀镇人民政府院内\n"
    )
    (grid,) = grids(text)
    assert grid.kinds == ("other", "body", "other", "lead", "address")
    assert [text[a:b] for a, b in grid.heads] == ["序号", "工会名称", "统一社会信用代码", "法定代表人", "住所"]
    assert [text[a:b] for a, b in grid.rows[0]][3] == "邵明轩"
