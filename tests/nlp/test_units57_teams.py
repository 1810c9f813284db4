"""A company's units named by the teams they field (session 57): 矿山救护大队代表队,
、信息技术中心代表队 — a unit named whole before 代表队 (the team that represents it), an item
of a list of teams or a table's cell, is a body, however the tagger reads its words and
whatever anchors its short ending (中心, 煤矿); one glued after another body's name names a
department's team (市环保局研究室代表队: no 研究室 body), and a team made of departments
(某中心一队, 某中心联队) none.  A unit opening with the company's type word (公司总医院代表队)
is found with the type word, to be named after the company.

Every text is invented.
"""

from __future__ import annotations

import pytest

C = pytest.param
CASES = [
    C("经过角逐，石峡煤矿代表队、井巷工程大队代表队获得团体三等奖。", {"井巷工程大队"}, id="brigade-in-list"),
    C(
        "优胜奖　　热力供应中心代表队、网络信息中心代表队、选煤加工中心代表队",
        {"网络信息中心", "选煤加工中心"},
        id="centres-in-cell",
    ),
    C("三等奖　　柳湾煤矿代表队　　许文昌　　郑一鸣", {"柳湾煤矿"}, id="mine-in-row"),
    C("二等奖　　道桥工程处代表队、物业管理中心代表队", {"道桥工程处", "物业管理中心"}, id="works-office"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_unit_fielding_a_team_is_a_body(labelled, text, want):
    assert want <= labelled(text, "ORG")


def test_a_unit_opening_with_the_type_word_is_the_companys(find):
    found = find("优胜奖　　机修分公司代表队、公司职工医院代表队、公司机关联队")
    assert ("公司职工医院", "ORG", "head") in found


@pytest.mark.parametrize(
    "text",
    [
        C("市卫健局药检室联队获得团体冠军。", id="department-glued-after-body"),
        C("市卫健局药检室代表队获得团体冠军。", id="department-glued-after-body-representing"),
        C("最终，药品检验中心一队、信息网络管理中心联队获得季军。", id="departments-teams-not-representing"),
        C("14支代表队的42名选手同台竞技。", id="counted-teams"),
        C("各中心代表队依次入场。", id="generic-each"),
    ],
)
def test_no_unit_without_a_whole_item(labelled, text):
    found = labelled(text, "ORG")
    assert not any(name.endswith(("药检室", "代表队", "中心", "一队")) for name in found), found


@pytest.mark.parametrize("name", ["尚志刚", "包成龙", "毕文龙"])
def test_a_teams_row_lists_its_people(labelled, name):
    """某分公司代表队　A　B　C: after a team's cell, each cell a name by its shape is a name,
    however the tagger cut it (尚志|刚, 毕|文龙)."""
    text = f"二等奖　　运输分公司代表队　　程开源　　沙文武　　{name}\n三等奖　　青石煤矿代表队　　洪波　　方晓岚"
    assert name in labelled(text, "PERSON")


def test_a_teams_row_lists_no_word_as_a_name(labelled):
    found = labelled("优胜奖　　运输分公司代表队　　获得　　奖杯　　证书", "PERSON")
    assert not found & {"获得", "奖杯", "证书"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        C("近日，公司工会、质量监督部联合举办技能比武。", "质量监督部", id="after-company-union"),
        C("经公司工会、生产调度部研究，决定予以表扬。", "生产调度部", id="after-company-union-deciding"),
    ],
)
def test_a_department_listed_after_the_companys_organ(labelled, text, want):
    """公司工会、某某部: a department listed right after the company's organ named by its type
    word is the company's department, named bare."""
    assert want in labelled(text, "ORG")


def test_no_department_after_another_kind_of_item(labelled):
    assert not labelled("近日，公司工会、各车间积极参与技能比武。", "ORG") & {"各车间", "车间"}
