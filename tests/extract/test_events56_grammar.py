"""Events, as a grammar (session 56: the attributes of events in video transcripts and briefs).

- 据统计，本次招聘会共吸引…N余人入场: the sentence naming the event again opens after the
  source of its figures;
- 同期声：X公司经理 A“…”: a sound bite's speaker, the quote right after the name, takes part;
- X镇总工会第三次会员代表大会召开, no venue said: an area's union holds its own meeting in its area;
- 近日…举办X培训班。…11月16日结业式上: a course given no day is dated by its closing ceremony;
- the lead alone in its paragraph: who took part is read on in the next paragraph;
- 据介绍，本次合同…惠及职工N名: after the source of figures, 本次 and no head of the event names
  another thing, no count of the event;
- A为接力赛鸣枪: starting a race at a sports meet is taking part in it;
- A，以及X负责人和快递员、…、讲解员等N人参加: a long list of trades closes who attends (its
  verb no word inside a noun: 讲解员; 镇直有关单位 a verb before a verbal noun);
- a notice's 落款 above the attachments it lists (1. X汇总表.xls) signs it;
- A作第二届工会委员会工作报告: presenting a report, however many words name it, takes part.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event, event, organizers

FAIR = (
    "近日，由县总工会、县人力资源和社会保障局联合主办的2027年“春风送岗”专场招聘会在县体育馆广场举行。"
    "来自纺织、机械等行业的85家企业进场招聘，提供岗位2100余个。\n"
    "同期声：县总工会党组书记、主席 邵建军“我们为返乡农民工开设了专门的服务台。”\n"
    "同期声：求职者 欧阳小川“今天谈好了一家机械厂，下周就去上班。”\n"
    "据统计，本次招聘会共吸引求职群众3400余人入场，达成就业意向700余人。"
)


def test_count_after_the_source_of_figures(extract_text):
    facts = extract_text(FAIR, headline="我县举办“春风送岗”专场招聘会", region="枣强县", date="2027-10-12")
    check_event(facts, {"ev": "招聘会", "count": 3400, "place": "体育馆"})


def test_count_not_read_without_the_event_named_again(extract_text):
    body = FAIR.replace("本次招聘会共吸引", "全县今年共吸引")
    facts = extract_text(body, headline="我县举办“春风送岗”专场招聘会", region="枣强县", date="2027-10-12")
    check_event(facts, {"ev": "招聘会", "nocount": 3400})


def test_sound_bite_speaker_quoted_after_the_name(extract_text):
    facts = extract_text(FAIR, headline="我县举办“春风送岗”专场招聘会", region="枣强县", date="2027-10-12")
    check_event(facts, {"ev": "招聘会", "people": ["邵建军", "欧阳小川"]})


def test_area_unions_own_meeting_is_in_its_area(extract_text):
    body = (
        "5月20日，段村镇总工会第三次会员代表大会召开。会议选举产生了第三届委员会，马春林当选镇总工会主席。"
        "全镇21家基层工会的64名代表参加会议。"
    )
    facts = extract_text(body, headline="", region="平遥县", date="2027-05-22")
    check_event(facts, {"ev": "第三次会员代表大会", "place": "段村镇", "count": 64})


def test_area_unions_meeting_keeps_its_venue(extract_text):
    body = "5月20日，段村镇总工会第三次会员代表大会在镇文化中心召开。马春林当选镇总工会主席。"
    facts = extract_text(body, headline="", region="平遥县", date="2027-05-22")
    check_event(facts, {"ev": "第三次会员代表大会", "place": "文化中心"})
    assert [ref.name for ref, _ in event(facts, "第三次会员代表大会").locations] == ["平遥县段村镇文化中心"]


COURSE = (
    "近日，盖州市总工会联合市人社局举办家政服务技能培训班，60名学员参加了为期5天的培训。"
    "培训设置母婴护理、营养配餐等课程。11月16日结业式上，市总工会副主席邢晓峰为学员颁发证书。"
)


def test_course_dated_by_its_closing_ceremony(extract_text):
    facts = extract_text(COURSE, headline="", region="盖州市", date="2027-11-20")
    check_event(facts, {"ev": "培训班", "date": "11-16", "count": 60})


def test_course_dated_in_its_lead_keeps_its_day(extract_text):
    body = COURSE.replace("近日，", "11月12日，")
    facts = extract_text(body, headline="", region="盖州市", date="2027-11-20")
    check_event(facts, {"ev": "培训班", "date": "11-12"})


def test_count_in_the_next_paragraph(extract_text):
    body = (
        "3月28日上午，由城东区总工会、区人力资源和社会保障局联合主办，区快递行业工会联合会承办的"
        "城东区2028年快递行业集体合同签约仪式，在区职工服务中心二楼会议厅举行。\n"
        "市总工会副主席王丽华，区总工会主席赵国平出席仪式。区总工会副主席孙立新主持。"
        "快递企业经营者代表和职工代表共90余人参加。\n"
        "据介绍，本次行业性集体协商历时两个月，惠及职工1800余名。"
    )
    facts = extract_text(body, headline="集体合同签约仪式", region="西宁市", date="2028-03-30")
    check_event(facts, {"ev": "签约仪式", "count": 90, "people": ["王丽华", "孙立新"]})


def test_source_opener_before_another_thing_said_again(extract_text):
    body = (
        "3月28日上午，城东区2028年快递行业集体合同签约仪式在区职工服务中心二楼会议厅举行。\n"
        "市总工会副主席王丽华出席仪式。\n"
        "据介绍，本次合同覆盖全区42家快递网点，惠及职工1800余名。"
    )
    facts = extract_text(body, headline="集体合同签约仪式", region="西宁市", date="2028-03-30")
    check_event(facts, {"ev": "签约仪式", "nocount": 1800})


def test_starting_a_race_takes_part(extract_text):
    body = (
        "2月8日，岫岩满族自治县第二届职工冰雪运动会在县冰雪运动中心开幕，18支代表队的320余名职工参赛。"
        "县总工会主席孟庆丰致辞。县人大常委会副主任邰文博为雪地拔河赛鸣枪。"
    )
    facts = extract_text(body, headline="", region="岫岩满族自治县", date="2027-02-10")
    check_event(facts, {"ev": "冰雪运动会", "count": 320, "people": ["孟庆丰", "邰文博"]})


def test_long_list_of_trades_closing_who_attends(extract_text):
    body = (
        "9月12日上午，兴隆镇新就业形态劳动者集中入会仪式在镇文化广场举行。"
        "县总工会副主席蓝海燕，镇党委副书记、镇长秦向东，镇党委委员、镇总工会主席韦春林，"
        "以及县总工会、镇直有关单位负责人和快递员、外卖骑手、网约车司机、民宿从业人员、景区讲解员等90余人参加活动。"
    )
    facts = extract_text(body, headline="", region="靖西市", date="2027-09-13")
    check_event(facts, {"ev": "入会仪式", "count": 90, "people": ["蓝海燕", "秦向东", "韦春林"]})


def test_notice_signed_above_its_attachments(extract_text):
    facts = extract_text(
        "经研究，确定了以下拟表彰对象，现予以公示。\n"
        "1　韩冬梅　松花江纺织有限公司挡车工\n"
        "公示时间：2027年4月12日至4月18日。\n"
        "佳木斯市总工会\n"
        "1. 2027年佳木斯市五一劳动奖章拟表彰对象汇总表.xls\n"
        "2. 拟表彰对象主要事迹简介.docx",
        headline="关于2027年佳木斯市五一劳动奖章拟表彰对象的公示",
        region="佳木斯市",
        date="2027-04-12",
    )
    (notice,) = [e for e in facts.events if e.ref.name.startswith("关于")]
    assert organizers(notice) == ["佳木斯市总工会"]


def test_presenting_a_report_of_many_words(extract_text):
    body = (
        "1月18日，黔东能源有限公司二届三次职工代表大会在公司机关五楼会议室召开。"
        "会上，公司工会副主席（主持工作）杨秀琴作第二届工会委员会工作报告；"
        "财务部经理龙正华作2026年度财务预决算及业务招待费使用情况报告。"
    )
    facts = extract_text(body, headline="", region="凯里市", date="2027-01-20")
    check_event(facts, {"ev": "职工代表大会", "people": ["杨秀琴", "龙正华"]})
