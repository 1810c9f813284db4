"""Bodies of real union news constructions (session 53, real noise), on invented articles run
through NLP and extraction: a level's body said short (区妇联) glued by the tagger to the 在
after it (区妇联在|区职工服务中心), then where the event is held — two names, the body's and
the venue's, not one place."""

from __future__ import annotations

from tests.extract.facts_view import names


def test_a_level_bodys_short_form_then_at_then_a_venue(extract_text):
    facts = extract_text("3月8日，南康区总工会和区妇联在区职工服务中心举办主题活动。", region="赣州市")
    assert not any("妇联在" in n for n in names(facts, "Place") | names(facts, "Organization"))
    assert any(n.endswith("南康区职工服务中心") for n in names(facts, "Place"))
    assert any(n.endswith("南康区妇女联合会") for n in names(facts, "Organization"))


def test_two_level_words_sharing_one_unions_ending(extract_text):
    """省、市总工会: the province's union and the city's, each of the page's areas."""
    facts = extract_text("近日，县总工会召开党组会议，传达学习省、市总工会有关会议精神。", region="柘城县")
    unions = names(facts, "TradeUnion")
    assert {"河南省总工会", "商丘市总工会"} <= unions, unions


def test_level_words_after_a_word_of_several_name_no_union(extract_text):
    """各省、市总工会: the unions of a class of areas, none of them the page's."""
    facts = extract_text("全总要求各省、市总工会做好送温暖工作。", region="柘城县")
    assert "河南省总工会" not in names(facts, "TradeUnion")
