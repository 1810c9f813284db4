"""Body names of session 59's pages (invented text).

A. The bare stem of a county the text names in full (互助 of 互助土族自治县), read by the
   tagger as a verb, opening a body's name (互助|某镇某某农民专业合作社): part of the name.
   A verb that opens no area the text names stays out.
"""

from __future__ import annotations

import pytest

BODIES: list = [
    (
        "由互助土族自治县总工会主办，五十镇总工会承办，互助五十青禾刺绣农民专业合作社协办的比赛开幕。",
        "互助五十青禾刺绣农民专业合作社",
    ),
    ("由互助土族自治县总工会主办，互助青禾刺绣农民专业合作社协办。", "互助青禾刺绣农民专业合作社"),
]


@pytest.mark.parametrize(("text", "want"), BODIES)
def test_a_county_stem_opens_the_bodys_name(labelled, text: str, want: str) -> None:
    assert want in labelled(text, "ORG")


def test_a_verb_opening_no_named_area_stays_out(labelled) -> None:
    found = labelled("县总工会主办，邻里互助青禾刺绣农民专业合作社协办。", "ORG")
    assert "青禾刺绣农民专业合作社" in found
    assert not any(name.startswith("互助") for name in found)
