"""Events, as a grammar (session 54, the constructions of the documents held back until then).

- 选举产生出席X市工会第八次代表大会的代表11名, 当选为出席…代表: the congress the delegates will
  attend is to come;
- a headline's 第二次会员代表大会 is not the body's 第九次代表大会 (one kind, said longer);
- 「…，今次好开心。」闭幕式: a sentence quoted before a head is speech, no title of a name;
- A与B签署《…备忘录》: an agreement signed is an event, as 签订 is;
- “X市劳动竞赛先进集体”称号, 劳动竞赛优秀组织单位: an honour's name, no event;
- A去年围绕…开展“Y”竞赛: a past year's event told as background, no event;
- 夏送清凉 | … over “夏送清凉 工会相伴”…活动: a slogan's part names the campaign;
- …活动在X启动。A在启动仪式上说: the launch named alone is the campaign's;
- 这是今年第3期X培训班: the event told just before, named by its place in a series;
- 来到施工现场，为…送上Y / 会前，全体代表…送上慰问品 / 宣讲结束后，…交流: acts at the event's
  own scene, no events of their own;
- 200余名职工聆听宣讲: those listening, a head alone, the event just named;
- 三、龙岗镇的“加油”课堂开班了 over a paragraph: a subhead with nothing of its own names its event;
- 开展“X”宣讲 after the lead's …“X”宣讲活动启动仪式: the campaign its quoted title names.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event_names

CONGRESS = (
    "6月8日，临川区总工会第九次代表大会在临川区会议中心召开，实到代表156名。"
    "大会选举产生了区总工会第九届委员会委员25名，以及出席抚州市工会第六次代表大会的代表8名。"
)


def test_congress_of_the_delegates_elected_is_to_come(extract_text):
    facts = extract_text(CONGRESS, headline="临川区总工会第九次代表大会召开", region="抚州市", date="2027-06-10")
    check_event(facts, {"ev": "第九次代表大会", "date": "06-08", "count": 156})
    assert not any("第六次代表大会" in n for n in event_names(facts)), event_names(facts)


def test_delegates_without_de(extract_text):
    body = (
        "4月2日下午，青浦路街道总工会第二次会员代表大会在街道文化中心召开。"
        "大会还选举产生出席虹口区工会第九次代表大会代表6名。"
    )
    facts = extract_text(body, headline="青浦路街道总工会召开第二次会员代表大会", region="上海市", date="2027-04-05")
    assert all("第九次代表大会" not in n for n in event_names(facts)), event_names(facts)
    check_event(facts, {"ev": "第二次会员代表大会", "date": "04-02"})


def test_delegates_present_at_the_congress_reported(extract_text):
    body = "5月6日，出席滨江市总工会第十次代表大会的代表审议通过了工作报告。大会在滨江会展中心举行。"
    facts = extract_text(body, headline="", region="滨江市", date="2027-05-07")
    check_event(facts, {"ev": "第十次代表大会", "date": "05-06"})


def test_quoted_sentence_is_no_title(extract_text):
    body = (
        "6月3日，第二届湾区青年厨艺邀请赛在江门市职工文化宫落幕。"
        "选手陈家明说：「第一次同内地师傅交流，今次好开心。」闭幕式后，两地工会签署《粤港厨艺交流合作备忘录》。"
    )
    facts = extract_text(body, headline="", region="江门市", date="2027-06-04")
    names = event_names(facts)
    assert not any("好开心" in n for n in names), names
    assert any("备忘录" in n for n in names), names


def test_agreement_signed(extract_text):
    body = "3月9日，鹤山市总工会与澳门建筑业职工会在鹤山签署《两地职工交流合作备忘录》。"
    facts = extract_text(body, headline="", region="江门市", date="2027-03-10")
    check_event(facts, {"ev": "备忘录", "date": "03-09", "someorgs": ["鹤山市总工会"]})


HONOURS = (
    "5月10日上午，运城市2026年度劳动竞赛总结表彰大会在市职工之家召开，300余人参加。"
    "会上，15个集体被授予“运城市劳动竞赛先进集体”称号；市总工会另命名6个单位为“劳动竞赛优秀组织单位”。"
    "夏县总工会主席介绍，该县总工会去年围绕果品产业开展“丰收杯”竞赛，带动增收。"
)


def test_honours_and_last_year(extract_text):
    facts = extract_text(HONOURS, headline="运城表彰劳动竞赛先进集体和个人", region="运城市", date="2027-05-11")
    check_event(facts, {"ev": "总结表彰大会", "date": "05-10", "count": 300})
    # (not the contest the honours are named after, nor last year's contest)
    assert len(facts.events) == 1, event_names(facts)


def test_past_year_with_a_day_stays(extract_text):
    body = "去年11月9日，夏县总工会在县文化馆举办“丰收杯”果树修剪竞赛，80名果农参赛。"
    facts = extract_text(body, headline="", region="运城市", date="2027-02-11")
    check_event(facts, {"ev": "丰收杯", "date": "11-09"})


CAMPAIGN = (
    "7月20日上午，由南岸区总工会主办的“清凉一夏 工会同行”2026年送清凉活动在南坪街道某安置房项目工地启动。\n"
    "区总工会主席李大海一行来到施工现场，为200余名建筑工人送上毛巾、绿豆、凉茶等防暑降温物资。\n"
    "李大海在启动仪式上说，全区工会将继续做好防暑降温工作。\n"
    "7月22日，区总工会在迎龙镇职工学校举办农民工焊工技能提升培训班，46名农民工参加。"
    "区总工会副主席王小川介绍，这是今年第2期农民工技能培训班。"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "送清凉活动", "date": "07-20", "count": 200},
        {"ev": "焊工技能提升培训班", "date": "07-22", "count": 46},
    ],
    ids=["campaign", "course"],
)
def test_campaign_named_several_ways(extract_text, want):
    facts = extract_text(CAMPAIGN, headline="清凉一夏 | 工地上的这份清凉", region="重庆市", date="2026-07-23")
    check_event(facts, want)
    assert len(facts.events) == 2, event_names(facts)


LECTURES = (
    "4月12日，由中卫市总工会主办的2027年中卫市“工匠故事进车间”宣讲活动启动仪式暨首场宣讲在沙坡头区某公司举行。"
    "150余名职工聆听宣讲。\n"
    "市总工会副主席马长青说，开展“工匠故事进车间”宣讲，就是要让工匠精神走进班组。\n"
    "宣讲结束后，宣讲团成员走进公司装配车间，与一线职工面对面交流。"
)


def test_lecture_campaign_one_event(extract_text):
    facts = extract_text(LECTURES, headline="“工匠故事进车间”宣讲活动启动", region="中卫市", date="2027-04-13")
    check_event(facts, {"ev": "工匠故事进车间", "date": "04-12"})
    assert len(facts.events) == 1, event_names(facts)


def test_headline_session_is_not_another_numbered_apart(extract_text):
    body = (
        "3月5日，曹家渡街道总工会第二次会员代表大会在街道文化中心召开，实到代表88名。\n"
        "此前的3月1日，静安区工会第九次代表大会在区会议中心召开，曹家渡街道的6名代表参加了会议。"
    )
    facts = extract_text(body, headline="曹家渡街道总工会召开第二次会员代表大会", region="上海市", date="2027-03-07")
    check_event(facts, {"ev": "第二次会员代表大会", "date": "03-05", "count": 88})
    check_event(facts, {"ev": "第九次代表大会", "date": "03-01"})


def test_elected_as_delegates(extract_text):
    body = (
        "9月3日，城东区总工会第七次代表大会在区行政中心召开，实到代表210名。"
        "李明、张华等12人当选为出席宁安市工会第五次代表大会代表。"
    )
    facts = extract_text(body, headline="", region="宁安市", date="2027-09-05")
    assert all("第五次代表大会" not in n for n in event_names(facts)), event_names(facts)


def test_subhead_names_its_paragraphs_event(extract_text):
    body = (
        "7月15日，区总工会在古镇街道启动送清凉活动，300余名工人参加。\n"
        "三、同一周，龙岗镇的“加油”课堂开班了\n"
        "7月19日，区总工会在龙岗镇职业学校举办农民工焊工技能提升培训班，40名农民工参加。"
    )
    facts = extract_text(body, headline="", region="重庆市", date="2027-07-20")
    check_event(facts, {"ev": "加油", "date": "07-19", "count": 40})
    assert len(facts.events) == 2, event_names(facts)


@pytest.mark.parametrize(
    ("body", "headline", "region", "date", "n"),
    [
        pytest.param(
            "1月12日，江北区总工会“冬送温暖·工会同行”2026年送温暖活动在寸滩街道启动。",
            "冬送温暖｜江北工会在行动",
            "重庆市",
            "2026-01-13",
            1,
            id="slogan-in-the-headline-is-the-campaign",
        ),
        pytest.param(
            (
                "3月12日下午，长风街道总工会第四次会员代表大会在街道社区中心召开。实到代表98名。\n"
                "会前，全体代表观看了工会工作回顾短片，并为一线环卫工人代表送上慰问品。"
            ),
            "长风街道总工会召开第四次会员代表大会",
            "上海市",
            "2027-03-14",
            1,
            id="act-before-the-meeting",
        ),
        pytest.param(
            (
                "10月9日，第五团职工采摘技能竞赛在五连棉田举行，40名职工参赛。\n"
                "赛后，师总工会为五连工会授予“模范职工小家”牌匾，并为连队职工书屋赠送图书300册。"
            ),
            "",
            "石河子市",
            "2027-10-10",
            2,
            id="union-act-after-a-contest-stays-its-own",
        ),
        pytest.param(
            (
                "7月8日，区总工会在东风街道启动“夏送清凉”活动。\n"
                "7月9日，区总工会副主席刘大勇一行来到长岭特大桥施工现场，为120余名建设者送去绿豆、毛巾等清凉物资。"
            ),
            "",
            "重庆市",
            "2027-07-10",
            2,
            id="stop-at-a-named-site-stays",
        ),
    ],
)
def test_how_many_events(extract_text, body, headline, region, date, n):
    facts = extract_text(body, headline=headline, region=region, date=date)
    assert len(facts.events) == n, event_names(facts)
