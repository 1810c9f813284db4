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


def test_a_venue_in_brackets_after_a_persons_name_is_the_persons_unit(extract_text):
    """获得提名奖的是：王某（某镇快递服务站）: the brackets give where the person works, an
    organisation, not a place; no locatedIn to the town from the name alone."""
    facts = extract_text(
        "获得提名奖的是：柏青山（东原市第二人民医院）、韦晓梅（河西区南湖街道便民服务中心）。", region="南京市"
    )
    refs = {(ref.cls, ref.name): info for ref, info in facts.entities.items()}
    hits = [(cls, name) for cls, name in refs if name.endswith("南湖街道便民服务中心")]
    assert hits and all(cls == "Organization" for cls, _ in hits)
    assert all(refs[h].located_in is None for h in hits)


def test_a_venue_where_something_is_held_stays_a_place(extract_text):
    facts = extract_text("3月1日，河西区总工会在南湖街道便民服务中心举办法律讲座。", region="南京市")
    assert "Place" in {ref.cls for ref in facts.entities if ref.name.endswith("南湖街道便民服务中心")}


def test_a_company_named_before_is_placed_by_its_site_after_an_area(extract_text):
    """在樟树镇|湖南某某有限公司|生产基地举行: the area before the site's company is where the
    company is, also when the article named the company before (in a schedule's row)."""
    facts = extract_text(
        "3月1日，律师团在县工业园区湖南宏达机械有限公司开展法律咨询。"
        "3月5日，全县职工技能比武在樟树镇湖南宏达机械有限公司生产基地举行，36名职工参加。",
        region="湘阴县",
    )
    placed = {(r.subject.name, r.object.name) for r in facts.relations if r.pred == "locatedIn"}
    assert ("湖南宏达机械有限公司", "樟树镇") in placed
