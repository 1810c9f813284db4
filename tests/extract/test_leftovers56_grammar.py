"""Constructions earlier sessions left misread (leftovers56), the extractors' part.

A. Counties listed by their short names and closed by 等县 before one 总工会 (甲山、乙安等县
   总工会) are each the county's federation; a county's short name before 总工会 alone (乙安
   总工会) is the same federation, named in full.
"""

from __future__ import annotations

from tests.extract.facts_view import names, placed


def test_counties_listed_short_before_deng_xian_are_each_a_countys_union(extract_text) -> None:
    facts = extract_text("11月3日，铅山、弋阳、横峰等县总工会的负责人来到市总工会交流经验。")
    unions = names(facts, "TradeUnion")
    assert {"铅山县总工会", "弋阳县总工会", "横峰县总工会"} <= unions, unions
    assert ("弋阳县总工会", "弋阳县") in placed(facts)


def test_a_countys_short_name_before_zong_gong_hui_is_its_federation(extract_text) -> None:
    facts = extract_text("座谈会上，横峰总工会和弋阳县总工会分别介绍了建设职工驿站的做法。")
    unions = names(facts, "TradeUnion")
    assert "横峰县总工会" in unions and "横峰总工会" not in unions, unions
    assert ("横峰县总工会", "横峰县") in placed(facts)
