"""Bodies written short or run on (session 48): a township's office by its short form, a
hotel named again by its type word."""

from __future__ import annotations

from tests.extract.facts_view import names, posts


def test_a_townships_civil_affairs_office_by_its_short_form(extract_text):
    """镇民政办: the office of the town the text speaks of, named in full (…民政办公室)."""
    facts = extract_text("龙泉镇总工会召开会议。会后，和镇民政办一起走访困难职工5户。", region="铜仁市")
    assert "龙泉镇民政办公室" in names(facts, "Organization"), names(facts, "Organization")


def test_a_hotel_named_again_by_its_type_word(extract_text):
    """酒店工会, 酒店总经理: the hotel company named in full before, by its type word."""
    text = "三亚蓝湾假日酒店有限公司工会成立大会召开，酒店总经理郑海生致辞。会后酒店工会向职工发放慰问品。"
    facts = extract_text(text)
    assert names(facts, "TradeUnion") == {"三亚蓝湾假日酒店有限公司工会"}, names(facts, "TradeUnion")
    assert ("郑海生", "三亚蓝湾假日酒店有限公司", "总经理") in posts(facts)


def test_a_unit_of_an_areas_body_written_short_names_the_body(extract_text):
    """市人大常委会财政经济工作委员会: a committee of the city's standing committee, whatever its
    ending; the standing committee is named too, as the text wrote it (市人大常委会)."""
    facts = extract_text("座谈会由市人大常委会财政经济工作委员会主任贺立新主持。", region="益阳市")
    bodies = names(facts, "Organization")
    assert "益阳市人民代表大会常务委员会" in bodies, bodies


def test_a_units_level_word_is_the_area_its_union_said_short_stood_for(extract_text):
    """市总工会副主席A（现任市人大常委会…主任）: the 市 of the unit is the city the sentence's
    市总工会 stood for (仙桃市, which the province governs directly: a county's level in the
    registry, so no prefecture the level word would ask for)."""
    text = "仙桃市总工会开展调研。方案由时任市总工会副主席沈一鸣（现任市人大常委会社会建设工作委员会主任）拟定。"
    bodies = names(extract_text(text), "Organization")
    assert "仙桃市人民代表大会常务委员会" in bodies, bodies


def test_a_shops_quoted_trade_name_before_its_ending(extract_text):
    """某镇“青柠时光”花店店主X: a shop named by its quoted trade name and the shop's ending."""
    facts = extract_text("推荐城南镇“青柠时光”花店店主罗晓燕来讲插花课。", region="株洲市")
    assert any(n.endswith("花店") and "青柠时光" in n for n in names(facts, "Organization")), names(
        facts, "Organization"
    )
