"""A list of people a row each keeps its rows (kg.ingest.repair): a name (a note in brackets on
it), a gap, then the unit and job; the next such row is no wrap of it, else a row's job would
run into the next row's name (…车间主任|李某: read as the title before it).  Every line is
invented."""

from __future__ import annotations

import pytest

from kg.ingest.document import Block
from kg.ingest.repair import should_join
from kg.ingest.textmap import Mapped

ROW = "覃桂兰（女，壮族）\u3000百色右江糖业有限公司压榨车间主任"
NEXT = "韦德明（瑶族）\u3000凌云县农业技术推广站农技员"
PLAIN = "黄振宇\u3000田东县人民医院护理部主任"


def _block(text: str, gap: int = 0) -> Block:
    return Block(Mapped.of(text), None, gap)


@pytest.mark.parametrize(
    ("line", "after", "joined"),
    [
        (ROW, NEXT, False),
        (NEXT, PLAIN, False),
        (PLAIN, ROW, False),
        # the paragraph so far ends with a row: its last line is read
        ("一、百色市劳动模范（3名）\n" + ROW, NEXT, False),
        # near-miss: a sentence broken across lines, no gap after the next line's first words
        ("大会表彰了压榨车间主任覃桂兰等先进个人，号召全市广大职工向", "劳模学习，立足岗位建功立业。", True),
    ],
)
def test_named_rows_stay_apart(line, after, joined):
    assert should_join(_block(line), _block(after), None, soft_wrap=True) is joined


@pytest.mark.parametrize(
    ("line", "after", "joined"),
    [
        ("麻春燕（女，水族）　三都县民族中学后勤部主任", "韦德海（布依族）　三都县供电局线路班班长", False),
        ("蒙秀兰（女，侗族）　榕江县人民医院护士长", "杨光耀　榕江县自来水公司管网维修工", False),
        # near-miss: a sentence broken by the wrap goes on
        ("会上，麻春燕（女，水族）代表受表彰人员发言，她说，", "学校后勤要为师生服务好。", True),
    ],
)
def test_noted_rows_stay_apart_on_a_printed_page(line, after, joined):
    """The same on a printed bulletin's text (no soft wrap): the note's comma keeps the row
    from looking like a title, yet the next row is no rest of it."""
    assert should_join(_block(line), _block(after), None, soft_wrap=False) is joined
