"""Rows of a text table (cells parted by ｜) stay rows: no row is a wrap of the one above,
nor is the line after the table's blank line (kg.ingest.repair)."""

from __future__ import annotations

import pytest

from kg.ingest.document import Block
from kg.ingest.repair import should_join
from kg.ingest.textmap import Mapped


def _block(text: str, gap: int) -> Block:
    return Block(Mapped.of(text), None, gap)


@pytest.mark.parametrize(
    ("row", "after", "gap", "joined"),
    [
        (
            "田秀英｜党组成员、副主席｜分管组织部，联系市职工学校",
            "杨国富｜副主席（兼职）｜某公司车间主任，省劳动模范；协助联系劳模工作",
            0,
            False,
        ),
        (
            "杨国富｜副主席（挂职）｜本职为环北街道党工委副书记，挂职期至2027年8月",
            "经费审查委员会主任：吴德兵（党组成员）",
            1,
            False,
        ),
        # near-miss: a line with one bar is no table's row; a wrapped sentence goes on
        ("铜仁市总工会｜碧江区总工会联合开展送温暖活动，为困难职工送去", "慰问金和米面油等物资", 0, True),
    ],
)
def test_bar_table_rows_stay_apart(row, after, gap, joined):
    assert should_join(_block(row, 1), _block(after, gap), None, soft_wrap=True) is joined
