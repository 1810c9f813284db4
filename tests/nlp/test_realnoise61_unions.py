"""Unions of real union news read as a grammar (realnoise61; all lines invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("江北区首家商圈联合工会正式成立", "商圈联合工会"),
        ("全市首个网约车司机工会联合会在东湖街道成立。", "网约车司机工会联合会"),
        ("全省第一家楼宇工会联合会挂牌。", "楼宇工会联合会"),
    ],
)
def test_a_kind_of_union_counted_or_ranked_is_no_union(labelled, text, kind) -> None:
    """首家商圈联合工会: the kind of union the text describes (its name comes next, or never)."""
    assert kind not in labelled(text, "UNION")


def test_a_union_named_after_its_rank_keeps_its_name(labelled) -> None:
    """首家|某区某行业工会联合会: an area opens the name, so the rank word describes a named union."""
    assert "宝安区网约车司机工会联合会" in labelled("全市首家宝安区网约车司机工会联合会成立。", "UNION")


@pytest.mark.parametrize(
    "text",
    [
        "岳阳市云溪区一家化工公司经区总工会批准成立工会。",
        "衡阳市一家物流有限公司的工会主席介绍了经验。",
    ],
)
def test_a_body_counted_after_its_area_is_no_name(labelled, text) -> None:
    """某区一家化工公司: one company of the area described, none named (汉藏一家亲…有限公司,
    no area before 一家, keeps its trade name)."""
    assert not [o for o in labelled(text, "ORG") if "一家" in o]


def test_a_trade_name_holding_the_counting_word_is_a_name(labelled) -> None:
    assert "藏汉一家亲文化传播有限公司" in labelled("藏汉一家亲文化传播有限公司承办活动。", "ORG")


def test_a_name_ending_in_a_city_before_a_listed_union_is_no_list_item(labelled) -> None:
    """副主席李包头、某区总工会: the person's name ends in a city's (包头), but only the item right
    before the shared ending may be an area the tagger glued into a word (丰台两区); an earlier
    one is an area read as one, so no 包头总工会."""
    unions = labelled("新城区总工会副主席赵包头、回民区总工会主席孙长沙等受到表彰。", "UNION")
    assert unions == {"新城区总工会", "回民区总工会"}, sorted(unions)
    assert {"海淀", "丰台"} <= labelled("海淀、丰台两区总工会联合举办活动。", "UNION")


def test_a_numbered_line_is_part_of_a_works_units_union(labelled) -> None:
    """某公司地铁3号线项目部工会: the line's number (read as a numeral) is inside the name."""
    text = "6月9日，中铁十五局集团第二工程有限公司地铁3号线项目部工会开展慰问。"
    assert "中铁十五局集团第二工程有限公司地铁3号线项目部工会" in labelled(text, "UNION")
