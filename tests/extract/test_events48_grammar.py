"""Event attributes in new genres, as a grammar (session 48).

- ——X成就展（展板文字版）: a name set off on its line by a subtitle's dash and a bracketed aside
  stands alone, the next sentence (展览在Y开幕) tells its day and place;
- 主办：A / 协办：B C, lines of an exhibition's or notice's fields, organise the main event;
- N余人参加开幕式并观展: the opening ceremony attended is the show's (its first verb's object);
- 1985年　X召开 / 图：1978年，…: a year alone long before the page's opens history, no event;
- “春晖·职工健步走”圆满结束: a name walked left inside quotes up to a separator is the whole title;
- …组织X活动。\\n集合：… \\n路线：Y公园: a notice's place line under the event's sentence;
- 【日报】2028-05-08（周一）: each log entry's events fall on its own day;
- 15家物流企业负责人参加: a count of units sending one each counts people;
- 5月9日，调研组在X召开座谈会: the party of the main event's activity holds it for its organisers;
- …等行业的150余名职工参加，: a count attending, its noun between, no object, in the main event's
  paragraph: the main event's;
- 原定于8月5日召开的X因故改期: an event called off is none;
- …X沙龙，镇总工会主办、镇妇联协办: the sponsors' clauses right after the name organise it;
- A、B分别在X镇、Y镇开展…: each place listed after 分别在 is a venue of it;
- 走访X村、Y村困难职工4户: a visit to those in need (no 慰问) is an event at the village it names first;
- …当场授予A“X”称号 in the main event's paragraph: A takes part in it.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

SHOW = (
    "——临沂市劳动模范成就展（展板文字版）\n"
    "【编者按】5月3日上午，展览在临沂市职工服务中心二楼展厅开幕。市总工会主席王海峰出席开幕式，"
    "为8名“劳模讲解员”颁发聘书；市总工会副主席刘春来主持。全市劳模代表90余人参加开幕式并观展。\n"
    "展览信息\n"
    "主办：临沂市总工会\n"
    "协办：兰山区总工会　罗庄区总工会\n"
)


def test_set_off_subtitle_name_is_read_with_the_next_sentence(extract_text):
    facts = extract_text(SHOW, headline="“沂蒙山下　劳动最美”", region="临沂市", date="2027-05-10")
    check_event(facts, {"ev": "成就展", "date": "05-03", "place": "职工服务中心"})


def test_sponsor_field_lines_organise_the_main_event(extract_text):
    facts = extract_text(SHOW, headline="“沂蒙山下　劳动最美”", region="临沂市", date="2027-05-10")
    check_event(facts, {"ev": "成就展", "someorgs": ["临沂市总工会", "兰山区总工会"]})


def test_opening_ceremony_attended_counts_the_show(extract_text):
    facts = extract_text(SHOW, headline="“沂蒙山下　劳动最美”", region="临沂市", date="2027-05-10")
    check_event(facts, {"ev": "成就展", "count": 90})


def test_timeline_year_long_before_the_page_is_no_event(extract_text):
    facts = extract_text(
        "展板2-1　时间线\n1985年　临沂市总工会第一次代表大会召开。\n"
        "展板2-2　图：1978年，运输公司工会组织职工在沂河岸边植树。\n",
        headline="临沂市工会工作历程",
        region="临沂市",
        date="2027-05-10",
    )
    check_event(facts, {"none": "代表大会"})
    check_event(facts, {"none": "植树"})


WALK = (
    "【通知】公司工会定于5月6日（周六）组织“春晖·职工健步走”活动，由公司工会主办。\n"
    "集合：7:00 厂区南门，统一乘大巴。\n"
    "路线：三台山森林公园，全程约6公里。\n"
    "报名截止：5月3日。\n"
    "【活动回顾】昨天的“春晖·职工健步走”圆满结束！实际参加职工58人。\n"
)


def test_quoted_title_with_separator_is_one_event(extract_text):
    facts = extract_text(WALK, headline="公司工会活动群", region="安庆市", date="2028-05-07")
    names = [e.ref.name for e in facts.events if "健步走" in e.ref.name]
    assert len(names) == 1 and "春晖·职工健步走" in names[0], names
    check_event(facts, {"ev": "春晖·职工健步走", "date": "05-06", "count": 58})


def test_place_line_under_the_notice_sentence(extract_text):
    facts = extract_text(WALK, headline="公司工会活动群", region="安庆市", date="2028-05-07")
    check_event(facts, {"ev": "健步走", "place": "三台山森林公园"})


def test_log_entry_events_fall_on_their_own_day(extract_text):
    facts = extract_text(
        "【日报】2028-05-08（周一）　提交于 18:00\n"
        "1. 上午9:00在区总工会三楼会议室参加全区工会工作例会，共20余人参会。\n"
        "【日报】2028-05-09（周二）　提交于 17:40\n"
        "1. 下午3:00在镇职工之家举办女职工茶艺沙龙，全镇女职工32人参加。\n",
        headline="工作日志导出",
        region="鹰潭市月湖区",
        date="2028-05-14",
    )
    check_event(facts, {"ev": "工作例会", "date": "05-08"})
    check_event(facts, {"ev": "茶艺沙龙", "date": "05-09"})


SURVEY = (
    "今年4月至5月，鹰潭市总工会对全市物流行业开展了专题调研。\n"
    "5月9日，调研组在月湖区职工服务中心召开物流企业座谈会，15家物流企业负责人参加。\n"
)


def test_units_sending_one_each_count_people(extract_text):
    facts = extract_text(SURVEY, headline="关于新就业形态劳动者的调研报告", region="鹰潭市", date="2027-06-20")
    check_event(facts, {"ev": "物流企业座谈会", "count": 15})


def test_party_of_the_main_activity_holds_for_its_organisers(extract_text):
    facts = extract_text(SURVEY, headline="关于新就业形态劳动者的调研报告", region="鹰潭市", date="2027-06-20")
    check_event(facts, {"ev": "物流企业座谈会", "someorgs": ["鹰潭市总工会"]})


def test_count_attending_with_its_noun_in_the_main_paragraph(extract_text):
    facts = extract_text(
        "7月3日上午，鹰潭市2027年“清凉行动”启动仪式在月湖区江边街道工会驿站举行。活动由市总工会主办，"
        "月湖区总工会承办。市总工会主席周文华宣布活动启动，并当场为两名职工颁发慰问品。"
        "环卫、快递、建筑等行业的150余名户外劳动者参加，现场发放清凉物资3000份。\n",
        headline="我市启动2027年“清凉行动”",
        region="鹰潭市",
        date="2027-07-04",
    )
    check_event(facts, {"ev": "启动仪式", "count": 150})


def test_event_called_off_is_none(extract_text):
    facts = extract_text(
        "7月3日，市总工会在江边街道工会驿站开展送清凉活动。（原定于8月5日召开的全市职工代表恳谈会因故改期，时间另行通知。）\n",
        headline="市总工会开展送清凉活动",
        region="鹰潭市",
        date="2027-07-04",
    )
    check_event(facts, {"none": "恳谈会"})


def test_sponsor_clauses_right_after_the_name(extract_text):
    facts = extract_text(
        "3月8日下午，在锦江镇职工之家举办“春风三月”女职工茶艺沙龙，锦江镇总工会主办、锦江镇妇联协办，全镇女职工40人参加。\n",
        headline="镇总工会举办女职工茶艺沙龙",
        region="鹰潭市余江区",
        date="2028-03-09",
    )
    check_event(facts, {"ev": "茶艺沙龙", "someorgs": ["锦江镇总工会", "锦江镇妇"]})


def test_places_listed_after_respectively(extract_text):
    facts = extract_text(
        "7月12日上午，市总工会在江边街道工会驿站举行“清凉行动”启动仪式。当天下午，余江区总工会、贵溪市总工会也"
        "分别在余江区锦江镇、贵溪市泗沥镇的建筑工地开展了送清凉慰问。\n",
        headline="我市启动“清凉行动”",
        region="鹰潭市",
        date="2027-07-13",
    )
    check_event(facts, {"ev": "送清凉", "place": "锦江镇"})
    check_event(facts, {"ev": "送清凉", "place": "泗沥镇"})


def test_visit_to_those_in_need_without_weiwen(extract_text):
    facts = extract_text(
        "【日报】2028-03-10（周五）　提交于 17:36\n1. 和镇民政办走访新桥村、石港村困难职工4户，每户送慰问金600元。\n",
        headline="工作日志导出",
        region="鹰潭市余江区",
        date="2028-03-12",
    )
    check_event(facts, {"ev": "走访", "date": "03-10", "place": "新桥村"})


def test_honoured_on_the_spot_takes_part(extract_text):
    facts = extract_text(
        "7月3日上午，鹰潭市2027年“清凉行动”启动仪式在月湖区江边街道工会驿站举行。市总工会主席周文华宣布活动启动，"
        "市总工会当场授予环卫工人邓秋生“鹰潭好职工”称号。\n",
        headline="我市启动2027年“清凉行动”",
        region="鹰潭市",
        date="2027-07-04",
    )
    check_event(facts, {"ev": "启动仪式", "people": ["邓秋生"]})
