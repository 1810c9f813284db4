"""Event attributes in new genres, as a grammar (session 45): a company's ESG chapter, a
company intranet's election notice.

- 会后，A与B代表双方签订新一期集体合同: a collective contract signed right after a dated
  meeting is an event of that meeting's day, even where the section's heading (its topic,
  named as an event) comes first and is undated;
- …换届选举结果公告 with 现将选举结果公告如下 in its body: a bare title of a notice's kind is the
  notice when the body says it is that document, its period stated or not;
- 在随后召开的X上，…；Y会议选举…: a meeting named in a clause after a semicolon shares the
  occasion the sentence opens with (its day);
- 大会执行主席由A、B、C担任: a congress's presiding officers take part in it; so does an official
  who sees a party off (X专门来送行), and a prize's holder (一等奖获得者、X公司的焊工A) the contest
  told before in the paragraph;
- …市劳动模范协会换届。…协会在X开换届大会: a bare type word opening the event's clause names the
  body named in full before again, its organiser.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event, organizers

CHAPTER = (
    "　　公司坚持全心全意依靠职工办企业，以职工代表大会为基本形式推进民主管理。\n"
    "　　2026年4月9日，公司第五届职工代表大会第三次会议在厂区职工之家召开。会议应到职工代表120名，实到116名。\n"
    "　　会后，公司总经理柏景川与公司工会主席柯若岚代表双方签订新一期集体合同，合同覆盖全体员工。\n"
)


def test_contract_signed_after_a_meeting_has_its_day(extract_text):
    facts = extract_text(CHAPTER, headline="5.2　厂务公开与集体协商", region="芜湖市")
    check_event(facts, {"ev": "新一期集体合同", "date": "04-09", "people": ["柯若岚"]})


ELECTION = (
    "　　苍梧精密机械有限公司工会第二次会员代表大会于2028年3月9日在公司会议室召开。大会应到代表86名，实到81名。"
    "大会选举产生了第二届委员会。大会执行主席由卫长庚、丁雨桐、闻仲秋担任。现将选举结果公告如下：\n"
    "一、工会委员会委员选举结果\n"
    "　　当选第二届委员会委员：丁雨桐、闻仲秋、柏寒松。\n"
)


def test_bare_notice_title_said_so_in_its_body(extract_text):
    facts = extract_text(
        ELECTION, headline="苍梧精密机械有限公司工会换届选举结果公告", region="梧州市", date="2028-03-11"
    )
    (notice,) = [e for e in facts.events if e.ref.name.endswith("结果公告")]
    assert notice.date[0] == "2028-03-11"
    assert organizers(notice) == ["苍梧精密机械有限公司工会"]
    check_event(facts, {"ev": "第二次会员代表大会", "date": "03-09", "count": 81, "people": ["丁雨桐", "闻仲秋"]})


def test_bare_notice_title_not_said_so_is_no_notice(extract_text):
    facts = extract_text(
        ELECTION.replace("现将选举结果公告如下：", ""),
        headline="苍梧精密机械有限公司工会换届选举结果公告",
        region="梧州市",
        date="2028-03-11",
    )
    assert not [e for e in facts.events if e.ref.name.endswith("结果公告")]


def test_meeting_in_a_clause_after_a_semicolon_shares_the_occasion_day(extract_text):
    # 在随后召开的X上，…；Y选举…: the clause after the semicolon is still at that occasion
    facts = extract_text(
        "5月27日上午，路桥区新桥镇总工会第四次代表大会在镇政府三楼会议室召开，实到代表73名。"
        "在随后召开的四届一次全委会上，滕海鸥当选为新桥镇总工会主席；经审会一次会议选举邬静姝为经审会主任。",
        headline="新桥镇总工会第四次代表大会召开",
        region="台州市",
        date="2027-05-30",
    )
    check_event(facts, {"ev": "经审会一次会议", "date": "05-27"})


def test_official_seeing_the_party_off_takes_part(extract_text):
    # 市总工会副主席X专门来送行: the official is at the trip's departure
    facts = extract_text(
        "　　4月10日早上7点在泉州市工人文化宫门口集合，参加市总工会组织的劳模疗休养。市总工会副主席柯雪莹专门来送行，"
        "给每人发了一本手册。我们这一期一共36名劳模。",
        headline="泉州劳模疗休养日记",
        region="泉州市",
        date="2027-04-15",
    )
    check_event(facts, {"ev": "疗休养", "people": ["柯雪莹"]})


def test_prize_holder_described_with_unit_de_played_in_the_contest(extract_text):
    # 钳工一等奖获得者、琅琊精密机械的钳工A: the unit's 的 in the description; A won it there
    facts = extract_text(
        "　　去年10月12日，由市总工会主办的第三届“滁州工匠杯”职工技能大赛决赛在安徽琅琊精密机械有限公司实训基地举行，"
        "全市52家企业的260名选手参加比拼。钳工一等奖获得者、琅琊精密机械的钳工上官雨晴，今年已被推荐为省劳模候选人。\n",
        headline="访谈：把娘家建到职工家门口",
        region="滁州市",
        date="2027-04-22",
    )
    assert ("上官雨晴", "一等奖") in [(r.name, h) for r, h, _ in facts.awards]
    check_event(facts, {"ev": "职工技能大赛决赛", "count": 260, "people": ["上官雨晴"]})


def test_body_named_again_by_its_type_word_holds_the_event(extract_text):
    # …市劳动模范协会换届…。…协会在X开换届大会: the association named in full before holds it
    facts = extract_text(
        "　　退休第二年，市劳动模范协会换届，大伙儿推我当了会长。去年9月26日，协会在市职工文化宫开换届大会，"
        "来了一百二十多名会员代表，选出了新一届理事会。\n",
        headline="老会长的故事",
        region="四平市",
        date="2027-03-22",
    )
    check_event(facts, {"ev": "换届大会", "date": "09-26", "someorgs": ["劳动模范协会"]})


def test_clause_after_a_semicolon_with_its_own_same_day_word(extract_text):
    # …；同日召开的Y: the clause's own 同日 dates Y by the meeting before it, not the sentence's opener
    facts = extract_text(
        "12月9日，皖南理工学院第三届教职工代表大会在学术交流中心开幕，实到代表188名。"
        "10日下午，第三届工会委员会召开第一次全体会议，选举柴雨宁为校工会主席；"
        "同日召开的经费审查委员会第一次会议选举伍清扬为经费审查委员会主任。",
        headline="皖南理工学院召开第三届教代会",
        region="芜湖市",
        date="2027-12-11",
    )
    check_event(facts, {"ev": "经费审查委员会第一次会议", "date": "12-10"})
