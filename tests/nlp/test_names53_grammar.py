"""Names of session 53's pages (invented text).

A. A grower named by his crop (果农, 菜农: a noun ending in 农) is a role noun: a dotted
   name right after it opens there.
B. A trade named by 业 before the noun for its workers (林果业职工) is no person.
C. 林业和草原局 is a department with 和 inside its name.
D. A compound surname the tagger cut in the middle (东|郭敏) opens the name after a title.
E. A village named after a city (柳林镇苏州村) is the village only.
F. A word of a compound surname and a given name opening a clause, before 当选, is a name.
G. 体育总会 ends a body's name, 训练场 a venue's, 养护站 a unit's; a bare level word the
   tagger glued to the next word opens the level's body (。区融媒体|中心).
H. A quoted name ending as an honour's (“模范职工之家”) is no venue.
I. A room of a named venue (某文化中心多功能厅): the venue is the place.
J. The items of a list a count of areas closes (甲、乙等5个乡镇) are no people.
K. A greeting of name words (扎西德勒) is no one; 供销社 ends a body's name; a union's
   name counted after it (…行业工会联合会3个。) is a kind of union, none named.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("石桥村菜农热孜古丽·艾海提、东湖镇职工李建强获得一等奖。", "热孜古丽·艾海提"),
        ("柳河村瓜农热孜万娜·吐尔逊、东湖镇职工李建强获得一等奖。", "热孜万娜·吐尔逊"),
    ],
)
def test_a_dotted_name_after_a_grower_opens_after_the_noun(labelled, text, name) -> None:
    assert name in labelled(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["今年累计培训林果业职工1500余人次。", "培训果蔬业职工百余人。"],
)
def test_a_trade_before_its_workers_is_no_person(labelled, text) -> None:
    assert not labelled(text, "PERSON")


def test_a_name_ending_in_ye_is_still_a_person(labelled) -> None:
    assert "林建业" in labelled("职工林建业获得一等奖。", "PERSON")


def test_a_forestry_and_grassland_bureau_is_one_body(labelled) -> None:
    assert "青河县林业和草原局" in labelled("活动由青河县林业和草原局协办。", "ORG")
    assert "县林业和草原局" in labelled("县总工会、县林业和草原局联合主办。", "ORG")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区总工会副主席东郭敏，街道党工委书记韦立明出席。", "东郭敏"),
        ("区总工会主席东郭红，街道党工委书记韦立明出席。", "东郭红"),  # 东 read as a locative
    ],
)
def test_a_compound_surname_cut_in_the_middle_opens_the_name(labelled, text, name) -> None:
    assert name in labelled(text, "PERSON")


def test_a_place_before_a_han_name_is_no_surname(labelled) -> None:
    people = labelled("来自广东郭敏等人参加。", "PERSON")
    assert "东郭敏" not in people


def test_a_village_named_after_a_city_holds_no_city(labelled) -> None:
    """E. (a village's name holds no area of its own: 苏州村 is no mention of 苏州市)"""
    areas = labelled("5月9日，区总工会在柳林镇苏州村举办培训班。", "AREA")
    assert "苏州村" in areas
    assert "苏州" not in areas


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("在随后召开的全委会上，单于红霞当选街道总工会主席。", "单于红霞"),  # an adjective to the tagger
        ("在随后召开的全委会上，东方明当选街道总工会主席。", "东方明"),  # a body's name to it
    ],
)
def test_a_compound_surname_word_opening_a_clause_is_a_name(labelled, text, name) -> None:
    """F. (a word of a compound surname and a given name, opening a clause and closed by 当选)"""
    assert name in labelled(text, "PERSON")


def test_an_areas_quoted_venue_is_one_place(labelled) -> None:
    assert "柳林街道“暖心驿站”" in labelled("青河区总工会在柳林街道“暖心驿站”举办入会仪式。", "PLACE")


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("协办单位：青河街道总工会　白沙区体育总会", "ORG", "白沙区体育总会"),
        ("越野滑雪项目在青松林场滑雪训练场举行。", "PLACE", "青松林场滑雪训练场"),
        ("各单位文明参赛。区融媒体中心将对开幕式进行网络直播。", "ORG", "区融媒体中心"),
        ("白沙县交通运输局青石岭公路养护站获评先进集体。", "ORG", "白沙县交通运输局青石岭公路养护站"),
    ],
)
def test_body_and_venue_endings(labelled, text, label, name) -> None:
    assert name in labelled(text, label)


@pytest.mark.parametrize(
    "text",
    [
        "决定命名白沙县人民医院等6个单位为2028年度白沙县“模范职工之家”，颁发牌匾。",
        "关于命名表彰2028年度白沙县“金牌职工”和“模范职工之家”的决定",
    ],
)
def test_a_quoted_honour_is_no_venue(labelled, text) -> None:
    assert not {p for p in labelled(text, "PLACE") if "职工之家" in p}


def test_a_room_of_a_named_venue_is_the_venue(labelled) -> None:
    assert labelled("表彰大会在县文化中心多功能厅召开。", "PLACE") == {"县文化中心"}


@pytest.mark.parametrize("text", ["活动覆盖海明、海静、红山等4个村。", "会议设大成、土桥、石门等7个乡镇分会场。"])
def test_the_items_of_a_list_of_areas_are_no_people(labelled, text) -> None:
    assert not labelled(text, "PERSON")


def test_a_list_of_people_counted_stays_people(labelled) -> None:
    assert {"王强", "李明"} <= labelled("王强、李明等5人出席。", "PERSON")


def test_a_greeting_is_no_one(labelled) -> None:
    assert not labelled("会议结束。扎西德勒！", "PERSON")


def test_a_cooperative_of_supply_is_a_body(labelled) -> None:
    assert "白沙县供销社" in labelled("扎西（白沙县供销社营业员）获评最美职工。", "ORG")


def test_a_kind_of_union_counted_is_none_named(labelled) -> None:
    assert not labelled("今年新建网约车行业工会联合会3个。", "UNION")
    assert "青河县快递行业工会联合会" in labelled("青河县快递行业工会联合会2家会员单位参加。", "UNION")
