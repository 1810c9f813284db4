"""Events of live streams, ceremonies with citations and visiting parties, as a grammar (session 41).

- a one-character verb and its object after a verbal noun of the name (消费帮扶直播带货活动):
  the verb and its object are the event's task, inside its name;
- the article's own event named again after a theme (这场以“…”为主题的…活动，由X主办), after a
  lead that names no event: the lead sets its scene — its day, its place (在X直播间，: a clause
  that says only where, a room of the venue) and those acting there;
- 现场，…N人参与了…: the scene of the main event, with who took part, counts it;
- an act right before a noun it modifies (颁奖词, 颁奖嘉宾) names no event;
- a visit to a place said with the area it lies in (来到位于A区B街道的C公司参观);
- those who escort a party (在A陪同下，来到X参观) go on the visit; A在参观后说: A took part;
- a party led with 率 (A率X交流团一行12人) is the subject of a later visit (交流团…参观): its
  leader takes part, its size counts the visit.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

LIVE = (
    "“朋友们看过来，这是丹江口的鲜橙！”10月8日晚8时，在淅川县电子商务服务中心直播间，"
    "县总工会主席周明远化身“带货主播”，和主播一起向网友推介农产品。\n"
    "这场以“工会助农·淅川好物”为主题的消费帮扶直播带货活动，由淅川县总工会、淅川县农业农村局主办。\n"
    "据统计，当晚直播持续2小时，成交订单5000单。现场，县直单位职工代表30余人参与了互动体验。"
)


def test_live_stream_named_again_after_its_scene(extract_text):
    facts = extract_text(LIVE, region="淅川县", date="2027-10-10")
    check_event(
        facts,
        {
            "ev": "带货活动",
            "date": "10-08",
            "place": "淅川县电子商务服务中心",
            "people": ["周明远"],
            "count": 30,
            "someorgs": ["淅川县总工会"],
        },
    )


def test_live_stream_task_in_name(extract_text):
    facts = extract_text(
        "6月2日，西峡县总工会在县职工服务中心举办消费帮扶直播带货活动，80余名职工参加。", region="西峡县"
    )
    check_event(facts, {"ev": "直播带货活动", "date": "06-02", "count": 80})


def test_citation_names_no_prize_giving(extract_text):
    facts = extract_text(
        "4月27日晚，2027年度“金城最美职工”发布仪式在市工人文化宫举行。副市长刘海清为获奖者颁奖。"
        "全市职工代表共500余人参加。\n■ 张秋实　某公司焊工\n【颁奖词】\n焊花飞溅，你守着一份初心。",
        headline="致敬最美！2027年度“金城最美职工”颁奖词发布",
        region="兰州市",
        date="2027-04-28",
    )
    main = facts.events[0]
    assert "发布仪式" in main.ref.name, [e.ref.name for e in facts.events]
    assert main.count is not None and main.count[0] == 500, main.count


def test_citation_is_no_act(extract_text):
    facts = extract_text(
        "4月27日晚，“金城最美职工”发布仪式在市工人文化宫举行。\n■ 张秋实　某公司焊工\n【颁奖词】\n"
        "焊花飞溅，你守着一份初心。",
        headline="致敬最美！“金城最美职工”颁奖词发布",
        region="兰州市",
    )
    said = [n for e in facts.events for n in (e.ref.name, *e.aliases)]
    assert "颁奖" not in said, said


VISIT = (
    "11月3日，新竹市电子产业工会理事长吴振邦率台湾工会交流团一行12人来泉州开展交流。"
    "当天上午，泉台职工座谈会在泉州市职工服务中心举行，共40人参加。\n"
    "当天下午，交流团在丰泽区总工会主席黄志明陪同下，来到位于丰泽区东海街道的泉州恒达精密电子科技有限公司参观。\n"
    "交流团成员林国栋在参观后说，回去要好好讲一讲。"
)


def test_party_visit_after_meeting(extract_text):
    facts = extract_text(VISIT, region="泉州市", date="2027-11-04")
    check_event(
        facts,
        {
            "ev": "参观",
            "place": "泉州恒达精密电子科技有限公司",
            "people": ["吴振邦", "黄志明", "林国栋"],
            "count": 12,
        },
    )


SCHEDULE = (
    "日期 时间 工作内容 地点 参加领导 责任部门\n"
    "3月6日（周一） 09:00 县总工会党组会议 县总工会三楼会议室 全体班子成员 办公室"
    "3月8日（周三） 全天 2027年全县职工健步走大会 县体育中心 孟宪章 宣传教育部\n"
    "3月2日，县总工会在县体育中心举办全县职工拔河比赛，120名职工参加。"
)


def test_schedule_rows_are_plans(extract_text):
    facts = extract_text(SCHEDULE, headline="县总工会领导班子一周日程", region="武功县", date="2027-03-06")
    check_event(facts, {"none": "党组会议"})
    check_event(facts, {"none": "健步走大会"})
    check_event(facts, {"ev": "拔河比赛", "date": "03-02", "count": 120})


def test_winners_listed_with_where_from(extract_text):
    facts = extract_text(
        "5月8日，县总工会在县人力资源市场举办专场招聘会，300余名求职者参加。\n"
        "5月12日，全县茶企职工制茶技能比武在县茶叶产业园举行，30名制茶工参赛。"
        "经过角逐，祁门红茶厂制茶工洪素梅获一等奖，历口镇的汪德胜、闪里镇的胡春兰获二等奖。",
        region="祁门县",
    )
    check_event(facts, {"ev": "技能比武", "people": ["洪素梅", "汪德胜", "胡春兰"]})


def test_fair_named_again_by_its_head(extract_text):
    facts = extract_text(
        "3月10日，县总工会在县人力资源市场举办“春风行动”专场招聘会。县总工会主席程德望向求职者发放维权手册。"
        "县人社局局长汪立平介绍了就业政策。县总工会还开通了线上岗位查询。"
        "招聘会共组织企业46家，提供岗位900余个，520余名求职者进场，当场达成就业意向96人。",
        region="休宁县",
    )
    check_event(facts, {"ev": "招聘会", "count": 520})


def test_visit_made_in_areas_of_those_visited(extract_text):
    facts = extract_text(
        "1月13日，县总工会副主席程德望带领权益保障部走访渔亭镇、海阳镇的困难职工家庭15户，送去慰问金。",
        region="休宁县",
    )
    check_event(facts, {"ev": "走访", "place": "渔亭镇", "date": "01-13"})


def test_a_verb_after_an_event_head_opens_a_clause_of_its_own(extract_text):
    """大赛|分|选拔赛、决赛: 分 after a head of its own is no task inside a name."""
    text = "4月10日，岳阳市总工会举办职工焊工技能大赛。本届大赛分选拔赛、决赛两个阶段，共有80名职工参加。"
    events = extract_text(text, region="岳阳市", date="2027-04-12").events
    names = {n for f in events for n in (f.ref.name, *f.aliases)}
    assert names and not any("赛分" in n for n in names)
