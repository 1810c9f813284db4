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
