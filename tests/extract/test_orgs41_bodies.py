"""Bodies of session 41's organisation family, on invented articles run through NLP and
extraction."""

from __future__ import annotations


def _names(facts, cls: str) -> set[str]:
    return {ref.name for ref in facts.entities if ref.cls == cls}


def test_a_party_committees_taiwan_office_written_short(extract_text):
    """市委台办 is the committee's 台湾工作办公室, a department; the committee itself is
    written only inside it, so it is no body of its own here."""
    facts = extract_text("市总工会主席韦立山、市委台办主任柏晓云出席会议。", region="泉州市")
    orgs = _names(facts, "Organization")
    assert "中共泉州市委台湾工作办公室" in orgs
    assert "中共泉州市委员会" not in orgs
