"""Events, as a grammar (session 53, the constructions of the documents held back until then).

- “技能人才进园区”助企行活动: a one-character verb right after a quoted slogan goes on with it,
  one name (not 企行活动);
- 活动中，县总工会为X班组授予“Y”牌匾: a plaque presented at the event, its day only the lead's,
  is the event's act, no event of its own;
- 由…工会承办的X，在位于Y镇的该公司Z车间举行: the company pointed back at (该公司) is the venue,
  the one named before or the one whose union organises the event;
- 经第八届理事会第三次会议选举，A接任…: a meeting named as the authority of a decision, with no
  day, place or count of its own, is no event;
- 嘉年华同场举行“X比赛”: a contest held at the venue and time of the event before it is part of it;
- …代表团一行十五人到访本会: a party's visit to a body is the day's event, its size its count, the
  day in brackets after 前一日 its day, the places the party goes to see next its places;
- 双方商定明年春季合办X: what two sides agree to hold next year is a plan;
- 第三届“X嘉年华”暨二〇二七年度优秀会员颁奖礼 (颁奖礼, 开幕礼: 礼 for 典礼): one joint event,
  said in the headline and the body alike.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event_names

CAMPAIGN = (
    "5月12日，由互助县总工会主办、县人力资源和社会保障局协办、青海昆仑铝业有限公司工会承办的"
    "“技能人才进园区”助企行活动，在位于威远镇北山工业园的该公司铸造车间举行。职工共90余人参加活动。\n"
    "活动中，县总工会为王大力、李小明2名职工颁发“互助县技术能手”证书，为公司铸造班组授予“互助县工人先锋号”牌匾。"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "“技能人才进园区”助企行活动", "date": "05-12", "count": 90, "someorgs": ["互助县总工会"]},
        {"ev": "助企行活动", "place": "青海昆仑铝业有限公司"},
        {"none": "牌匾"},
    ],
    ids=["slogan-and-verb-one-name", "company-pointed-back-at", "plaque-at-the-event"],
)
def test_campaign_at_a_company(extract_text, want):
    facts = extract_text(CAMPAIGN, headline="", region="海东市", date="2028-05-14")
    check_event(facts, want)
    assert len(facts.events) == 1, event_names(facts)


FEDERATION = (
    "【本会讯】由江门市总工会主办，江门市餐饮业职工会协办的第三届“职工健康嘉年华”暨二〇二七年度优秀会员颁奖礼，"
    "于十月十七日在江门市职工文化宫举行，吸引逾五百名职工及家属参与。\n"
    "嘉年华同场举行“西式甜品制作比赛”，十二名青年厨师在六十分钟内各自完成三款甜品。\n"
    "会上并宣布人事变动：经第八届理事会第三次会议选举，李小红接任青年事务委员会主任。\n"
    "另讯：前一日（十六日），中山市总工会代表团一行十五人到访本会。代表团成员包括中山市总工会副主席王建国等。"
    "代表团先后参观位于北区的江门市职工服务中心及江门市劳模创新工作室，并与本会常务理事何美玲等座谈。"
    "双方商定明年春季在横琴合作区合办职工篮球赛。"
)


@pytest.mark.parametrize(
    "want",
    [
        {"ev": "职工健康嘉年华", "date": "10-17", "count": 500, "place": "江门市职工文化宫"},
        {"none": "甜品制作比赛"},
        {"none": "理事会第三次会议"},
        {"ev": "代表团", "someorgs": ["中山市总工会"], "date": "10-16", "count": 15, "place": "江门市职工服务中心"},
        {"none": "篮球赛"},
    ],
    ids=["joint-event", "contest-held-alongside", "meeting-as-authority", "party-visit", "agreed-for-next-year"],
)
def test_federation_page(extract_text, want):
    facts = extract_text(
        FEDERATION, headline="第三届“职工健康嘉年华”暨优秀会员颁奖礼隆重举行", region="江门市", date="2027-10-18"
    )
    check_event(facts, want)


def test_joint_event_once(extract_text):
    facts = extract_text(
        FEDERATION, headline="第三届“职工健康嘉年华”暨优秀会员颁奖礼隆重举行", region="江门市", date="2027-10-18"
    )
    names = event_names(facts)
    assert sum("嘉年华" in n for n in names) == 1, names
    assert not any(n.endswith("颁奖礼") and "嘉年华" not in n for n in names), names


def test_listed_title_among_the_decks_is_no_event(nlp, gaz):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    article = Article(
        source="test.txt",
        index=0,
        headline="长岭县举办职工书法比赛",
        decks=["· 乾安县总工会第六次代表大会召开", "45名职工挥毫泼墨"],
        body="6月3日，长岭县总工会在县职工之家举办职工书法比赛，45名职工参赛。",
        date="2028-06-05",
    )
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(
        doc, article, infer_page([doc], [article], gaz, "松原市"), article_id(article)
    )
    check_event(facts, {"none": "代表大会"})
    check_event(facts, {"ev": "书法比赛", "count": 45})


def test_county_town_site_is_the_organisers_area(extract_text):
    body = "7月8日，扶余市总工会“送清凉”慰问队来到城区东部一处在建道路工地，为80余名筑路工人送去凉茶和毛巾。"
    facts = extract_text(body, headline="", region="松原市", date="2028-07-09")
    check_event(facts, {"ev": "送清凉", "place": "扶余市"})


def test_act_of_the_same_day_at_a_new_place_is_its_own(extract_text):
    body = (
        "3月24日，由县总工会主办、南林镇总工会承办的职工编织技能竞赛在南林镇文化站举行，52名职工参赛。"
        "县总工会党组书记、常务副主席林海燕致辞。\n"
        "同日下午，林海燕一行来到北坡镇，为海南北坡椰业有限公司“职工之家”揭牌。"
    )
    facts = extract_text(body, headline="", region="三亚市", date="2028-03-25")
    check_event(facts, {"ev": "揭牌", "place": "北坡镇"})
    check_event(facts, {"ev": "编织技能竞赛", "noplace": "北坡镇"})
