"""People of session 48's pages (invented text).

A. A name of the name words of Mongolian or Tibetan names that makes a phrase whole
   between marks (after a bracketed label, before a comma or a bracket) is one person,
   however the tagger cut it (那/r|仁满/n|都/d|拉/v): no word of it alone is a name.
B. A name made up by the page, marked so in brackets right after it (（化名）), names no
   person when quoted or a pet name (a full name so marked is kept: names37 J06).
C. On a chat export's message head line (date, time, screen name), a name the screen name
   runs on past without a mark or space (a place and a nickname) is part of the handle;
   a screen name ending in a full name still names its person.
D. A labelled caption that says where someone stands in the picture (图：…（左二）…) is a
   line of the article: the people it names, with their offices, are read.
"""

from __future__ import annotations

import pytest

from kg.ingest.captions import caption_of, without_captions
from kg.ingest.document import Block
from kg.ingest.textmap import Mapped

PEOPLE: list = [
    # A
    ("【劳模风采】那顺乌日图，蒙古族，2024年全国劳动模范。", {"那顺乌日图"}),
    ("【劳模风采】额尔敦巴根，蒙古族，牧民。", {"额尔敦巴根"}),
    ("【先进人物】扎西旺堆，藏族，县公路段养护工。", {"扎西旺堆"}),
    ("照片：才让多杰（右二）与同事检修线路。", {"才让多杰"}),
    ("乌云密布，格桑花开。", set()),
    # B
    ("网约车司机“阿杰”（化名）告诉我们，平台抽成太高。", set()),
    ("保洁员阿芳（化名，45岁）和站长周立新一起参加了活动。", {"周立新"}),
    # C
    ("2029-03-02 09:14:20　凤城老孙头\n我家离厂区远，能不能派车接一下？", set()),
    ("2029-03-02 09:14:20　通化老李头\n我家离厂区远，能不能派车接一下？", set()),
    ("2029-03-02 09:14:20　金华老陈\n收到。", set()),
    ("2029-03-02 09:20:31　柳小助（群助手）\n@所有人 明早七点集合。", set()),
    ("2029-03-02 09:16:05　车间工会-孔繁星\n可以，明早七点在北门集合。", {"孔繁星"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_48(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_a_name_of_name_words_grown_back_over_the_words_before(labelled) -> None:
    # 才/d|让/v|东智/PER as the tagger reads it: the whole name, not its last word
    assert labelled("【劳模故事】才让东智，藏族，养路工。", "PERSON") == {"才让东智"}


def _block(text: str) -> Block:
    return Block(Mapped.of(text))


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        ("图：社区工会主席罗晓岚（左二）与快递员交流。", True),
        ("图：镇总工会副主席包海峰（中）为环卫工人送上清凉包。", True),
        ("图：职工书法展现场", False),
    ],
)
def test_a_caption_naming_who_stands_where_is_kept(caption: str, kept: bool) -> None:
    assert caption_of(caption) is not None
    blocks = [_block("6月1日，河湾区总工会举办职工书法展。"), _block(caption)]
    texts = [b.text.text for b in without_captions(blocks)]
    assert (caption in texts) is kept
