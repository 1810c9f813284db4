"""Families people and credits (kg.extract.people, kg.extract.credits)."""

from __future__ import annotations

from tests.extract.facts_view import names


def test_a_person_named_in_the_text_is_an_entity(extract_text):
    facts = extract_text("区总工会主席王芳出席会议。", region="长沙市岳麓区")
    assert names(facts, "Person") == {"王芳"}
    ref = next(r for r in facts.entities if r.name == "王芳")
    assert facts.entities[ref].evidence.sentence == "区总工会主席王芳出席会议。"


def test_a_reporter_of_the_byline_is_credited(extract_text):
    facts = extract_text("近日，天心区总工会开展送清凉活动。", region="长沙市", reporters=("记者甲",))
    assert [r.name for r in facts.reporters] == ["记者甲"]
    assert "记者甲" in names(facts, "Person")


def test_a_photographer_of_the_byline_is_credited(extract_text):
    facts = extract_text("近日，天心区总工会开展送清凉活动。", region="长沙市", photographers=("摄影乙",))
    assert [r.name for r in facts.photographers] == ["摄影乙"]
    assert "摄影乙" in names(facts, "Person")


def test_two_names_printed_together_are_the_two_people_the_article_names(extract_text):
    """A deck line 王猛齐为民出席 glues two names the body names apart: no third person 王猛齐."""
    body = "王猛齐为民出席\n近日，市委书记王猛出席会议，省总工会副主席齐为民致辞。"
    assert names(extract_text(body, region="长沙市"), "Person") == {"王猛", "齐为民"}
