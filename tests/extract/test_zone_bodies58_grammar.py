"""Family bodies: a development zone the registry lacks, then its bodies (kg.nlp.gov_bodies
``_zone_bodies``, kg.extract.unnamed_area_bodies ``zone_body``): the chain of its party working
committee's and administrative committee's titles reads both offices, named as printed."""

from __future__ import annotations

from tests.extract.facts_view import posts


def test_a_zone_nobody_lists_holds_both_committees_of_a_chain(extract_text):
    # (invented) 松林高新区: no area of the registry opens it
    facts = extract_text("4月12日，松林高新区党工委书记、管委会主任郑德文出席座谈会。")
    assert ("郑德文", "松林高新区党工委", "书记") in posts(facts)
    assert ("郑德文", "松林高新区管委会", "主任") in posts(facts)


def test_a_zone_opened_by_a_name_of_many_areas_is_read_as_printed(extract_text):
    # (invented) 青山 names several areas and the page picks none: the zone's bodies as printed
    facts = extract_text("4月12日，青山高新区党工委书记、管委会主任郑德文出席座谈会。")
    assert ("郑德文", "青山高新区党工委", "书记") in posts(facts)
    assert ("郑德文", "青山高新区管委会", "主任") in posts(facts)


def test_a_bare_body_after_a_company_is_no_zones(extract_text):
    # (invented) a company's party committee, then a bare 管委会: no zone's name before it
    facts = extract_text("4月12日，松林机械有限公司党委书记、管委会主任郑德文出席座谈会。")
    assert not any(body.endswith("管委会") and body.startswith("松林机械") for _p, body, _r in posts(facts))
