"""In a chronicle (大事记) each entry names its own meeting: 大会选举A为主席 later in the
entry elects at that meeting, not at the article's main event.  All text is invented."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event, participants

CHRONICLE = (
    "1月9日　{u}第十届委员会第三次全体会议在县职工服务中心召开，120人参加。\n"
    "3月6日　{u}举办女职工插花技艺展示活动，80余人参加。\n"
    "{d}　{c}成立大会暨第一次会员代表大会在{v}召开，40名会员代表参加。"
    "大会选举{a}为联合会主席，{b}为副主席。\n"
)


@pytest.mark.parametrize(
    ("u", "d", "c", "v", "a", "b"),
    [
        ("漳县总工会", "6月18日", "漳县快递行业工会联合会", "城关镇党群服务中心", "仝建国", "鲍晓芹"),
        ("礼泉县总工会", "9月2日", "礼泉县家政服务业工会联合会", "县职工之家", "覃思远", "司马雯"),
    ],
)
def test_a_chronicle_entry_elects_at_its_own_meeting(extract_text, u, d, c, v, a, b) -> None:
    facts = extract_text(CHRONICLE.format(u=u, d=d, c=c, v=v, a=a, b=b), headline="大事记")
    assert {a, b} <= participants(event(facts, "成立大会"))
