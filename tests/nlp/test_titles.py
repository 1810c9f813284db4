"""kg_titles (kg.nlp.titles)."""

from __future__ import annotations


def test_the_longest_title_at_a_place_with_its_kind(find):
    found = find("副主席黄山出席会议。")
    assert ("副主席", "TITLE", "post") in found
    assert not any(t == "主席" for t, _, _ in found)
