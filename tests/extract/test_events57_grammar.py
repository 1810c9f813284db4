"""Events, as a grammar (session 57: contests told beside their award ceremony, a headline of
three parts, unveilings, courses and congresses).

- 第三届X区职工职业技能大赛, no venue said: the area its name holds after its edition is its place;
- X大赛…于3月中旬启动: a part of a month dates the event to the month;
- 大会为获奖选手颁奖: the prize-giving is the act of the event its subject (a head) names;
- …大会为获奖选手颁奖。A、B等6名选手获个人一等奖, the article's one contest told before: the
  winners took part in the contest too;
- 送温暖进乡村　培训班开班　X服务站揭牌运行: a headline's parts tell apart things; its verb
  phrase is the body's event whose name holds its activity (送温暖);
- X总工会Y服务站揭牌仪式, X总工会Y服务站在Z揭牌启用: the station is what is unveiled; the union,
  its parent, holds it;
- …揭牌仪式在Y举行。…户外劳动者30余人参加活动: 活动 is the event its paragraph named;
- 本期培训班…，50名农民工参加为期10天的免费培训: the course told, no event of its own;
- X医院的医护人员为大家测量血压: the hospital takes part, in the event its paragraph named;
- X公司代表队获团体一等奖: the company's team plays, the company takes part; so does the team's
  leader (X代表队领队、该矿工会主席A), and the course's teacher and trainee (授课老师A, 学员B);
- X大赛获奖选手受表彰 over …X大赛表彰大会… and X大赛 told apart: the ceremony is the main event;
- 5月18日，区领导为获奖选手代表授牌 (a caption's) on the main event's day: done at the main event.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event, event, event_names, organizers, participants

AWARDS = (
    "5月18日上午，沾化区庆祝“五一”劳动节暨第三届职工职业技能大赛表彰大会在区工人文化宫举行。"
    "大会由区总工会主办，区人社局协办，职工代表200余人参加。\n"
    "第三届沾化区职工职业技能大赛由区总工会、区人社局联合主办，于3月中旬启动，设电工、焊工等6个工种，"
    "全区80家企业的350余名职工报名参赛。\n"
    "大会为获奖选手颁奖。某某机械有限公司电工苏明远、某某物流有限公司快递员柯文杰等6名选手获个人一等奖。"
    "滨州沾华精密机械有限公司代表队获团体一等奖。"
)


def _awards(extract_text, body: str = AWARDS):
    return extract_text(body, headline="", region="滨州市", date="2027-05-19")


def test_contest_named_with_its_area_after_its_edition(extract_text):
    check_event(_awards(extract_text), {"ev": "第三届沾化区职工职业技能大赛", "place": "沾化区", "count": 350})


def test_contest_without_an_area_has_no_place(extract_text):
    facts = _awards(extract_text, AWARDS.replace("第三届沾化区职工职业技能大赛由", "第三届青工职业技能大赛由"))
    check_event(facts, {"ev": "第三届青工职业技能大赛", "place": None})


def test_part_of_a_month_dates_the_month(extract_text):
    facts = _awards(extract_text)
    assert event(facts, "第三届沾化区职工职业技能大赛").date[:2] == ("2027-03", "gYearMonth")


def test_no_month_part_no_date(extract_text):
    facts = _awards(extract_text, AWARDS.replace("于3月中旬启动，", ""))
    assert event(facts, "第三届沾化区职工职业技能大赛").date is None


def test_prize_giving_is_the_act_of_the_meeting_its_subject_names(extract_text):
    facts = _awards(extract_text)
    assert "颁奖" in event(facts, "表彰大会").aliases
    assert "颁奖" not in event(facts, "第三届沾化区职工职业技能大赛").aliases


def test_winners_at_the_ceremony_took_part_in_the_contest(extract_text):
    facts = _awards(extract_text)
    check_event(facts, {"ev": "第三届沾化区职工职业技能大赛", "people": ["苏明远", "柯文杰"]})
    check_event(facts, {"ev": "表彰大会", "people": ["苏明远", "柯文杰"]})


def test_winners_with_two_contests_told_stay_at_the_ceremony(extract_text):
    other = "4月20日，区总工会还在区文化馆举办了第二届沾化区职工书法大赛，120名职工参赛。"
    body = AWARDS.replace("报名参赛。", "报名参赛。" + other)
    facts = _awards(extract_text, body)
    assert "苏明远" not in participants(event(facts, "第三届沾化区职工职业技能大赛"))
    check_event(facts, {"ev": "表彰大会", "people": ["苏明远"]})


def test_a_companys_team_takes_part(extract_text):
    check_event(_awards(extract_text), {"ev": "表彰大会", "somepeople": ["沾华精密机械有限公司"]})


def test_headline_contest_told_apart_the_ceremony_about_it_is_main(extract_text):
    facts = extract_text(AWARDS, headline="第三届职工职业技能大赛获奖选手受表彰", region="滨州市", date="2027-05-19")
    assert "表彰大会" in facts.events[0].ref.name, event_names(facts)
    check_event(facts, {"ev": "第三届沾化区职工职业技能大赛", "count": 350, "place": "沾化区"})
    check_event(facts, {"ev": "表彰大会", "count": 200})


def test_an_act_on_the_main_events_day_is_done_there(extract_text):
    body = "5月18日，区领导为获奖选手代表授牌。\n" + AWARDS
    facts = extract_text(body, headline="第三届职工职业技能大赛获奖选手受表彰", region="滨州市", date="2027-05-19")
    assert not any(n == "授牌" for n in event_names(facts)), event_names(facts)
    assert "授牌" in event(facts, "表彰大会").aliases


def test_an_act_on_another_day_is_its_own(extract_text):
    body = "5月16日，区领导为获奖选手代表授牌。\n" + AWARDS
    facts = extract_text(body, headline="第三届职工职业技能大赛获奖选手受表彰", region="滨州市", date="2027-05-19")
    assert "授牌" not in event(facts, "表彰大会").aliases


HEADLINE = "区总工会“两节”送温暖进乡村　农民工技能培训班开班　乃琼镇职工服务站揭牌运行"
WARMTH = (
    "　　1月18日，堆龙德庆区总工会2028年元旦、春节“两节”送温暖暨农民工技能培训班开班仪式在乃琼镇岗德林村村委会举行。"
    "区总工会主席周海峰出席。开班仪式由区总工会副主席顿珠主持。\n"
    "　　本期培训班由区总工会主办，区人社局协办，开设中式烹调、电焊2个专业，"
    "来自乃琼镇的50名农民工参加为期10天的免费培训。区人社局局长巴桑介绍了就业政策。"
    "中式烹调专业的授课老师次旺是区级非遗传承人。“学会了电焊，在家门口就能挣钱。”乃琼镇学员米玛说。\n"
    "　　1月19日上午，堆龙德庆区总工会乃琼镇职工服务站揭牌仪式在乃琼镇便民服务中心举行。"
    "周海峰与副区长陈立新共同为服务站揭牌。环卫工人、快递员等户外劳动者30余人参加活动。\n"
    "　　揭牌仪式后，律师卓玛在服务站为户外劳动者提供了法律咨询；区人民医院的医护人员为大家测量血压。"
)


def _warmth(extract_text, body: str = WARMTH, headline: str = HEADLINE):
    return extract_text(body, headline=headline, region="拉萨市", date="2028-01-20")


def test_headline_parts_are_two_events(extract_text):
    facts = _warmth(extract_text)
    names = event_names(facts)
    assert len(names) == 2, names
    assert "送温暖进乡村" in event(facts, "培训班开班仪式").aliases
    assert "揭牌" in event(facts, "职工服务站揭牌仪式").aliases


def test_unveiling_held_by_the_union_the_station_belongs_to(extract_text):
    facts = _warmth(extract_text)
    assert organizers(event(facts, "职工服务站揭牌仪式")) == ["堆龙德庆区总工会"]


def test_unveiled_subject_holds_nothing_its_parent_does(extract_text):
    body = WARMTH.replace("堆龙德庆区总工会乃琼镇职工服务站揭牌仪式在", "揭牌仪式在")
    facts = _warmth(extract_text, body, headline="堆龙德庆区总工会乃琼镇职工服务站在乃琼镇揭牌")
    orgs = organizers(event(facts, "揭牌仪式"))
    assert "堆龙德庆区总工会" in orgs and not any("服务站" in o for o in orgs), orgs


def test_activity_counted_in_its_paragraph(extract_text):
    facts = _warmth(extract_text, WARMTH.replace("来自乃琼镇的50名农民工", "来自乃琼镇的农民工"))
    check_event(facts, {"ev": "职工服务站揭牌仪式", "count": 30})
    check_event(facts, {"ev": "培训班开班仪式", "nocount": 30})


def test_course_said_again_by_how_long_it_lasts(extract_text):
    facts = _warmth(extract_text)
    assert not any("为期" in n for n in event_names(facts))
    check_event(facts, {"ev": "培训班开班仪式", "people": ["巴桑"], "someorgs": ["人力资源和社会保障局"]})


def test_the_courses_teacher_and_trainee_take_part(extract_text):
    check_event(_warmth(extract_text), {"ev": "培训班开班仪式", "people": ["次旺", "米玛"]})


def test_hospital_staff_serving_take_part_in_their_paragraphs_event(extract_text):
    facts = _warmth(extract_text)
    check_event(facts, {"ev": "职工服务站揭牌仪式", "somepeople": ["人民医院"]})
    assert not any("人民医院" in p for p in participants(event(facts, "培训班开班仪式")))


def test_hospital_staff_not_serving_take_no_part(extract_text):
    body = WARMTH.replace("区人民医院的医护人员为大家测量血压", "区人民医院的医护人员也是服务站的常客")
    facts = _warmth(extract_text, body)
    assert not any("人民医院" in p for p in participants(event(facts, "职工服务站揭牌仪式")))


NOTICE = (
    "淮南东山能源有限责任公司工会文件\n"
    "各分公司工会，公司机关各部门：\n"
    "　　根据市总工会《关于开展2028年“安康杯”竞赛活动的通知》和公司2028年“安全生产月”活动安排，"
    "公司工会、安全环保部联合举办了2028年“安康杯”安全知识竞赛，检修分公司承办了决赛。\n"
    "　　5月10日至5月30日，初赛以网上答题方式开展，全公司8000余名职工参与初赛。\n"
    "　　6月18日上午，决赛在位于谢家集区的公司职工培训中心多功能厅举行，12支代表队的36名选手同台竞技。"
    "公司党委书记周立平出席决赛并为获奖代表队颁奖。\n"
    "　　经过激烈角逐，东山煤矿代表队获得团体一等奖。东山煤矿代表队领队、该矿工会主席钱国栋"
    "（4月在该矿工会换届选举中当选）表示，队员们利用班前会学题、练题。\n"
    "附件：个人获奖名单\n"
    "奖　项　　　　姓　名　　　　单位及岗位\n"
    "一等奖　　　　宋明辉　　　　东山煤矿综采队班长\n"
    "二等奖　　　　许文静　　　　发电分公司运行部值长\n"
    "　　　　　　　陶志远　　　　检修分公司技术员"
)


def _notice(extract_text, body: str = NOTICE):
    return extract_text(body, headline="关于2028年“安康杯”安全知识竞赛结果的通报", region="淮南市", date="2028-06-25")


def test_a_plan_followed_is_no_event(extract_text):
    facts = _notice(extract_text)
    assert not any("安全生产月" in n for n in event_names(facts)), event_names(facts)
    check_event(facts, {"ev": "安全知识竞赛", "someorgs": ["东山能源有限责任公司工会"]})


def test_the_final_named_alone_is_the_contests_day_place_and_count(extract_text):
    facts = _notice(extract_text)
    check_event(facts, {"ev": "安全知识竞赛", "date": "06-18", "place": "职工培训中心", "count": 36})
    assert len(event_names(facts)) == 1, event_names(facts)


def test_an_election_in_a_note_on_a_person_is_no_event(extract_text):
    facts = _notice(extract_text)
    assert not any("换届" in n for n in event_names(facts)), event_names(facts)


def test_a_teams_leader_takes_part(extract_text):
    check_event(_notice(extract_text), {"ev": "安全知识竞赛", "people": ["钱国栋"]})


def test_the_holders_of_a_place_took_part_in_the_contest(extract_text):
    check_event(_notice(extract_text), {"ev": "安全知识竞赛", "people": ["宋明辉", "许文静", "陶志远"]})


CONGRESS = (
    "4月14日下午，琼海市旅游酒店行业联合工会成立大会暨第一次会员代表大会在博鳌乐城国际医疗旅游先行区的"
    "琼海博鳌金海岸温泉酒店国际会议厅召开。大会应到代表88名，实到85名。\n"
    "市总工会主席陈海明出席大会。大会由市总工会副主席符小红主持。\n"
    "大会选举产生了联合工会第一届委员会委员13名、经费审查委员会委员5名。在随后召开的第一届委员会第一次全体会议上，"
    "吴春燕当选为联合工会主席，琼海博鳌金海岸温泉酒店工会主席林志强当选为副主席；"
    "经费审查委员会第一次会议选举王美玲为经审会主任。\n"
    "“现在有了自己的工会，心里有底了。”作为会员代表参会的一家民宿的客房服务员黄小妹说。\n"
    "会上，琼海市总工会向联合工会授牌；嘉积镇总工会主席冯秋实、博鳌镇总工会主席邢大海等5名同志被评为“琼海市优秀工会工作者”。"
)


def _congress(extract_text, body: str = CONGRESS):
    return extract_text(body, headline="", region="琼海市", date="2028-04-15")


def test_venue_after_a_district_and_de_with_its_room(extract_text):
    facts = _congress(extract_text)
    assert [ref.name for ref, _ in event(facts, "成立大会").locations] == ["琼海博鳌金海岸温泉酒店"]


def test_elected_at_the_first_sittings_take_part_in_the_congress(extract_text):
    check_event(_congress(extract_text), {"ev": "成立大会", "people": ["吴春燕", "林志强", "王美玲"]})


def test_a_sitting_on_another_day_is_its_own(extract_text):
    body = CONGRESS.replace("在随后召开的第一届委员会第一次全体会议上", "4月20日召开的第一届委员会第一次全体会议上")
    facts = _congress(extract_text, body)
    assert "吴春燕" not in participants(event(facts, "成立大会"))


def test_described_as_attending_takes_part(extract_text):
    check_event(_congress(extract_text), {"ev": "成立大会", "people": ["黄小妹"]})


def test_described_otherwise_takes_no_part(extract_text):
    facts = _congress(extract_text, CONGRESS.replace("作为会员代表参会的", "在镇上经营"))
    assert "黄小妹" not in participants(event(facts, "成立大会"))


def test_honoured_at_the_meeting_without_a_verb_of_honouring(extract_text):
    check_event(_congress(extract_text), {"ev": "成立大会", "people": ["冯秋实", "邢大海"]})


LAUNCH = (
    "7月7日，由麦积区道北街道总工会主办的“清凉驿站”户外劳动者关爱行动启动仪式在道北街道工会驿站举行。"
    "区总工会主席马志远出席启动仪式。\n"
    "启动仪式上，马志远为新加入驿站联盟的爱心商户授牌。外卖骑手魏小军说，中午在驿站吹会儿空调，下午跑单更有劲。\n"
    "据了解，街道辖区现有户外劳动者1100余人。快递员唐明亮说，驿站离他的路段只有几百米。"
)


def test_speaker_in_a_paragraph_at_the_event_takes_part(extract_text):
    facts = extract_text(LAUNCH, headline="", region="天水市", date="2028-07-08")
    check_event(facts, {"ev": "启动仪式", "people": ["魏小军"], "nopeople": ["唐明亮"]})
