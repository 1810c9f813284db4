"""Names of people of session 58's pages: minority names, names holding place words, and
words that only look like names (invented text).

A. A Uyghur name written without a dot, a personal name and the father's run together
   (热依汗 + 阿依努尔), is read whole from its name words (``people/name_syllables.txt``).
B. A Kazakh or Uyghur name of two name words right after a possessive (某县的别克努尔兰在…),
   however the tagger cut it, is a name; a phrase of Chinese there is none.
C. A dotted name whose parts the tagger read as places (艾山/LOC|·|吐尔洪) is one name;
   a slogan's halves joined by a dot are none.
D. A surname the tagger read as a preposition before a place's or body's name, after an
   office and closed by a comma before the next official's chain (主席向|江北，县委某部部长X),
   is a name; 向 before the ones spoken to (主席向全体职工致以) stays a preposition.
E. A surname glued onto an occupation's noun (包装工关|秀英, 分拣|工关|玉凤) opens the name.
F. A people's name (布依, 土家) running on into its craft (布依绣) or written with 族 in the
   text is no person; a name that is a people's elsewhere (高山) stays one.
G. 周 after a verb or verbal noun, the week the text keeps writing (宣传周启动, 宣传周干什么,
   宣传周期间), is no surname; 周 after a verb once (采访周建国) is.
H. A name filling its quotes beside another quoted word (“土把式”“田秀才”) is a term.
"""

from __future__ import annotations

import pytest


def test_a_uyghur_name_without_a_dot_is_whole(labelled) -> None:
    people = labelled("乡妇联主席、乡工会副主席热依汗阿依努尔出席。", "PERSON")
    assert "热依汗阿依努尔" in people
    assert "阿依努尔" not in people


def test_name_words_after_a_possessive_are_a_name(labelled) -> None:
    people = labelled("来自昭苏县的别克努尔兰在工地干了三年。", "PERSON")
    assert "别克努尔兰" in people


def test_a_phrase_after_a_possessive_is_no_name(labelled) -> None:
    # name words that a shop's word runs on from: a shop's name, not closed as names are
    assert not labelled("来自牧区的阿依努尔绣坊在展销会上设了展位。", "PERSON")


def test_a_dotted_name_of_place_words_is_one_name(labelled) -> None:
    people = labelled("来自阿克苏地区拜城县的艾山·吐尔洪和同乡一起务工。", "PERSON")
    assert "艾山·吐尔洪" in people


def test_a_slogans_halves_are_no_dotted_name(labelled) -> None:
    assert not labelled("本次活动的文化润心·工益惠民主题深入人心。", "PERSON")


def test_a_surname_read_as_a_preposition_before_a_place(labelled) -> None:
    text = "县政协副主席、县总工会主席向江北，县委统战部部长李明出席。"
    assert {"向江北", "李明"} <= labelled(text, "PERSON")


def test_a_preposition_before_the_ones_spoken_to_stays_one(labelled) -> None:
    assert not labelled("区总工会主席向全体职工致以节日问候。", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("来自某乡的包装工关秀英也说，工资按时发了。", "关秀英"),
    ],
)
def test_a_surname_glued_onto_an_occupation_opens_the_name(labelled, text, name) -> None:
    people = labelled(text, "PERSON")
    assert name in people
    assert name[1:] not in people


@pytest.mark.parametrize(
    "text",
    ["工坊教学员学做土家织锦和布依绣。", "演员身着布依盛装登台，布依族的姑娘们唱起了山歌。"],
)
def test_a_peoples_name_is_no_person(labelled, text) -> None:
    assert not {p for p in labelled(text, "PERSON") if p.startswith("布依")}


def test_a_name_that_is_a_peoples_elsewhere_stays_a_name(labelled) -> None:
    assert "高山" in labelled("副主席高山带队走访。", "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "一图读懂｜宣传周干什么？宣传周期间，工会组织志愿者宣讲。",
        "副县长宣布宣传周启动。宣传周期间各乡镇开展咨询。",
    ],
)
def test_an_activitys_week_is_no_surname(labelled, text) -> None:
    assert not {p for p in labelled(text, "PERSON") if p.startswith("周")}


def test_zhou_after_a_verb_once_is_a_surname(labelled) -> None:
    assert "周建国" in labelled("采访周建国时，他说宣传很重要。", "PERSON")


def test_a_series_of_quoted_terms_names_no_one(labelled) -> None:
    assert not labelled("一批“土把式”“田秀才”成长起来。", "PERSON")
