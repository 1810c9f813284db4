"""Event attributes in new genres, as a grammar (session 43): a programme's replay page, a
case file of a union's letter of supervision, a recruitment notice, a sign-up page's review
of a past edition, a thanks letter's follow-up report.

- a day relative to the report (昨天下午，…) opening any sentence dates its events, counted
  from the report's day (a bulletin's item after the main story);
- 在X启用了一座驿站: a facility put into service at X — its opening ceremony named after the
  lead is held there; 送出清凉包: a summer round of relief named by the pack it hands out;
- 【同期声】TITLE　A：…: the speaker of a sound bite takes part in the event reported before it
  (not in one the bites themselves name);
- A出席并为…发放慰问金: an act joined by 并 to a verb of attending is done at the event
  attended — no event of its own, and the next sentence's count is the attended event's;
- A、区总工会副主席B带队，…到X看望…: the body of an officer of the party's opening list holds
  the visit;
- 向企业当面送达《…提示函》: a union's letter of supervision handed over at the employer is the
  day's act; A带领B、C来到…: those the leader takes along go with the party;
- …负责人和职工代表，以及…共16人参加: a title the tagger took for a verb still closes the
  unnamed tail of a list of who attended;
- X联合Y到…的Z街道走访: the bodies right before the verb of going hold the visit, made at the
  place named right before the activity; A、B到公司回访: the body where A holds an office
  the article read holds it;
- 笔试于4月17日在X考点举行，实际参加笔试812人: a recruitment's exam reported held, at the
  venue before the site's word, counted by those who actually attended (not 进入面试63人);
  clauses joined by ； share the sponsors stated for the first; in a notice, a step in the
  paragraph of its own matter (本次招聘…) is the issuer's;
- …亲子研学活动（第一期）: the edition in brackets after the head is part of the name.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from kg.ingest.bars import aired_date
from tests.extract.facts_view import check_event

BULLETIN = (
    "主持人 甲：先来看一条消息。今天上午，南开区总工会在长虹街道职工之家举办职工书法展。\n"
    "主持人 乙：再来看一条简讯。昨天下午，红桥区总工会联合区红十字会，在三条石街道职工服务站举办“急救有我”"
    "应急救护培训，辖区快递、物业的45名职工参加。"
)

STATION = (
    "主持人：今天上午，东丽区总工会在金桥街道启用了一座户外劳动者驿站，我们来听记者的报道。\n"
    "记者：驿站由东丽区总工会主办、金桥街道总工会承办，面积60多平方米。启用仪式上，区总工会为来自环卫、快递行业的"
    "50多名一线职工送上了绿豆汤。\n"
    "【同期声】东丽区总工会副主席　高长河：今年我们把“夏送清凉”和驿站建设结合起来。\n"
    "【同期声】环卫工人　孟凤兰：现在能热饭，还能吹吹空调。\n"
    "记者：仪式结束后，东丽区总工会副主席高长河带着工作人员走进附近的建筑工地，又送出清凉包300份。"
)

CEREMONY = (
    "1月8日，鼓楼区总工会2027年“两节”送温暖活动启动仪式在鼓楼区职工服务中心举行。区委副书记韩东明，"
    "区总工会主席窦立春出席并为困难职工代表发放慰问金，区总工会副主席钟小慧主持仪式。全区各基层工会负责人和困难职工代表"
    "60余人参加。\n1月15日，窦立春、区总工会副主席钟小慧带队，在宁海路街道总工会主席柴文静陪同下，到湖南路街道看望身患重病的"
    "职工邹海生。"
)

DELIVERY = (
    "5月9日上午，梁园区总工会副主席齐振东带领法律工作部部长卫兰芳、干事谷春生，来到位于水池铺乡的商丘恒远包装材料有限公司，"
    "向企业当面送达《工会劳动法律监督提示函》。\n"
    "送达提示函后，双方在公司三楼会议室召开座谈会。公司总经理姬宏亮、公司工会主席霍永平、人力资源部负责人和职工代表，"
    "以及区、乡两级工会人员共14人参加。\n"
    "4月22日，梁园区总工会联合水池铺乡总工会到厂区和职工租住较集中的平原街道走访，与40多名职工逐一核实。\n"
    "6月3日，齐振东、谷春生到公司回访，在车间与15余名职工个别交谈。"
)

EXAMS = (
    "本次招聘由石嘴山市总工会组织实施。本次招聘共有520人报名。笔试于4月10日在石嘴山市工人文化宫考点举行，"
    "实际参加笔试430人；面试于5月8日在石嘴山市职工服务中心举行，进入面试36人，实际参加面试33人。"
)

NOTICE = (
    "石嘴山市总工会2027年公开招聘工作人员工作已完成报名、笔试、面试等程序。本次招聘共有520人报名。"
    "笔试于4月10日在石嘴山市工人文化宫考点举行，实际参加笔试430人。\n"
    "公示期：2027年6月2日至6月8日。\n\n石嘴山市总工会\n2027年6月2日"
)

REVIEW = (
    "5月16日，由汝阳县总工会主办的2027年汝阳县职工亲子研学活动（第一期）在汝阳县西泰山风景区举行，"
    "40组职工家庭共95人参加。"
)

CASES = [
    pytest.param(
        BULLETIN,
        "新闻晚高峰",
        "天津市",
        "2027-07-20",
        {"ev": "应急救护培训", "date": "07-19", "count": 45},
        id="relative_day_opening_a_later_item_dates_its_event",
    ),
    pytest.param(
        STATION,
        "驿站启用",
        "天津市",
        "2027-07-20",
        {"ev": "启用仪式", "date": "07-20", "place": "金桥街道", "count": 50, "people": ["孟凤兰"]},
        id="station_put_into_service_at_a_place_with_sound_bite_speakers",
    ),
    pytest.param(
        STATION,
        "驿站启用",
        "天津市",
        "2027-07-20",
        {"ev": "清凉包", "date": "07-20", "someorgs": ["东丽区总工会"], "people": ["高长河"]},
        id="relief_packs_handed_out_are_a_round_of_relief",
    ),
    pytest.param(
        CEREMONY,
        "送温暖",
        "南京市",
        "2027-01-20",
        {"ev": "启动仪式", "count": 60},
        id="act_joined_to_attending_leaves_the_count_to_the_ceremony",
    ),
    pytest.param(
        CEREMONY,
        "送温暖",
        "南京市",
        "2027-01-20",
        {"ev": "看望", "date": "01-15", "someorgs": ["鼓楼区总工会"]},
        id="second_officer_of_the_opening_list_gives_the_visits_body",
    ),
    pytest.param(
        DELIVERY,
        "一份提示函",
        "商丘市",
        "2027-06-10",
        {
            "ev": "送达",
            "date": "05-09",
            "someorgs": ["梁园区总工会"],
            "people": ["卫兰芳", "谷春生", "姬宏亮"],
            "count": 14,
        },
        id="letter_delivered_with_those_the_leader_takes_along",
    ),
    pytest.param(
        DELIVERY,
        "一份提示函",
        "商丘市",
        "2027-06-10",
        {"ev": "走访", "date": "04-22", "place": "平原街道", "someorgs": ["梁园区总工会"], "count": 40},
        id="visit_by_the_bodies_before_the_verb_of_going_at_the_place_before_the_activity",
    ),
    pytest.param(
        DELIVERY,
        "一份提示函",
        "商丘市",
        "2027-06-10",
        {"ev": "回访", "date": "06-03", "place": "商丘恒远", "someorgs": ["梁园区总工会"], "count": 15},
        id="follow_up_visit_by_bare_names_held_by_the_first_ones_body",
    ),
    pytest.param(
        EXAMS,
        "招聘工作人员",
        "石嘴山市",
        "2027-03-20",
        {"ev": "笔试", "date": "04-10", "place": "石嘴山市工人文化宫", "count": 430, "someorgs": ["石嘴山市总工会"]},
        id="written_exam_reported_held_at_the_venue_before_the_site_word",
    ),
    pytest.param(
        EXAMS,
        "招聘工作人员",
        "石嘴山市",
        "2027-03-20",
        {"ev": "面试", "date": "05-08", "count": 33, "someorgs": ["石嘴山市总工会"]},
        id="interview_counted_by_those_who_attended_with_the_sponsors_of_the_sentence",
    ),
    pytest.param(
        NOTICE,
        "石嘴山市总工会2027年公开招聘工作人员拟聘用人员公示",
        "石嘴山市",
        "2027-06-02",
        {"ev": "笔试", "someorgs": ["石嘴山市总工会"]},
        id="notices_step_in_the_paragraph_of_its_own_matter_is_the_issuers",
    ),
    pytest.param(
        REVIEW,
        "研学活动回顾",
        "洛阳市",
        "2027-05-18",
        {"ev": "研学活动（第一期）", "date": "05-16", "count": 95},
        id="bracketed_edition_is_part_of_the_name",
    ),
]


@pytest.mark.parametrize(("text", "headline", "region", "date", "expected"), CASES)
def test_event_attributes(extract_text, text, headline, region, date, expected):
    check_event(extract_text(text, headline=headline, region=region, date=date), expected)


def test_a_bite_names_no_event_its_speakers_take_part_in(extract_text):
    facts = extract_text(STATION, headline="驿站启用", region="天津市", date="2027-07-20")
    for e in facts.events:
        if "夏送清凉" in e.ref.name:
            assert "孟凤兰" not in {r.name for r, _ in e.participants}


def test_an_act_at_the_event_attended_is_no_event(extract_text):
    facts = extract_text(CEREMONY, headline="送温暖", region="南京市", date="2027-01-20")
    assert not any(e.ref.name == "发放慰问金" for e in facts.events), [e.ref.name for e in facts.events]


def test_a_programme_line_gives_the_air_date():
    assert aired_date(["首页 | 节目回放", "《晚间新闻》　2027年7月20日（星期二）17:00—18:30"]) == "2027-07-20"
    assert aired_date(["《劳动合同法》2027年7月20日修订"]) is None


def test_a_replay_page_dates_its_articles_by_the_air_date(tmp_path):
    from kg.ingest import read_articles

    page = tmp_path / "replay.txt"
    page.write_text(
        "海河广播　新闻频率\n当前位置：首页 > 节目回放\n\n《晚间新闻》　2027年7月20日（星期二）17:00—18:30\n"
        "上传时间：2027-07-21 09:12　　时长：01:28:36\n\n【文字实录】\n"
        "主持人：今天上午，南开区总工会在长虹街道职工之家举办职工书法展，200余名职工参观。\n",
        encoding="utf-8",
    )
    assert {a.date for a in read_articles([str(page)]).articles} == {"2027-07-20"}


def test_packs_handed_out_at_an_event_are_no_round_of_their_own(extract_text):
    facts = extract_text(
        "6月17日下午，石门区总工会在城北街道党群服务中心举办新就业形态劳动者集中入会暨“暖新”服务活动。"
        "活动吸引了60余名快递员参加，现场25人办理入会手续，工作人员发放清凉礼包150份。",
        headline="集中入会",
        region="常德市",
        date="2027-06-18",
    )
    assert not any("清凉礼包" in e.ref.name for e in facts.events), [e.ref.name for e in facts.events]
    check_event(facts, {"ev": "集中入会", "count": 60})
