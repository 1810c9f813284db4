"""A village's or a community's party branch (党总支, 党支部) glued to its name is a body of
its own, 中共X村总支部委员会, where its secretary holds the office — not the area.
All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_villages_party_branch_holds_its_secretarys_office(extract_text):
    facts = extract_text("镇总工会主席韦德江，北坡镇大河村党总支书记蓝海生出席活动。", region="湛江市遂溪县")
    assert ("蓝海生", "中共大河村总支部委员会", "书记") in posts(facts)
    assert not any(body == "大河村" for _, body, _ in posts(facts))


def test_a_communitys_party_branch_takes_the_deputy_too(extract_text):
    facts = extract_text("北坡镇石门社区党支部副书记黎小燕为职工送上慰问品。", region="湛江市遂溪县")
    assert ("黎小燕", "中共石门社区支部委员会", "副书记") in posts(facts)


def test_a_communitys_party_committee_is_still_its_own(extract_text):
    # (社区 as a level word must not hide 区 + 党委: 中共X社区委员会, as before)
    facts = extract_text("北坡镇石门社区党委书记黎小燕为职工送上慰问品。", region="湛江市遂溪县")
    assert ("黎小燕", "中共石门社区委员会", "书记") in posts(facts)
