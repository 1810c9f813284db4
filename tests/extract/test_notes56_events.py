"""A staff member's working notes (session 56): the key to their short forms.

- G1 缩写 = 全称 on a notes page's key (集协 = 集体协商): the expansion defines a word, it
  names no event held; the same name told as done stays an event.

Every case is invented (no line comes from a corpus page).
"""

from __future__ import annotations

from tests.extract.facts_view import event_names


def test_a_short_forms_expansion_is_no_event(extract_text):
    facts = extract_text("## 缩写备忘\n\n- 县总 = 县总工会；集协 = 集体协商\n", headline="5月工作笔记", region="普洱市")
    assert not any("集体协商" in n for n in event_names(facts))


def test_the_same_name_told_as_held_is_an_event(extract_text):
    facts = extract_text(
        "5月9日，县总工会在县职工服务中心组织开展集体协商。\n", headline="5月工作笔记", region="普洱市"
    )
    assert any("集体协商" in n for n in event_names(facts))
