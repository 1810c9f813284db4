"""Areas of development-zone news (realnoise61; all lines invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "3月2日，合肥经济技术开发区总工会联合开发区社会事务局开展送温暖活动。",
        "4月8日，郑州经济技术开发区总工会联合开发区人力资源局举办招聘会。",
    ],
)
def test_a_zones_union_joined_to_the_zones_bureau_is_no_zone(labelled, text) -> None:
    """某开发区总工会联合开发区某局: a body, a joining verb and the zone's own bureau; the words
    from the zone's name to the second 开发区 name no zone."""
    areas = labelled(text, "AREA")
    assert not [a for a in areas if "工会" in a], sorted(areas)
