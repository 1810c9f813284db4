"""Event attributes in new genres, as a grammar (session 51).

- 序号 项目 姓名 … 总成绩 名次 / 3 车工 A …: a results table's contestants take part in its
  contest (not a row saying the person withdrew, 弃赛), and their rows count who took part when
  the page says no number;
- 公示期：D至D on a page that is no notice by its title: the page is posted for notice, an
  event of the 主办 field's body, dated from the period's first day;
- 各项目决出名次：/ 摔跤：冠军A（…），亚军B: those placed in an item's line take part in the
  contest;
- 来到X，为…送去Y: a stop of relief is a visit of consolation, named 慰问 with its place too;
- 竞赛由A主办，B派员担任监审: a body sending its staff to serve takes part in the event its
  paragraph named;
- 在项目部会议室举行（项目部驻X街道）: a note placing the venue's head places the event;
- 在A区总工会主席B陪同下，来到…工地: a visit hosted by local leaders is held in their area;
- A汇报了…情况: one who reports at the event takes part;
- 去年办了两期X培训班: the sessions held are counted, no one event told (一期 is one);
- 颁奖仪式定于(a day after the page's)在X举行: scheduled, no event (a day fixed for one passed
  is still reported).

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

RESULTS = (
    "2028年滦平县“燕山工匠”职工焊工技能大赛成绩表\n"
    "主办单位：滦平县总工会 承办单位：滦平县金山钢构有限公司\n"
    "比赛时间：2028年6月3日 公示期：2028年6月10日至6月16日\n"
    "序号 项目 姓名 单位 理论成绩 实操成绩 总成绩 名次 备注\n"
    "1 焊工 钟立伟 滦平县金山钢构有限公司 92 95 94.1 1\n"
    "2 焊工 蔺红霞 滦平县恒通机械厂 88 93 91.5 2\n"
    "3 焊工 邝志远 滦平县金山钢构有限公司 — — — — 弃赛\n"
    "注：总成绩按理论30%、实操70%计算。\n"
    "制表人：滦平县总工会\n"
)


def test_contestants_of_a_results_table_take_part(extract_text):
    facts = extract_text(RESULTS, headline="焊工技能大赛成绩表", region="承德市", date="2028-06-09")
    check_event(facts, {"ev": "技能大赛", "people": ["钟立伟", "蔺红霞"]})


def test_contestant_who_withdrew_takes_no_part(extract_text):
    facts = extract_text(RESULTS, headline="焊工技能大赛成绩表", region="承德市", date="2028-06-09")
    check_event(facts, {"ev": "技能大赛", "nopeople": ["邝志远"]})


def test_rows_of_a_results_table_count_the_contestants(extract_text):
    rows = "".join(f"{n} 车工 选手{c} 滦平县机械厂 80 90 87 {n}\n" for n, c in zip(range(3, 6), "甲乙丙", strict=True))
    facts = extract_text(
        RESULTS.replace("注：", rows + "注："), headline="焊工技能大赛成绩表", region="承德市", date="2028-06-09"
    )
    check_event(facts, {"ev": "技能大赛", "count": 6})


def test_rows_without_a_results_column_are_no_contestants(extract_text):
    facts = extract_text(
        RESULTS.replace("理论成绩 实操成绩 总成绩 名次", "联系电话 邮箱 住址 年龄"),
        headline="焊工技能大赛成绩表",
        region="承德市",
        date="2028-06-09",
    )
    names = [r.name for e in facts.events for r, _ in e.participants]
    assert "钟立伟" not in names, names


def test_own_notice_period_of_a_table_is_a_notice_posted(extract_text):
    facts = extract_text(RESULTS, headline="焊工技能大赛成绩表", region="承德市", date="2028-06-09")
    check_event(facts, {"ev": "公示", "date": "06-10", "someorgs": ["滦平县总工会"]})
    assert "技能大赛" in facts.events[0].ref.name, [e.ref.name for e in facts.events]


def test_own_notice_period_planned_is_no_notice(extract_text):
    facts = extract_text(
        RESULTS.replace("公示期：", "将于以下时间公示，公示期："),
        headline="焊工技能大赛成绩表",
        region="承德市",
        date="2028-06-09",
    )
    check_event(facts, {"none": "公示"})


def test_stop_of_relief_is_named_a_visit_of_consolation(extract_text):
    facts = extract_text(
        "7月20日，承德市总工会副主席甘立群一行来到兴隆县隧道施工现场，为一线工人送去西瓜、毛巾等防暑物品。\n",
        headline="高温下的关怀",
        region="承德市",
        date="2028-07-21",
    )
    check_event(facts, {"ev": "慰问", "date": "07-20", "people": ["甘立群"]})


def test_body_sending_staff_to_serve_takes_part(extract_text):
    facts = extract_text(
        "6月5日，滦平县职工消防知识竞赛在县职工之家举行，20名选手参赛。"
        "竞赛由滦平县总工会主办，滦平县消防救援大队派员担任评委。\n",
        headline="滦平县职工消防知识竞赛举行",
        region="承德市",
        date="2028-06-06",
    )
    check_event(facts, {"ev": "消防知识竞赛", "somepeople": ["滦平县消防救援大队"]})


def test_note_placing_the_venue_places_the_event(extract_text):
    facts = extract_text(
        "9月2日，承平高速项目职工安全知识竞赛在指挥部三楼会议室举行（指挥部驻承德县下板城镇），30名选手参赛。\n",
        headline="承平高速项目举行安全知识竞赛",
        region="承德市",
        date="2028-09-03",
    )
    check_event(facts, {"ev": "安全知识竞赛", "place": "下板城镇"})


def test_people_placed_in_results_lines_take_part(extract_text):
    facts = extract_text(
        "8月3日，由阿巴嘎旗总工会主办的阿巴嘎旗第二届职工运动会在别力古台镇体育场开幕，300名职工参加。\n"
        "经过2天比赛，8月4日各项目决出名次：\n"
        "摔跤：冠军包金山（别力古台镇牧民），亚军哈斯巴根（别力古台镇职工）；\n"
        "象棋：冠军斯琴图雅（阿巴嘎旗第一中学教师）。\n"
        "旗总工会为获奖选手颁发了奖牌。\n",
        headline="阿巴嘎旗第二届职工运动会开幕",
        region="锡林郭勒盟",
        date="2028-08-05",
    )
    check_event(facts, {"ev": "职工运动会", "people": ["包金山", "哈斯巴根", "斯琴图雅"]})


VISIT = (
    "7月15日，省总工会副主席邸建华一行，在双滦区委常委、区总工会主席司马红，区总工会常务副主席古丽娜陪同下，"
    "冒着高温来到某特大桥施工现场，为一线建设者送去绿豆、毛巾等价值3万元的防暑物资，惠及一线职工200余人。"
    "项目部经理郦永刚汇报了工程进展情况。\n"
)


def test_visit_hosted_by_local_leaders_is_in_their_area(extract_text):
    facts = extract_text(VISIT, headline="省总工会到施工一线送清凉", region="承德市", date="2028-07-16")
    check_event(facts, {"ev": "慰问", "place": "双滦区"})


def test_one_who_reports_at_the_visit_takes_part(extract_text):
    facts = extract_text(VISIT, headline="省总工会到施工一线送清凉", region="承德市", date="2028-07-16")
    check_event(facts, {"ev": "慰问", "people": ["邸建华", "郦永刚"]})


CEREMONY = "公示无异议后，颁奖仪式定于2028年7月8日上午9:00在滦平县职工文化广场举行，县总工会主席童振远出席。\n"


def test_ceremony_fixed_for_a_later_day_is_no_event(extract_text):
    facts = extract_text(CEREMONY, headline="关于职工技能大赛成绩的说明", region="承德市", date="2028-06-20")
    check_event(facts, {"none": "颁奖仪式"})


def test_ceremony_fixed_for_a_day_passed_is_reported(extract_text):
    facts = extract_text(CEREMONY, headline="关于职工技能大赛成绩的说明", region="承德市", date="2028-07-09")
    check_event(facts, {"ev": "颁奖仪式", "date": "07-08"})


def test_sessions_counted_before_a_name_are_no_one_event(extract_text):
    facts = extract_text(
        "9月5日，兴隆县职工厨艺大赛在县职工之家举行。去年县总工会在县职工之家办了两期面点培训班，80名职工结业。\n",
        headline="兴隆县职工厨艺大赛举行",
        region="承德市",
        date="2028-09-06",
    )
    check_event(facts, {"none": "面点培训班"})


def test_one_session_before_a_name_is_an_event(extract_text):
    facts = extract_text(
        "9月5日，兴隆县总工会在县职工之家举办了一期面点培训班，40名职工参加。\n",
        headline="兴隆县总工会举办面点培训班",
        region="承德市",
        date="2028-09-06",
    )
    check_event(facts, {"ev": "面点培训班", "date": "09-05"})
