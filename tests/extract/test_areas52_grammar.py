"""Areas read by their grammar (session 52): the level word 市 on the page of a town in a
county-level city that no city of a prefecture's rank holds."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names


@pytest.mark.parametrize(
    ("text", "region", "union"),
    [
        ("上午，镇总工会干部到市总工会参加全市工会工作例会，市总工会党组书记温立川讲话。", "南圣镇", "五指山市总工会"),
        ("市总工会副主席柯映雪一行来到镇里，看望慰问一线养护工人。", "茫崖镇", "茫崖市总工会"),
    ],
)
def test_a_towns_page_calls_its_county_level_city_shi(extract_text, text, region, union):
    """市总工会 on the page of a town (南圣镇 of 五指山市, a city the province holds directly; 茫崖
    of a 州): no city of a prefecture's rank ending in 市 holds the town, so 市 is the county-level
    city's, one body with its full name — not a body of its own on every page."""
    unions = names(extract_text(text, region=region), "TradeUnion")
    assert union in unions, unions
    assert "市总工会" not in unions, unions


@pytest.mark.parametrize(
    ("text", "union"),
    [
        (
            "开幕式上，市委常委、市总工会主席乌兰其其格致辞。本次展览由德令哈市总工会主办，德令哈市职工服务中心承办。",
            "德令哈市总工会",
        ),
        ("市总工会党组书记龚晓帆主持会议。会议地点：阿图什市总工会五楼。", "阿图什市总工会"),
    ],
)
def test_shi_before_the_one_county_level_city_is_named_is_that_city(extract_text, text, union):
    """市总工会 written before the page names its city, the one city it names a county-level one
    (德令哈市 of a 州): its own page calls it 市 first — the same union, not a body apart."""
    unions = names(extract_text(text), "TradeUnion")
    assert union in unions, unions
    assert "市总工会" not in unions, unions
