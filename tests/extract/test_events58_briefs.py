"""Family events: a digest's brief (■ …, among briefs of what was done) whose verb a word of
planning puts ahead tells of a plan, no event held (kg.extract.scheduled ``_digest_brief``)."""

from __future__ import annotations

from tests.extract.facts_view import event_names

DIGEST = (
    "■5月中旬，松江市总工会将组织30名劳动模范赴白云县开展疗休养活动。\n\n"
    "■日前，松江市教育工会举办教职工合唱比赛，共有12支队伍参赛。"
)


def test_a_digests_brief_of_what_is_to_come_is_a_plan(extract_text):
    # (invented) the column's other brief tells what was done, undated
    names = event_names(extract_text(DIGEST))
    assert not any("疗休养" in n for n in names)
    assert any("合唱比赛" in n for n in names)


def test_a_brief_alone_is_a_notice_and_keeps_its_event(extract_text):
    # (invented) one line, no digest around it: an announcement of what is held
    names = event_names(extract_text("5月中旬，松江市总工会将组织30名劳动模范赴白云县开展疗休养活动。"))
    assert any("疗休养" in n for n in names)
