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
    text = "1月20日，河湾县总工会主席阿什拉则带队走访慰问困难职工，副主席马海木呷、海来拉古参加慰问。"
    people = labelled(text, "PERSON")
    assert {"阿什拉则", "马海木呷", "海来拉古"} <= people, people


@pytest.mark.parametrize(
    "text", ["4月12日，公司第一届会员代表大会在公司机关召开。", "座谈会在集团公司机关举行，公司党委书记孔德勇出席。"]
)
def test_a_role_noun_across_two_words_heads_no_name(labelled, text):
    # 公司|机关 holds 司机 (a driver): no driver stands there, and 关召开 is no one
    assert not any(n.startswith("关") for n in labelled(text, "PERSON")), labelled(text, "PERSON")


def test_a_role_noun_of_its_own_still_heads_a_name(labelled):
    assert "柏文涛" in labelled("公交公司司机柏文涛说，职工驿站让他们歇脚有了去处。", "PERSON")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("大会选举章立华为协会第十届理事会理事长。", "协会"),
        ("会议选举章立华为公司工会主席。", "公司工会"),
        ("会议补选章立华为协会副会长，贺文斌为副秘书长。", "协会"),
    ],
)
def test_a_name_elected_before_wei_and_a_body_is_cut_from_it(nlp, text, body):
    # 选举 X 为 Y: a name ending in 华 before 为 is no firm called 华为; X and Y are apart
    ents = {(e.text, e.label_) for e in nlp(text).ents}
    assert ("章立华", "Person") in ents and any(t == body for t, _ in ents), ents
    assert not any("华为" in t for t, _ in ents), ents


def test_a_firm_named_so_keeps_its_name(nlp):
    ents = {e.text for e in nlp("华为公司工会举办职工书法展。").ents}
    assert "华为公司工会" in ents, ents
