"""Family events: an adjective of a name's noun after a month or a season (3月大型招聘会, 春季
大型招聘会暨…) is in the name, and so is the month (kg.nlp.events, the name's left edge)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event_names


@pytest.mark.parametrize("front", ["4月", "秋季"])
def test_a_months_fair_keeps_its_front(extract_text, front):
    # (invented) a fair named by its month or season and a size
    facts = extract_text(f"4月12日，松河县总工会举办{front}大型招聘会暨“金秋送岗”专场活动，共有40家企业进场。")
    assert f"{front}大型招聘会暨“金秋送岗”专场活动" in event_names(facts)


def test_a_months_fair_alone_is_an_event(extract_text):
    # (invented) without 暨: the month's fair is still read
    facts = extract_text("4月12日，松河县总工会举办4月大型招聘会，共有40家企业进场。")
    assert "4月大型招聘会" in event_names(facts)
