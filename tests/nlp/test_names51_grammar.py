"""Names of session 51's pages (invented text).

A. A cell under a 姓名 head is a name whole (a Tibetan name has no surname to split off),
   also when the header row runs on after the text above it (…公示期：…日序号　赛项　姓名);
   a 工作单位 cell ending as a shop or a studio (画坊, 工作室, 餐厅) is a body.
B. A place won (冠军, 第一名) opens no body's name, in the tagger's word or not.
C. A body's ending glued to a running verb (…局协办) ends the name there; a level's short
   form doing so is a body.
D. A registry township the tagger cut into a name and a place is the township, no one in it.
E. A name of name words closes before a possessive 的.
F. 分获 closes a name; a note ending in a worker's noun, or a township alone, after a name
   opening a list's item; a title, a gap and a name closing the line.
G. A section code's letters glued to the Han before it stay in a project's name.
H. The tail of a longer place's name (长白山) is no area; 公路管理段 ends a county's body.
I. A township the registry lacks before a possessive, alone in a note, or opening a workplace's
   name the tagger read as one organisation (某某镇中心学校) is an area.
"""

from __future__ import annotations

import pytest

from kg.nlp.name_shapes import common_word
from kg.nlp.noted_names import headed_name
from kg.nlp.rows import headed_name_cells, headed_unit_cells

TABLE = (
    "主办单位：青禾县总工会 决赛时间：2029年5月3日 "
    "公示期：2029年5月6日至5月12日序号 赛项 姓名 性别 民族 工作单位 名次\n"
    "1 唐卡绘制 旦增加布 男 藏族 青禾县雪莲唐卡画坊 1\n"
    "2 唐卡绘制 闹日草 女 藏族 青禾县吉祥泥塑工作室 2\n"
    "3 藏餐烹饪 贡却 男 藏族 青禾县河畔藏餐厅 3\n"
)


def test_a_headed_name_cell_is_read_whole() -> None:
    cells = {TABLE[a:b] for a, b in headed_name_cells(TABLE)}
    assert cells == {"旦增加布", "闹日草", "贡却"}
    units = {TABLE[a:b] for a, b in headed_unit_cells(TABLE)}
    assert "青禾县河畔藏餐厅" in units


def test_a_collectives_cell_is_no_name() -> None:
    """(a grid of collectives under 姓名: 机修车间, 二工区 are units, no names)"""
    assert headed_name("卓玛草") and headed_name("旦增加布")
    assert not headed_name("铸造车间") and not headed_name("三工区") and not headed_name("卓*草")


def test_a_later_number_column_moves_no_column() -> None:
    """(a 编号 column after 姓名 is no row's number: the columns count from the line's start)"""
    text = "姓名 单位 编号\n王小川 青禾县机械厂 A01\n李大海 青禾县纺织厂 A02\n"
    assert {text[a:b] for a, b in headed_name_cells(text)} == {"王小川", "李大海"}


def test_a_headed_table_names_its_people_and_units(labelled) -> None:
    people = labelled(TABLE, "PERSON")
    assert {"旦增加布", "闹日草", "贡却"} <= people
    assert not people & {"旦增", "日草"}
    assert {"青禾县雪莲唐卡画坊", "青禾县吉祥泥塑工作室", "青禾县河畔藏餐厅"} <= labelled(TABLE, "ORG")


ORGS: list = [
    # B
    ("拔河：冠军锡林河畔乳业有限公司代表队。", {"锡林河畔乳业有限公司"}),
    # C
    ("由青禾旗总工会主办，旗文化旅游体育局协办，苏木工会承办。", {"旗文化旅游体育局"}),
    # H
    ("汪清县公路管理段养护二班在暴雨中连续奋战抢通道路。", {"汪清县公路管理段"}),
]


@pytest.mark.parametrize(("text", "want"), ORGS)
def test_bodies_of_session_51(labelled, text: str, want: set[str]) -> None:
    assert want <= labelled(text, "ORG")


def test_a_section_codes_letters_stay_in_the_name(labelled) -> None:
    """G. (高速XH|-|3标项目经理部: not -3标项目经理部)"""
    orgs = labelled("流动红旗：XH-3标 青禾路桥工程有限公司临港高速XH-3标项目经理部\n进步奖：XH-1标", "ORG")
    assert any(o.endswith("高速XH-3标项目经理部") for o in orgs)


def test_a_place_won_is_no_part_of_a_body(labelled) -> None:
    assert "冠军锡林河畔乳业有限公司" not in labelled("拔河：冠军锡林河畔乳业有限公司代表队。", "ORG")


PEOPLE: list = [
    # E
    ("赛马：冠军为某嘎查牧民满都拉的走马，骑手孟克。", {"满都拉"}),
    # F
    ("钳工冉立新、电焊工何彭水分获两个项目第一名。", {"冉立新", "何彭水"}),
    ("◆ 安全之星：向明珠（XH-1标安全员）、田小川（XH-4标起重信号工）", {"向明珠", "田小川"}),
    ("· XH-1标 涵洞混凝土班 班组长 石会东\n◆ 进步奖", {"石会东"}),
    ("二等奖：鞠海涛（田家街道）、那日松（新开镇）", {"鞠海涛", "那日松"}),
]


@pytest.mark.parametrize(("text", "want"), PEOPLE)
def test_people_of_session_51(labelled, text: str, want: set[str]) -> None:
    assert want <= labelled(text, "PERSON")


def test_cut_names_are_no_names(labelled) -> None:
    assert "何彭" not in labelled("钳工冉立新、电焊工何彭水分获两个项目第一名。", "PERSON")
    assert common_word("安粽子")


AREAS: list = [
    # D
    ("东乌珠穆沁旗举办比赛。亚军巴特尔（嘎达布其镇职工）；", {"嘎达布其镇"}, set()),
    # H
    ("一线职工赴长白山职工疗休养基地开展疗休养活动。", set(), {"白山"}),
    # I
    ("大洼区举办比赛。参赛选手、青禾街道的王大山说，今年亩产高了。", {"青禾街道"}, set()),
    ("阿巴嘎旗举办那达慕。射箭：冠军乌兰（查干宝力格镇中心学校教师）；", {"查干宝力格镇"}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), AREAS)
def test_areas_of_session_51(labelled, text: str, want: set[str], never: set[str]) -> None:
    areas = labelled(text, "AREA")
    assert want <= areas
    assert not areas & never
