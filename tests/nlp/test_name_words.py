"""kg_people (kg.nlp.people) where a name meets a word it could be read as (round 16):
a surname that is also a preposition, a conjunction before a noun for people, a given
name that is a common word, a quoted name of a thing.  Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("企业工会主席向慧琳介绍，车间实行计件工资。", "向慧琳"),
        ("车间主任向晓燕表示，今年产量翻番。", "向晓燕"),
    ],
)
def test_a_surname_read_as_a_preposition_after_a_title_opens_the_name(labelled, text, name):
    # right after a title a name is expected: 向 before a given name of two is its surname
    assert labelled(text, "PERSON") == {name}


@pytest.mark.parametrize(
    "text",
    ["部分企业工会主席和职工代表30余人参加活动。", "工会主席向职工代表介绍情况。"],
)
def test_a_noun_for_people_after_a_title_and_a_function_word_is_no_name(labelled, text):
    assert labelled(text, "PERSON") == set()


def test_a_conjunction_before_a_common_noun_after_a_role_noun_is_no_name(labelled):
    assert labelled("党员干部、职工和群众，都来了。", "PERSON") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the tagger glued the head's last character to the surname (护士|长白|雪松)
        ("看望了在岗的护士长白雪松，并致以问候。", "白雪松"),
        # the tagger read the surname and the given name as two adjectives (高|原红)
        ("慰问了快递员高原红，送上年货。", "高原红"),
    ],
)
def test_a_surname_and_a_common_word_after_a_head_before_a_mark_is_a_name(labelled, text, name):
    assert labelled(text, "PERSON") == {name}


def test_a_head_and_an_adverb_is_no_name(labelled):
    assert labelled("工会主席高度重视，亲自部署。", "PERSON") == set()


@pytest.mark.parametrize(
    "text",
    [
        "让公司吉祥物“电小西”走进每个班组。",
        "数字人“工小薇”正式上岗，为职工答疑。",
        "卡通形象“安全小卫士李小明”深受欢迎。",
    ],
)
def test_a_name_inside_the_quoted_name_of_a_thing_is_no_one(labelled, text):
    # the noun before the quotation (吉祥物, 数字人) says what the whole quoted name is of
    assert labelled(text, "PERSON") == set()


def test_a_name_quoted_in_speech_is_still_a_person(labelled):
    assert labelled("他说：“王建国是好样的。”", "PERSON") == {"王建国"}


def _people(tagged, *words: tuple[str, str]) -> set[str]:
    from kg.nlp.people import PersonFinder
    from kg.nlp.tokens import Tokens

    tk = Tokens(tagged(*words))
    return {tk.text[f.start : f.end] for f in PersonFinder().find(tk, [])}


def test_a_name_the_tagger_glued_onto_a_role_noun_is_a_person(labelled, tagged):
    # 社工黄石竹 read as one noun: a noun ending as occupations do (…工), then a name
    assert labelled("社工黄石竹介绍，驿站每天开放。", "PERSON") == {"黄石竹"}
    assert _people(tagged, ("网格员汤秀英", "n"), ("说", "v"), ("，", "w")) == {"汤秀英"}
    # a title the text names, glued the same way
    assert _people(tagged, ("车间主任邱立新", "n"), ("表示", "v"), ("。", "w")) == {"邱立新"}


def test_a_noun_of_a_role_and_a_thing_is_no_name(tagged):
    assert _people(tagged, ("员工食堂", "n"), ("，", "w")) == set()
    assert _people(tagged, ("技工培训学校", "n"), ("开学", "v")) == set()
