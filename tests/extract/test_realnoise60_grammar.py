"""Constructions of real union news, session 55 (realnoise60; invented names and places).

A. 由…选举产生的48名代表参加会议: the delegates the units elected come to the meeting, and
   count (kg.extract.event_counts); 选举产生委员9名 still counts no one.
B. X工会邀请Y专家为职工开展讲座: Y, invited, gives the talk; the inviter holds it
   (events/subject_blockers.tsv).
C. A荣获“X”，某公司检修班被授予“Y”称号: Y is the team's, the body named after the first
   clause's own honour (kg.extract.honour_topic).
D. 开展“两节”送温暖活动，某主席带队走访慰问了…: the campaign and the act its next clause
   carries out are one event; 慰问 said again later is that event (kg.extract.campaign_names).
E. 命名A劳模创新工作室为“Y”, A职工创新工作室被评为“Y”: the studio named after A holds Y, not A
   (awards/award_patterns.tsv owners, kg.extract.honour_series).
G. 某总工会下发决定，我市2个集体荣获“X”称号: the clause's own counted subject holds X, unnamed; the
   giver named before it holds nothing (kg.extract.awards.give).
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event, event_names, organizers


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


@pytest.mark.parametrize(
    "clause",
    [
        "由社区和企业基层工会选举产生的56名代表参加会议",
        "由各基层工会推选产生的56名代表出席会议",
    ],
)
def test_the_delegates_elected_by_the_units_count_at_the_meeting(extract_text, clause):
    body = f"9月5日上午，桐溪街道召开街道工会第二次代表大会，{clause}。大会选举产生了街道总工会第二届委员会委员7名。"
    facts = extract_text(body, headline="桐溪街道召开工会第二次代表大会", region="湖州市", date="2027-09-06")
    check_event(facts, {"ev": "代表大会", "count": 56})


def test_those_a_meeting_elects_still_count_no_one(extract_text):
    body = "9月5日上午，桐溪街道召开街道工会第二次代表大会。大会选举产生了街道总工会第二届委员会委员7名。"
    facts = extract_text(body, headline="桐溪街道召开工会第二次代表大会", region="湖州市", date="2027-09-06")
    check_event(facts, {"ev": "代表大会", "nocount": 7})


def test_the_inviter_holds_the_talk_the_invited_give(extract_text):
    body = "3月6日，瑞丰电器有限公司工会邀请市人民医院专家为公司130余名女职工开展健康知识讲座。"
    facts = extract_text(body, headline="瑞丰电器有限公司工会举办女职工健康讲座", region="宜春市", date="2027-03-07")
    (ev,) = [e for e in facts.events if "讲座" in e.ref.name]
    assert organizers(ev) == ["瑞丰电器有限公司工会"], organizers(ev)
    assert "宜春市人民医院" not in organizers(ev)


def test_a_body_after_a_clause_with_its_own_honour_holds_the_next(extract_text):
    body = (
        "近日，省总工会印发表彰决定，我市宏达机械有限公司技术员卓文彬荣获“安徽省五一劳动奖章”，"
        "市自来水公司水质检测班被授予“安徽省工人先锋号”称号。"
    )
    found = _awards(extract_text(body, headline="我市一人一集体获省级表彰", region="芜湖市", date="2027-04-28"))
    assert ("卓文彬", "安徽省五一劳动奖章") in found
    assert any(name.endswith("水质检测班") and honour == "安徽省工人先锋号" for name, honour in found), found


@pytest.mark.parametrize(
    "body",
    [
        "1月9日，桂溪区总工会开展“两节”送温暖活动，区总工会主席柯建林带队走访慰问了15户困难职工家庭，"
        "为他们送去慰问金和慰问品。",
        "1月9日，桂溪区总工会组织开展关爱困难职工送温暖活动，对辖区环卫工人等困难职工进行了慰问。"
        "据悉，此次共慰问困难职工52人。",
        "1月9日，桂溪区总工会开展集中送温暖慰问活动，深入全区20余家企业，为一线职工送去价值8万元的慰问品。",
    ],
)
def test_a_campaign_and_the_act_its_next_clause_does_are_one_event(extract_text, body):
    facts = extract_text(body, headline="桂溪区总工会送温暖", region="成都市", date="2027-01-10")
    names = event_names(facts)
    assert len([n for n in names if "慰问" in n or "温暖" in n]) == 1, names
    check_event(facts, {"ev": "温暖", "date": "01-09"})


@pytest.mark.parametrize(
    "sentence",
    [
        "近日，省总工会决定命名简立军劳模创新工作室、茹秀英职工创新工作室为“福建省劳模创新工作室”。",
        "近日，茹秀英职工创新工作室被评为“福建省职工创新工作室”。",
    ],
)
def test_a_studio_named_after_a_person_holds_its_title_not_the_person(extract_text, sentence):
    # E. 命名A劳模创新工作室为“Y”: the studio holds Y (a unit, left unnamed), not A (honour_topic owners)
    found = _awards(extract_text(sentence, headline="我省一批创新工作室获命名", region="福建省", date="2027-12-20"))
    assert not {(name, honour) for name, honour in found if name in ("简立军", "茹秀英")}, found


def test_people_named_as_honoured_still_hold_the_title(extract_text):
    found = _awards(
        extract_text("近日，省总工会决定命名茹秀英、简立军为“福建省金牌工人”。", headline="表彰", region="福建省")
    )
    assert {("茹秀英", "福建省金牌工人"), ("简立军", "福建省金牌工人")} <= found


def test_a_counted_class_receiving_an_honour_leaves_the_giver_without_it(extract_text):
    # G. 某总工会下发决定，我市2个集体荣获“X”: the clause's counted subject, unnamed; not the giver
    body = (
        "近日，中华全国总工会下发表彰决定，我市3个集体荣获“全国模范职工之家”称号，"
        "2名工会工作者荣获“全国优秀工会工作者”称号。"
    )
    found = _awards(extract_text(body, headline="我市多个集体和个人获全国表彰", region="湘潭市", date="2027-10-12"))
    assert not {(name, honour) for name, honour in found if name.endswith("总工会")}, found


def test_a_counted_class_listed_after_still_holds_it(extract_text):
    body = "近日，市总工会表彰了一批先进，3名职工获评“市五一劳动奖章”，分别是蒲立伟、詹秀芹、蓝国栋。"
    found = _awards(extract_text(body, headline="我市表彰一批先进", region="湘潭市", date="2027-04-28"))
    assert {("蒲立伟", "市五一劳动奖章"), ("蓝国栋", "市五一劳动奖章")} <= found


def test_people_listed_before_a_count_hold_what_it_received(extract_text):
    body = "会议对先进个人进行了表彰。高级技师邬晋明，安全工程师栾文岚，供电所所长冀国平等18人获评“先进个人”。"
    found = _awards(extract_text(body, headline="公司召开职代会", region="太原市", date="2027-01-16"))
    assert {("邬晋明", "先进个人"), ("栾文岚", "先进个人"), ("冀国平", "先进个人")} <= found, found
