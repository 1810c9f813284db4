"""Awards of real union news read as a grammar (realnoise62; names invented)."""

from __future__ import annotations

import pytest


def _awards(facts) -> set[tuple[str, str]]:
    return {(ref.name, honour) for ref, honour, _ in facts.awards}


@pytest.mark.parametrize(
    "clause",
    [
        "李会林、孙长春分别获得二等奖、三等奖",
        "李会林、孙长春分获二等奖和三等奖",
        "硫酸厂李会林的作品《腾飞》及硫酸厂孙长春的作品《春晓》分获二等奖和三等奖",
    ],
)
def test_prizes_written_out_whole_go_one_to_one_with_the_names(extract_text, clause):
    """A、B分获二等奖和三等奖: the prizes listed whole, as 二、三等奖 is read, go to the names
    in order; the list read as one prize (二等奖和三等奖) is none."""
    found = _awards(extract_text(f"经过评比，{clause}。", date="2026-10-15"))
    assert {("李会林", "二等奖"), ("孙长春", "三等奖")} <= found, found
    assert not [h for _n, h in found if "和" in h], found
    assert ("孙长春", "二等奖") not in found, found
