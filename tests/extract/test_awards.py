"""Family awards (kg.extract.awards): honours received, places won."""

from __future__ import annotations

from tests.extract.facts_view import event, participants


def awards(facts) -> set[tuple[str, str]]:
    return {(p.name, honour) for p, honour, _ in facts.awards}


def test_a_winner_takes_part_in_the_main_event(extract_text):
    facts = extract_text(
        "近日，江宁区总工会举办第三届职工乒乓球比赛。王海涛担任裁判长。最终，张小兵夺得冠军。", region="南京市"
    )
    got = participants(event(facts, "乒乓球比赛"))
    assert "张小兵" in got
    assert "王海涛" not in got  # a referee wins nothing


def test_an_honour_given_to_a_person(extract_text):
    facts = extract_text("在全省劳模表彰大会上，李卫国荣获“全国五一劳动奖章”称号。", region="山东省")
    assert awards(facts) == {("李卫国", "全国五一劳动奖章")}


def test_the_holders_of_an_honour_listed_after_it(extract_text):
    facts = extract_text("第二届“泉城工匠”获得者为：王大明、陈小红。", region="济南市")
    assert awards(facts) == {("王大明", "泉城工匠"), ("陈小红", "泉城工匠")}


def test_the_holders_of_an_honour_listed_in_the_next_sentence(extract_text):
    facts = extract_text("会上，为两位“泉城工匠”获得者颁发证书。两位获得者分别是王大明、陈小红。", region="济南市")
    assert awards(facts) == {("王大明", "泉城工匠"), ("陈小红", "泉城工匠")}
