"""Constructions of real union news, session 52 (invented names and places).

A. 授予A集团第三工程部、B公司城东分部等N个集体“X”称号: the honour is the departments'; the
   group or company each department's name opens with is named inside it, and holds nothing.
B. 开展走访致敬劳动模范活动: after a verb of holding, the activity's own verbs and modifiers
   (走访致敬, 关爱帮扶困难职工) are part of the one activity's name (kg.nlp.held_names).
C. A、B分别获得电工项目一、二等奖: the prizes listed after the one item they were won in.
D. 会后，A一行走访…: a party at the main event's occasion, led by an officer of one of its
   organisers, is that organiser's (kg.extract.sponsors), not the host's (承办).
E. A year of birth (1979年生) is no year the page is written in (kg.extract.page).
F. 深入X工地，开展“Y”活动，为…送去Z: the bringing right after the activity, only the clause of
   those it is for between, is the activity's act (kg.extract.event_merge); a stop's place
   ends at its clause's comma (kg.nlp.stops).
G. A被评为“X”，B荣获“Y”称号: the people of a clause before one ending in its own quoted honour
   hold none of the next (kg.extract.honour_topic).
H. 授予|市第一人民医院: a verb of giving the tagger glues to a body's short form is no part of
   its name (bodies/level_short_openers.txt).
I. A联合B、C组成检查组: the bodies listed after the first partner are partners too
   (kg.extract.joint_acts).
J. 学习会 is an event's head (理论学习中心组学习会); 学习会议精神 names none.
"""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


def test_a_body_named_inside_an_honoured_one_holds_nothing(extract_text):
    text = (
        "日前，临湘市总工会作出决定，授予临湘建工集团第四工程部、临湘供电公司城北运维分部等12个集体"
        "“临湘市工人先锋号”称号。"
    )
    found = _awards(extract_text(text, headline="临湘市表彰一批工人先锋号"))
    assert ("临湘建工集团第四工程部", "临湘市工人先锋号") in found
    assert not {name for name, _ in found} & {"临湘建工集团", "临湘供电公司"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # B. 开展走访致敬劳动模范活动: the activity's own verbs after the verb of holding are its name's
        ("4月26日，桐溪区总工会开展走访致敬劳动模范活动。", "走访致敬劳动模范活动"),
        ("6月3日，桐溪区总工会组织开展关爱帮扶困难职工活动。", "关爱帮扶困难职工活动"),
        ("6月3日，桐溪区总工会举办传承弘扬工匠精神主题活动。", "传承弘扬工匠精神主题活动"),
    ],
)
def test_the_object_of_a_verb_of_holding_is_one_activity(extract_text, text, name):
    assert {e.ref.name for e in extract_text(text, headline="桐溪区工会动态").events} == {name}


def test_prizes_listed_after_the_item_they_were_won_in(extract_text):
    # C. A、B分别获得电工项目一、二等奖: the k-th name wins the k-th prize of the one item
    text = "11月5日，汾阳市总工会举行职工技能大赛颁奖仪式。司徒岚、邬建业分别获得钳工项目一、二等奖。"
    found = _awards(extract_text(text, headline="汾阳市职工技能大赛颁奖"))
    assert {("司徒岚", "一等奖"), ("邬建业", "二等奖")} <= found


def test_a_party_after_the_meeting_is_its_leaders_bodys(extract_text):
    # D. 会后，A一行走访…: the main event's organiser A holds office at organises the visit, not its host
    text = (
        "6月2日，由枫林区总工会主办、枫林区文化馆承办的枫林区职工合唱比赛在区文化馆举行。"
        "区总工会主席晏书禾致辞。会后，晏书禾一行走访慰问了区环卫所一线环卫工人。"
    )
    events = extract_text(text, headline="枫林区举办职工合唱比赛").events
    visit = next(e for e in events if "慰问" in e.ref.name)
    assert {o.name for o, _ in visit.organizers} == {"枫林区总工会"}


def test_a_year_of_birth_dates_no_event(extract_text):
    # E. 3月6日 on a page whose one year is a profile's year of birth (1979年生): no year
    text = (
        "3月6日，汶川县总工会召开十六届四次全委会议，增补蓝若川为县总工会副主席。\n"
        "蓝若川，男，1979年生，曾任县文旅局副局长。"
    )
    events = extract_text(text, headline="汶川县总工会增补一名副主席").events
    assert [e.date[0] for e in events if e.date] == ["--03-06"]


def test_a_bringing_right_after_an_activity_is_its_act(extract_text):
    # F. 深入X工地，开展“Y”活动，为…送去Z: one activity; the stop's place is X工地 alone
    text = (
        "8月2日上午，临泉县总工会副主席甘露带队深入临泉高新区建设工地，开展“夏送清凉”慰问活动，"
        "为80余名一线建筑工人送去价值2万余元的防暑降温物品。"
    )
    events = extract_text(text, headline="临泉县总工会开展“夏送清凉”慰问活动").events
    assert [e.ref.name for e in events] == ["“夏送清凉”慰问活动"]
    assert not any("，" in a for e in events for a in e.aliases)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # G. A被评为“X”，B荣获“Y”称号: each clause's own person holds its honour
        (
            "此前，柴雨桐曾被评为“县级技术能手”，龚一鸣曾荣获“县五一巾帼标兵”称号。",
            {("柴雨桐", "县级技术能手"), ("龚一鸣", "县五一巾帼标兵")},
        ),
        # (a clause with no person of its own shares the first one's: both honours A's)
        (
            "柴雨桐曾被评为“县级技术能手”，并荣获“县五一巾帼标兵”称号。",
            {("柴雨桐", "县级技术能手"), ("柴雨桐", "县五一巾帼标兵")},
        ),
    ],
)
def test_each_clause_of_receiving_its_own_holder(extract_text, text, held):
    assert _awards(extract_text(text, headline="喜报")) == held


def test_a_verb_of_giving_glued_to_a_short_form_is_no_part_of_it(extract_text):
    # H. 授予|市第一人民医院…: the tagger's word over the verb and the body's short form
    text = (
        "大会授予苗可欣等30名同志“临沧市劳动模范”荣誉称号，授予市第一人民医院急诊科等8个集体“临沧市模范集体”荣誉称号。"
    )
    names = {ref.name for ref in extract_text(text, headline="临沧市劳模表彰大会召开").entities}
    assert not any(n.startswith("授予") for n in names)


def test_partners_listed_after_a_verb_of_partnering(extract_text):
    # I. A联合B、C组成检查组，对…开展X: B and C are both A's partners, organising X
    text = "11月3日，松岗区总工会联合区人社局、区住建局组成联合检查组，对辖区9个在建项目开展根治欠薪专项检查。"
    events = extract_text(text, headline="松岗区开展根治欠薪专项检查").events
    assert {o.name for e in events for o, _ in e.organizers if "住" in o.name}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # J. 学习会: a party group's study session held (理论学习中心组学习会), an event
        ("9月5日，枣林区总工会党组召开理论学习中心组（扩大）学习会。", {"理论学习中心组（扩大）学习会"}),
        # (学习会议精神: studying a meeting's spirit, no 学习会)
        ("9月5日，枣林区总工会组织干部职工认真学习会议精神。", set()),
    ],
)
def test_a_study_session_is_an_event(extract_text, text, names):
    assert {e.ref.name for e in extract_text(text, headline="枣林区工会动态").events} == names
