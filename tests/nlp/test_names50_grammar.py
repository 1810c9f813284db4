"""People of session 50's pages (invented text).

A. A Q&A site's formula 谢邀 (thanks for the invitation) opening an answer is no name.
B. A "name" right before a water's final and a word for its side (某某河边的老李) is the
   water's name (a screen name built on a river), no one: when the side qualifies a noun
   (…河边的) or the name opens with no surname.
C. A form's party field (申请人：X　性别：…, 委托代理人：Y) holds a person's name, whatever the
   tagger made of it (a rare surname and a word: 盘石生/n); a company there is no name.
"""

from __future__ import annotations

import pytest

from kg.nlp.name_checks import plausible_name

PEOPLE: list = [
    # A
    ("谢邀，人在基层工会，刚下班。\n张志军主席让我来说两句。", {"张志军"}),
    # B
    ("托里河边的老李\n县级工会干事，答题三年。", set()),
    ("霍城河边的老李回复：视频在公众号里。", set()),
    ("李明河边散步时遇到了王刚。", {"李明", "王刚"}),
    # C
    ("申请人：盘石生 性别：■男 □女 民族：瑶族", {"盘石生"}),
    ("申请人：盘金凤　性别：女\n被申请人：某县某某茶业有限公司\n委托代理人：盘水生", {"盘金凤", "盘水生"}),
    ("当事人：盘石生，男。", {"盘石生"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_50(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


SHEET = (
    "1｜邝立行｜青禾县顺安物流有限公司｜工会主席｜1380000****｜邝立行\n"
    "2｜仝晓川｜青禾县第二中学｜教师｜1390000****｜仝 晓川\n"
    "3｜阙海英｜青禾县人民医院｜护士长｜1370000****｜阙海荚\n"
    "4｜谯永康｜青禾县供销合作社｜主任｜1360000****｜谯永康 已到\n"
    "5｜覃明辉｜青禾县第一小学｜教师｜1350000****｜邓佳代签\n"
)


def test_a_sheets_rows_name_their_people_once(labelled) -> None:
    """D. A numbered row's name cell is a name, whatever the tagger made of it, in a table
    printed with bars too; a later cell opening with the row's surname is the person's
    signature, misread or not (阙海荚 for 阙海英): no one new; 代签 after a name closes it."""
    people = labelled(SHEET, "PERSON")
    assert {"邝立行", "仝晓川", "阙海英", "谯永康", "覃明辉"} <= people
    assert not people & {"阙海荚", "晓川", "邓佳代"}


def test_the_cell_after_the_name_is_no_signature(labelled) -> None:
    """A master's row names the apprentice, of the same surname, right after him: a person."""
    people = labelled(
        "1｜卢建平｜卢小军｜青禾县机械厂｜钳工师徒\n2｜蒲国华｜蒲晓东｜青禾县机械厂｜焊工师徒\n", "PERSON"
    )
    assert {"卢建平", "卢小军", "蒲国华", "蒲晓东"} <= people


@pytest.mark.parametrize("name", ["陶又丶", "亅立", "冫明华"])
def test_a_stroke_is_no_names_character(name: str) -> None:
    """E. A stroke or a radical (丶, 亅, 冫) is an OCR tool's noise, never a name's character."""
    assert not plausible_name(name)
    assert plausible_name(name.replace("丶", "文").replace("亅", "周").replace("冫", "冯"))
