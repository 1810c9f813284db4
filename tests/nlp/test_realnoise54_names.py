"""Words of Hong Kong union news the tagger reads as a name (all lines invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["荃湾劳工中心举办职安健讲座", "工会上周六举办职安健讲座，由主席邝志荣主持。"])
def test_the_short_word_for_safety_and_health_is_no_one(labelled, text) -> None:
    assert "职安健" not in labelled(text, "PERSON")
