"""Event attributes in new genres, as a grammar (session 49).

- “送温暖”首站… over the body's “冬送温暖”活动: the campaign's phrase quoted, a season before it
  in the name, is one event with the name;
- 经X总工会D1至D2在…公示 / D1至D2，X总工会对…进行了公示: a notice posted over a period, the
  body's event dated by its first day (拟于…公示: a plan, none);
- 会议主题：X视频会 / 会议时间：… / 参会人（N）：…: a meeting app's export names the page's meeting;
- X总工会上周四开了会员代表大会: the weekday of the week before the report's, after the subject;
- 他作为主讲人参加…Y: the one person the text named before takes part in Y.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event


def test_quoted_campaign_phrase_is_the_seasoned_name(extract_text):
    facts = extract_text(
        "1月20日上午，由鹤岗市总工会主办的“冬送温暖”活动在向阳区职工服务中心举行。市总工会副主席孟庆丰出席。\n",
        headline="鹤岗市总工会“送温暖”首站走进向阳区 200余名困难职工领到年货",
        region="鹤岗市",
        date="2028-01-21",
    )
    check_event(facts, {"ev": "冬送温暖", "date": "01-20", "someorgs": ["鹤岗市总工会"]})
    names = [e.ref.name for e in facts.events]
    assert [n for n in names if "送温暖" in n] == ["“冬送温暖”活动"], names


FORM = (
    "单位意见\t同意推荐。\n"
    "县级工会意见\t经临湘市总工会2028年2月3日至2月9日在临湘市总工会网站和厂务公开栏公示5个工作日，无异议。同意推荐。\n"
    "附：公示情况\n"
    "　　2028年3月10日至3月16日，湖南省总工会对2028年湖南省五一劳动奖章拟表彰对象进行了公示，公示期间未收到异议。\n"
)


def test_notice_posted_over_a_period_by_the_body_before_it(extract_text):
    facts = extract_text(FORM, headline="2028年湖南省五一劳动奖章推荐审批表", region="岳阳市", date="2028-02-12")
    posted = [(e.date[0][-5:], [r.name for r, _ in e.organizers]) for e in facts.events if e.ref.name == "公示"]
    assert ("02-03", ["临湘市总工会"]) in posted, posted


def test_notice_posted_over_a_period_by_the_subject_after_it(extract_text):
    facts = extract_text(FORM, headline="2028年湖南省五一劳动奖章推荐审批表", region="岳阳市", date="2028-02-12")
    posted = [(e.date[0][-5:], [r.name for r, _ in e.organizers]) for e in facts.events if e.ref.name == "公示"]
    assert ("03-10", ["湖南省总工会"]) in posted, posted


def test_notice_to_be_posted_is_no_event(extract_text):
    facts = extract_text(
        "经研究，平江县总工会拟于2028年4月2日至4月8日在县总工会网站对推荐人选进行公示。\n",
        headline="关于推荐2028年度先进个人的情况说明",
        region="岳阳市",
        date="2028-03-28",
    )
    check_event(facts, {"none": "公示"})


EXPORT = (
    "会议主题：鹤壁市总工会2028年三季度工作推进视频会\n"
    "会议时间：2028/07/11 09:00-09:40 (GMT+08:00)\n"
    "参会人（5）：郝振宇（市总）、市总-司徒兰芳、淇滨区工会 尤建新、会议室大屏、用户3321\n"
    "【转写全文】\n"
    "郝振宇（市总）  00:00:15\n好，开始。淇滨区先说说上个月的职工运动会。\n"
    "淇滨区工会 尤建新  00:01:02\n我们7月2日在区体育馆办了职工运动会，300多人参加。\n"
    "市总-司徒兰芳  00:02:10\n我补充一下，市总工会下一步还要开展送清凉。\n"
)


def test_meeting_export_fields_name_the_page_meeting(extract_text):
    facts = extract_text(EXPORT, region="鹤壁市", date="2028-07-12")
    main = facts.events[0]
    assert main.ref.name == "鹤壁市总工会2028年三季度工作推进视频会", [e.ref.name for e in facts.events]
    check_event(facts, {"ev": "工作推进视频会", "date": "07-11", "someorgs": ["鹤壁市总工会"]})
    check_event(facts, {"ev": "工作推进视频会", "people": ["郝振宇", "司徒兰芳"], "place": None})
    assert len([e for e in facts.events if "视频会" in e.ref.name]) == 1


@pytest.mark.parametrize(
    ("body", "date", "day"),
    [
        # 上周四 in a report of Tuesday 07-11: the Thursday of the week before
        ("好，第二个事儿。山城区总工会上周四开了会员代表大会，尤建新当选主席。\n", "2028-07-11", "07-06"),
        # 上星期二 in a report of Thursday 05-18, the body opening the sentence
        ("岳阳楼区总工会上星期二召开会员代表大会，选举产生新一届委员会。\n", "2028-05-18", "05-09"),
    ],
)
def test_weekday_of_the_week_before_after_the_subject_dates_it(extract_text, body, date, day):
    facts = extract_text(body, headline="区总工会动态", region="岳阳市", date=date)
    check_event(facts, {"ev": "会员代表大会", "date": day})


def test_spoken_holding_verb_and_members_congress(extract_text):
    facts = extract_text(
        "好，第二个事儿。山城区总工会4月6日开了会员代表大会，尤建新当选主席。\n",
        headline="鹤壁市总工会工作调度会",
        region="鹤壁市",
        date="2028-04-11",
    )
    check_event(facts, {"ev": "会员代表大会", "date": "04-06", "someorgs": ["山城区总工会"]})


def test_pronoun_attending_is_the_one_person_named_before(extract_text):
    facts = extract_text(
        "姓　　名\t欧阳春生\t性　　别\t男\n主要事迹\n"
        "　　欧阳春生同志1998年进厂，从学徒干起。\n"
        "　　二是传帮带。他先后带徒15名。2027年5月，他作为主讲人参加岳阳市总工会在城陵矶镇举办的"
        "“劳模进企业”宣讲活动，向200余名青年职工讲授操作要点。\n",
        headline="2028年湖南省五一劳动奖章推荐审批表",
        region="岳阳市",
        date="2028-03-02",
    )
    check_event(facts, {"ev": "劳模进企业", "people": ["欧阳春生"]})


def test_pronoun_after_two_people_names_no_participant(extract_text):
    facts = extract_text(
        "　　张建国向李卫东学艺多年。2027年5月，他参加岳阳市总工会在城陵矶镇举办的“劳模进企业”宣讲活动。\n",
        headline="师徒情深",
        region="岳阳市",
        date="2028-03-02",
    )
    check_event(facts, {"ev": "劳模进企业", "nopeople": ["张建国", "李卫东"]})
