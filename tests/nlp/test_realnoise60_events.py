"""Events' names as real union news writes around them (realnoise60; invented text)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("caption", ["图为活动现场。", "图为活动现场。（区总工会供图）"])
def test_a_captions_picture_word_opens_no_events_name(find, caption):
    # (invented) 图为活动现场: the picture shows the scene; 图为活动 is no event's name
    text = f"7月9日，青川县总工会举办职工趣味运动会。{caption}"
    events = {t for t, label, _ in find(text) if label == "EVENT"}
    assert not {t for t in events if t.startswith("图")}, events
    assert "职工趣味运动会" in events
