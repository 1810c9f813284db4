"""Events of real union news read as a grammar (realnoise62; names invented, areas real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        ("此次慰问活动惠及全县公益性岗位人员96人、城管和环卫工人41人，共慰问137人", 137),
        ("此次活动看望环卫工人41人、困难职工20人，累计走访慰问困难职工61人", 61),
    ],
)
def test_the_sum_of_those_visited_is_the_count(extract_text, clause, count):
    """…A 96人、B 41人，共慰问137人: the sum, with its verb of visiting between, not its first part."""
    body = f"2月3日，三都水族自治县总工会开展“三大节日”慰问活动。{clause}。"
    facts = extract_text(body, region="黔南布依族苗族自治州", date="2026-02-05")
    check_event(facts, {"ev": "慰问活动", "count": count})


def test_the_places_after_a_verb_of_going_the_tagger_cut_organise_nothing(extract_text):
    """调研组一行先后来到A、B开展政策宣讲: the tagger reads 先|后来|到, but 到 is a verb of going
    all the same; A and B are where the party went, the party's union holds the talk."""
    body = "9月9日，延边州总工会调研组一行先后来到珲春市总工会职工服务中心、吉林鸿源食品有限公司开展政策宣讲。"
    facts = extract_text(body, region="延边朝鲜族自治州", date="2026-09-10")
    (ev,) = [e for e in facts.events if "宣讲" in e.ref.name or any("宣讲" in a for a in e.aliases)]
    orgs = [r.name for r, _ in ev.organizers]
    assert orgs == ["延边州总工会"], orgs


def test_the_verb_nearest_an_activity_holds_it(extract_text):
    """就…工作开展情况进行调研: 开展情况 is a noun (how the work goes); 进行 holds 调研, named alone."""
    body = "9月9日，延边州总工会党组书记金英姬到珲春市就工会重点工作开展情况进行调研。"
    facts = extract_text(body, region="延边朝鲜族自治州", date="2026-09-10")
    names = {e.ref.name for e in facts.events} | {a for e in facts.events for a in e.aliases}
    assert "调研" in names and not any("情况进行" in n for n in names), names


@pytest.mark.parametrize(
    ("visit", "orgs"),
    [
        ("瑞丽市总工会联合市人社局先后深入建设工地、市环卫站等一线", ["瑞丽市总工会", "市人社局"]),
        ("瑞丽市总工会走进市环卫站", ["瑞丽市总工会"]),
    ],
)
def test_the_visitors_of_the_clause_before_do_the_act_for_whom(extract_text, visit, orgs):
    """A联合B先后深入X，为职工送上清凉慰问品: the act's clause names only whom it is for; the
    bodies that went (joined, an adverb before their verb of going) do it."""
    body = f"7月21日，{visit}，为高温下坚守岗位的职工送上清凉慰问品。"
    facts = extract_text(body, region="德宏傣族景颇族自治州", date="2026-07-22")
    check_event(facts, {"ev": "送上清凉", "someorgs": orgs})


def test_a_clause_with_a_subject_of_its_own_keeps_it(extract_text):
    body = "7月21日，瑞丽市总工会走进市环卫站，市人社局为环卫工人送去慰问金。"
    facts = extract_text(body, region="德宏傣族景颇族自治州", date="2026-07-22")
    (ev,) = [e for e in facts.events if "送去慰问金" in e.ref.name]
    assert [r.name for r, _ in ev.organizers] == ["市人社局"], ev.organizers
