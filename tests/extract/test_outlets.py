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


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("青溪市白鹭管理区", "白鹭管理区"),  # a proper name after the parent's: read without it
        ("青溪白鹭新区", "白鹭新区"),  # after the parent's short name
        ("青溪市现代农业示范区", None),  # a description: only ever written whole
        ("青溪满族自治县", None),  # named after its city, not written with it
        ("白鹭管理区", None),  # no parent's name to drop
    ],
)
def test_a_county_written_with_its_parents_name(name, rest):
    from kg.gazetteer.names import parent_free

    assert parent_free(name, "county", {"青溪市", "青溪"}) == rest


def test_the_registry_reads_such_a_county_without_its_parents_name(gaz):
    (area,) = gaz.lookup("察北管理区")
    assert area.name.endswith("察北管理区") and area.name != "察北管理区"
