"""People of session 47's pages (invented text).

A. A compound surname the tagger cuts into two words of one character, the second a
   function word (鲜|于 read as an adjective and a preposition), still opens the name.
B. A word glued after a middle dot to Han words of Chinese (迎五一·登太行, 庆七一·游西湖) is
   half of a slogan, no name; a foreign name's dotted parts are still read.
C. One character before a title or term of address of two (拓主席, 琚师傅) is a rare
   surname and a form of address: no one named.
D. A commenter's screen name on a comment's head line, before the label of their region
   (IP属地：X), names no person, however much of it looks like a name.
E. The compound surnames of the 百家姓 beyond the common ones (左丘, 梁丘) open names.
"""

from __future__ import annotations

import pytest

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.name_checks import addressed
from kg.nlp.slogan_halves import dotted_half
from kg.nlp.user_handles import off_handles

PEOPLE: list = [
    # A
    ("列席人员：街道工会鲜于春兰、社区工会万俟立新。", {"鲜于春兰", "万俟立新"}),
    # B
    ("2028年“迎国庆·登华岳”职工登山活动于9月28日举行。", set()),
    # C
    ("群友留言：琚主席讲的补贴什么时候发？", set()),
    # D
    ("　柳河小马哥　IP属地：吉林\n　　那个比赛外地人能报名吗？", set()),
    ("　东岭小石头　06-20　IP属地：山东\n　　给工会点赞。", set()),
    ("　石岭小马哥　IP属地：河北\n　　给工会点赞。", set()),
    ("　江边李大海　IP属地：湖北\n　　转岗不容易。", set()),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_47(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_a_compound_surname_cut_in_two_words(tagged_mentions) -> None:
    found = tagged_mentions(
        ("镇工会", "ORG"), ("鲜", "a"), ("于", "p"), ("春兰", "PER"), ("、", "w"), ("何立新", "PER"), ("。", "w")
    )
    assert {t for t, label, _ in found if label == "PERSON"} == {"鲜于春兰", "何立新"}


@pytest.mark.parametrize(
    ("text", "word", "half"),
    [
        ("“迎五一·登黄山”活动", "登黄山", True),
        ("“文化润心·工益惠民”", "文化润心", True),
        ("职工艾山江·买买提发言", "买买提", False),
        ("维吾尔族选手买合甫·艾海提获奖", "艾海提", False),
    ],
)
def test_a_word_glued_to_a_middle_dot(text: str, word: str, half: bool) -> None:
    a = text.index(word)
    assert dotted_half(text, a, a + len(word)) is half


@pytest.mark.parametrize(
    ("name", "form"), [("拓主席", True), ("琚师傅", True), ("王主任", True), ("拓晓丽", False), ("林主华", False)]
)
def test_a_rare_surname_and_a_title(name: str, form: bool) -> None:
    surnames = frozenset(words("people/surnames.txt"))
    terms = (frozenset(words("people/address_terms.txt")), frozenset({"主席", "主任", "书记"}))
    assert addressed(name, surnames, terms) is form


def test_a_commenters_screen_name_is_no_person() -> None:
    text = "　柳河小马哥　IP属地：吉林\n　　小马哥说得对，李明远师傅加油。"
    people = [Found(3, 6, "PERSON"), Found(text.index("李明远"), text.index("李明远") + 3, "PERSON")]
    assert [text[p.start : p.end] for p in off_handles(text, people)] == ["李明远"]


@pytest.mark.parametrize("surname", ["左丘", "梁丘", "公良", "巫马"])
def test_the_rarer_compound_surnames(surname: str) -> None:
    assert surname in words("people/surnames.txt")
    assert "南门" not in words("people/surnames.txt")  # a gate far more often than a surname
