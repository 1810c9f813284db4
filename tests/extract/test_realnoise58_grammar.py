"""Constructions of real union news, session 54 (invented names and places).

A. A decision's 落款 under its last list of holders (…县中医院急诊科⏎清溪县总工会⏎2028年4月27日):
   the signer gives the honours, it holds none (kg.extract.notices, kg.extract.honour_labels).
B. An event's name after 各级, 各类 … (参加各级技能竞赛): a kind of event, many held, no one
   (events/kind_determiners.txt, kg.extract.events).
C. The headline's campaign (开展“两节”送温暖走访慰问活动) and the lead's verb phrase
   (走访慰问困难职工) of the same activity: one event (kg.extract.event_merge).
D. 表彰了一批“X”，A、B等10人受到表彰: each person up to the verb of being honoured holds X
   (kg.extract.among_honoured).
E. A headline's contest already merged with the lead's (its day, place or count read below
   the headline) is not merged again into a match the body names after it by the same head
   (男子单打比赛中，…): that match, with nothing of its own, is a part of the contest and its
   winners take part in the contest (kg.extract.headline, kg.extract.event_parts); so is
   another body's congress named after the lead (传达了某县工会第九次代表大会精神).
   A headline's titled activity (X总工会“法律服务进园区”活动) is the body's event holding the same
   quoted title (“法律服务进园区”普法宣传活动) (kg.extract.headline).
G. 一等奖获得者将被授予“X”称号: an honour to come, none given (awards/award_patterns.tsv, nominate).
F. 为56名困难职工子女发放助学金 in the event's sentence, then 80余人参加仪式: those given to are
   no count of who attended while a next sentence says who did (kg.extract.event_counts).
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


def test_a_decisions_signer_holds_none_of_its_honours(extract_text):
    body = (
        "各乡镇总工会：\n经研究，县总工会决定：授予清溪县农机有限公司“县五一劳动奖状”，授予县中医院急诊科“县工人先锋号”称号。\n"
        "一、县五一劳动奖状（1个）\n清溪县农机有限公司\n"
        "二、县工人先锋号（1个）\n县中医院急诊科\n"
        "清溪县总工会\n2028年4月27日"
    )
    found = _awards(extract_text(body, headline="关于表彰2028年度县五一劳动奖状和工人先锋号的决定", region="清溪县"))
    assert not {(name, honour) for name, honour in found if name.endswith("总工会")}
    assert any(honour == "县五一劳动奖状" for _name, honour in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "今年以来，全县共有8000余名职工参加各级技能竞赛。",
        "今年以来，市总工会指导基层工会开展各类文体活动，覆盖职工3万人次。",
    ],
)
def test_a_kind_of_event_is_no_event(extract_text, sentence):
    body = "5月9日，枫坪县总工会在县职工服务中心举办职工书法展，120余名职工参观。" + sentence
    names = {e.ref.name for e in extract_text(body, headline="枫坪县举办职工书法展").events}
    assert not {n for n in names if "竞赛" in n or "文体活动" in n}


def test_the_headlines_campaign_is_the_leads_visit(extract_text):
    body = (
        "1月20日，县总工会主席邬成林带领工会干部深入枫坪镇走访慰问困难职工，为他们送去慰问金和米面油。"
        "在环卫工人龚秀英家中，邬成林详细询问了她的生活情况。"
    )
    events = extract_text(body, headline="枫坪县总工会开展2028年“两节”送温暖走访慰问活动", date="2028-01-21").events
    assert len(events) == 1


def test_a_batch_honoured_then_named(extract_text):
    body = (
        "3月7日，枫坪县总工会举办女职工健康讲座。同时，县总工会表彰了一批“巾帼建功标兵”，"
        "县中医院护士长柯春燕、县自来水公司收费员詹小梅等8人受到表彰。"
    )
    found = _awards(extract_text(body, headline="枫坪县总工会庆“三八”"))
    assert {("柯春燕", "巾帼建功标兵"), ("詹小梅", "巾帼建功标兵")} <= found


def test_a_match_told_in_the_results_is_part_of_the_headlines_contest(extract_text):
    body = (
        "10月9日至10日，由枫坪县总工会主办的枫坪县第二届职工羽毛球比赛在县体育馆举行，"
        "24支代表队、110余名运动员参赛。经过两天角逐，男子单打比赛中，县税务局的邬振宇、"
        "县人民医院的龚立群分获一、二等奖；女子单打比赛中，詹晓梅获得冠军。"
    )
    events = extract_text(body, headline="县第二届职工羽毛球比赛圆满落幕").events
    assert [e.ref.name for e in events] == ["枫坪县第二届职工羽毛球比赛"]
    assert {"邬振宇", "龚立群", "詹晓梅"} <= {r.name for r, _ in events[0].participants}


@pytest.mark.parametrize(
    ("after", "count"),
    [("市总工会副主席邬成林出席并讲话，受助学生及家长90余人参加仪式。", 90), ("仪式简短热烈。", 48)],
)
def test_those_given_to_count_only_when_no_one_is_said_to_attend(extract_text, after, count):
    lead = "8月18日上午，枫坪县总工会在县职工服务中心举行“金秋助学”金发放仪式，"
    body = lead + "为48名困难职工子女发放助学金9.6万元。" + after
    events = extract_text(body, headline="枫坪县总工会“金秋助学”圆梦学子").events
    assert events[0].count is not None and events[0].count[0] == count


def test_a_headlines_titled_activity_is_the_bodys_with_that_title(extract_text):
    body = "6月16日，枫坪县总工会联合县司法局在枫坪纺织有限公司开展“送法进车间”普法宣传活动，90余名职工参加。"
    events = extract_text(body, headline="枫坪县总工会“送法进车间”活动走进枫坪纺织").events
    assert [e.ref.name for e in events] == ["“送法进车间”普法宣传活动"]


def test_an_honour_to_be_given_is_none_yet(extract_text):
    body = (
        "日前，枫坪县总工会举办第三届叉车技能比武，36名叉车司机参赛。枫坪物流有限公司的邬建平获得一等奖。"
        "按照比赛规程，一等奖获得者将被授予“枫坪县技术能手”称号。"
    )
    found = _awards(extract_text(body, headline="枫坪县叉车技能比武举行"))
    assert ("邬建平", "一等奖") in found
    assert ("邬建平", "枫坪县技术能手") not in found


def test_a_headlines_congress_told_in_the_lead_is_not_another_bodys_named_later(extract_text):
    body = (
        "3月21日，枫林街道总工会第三次会员代表大会在街道党群服务中心召开，实到代表96名。"
        "大会传达了枫坪县工会第九次代表大会精神。"
    )
    events = extract_text(body, headline="枫林街道总工会第三次会员代表大会召开", region="枫坪县").events
    assert "第三次会员代表大会" in events[0].ref.name
