"""kg.nlp.registered_stems: a firm's registered name opening with its city's short name."""

from __future__ import annotations


def test_the_short_name_of_an_area_holding_the_town_before_it_is_an_area(find):
    assert ("吴江", "AREA", "short") in find("受表彰的有震泽镇吴江恒达丝绸有限公司技术员柏文军。")


def test_a_short_name_of_an_area_not_holding_the_town_stays_in_the_trade_name(find):
    """震泽镇开平恒达…: 开平 holds no 震泽镇, a syllable of the trade name, no area."""
    assert ("开平", "AREA", "short") not in find("受表彰的有震泽镇开平恒达丝绸有限公司技术员柏文军。")
