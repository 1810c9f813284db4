"""Person names of session 57: a two-character word the tagger reads as a name, with no
surname before and an occupation's ending after (a grower by his crop: 菇农, 椒农), is a role
noun, no one; the adverb 已 closes a name the tagger cut short before it (…安立|军|已调任).
All texts invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "“这几年镇里的香菇合作社都建了工会，菇农从单打独斗变成了抱团取暖。”镇总工会主席韦丽萍说。",
        "“合作社成立后，椒农的收入翻了一番。”县总工会主席韦丽萍说。",
    ],
)
def test_a_growers_word_without_a_surname_is_no_name(labelled, text: str) -> None:
    assert labelled(text, "PERSON") == {"韦丽萍"}


def test_a_name_cut_short_before_already_is_whole(labelled) -> None:
    text = "她的前任、原街道总工会主席安立军已调任区总工会副主席。"
    assert "安立军" in labelled(text, "PERSON")
