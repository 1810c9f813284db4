"""Events of notices, results, live reports and case studies, as a grammar (session 40).

- a hall inside a named venue, by its own short name or size (某殡仪馆松柏厅, 某会议中心大礼堂,
  perhaps with the venue's address in brackets between): the venue is the event's place,
  the hall names nothing;
- mourners listed, then those not named closed by 等 and a count, going to see the dead off
  (A、B，C同志生前友好、老同事和亲属等N人前往送别): the named take part, N counts them;
- a list of visitors closed by 等同志 and a comma, then the visit (A，B等同志，先后到医院探望…):
  the whole list takes part in the visit; the one visited with her family (看望其夫人A及亲属) too;
- a union's election said right after its name (X街道总工会换届，A当选主席): an event of the
  union, A elected takes part; not the work of it (做好换届工作);
- the opening of a tender's bids (本项目于…在X（地址）第三开标室开标): an event at X on its day,
  the notice's issuer its organiser; the experts listed under a label (评审专家名单：A、B) take
  part in it; the size of its panel (评审委员会由3人组成) counts no one taking part;
- 由A主办、B承办的“X”活动: A and B organise X, not the article's main event;
- a visit told undated, then a sentence of its paragraph opening with a day in which a
  visitor acts for a body (11月15日下午，B代表市总工会党组向家属转交了慰问金): the visit is on
  that day, the body its organiser;
- a notice's line naming the group that runs the event told before, with the bodies it is
  made of (治丧工作小组：市总工会办公室、老干部科): the department's union organises it;
- a live report, entries by the time of day, newest first: a sitting the congress holds
  (大会举行第二次全体会议，由A主持) is a part of it, A takes part; 大会应到…，实到N名 counts the
  congress; the meetings of its entries (16:20　…第一次全体会议选举…) are on the report's day.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event, names, organizers

C = pytest.param
CASES = [
    # -- a hall of a named venue ------------------------------------------------------------
    C(
        "3月2日上午，柯德明同志遗体告别仪式在荆州市殡仪馆松柏厅举行。",
        "荆州市",
        {"ev": "告别仪式", "place": "荆州市殡仪馆", "noplace": "松柏厅"},
        id="named-hall-of-venue",
    ),
    C(
        "5月9日上午，南阳市工会第九次代表大会在南阳市会议中心大礼堂开幕。",
        "南阳市",
        {"ev": "代表大会", "place": "南阳市会议中心", "noplace": "大礼堂"},
        id="great-hall-of-venue",
    ),
    C(
        "今天上午9时，南阳市工会第九次代表大会将在位于宛城区白河新区的南阳市会议中心大礼堂开幕。",
        "南阳市",
        {"ev": "代表大会", "place": "南阳市会议中心", "noplace": "白河新区"},
        id="great-hall-of-venue-lying-in-area",
    ),
    C(
        "柯德明同志遗体告别仪式定于2027年3月2日上午9时，在荆州市殡仪馆（沙市区）松柏厅举行。"
        "3月2日上午，柯德明同志遗体告别仪式在荆州市殡仪馆松柏厅举行。",
        "荆州市",
        {"ev": "告别仪式", "place": "荆州市殡仪馆", "noplace": "松柏厅", "date": "03-02"},
        id="hall-after-bracketed-address",
    ),
    # -- mourners at a farewell -------------------------------------------------------------
    C(
        "3月2日上午，柯德明同志遗体告别仪式在荆州市殡仪馆举行。乔文斌、庞晓梅，柯德明同志生前友好、"
        "老同事和亲属等180余人前往送别。",
        "荆州市",
        {"ev": "告别仪式", "people": ["乔文斌", "庞晓梅"], "count": 180},
        id="mourners-see-off",
    ),
    # -- visitors of a list closed by 等同志， ------------------------------------------------
    C(
        "5月3日，荆州市总工会举行劳模座谈会。\n"
        "柯德明同志病重期间，市总工会主席乔文斌，市总工会副主席庞晓梅，以及原市委副书记邹立群等同志，"
        "先后到医院探望或到家中看望慰问其夫人沈秀芝及亲属。",
        "荆州市",
        {"ev": "慰问", "people": ["乔文斌", "庞晓梅", "邹立群", "沈秀芝"]},
        id="visitors-closed-by-comrades",
    ),
    # -- a union's election ---------------------------------------------------------------
    C(
        "2024年6月，青城街道总工会换届，街道党工委委员冯海燕当选主席。",
        "都江堰市",
        {"ev": "换届", "someorgs": ["青城街道总工会"], "people": ["冯海燕"], "date": "24-06"},
        id="union-election",
    ),
    C(
        "今年，区总工会将指导各街道做好工会换届工作。",
        "都江堰市",
        {"none": "换届"},
        id="near-miss-election-work",
    ),
    # -- the opening of bids --------------------------------------------------------------
    C(
        "四、开标及评审情况：本项目于2027年4月9日9:30在江门市公共资源交易中心（白沙街道港口路××号）"
        "第二开标室开标，评审委员会由3人组成。\n"
        "五、评审专家名单：关美玲、司马春生、甘立新（采购人代表）\n"
        "江门市蓬江区总工会\n2027年4月12日",
        "江门市",
        {
            "ev": "开标",
            "date": "04-09",
            "place": "江门市公共资源交易中心",
            "people": ["关美玲", "司马春生", "甘立新"],
            "nocount": 3,
        },
        id="bid-opening",
    ),
]

NOTICE = (
    "江门市蓬江区总工会职工书屋图书采购项目成交结果公告",
    "一、项目名称：职工书屋图书采购项目\n"
    "二、开标及评审情况：本项目于2027年4月9日9:30在江门市公共资源交易中心（白沙街道港口路××号）"
    "第二开标室开标，评审委员会由3人组成。\n"
    "三、评审专家名单：关美玲、司马春生、甘立新（采购人代表）\n"
    "四、公告期限：自本公告发布之日起1个工作日。\n"
    "江门市蓬江区总工会\n2027年4月12日",
)


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_events40(extract_text, text, region, want):
    check_event(extract_text(text, region=region, date="2027-06-01"), want)


def test_bid_opening_of_a_result_notice(extract_text):
    """The notice is the page's event; the opening its issuer's, the experts its people."""
    headline, body = NOTICE
    facts = extract_text(body, headline=headline, region="江门市", date="2027-04-12")
    check_event(facts, {"ev": "结果公告", "someorgs": ["蓬江区总工会"]})
    check_event(
        facts,
        {
            "ev": "开标",
            "date": "04-09",
            "place": "江门市公共资源交易中心",
            "someorgs": ["蓬江区总工会"],
            "people": ["关美玲", "司马春生", "甘立新"],
        },
    )


def test_sponsors_of_a_named_event_are_its_own(extract_text):
    """由A主办、B承办的“X”活动 after another event told first: A and B organise X alone."""
    facts = extract_text(
        "2024年6月，青城街道总工会换届，街道党工委委员冯海燕当选主席。"
        "2024年10月17日，由县总工会主办、青城街道总工会承办的“骑手暖心·集中入会服务日”活动在青城街道职工驿站举行，"
        "120余名快递员参加。",
        region="都江堰市",
        date="2025-03-01",
    )
    assert organizers(event(facts, "换届")) == ["青城街道总工会"], organizers(event(facts, "换届"))
    check_event(facts, {"ev": "集中入会", "someorgs": ["县总工会", "青城街道总工会"], "count": 120})


LIVE = (
    "直播时间：2027年5月9日 08:30—17:30　　状态：已结束\n"
    "16:20　市总工会第九届委员会第一次全体会议选举宁卧龙为主席，白河清、桐柏松为副主席。"
    "市总工会第九届经费审查委员会第一次会议选举翟方城为经费审查委员会主任。\n"
    "14:30　下午，大会举行第二次全体会议，由市总工会副主席白河清主持。\n"
    "10:35　市总工会主席邓州源作工作报告。\n"
    "09:00　大会开幕。大会由市总工会常务副主席宁卧龙主持。"
    "大会应到代表310名，因病因事请假12名，实到298名，符合法定人数。\n"
    "08:30　今天上午9时，南阳市工会第九次代表大会将在南阳市会议中心开幕。"
)


def test_live_report_of_a_congress(extract_text):
    """The congress holds its sitting, is counted by those present; its entries' meetings
    fall on the report's day."""
    facts = extract_text(LIVE, headline="南阳市总工会第九次代表大会", region="南阳市")
    check_event(facts, {"ev": "代表大会", "count": 298, "people": ["白河清", "宁卧龙"], "date": "05-09"})
    assert not any(e.ref.name == "第二次全体会议" for e in facts.events), [e.ref.name for e in facts.events]
    check_event(facts, {"ev": "委员会第一次全体会议", "date": "05-09", "people": ["白河清", "桐柏松"]})
    check_event(facts, {"ev": "经费审查委员会第一次会议", "date": "05-09", "people": ["翟方城"]})


def test_visit_dated_by_its_sequel(extract_text):
    facts = extract_text(
        "柯德明同志病重期间，市总工会主席乔文斌，市总工会副主席庞晓梅等同志，先后到医院探望或到家中看望慰问其夫人沈秀芝。"
        "3月4日下午，庞晓梅代表市总工会党组向家属转交了慰问金。",
        region="荆州市",
        date="2027-03-06",
    )
    check_event(facts, {"ev": "慰问", "date": "03-04", "someorgs": ["荆州市总工会"], "people": ["庞晓梅"]})


def test_working_group_organises_the_ceremony(extract_text):
    facts = extract_text(
        "柯德明同志遗体告别仪式定于2027年3月6日上午9时，在荆州市殡仪馆松柏厅举行。\n"
        "治丧工作小组：市总工会办公室、老干部科\n"
        "联系人：江秋月　0716-8223××××",
        region="荆州市",
        date="2027-03-04",
    )
    check_event(facts, {"ev": "告别仪式", "someorgs": ["荆州市总工会"], "date": "03-06"})


def test_hall_names_no_place(extract_text):
    facts = extract_text("5月9日上午，南阳市工会第九次代表大会在南阳市会议中心大礼堂开幕。", region="南阳市")
    assert "大礼堂" not in names(facts, "Place"), names(facts, "Place")
    assert "南阳市会议中心" in names(facts, "Place"), names(facts, "Place")
