"""Awards of session 48 (invented names and places).

A. A line's tag in square brackets, maybe after its panel's number and a gap (展板2-6　【劳模故事】),
   stands before the name a profile's line opens with: an epithet clause (…，1996年某省劳动模范，…)
   and a clause with no subject of its own (…，1958年被评为X) are that person's, not those of a
   body a line above opens with.
B. A selection listing its honourees after the quoted honour, its count and a colon (评出“X”3名：
   A、B、C，每人…): each listed name holds X when the list has as many names as the count.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


_PANELS = (
    "第一展区　林海初心\n"
    "展板1-3　时间线\n"
    "1956年　张掖林场工会成立，会员37人。\n"
    "1963年　林场工会创办职工夜校。\n"
    "展板1-5　【劳模故事】郭长顺（1930—2018），时任林场二队队长，1958年被评为全国先进生产者。他带领队员植树造林。\n"
    "展板2-6　【劳模故事】韩立军，回族，1996年甘肃省劳动模范，祁连山下的护林员，已于2016年退休。\n"
    "展板3-3　【劳模故事】宋海波，2024年全国劳动模范，甘肃祁连通达公路养护有限公司机械队队长。\n"
    "展板3-5　【新时代劳动者】孟晓燕，快递员，2025年甘肃省五一劳动奖章获得者。“工会驿站就是家。”\n"
)


def test_a_panels_tagged_profile_holds_its_honours(extract_text):
    found = _awards(extract_text(_PANELS, region="张掖市"))
    assert {
        ("郭长顺", "全国先进生产者"),
        ("韩立军", "甘肃省劳动模范"),
        ("宋海波", "全国劳动模范"),
        ("孟晓燕", "甘肃省五一劳动奖章"),
    } <= found
    assert not any(name.endswith("工会") for name, _ in found)


@pytest.mark.parametrize(
    ("text", "holders", "honour"),
    [
        (
            "【活动回顾】昨天的登山比赛圆满结束！工会评出“登山能手”3名：李长江、赵晓梅、孙立国，每人奖励保温杯一个。",
            {"李长江", "赵晓梅", "孙立国"},
            "登山能手",
        ),
        ("公司工会评选出2名“节能标兵”，分别是刘志强和陈晓梅。", {"刘志强", "陈晓梅"}, "节能标兵"),
    ],
)
def test_a_selections_list_after_its_count(extract_text, text, holders, honour):
    found = _awards(extract_text(text, region="丹东市"))
    assert {(h, honour) for h in holders} <= found


@pytest.mark.parametrize(
    "text",
    [
        "工会评出“登山能手”3名：李长江、赵晓梅等，每人奖励保温杯一个。",
        "工会评出“登山能手”2名：李长江、赵晓梅的班组，每人奖励保温杯一个。",
    ],
)
def test_a_list_that_disagrees_with_its_count_gives_nothing(extract_text, text):
    found = _awards(extract_text(text, region="丹东市"))
    assert not any(honour == "登山能手" for _, honour in found)
