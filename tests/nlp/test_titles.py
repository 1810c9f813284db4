"""kg_titles (kg.nlp.titles)."""

from __future__ import annotations


def test_the_longest_title_at_a_place_with_its_kind(find):
    found = find("副主席黄山出席会议。")
    assert ("副主席", "TITLE", "post") in found
    assert not any(t == "主席" for t, _, _ in found)


def test_a_qualifier_makes_a_kind_of_the_title(labelled):
    assert "挂职副主席" in labelled("会上，挂职副主席黄山发言。", "TITLE")
    assert "名誉主席" in labelled("名誉主席黄山出席会议。", "TITLE")


def test_an_organ_of_the_body_and_a_suffix_are_part_of_the_title(labelled):
    found = labelled("远大科技有限公司纪委书记黄山、总经理助理李静出席会议。", "TITLE")
    assert {"纪委书记", "总经理助理"} <= set(found)


def test_a_title_word_opening_a_bodys_name_is_no_title(labelled):
    found = labelled("区人大常委会召开会议，区总工会女职工委员会成立。", "TITLE")
    assert not {"常委", "委员"} & set(found)


def test_a_qualifier_apart_only_after_a_mark(labelled):
    assert "常委副主席" in labelled("区总工会党组副书记、常委副主席黄山出席会议。", "TITLE")
    assert "常委副主任" not in labelled("省人大常委副主任黄山出席会议。", "TITLE")
