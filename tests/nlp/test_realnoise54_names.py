"""Words of Hong Kong and Macao union news the tagger reads as a name (all lines invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["荃湾劳工中心举办职安健讲座", "工会上周六举办职安健讲座，由主席邝志荣主持。"])
def test_the_short_word_for_safety_and_health_is_no_one(labelled, text) -> None:
    assert "职安健" not in labelled(text, "PERSON")


@pytest.mark.parametrize(
    "text", ["氹仔坊会举办职工康体日", "坊会于五月三日在中央公园举办职工康体日，吸引逾二百名会员参加。"]
)
def test_a_day_of_recreation_and_sport_is_no_one(labelled, text) -> None:
    assert "康体日" not in labelled(text, "PERSON")
