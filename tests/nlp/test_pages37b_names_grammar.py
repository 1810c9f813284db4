"""Person names in two frames the tagger misreads (session 37, round 2): all texts invented.

A. A name of three after a title whose last character the tagger read as a degree adverb
   (副主席甘华|大|出席): a degree adverb grades a quality, it never stands between a name
   and an act it is followed by; near-misses keep the adverbs that do (也, 还, 都).
B. A quoted name a naming verb gives to a thing (机器人被叫作“秦晓焊”, 吉祥物取名“工小宝”):
   the thing's name, no one's; near-misses name people so (师傅被称为“李铁手”… 王强).
"""

from __future__ import annotations

import pytest

CASES: list = [
    # A. the third character read as a degree adverb
    ("区总工会党组书记、常务副主席甘华大出席，32家企业参加。", {"甘华大"}),
    ("市总工会副主席欧建大主持会议。", {"欧建大"}),
    ("县总工会主席、党组书记廖文大讲话。", {"廖文大"}),
    ("镇党委委员、镇工会主席宁光大陪同调研。", {"宁光大"}),
    ("区总工会主席甘华也出席活动。", {"甘华"}),
    ("市总工会副主席欧建还主持了座谈。", {"欧建"}),
    ("区总工会副主席廖文都到场。", {"廖文"}),
    ("公司工会主席宁光很重视这项工作。", {"宁光"}),
    # B. a quoted name given to a thing
    ("车间新引进的协作焊接机器人被大家亲切地叫作“秦晓焊”，工人们带着它调试参数。", set()),
    ("工会驿站的智能服务机器人取名“甘小暖”，可为骑手提供咨询。", set()),
    ("这台巡检机器人被职工们称为“吴小巡”，每天巡检两次。", set()),
    ("活动吉祥物命名为“胡小工”，由职工投票选出。", set()),
    ("老师傅被徒弟们称为“铁手”，他叫作王铁军。", {"王铁军"}),
    ("车间主任巩立新被大家叫作“焊王”，带徒52名。", {"巩立新"}),
    # after the fixes: other forms, and near-misses of the new rules
    ("区总工会副主席石海大主持会议。", {"石海大"}),
    ("副主席任志大表示，将继续做好服务。", {"任志大"}),
    ("职工王强大笑着说，这次比赛收获很大。", {"王强"}),
    ("园区的送餐机器人名为“邰小送”，已服务职工三千人次。", set()),
    ("机器人展台前，主持人称为“宓小乐”的讲解员介绍了产品。", {"宓小乐"}),
    ("他把徒弟叫作“小郝”，车间主任郝建新也这样叫。", {"郝建新"}),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_names_in_frames(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want
