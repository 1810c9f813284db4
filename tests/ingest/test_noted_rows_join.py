"""A winners' list of a printed bulletin keeps its rows (kg.ingest.repair): a row of a name,
its note of sex or people (（女，侗族）) and, after a gap, the unit and job is whole; the next
such row is no rest of it, even where the note's comma keeps the row from looking like a
title.  Every line is invented."""

from __future__ import annotations

import pytest

from kg.ingest.document import Block
from kg.ingest.repair import should_join
from kg.ingest.textmap import Mapped


def _block(text: str, gap: int) -> Block:
    return Block(Mapped.of(text), None, gap)


@pytest.mark.parametrize(
    ("line", "after", "joined"),
    [
        ("麻春燕（女，水族）　三都县民族中学后勤部主任", "韦德海（布依族）　三都县供电局线路班班长", False),
        ("蒙秀兰（女，侗族）　榕江县人民医院护士长", "杨光耀　榕江县自来水公司管网维修工", False),
        # near-miss: a sentence broken by the wrap goes on
        ("会上，麻春燕（女，水族）代表受表彰人员发言，她说，", "学校后勤要为师生服务好。", True),
    ],
)
def test_noted_rows_stay_apart(line, after, joined):
    assert should_join(_block(line, 0), _block(after, 0), None, soft_wrap=False) is joined
