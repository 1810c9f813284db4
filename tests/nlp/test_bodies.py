"""kg_bodies (kg.nlp.bodies): national bodies, repeated names, the longest names win."""

from __future__ import annotations

import pytest

from kg.nlp.bodies import longest_names
from kg.nlp.found import Found


def test_a_national_body_known_by_name(nlp):
    doc = nlp("中华全国总工会发布通知。")
    assert [(s.text, s.label_, s._.kg_kind, s._.kg_ref) for s in doc.spans["kg"]] == [
        ("中华全国总工会", "UNION", "national", "中华全国总工会")
    ]


def test_a_union_opening_an_organisations_name_stays_a_mention(find):
    found = find("郑州市总工会职工服务中心开放。")
    assert {("郑州市总工会", "UNION", ""), ("郑州市总工会职工服务中心", "ORG", "")} <= found


def test_a_venue_opening_an_organisations_name_is_no_venue(labelled):
    """市市场|监管局: a venue's ending (市场) at the start of a body's name is part of the name;
    only a union opening a body's name is a mention of its own."""
    assert labelled("征求市纪委监委、市人社局、市市场监管局等部门意见。", "PLACE") == set()


def test_a_venue_word_opening_a_body_in_a_list():
    opening, body = Found(0, 3, "PLACE"), Found(0, 6, "ORG")
    assert longest_names([], [opening, body]) == [body]


def test_the_longest_name_wins_then_the_leftmost():
    shorter, longer = Found(0, 3, "ORG"), Found(2, 7, "PLACE")
    assert longest_names([], [shorter, longer]) == [longer]
    left, right = Found(0, 4, "PLACE"), Found(2, 6, "ORG")
    assert longest_names([], [right, left]) == [left]


def test_a_national_body_wins_over_a_longer_candidate():
    national = Found(2, 9, "UNION", "national", "中华全国总工会")
    assert longest_names([national], [Found(0, 12, "ORG")]) == [national]


def test_a_name_found_once_is_found_wherever_it_is_written(tagged_doc):
    # the second 宏达机械有限公司 is one word the tagger does not read as a name
    doc = tagged_doc(
        ("宏达", "ORG"), ("机械", "n"), ("有限公司", "n"), ("与", "p"), ("宏达机械有限公司", "v"), ("签约", "v")
    )
    assert [(s.start_char, s.text) for s in doc.spans["kg"] if s.label_ == "ORG"] == [
        (0, "宏达机械有限公司"),
        (9, "宏达机械有限公司"),
    ]


def test_a_longer_name_opening_with_a_national_body_wins():
    # 国家税务总局某市税务局: an office of the national body, named after it
    national = Found(0, 6, "ORG", "national", "国家税务总局")
    longer = Found(0, 12, "ORG")
    assert longest_names([national], [longer]) == [longer]


def test_a_short_national_form_inside_a_longer_name_is_part_of_it():
    # the 教育部 of 某总工会宣传教育部
    national = Found(7, 10, "ORG", "national", "中华人民共和国教育部")
    longer = Found(0, 10, "ORG", "union-dept")
    assert longest_names([national], [longer]) == [longer]


def test_a_national_short_form_inside_a_longer_form_goes_with_it():
    # 国家税务总局某市税务局: the 税务总局 inside 国家税务总局 does not stand alone
    full, short = Found(0, 6, "ORG", "national", "国家税务总局"), Found(2, 6, "ORG", "national", "国家税务总局")
    longer = Found(0, 12, "ORG")
    assert longest_names([full, short], [longer]) == [longer]


@pytest.mark.parametrize(
    "text",
    [
        "报告会在夷陵区小溪塔街道宜昌峡光新材料\n有限公司职工活动中心举行。",
        "比赛在柳州宏达机械制造\n有限公司职工文化活动中心开赛。",
        "座谈会在佛山顺联陶瓷\n股份有限公司会议中心召开。",
    ],
)
def test_no_name_opens_with_a_legal_form(labelled, text):
    found = labelled(text, "PLACE") | labelled(text, "ORG")
    assert not any(name.startswith(("有限公司", "股份有限公司")) for name in found)


def test_a_name_with_a_legal_form_inside_is_found_whole(labelled):
    assert "柳州宏达机械制造有限公司职工文化活动中心" in labelled(
        "比赛在柳州宏达机械制造有限公司职工文化活动中心开赛。", "PLACE"
    )
