"""A company bearing the trade name of a group the article names is a member of the group
(kg.extract.subsidiaries.group_members).  Invented names; each test fails without the rule."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import parents


@pytest.mark.parametrize(
    ("text", "members", "group"),
    [
        (
            "晋北能源集团有限公司工会主办比赛，晋北平川煤业有限公司、晋北塔山煤业有限公司承办。"
            "来自晋北机电装备制造有限公司维修车间的马某获第一名。",
            ("晋北平川煤业有限公司", "晋北塔山煤业有限公司", "晋北机电装备制造有限公司"),
            "晋北能源集团有限公司",
        ),
        (
            "日前，湘江建工集团有限公司工会组织劳动竞赛，湘江路桥有限公司、湘江安装工程有限公司的200名职工参加。",
            ("湘江路桥有限公司", "湘江安装工程有限公司"),
            "湘江建工集团有限公司",
        ),
        (
            "闽海港务有限公司码头班组获评先进集体。闽海集团工会主席陈某为他们颁奖。",
            ("闽海港务有限公司",),
            "闽海集团",
        ),
    ],
)
def test_a_company_bearing_a_groups_trade_name_is_its_member(extract_text, text, members, group):
    got = parents(extract_text(text))
    for member in members:
        assert (member, group) in got


@pytest.mark.parametrize(
    "text",
    [
        "山东能源集团有限公司与山东电力工程有限公司签约。",  # the same province, not the same firm
        "中国华远集团有限公司与中国建设银行股份有限公司签约。",  # the nation's name alone
        "晋北能源集团有限公司和晋北能源有限公司参加。",  # the group itself without 集团
    ],
)
def test_a_company_sharing_only_an_area_or_the_groups_whole_name_is_no_member(extract_text, text):
    assert not parents(extract_text(text))
