"""Event attributes in new genres, as a grammar (session 46): a calendar export's entries, each
a titled activity with particulars lines and a recap under them.

- 主办单位：X市Y区总工会 under the title: a particulars line is passed over to its end, even where
  the name on it is split into tokens that open a sentence of their own;
- 【活动回顾】…开展Z志愿服务。…共48名参加: a sentence that tells the titled event again (its head,
  or four characters of its name) and counts no one does not stop the search for who took part;
  nor does one that tells what people did at it (A作分享，B作表态发言);
- …共95余名到场聆听: those present at the scene (到场) took part.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

from tests.extract.facts_view import check_event

CONTEST = (
    "时间：2028年6月2日\n"
    "地点：南平市延平区技工学校实训楼\n"
    "主办单位：南平市延平区总工会\n"
    "【活动回顾】竞赛由区总工会、区人力资源和社会保障局主办，区技工学校承办。"
    "来自全区17家企业的44名选手参赛，前3名将获推荐申报“南平市技术能手”。区总工会副主席蒋云舟致辞。\n"
)


def test_particulars_line_passed_over_to_its_end(extract_text):
    facts = extract_text(CONTEST, headline="延平区第三届职工技能竞赛（焊工）", region="南平市", date="2028-06-21")
    check_event(facts, {"ev": "职工技能竞赛", "date": "06-02", "count": 44})


VOLUNTEERS = (
    "时间：2028年4月9日\n"
    "地点：江心广场\n"
    "主办单位：南平市延平区总工会\n"
    "【活动回顾】4月9日，区总工会联合水南街道总工会在江心广场开展护河环保志愿服务，设置宣传展板等6个摊位。"
    "区总工会青年突击队及企业工会志愿者共48名参加，服务群众300余人次。区总工会副主席蒋云舟带队。\n"
)


def test_recap_telling_the_event_again_does_not_stop_the_count(extract_text):
    facts = extract_text(VOLUNTEERS, headline="“护河·青年先锋”志愿服务日", region="南平市", date="2028-06-21")
    check_event(facts, {"ev": "志愿服务日", "date": "04-09", "count": 48})


TALK = (
    "时间：2028年5月12日\n"
    "地点：福建闽延机电有限公司二楼报告厅\n"
    "【活动回顾】区总工会党组书记、常务副主席范立行主持宣讲会。福建闽延机电有限公司装配车间主任蓝启航"
    "结合自己的经历作分享，水东街道总工会主席严松作表态发言。公司一线职工及街道内9家企业工会代表共95余名到场聆听。\n"
)


def test_acts_at_the_event_passed_over_to_those_present(extract_text):
    facts = extract_text(TALK, headline="技术骨干进园区宣讲会（水东站）", region="南平市", date="2028-06-21")
    check_event(facts, {"ev": "宣讲会", "date": "05-12", "count": 95})


def test_sponsors_listed_with_their_parts_are_no_gap(extract_text):
    # A主办、B公司工会协办、C协办的X: the subject's verb stands far from the event, the sponsors between
    facts = extract_text(
        "2028年3月27日，石门镇总工会主办、湖南辰溪矿业有限公司工会协办、石门镇文化站协办的石门镇职工乒乓球赛"
        "在石门镇中学体育馆举行，96人参加。",
        headline="泸溪县总工会上半年工作活动台账",
        region="湘西土家族苗族自治州泸溪县",
        date="2028-07-05",
    )
    check_event(facts, {"ev": "乒乓球赛", "date": "03-27", "someorgs": ["石门镇总工会", "湖南辰溪矿业有限公司工会"]})


LEDGER = (
    "2028年3月15日，县总工会主办、县市场监督管理局协办的食品安全知识讲座在县总工会三楼会议室举行，45人参加。\n"
    "2028年6月18日，浦市镇总工会主办的柑橘采摘工技能培训在浦市镇柑橘种植基地举行，70人参加。\n"
    "2028年6月28日，县总工会主办、潭溪镇总工会协办的“夏送清凉”首站慰问在潭溪镇工业小区举行，50人参加。\n"
    "2028年1月12日，县总工会主办、县民政局协办的“两节”送温暖启动仪式暨集中慰问在县职工服务中心一楼大厅举行，"
    "负责人为：县总工会副主席姚春生，120人参加。\n"
)


def _ledger(extract_text):
    return extract_text(
        LEDGER, headline="泸溪县总工会上半年工作活动台账", region="湘西土家族苗族自治州泸溪县", date="2028-07-05"
    )


def test_unnamed_site_of_an_area(extract_text):
    # 在潭溪镇工业小区举行: a site no place of the graph names, in the area
    check_event(_ledger(extract_text), {"ev": "夏送清凉", "place": "潭溪镇"})


def test_verb_phrase_ends_outside_a_venue(extract_text):
    # …暨集中慰问在县职工服务中心…: 慰问 + 在县职工 is no visit of relief (its last word is the venue's)
    facts = _ledger(extract_text)
    assert not [e.ref.name for e in facts.events if e.ref.name.startswith("慰问在")]
    check_event(facts, {"ev": "启动仪式", "people": ["姚春生"]})


def test_place_line_under_a_titled_activity(extract_text):
    # 地点：X市Y区Z街道滨江路江心广场 under a calendar entry's title (no meeting): its venue, in Z街道
    facts = extract_text(
        "时间：2028年4月9日\n地点：南平市延平区水南街道滨江路江心广场\n主办单位：南平市延平区总工会\n"
        "【活动回顾】4月9日，区总工会在江心广场开展志愿服务，共48名参加。\n",
        headline="“爱心·工会在行动”志愿服务日",
        region="南平市",
        date="2028-06-21",
    )
    check_event(facts, {"ev": "志愿服务日", "date": "04-09", "place": "水南街道"})
