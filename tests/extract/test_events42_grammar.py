"""Event attributes in bulletin items and other new genres, as a grammar (session 42).

- a day of the month alone opening an item, no month said before it (a bulletin's item,
  12日，…举行): the last such day on or before the report's;
- the festival the day is, between the day and its comma (9日母亲节当天，);
- a body that helps others do what the verb phrase says (工作站帮助N名农民工追回欠薪):
  the body acts;
- speech: the subject of a spoken verb of holding with its measure word (市总工会在X开了个座谈会)
  holds the event, and people counted with 个 and 来 (二十来个老同志) took part;
- a meeting named after its body with a bracketed aside between (X公司（证券简称：…，以下简称
  “公司”）第二届职工代表大会第三次会议): the body holds it;
- a post's particulars after emoji (📍地点：X): X is the venue of the meeting the post is about;
- 去参加了我们区总工会办的联谊会: the body right before a (spoken) verb of holding and 的, right
  before the event, holds it, whatever verb of going stands before it;
- 据《X报》5月11日报道，…于5月9日举办: the day of the source's report is not the event's;
- a place won in an item of the contest (夺得削皮项目一等奖, in a paragraph after the one naming
  the contest): its winner took part in the main event;
- X工会成立，…N人参加成立大会: the body said founded holds its founding meeting named alone;
- 活动中，…表彰了…10名。受表彰的有A、B等: those listed as honoured at the main event took part.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event

SPOKEN = (
    "我退下来以后，还是闲不住。前些天，4月9日，县总工会在职工之家开了个“老劳模讲家风”座谈会，"
    "二十来个老同志都去了，我也讲了几句。"
)

POST = (
    "家人们！！上周六去参加了我们南湖区总工会办的青年职工联谊会，玩得超开心～\n"
    "📅时间：6月14日（周六）下午2点\n📍地点：南湖区职工服务中心3楼\n👫人数：80个人，男女各一半\n"
    "流程是这样：签到、破冰游戏、手作。认识了好几个朋友。"
)

# (text, headline, region, the report's date, what the event must have)
CASES = [
    pytest.param(
        "全省职工书香节近日启动。\n8日，2027年全市职工读书月活动启动仪式在南湖区职工文化宫举行，职工代表200余人参加。",
        "职工书香节启动",
        "嘉兴市",
        "2027-06-10",
        {"ev": "启动仪式", "date": "06-08"},
        id="day_alone_in_a_bulletin_item_takes_the_reports_month",
    ),
    pytest.param(
        "全省职工书香节近日启动。\n28日，2027年全市职工读书月活动启动仪式在南湖区职工文化宫举行。",
        "职工书香节启动",
        "嘉兴市",
        "2027-06-10",
        {"ev": "启动仪式", "date": "05-28"},
        id="day_alone_before_the_report_day_is_of_the_month_before",
    ),
    pytest.param(
        "关爱一线。\n12日护士节当天，秀洲区新城街道总工会在街道职工之家举办“白衣天使”女职工关爱活动，"
        "为40名护士送去慰问品。",
        "秀洲：护士节里送温暖",
        "嘉兴市",
        "2027-05-14",
        {"ev": "关爱活动", "date": "05-12"},
        id="festival_between_the_day_and_its_comma",
    ),
    pytest.param(
        "近日，桐乡市总工会职工法律援助工作站帮助15名快递员追回被拖欠的工资8.2万元。",
        "桐乡：15名快递员拿回欠薪",
        "桐乡市",
        "2027-05-14",
        {"ev": "追回", "someorgs": ["法律援助工作站"]},
        id="body_helping_others_do_the_act_acts",
    ),
    pytest.param(
        SPOKEN,
        "一线岁月",
        "桦甸市",
        "2027-04-20",
        {"ev": "座谈会", "date": "04-09", "someorgs": ["总工会"]},
        id="spoken_holding_verb_has_its_subject_hold_the_event",
    ),
    pytest.param(
        SPOKEN,
        "一线岁月",
        "桦甸市",
        "2027-04-20",
        {"ev": "座谈会", "count": 20},
        id="spoken_count_of_people_with_ge",
    ),
    pytest.param(
        "3月2日下午，嘉兴南湖精工股份有限公司（证券简称：南湖精工，证券代码：603517，以下简称“公司”）"
        "第二届职工代表大会第三次会议在公司职工活动中心召开。会议应到职工代表98名，实到95名。",
        "南湖精工：签订集体合同",
        "嘉兴市",
        "2027-03-03",
        {"ev": "第三次会议", "someorgs": ["南湖精工股份有限公司"]},
        id="meeting_named_after_its_body_past_an_aside",
    ),
    pytest.param(
        POST,
        "嘉兴单身打工人冲",
        "嘉兴市",
        "2027-06-16",
        {"ev": "联谊会", "place": "南湖区职工服务中心"},
        id="post_particulars_after_emoji_give_the_venue",
    ),
    pytest.param(
        POST,
        "嘉兴单身打工人冲",
        "嘉兴市",
        "2027-06-16",
        {"ev": "联谊会", "someorgs": ["南湖区总工会"]},
        id="body_before_spoken_verb_and_de_holds_the_event",
    ),
    pytest.param(
        "【本报讯】据福建《侨乡日报》6月3日报道，晋江市总工会于2027年6月1日在金井镇举办侨界职工亲子开放日活动，"
        "约150人参加。",
        "晋江工会为侨界职工办开放日",
        "晋江市",
        "2027-06-04",
        {"ev": "开放日", "date": "06-01"},
        id="source_reports_day_is_not_the_events",
    ),
    pytest.param(
        "10月9日上午，由马坪镇总工会主办的马坪镇首届“香芋杯”职工技能比武在镇文化广场举行。"
        "来自全镇12个基层工会的40名选手参赛。\n"
        "比武设香芋削皮、芋头糕制作两个项目。其中，芋乡食品职工韦秋兰以3分钟削皮28个的成绩夺得削皮项目一等奖。",
        "马坪镇首届“香芋杯”职工技能比武落幕",
        "荔浦市",
        "2027-10-10",
        {"ev": "技能比武", "people": ["韦秋兰"]},
        id="winner_of_an_items_place_takes_part",
    ),
    pytest.param(
        "日前，荔浦市新坪镇果蔬专业合作社联合工会成立，全镇12家合作社的果农代表60余人参加成立大会。"
        "荔浦市总工会副主席韦德明为联合工会授牌。",
        "新坪：果农有了“娘家”",
        "荔浦市",
        "2027-05-13",
        {"ev": "成立大会", "someorgs": ["果蔬专业合作社联合工会"]},
        id="body_founded_holds_its_founding_meeting",
    ),
    pytest.param(
        "6月1日，晋江市总工会在金井镇举办侨界职工亲子开放日活动，约150人参加。\n"
        "活动中，晋江市总工会联合表彰了2026年度“晋江市侨界优秀职工”8名。"
        "受表彰的有金井镇晋江宏达鞋业有限公司车间主任许雅琴、英林镇晋江华丰服装有限公司技术员蔡明辉等。",
        "晋江工会为侨界职工办开放日",
        "晋江市",
        "2027-06-02",
        {"ev": "开放日", "people": ["许雅琴", "蔡明辉"]},
        id="people_listed_as_honoured_at_the_event_take_part",
    ),
]


@pytest.mark.parametrize(("text", "headline", "region", "date", "expected"), CASES)
def test_event_attributes(extract_text, text, headline, region, date, expected):
    check_event(extract_text(text, headline=headline, region=region, date=date), expected)


def test_ge_counts_no_units():
    from kg.nlp.quantities import times_and_counts

    assert [f.count for f in times_and_counts("十来个人")] == [10]
    assert not times_and_counts("二十多个企业、三个人次")
