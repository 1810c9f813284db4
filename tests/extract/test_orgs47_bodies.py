"""Bodies and venues of session 47's organisation family (an approval form, an archived page, a
podcast's notes), on invented articles run through NLP and extraction."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, placed


def test_a_registry_township_right_after_a_town_is_the_towns_park(extract_text):
    """金积镇新能源产业园职工培训中心: 新能源产业园 is also a zone of a far province in the
    registry (a township-level unit); right after a town it is a place in that town, no
    area, and the training centre lies in the town."""
    facts = extract_text("6月3日，区总工会在金积镇新能源产业园职工培训中心举办培训班。", region="吴忠市")
    assert "新能源产业园" not in names(facts, "AdministrativeArea")
    assert ("金积镇新能源产业园职工培训中心", "金积镇") in placed(facts)


@pytest.mark.parametrize(
    ("text", "region", "venue"),
    [
        ("职工疗休养活动在淳安县千岛湖风景区举行。", "杭州市", "淳安县千岛湖风景区"),
        ("公司工会在陵川县王莽岭景区举办职工登山活动。", "晋城市", "陵川县王莽岭景区"),
    ],
)
def test_a_scenic_area_is_a_venue_in_its_county(extract_text, text, region, venue):
    """某县某某景区, 某某风景区: a named scenic site is a venue, placed by the
    county its name opens with; no area."""
    facts = extract_text(text, region=region)
    assert venue in names(facts, "Place")
    assert (venue, venue[:3]) in placed(facts)


def test_a_township_alone_in_brackets_after_a_venue_says_where_it_lies(extract_text):
    """平顺县神龙湾景区（云峪乡）: a township's name alone in brackets after a venue, one the
    registry lacks, is a township of the county named; the venue lies in it."""
    facts = extract_text("活动地点：平顺县神龙湾景区（云峪乡）。", region="长治市")
    assert "云峪乡" in names(facts, "AdministrativeArea")
    assert ("平顺县神龙湾景区", "云峪乡") in placed(facts)


def test_a_bodys_name_then_at_then_a_venue(extract_text):
    """富岭镇司法所在镇文化广场举办…: the justice office is a body (its 所 and 在 read as one
    word, 所在), and the venue starts after 在."""
    facts = extract_text("浦城县富岭镇司法所在镇文化广场举办普法活动。", region="南平市")
    assert any(n.endswith("富岭镇司法所") for n in names(facts, "Organization"))
    assert any(n.endswith("富岭镇文化广场") for n in names(facts, "Place"))
    assert not any("司法所在" in n for n in names(facts, "Place"))


def test_a_townships_labour_security_office_is_a_body(extract_text):
    """某镇劳动保障所所长X: the township's labour-security office, a body."""
    facts = extract_text("丰谷镇劳动保障所所长邱明远到场核实。", region="绵阳市")
    assert any(n.endswith("丰谷镇劳动保障所") for n in names(facts, "Organization"))


def test_a_workshops_branch_union_written_with_its_union_word(extract_text):
    """团体第一名：锻压车间分工会: a shop floor's branch union (分工会, as 分会) is a union of the
    company's union named before."""
    facts = extract_text("晋城宏峰重工有限公司工会举办拔河比赛。团体第一名：锻压车间分工会。", region="晋城市")
    assert "锻压车间分工会" in {n.removeprefix("晋城宏峰重工有限公司") for n in names(facts, "TradeUnion")}
    assert any(a.endswith("锻压车间分工会") and b == "晋城宏峰重工有限公司工会" for a, b in parents(facts))


def test_the_companys_address_line_places_the_company(extract_text):
    """公司地址：某省某市某县…: the company's own address, its type word naming it again."""
    facts = extract_text(
        "晋城宏峰重工有限公司工会举办拔河比赛。\n公司地址：山西省晋城市泽州县凤凰大道××号　邮编：048000",
        region="晋城市",
    )
    assert ("晋城宏峰重工有限公司", "泽州县") in placed(facts)


def test_an_event_at_a_scenic_area_is_held_in_its_county_too(extract_text):
    """在淳安县千岛湖风景区举办: at the scenic area, a tract of land in 淳安县: both its places."""
    facts = extract_text("4月30日，区总工会在淳安县千岛湖风景区举办职工健步走活动，300名职工参加。", region="杭州市")
    (ev,) = facts.events
    assert {ref.name for ref, _ in ev.locations} >= {"淳安县千岛湖风景区", "淳安县"}


def test_a_scenic_area_named_again_without_its_range(extract_text):
    """陵川县王莽岭锡崖沟景区 … 陵川县锡崖沟景区: the same scenic area, without the range it lies in."""
    facts = extract_text(
        "活动地点：陵川县王莽岭锡崖沟景区。5月1日，职工登山活动在陵川县锡崖沟景区举行。", region="晋城市"
    )
    assert names(facts, "Place") == {"陵川县王莽岭锡崖沟景区"}


def test_a_workshop_named_after_its_community_is_a_body(extract_text):
    """李某（某镇某社区擂茶坊）(the tagger's one word 擂茶坊 right after the community): a small
    maker, a body; a bare 小作坊 names none."""
    facts = extract_text("李金生（杉城镇南会社区擂茶坊）获得二等奖。", region="三明市")
    assert any(n.endswith("南会社区擂茶坊") for n in names(facts, "Organization"))
    assert not names(extract_text("他关停了3家小作坊。"), "Organization")
