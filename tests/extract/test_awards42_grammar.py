"""Awards of session 42: an honour given in the active voice to the verb's object."""

from __future__ import annotations


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


def test_the_object_of_an_active_naming_verb_holds_the_honour(extract_text):
    found = _awards(extract_text("1982年省里评刘洋为湖南省劳动模范，那年他刚满三十岁。", region="长沙市"))
    assert ("刘洋", "湖南省劳动模范") in found
    found = _awards(extract_text("刘洋是井下工人。1982年省里评他为湖南省劳动模范。", region="长沙市"))
    assert ("刘洋", "湖南省劳动模范") in found


def test_i_in_an_oral_history_is_its_teller(extract_text):
    text = "口述：刘洋　　整理：李静\n1990年，全国总工会授予我全国五一劳动奖章。\n"
    assert _awards(extract_text(text, region="长沙市")) == {("刘洋", "全国五一劳动奖章")}
    assert not _awards(extract_text("市里推荐我参评全国劳动模范。", region="长沙市"))


def test_a_place_opening_its_line_then_a_space_and_the_winners(extract_text):
    text = (
        "削皮项目成绩出来啦：\n一等奖 刘洋（湘江机械）\n二等奖 李静（红星村）、王强（中心校）\n"
        "三等奖名单见图\n\n捏形项目一等奖 赵刚（中心校）\n"
    )
    assert _awards(extract_text(text, region="长沙市")) == {
        ("刘洋", "一等奖"),
        ("李静", "二等奖"),
        ("王强", "二等奖"),
        ("赵刚", "一等奖"),
    }


def test_those_listed_after_an_honouring_of_a_quoted_honour_hold_it(extract_text):
    text = (
        "活动中，浏阳市总工会表彰了2026年度“浏阳市优秀职工”10名。受表彰的有浏阳湘江机械有限公司"
        "装配车间主任刘洋、大瑶镇中心小学教师李静等。其中刘洋等3人将被推荐参评“长沙市五一劳动奖章”。"
    )
    assert _awards(extract_text(text, region="长沙市")) == {("刘洋", "浏阳市优秀职工"), ("李静", "浏阳市优秀职工")}
    assert not _awards(extract_text("会上表彰了10名“浏阳市优秀职工”。刘洋主持会议。", region="长沙市"))
