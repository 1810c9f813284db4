"""Yi (Nuosu) names as county union news writes them (realnoise63; invented names): a clan
name and a given-name word run together without a dot (clan 阿什, 马海; words 拉古, 日哈), read
whole, not cut at the fourth character."""

from __future__ import annotations

import pytest

from kg.ingest.name_syllables import syllable_name


@pytest.mark.parametrize("name", ["阿什拉则", "马海木呷", "海来拉古", "俄木日哈", "俄底尔布", "日火木果"])
def test_a_yi_clan_name_and_a_given_name_word_make_one_name(name):
    assert syllable_name(name)


def test_yi_names_run_together_are_read_whole_in_a_lead(labelled):
    people = labelled("1月20日，河湾县总工会主席阿什拉则带队走访慰问困难职工，副主席马海木呷、海来拉古参加慰问。", "PERSON")
    assert {"阿什拉则", "马海木呷", "海来拉古"} <= people, people
