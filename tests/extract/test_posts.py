"""Family posts (kg.extract.posts): who holds which office where."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_titles_before_a_name_are_offices_at_the_body_named_before_them(extract_text):
    facts = extract_text("会上，雨花区总工会党组书记、主席刘洋作工作报告。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "党组书记"), ("刘洋", "雨花区总工会", "主席")}


def test_titles_joined_by_jian_are_both_held(extract_text):
    facts = extract_text("会上，雨花区总工会副主席兼秘书长刘洋出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席"), ("刘洋", "雨花区总工会", "秘书长")}


def test_each_office_is_held_at_the_body_named_right_before_it(extract_text):
    facts = extract_text("会上，雨花区总工会主席，雨花区人民医院院长刘洋讲话。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席"), ("刘洋", "雨花区人民医院", "院长")}


def test_a_rank_is_no_office(extract_text):
    facts = extract_text("会上，雨花区总工会一级调研员刘洋出席。", region="长沙市")
    assert posts(facts) == set()


def test_the_other_names_of_a_list_share_the_offices(extract_text):
    facts = extract_text("会上，雨花区总工会副主席刘洋、李静出席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席"), ("李静", "雨花区总工会", "副主席")}


def test_an_election_to_an_office_at_the_body_named(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋当选为雨花区人民医院工会主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区人民医院工会", "主席")}


def test_an_election_without_a_body_is_at_the_union_named_last(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋当选为主席、党组书记。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "主席"), ("刘洋", "雨花区总工会", "党组书记")}


def test_the_names_listed_before_the_elected_one_are_elected_too(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会。李静、王强当选为副主席。", region="长沙市")
    assert posts(facts) == {("李静", "雨花区总工会", "副主席"), ("王强", "雨花区总工会", "副主席")}


def test_an_election_after_a_parenthesis(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋（兼职）当选为副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席")}


def test_a_vote_before_the_names_and_wei_after_them(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，会议补选刘洋、王强为区总工会副主席。", region="长沙市")
    assert posts(facts) == {("刘洋", "雨花区总工会", "副主席"), ("王强", "雨花区总工会", "副主席")}


def test_wei_after_names_without_a_vote_is_no_election(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋、王强为职工代表讲解政策。", region="长沙市")
    assert posts(facts) == set()


def test_an_election_to_a_rank_is_no_office(extract_text):
    facts = extract_text("近日，雨花区总工会召开全委会，刘洋当选为一级调研员。", region="长沙市")
    assert posts(facts) == set()


def test_wei_after_a_name_without_a_vote_before_it_is_no_election(extract_text):
    facts = extract_text("会上，雨花区总工会组织慰问，刘洋为副主席李静颁发证书。", region="长沙市")
    assert posts(facts) == set()
