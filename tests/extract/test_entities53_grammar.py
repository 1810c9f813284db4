"""Entities read by their grammar (session 53), on invented text.

A. An area's venue: a venue's quoted name right after an area (在某街道“暖心驿站”举办) is
   that area's venue, named by both without the quotes and placed in the area; the brand
   alone names no one venue.
B. A village named after a city (柳林镇苏州村) is no mention of the city.
"""

from __future__ import annotations

from tests.extract.facts_view import names, placed


def test_an_areas_quoted_venue_is_named_after_the_area(extract_text):
    facts = extract_text(
        "6月3日，青河区总工会在柳林街道“暖心驿站”举办新就业形态劳动者集中入会仪式，80名外卖配送员参加。"
    )
    assert "柳林街道暖心驿站" in names(facts, "Place")
    assert ("柳林街道暖心驿站", "柳林街道") in placed(facts)


def test_a_village_named_after_a_city_holds_no_city(extract_text):
    facts = extract_text("5月9日，滨河区总工会在柳林镇苏州村举办民宿从业人员培训班。")
    areas = names(facts, "AdministrativeArea")
    assert "苏州市" not in areas, areas
