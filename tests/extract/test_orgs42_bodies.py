"""Bodies of session 42's organisation family, on invented articles run through NLP and
extraction."""

from __future__ import annotations


def _names(facts, cls: str) -> set[str]:
    return {ref.name for ref in facts.entities if ref.cls == cls}


def _placed(facts) -> set[tuple[str, str]]:
    """(body, area) of each locatedIn, said as a relation or by the body's name."""
    told = {(r.subject.name, r.object.name) for r in facts.relations if r.pred == "locatedIn"}
    return told | {(ref.name, info.located_in.name) for ref, info in facts.entities.items() if info.located_in}


def test_a_firm_registered_under_its_citys_short_name_after_its_town(extract_text):
    """震泽镇|吴江恒达丝绸有限公司: the firm's registered name opens with the short name of the
    district holding the town written before it; the firm is named from there and lies in
    the town."""
    facts = extract_text("受表彰的有震泽镇吴江恒达丝绸有限公司技术员柏文军等10名职工。", region="苏州市")
    assert "吴江恒达丝绸有限公司" in _names(facts, "Organization")
    assert ("吴江恒达丝绸有限公司", "震泽镇") in _placed(facts)

