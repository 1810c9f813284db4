"""People of session 46's pages (invented text).

A. A seat plan drawn with box lines (│A│B│C│): each cell a name by its shape is a name,
   though the tagger glues the bars onto the names; a row of numbers or headings is none.
B. A bar opens a table's cell (日期｜时间｜讲座｜X（…）): a surname the tagger read as a
   pronoun (那) there opens the name, and a name before its office's note is read there.
C. A given name that opens with its surname's character (丁丁猫: AAB) is no name.
D. The object of a separable verb after its particle (退了休, 请了假) opens no name.
E. A sentence calling people up that ends in a colon (请获奖代表上台领奖：) heads rows of
   names and their units.
F. Names of Dehong's minorities: a Jingpo clan's surname of two (勒排, 木然, 恩昆), the
   surnames 线, 俸, 排 and the Dai prefix 岩 open names like any surname.
G. A notes page's fields: a labelled field (主持：X, 记录：Y), an item before a dash and an
   office (X —— 公司工会主席, X（德昂族）—— …), a jotted word before its title (组织部 X 部长).
I. A name before a note only a person bears, a sex or a people (X（德昂族）, X（女，傣族）),
   opening an item, is a name.
H. A title a surname alone addresses (线副主席原话：) is no head of a name: the next word is
   what that person said or did.
"""

from __future__ import annotations

import pytest

from kg.nlp.labelled_lists import boxed_cells
from kg.nlp.name_checks import plausible_name, single_surnames
from kg.nlp.rows import listed_name_cells
from kg.nlp.split_verbs import object_of_split_verb

SEATS = "主席台座次\n│胡晓川│江新民│谢月明│卢永康│\n│ 7  │ 5  │ 3  │ 1  │\n"


def test_the_names_of_a_box_drawn_row(labelled) -> None:
    assert labelled(SEATS, "PERSON") == {"胡晓川", "江新民", "谢月明", "卢永康"}


def test_a_box_row_of_headings_holds_no_names() -> None:
    surnames = single_surnames()
    assert boxed_cells("│时间│地点│内容│\n│ 7 │ 5 │ 3 │", surnames) == []
    text = "│胡晓川│江新民│谢月明│"
    assert [text[a:b] for a, b in boxed_cells(text, surnames)] == ["胡晓川", "江新民", "谢月明"]


def test_a_bar_opens_a_cells_name_read_as_a_pronoun(tagged_mentions) -> None:
    found = tagged_mentions(
        ("专题讲座", "n"),
        ("｜", "w"),
        ("那", "r"),
        ("立新", "PER"),
        ("（", "w"),
        ("区法院", "ORG"),
        ("副院长", "n"),
        ("）", "w"),
    )
    people = {t for t, label, _ in found if label == "PERSON"}
    assert people == {"那立新"}


def test_a_bar_opens_an_item_before_an_office_note(labelled) -> None:
    text = "6月3日｜9:00—11:00｜专题讲座：职工权益维护｜那振海（区人民法院副院长）"
    assert labelled(text, "PERSON") == {"那振海"}


def test_a_surname_doubled_opens_no_name(tagged_mentions) -> None:
    assert not plausible_name("丁丁猫")
    assert plausible_name("丁丽丽")
    found = tagged_mentions(("设", "v"), ("“", "w"), ("丁丁猫", "PER"), ("”", "w"), ("竞速", "vn"), ("项目", "n"))
    assert not any(label == "PERSON" for _, label, _ in found)


@pytest.mark.parametrize(
    ("text", "at", "split"), [("我退了休比", 3, True), ("他请了假", 3, True), ("他见了严", 3, False)]
)
def test_the_object_of_a_separable_verb(text: str, at: int, split: bool) -> None:
    assert object_of_split_verb(text, at) is split


def test_a_separable_verbs_object_is_no_name(labelled) -> None:
    assert labelled("老伴总说，我退了休比上班还忙。", "PERSON") == set()


def test_rows_under_a_sentence_calling_people_up() -> None:
    text = (
        "接下来为获奖个人颁奖。请获奖代表上台领奖：\n"
        "秦海兰　凤城县实验中学教师\n柯立新　凤城县金河村党支部书记\n请县长为他们颁奖。"
    )
    assert [text[a:b] for a, b in listed_name_cells(text)] == ["秦海兰", "柯立新"]
    plain = "会议议程如下：\n秦海兰　凤城县实验中学教师\n"  # (no noun for people: no list of them)
    assert listed_name_cells(plain) == []
    paragraph = "为困难职工发放帮扶资金。各单位受助学生人数如下：\n单位　受助学生（名）\n"  # (a paragraph's end)
    assert listed_name_cells(paragraph) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("- 主持：线秋菊\n- 记录：岩温\n", {"线秋菊", "岩温"}),
        ("见到：高腊岗（德昂族）—— 公司工会主席", {"高腊岗"}),
        ("见到：赵腊退 —— 公司工会主席，兼行政部经理", {"赵腊退"}),
        ("勒排早干 —— 镇总专职副主席，景颇族", {"勒排早干"}),
        ("州总 组织部 排诺当 部长 通报 全州 一季度 数据", {"排诺当"}),
        ("他们 学习 工作 主席 讲话 精神", set()),
        ("线上线下同步开展培训，排查隐患，岩石滑坡。", set()),
        ("- 主持：依香", {"依香"}),
        ("县总工会主席依法维权，副主席依托平台开展服务。", set()),
    ],
)
def test_names_of_notes_and_of_dehongs_minorities(labelled, text: str, want: set[str]) -> None:
    assert labelled(text, "PERSON") == want


def test_a_title_a_surname_addresses_heads_no_name(labelled) -> None:
    assert labelled("> 线副主席原话：“走访要带问题回来。”", "PERSON") == set()
    assert labelled("王主任原话是这样说的。", "PERSON") == set()


def test_a_name_before_a_note_of_sex_or_people(labelled) -> None:
    assert labelled("见到：高腊岗（德昂族），公司工会主席。", "PERSON") == {"高腊岗"}
    assert labelled("获奖职工：钱腊退（女，傣族）、周岭退（女）", "PERSON") == {"钱腊退", "周岭退"}
