"""Names of people, bodies and places of session 54's pages (invented text).

A. A given name whose surname the tagger read as a verb (车间操|文斌) where the page writes
   the name whole elsewhere opens at the surname; 操 is a surname.
B. 宣布 follows a name: the character the tagger cut off before it is the name's (关立|军宣布).
C. A list item may be a name its area qualifies with 的 (甲乡的X、乙镇的Y获得二等奖).
D. The object of 从事 (a line of work) is no person (从事苗锦织绣工作).
E. Unions named after their members without 工会 (…职工联合总会, …从业员协进会); places
   counted together (珠澳两地工会) name no union.
F. A venue put in an area (位于某县的…基地) is named whatever its ending; 实训中心 and 联检区
   end venues.
G. A word ending as a body right after a union's name (县总工会|职工服务中心) is a body.
H. A company's quoted venue word before a plaque's verb (为某公司“职工之家”揭牌) is the
   plaque's words: the company is named, no venue.
"""

from __future__ import annotations

import pytest


def test_a_surname_read_as_a_verb_opens_a_name_the_page_writes_whole(labelled) -> None:
    text = "装配一车间操明远、质检部韦小岚获得第一名。获得第一名的操明远今年29岁。"
    people = labelled(text, "PERSON")
    assert "操明远" in people
    assert "明远" not in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("市总工会党组成员、副主席关立军宣布大会开幕。", "关立军"),
        ("县总工会副主席林振军宣布比赛开始。", "林振军"),
    ],
)
def test_a_name_before_xuanbu_keeps_its_last_character(labelled, text, name) -> None:
    assert name in labelled(text, "PERSON")


def test_a_name_an_area_qualifies_is_a_list_item(labelled) -> None:
    people = labelled("东坪乡的杨银花、南岭镇的邓秀莲获得二等奖。", "PERSON")
    assert "杨银花" in people


@pytest.mark.parametrize(
    "text",
    [
        "全县目前从事苗锦织绣相关工作的职工已超过900人。",
        "全县从事黎锦织绣相关工作的职工超过千人。",
    ],
)
def test_the_object_of_congshi_is_no_person(labelled, text) -> None:
    assert not labelled(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("澳门青州职工联合总会举办技能嘉年华。", "澳门青州职工联合总会"),
        ("香港酒店业从业员协进会派员参加。", "香港酒店业从业员协进会"),
    ],
)
def test_unions_named_after_their_members(labelled, text, union) -> None:
    assert union in labelled(text, "UNION")


@pytest.mark.parametrize(
    "text",
    ["双方表示，珠澳两地工会将加强合作。", "今后闽台两地工会将加强交流。"],
)
def test_places_counted_together_name_no_union(labelled, text) -> None:
    assert not any(u.endswith("两地工会") and len(u) > 4 for u in labelled(text, "UNION"))


def test_a_venue_put_in_an_area_is_named(labelled) -> None:
    places = labelled("选手们来到位于白河县的松辽石化技能实训基地参观。", "PLACE")
    assert "松辽石化技能实训基地" in places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("培训在公司技能实训中心和总装车间同时开展。", "公司技能实训中心"),
        ("驿站设在图们口岸联检区，面积60平方米。", "图们口岸联检区"),
    ],
)
def test_training_centres_and_inspection_zones_are_venues(labelled, text, place) -> None:
    assert place in labelled(text, "PLACE")


def test_a_word_ending_as_a_body_after_a_union_is_a_body(labelled) -> None:
    text = "县总工会职工服务中心还在现场为职工提供免费体检。"
    assert "县总工会职工服务中心" in labelled(text, "ORG")


def test_a_plaques_words_after_a_company_name_no_venue(labelled) -> None:
    text = "同日下午，一行人来到石门镇，为琼南石门云雾茶业有限公司“职工之家”揭牌。"
    assert "琼南石门云雾茶业有限公司" in labelled(text, "ORG")
    assert not labelled(text, "PLACE")


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("6月11日，龙井市总召开表彰会，命名12个单位为“模范职工之家”。", "龙井市总"),
        ("近日，敦化市总举办职工技能培训班。", "敦化市总"),
    ],
)
def test_a_federation_written_short_before_a_verb(labelled, text, union) -> None:
    """I. An area's federation written short (某市总) as a word of its own before a verb."""
    assert union in labelled(text, "UNION")


def test_a_total_after_a_city_is_no_federation(labelled) -> None:
    assert not labelled("今年龙井市总投资达到3亿元。", "UNION")


@pytest.mark.parametrize(
    "text",
    [
        "评委组组长、县非物质文化遗产保护中心主任韦春华介绍。",
        "县非物质文化遗产保护中心主任韦春华介绍。",
    ],
)
def test_a_long_adjective_inside_a_bodys_name(labelled, text) -> None:
    """J. A word of three the tagger read as an adjective (非物质) inside a level's body's
    name, after a chain's mark too."""
    assert "县非物质文化遗产保护中心" in labelled(text, "ORG")
