"""Entities read by their grammar (session 54), on invented text.

A. A company whose own name opens with the name of a town the page names (某省浩川某某有限公司
   beside 浩川镇) lies in that town.
B. A community's committee written short and in full (某社区居委会 … 某社区居民委员会) is one body.
C. A union's unit named by a bare level word and the union (县总工会职工服务中心) that acts is
   the unit of the union the level names.
"""

from __future__ import annotations

from kg.gazetteer.names import name_forms
from tests.extract.facts_view import names, parents, placed


def test_a_company_named_after_its_town_lies_in_it(extract_text):
    facts = extract_text(
        "5月6日，县总工会一行来到红毛镇，为琼中红毛云雾茶业有限公司职工书屋揭牌，并看望慰问一线职工。",
        region="琼中黎族苗族自治县",
    )
    assert ("琼中红毛云雾茶业有限公司", "红毛镇") in placed(facts)


def test_a_company_not_named_after_the_town_stays_unplaced(extract_text):
    facts = extract_text(
        "5月6日，县总工会一行来到红毛镇，为琼中南岭绿茶有限公司职工书屋揭牌。",
        region="琼中黎族苗族自治县",
    )
    assert not any(body == "琼中南岭绿茶有限公司" for body, _ in placed(facts))


def test_a_residents_committee_short_and_in_full_is_one_body(extract_text):
    facts = extract_text(
        "7月8日，由街道总工会主办，桂花路社区居委会承办的托管班开班。"
        "桂花路社区党委书记、居委会主任李小梅参加开班仪式。",
        region="吉州区",
    )
    bodies = names(facts, "Organization")
    assert "桂花路社区居民委员会" in bodies
    assert "桂花路社区居委会" not in bodies


def test_a_level_unions_unit_that_acts_is_the_unions(extract_text):
    facts = extract_text(
        "4月20日，县总工会在东关镇举办技能比赛。县总工会职工服务中心还在现场为职工提供免费体检服务。",
        region="化隆回族自治县",
    )
    units = {(u, p) for u, p in parents(facts) if u.endswith("职工服务中心")}
    assert units and all(p.endswith("县总工会") and len(p) > 4 for _, p in units), units


def test_a_long_stem_of_an_autonomous_county_is_written_by_two_characters():
    regular, _ = name_forms("前郭尔罗斯蒙古族自治县", "county", "220721")
    assert {"前郭县", "前蒙县"} <= regular
    regular, _ = name_forms("杜尔伯特蒙古族自治县", "county", "230624")
    assert "杜蒙县" in regular
    regular, _ = name_forms("大厂回族自治县", "county", "131028")
    assert "大回县" not in regular  # a stem of two is written whole (大厂县)


def test_a_company_named_after_a_towns_river_is_not_placed_in_the_town(extract_text):
    facts = extract_text(
        "5月6日，县总工会一行来到红毛镇，为琼中红毛河漂流旅游有限公司职工书屋揭牌。",
        region="琼中黎族苗族自治县",
    )
    assert not any(body == "琼中红毛河漂流旅游有限公司" for body, _ in placed(facts))


def test_a_town_named_only_inside_a_unions_name_places_no_firm(extract_text):
    facts = extract_text(
        "3月11日，红毛镇总工会走进琼中红毛云雾茶业有限公司开展普法宣讲。",
        region="琼中黎族苗族自治县",
    )
    assert not any(body == "琼中红毛云雾茶业有限公司" for body, _ in placed(facts))
