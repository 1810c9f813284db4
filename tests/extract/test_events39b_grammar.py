"""Who takes part in and who organises an act, as a grammar (session 39, round 2).

- a party a person leads (X一行, X带队, 在X的带领下) is named again as the subject of a later
  sentence (调研组…召开座谈会, 调研组一行…参加…活动): X takes part in what the party does there;
  those who only went along (陪同) do not;
- a profession word before a name (律师X, 医生X), the name the subject of an act in the
  event's sentence (律师X逐项核算…): X takes part; a label (承办律师：X) is no act;
- 在A的主持下 / 由A主持， before an act: body A organises it, beside the act's own subject;
  a person A takes part; 在A的见证下 is no organising.

Every case is invented (no line comes from a corpus page).  Keys as in
:func:`tests.extract.facts_view.check_event`, and ``noorgs``: parts no organiser may hold.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, organizers

C = pytest.param
CASES = [
    # -- the party's leader at the party's later event -------------------------------------
    C(
        "5月12日，江西省总工会党组成员、副主席温建平一行到赣州市调研职工之家建设工作。"
        "调研组先后来到赣州恒锐电子有限公司、章贡区职工服务中心，并在中心会议室召开座谈会。"
        "各县（市、区）总工会负责人共28人参加。",
        "赣州市",
        {"ev": "座谈会", "people": ["温建平"]},
        id="party-holds-forum",
    ),
    C(
        "9月3日，湖北省总工会副主席欧阳明带队到宜昌市考察产业工人队伍建设改革工作。"
        "考察组一行在宜昌市职工服务中心召开座谈会，听取情况汇报。",
        "宜昌市",
        {"ev": "座谈会", "people": ["欧阳明"]},
        id="led-party-forum",
    ),
    C(
        "10月8日，四川省总工会副主席冷晓东一行到绵阳市调研新就业形态劳动者服务工作。"
        "当天下午，调研组一行来到涪城区城郊街道，参加由涪城区总工会举办的新就业形态劳动者集中入会仪式。",
        "绵阳市",
        {"ev": "入会仪式", "people": ["冷晓东"]},
        id="party-attends-ceremony",
    ),
    C(
        "在河北省总工会副主席韩秋生的带领下，督查组于7月2日到邢台市督查工会工作。"
        "督查组随后在邢台市总工会召开座谈会，反馈督查意见。",
        "邢台市",
        {"ev": "座谈会", "people": ["韩秋生"]},
        id="led-under-party-forum",
    ),
    C(
        "6月9日，吉林省总工会副主席褚光远一行到四平市调研。四平市总工会主席上官敏陪同调研。"
        "调研组在四平市职工服务中心召开座谈会。",
        "四平市",
        {"ev": "座谈会", "people": ["褚光远"], "nopeople": ["上官敏"]},
        id="escort-not-at-forum",
    ),
    C(
        "3月15日，安徽省总工会调研组到淮南市调研。淮南市总工会主席钟离峰介绍了全市工会工作情况。"
        "调研组在淮南市职工服务中心召开座谈会。",
        "淮南市",
        {"ev": "座谈会", "nopeople": ["钟离峰"]},
        id="no-leader-no-one",
    ),
    C(
        "8月20日，山西省总工会副主席慕容杰一行到长治市调研。长治市总工会负责人向调研组汇报后，长治市总工会召开座谈会。",
        "长治市",
        {"ev": "座谈会", "nopeople": ["慕容杰"]},
        id="party-not-subject",
    ),
    C(
        "4月22日，广西壮族自治区总工会副主席覃志刚率队到百色市调研产业工人队伍建设。"
        "在百色市职工服务中心，调研组召开座谈会，听取各县区工会汇报。",
        "百色市",
        {"ev": "座谈会", "people": ["覃志刚"]},
        id="led-by-place-clause-forum",
    ),
    C(
        "11月6日，云南省总工会副主席杨丽萍、段志坚一行到曲靖市调研。调研组在曲靖市总工会召开座谈会。",
        "曲靖市",
        {"ev": "座谈会", "people": ["杨丽萍", "段志坚"]},
        id="two-leaders-forum",
    ),
    # -- a profession word before a name --------------------------------------------------
    C(
        "6月5日，岳塘区总工会在建筑工地开展“法律进工地”活动，律师夏侯青现场解答农民工法律咨询。",
        "湘潭市",
        {"ev": "法律进工地", "people": ["夏侯青"]},
        id="lawyer-answers",
    ),
    C(
        "4月18日，西湖区总工会联合区人社局在区职工服务中心组织劳资双方进行调解，律师章丽华逐条解读劳动合同条款。",
        "杭州市",
        {"ev": "调解", "people": ["章丽华"]},
        id="lawyer-reads-terms",
    ),
    C(
        "11月2日，鼓楼区总工会在五凤街道开展职工义诊活动，医生万俟华逐一讲解体检报告。",
        "福州市",
        {"ev": "义诊", "people": ["万俟华"]},
        id="doctor-explains",
    ),
    C(
        "4月18日，江岸区总工会在区职工服务中心组织劳资双方进行调解。\n承办律师：公孙岚（湖北江城律师事务所）",
        "武汉市",
        {"ev": "调解", "nopeople": ["公孙岚"]},
        id="lawyer-label-no-act",
    ),
    C(
        "9月14日，天心区总工会在坡子街街道开展“送法到站点”活动，湖南湘天律师事务所律师唐建军现场解答快递员咨询。",
        "长沙市",
        {"ev": "送法到站点", "people": ["唐建军"]},
        id="firm-lawyer-answers",
    ),
    C(
        "9月14日，芙蓉区总工会在定王台街道开展“送法到站点”活动。律师邓志平的事务所就设在街道内。",
        "长沙市",
        {"ev": "送法到站点", "nopeople": ["邓志平"]},
        id="lawyer-possessive-no-act",
    ),
    # -- 在A的主持下 / 由A主持 before an act ---------------------------------------------
    C(
        "4月9日，在宁江区劳动人事争议仲裁委员会的主持下，宁江区总工会联合区人社局在区职工服务中心组织劳资双方进行调解。",
        "松原市",
        {"ev": "调解", "someorgs": ["仲裁委员会", "宁江区总工会"]},
        id="under-chair-body",
    ),
    C(
        "5月20日，在高新区总工会的主持下，兰州恒远机械有限公司与公司工会开展工资集体协商。",
        "兰州市",
        {"ev": "协商", "someorgs": ["高新区总工会"]},
        id="under-chair-bargaining",
    ),
    C(
        "7月1日，由柳北区总工会主持，柳州华盛汽配有限公司与公司工会在公司会议室开展工资集体协商。",
        "柳州市",
        {"ev": "协商", "someorgs": ["柳北区总工会"]},
        id="by-chair-bargaining",
    ),
    C(
        "5月20日，在城阳区总工会副主席申屠勇的主持下，青岛海润食品有限公司与公司工会开展工资集体协商。",
        "青岛市",
        {"ev": "协商", "people": ["申屠勇"], "noorgs": ["城阳区总工会"]},
        id="under-chair-person",
    ),
    C(
        "5月20日，在金州区总工会的见证下，大连北辰船舶有限公司与公司工会开展工资集体协商。",
        "大连市",
        {"ev": "协商", "noorgs": ["金州区总工会"]},
        id="witness-not-chair",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_an_events39b_grammar(extract_text, text, region, want):
    facts = extract_text(text, region=region, date="2027-12-31")
    check_event(facts, want)
    found = [e for e in facts.events if want["ev"] in e.ref.name or any(want["ev"] in a for a in e.aliases)]
    for part in want.get("noorgs", ()):
        assert not any(part in o for o in organizers(found[0])), organizers(found[0])


# -- a 公告 of results whose text states the period it runs: its issuer's event, from the
# period's first day (or, the period counted from the notice's own day, the day it is signed)
N = pytest.param
NOTICES = [
    N(
        "德阳市总工会职工服务中心物业服务采购项目中标结果公告",
        "本项目已完成评审，现将中标结果公告如下：\n中标单位：四川恒安物业服务有限公司\n"
        "公告期限：2027年6月3日至2027年6月5日。\n德阳市总工会\n2027年6月3日",
        "德阳市",
        {"org": "德阳市总工会", "date": "06-03"},
        id="award-result-dated-period",
    ),
    N(
        "晋中市榆次区锦纶街道工会联合会注销公告",
        "经研究决定，注销晋中市榆次区锦纶街道工会联合会。特此公告。\n公告期：2027年9月1日—9月30日\n"
        "晋中市榆次区总工会\n2027年8月31日",
        "晋中市",
        {"org": "榆次区总工会", "date": "09-01"},
        id="deregistration-period",
    ),
    N(
        "郴州市总工会职工疗休养服务采购项目成交结果公告",
        "现将成交结果公告如下：\n成交供应商：湖南林邑旅行社有限公司\n"
        "公告期限为自本公告发布之日起1个工作日。\n郴州市总工会\n2027年5月18日",
        "郴州市",
        {"org": "郴州市总工会", "date": "05-18"},
        id="period-from-its-own-day",
    ),
    N(
        "盘锦市双台子区总工会法人资格登记公告",
        "双台子区总工会已依法取得工会法人资格。公示期自公告之日起7日。\n盘锦市双台子区总工会\n2027年10月9日",
        "盘锦市",
        {"org": "双台子区总工会", "date": "10-09"},
        id="registration-period-from-own-day",
    ),
    N(
        "九江市总工会2027年公开招聘编外工作人员公告",
        "报名时间：2027年6月1日至2027年6月7日。\n九江市总工会\n2027年5月25日",
        "九江市",
        {"none": True},
        id="no-period-no-notice",
    ),
    N(
        "宜春市总工会职工之家建设项目中标结果公告",
        "评审结果将于2027年6月3日至2027年6月5日公告，公告期限届满后签订合同。\n宜春市总工会",
        "宜春市",
        {"none": True},
        id="planned-period-no-notice",
    ),
]


@pytest.mark.parametrize(("headline", "text", "region", "want"), NOTICES)
def test_a_results_notice_with_its_period(extract_text, headline, text, region, want):
    facts = extract_text(text, headline=headline, region=region, date="2027-12-31")
    found = [e for e in facts.events if e.ref.name == headline]
    if want.get("none"):
        assert not found, [e.ref.name for e in facts.events]
        return
    assert found, [e.ref.name for e in facts.events]
    assert any(want["org"] in o for o in organizers(found[0])), organizers(found[0])
    assert found[0].date is not None and found[0].date[0][-5:] == want["date"], found[0].date
