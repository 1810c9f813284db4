"""A level's own union said short again (市总工会) stands for what it stood for where the
article said it before, unless an area of that level is named between
(kg.extract.level_names.level_name).  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts

OPENING = "湛江市总工会副主席韦德江，雷州市人大常委会副主任、市总工会主席蓝海生出席。"


def test_the_short_form_said_again_is_the_union_it_stood_for(extract_text):
    facts = extract_text(OPENING + "活动由市总工会党组书记张立军主持。", region="湛江市")
    assert ("蓝海生", "雷州市总工会", "主席") in posts(facts)
    assert ("张立军", "雷州市总工会", "党组书记") in posts(facts)


def test_an_area_of_that_level_named_between_ends_it(extract_text):
    facts = extract_text(OPENING + "次日，廉江市举办职工运动会，市总工会党组书记张立军主持。", region="湛江市")
    assert ("张立军", "雷州市总工会", "党组书记") not in posts(facts)
