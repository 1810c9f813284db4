"""Who takes part in an event and who organises it, in new genres (session 37, round 2):
app share pages, encyclopedia entries, year-end summaries, model-worker profiles, galleries.

- T1 a team of a body (X工会代表队, X总工会代表队队员A) plays in the article's contest:
  the body takes part in it.
- V2 a person who, at the event, visits or greets others (A与B在比赛间隙看望…, A（右二）在场边
  慰问…) takes part, a bracketed note after the name (（左二）, （原…主席）) notwithstanding.
- K1 a person who receives something at the event (A接过奖牌, A上台领取证书) takes part.
- S2 a person who serves others on a topic (律师A围绕X等问题解答咨询) takes part.
- B2 a body whose counted staff serve others at the event (X医院的11名医护人员为职工测血压)
  takes part.
- O2 organisers named apart by a sentence that opens on the event's head again (揭牌仪式由A和B
  联合举办), where the article's first event is another: they organise the event so named.

Every case is invented (no line comes from a corpus page).  Keys as in
``tests.extract.facts_view.check_event``; ``noorgs``: parts of names no
organiser of the event holds; ``exactplace``: a venue's whole name.
"""

from __future__ import annotations

import pytest

from tests.extract.case_tables import marked
from tests.extract.facts_view import check_event

C = pytest.param

CASES = [
    # T1 a body's team plays
    C(
        "6月8日，遵义市总工会在市奥体中心举办第三届职工篮球赛，16支代表队200余名职工参赛。\n"
        "图为汇川区总工会代表队与红花岗区总工会代表队在比赛中对决。",
        "遵义市",
        {"ev": "篮球赛", "date": "06-08", "somepeople": ["汇川区总工会", "红花岗区总工会"]},
        id="t1-two-teams-match",
    ),
    C(
        "9月3日，绵阳市总工会在市体育馆举办职工羽毛球赛。\n▲绵阳鑫达包装有限公司工会代表队队员冉小青跃起扣杀。",
        "绵阳市",
        {"ev": "羽毛球赛", "somepeople": ["绵阳鑫达包装有限公司工会"], "people": ["冉小青"]},
        id="t1-team-member",
    ),
    C(
        "10月12日，盐城市亭湖区总工会在区全民健身中心举办职工拔河比赛。\n"
        "区总工会副主席厉红梅为获得一等奖的盐城华信纺织有限公司工会代表队颁奖。",
        "盐城市",
        {"ev": "拔河比赛", "somepeople": ["盐城华信纺织有限公司工会"], "people": ["厉红梅"]},
        id="t1-winning-team",
    ),
    C(
        "4月20日，岳阳市总工会在市体育中心举办职工气排球赛，24支队伍参赛。\n图为岳阳楼区总工会领导在场边观赛。",
        "岳阳市",
        {"ev": "气排球赛", "date": "04-20"},
        id="near-t1-union-watching-no-team",
    ),
    # V2 visiting others at the event
    C(
        "7月9日，柳州市总工会在柳东新区举办职工龙舟比赛。\n"
        "图为区总工会主席韦建林与市总工会副主席覃小燕在比赛间隙看望参赛的一线职工。",
        "柳州市",
        {"ev": "龙舟比赛", "people": ["韦建林", "覃小燕"]},
        id="v2-visit-during-break",
    ),
    C(
        "8月15日，赣州市章贡区总工会在区体育馆举办职工乒乓球赛。\n"
        "▲市总工会经费审查委员会主任钟桂英（原章贡区总工会主席）在赛场边慰问参赛选手。",
        "赣州市",
        {"ev": "乒乓球赛", "people": ["钟桂英"]},
        id="v2-bracketed-former-post",
    ),
    C(
        "5月27日，黄石市总工会在市职工活动中心举办职工象棋比赛。\n▲市总工会副主席柯晓琴（右二）在赛场看望参赛职工。",
        "黄石市",
        {"ev": "象棋比赛", "people": ["柯晓琴"]},
        id="v2-bracketed-position",
    ),
    C(
        "3月6日，宿州市总工会在市工人文化宫举办女职工插花比赛。\n据悉，市总工会主席葛立新曾多次看望一线女职工。",
        "宿州市",
        {"ev": "插花比赛", "nopeople": ["葛立新"]},
        id="near-v2-habitual-visit",
    ),
    # K1 receiving at the event
    C(
        "11月2日，淮北市总工会在市工人文化宫举行劳模表彰大会。淮北恒瑞矿山机械有限公司工会主席邵晓辉接过奖牌。",
        "淮北市",
        {"ev": "表彰大会", "people": ["邵晓辉"]},
        id="k1-takes-plaque",
    ),
    C(
        "12月18日，开封市总工会举行“最美职工”发布仪式，开封顺祥物流有限公司司机娄建华上台领取荣誉证书。",
        "开封市",
        {"ev": "发布仪式", "people": ["娄建华"]},
        id="k1-comes-up-to-receive",
    ),
    C(
        "6月30日，鹤岗市总工会举行职工技能大赛颁奖仪式。此前，鹤岗兴盛煤业有限公司工会主席栾东海接过了前任的工作。",
        "鹤岗市",
        {"ev": "颁奖仪式", "nopeople": ["栾东海"]},
        id="near-k1-before-event",
    ),
    # S2 serving on a topic
    C(
        "3月15日，衢州市柯城区总工会在府山街道职工之家举办法律服务日活动。北京大成（衢州）律师事务所律师祝晓东围绕劳动合同、加班工资等问题解答咨询36人次。",
        "衢州市",
        {"ev": "法律服务日", "people": ["祝晓东"]},
        id="s2-lawyer-answers-on-topic",
    ),
    C(
        "9月10日，六盘水市总工会在市职工服务中心开展心理健康公益活动，心理咨询师庹红霞就职场压力等话题答疑解惑。",
        "六盘水市",
        {"ev": "心理健康", "people": ["庹红霞"]},
        id="s2-counsellor-answers",
    ),
    C(
        "2月26日，商丘市总工会在市民广场开展春风行动招聘会。商丘市人社局局长隗振华围绕稳就业工作撰写了调研报告。",
        "商丘市",
        {"ev": "招聘会", "nopeople": ["隗振华"]},
        id="near-s2-topic-no-service",
    ),
    # B2 a body's staff serve
    C(
        "10月16日，晋城市总工会在市工人文化宫开展职工健康义诊活动。晋城康宁中医院的8名医护人员为职工测血压、查血糖。",
        "晋城市",
        {"ev": "义诊", "somepeople": ["晋城康宁中医院"]},
        id="b2-hospital-staff",
    ),
    C(
        "8月22日，昭通市总工会在昭阳区举办户外劳动者关爱活动，云南滇东北律师事务所的3名律师为劳动者提供法律咨询。",
        "昭通市",
        {"ev": "关爱活动", "somepeople": ["云南滇东北律师事务所"], "nocount": 3},
        id="b2-law-firm-staff",
    ),
    C(
        "1月12日，朔州市总工会在市职工服务中心举办送温暖活动，朔州仁济中医院的五名医生为困难职工免费体检。",
        "朔州市",
        {"ev": "送温暖", "somepeople": ["朔州仁济中医院"], "nocount": 5},
        id="b2-counted-in-words",
    ),
    C(
        "4月8日，铜仁市总工会在市职工服务中心举办职工读书会。铜仁德康医药有限公司的12名职工为本年度先进个人。",
        "铜仁市",
        {"ev": "读书会", "nopeople": ["铜仁德康医药有限公司"]},
        id="near-b2-staff-are-not-serving",
    ),
    # O2 organisers named apart by the event's head again
    C(
        "2019年，郝志强当选公司工会副主席。今年5月9日，“郝志强技能大师工作室”在商洛秦丰电力设备有限公司揭牌。"
        "揭牌仪式由商州区总工会和商洛秦丰电力设备有限公司工会联合举办，职工代表50余人参加。",
        "商洛市",
        {"ev": "揭牌", "date": "05-09", "someorgs": ["商州区总工会"], "count": 50},
        id="o2-head-again-joint",
    ),
    C(
        "2024年，曲靖宏达冶金有限公司工会召开第二次会员代表大会，选举蔺国庆为工会副主席。今年4月9日，“蔺国庆劳模创新工作室”在公司研发中心揭牌。"
        "揭牌仪式由麒麟区总工会和曲靖宏达冶金有限公司工会联合举办，职工代表40余人参加。",
        "曲靖市",
        {"ev": "揭牌", "date": "04-09", "someorgs": ["麒麟区总工会"], "count": 40},
        id="o2-head-again-after-past-meeting",
    ),
    C(
        "2022年，雅安蒙顶茶业有限公司工会召开第三次会员代表大会。今年8月1日，“茶艺工匠工作室”在公司揭牌。由雨城区总工会主办的技能比武同日举行。",
        "雅安市",
        {"ev": "揭牌", "date": "08-01", "noorgs": ["雨城区总工会"]},
        id="near-o2-organiser-of-another",
    ),
    C(
        "2021年，白晓峰获评市劳动模范。今年4月16日，“白晓峰劳模创新工作室”在平凉泾华机械有限公司揭牌。揭牌仪式由崆峒区总工会主办。",
        "平凉市",
        {"ev": "揭牌", "someorgs": ["崆峒区总工会"]},
        id="o2-head-again-single",
    ),
    C(
        "去年，鄂州华容电机有限公司工会召开第二次会员代表大会。今年6月2日，公司举行“匠心讲堂”开讲仪式。开讲仪式由鄂州市总工会指导。",
        "鄂州市",
        {"ev": "开讲仪式", "date": "06-02"},
        id="near-o2-guidance-not-organiser",
    ),
    C(
        "3月3日，咸阳市秦都区总工会在区职工服务中心召开职工代表座谈会。会议由区总工会和区工商联联合举办，30名职工代表参加。",
        "咸阳市",
        {"ev": "座谈会", "someorgs": ["秦都区总工会"], "count": 30},
        id="o2-generic-head-main",
    ),
    # P1 a match named by an item of the contest is a part of it
    C(
        "6月20日，泉州市总工会在市海滨体育公园举办第二届职工海滩运动会，比赛设沙滩足球、沙滩拔河、趣味接力等6个项目。\n"
        "图为鲤城区总工会代表队在沙滩拔河比赛中发力。\n▲沙滩拔河比赛中，丰泽区总工会副主席庄丽娟为本区代表队送上矿泉水。",
        "泉州市",
        {"ev": "海滩运动会", "people": ["庄丽娟"]},
        id="p1-item-match-is-part",
    ),
    C(
        "6月20日，泉州市总工会在市海滨体育公园举办第二届职工海滩运动会，比赛设沙滩足球、趣味接力等6个项目。\n"
        "此前，晋江市总工会曾在五店市举办职工象棋比赛，晋江市总工会副主席许丽华为获奖选手颁奖。",
        "泉州市",
        {"ev": "海滩运动会", "nopeople": ["许丽华"]},
        id="near-p1-match-not-an-item",
    ),
    # P2 held at a unit of an organisation
    C(
        "5月12日，“职工书屋”在漯河双星食品有限公司研发中心三楼揭牌，市总工会副主席尚红英出席。",
        "漯河市",
        {"ev": "揭牌", "exactplace": "漯河双星食品有限公司"},
        id="p2-unit-of-company",
    ),
    C(
        "5月12日，市总工会在漯河市职工服务中心举办劳模事迹报告会。",
        "漯河市",
        {"ev": "报告会", "place": "职工服务中心", "noplace": "漯河市总工会"},
        id="near-p2-venue-no-unit",
    ),
    # P3 the winner of a prize in a contest's paragraph
    C(
        "（二）4月9日，区总工会联合南宁华润万象商业管理有限公司工会举办商场导购员技能比武，48名导购员参赛。"
        "万象城导购员韦小莉获一等奖。",
        "南宁市",
        {"ev": "技能比武", "people": ["韦小莉"]},
        id="p3-winner-of-contest",
    ),
    C(
        "3月2日，区总工会召开第四次会员代表大会。\n（二）4月9日，区总工会举办导购员技能比武，48名导购员参赛，导购员覃美华获第一名。",
        "南宁市",
        {"ev": "技能比武", "people": ["覃美华"]},
        id="p3-winner-not-main",
    ),
    C(
        "4月9日，区总工会举办导购员技能比武。\n据悉，导购员黄丽清去年曾获一等奖。",
        "南宁市",
        {"ev": "技能比武", "nopeople": ["黄丽清"]},
        id="near-p3-other-paragraph",
    ),
    # P4 a venue opening on an organisation's short name
    C(
        "3月9日，区总工会联合桂林漓江百货有限公司工会，在漓江百货五楼会议厅举办营业员服务技能比武，52名营业员参赛。",
        "桂林市",
        {"ev": "技能比武", "exactplace": "桂林漓江百货有限公司", "count": 52},
        id="p4-short-name-floor-room",
    ),
    C(
        "6月6日，县总工会联合宜宾翠屏纸业有限公司工会，在翠屏纸业二号车间开展安全知识竞赛。",
        "宜宾市",
        {"ev": "安全知识竞赛", "exactplace": "宜宾翠屏纸业有限公司"},
        id="p4-short-name-workshop",
    ),
    C(
        "3月9日，区总工会联合桂林漓江百货有限公司工会，在七星公园举办职工健步走活动。",
        "桂林市",
        {"ev": "健步走", "noplace": "桂林漓江百货有限公司"},
        id="near-p4-venue-not-the-company",
    ),
]

# cases not read yet: id -> why
XFAIL: dict[str, str] = {
    "near-v2-habitual-visit": "participants: a habit told in passing (曾多次看望) is read as done at the event",
    "near-p1-match-not-an-item": "participants: 此前… (an earlier event) keeps 为获奖选手颁奖 at the main event",
    "near-p3-other-paragraph": "awards: a prize won last year (去年曾获) puts its winner at the main event",
    "near-s2-topic-no-service": "participants: 围绕X撰写了调研报告 is read as an address given at the event (报告)",
}


@pytest.mark.parametrize(("text", "region", "want"), marked(CASES, XFAIL))
def test_an_event37b_grammar(extract_text, text, region, want):
    want = dict(want)
    noorgs = want.pop("noorgs", ())
    exact = want.pop("exactplace", None)
    facts = extract_text(text, region=region, date="2028-01-20")
    check_event(facts, want)
    for e in facts.events:  # (no event's organisers hold a body organising another)
        if want["ev"] in e.ref.name or any(want["ev"] in a for a in e.aliases):
            assert not any(o in r.name for r, _ in e.organizers for o in noorgs), e.organizers
            assert exact is None or exact in [r.name for r, _ in e.locations], e.locations
