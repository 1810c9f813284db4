"""Bodies of session 42's organisation family, on invented articles run through NLP and
extraction."""

from __future__ import annotations

from tests.extract.facts_view import names, placed


def test_a_firm_registered_under_its_citys_short_name_after_its_town(extract_text):
    """震泽镇|吴江恒达丝绸有限公司: the firm's registered name opens with the short name of the
    district holding the town written before it; the firm is named from there and lies in
    the town."""
    facts = extract_text("受表彰的有震泽镇吴江恒达丝绸有限公司技术员柏文军等10名职工。", region="苏州市")
    assert "吴江恒达丝绸有限公司" in names(facts, "Organization")
    assert ("吴江恒达丝绸有限公司", "震泽镇") in placed(facts)


def test_a_subsidiary_set_off_by_its_kind_word_belongs_to_the_defined_company(extract_text):
    """（…，以下简称“公司”） … 位于某街道的全资子公司某某有限公司: the description is no part of
    the name (no body 全资子公司), the subsidiary belongs to the company the text defined as
    公司, even inside a bracket of other clauses, and lies in the street."""
    facts = extract_text(
        "3月2日，泰宁恒远机械股份有限公司（证券简称：恒远机械，以下简称“公司”）召开职工代表大会。"
        "合同适用于公司本部及位于武进区湖塘镇的全资子公司泰宁恒远铸造有限公司的全体职工。",
        region="常州市",
    )
    orgs = names(facts, "Organization")
    assert "泰宁恒远铸造有限公司" in orgs
    assert not any(name.startswith("全资") for name in orgs)
    sub = facts.entities[next(ref for ref in facts.entities if ref.name == "泰宁恒远铸造有限公司")]
    assert sub.parent is not None and sub.parent.name == "泰宁恒远机械股份有限公司"
    assert ("泰宁恒远铸造有限公司", "湖塘镇") in placed(facts)


def test_a_venue_placed_by_a_clause_in_brackets_after_its_floor(extract_text):
    """地点：某区职工服务中心4楼（在某街道，区总工会那栋楼）: the bracket after the floor says
    where the venue is, in a clause of its own."""
    facts = extract_text(
        "10月8日，芦淞区总工会举办职工读书会。地点：芦淞区职工服务中心3楼（在建设街道，区总工会那栋楼）。",
        region="株洲市",
    )
    assert ("芦淞区职工服务中心", "建设街道") in placed(facts)
