"""Family names: one Tibetan name word between a quotation's close and a verb of saying is
the speaker, a person (kg.nlp.sounded_names ``quoted_speakers``)."""

from __future__ import annotations

import pytest

SPEAKERS = [
    # (invented) the tagger reads 尼玛 as a noun (it names a county too)
    ("“以前冬天干活手都冻僵了，现在能进来喝口热水。”尼玛说。", {"尼玛"}),
    ("“我们要把服务送到工地上。”，尼玛表示。", {"尼玛"}),
]


@pytest.mark.parametrize(("text", "want"), SPEAKERS)
def test_a_quoted_speaker_of_one_name_word_is_a_person(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_a_quoted_speaker_after_a_verb_of_saying_is_no_quoted_speaker(labelled) -> None:
    # (invented) 说明 is no verb of saying after a speaker: a word of 尼玛 the place stays no name
    assert "尼玛" not in labelled("会上播放了“冬日送暖”短片，尼玛说明书已印发。", "PERSON")
