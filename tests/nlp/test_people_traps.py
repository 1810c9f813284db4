"""kg_people (kg.nlp.people): shapes of names and traps of round 17 — a compound surname
the tagger read alone, a name after the head of a team (领衔人), a name cut into an adverb
and a word before a verb a name is followed by, a quoted name before a noun for a thing,
and the names of a list of unit and person items.  All texts are invented."""

from __future__ import annotations

from kg.nlp.people import PersonFinder
from kg.nlp.tokens import Tokens


def _people(tagged, *words: tuple[str, str]) -> set[str]:
    tk = Tokens(tagged(*words))
    return {tk.text[f.start : f.end] for f in PersonFinder().find(tk, [])}


def test_a_compound_surname_the_tagger_read_alone_takes_the_given_name(tagged):
    found = _people(tagged, ("站长", "n"), ("上官", "PER"), ("晓航", "v"), ("、", "w"), ("骑手", "n"), ("何立", "PER"))
    assert "上官晓航" in found and "上官" not in found


def test_a_name_after_the_head_of_a_team_before_is(tagged):
    # 领衔人 is a noun for a person; 是 closes a name as 表示 does
    found = _people(
        tagged, ("工作室", "n"), ("领衔", "v"), ("人", "n"), ("柏青山", "LOC"), ("是", "v"), ("技师", "n"), ("。", "w")
    )
    assert "柏青山" in found


def test_a_name_cut_into_an_adverb_and_an_adjective_before_a_follower(tagged):
    found = _people(tagged, ("副主席", "n"), ("曾", "d"), ("美好", "a"), ("主持", "v"), ("会议", "n"), ("。", "w"))
    assert "曾美好" in found
    # without a word a name is followed by, an adverb and an adjective are no name
    found = _people(tagged, ("副主席", "n"), ("曾", "d"), ("美好", "a"), ("，", "w"), ("后来", "d"))
    assert found == set()


def test_a_quoted_name_before_a_noun_for_a_thing_is_none(labelled):
    assert labelled("车间新添了“韩小宝”智能机器人，为职工送水。", "PERSON") == set()
    assert labelled("车间新添了“晓和”服务机器人，为职工送水。", "PERSON") == set()


def test_the_names_of_a_list_of_units_and_their_people(tagged):
    found = _people(
        tagged,
        ("一", "m"),
        ("车间", "n"),
        ("单", "d"),
        ("可欣", "v"),
        ("、", "w"),
        ("质检部", "ORG"),
        ("郁晓岚", "PER"),
        ("获得", "v"),
        ("二等奖", "n"),
    )
    assert found == {"单可欣", "郁晓岚"}
    # no unit before the found name: no list of units, the adverb stays an adverb
    found = _people(tagged, ("只", "d"), ("单", "d"), ("可欣", "v"), ("、", "w"), ("郁晓岚", "PER"), ("获得", "v"))
    assert "单可欣" not in found


def test_a_word_the_tagger_calls_an_adverb_after_an_office_is_no_name(tagged):
    # 曾多次 "more than once": a surname's character opens it, but an adverb names no one
    assert _people(tagged, ("副主席", "n"), ("曾多次", "d"), ("主持", "v"), ("会议", "n")) == set()
    assert "包玉洁" in _people(tagged, ("副主席", "n"), ("包玉洁", "v"), ("主持", "v"), ("会议", "n"))


def test_an_item_that_ends_as_a_unit_is_no_name_of_a_list(tagged):
    words = [("一", "m"), ("车间", "n"), ("王建国", "PER"), ("、", "w"), ("二", "m"), ("车间", "n")]
    assert _people(tagged, *words, ("高压班", "n"), ("获得", "v")) == {"王建国"}
