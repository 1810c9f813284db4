"""People of session 49's pages (invented text).

A. A meeting transcript's speaker head (display name, a gap, the time into the recording)
   names its person after the unit and a space or a dash (镇工会 仝飞　00:01:02), however
   rare the surname; a room's screen or a bot's display name names no one.
B. A name and a noun for a thing right after it, closing the phrase (小禾 AI 助手, spaced
   out as a meeting app prints it), is the thing's name; a name before an adverb that
   only looks like such a noun (王强系统介绍) is still a person.
C. A word the page writes as the opening of a union's or a firm's name (金泰 beside 金泰工会
   and 奉化区金泰食品有限公司) names the firm, not a person; a name opening an area's name
   (赵庄 beside 赵庄镇总工会) is still a person.
D. A directory's numbered row: the cell between a unit's cell (a body's whole name or
   （同上）) and a cell holding an office is a name, whatever it looks like (长江), in a
   table of three such rows or more.
"""

from __future__ import annotations

import re

import pytest

from kg.nlp.directory_names import directory_names
from kg.nlp.found import Found
from kg.nlp.speaker_heads import speaker_heads
from kg.nlp.thing_names import thing_after_name

DIRECTORY = (
    "序号 单位 姓名 职务 电话\n"
    "一、县总工会机关\n"
    "1 平江县总工会 汪海洋 主席 8801\n"
    "2 （同上） 闻人翠 副主席 8803\n"
    "二、基层工会\n"
    "3 平江县华荣纺织有限公司工会 黄河远 工会主席 8802\n"
    "4 平江县实验小学工会 建华 主席 8804\n"
    "5 平江县人民医院工会 伊尔根觉罗·明远 主席 8805\n"
    "6 平江县青山物流有限公司工会 长江 副主席（主持工作） 8806\n"
)

PEOPLE: list = [
    # A
    ("镇工会 仝飞 00:01:02\n好。\n县总-仝文亮 00:01:30\n我说一下。", {"仝飞", "仝文亮"}),
    ("会议室大屏 00:00:41\n喂喂，能听到吗？\n小禾 AI 助手 00:05:01\n温馨提示：会议录制中。", set()),
    # B
    ("参会人：李国庆、小禾 AI 助手、会议室大屏", {"李国庆"}),
    ("王强系统介绍了安全生产经验。", {"王强"}),
    # C
    ("金泰那边出了场地，奉化区金泰食品有限公司承办，金泰工会主席讲了话。", set()),
    ("赵庄镇总工会承办，赵庄当选主席。", {"赵庄"}),
    # D
    (DIRECTORY, {"汪海洋", "闻人翠", "黄河远", "建华", "伊尔根觉罗·明远", "长江"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_49(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_speaker_heads_need_two_heads() -> None:
    one = "会议纪要\n主持人 00:14:30\n"
    assert speaker_heads(one) == []
    programme = "乘车抵达 华山 14:30\n游览。\n返回 黄山 17:30\n"  # the clock of a day's plan: no recording
    assert speaker_heads(programme) == []
    two = "镇工会 仝飞 00:01:02\n好。\n县总-仝文亮 00:01:30\n"
    assert [two[a:b] for a, b in speaker_heads(two)] == ["镇工会 仝飞", "县总-仝文亮"]


@pytest.mark.parametrize(
    ("text", "end", "thing"),
    [
        ("小禾 AI 助手 00:05:01", 2, True),
        ("小安机器人、小乐在大厅", 2, True),
        ("王强系统介绍了经验", 2, False),  # 系统 here is "systematically"
        ("王强机器人维修班", 2, False),  # the noun goes on: no phrase closed
    ],
)
def test_a_thing_noun_closing_a_name(text: str, end: int, thing: bool) -> None:
    things = ("机器人", "AI助手", "助手", "系统")
    assert thing_after_name(text, end, things) is thing


def test_a_directory_needs_three_rows() -> None:
    text = "1 平江县总工会 汪海洋 主席 8801\n"
    found = [Found(2, 8, "UNION")]
    titles = re.compile("主席")
    assert directory_names(text, found, titles) == []
    rows = text + "2 （同上） 长江 副主席 8802\n3 （同上） 建华 主席 8803\n"
    assert [rows[a:b] for a, b in directory_names(rows, found, titles)] == ["汪海洋", "长江", "建华"]
