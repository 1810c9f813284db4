"""Posts of real union news read as a grammar (realnoise62; names and bodies invented, areas real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts


@pytest.mark.parametrize(
    ("unit", "union"),
    [
        ("湄潭县档案馆", "湄潭县档案馆工会"),
        ("农行凯里市营盘坡支行", "农行凯里市营盘坡支行工会"),
        ("雷山县广播电视台", "雷山县广播电视台工会"),
    ],
)
def test_a_public_units_congress_elects_its_own_unions_chair(extract_text, unit, union):
    """某档案馆召开第一次工会会员大会，A当选为工会主席: a public service unit or a bank's branch
    holds its staff's congress as a company does; the bare 工会 is its own union."""
    body = f"12月4日，{unit}召开第一次工会会员大会，选举产生了第一届工会委员会。周晓梅当选为工会主席。"
    found = posts(extract_text(body, region="黔东南苗族侗族自治州", date="2026-12-06"))
    assert ("周晓梅", union, "主席") in found, found
