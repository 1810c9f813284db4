"""Areas of a page and offices of session 56's pages (invented text).

A. A page's region goes down to the one county its names place inside the region (its
   towns, the county itself), whatever county elsewhere a worker comes from; the outlet's
   place, when above the region, says no less.
B. The reason for a move between a name and the verb of taking an office (A因工作调动，已任
   某镇党委副书记) leaves the office the name's.
"""

from __future__ import annotations

from collections import Counter

from tests.extract.facts_view import posts


def test_the_one_county_inside_the_region_is_the_pages_despite_a_county_elsewhere(gaz) -> None:
    from kg.extract.page import _one_county

    (county,) = [a for a in gaz.lookup("阜平县")]
    (elsewhere,) = [a for a in gaz.lookup("元阳县")]
    region = [a.code for a in reversed(gaz.chain(county.code)) if a.level in ("province", "prefecture")]
    found = _one_county(region, Counter({county.code: 2, elsewhere.code: 1}), gaz)
    assert found[-1] == county.code


def test_two_counties_inside_the_region_leave_it(gaz) -> None:
    from kg.extract.page import _one_county

    (county,) = [a for a in gaz.lookup("阜平县")]
    (other,) = [a for a in gaz.lookup("涞源县")]
    region = [a.code for a in reversed(gaz.chain(county.code)) if a.level in ("province", "prefecture")]
    assert _one_county(region, Counter({county.code: 2, other.code: 2}), gaz) == region


def test_a_move_for_work_before_the_new_office_keeps_it_the_names(extract_text) -> None:
    text = "原镇总工会主席王立新因工作调动，已任龙泉关镇党委副书记。"
    assert any(p == "王立新" and t == "副书记" for p, _body, t in posts(extract_text(text, region="保定市")))
