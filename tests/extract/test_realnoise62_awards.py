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


def test_a_unit_glued_before_the_name_that_ends_a_labelled_item_leaves_the_name_the_holder(extract_text):
    """个人组二等奖：市民政局 孙立华；市人民法院赵梦涵: an item is the unit then the person; the
    unit written without a gap before the name is still the person's, who holds the prize."""
    body = (
        "5月30日，敦化市总工会举办职工诵读比赛。比赛结果如下：\n"
        "个人组一等奖：欧亚商厦刘佳琪\n"
        "个人组二等奖：市民政局 孙立华；市人民法院赵梦涵\n"
    )
    found = _awards(extract_text(body, region="延边朝鲜族自治州", date="2026-06-01"))
    assert {("刘佳琪", "个人组一等奖"), ("赵梦涵", "个人组二等奖"), ("孙立华", "个人组二等奖")} <= found, found
    assert not [n for n, _h in found if "法院" in n], found
