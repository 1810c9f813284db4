"""A directory of officers saved from a spreadsheet as tab-separated text: each row written
again as a text table's row, 序号. 姓名 单位职务, the spreadsheet's merged and wrapped cells
read (kg.ingest.officer_tables).

The directory is invented (another city, other names)."""

from __future__ import annotations

import pytest

from kg.ingest.formats import lines_to_blocks
from kg.ingest.officer_tables import officer_rows
from kg.ingest.repair import repair_breaks
from kg.ingest.textmap import Mapped

DIRECTORY = "\n".join(
    [
        "江东市南湖区总工会基层工会干部名录",
        "序号\t片区\t单位\t姓名\t职务\t办公电话\t备注",
        "一、区总工会机关",
        "1\t区总工会\t江东市南湖区总工会\t苏明远\t党组书记、主席\t86XX1001\t兼区人大常委会副主任",
        "2\t\t（同上）\t林晓彤\t副主席\t86XX1002\t",
        "二、街道总工会",
        "3\t柳岸街道\t江东市南湖区柳岸街道总工会\t钟楚文\t街道党工委委员、总工会主席\t86XX2001\t",
        "4\t\t江东青禾软件有限公司工会\t祁雨桐\t主席\t—\t企业财务总监兼",
        "5\t\t（同上）\t谷长河\t原主席\t—\t已调离",
        "6\t\t江东市南湖区柳岸街道总工会\t—\t副主席（空缺）\t—\t待补",
        "7\t桂香\t江东市南湖区桂香街道总工会\t梅若溪\t副主席（主持工作）\t86XX3001\t兼任，街道办事处副主任",
        "\t街道\t\t\t\t\t",
        "合计：基层工会 5 个",
    ]
)


def _lines(text: str) -> list[str]:
    table = officer_rows(list(Mapped.of(text).lines()))
    assert table is not None
    return [line.text for line in table[0]]


@pytest.mark.parametrize(
    "row",
    [
        # the unit, then the job cell's offices, then the note's 兼 office
        "1. 苏明远 江东市南湖区总工会党组书记、主席、区人大常委会副主任",
        # （同上）: the unit of the row above
        "2. 林晓彤 江东市南湖区总工会副主席",
        # 街道党工委 under a street's union: that street's; 总工会主席 after it: the unit's own
        "3. 钟楚文 江东市南湖区柳岸街道党工委委员、江东市南湖区柳岸街道总工会主席",
        # 企业…兼 in the note of a company union's chair: an office at the company
        "4. 祁雨桐 江东青禾软件有限公司工会主席、江东青禾软件有限公司财务总监",
        # 已调离: the row's offices are past ones
        "5. 谷长河 原江东青禾软件有限公司工会主席",
        # a name cell naming nobody: the unit alone
        "6. 江东市南湖区柳岸街道总工会",
        # a bracketed note on how an office is held goes; 兼任，X: X is held too
        "7. 梅若溪 江东市南湖区桂香街道总工会副主席、江东市南湖区桂香街道办事处副主任",
    ],
)
def test_each_row_is_a_numbered_row_of_name_and_chain(row: str) -> None:
    assert row in _lines(DIRECTORY)


def test_a_wrapped_cell_is_no_row_and_other_lines_stay() -> None:
    lines = _lines(DIRECTORY)
    assert "\t街道\t\t\t\t\t" not in lines  # (桂香 / 街道: the rest of the cell above)
    assert "一、区总工会机关" in lines and "合计：基层工会 5 个" in lines


def test_rows_stay_lines_of_their_own() -> None:
    blocks = [b.text.text for b in repair_breaks(lines_to_blocks(Mapped.of(DIRECTORY)))]
    assert "合计：基层工会 5 个" in blocks  # (no wrap of the last row)
    assert sum(b.startswith(("1. ", "2. ", "3. ")) for b in blocks) == 3


@pytest.mark.parametrize(
    "text",
    [
        # near-miss: tabs without a header naming a person, a unit and a job: no directory
        "序号\t姓名\t性别\t年龄\n1\t苏明远\t男\t45",
        "项目\t金额\n1\t300",
    ],
)
def test_no_directory_without_its_heads(text: str) -> None:
    assert officer_rows(list(Mapped.of(text).lines())) is None


def test_a_table_whose_every_cell_is_filled_keeps_its_rows() -> None:
    # folded, each cell stays in its column: the table's reader takes the jobs as written
    text = "序号\t单位\t姓名\t职务\n1\t江东市第二中学\t苏明远\t工会主席\n2\t江东市图书馆\t林晓彤\t馆长、工会主席\t"
    lines = _lines(text)
    assert lines[1:] == text.split("\n")[1:]


def test_a_list_of_winners_is_no_directory() -> None:
    # an honour column: the list's reader takes it as it is, blank cells and all
    text = "序号\t单位\t姓名\t职务\t奖项\n1\t江东市第二中学\t苏明远\t\t一等奖"
    assert officer_rows(list(Mapped.of(text).lines())) is None


def test_the_table_ends_at_a_blank_line() -> None:
    # a paragraph indented by tabs after the table: no row, no wrapped cell
    text = DIRECTORY + "\n\n\t\t会后，各街道总工会将名录报区总工会组织部。"
    lines = _lines(text)
    assert lines[-1] == "\t\t会后，各街道总工会将名录报区总工会组织部。"
