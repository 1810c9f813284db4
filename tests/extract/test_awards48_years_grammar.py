"""Awards of session 48: an honour won, unquoted, after its year (荣获2031年全国五一劳动奖章) or
ending with an honour's head (荣获省五一巾帼标兵)."""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("喜报：勐海县茶叶公司制茶车间主任刀玉香荣获2031年全国五一劳动奖章。", ("刀玉香", "全国五一劳动奖章")),
        ("景洪市人民医院护士长岩温香荣获云南省五一巾帼标兵；", ("岩温香", "云南省五一巾帼标兵")),
        ("勐腊县总工会干部玉罕获得第三届州级先进个人称号。", ("玉罕", "州级先进个人")),
    ],
)
def test_an_unquoted_honour_won_after_its_year_or_with_an_honours_head(extract_text, text, want):
    assert want in _awards(extract_text(text, region="西双版纳傣族自治州"))


def test_a_prize_won_by_a_body_stays_the_bodys(extract_text):
    found = _awards(extract_text("勐海县茶叶公司荣获云南省五一劳动奖状。", region="西双版纳傣族自治州"))
    assert not any(honour.endswith("奖状") and name != "勐海县茶叶公司" for name, honour in found)
