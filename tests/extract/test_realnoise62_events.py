"""Events of real union news read as a grammar (realnoise62; names invented, areas real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import check_event


@pytest.mark.parametrize(
    ("clause", "count"),
    [
        ("此次慰问活动惠及全县公益性岗位人员96人、城管和环卫工人41人，共慰问137人", 137),
        ("此次活动看望环卫工人41人、困难职工20人，累计走访慰问困难职工61人", 61),
    ],
)
def test_the_sum_of_those_visited_is_the_count(extract_text, clause, count):
    """…A 96人、B 41人，共慰问137人: the sum, with its verb of visiting between, not its first part."""
    body = f"2月3日，三都水族自治县总工会开展“三大节日”慰问活动。{clause}。"
    facts = extract_text(body, region="黔南布依族苗族自治州", date="2026-02-05")
    check_event(facts, {"ev": "慰问活动", "count": count})
