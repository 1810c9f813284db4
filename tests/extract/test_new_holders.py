"""A body named again by its head word after words of a new holder (新当选的联合会主席X): the
phrase opens as a clause does, the body the federation named last before.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

UNION = "宜春县外卖行业工会联合会"


@pytest.mark.parametrize("describer", ["新当选的", "新任"])
def test_a_new_holder_of_the_federation_named_again(extract_text, describer):
    facts = extract_text(f"{UNION}召开成立大会。{describer}联合会主席鄢柏林作表态发言。", region="宜春市")
    assert ("鄢柏林", UNION, "主席") in posts(facts)


def test_a_describing_word_glued_to_a_kind_names_no_body(extract_text):
    # 新当选的行业联合会主席: a kind of federation, not the one named before
    facts = extract_text(f"{UNION}召开成立大会。新当选的行业联合会主席鄢柏林发言。", region="宜春市")
    assert not any(body == UNION for _p, body, _r in posts(facts))
