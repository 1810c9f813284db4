"""A slide's or a report's points each open with a bullet (●, ■, ◆ …): the line that opens
with one is an item of its own, never the rest of the line above, even where that line
stops without a full stop (kg.ingest.repair).  Every line is invented."""

from __future__ import annotations

import pytest

from kg.ingest.document import Block
from kg.ingest.repair import should_join
from kg.ingest.textmap import Mapped


def _block(text: str, gap: int) -> Block:
    return Block(Mapped.of(text), None, gap)


@pytest.mark.parametrize(
    ("line", "after", "gap", "joined"),
    [
        ("● 3月10日—4月20日，开展“新业态入会集中行动”", "● 5月18日，金桂国际大厦楼宇工会联合会成立", 0, False),
        ("● 建会率92.1%　入会率90.4%", "■ 专职工会干部4名，社会化工会工作者9名", 0, False),
        ("二、重点工作（一）扩面建会", "◆ 9月，与邻街总工会联合开展“骑手入会日”", 0, False),
        # near-miss: a line broken mid-sentence goes on
        ("● 7月6日，联合沙坪坝区总工会在金沙步行街启动", "“夏送清凉”活动，130余名环卫工人参加", 0, True),
    ],
)
def test_bulleted_lines_stay_apart(line, after, gap, joined):
    assert should_join(_block(line, 1), _block(after, gap), None, soft_wrap=False) is joined
