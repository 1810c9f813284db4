"""Datelines of outlets no list knows (issue 12, round 4): a media app's name before
报道/讯/消息 and the bracketed credits is the article's outlet; a place there is not.

All bylines are invented.
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import byline_at_start


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("云上青溪报道：（记者 林一帆）5月3日，县总工会举办职工运动会。", "云上青溪"),
        ("掌上河湾消息（通讯员 王小明）近日，区总工会走访困难职工。", "掌上河湾"),
    ],
)
def test_an_unlisted_outlet_before_the_credits_is_the_outlet(line, outlet):
    c = byline_at_start(line)
    assert c is not None and c.outlet == outlet and c.reporters


@pytest.mark.parametrize(
    "line",
    [
        "德清讯（记者 林一帆）5月3日，县总工会举办职工运动会。",  # a county's stem: where, not who
        "杭州5月3日电（记者 林一帆）市总工会举办职工运动会。",  # a place and a date
    ],
)
def test_a_place_dateline_is_no_outlet(line):
    c = byline_at_start(line)
    assert c is not None and c.outlet is None and c.reporters == ["林一帆"]


def test_a_short_unknown_word_before_the_credits_stays_a_place():
    """Two characters no registry knows (a village, a hamlet) are a place's name, not an outlet's."""
    c = byline_at_start("青溪讯（记者 林一帆）5月3日，镇工会举办职工运动会。")
    assert c is not None and c.outlet is None
