"""Family posts: BODY的TITLE是NAME, a memoir's or a profile's way to name who holds an office
now (kg.extract.copulas.read_body_holders).  All text is invented."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_the_title_of_a_body_then_is_and_a_name_gives_the_office(extract_text):
    facts = extract_text("我退休以后，现在县总工会的主席是张立军，年轻，有闯劲。", region="湛江市遂溪县")
    assert ("张立军", "遂溪县总工会", "主席") in posts(facts)


def test_a_clause_told_of_a_time_gone_gives_none(extract_text):
    facts = extract_text("我刚参加工作那年，当时县总工会的主席是张立军，对我们很照顾。", region="湛江市遂溪县")
    assert not any(name == "张立军" for name, _, _ in posts(facts))
