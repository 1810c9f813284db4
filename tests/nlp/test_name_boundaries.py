"""Where a person's name ends when the tagger cut it one character short (kg.nlp.people,
kg.nlp.name_shapes, kg.nlp.name_context), on invented words and tags."""

from __future__ import annotations

import pytest

from kg.nlp.people import PersonFinder
from kg.nlp.tokens import Tokens


def _names(tagged, *words: tuple[str, str]) -> set[str]:
    tk = Tokens(tagged(*words))
    return {tk.text[f.start : f.end] for f in PersonFinder().find(tk, [])}


@pytest.mark.parametrize(
    ("words", "whole"),
    [
        # the whole name after a title, the cut one later before a preposition
        (
            [
                ("镇长", "n"),
                ("郑中北", "PER"),
                ("出席", "v"),
                ("。", "w"),
                ("会后", "TIME"),
                ("，", "w"),
                ("郑中", "PER"),
                ("北", "f"),
                ("与", "p"),
                ("职工", "n"),
                ("座谈", "v"),
                ("。", "w"),
            ],
            "郑中北",
        ),
        # the cut one first, before a word a name is followed by; the whole one in a list
        (
            [
                ("秦河", "PER"),
                ("西", "f"),
                ("一行", "m"),
                ("察看", "v"),
                ("。", "w"),
                ("主任", "n"),
                ("秦河西", "PER"),
                ("、", "w"),
                ("副主任", "n"),
                ("高峰", "PER"),
                ("出席", "v"),
            ],
            "秦河西",
        ),
        # a quote's speaker, cut before the verb of saying
        (
            [
                ("经理", "n"),
                ("万东南", "PER"),
                ("介绍", "v"),
                ("，", "w"),
                ("万东", "PER"),
                ("南", "f"),
                ("说", "v"),
                ("：", "w"),
                ("“", "w"),
                ("好", "a"),
                ("。", "w"),
                ("”", "w"),
            ],
            "万东南",
        ),
    ],
)
def test_a_name_cut_short_is_read_whole_where_the_text_names_it_whole(tagged, words, whole):
    found = _names(tagged, *words)
    assert whole in found and whole[:2] not in found


def test_a_namesake_does_not_take_the_first_character_of_a_verb(tagged):
    found = _names(
        tagged,
        ("主席", "n"),
        ("王刚强", "PER"),
        ("出席", "v"),
        ("。", "w"),
        ("王刚", "PER"),
        ("强调", "v"),
        ("，", "w"),
        ("要", "v"),
        ("落实", "v"),
        ("。", "w"),
    )
    assert found == {"王刚强", "王刚"}


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ([("常务副主席", "n"), ("欧阳立", "PER"), ("新", "ad"), ("宣读", "v"), ("决定", "n")], "欧阳立新"),
        ([("副局长", "n"), ("司徒文", "PER"), ("华", "a"), ("致辞", "v"), ("。", "w")], "司徒文华"),
        ([("会上", "TIME"), ("，", "w"), ("上官明", "PER"), ("亮", "a"), ("主持", "v"), ("会议", "n")], "上官明亮"),
    ],
)
def test_a_compound_surname_and_a_given_name_of_two_cut_short(tagged, words, name):
    assert name in _names(tagged, *words)


@pytest.mark.parametrize(
    "words",
    [
        [("副主席", "n"), ("司马光", "PER"), ("又说", "v"), ("，", "w")],  # glued to a verb: an adverb
        [("会上", "TIME"), ("，", "w"), ("欧阳锋", "PER"), ("也", "d"), ("表示", "v"), ("，", "w")],
    ],
)
def test_an_adverb_after_a_compound_surnames_name_stays_out(tagged, words):
    assert {n for n in _names(tagged, *words) if len(n) > 3} == set()


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ([("教授", "n"), ("孔令", "PER"), ("和", "c"), ("作", "v"), ("专题", "n"), ("辅导", "vn")], "孔令和"),
        ([("邀请", "v"), ("专家", "n"), ("陈立", "PER"), ("和", "c"), ("宣读", "v"), ("倡议", "n")], "陈立和"),
        ([("。", "w"), ("黄永", "PER"), ("和", "c"), ("颁发", "v"), ("证书", "n"), ("。", "w")], "黄永和"),
    ],
)
def test_he_before_a_verb_a_name_is_followed_by_ends_the_name(tagged, words, name):
    assert name in _names(tagged, *words)


def test_he_before_any_verb_the_tagger_reads_whole_ends_the_name(tagged):
    words = [("教授", "n"), ("孔令", "PER"), ("和", "c"), ("讲授", "v"), ("专题", "n"), ("课", "n"), ("。", "w")]
    assert "孔令和" in _names(tagged, *words)


def test_he_before_a_verbs_phrase_made_a_noun_by_de_joins(tagged):
    words = [("张伟", "PER"), ("和", "c"), ("参加", "v"), ("比赛", "vn"), ("的", "u"), ("选手", "n"), ("合影", "v")]
    assert _names(tagged, *words) == {"张伟"}


def test_he_before_a_noun_joins_two_people(tagged):
    found = _names(tagged, ("张伟", "PER"), ("和", "c"), ("作家", "n"), ("李明", "PER"), ("一同", "d"), ("出席", "v"))
    assert found == {"张伟", "李明"}


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (
            [("副乡长", "n"), ("吉克阿依", "PER"), ("，", "w"), ("乡长", "n"), ("王林", "PER"), ("出席", "v")],
            "吉克阿依",
        ),
        ([("。", "w"), ("”", "w"), ("曲比拉火", "PER"), ("说", "v"), ("。", "w")], "曲比拉火"),
        ([("来自", "v"), ("某乡", "LOC"), ("的", "u"), ("海来木呷", "PER"), ("和", "c"), ("同伴", "n")], "海来木呷"),
        ([("她", "r"), ("和", "c"), ("妻子", "n"), ("阿西阿呷", "PER"), ("背着", "v"), ("行李", "n")], "阿西阿呷"),
        # the tagger left the fourth character out as a conjunction: before 一行 it is none
        (
            [("主任", "n"), ("马林", "PER"), ("、", "w"), ("俄木拉", "PER"), ("则", "c"), ("一行", "m"), ("察看", "v")],
            "俄木拉则",
        ),
    ],
)
def test_a_name_of_four_without_a_han_surname_framed_as_a_name(tagged, words, name):
    assert name in _names(tagged, *words)


@pytest.mark.parametrize(
    "words",
    [
        [("。", "w"), ("王刚同志", "PER"), ("说", "v"), ("。", "w")],  # a Han name and a term of address
        [("、", "w"), ("睿智樱托", "PER"), ("育园", "n"), ("、", "w")],  # not closed: part of a word
        [("发展", "v"), ("海港新城", "PER"), ("，", "w")],  # glued to a verb before it
        [("看望", "v"), ("王建国", "PER"), ("的", "u"), ("家中", "s"), ("老人", "n")],  # 的 joins a phrase
    ],
)
def test_four_characters_not_framed_as_a_name(tagged, words):
    assert {n for n in _names(tagged, *words) if len(n) == 4} == set()


@pytest.mark.parametrize(
    "words",
    [
        [("收官", "v"), ("\n", "w"), ("云岭", "PER"), ("工会", "n"), ("\n", "w"), ("云岭", "ORG"), ("集团", "n")],
        [("来源", "n"), ("：", "w"), ("海峰", "PER"), ("工会", "n")],
        [("、", "w"), ("江海", "PER"), ("公司", "n"), ("。", "w")],
    ],
)
def test_a_name_right_before_a_bodys_suffix_that_ends_the_phrase_is_a_body(tagged, words):
    assert _names(tagged, *words) == set()


def test_a_name_before_a_title_that_opens_with_a_suffix_is_a_person(tagged):
    found = _names(tagged, ("感谢", "v"), ("王海峰", "PER"), ("工会", "n"), ("主席", "n"), ("。", "w"))
    assert found == {"王海峰"}


@pytest.mark.parametrize(
    "words",
    [
        [
            ("称作", "v"),
            ("“", "w"),
            ("小黑", "PER"),
            ("”", "w"),
            ("的", "u"),
            ("轨道", "n"),
            ("巡检", "vn"),
            ("机器人", "n"),
        ],
        [
            ("名为", "v"),
            ("“", "w"),
            ("安妮", "PER"),
            ("”", "w"),
            ("的", "u"),
            ("井下", "s"),
            ("巡检", "vn"),
            ("机器人", "n"),
        ],
    ],
)
def test_a_quoted_name_of_the_thing_after_de_is_no_one(tagged, words):
    assert _names(tagged, *words) == set()


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (
            [
                ("支架工", "n"),
                ("第", "m"),
                ("一名", "m"),
                ("：", "w"),
                ("东方晓阳", "ORG"),
                ("（", "w"),
                ("某矿", "n"),
                ("）", "w"),
            ],
            "东方晓阳",
        ),
        (
            [("钳工", "n"), ("一等奖", "n"), ("：", "w"), ("上官海", "LOC"), ("（", "w"), ("某厂", "n"), ("）", "w")],
            "上官海",
        ),
        ([("第", "m"), ("三名", "m"), ("：", "w"), ("司马青山", "LOC"), ("、", "w"), ("王力", "PER")], "司马青山"),
    ],
)
def test_a_name_after_a_rank_and_its_colon(tagged, words, name):
    assert name in _names(tagged, *words)


def test_a_unit_after_a_rank_is_no_name(tagged):
    words = [("优秀", "a"), ("组织奖", "n"), ("：", "w"), ("左岭", "LOC"), ("煤业", "n"), ("公司", "n")]
    assert _names(tagged, *words) == set()
    words = [("一等奖", "n"), ("：", "w"), ("东方", "LOC"), ("红星", "n"), ("厂", "n"), ("、", "w")]
    assert _names(tagged, *words) == set()


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ([("仪式", "n"), ("上", "f"), ("，", "w"), ("庞中", "PER"), ("北", "f"), ("与", "p"), ("职工", "n")], "庞中北"),
        ([("会后", "TIME"), ("，", "w"), ("刘海", "PER"), ("东", "f"), ("表示", "v"), ("，", "w")], "刘海东"),
        ([("。", "w"), ("韩江", "PER"), ("南", "f"), ("介绍", "v"), ("说", "v")], "韩江南"),
    ],
)
def test_a_compass_point_alone_between_a_name_and_its_verb_ends_the_name(tagged, words, name):
    assert name in _names(tagged, *words)


@pytest.mark.parametrize(
    "words",
    [
        [("会后", "TIME"), ("，", "w"), ("张华", "PER"), ("中", "f"), ("与", "p"), ("职工", "n")],  # no compass point
        [("。", "w"), ("王刚", "PER"), ("北", "f"), ("上", "v"), ("广州", "LOC")],  # a direction of going
    ],
)
def test_other_locality_words_after_a_name_stay_out(tagged, words):
    assert {n for n in _names(tagged, *words) if len(n) == 3} == set()


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ([("副县长", "n"), ("俄木", "PER"), ("阿呷", "PER"), ("出席", "v"), ("仪式", "n")], "俄木阿呷"),
        ([("主席", "n"), ("阿说日", "PER"), ("火", "n"), ("介绍", "v"), ("，", "w")], "阿说日火"),
        ([("。", "w"), ("”", "w"), ("俄底", "PER"), ("拉哈", "PER"), ("说", "v"), ("。", "w")], "俄底拉哈"),
    ],
)
def test_a_name_of_four_the_tagger_cut_into_pieces_between_a_title_or_mark_and_its_verb(tagged, words, name):
    assert name in _names(tagged, *words)


@pytest.mark.parametrize(
    "words",
    [
        [("副主席", "n"), ("张强", "PER"), ("李明", "PER"), ("出席", "v")],  # two Han names without their mark
        [("，", "w"), ("张华", "PER"), ("家属", "n"), ("说", "v"), ("，", "w")],  # a name and a noun, after a mark
        [("主席", "n"), ("王刚", "PER"), ("同志", "n"), ("说", "v")],  # a term of address
        [("主席", "n"), ("王小刚", "PER"), ("也", "d"), ("说", "v")],  # an adverb
        [("主席", "n"), ("王刚", "PER"), ("来", "v"), ("厂", "n"), ("说", "v")],  # a verb
    ],
)
def test_a_han_name_and_a_word_is_no_name_of_four(tagged, words):
    assert {n for n in _names(tagged, *words) if len(n) == 4} == set()


@pytest.mark.parametrize(
    "words",
    [
        [("功夫", "n"), ("，", "w"), ("笪", "nz"), ("\n", "w"), ("春梅", "PER"), ("练", "v"), ("了", "u")],
        [("。", "w"), ("欧", "n"), ("\n", "w"), ("晓岚", "PER"), ("表示", "v"), ("，", "w")],
        [("、", "w"), ("田秀", "PER"), ("\n", "w"), ("琴", "n"), ("先后", "d"), ("登台", "v")],
        [("模范", "n"), ("柯立", "PER"), ("\n", "w"), ("峰", "n"), ("，", "w"), ("说", "v")],
    ],
)
def test_a_piece_of_a_name_a_line_break_cut_names_no_one(tagged, words):
    assert _names(tagged, *words) == set()


@pytest.mark.parametrize(
    "words",
    [
        [("会上", "TIME"), ("，", "w"), ("李明", "PER"), ("\n", "w"), ("说", "v"), ("：", "w")],  # a follower
        [("会上", "TIME"), ("，", "w"), ("王刚", "PER"), ("\n", "w"), ("在", "p"), ("会", "n"), ("上", "f")],
        [("讲话", "v"), ("。", "w"), ("\n", "w"), ("陈海", "PER"), ("表示", "v")],  # no surname before the break
    ],
)
def test_a_whole_name_at_a_line_break_stays(tagged, words):
    assert len(_names(tagged, *words)) == 1
