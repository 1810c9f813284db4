"""The area an outlet is named after (issue 12, round 4), as evidence of the page's
region: after a media app's prefix word (云上某某) and as a bare county stem before a
local outlet's head (某某融媒体中心), but not as a stem opening a national paper's name.

Outlet names are invented around real areas of the registry (the registry is the data).
"""

from __future__ import annotations

import pytest

from kg.extract.page import outlet_place
from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("outlet", "area"),
    [
        ("云上婺源", "婺源县"),  # a prefix word, then the county's bare stem
        ("掌上德清", "德清县"),
        ("智慧桐庐县", "桐庐县"),  # a prefix word, then the full name
        ("安吉融媒体中心", "安吉县"),  # a bare stem before a local outlet's head
        ("安吉县融媒体中心", "安吉县"),
    ],
)
def test_the_area_an_outlet_is_named_after(gaz, outlet, area):
    code = outlet_place(outlet, gaz)
    assert code is not None and gaz.get(code).name == area


@pytest.mark.parametrize("outlet", ["光明日报", "德清晚报网", "云上青溪"])
def test_no_area_from_a_stem_opening_a_paper_or_from_no_area(gaz, outlet):
    assert outlet_place(outlet, gaz) is None
