"""Posts of session 51: a chain of titles running back across a comma after an adverb or a
preposition, a table's 工作单位及职务 column with its cells one a line, and a bare 公司 after
a verb of taking an office.  All text is invented (the areas are real)."""

from __future__ import annotations

import pytest

from tests.extract.facts_view import posts

CHAIN = "县委常委、宣传部部长，县总工会主席欧阳明"


@pytest.mark.parametrize(
    "text",
    [
        f"表彰大会将于5月10日举行，届时{CHAIN}出席并讲话。",  # after an adverb
        f"奖牌将在大会上颁发，届时由{CHAIN}为代表颁奖。",  # after a preposition
        f"在{CHAIN}的陪同下，一行人来到车间。",
    ],
)
def test_a_chain_runs_back_across_a_comma_after_an_adverb_or_a_preposition(extract_text, text):
    found = posts(extract_text(text + "\n", region="岳阳县"))
    assert ("欧阳明", "岳阳县总工会", "主席") in found
    assert ("欧阳明", "中共岳阳市岳阳县委员会", "常委") in found
    assert ("欧阳明", "中共岳阳市岳阳县委宣传部", "部长") in found


@pytest.mark.parametrize(
    "text",
    [
        "大会选举周红为主席，县总工会党组书记欧阳明讲话。",
        "会议选举周红当选为主席，县总工会党组书记欧阳明讲话。",
        "会议由副主席主持，县总工会主席欧阳明讲话。",
    ],
)
def test_a_title_closing_another_clause_stays_out_of_the_chain(extract_text, text):
    found = posts(extract_text(text + "\n", region="岳阳县"))
    assert not any(n == "欧阳明" and r == "主席" and "党组书记" in text for n, _, r in found)
    assert not any(n == "欧阳明" and r == "副主席" for n, _, r in found)


AWARDEES = "\n".join(
    [
        "2026年度白城市五一劳动奖章获奖人员名单",
        "序号",
        "姓名",
        "性别",
        "民族",
        "工作单位及职务",
        "1",
        "韩立新",
        "男",
        "满族",
        "白城精工机械有限公司铸造车间主任",
        "2",
        "钱晓燕",
        "女",
        "汉族",
        "洮南市安定镇中心卫生院副院长",
        "3",
        "孙立",
        "男",
        "蒙古族",
        "白城精工机械有限公司质量保证部经理",
        "4",
        "周强",
        "男",
        "汉族",
        "白城精工机械有限公司技术员",
    ]
)


def test_a_unit_and_office_cell_one_a_line_is_a_chain_before_the_rows_name(extract_text):
    found = posts(extract_text(AWARDEES + "\n", region="白城市"))
    assert ("韩立新", "白城精工机械有限公司", "铸造车间主任") in found
    assert ("孙立", "白城精工机械有限公司", "质量保证部经理") in found
    assert any(n == "钱晓燕" and r == "副院长" for n, _, r in found)
    assert not any(n == "周强" for n, _, _ in found)  # (a job, no office)


@pytest.mark.parametrize(
    "tail",
    [
        "原A3标项目经理石磊（现任公司工程管理部部长）一同参加。",
        "石磊（现任公司工程管理部部长）一同参加。",
        "原项目经理石磊（现任公司副总经理）一同参加。",
    ],
)
def test_a_bare_company_after_a_verb_of_office_is_the_company_named_before(extract_text, tail):
    text = "重庆渝东高速公路建设有限公司副总经理罗成汇报了工作。" + tail + "\n"
    found = posts(extract_text(text, region="黔江区"))
    role = "副总经理" if "副总经理）" in tail else "工程管理部部长"
    assert ("石磊", "重庆渝东高速公路建设有限公司", role) in found
    assert not any(n == "石磊" and r == "项目经理" for n, _, r in found)


def test_a_units_head_after_a_verb_of_office_on_a_companys_page_keeps_the_unit(extract_text):
    """公司 after 现任 is read as a body now: a unit named after it is still the company's."""
    text = "沈阳华盛机械有限公司工会召开会员代表大会。石磊当选工会副主席。石磊现任公司安全环保部部长（兼）。\n"
    found = posts(extract_text(text, region="铁西区"))
    assert ("石磊", "沈阳华盛机械有限公司", "安全环保部部长") in found
