"""Names of session 56: a verb said twice round 一 (扫一扫, 看一看: A一A) opening a quoted
remark is no one's name, however the tagger reads it.

All sentences here are invented."""

from __future__ import annotations

import pytest

from kg.nlp.name_checks import plausible_name


@pytest.mark.parametrize("word", ["扫一扫", "看一看", "试一试", "走一走"])
def test_a_verb_said_twice_round_yi_is_no_name(word: str) -> None:
    assert not plausible_name(word)


def test_a_name_with_yi_inside_is_still_one() -> None:
    assert plausible_name("林一帆") and plausible_name("白一白") is False


def test_a_remark_opening_with_a_doubled_verb_names_only_the_speaker(labelled) -> None:
    text = "“扫一扫就入会了，以后有事找工会！”5月6日上午，快递员柯明远在驿站扫码入会。"
    assert labelled(text, "PERSON") == {"柯明远"}
