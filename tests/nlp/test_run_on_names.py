"""A tagger's name over A联合B is two names (kg.nlp.run_on_names); a name whose breaker
ends it with one character left (…工会联合会, …公司联合体) is one name."""

from __future__ import annotations

import pytest

from kg.nlp.found import Found
from kg.nlp.run_on_names import without_run_on_names


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("5月15日，黑龙江省总工会联合省卫健委在哈尔滨市举办宣讲会。", {"黑龙江省总工会"}),
        ("11月3日，太原市总工会联合市文化馆、市图书馆在市文化广场举办读书沙龙。", {"太原市总工会", "市图书馆"}),
    ],
)
def test_a_union_joined_to_the_next_body_is_no_one_name(labelled, text, bodies):
    found = labelled(text, "UNION") | labelled(text, "ORG") | labelled(text, "PLACE")
    assert bodies <= found, found
    assert not any("联合" in name for name in found), found


def test_a_name_the_breaker_ends_with_one_character_left_stays():
    text = "县物流行业工会联合会召开会议"
    k = text.index("联合")
    cands = [Found(0, k, "UNION"), Found(0, k + 3, "ORG")]
    assert Found(0, k + 3, "ORG") in without_run_on_names(text, cands)
