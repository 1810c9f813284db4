"""A bureau's division named right after the bureau (市城管局环卫处副处长X): the office is the
bureau's, the division written with the title, as a provincial department's division is.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_bureaus_division_head_holds_the_office_at_the_bureau(extract_text):
    found = posts(extract_text("杭州市城市管理局环卫处副处长蔺晓东参加慰问活动。\n", region="杭州市"))
    assert found == {("蔺晓东", "杭州市城市管理局", "环卫处副处长")}


def test_a_bureaus_section_stays_a_body_of_its_own(extract_text):
    found = posts(extract_text("杭州市人社局劳动关系科科长滕思远参加活动。\n", region="杭州市"))
    assert not any(body.endswith("局") for _n, body, _r in found), found
