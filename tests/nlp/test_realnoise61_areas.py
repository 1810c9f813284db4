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


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("新化县圳上镇石枧冲村村支两委和村民代表来到县总工会。", "石枧冲村"),
        ("清塘镇花园村村两委班子成员参加了活动。", "花园村"),
        ("县总工会到沙坪镇新村村走访。", "新村村"),
    ],
)
def test_a_village_before_its_bodys_village_word_ends_at_its_head(labelled, text, village) -> None:
    """某村村支两委, read by the tagger as one word: the village ends at its head, the head
    written again opens its body (村两委, 村委会); a village whose stem is one character and
    the head (新村村) keeps the whole name."""
    areas = labelled(text, "AREA")
    assert village in areas, sorted(areas)
    assert not [a for a in areas if a.startswith(village) and a != village], sorted(areas)
