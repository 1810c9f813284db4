"""Event attributes in new genres, as a grammar (session 44): a county gazetteer's chapter on
its union, a street union's year report set as a slide deck.

- 第六次代表大会　1992年6月8—9日在县影剧院举行。: a span of days in one month dates by its
  first day; a congress named by its number alone, no body before it or holding it, is the
  congress of the union the text names most often (the county union of its gazetteer);
- 。选举A为主席，B、C为副主席。: a sentence opening with a verb of electing, no subject, is the
  vote of the meeting its paragraph's entry names; so is a clause opening with one after a
  meeting named in its sentence (…成立大会在X召开，…，选举A为主席);
- ● 3月10日—4月20日，开展“X行动”: a report's line with no subject (a bullet, its span of days,
  perhaps where) is its author's act; a quoted title ending in a title's head (行动) after a
  verb of holding is an event;
- …大厦楼宇工会联合会成立大会在大厦12楼会议厅召开: the building the body's name opens with,
  named again by its head, is the venue;
- …竞赛，36名选手参赛，一等奖 A（…）: the prize's label names a player of the contest;
- 在X步行街启动…: a pedestrian street is a venue; 全年送出…: a year's total, no event.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event

GAZETTEER = (
    "第一节　组织机构\n"
    "　　县总工会机关设办公室、组织部。2009年，县总工会迁入县职工活动中心办公。县总工会上级工会为酒泉市总工会。\n"
    "第二节　历次代表大会\n"
    "　　第六次代表大会　1992年6月8—9日在县影剧院举行。出席代表208名，特邀代表9名。王守礼作题为《凝心聚力促发展》的"
    "工作报告。大会选举产生县总工会第六届委员会委员27名。六届一次全委会选举冯长春为主席，马德胜为副主席。\n"
    "　　第七次代表大会　1997年10月14日在县委党校礼堂举行，会期1天。出席代表181名，列席代表12名。选举冯长春为主席，"
    "范丽华、马德胜为副主席。\n"
    "　　第八次代表大会　2003年3月20日在县会议中心召开。应到代表175名，实到166名。酒泉市总工会副主席陈晓东到会讲话。"
    "选举杨立新为主席，范丽华为副主席。\n"
)

DECK = (
    "一、重点工作\n"
    "● 3月10日—4月20日，开展“新业态入会集中行动”，走进滨江商圈30栋商务楼宇\n"
    "● 5月18日，金桂国际大厦楼宇工会联合会成立大会在大厦12楼会议厅召开，入驻企业20家，45名会员代表参会，"
    "选举某某科技有限公司行政总监 范志远 为联合会主席\n"
    "● 7月6日，联合沙坪坝区总工会在金沙步行街启动“夏送清凉”活动，130余名环卫工人参加；全年送出清凉物资800份\n"
    "● 9月20日，在龙湖天街购物中心举办小龙坎街道首届茶艺师职业技能竞赛，36名选手参赛，"
    "一等奖 罗晓霞（重庆茶韵餐饮管理有限公司）\n"
)

CASES = [
    pytest.param(
        GAZETTEER,
        {
            "ev": "第六次代表大会",
            "date": "06-08",
            "place": "影剧院",
            "count": 208,
            "someorgs": ["金塔县总工会"],
            "people": ["王守礼"],
        },
        id="congress_by_number_dated_by_first_day_held_by_the_texts_union",
    ),
    pytest.param(
        GAZETTEER,
        {
            "ev": "第七次代表大会",
            "date": "10-14",
            "someorgs": ["金塔县总工会"],
            "people": ["冯长春", "范丽华", "马德胜"],
        },
        id="subjectless_vote_is_the_entrys_congress",
    ),
    pytest.param(
        GAZETTEER,
        {"ev": "第八次代表大会", "count": 166, "someorgs": ["金塔县总工会"], "people": ["杨立新", "范丽华"]},
        id="subjectless_vote_after_a_guest_speaker",
    ),
    pytest.param(
        GAZETTEER,
        {"ev": "六届一次全委会", "someorgs": ["金塔县总工会"], "people": ["冯长春", "马德胜"]},
        id="first_plenary_held_by_the_congress_union",
    ),
]

DECK_CASES = [
    pytest.param(
        {"ev": "新业态入会集中行动", "date": "03-10", "someorgs": ["小龙坎街道总工会"]},
        id="report_line_with_a_span_of_days_is_the_authors_campaign",
    ),
    pytest.param(
        {"ev": "成立大会", "date": "05-18", "place": "金桂国际大厦", "count": 45, "people": ["范志远"]},
        id="building_named_by_its_head_and_clause_vote",
    ),
    pytest.param(
        {"ev": "夏送清凉", "date": "07-06", "place": "金沙步行街", "count": 130},
        id="pedestrian_street_is_a_venue",
    ),
    pytest.param(
        {
            "ev": "茶艺师职业技能竞赛",
            "date": "09-20",
            "someorgs": ["小龙坎街道总工会"],
            "people": ["罗晓霞"],
            "count": 36,
        },
        id="report_line_held_at_a_place_and_prize_label_winner",
    ),
    pytest.param({"none": "清凉物资"}, id="years_total_is_no_event"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gazetteer_congresses(extract_text, text, expected):
    check_event(extract_text(text, headline="工　会", region="金塔县", date="2025-06-01"), expected)


@pytest.mark.parametrize("expected", DECK_CASES)
def test_report_deck_lines(extract_text, expected):
    facts = extract_text(DECK, headline="——小龙坎街道总工会2027年度工作述职", region="重庆市", date="2027-12-20")
    check_event(facts, expected)


def test_chairs_review_meeting_is_an_event(extract_text):
    facts = extract_text(
        "12月20日，沙坪坝区总工会召开2027年度镇街总工会主席述职评议会，22个镇街总工会主席逐一述职。",
        headline="镇街工会主席述职",
        region="重庆市",
        date="2027-12-22",
    )
    check_event(facts, {"ev": "述职评议会", "date": "12-20", "someorgs": ["沙坪坝区总工会"]})


def test_building_named_after_its_area(extract_text):
    facts = extract_text(
        "6月3日下午，重庆市渝北区金桂国际大厦楼宇工会联合会成立大会在大厦12楼会议厅召开，52名会员代表参会。",
        headline="楼宇工会联合会成立",
        region="重庆市",
        date="2027-06-05",
    )
    ev = event(facts, "成立大会")
    assert "金桂国际大厦" in [r.name for r, _ in ev.locations], ev.locations
