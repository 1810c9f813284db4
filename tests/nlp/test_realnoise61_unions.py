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
