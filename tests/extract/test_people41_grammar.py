"""Posts, persons, awards and credits of session 41 (invented texts, other names and places)."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_rank_before_a_former_office_is_the_grade_kept_on_leaving_it(extract_text):
    facts = extract_text("会上，雨花区总工会二级调研员、原副主席刘洋担任评委。", region="长沙市")
    assert posts(facts) == set()
    facts = extract_text("会上，雨花区总工会二级调研员刘洋担任评委。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "二级调研员")}


def test_a_pronoun_holding_an_office_now_is_the_one_person_named_before(extract_text):
    facts = extract_text("周立新日均配送50余单。她现任雨花区快递行业联合工会副主席（兼职），常年为骑手讲解交通安全。")
    assert posts(facts) == {("周立新", "雨花区快递行业联合工会", "副主席")}
    facts = extract_text("周立新向王志刚学艺。他现任雨花区快递行业联合工会副主席。")
    assert posts(facts) == set()
    facts = extract_text("周立新日均配送50余单。他曾任雨花区快递行业联合工会副主席。")
    assert posts(facts) == set()


def test_a_taiwan_unions_secretary_general_with_a_compound_surname(extract_text):
    facts = extract_text("桃园市客运业产业工会总干事张廖美华、台南市纺织业职业工会总干事范姜秀玲介绍了做法。")
    assert posts(facts) == {
        ("张廖美华", "桃园市客运业产业工会", "总干事"),
        ("范姜秀玲", "台南市纺织业职业工会", "总干事"),
    }
