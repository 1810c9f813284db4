"""Event attributes in new genres, as a grammar (session 47).

- 【又讯】同日上午，…: an item's bracketed label before the words of the day said last does not
  hide them — the second item's event is on the day of the event told before it;
- …召开，在随后召开的X上: the comma's clause of the name opening with a word of right after dates
  it by the event told before it;
- 将在X镇举办“Y”，报名截止7月5日 / “Y”拟由A主办: a word of planning before the verb of holding
  right before the name (its only day outside the plan: a deadline's), or after the name before
  its verb, makes it an event to come, however a day or a place is said in its sentence;
- 参加人数（预计）：150人: a word of those expected in brackets after a field's label;
- 已连续举办五届X: a bare number of editions opening a name held counts editions, no event;
- X任副领队: the person leads the party at the event, and takes part.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event

SECOND_ITEM = (
    "5月9日，宁化县总工会在城南镇文化广场举办2028年职工拔河比赛，12支代表队共96名职工参赛。\n"
    "【简讯】同日下午，安远镇总工会在安远镇职工之家开展“安全生产进车间”培训活动，30余名职工参加。\n"
)


def test_item_label_before_same_day_word(extract_text):
    facts = extract_text(SECOND_ITEM, headline="宁化县总工会举办职工拔河比赛", region="三明市宁化县", date="2028-05-10")
    check_event(facts, {"ev": "培训活动", "date": "05-09"})


def test_right_after_word_of_the_comma_clause(extract_text):
    facts = extract_text(
        "9月3日，漳州市龙文区总工会第五次代表大会在龙文区会议中心召开，实到代表165名。大会选举产生区总工会第五届委员会，"
        "在随后召开的五届一次全委会上，林海峰当选区总工会主席。",
        headline="龙文区总工会召开第五次代表大会",
        region="漳州市龙文区",
        date="2028-09-04",
    )
    check_event(facts, {"ev": "全委会", "date": "09-03"})


def test_planned_holding_with_a_deadline_is_no_event(extract_text):
    facts = extract_text(
        "3月12日，区总工会召开工作例会。下月上旬将在柳溪镇举办“电梯维保职工技能比武”，报名截止4月1日。",
        headline="区总工会召开工作例会",
        region="泉州市丰泽区",
        date="2028-03-13",
    )
    check_event(facts, {"none": "电梯维保"})


def test_plan_after_the_name_in_a_run_on_sentence_is_no_event(extract_text):
    # (chapter lines of a show's notes run together: the day and place of the preview before)
    facts = extract_text(
        "主播：镇总工会为什么要办技能比武预告：8月上旬将在柳溪镇举办“电梯维保职工技能比武”，报名截止7月20日"
        "结束语：主播念了一首小诗“电梯维保职工技能比武”拟由丰泽区总工会主办、柳溪镇总工会承办，面向辖区企业一线职工。",
        headline="《丰泽工声》第12期",
        region="泉州市丰泽区",
        date="2028-06-04",
    )
    check_event(facts, {"none": "电梯维保"})


FORM = (
    "活动名称：2028年“春风行”职工健步走活动\n"
    "活动地点：丰泽区东湖公园\n"
    "参加人数（预计）：150人\n"
    "活动总结：3月26日，“春风行”职工健步走活动在东湖公园举行，实际参加职工142人。\n"
)


def test_expected_word_in_brackets_after_a_field_label(extract_text):
    facts = extract_text(FORM, headline="工会活动经费申请", region="泉州市丰泽区", date="2028-04-02")
    check_event(facts, {"ev": "健步走", "count": 142})


def test_bare_number_of_editions_held_is_no_event(extract_text):
    facts = extract_text(
        "5月8日，县总工会在县体育馆举办职工羽毛球赛，120名职工参赛。近年来，县总工会已连续举办五届全县职工篮球赛。",
        headline="县总工会举办职工羽毛球赛",
        region="宁德市古田县",
        date="2028-05-09",
    )
    check_event(facts, {"none": "五届"})
    check_event(facts, {"ev": "羽毛球赛", "count": 120})


def test_deputy_leader_of_the_party_takes_part(extract_text):
    facts = extract_text(
        "8月15日，全省职工技能大赛在龙岩市举行。我市共选派20名选手参赛，代表队由市总工会副主席郑启明带队，"
        "市人社局培训科科长叶秀芬任副领队。",
        headline="我市选手参加全省职工技能大赛",
        region="宁德市",
        date="2028-08-20",
    )
    check_event(facts, {"ev": "技能大赛", "people": ["叶秀芬"]})


WORK_ORDER = (
    "【处理过程】\n"
    "2028-05-06 09:20　市总工会职工服务中心　派单\n"
    "{i}派至：梅江区总工会　办理时限：10个工作日\n"
    "2028-05-07 10:15　梅江区总工会　现场核查\n"
    "{i}邱国栋会同城北镇总工会主席廖春兰赴企业核实，确认欠薪人数16人。\n"
    "2028-05-12 14:00　协调会\n"
    "{i}地点：城北镇人民政府二楼会议室\n"
    "{i}参加人员：区总工会邱国栋、镇总工会廖春兰、企业负责人温志坚、职工代表等4人，共9人。\n"
    "{i}协调结果：企业于5月20日前支付全部欠薪。\n"
    "2028-05-21 16:30　跟踪\n"
    "{i}企业已支付全部欠薪。\n"
)
# (the lines under a step indented, or not: a text copy that dropped the indent)
INDENTS = pytest.mark.parametrize("indent", ["\u3000\u3000", ""])


@INDENTS
def test_step_line_that_is_an_activity_is_an_event_of_its_unit(extract_text, indent):
    facts = extract_text(
        WORK_ORDER.format(i=indent), headline="梅州市总工会职工服务热线工单", region="梅州市梅江区", date="2028-05-25"
    )
    check_event(facts, {"ev": "现场核查", "date": "05-07", "someorgs": ["梅江区总工会"], "people": ["邱国栋"]})
    check_event(facts, {"none": "跟踪"})


@INDENTS
def test_step_line_with_blank_unit_and_particulars_lines(extract_text, indent):
    facts = extract_text(
        WORK_ORDER.format(i=indent), headline="梅州市总工会职工服务热线工单", region="梅州市梅江区", date="2028-05-25"
    )
    want = {"ev": "协调会", "date": "05-12", "someorgs": ["梅江区总工会"], "place": "城北镇人民政府", "count": 9}
    check_event(facts, {**want, "people": ["温志坚"]})
