"""A party sent on a trip, made up of N people (率领由30人组成的代表团赴…): they take part in
what it goes to do; a panel made up of N (评审委员会由5人组成) stays no count of who took part.

All lines are invented; no name or sentence here comes from a real page.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import event


@pytest.mark.parametrize("party", ["由30人组成的代表团", "由30名职工组成的考察团"])
def test_a_party_made_up_of_n_counts_who_took_part(extract_text, party):
    facts = extract_text(
        f"2026年9月2日，杭州市总工会副主席宓文涛率领{party}赴嘉兴市开展学习考察活动。", region="杭州市"
    )
    assert event(facts, "学习考察活动").count[0] == 30


def test_a_panel_made_up_of_n_is_no_count(extract_text):
    facts = extract_text("2026年9月2日，杭州市总工会举办职工技能竞赛，评审委员会由5人组成。", region="杭州市")
    assert event(facts, "职工技能竞赛").count is None
