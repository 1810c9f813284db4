"""A company's units as a grammar (session 57).

(1) On the page of the one company the text speaks of (named in full, then by its type word
公司), its works and services named bare — a mine (青石煤矿), a centre (供水供电中心), a works
office (井巷工程处), a brigade (矿山救护大队), its hospital (公司职工医院), a department listed
after its union (公司工会、质量监督部) — are its units
(subOrganizationOf), as its branches (运输分公司) are; not a body of an area (县医院, 某市某中心),
and not on a group's page, whose mines are its members' units.
(2) A mine's district or crew (综采二区, 掘进一队) and a brigade's squadron (三中队) between the
body and a title are its units: the office is the body's, the unit in its role (综采二区副区长),
and a 区长 so written is no district government's.
(3) A table of winners 奖项　姓名　单位及岗位: the cell is the unit and the offices held there,
read as a chain before a name; the prize opening the row is no person's name; a part of a
unit the article names elsewhere (某分公司运行部, 某煤矿调度指挥中心) is no body; a job
(调度员, 技术员) no office.
(5) A chain's link after 、 may name its body by a word pointing back (某矿代表队领队、该矿
党委副书记、工会主席X: the mine named last, and its union); 安全总监 is a company officer's title
(副总经理、安全总监X after the company's other officers: the company's).
(4) A unit's branch union (后勤服务中心分工会) whose unit the article names belongs to it, not
to a union listed before it.

Every case is invented.  ``parents``: (unit, body) pairs that must be read; ``no_parents``:
pairs that must not; ``orgs`` / ``no_orgs``: names that must (not) be Organizations; ``posts``
/ ``no_posts``: (person, body, title) offices that must (not) be read; ``people`` / ``no_people``.
"""

from __future__ import annotations

import pytest

from tests.extract.facts_view import names, parents, posts

C = pytest.param
COMPANY = "北岭能源有限责任公司"
CASES = [
    # -- (1) a company's units named bare --------------------------------------------------------
    C(
        f"{COMPANY}举办职工安全知识竞赛\n近日，{COMPANY}举办职工安全知识竞赛。本次竞赛由公司工会、"
        "质量监督部联合举办，公司工会副主席蒲文渊主持。"
        "经过角逐，青石煤矿代表队获得团体一等奖，运输分公司代表队、供水供电中心代表队获得团体二等奖，"
        "井巷工程处代表队、矿山救护大队代表队获得团体三等奖，公司职工医院代表队获得优胜奖。",
        {
            "parents": [
                ("青石煤矿", COMPANY),
                ("质量监督部", COMPANY),
                ("供水供电中心", COMPANY),
                ("井巷工程处", COMPANY),
                ("矿山救护大队", COMPANY),
                (COMPANY + "职工医院", COMPANY),
            ]
        },
        id="units-fielding-teams",
    ),
    C(
        f"{COMPANY}开展义诊活动\n近日，{COMPANY}工会联合县医院开展送医进矿区活动，公司工会主席柯立群带队，"
        "县医院10名医护人员为青石煤矿职工义诊。",
        {"parents": [("青石煤矿", COMPANY)], "no_parents": [("县医院", COMPANY)]},
        id="area-hospital-is-no-unit",
    ),
    # -- (2) a works' units before a title -------------------------------------------------------
    C(
        f"{COMPANY}举办安全知识竞赛\n6月3日，决赛在位于城东区的公司职工培训中心举行。"
        "矿山救护大队代表队获得团体二等奖。青石煤矿综采二区副区长汪德胜获得个人一等奖，"
        "矿山救护大队三中队中队长苗青山获得二等奖。",
        {
            "posts": [("汪德胜", "青石煤矿", "综采二区副区长"), ("苗青山", "矿山救护大队", "三中队中队长")],
            "no_orgs": ["青石煤矿综采二区", "矿山救护大队三中队"],
        },
        id="mine-district-and-brigade-squadron",
    ),
    # -- (3) a winners' table with a 单位及岗位 column ----------------------------------------------
    C(
        f"{COMPANY}关于职工技能竞赛结果的通报\n近日，{COMPANY}举办职工技能竞赛，青石煤矿、机修分公司、"
        "东沟煤矿等单位参赛，矿山救护大队代表队获得团体二等奖。\n个人获奖名单\n奖　项　　姓　名　　单位及岗位\n"
        "一等奖　　汪德胜　　青石煤矿综采二区副区长\n二等奖　　柯晓岚　　机修分公司运行部值班员\n"
        "　　　　　贺启明　　东沟煤矿调度指挥中心调度员\n三等奖　　苗青山　　矿山救护大队三中队中队长",
        {
            "posts": [("汪德胜", "青石煤矿", "综采二区副区长"), ("苗青山", "矿山救护大队", "三中队中队长")],
            "no_orgs": ["机修分公司运行部", "东沟煤矿调度指挥中心"],
            "no_people": ["一等奖", "二等奖"],
            "people": ["柯晓岚", "贺启明"],
        },
        id="winners-table-unit-and-job",
    ),
    # -- (4) a unit's branch union ----------------------------------------------------------------
    C(
        f"{COMPANY}工会通报\n{COMPANY}工会表扬优秀组织单位。后勤服务中心代表队获得优胜奖。\n"
        "优秀组织奖名单\n青石煤矿工会　　机修分公司工会　　后勤服务中心分工会",
        {"parents": [("后勤服务中心分工会", "后勤服务中心")], "no_parents": [("后勤服务中心分工会", "机修分公司工会")]},
        id="branch-union-of-named-unit",
    ),
    # -- (5) a pointing word after 、; a company's safety director ------------------------------------
    C(
        f"{COMPANY}举办安全知识竞赛\n近日，{COMPANY}工会举办安全知识竞赛。公司党委书记、董事长鲁国平，副总经理、"
        "安全总监邵明林出席。青石煤矿代表队获得团体一等奖。青石煤矿代表队领队、该矿党委副书记、"
        "工会主席吕建民表示，取得好成绩是全矿职工共同努力的结果。青石煤矿工会将组织学习。",
        {
            "posts": [
                ("邵明林", COMPANY, "副总经理"),
                ("邵明林", COMPANY, "安全总监"),
                ("吕建民", "青石煤矿", "党委副书记"),
                ("吕建民", "青石煤矿工会", "主席"),
            ]
        },
        id="pointing-word-after-list-mark",
    ),
    C(
        "晋北煤业集团有限公司举办技术比武\n近日，晋北煤业集团有限公司举办职工技术比武，集团工会主席严守中致辞。"
        "东沟煤矿代表队获得团体一等奖，集团公司所属各单位300余名职工观摩。",
        {"no_parents": [("东沟煤矿", "晋北煤业集团有限公司")]},
        id="group-mine-is-a-members-unit",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_company_units(read_and_extract, request, text, want):
    orgs: set[str] = set()
    people: set[str] = set()
    held: set[tuple[str, str, str]] = set()
    under: set[tuple[str, str]] = set()
    for facts in read_and_extract(text, request.node.callspec.id):
        orgs |= names(facts, "Organization")
        people |= names(facts, "Person")
        held |= posts(facts)
        under |= parents(facts)
    for pair in want.get("parents", []):
        assert pair in under, (pair, under)
    for pair in want.get("no_parents", []):
        assert pair not in under, (pair, under)
    for name in want.get("orgs", []):
        assert name in orgs, (name, orgs)
    for name in want.get("no_orgs", []):
        assert name not in orgs, (name, orgs)
    for post in want.get("posts", []):
        assert post in held, (post, held)
    for post in want.get("no_posts", []):
        assert post not in held, (post, held)
    for name in want.get("people", []):
        assert name in people, (name, people)
    for name in want.get("no_people", []):
        assert name not in people, (name, people)
