"""Family events: the congress of an area's unions written without 总 (某区工会第五次代表大会,
kg.extract.congress ``area_congress_union``) is held by the area's federation of unions."""

from __future__ import annotations

from tests.extract.facts_view import event, organizers


def test_a_districts_union_congress_is_held_by_its_federation(extract_text):
    # (invented) the article never names 江岸区总工会: the district's federation still holds it
    facts = extract_text("5月8日，江岸区工会第五次代表大会在区会议中心开幕。来自全区的180名代表出席大会。")
    assert organizers(event(facts, "第五次代表大会")) == ["江岸区总工会"]


def test_the_federation_the_article_names_holds_it(extract_text):
    # (invented) named afterwards in full, as the registry names the county
    facts = extract_text("6月2日，宁远县工会第八次代表大会隆重开幕。宁远县总工会主席刘青作工作报告。")
    assert organizers(event(facts, "第八次代表大会")) == ["宁远县总工会"]


def test_a_towns_union_is_a_body_of_its_own(extract_text):
    # (invented) a town's 工会 is one union, its congress its own
    facts = extract_text("6月2日，白沙镇工会第三次代表大会召开。")
    assert "白沙镇总工会" not in organizers(event(facts, "第三次代表大会"))
