"""kg_events (kg.nlp.events)."""

from __future__ import annotations


def test_an_event_head_and_the_words_before_it(labelled):
    assert labelled("郑州宏达机械有限公司举办技能比赛。", "EVENT") == {"技能比赛"}


def test_an_ordinal_is_part_of_the_name(labelled):
    assert labelled("第三届职工技能大赛在郑州举行。", "EVENT") == {"第三届职工技能大赛"}


def test_a_quoted_name_is_part_of_the_event(labelled):
    assert labelled("开展“安康杯”知识竞赛。", "EVENT") == {"“安康杯”知识竞赛"}


def test_a_short_aside_in_brackets_is_part_of_the_event(labelled):
    assert labelled("召开全体（扩大）会议。", "EVENT") == {"全体（扩大）会议"}


def test_a_determiner_points_at_an_event_without_naming_it(labelled):
    assert labelled("工会组织了系列讲座。", "EVENT") == set()


def test_a_descriptor_does_not_open_an_event_name(labelled):
    assert labelled("举办全市职工技能竞赛。", "EVENT") == {"职工技能竞赛"}


def test_a_verb_phrase_pattern(find):
    assert ("走访慰问困难职工", "EVENT", "verb") in find("2024年5月1日，职工们走访慰问困难职工。")


def test_an_event_inside_a_bodys_name_is_part_of_that_name(labelled):
    assert labelled("郑州市总工会职工技能比赛中心开放。", "EVENT") == set()


def test_a_body_before_the_event_is_part_of_its_name(labelled, tagged_mentions):
    assert labelled("郑州市总工会职工技能大赛开幕。", "EVENT") == {"郑州市总工会职工技能大赛"}
    # the walk takes the whole union, whatever the tags of its words (联合 is a verb)
    union = [("郑州市", "LOC"), ("建筑业", "n"), ("工会", "n"), ("联合", "v"), ("会", "n")]
    found = tagged_mentions(*union, ("职工", "n"), ("技能", "n"), ("大赛", "n"), ("开幕", "v"))
    assert ("郑州市建筑业工会联合会职工技能大赛", "EVENT", "") in found
