"""The index of merged events: found by the ends of their names, in reading order."""

from __future__ import annotations

from kg.extract.event_index import MergedEvents
from kg.model.evidence import Evidence
from kg.model.facts import EntityRef, EventFact


def event(name: str, at: int) -> EventFact:
    return EventFact(EntityRef("Event", name), name, Evidence("a#0", at, at + len(name), name))


def test_events_that_end_alike_come_in_reading_order():
    merged = MergedEvents()
    contest, drills, fair = event("职工技能大赛", 0), event("岗位练兵技能大赛", 10), event("健康市集活动", 20)
    for f in (contest, drills, fair):
        merged.append(f)
    assert merged.ending_with(["技能大赛", "大赛"]) == [contest, drills]
    assert merged.ending_with(["市集活动"]) == [fair]
    assert merged.ending_with(["决赛"]) == []


def test_a_name_is_found_exactly_and_not_as_a_tail():
    merged = MergedEvents()
    long_, short = event("第三届职工技能大赛", 0), event("职工技能大赛", 5)
    merged.append(long_)
    merged.append(short)
    assert merged.named(["职工技能大赛"]) == [short]


def test_a_renamed_event_is_found_by_its_new_name_only():
    merged = MergedEvents()
    f = event("送温暖活动", 0)
    merged.append(f)
    f.ref = EntityRef("Event", "冬季送温暖慰问活动")
    merged.renamed(f)
    assert merged.named(["冬季送温暖慰问活动"]) == [f]
    assert merged.named(["送温暖活动"]) == []  # the old name's entries stay, tested against the name it has
    assert merged.ending_with(["慰问活动"]) == [f]


def test_joined_names_are_kept_apart():
    merged = MergedEvents()
    joined = event("会员代表大会暨职工代表大会", 0)
    merged.append(event("表彰大会", 3))
    merged.append(joined)
    assert merged.joined() == [joined]
