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


def test_a_prize_named_without_quotes(extract_text):
    facts = extract_text("在全市职工书法比赛中，王晓东荣获最佳创意奖。", region="南京市")
    assert ("王晓东", "最佳创意奖") in awards(facts)


def test_a_prize_is_named_without_the_event_it_was_won_at(extract_text):
    facts = extract_text("近日，江宁区总工会举办职工演讲比赛。最终，赵小红荣获演讲比赛银奖。", region="南京市")
    assert ("赵小红", "银奖") in awards(facts)


def test_an_organisation_wins_a_title(extract_text):
    facts = extract_text("近日，南京宏达机械有限公司荣获“市工人先锋号”称号。", region="南京市")
    got = {(ref.cls, honour) for ref, honour, _ in facts.awards}
    assert ("Organization", "市工人先锋号") in got, facts.awards


def test_a_union_wins_a_prize(extract_text):
    facts = extract_text("在全市职工运动会上，江宁区总工会荣获优秀组织奖。", region="南京市")
    assert ("江宁区总工会", "优秀组织奖") in {(ref.name, h) for ref, h, _ in facts.awards}


def test_who_gives_an_honour_does_not_receive_it(extract_text):
    facts = extract_text("对获得一等奖的选手，江宁区总工会将授予“江宁工匠”称号。", region="南京市")
    assert awards(facts) == set()


def test_honours_before_a_name_are_held_by_that_person(extract_text):
    facts = extract_text("会上，省劳动模范、首届江城工匠刘建平作了发言。", region="南京市")
    assert {("刘建平", "省劳动模范"), ("刘建平", "江城工匠")} <= awards(facts)


def test_a_bare_title_word_before_a_name_is_no_honour(extract_text):
    facts = extract_text("会上，工匠刘建平作了发言。", region="南京市")
    assert awards(facts) == set()


def test_an_honour_named_without_quotes_after_a_verb_of_naming(extract_text):
    facts = extract_text(
        "近日，重庆宏达机械有限公司被评为2024年度市级模范职工之家，李小梅获评全国三八红旗手。", region="重庆市"
    )
    got = {(ref.cls, ref.name, h) for ref, h, _ in facts.awards}
    assert ("Person", "李小梅", "全国三八红旗手") in got
    assert ("Organization", "重庆宏达机械有限公司", "市级模范职工之家") in got


def test_a_word_of_praise_is_no_honour(extract_text):
    assert awards(extract_text("在本次比赛中，张小兵被评为优秀。", region="重庆市")) == set()
