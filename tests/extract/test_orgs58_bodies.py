"""Bodies, zones and cooperatives of session 58's pages (invented text).

A. A border economic cooperation zone (某某边境经济合作区) is a development zone: an area inside
   the city whose short form opens its name.
B. A zone named by a county's short form (某某经济开发区) in an item that names its county only
   as 县 is that county's zone when the page is about the county's prefecture or the county.
C. An outlet's name ending in 在线 (某某江在线) names no area, whatever area stem opens it.
D. A cooperative's trade (种植, 养殖) written right before its registered form is part of its
   name, which opens with the town before it.
"""

from __future__ import annotations

from tests.extract.facts_view import names, parents


def test_a_border_cooperation_zone_is_an_area_of_its_city(extract_text) -> None:
    facts = extract_text(
        "5月8日，东兴市总工会在东兴边境经济合作区的东兴鑫海食品有限公司职工之家举办职工读书会。", region="东兴市"
    )
    assert ("东兴边境经济合作区", "东兴市") in parents(facts)
    assert "东兴边境经济合作区" in names(facts, "AdministrativeArea")


def test_a_zone_named_by_the_pages_county_short_form(extract_text) -> None:
    facts = extract_text("3月2日，县总工会到凤冈经济开发区开展走访慰问活动。", region="遵义市")
    assert ("凤冈经济开发区", "凤冈县") in parents(facts)


def test_a_zone_of_a_county_far_from_the_page_is_no_area(extract_text) -> None:
    facts = extract_text("3月2日，县总工会到凤冈经济开发区开展走访慰问活动。", region="海东市")
    assert "凤冈经济开发区" not in names(facts, "AdministrativeArea")


def test_an_online_outlets_name_names_no_area(extract_text) -> None:
    facts = extract_text("市总工会开展送清凉活动，全市职工受益。\n（通化江在线记者 王晓兰）")
    assert "通化市" not in names(facts, "AdministrativeArea")


def test_a_cooperatives_trade_is_part_of_its_name(extract_text) -> None:
    facts = extract_text("大会上，青林镇红心猕猴桃种植农民专业合作社理事长赵家旺发言。", region="修文县")
    bodies = names(facts, "Organization")
    assert "青林镇红心猕猴桃种植农民专业合作社" in bodies
    assert "农民专业合作社" not in bodies
