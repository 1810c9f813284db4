"""Events, as a grammar (session 58: a forum held the afternoon of a contest, a founding
congress in the same hall, a campaign's acts, a meeting's by-election).

- 当天下午，X召开座谈会 after a contest and a later plan (参加今年9月举办的Y): 当天 is the day of the
  event last dated by a day, not the plan's month;
- 8名劳动模范、…与部分获奖选手共25余人: a count after a word of a sum, a part counted before it in
  its clause, is the sum (获奖 among the groups makes it no count of winners);
- 座谈会上，A讲述了…；B分享了…。C说…: the people who act or speak in a paragraph opened by an
  event's head as its setting take part in the event named so before, not the main event;
- 座谈会前召开的X理事会第一次会议: a meeting held before (or after) an event named by its head is on
  that event's day.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event, event, organizers, participants

FORUM = (
    "5月12日，由某某区总工会主办的第四届职工厨艺大赛在区烹饪学校开赛，来自全区的60名厨师参赛。\n"
    "经过角逐，李春生获得一等奖。一等奖获得者另获奖金3000元，并将代表全区参加今年9月举办的市职工职业技能大赛。\n"
    "当天下午，区总工会在区职工之家召开“师徒话匠心”座谈会，8名劳动模范、技术能手与部分获奖选手共25余人围坐一堂。"
    "座谈会由张德海主持。\n"
    "座谈会上，全国劳动模范、某某公司厨师长王建业讲述了自己的经历；省五一劳动奖章获得者、某某酒店面点主管刘明亮"
    "分享了做法。曾任区总工会主席、现任区政协副主席的孙志华说，要把手艺留下来。"
    "座谈会前召开的某某区劳动模范协会第三届理事会第一次会议，选举王建业为会长，刘明亮为副会长。"
)


def _forum(extract_text, body: str = FORUM):
    return extract_text(body, headline="", region="济南市", date="2027-05-20")


def test_that_day_is_the_day_of_the_event_dated_by_a_day(extract_text):
    check_event(_forum(extract_text), {"ev": "师徒话匠心", "date": "05-12"})


def test_that_day_after_a_dated_plan_alone_takes_its_day(extract_text):
    body = FORUM.replace("5月12日，", "").replace("当天下午，", "5月14日下午，")
    check_event(_forum(extract_text, body), {"ev": "师徒话匠心", "date": "05-14"})


def test_a_sum_after_a_counted_part_is_the_count(extract_text):
    check_event(_forum(extract_text), {"ev": "师徒话匠心", "count": 25})


def test_winners_counted_alone_are_no_count(extract_text):
    said = "8名劳动模范、技术能手与部分获奖选手共25余人围坐一堂"
    body = FORUM.replace(said, "8名劳动模范围坐一堂，评出获奖选手共5名")
    check_event(_forum(extract_text, body), {"ev": "师徒话匠心", "count": 8})


def test_speakers_after_a_head_as_setting_take_part_in_that_event(extract_text):
    facts = _forum(extract_text)
    check_event(facts, {"ev": "师徒话匠心", "people": ["王建业", "刘明亮", "孙志华"]})
    assert not {"王建业", "刘明亮", "孙志华"} & participants(event(facts, "厨艺大赛"))


def test_a_meeting_before_an_event_named_by_its_head_is_on_its_day(extract_text):
    check_event(_forum(extract_text), {"ev": "理事会第一次会议", "date": "05-12"})


def test_a_meeting_with_no_head_before_it_has_no_day(extract_text):
    body = FORUM.replace("座谈会前召开的", "")
    check_event(_forum(extract_text, body), {"ev": "理事会第一次会议", "date": None})


CONGRESS = (
    "6月3日上午，某某区快递员“暖蜂驿站”启用仪式在位于河西街道的某某区职工服务中心举行。"
    "仪式由区总工会主办，河西街道总工会承办，共90余人参加。\n"
    "启用仪式后，某某区快递员联合工会成立大会暨第一次会员代表大会在同一会场召开。大会实到会员代表41名。"
    "大会选举产生了联合工会第一届委员会委员7名。"
    "随后召开的第一届委员会第一次全体会议，选举庞立新为联合工会主席，柴小燕为副主席。"
)


def _congress(extract_text, body: str = CONGRESS):
    return extract_text(body, headline="", region="长沙市", date="2027-06-04")


def test_same_hall_is_the_venue_of_the_event_before(extract_text):
    check_event(_congress(extract_text), {"ev": "成立大会", "place": "某某区职工服务中心"})


def test_no_word_of_the_same_hall_no_venue(extract_text):
    body = CONGRESS.replace("在同一会场召开", "召开")
    check_event(_congress(extract_text, body), {"ev": "成立大会", "place": None})


def test_a_verb_inside_the_ceremony_named_again_holds_nothing(extract_text):
    facts = _congress(extract_text, CONGRESS.replace("启用仪式", "启动仪式"))
    check_event(facts, {"ev": "成立大会", "someorgs": ["快递员联合工会"]})
    assert "区总工会" not in organizers(event(facts, "成立大会"))


def test_first_sitting_after_a_congress_not_the_main_event(extract_text):
    check_event(_congress(extract_text), {"ev": "成立大会", "people": ["庞立新", "柴小燕"]})


AID_WEEK = (
    "细雨中的青山镇文化广场人头攒动。3月2日上午，由某某县总工会主办的2027年农民工法律援助月启动仪式在这里举行，"
    "200余名农民工参加。\n"
    "当天下午，县总工会副主席鲍志远带领法律服务队，来到位于石桥镇的某某建设有限公司安置房项目工地，"
    "为60余名建筑工人开展“法律进工地”活动。\n"
    "服务队查看了农民工工资专用账户。项目经理卓建平介绍，工资每月足额发放。"
)


def _aid_week(extract_text, body: str = AID_WEEK):
    return extract_text(body, headline="", region="宜春市", date="2027-03-03")


def test_held_here_is_the_place_the_sentence_before_names(extract_text):
    check_event(_aid_week(extract_text), {"ev": "启动仪式", "place": "青山镇文化广场"})


def test_held_here_in_a_new_paragraph_names_no_place(extract_text):
    body = AID_WEEK.replace("人头攒动。", "人头攒动。\n")
    check_event(_aid_week(extract_text, body), {"ev": "启动仪式", "noplace": "文化广场"})


def test_leader_of_a_party_going_to_hold_a_named_event_takes_part(extract_text):
    check_event(_aid_week(extract_text), {"ev": "法律进工地", "people": ["鲍志远"]})


def test_a_paragraph_opened_by_the_party_goes_on_with_its_event(extract_text):
    facts = _aid_week(extract_text)
    check_event(facts, {"ev": "法律进工地", "people": ["卓建平"]})
    assert "卓建平" not in participants(event(facts, "启动仪式"))


VISIT = (
    "5月30日，区总工会主席蒋春华带队，到高新区开展“关爱进班组·端午送清凉”走访慰问活动。"
    "慰问组走进某某电子有限公司的生产车间，为90名一线职工送去粽子、绿豆等慰问品。"
)


def test_headline_verb_phrase_is_the_named_activity(extract_text):
    facts = extract_text(VISIT, headline="区总工会端午前夕走访慰问一线职工", region="株洲市", date="2027-06-01")
    assert not any(e.ref.name == "走访慰问一线职工" for e in facts.events)
    check_event(facts, {"ev": "走访慰问活动", "people": ["蒋春华"]})


ITEMS = (
    "■5月6日，某某镇总工会在镇文化站举办“巧手厨娘”面点技能比赛，全镇28名女职工参赛，县劳动模范邝秀云受邀担任评委。\n"
    "■5月8日，东湖街道总工会在滨河广场为环卫工人爱心驿站揭牌，街道总工会主席阮海林出席。"
)


def _items(extract_text, body: str = ITEMS):
    return extract_text(body, headline="", region="上饶市", date="2027-05-10")


def test_invited_judge_takes_part(extract_text):
    check_event(_items(extract_text), {"ev": "面点技能比赛", "people": ["邝秀云"]})


def test_invited_to_an_office_is_no_judge(extract_text):
    body = ITEMS.replace("受邀担任评委", "受邀担任镇妇联执委")
    assert "邝秀云" not in participants(event(_items(extract_text, body), "面点技能比赛"))


def test_body_unveiling_at_a_place_for_a_station_holds_it(extract_text):
    check_event(_items(extract_text), {"ev": "揭牌", "someorgs": ["东湖街道总工会"], "place": "滨河广场"})


TALK = (
    "4月20日下午，县总工会在县职工服务中心召开劳模代表座谈会，20名劳模代表参加。\n"
    "座谈中，卜春来、仇丽娟等劳模结合各自岗位谈体会、提建议。仇丽娟说，合作社去年带动30名妇女增收，希望工会多办几期电商、直播技能培训。"
    "县总工会副主席闵庆华通报了今年劳模疗休养安排。"
)


def test_listed_speakers_on_a_topic_and_a_report_at_a_talk_take_part(extract_text):
    facts = extract_text(TALK, headline="", region="抚州市", date="2027-04-21")
    check_event(facts, {"ev": "劳模代表座谈会", "people": ["卜春来", "仇丽娟", "闵庆华"]})


def test_a_wished_course_is_no_event(extract_text):
    facts = extract_text(TALK, headline="", region="抚州市", date="2027-04-21")
    assert not any("技能培训" in e.ref.name for e in facts.events)
