"""Names of people and places of session 55's pages (invented text).

A. 刚 right after a name of two that the tagger cut short, before a verb a name is followed
   by (主持, 出席), is the name's last character: the adverb 刚 is not written there.
B. A quoted name after a noun for a worker that a word of machines qualifies (数字服务员,
   AI讲解员) is a program's, no person, whatever surname it opens with.
C. Items of a list closed by 等 and a township's noun (甲、乙等镇; 等3个乡镇) are townships
   written by their stems, where the registry has one of that stem.
D. A community's district numbered after its place word (某新村第一居民区) is a community, and a
   union named after it keeps the whole name.
E. An everyday word's district (郊区, 城区) listed beside a sibling county with the same ending
   (某县总工会、郊区总工会) is the city's district.
F. Under a heading of people (受表彰个人（部分）) each row's one name-shaped cell is a name.
G. A staff room named by a company's type word alone (公司职工书屋) is no venue.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("开幕式由县总工会党组书记、主席禹建刚主持。", "禹建刚"),
        ("会议由副县长者国刚主持。", "者国刚"),
        ("会议由副县长锁文才主持。", "锁文才"),
    ],
)
def test_gang_before_a_verb_of_names_ends_the_name(labelled, text, name) -> None:
    people = labelled(text, "PERSON")
    assert name in people
    assert name[:2] not in people


def test_gang_as_an_adverb_after_a_pronoun_names_no_one(labelled) -> None:
    assert not labelled("他刚出席了会议。", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "街道总工会年内将推出工会数字服务员“钱小暖”，为会员提供在线咨询。",
        "展厅启用AI讲解员“林晓芸”，为参观职工提供导览。",
        "服务站配备智能导办员“祝小帮”。",
    ],
)
def test_a_quoted_name_after_an_artificial_worker_is_no_person(labelled, text) -> None:
    assert not labelled(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["优秀服务员“林晓芸”作交流发言。", "智能制造领军人才“林晓芸”作报告。"],
)
def test_a_quoted_name_after_a_human_worker_stays_a_person(labelled, text) -> None:
    assert "林晓芸" in labelled(text, "PERSON")


@pytest.mark.parametrize(
    ("text", "stems"),
    [
        ("县总工会组织来自修齐、高观、治平等乡镇的40名农民工参加培训。", {"修齐", "高观", "治平"}),
        ("培训班学员来自头渡、大有、河图等镇。", {"头渡", "大有", "河图"}),
        ("来自修齐、高观和治平等乡镇的职工参加。", {"修齐", "高观", "治平"}),
        ("葛城、复兴两街道的职工参加。", {"葛城", "复兴"}),
    ],
)
def test_stems_listed_before_a_townships_noun_are_areas(labelled, text, stems) -> None:
    assert stems <= labelled(text, "AREA")


def test_a_list_before_no_townships_noun_names_no_areas(labelled) -> None:
    assert not labelled("县总工会组织修齐、高观等企业的职工参加培训。", "AREA")


@pytest.mark.parametrize(
    ("text", "community", "union"),
    [
        ("王芳（和平新村第二居民区联合工会）等5名同志获评。", "和平新村第二居民区", "和平新村第二居民区联合工会"),
        ("长青新村第三居民区联合工会主席邵丽华发言。", "长青新村第三居民区", "长青新村第三居民区联合工会"),
    ],
)
def test_a_numbered_residents_district_is_a_community(labelled, text, community, union) -> None:
    assert community in labelled(text, "AREA")
    assert union in labelled(text, "UNION")


@pytest.mark.parametrize(
    "text",
    [
        "市总工会表彰平定县总工会、郊区总工会等6个单位。",
        "优秀组织单位\n平定县总工会　郊区总工会　盂县总工会",
    ],
)
def test_an_everyday_words_district_listed_beside_a_sibling_union(labelled, text) -> None:
    assert "郊区" in labelled(text, "AREA")


def test_an_everyday_word_beside_no_sibling_is_no_area(labelled) -> None:
    assert "郊区" not in labelled("市总工会表彰平定县总工会、郊区农场工会等单位。", "AREA")


def test_the_name_cell_of_rows_under_a_heading_of_people(labelled) -> None:
    text = (
        "受表彰个人（部分）\n"
        "蔺云岗　掘进工　山西金岭煤业有限公司\n"
        "房山川　钳工　山西岭川能源开发有限公司\n"
        "阳泉市第三人民医院　廉秀英\n"
        "会上，获奖代表作交流发言。"
    )
    assert {"房山川", "廉秀英"} <= labelled(text, "PERSON")


@pytest.mark.parametrize(
    "text",
    ["当天，镇总工会还为公司职工书屋捐赠了图书200册。", "县总工会为集团职工之家送去健身器材。"],
)
def test_a_staff_room_named_by_a_type_word_is_no_venue(labelled, text) -> None:
    assert not labelled(text, "PLACE")


def test_a_staff_room_named_by_its_company_is_a_venue(labelled) -> None:
    assert "宁夏恒达建材有限公司职工书屋" in labelled("县总工会为宁夏恒达建材有限公司职工书屋揭牌。", "PLACE")
