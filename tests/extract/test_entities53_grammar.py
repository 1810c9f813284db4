"""Entities read by their grammar (session 53), on invented text.

A. An area's venue: a venue's quoted name right after an area (在某街道“暖心驿站”举办) is
   that area's venue, named by both without the quotes and placed in the area; the brand
   alone names no one venue.
B. A village named after a city (柳林镇苏州村) is no mention of the city.
C. An address in brackets after a venue may end in a road's section (滨江路北段).
D. A bureau's unit named after it (某县交通运输局某某公路养护站) belongs to the bureau, a body.
E. A city people went to (到某市疗休养) is no city a later bare 市 stands for.
"""

from __future__ import annotations

from kg.model.facts import EntityRef
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


def test_an_address_ending_in_a_roads_section_places_the_venue(extract_text):
    facts = extract_text("开幕式在青溪冰雪公园（花园街道滨江路北段）举行，500名职工参加。", region="南岗区")
    assert ("青溪冰雪公园", "花园街道") in placed(facts)


def test_a_bureaus_unit_belongs_to_the_bureau(extract_text):
    facts = extract_text("白沙县交通运输局青石岭公路养护站获评“白沙县工人先锋号”。")
    unit = EntityRef("Organization", "白沙县交通运输局青石岭公路养护站")
    assert facts.entities[unit].parent == EntityRef("Organization", "白沙县交通运输局")


def test_a_destination_is_no_city_of_a_bare_level_word(extract_text):
    text = "山南市总工会召开全委会。会后组织劳模到林芝市巴宜区疗休养，市总工会主席王建平看望劳模。"
    unions = names(extract_text(text, region="山南市"), "TradeUnion")
    assert "林芝市总工会" not in unions, unions
