"""Posts of session 45: a company's report that defines its own short forms, an election
notice of a company union, a vote page's 职务 field.  All text is invented (the areas are real)."""

from __future__ import annotations

from tests.extract.facts_view import names, posts

REPORT = (
    "杭州澜舟智能装备股份有限公司（以下简称“澜舟智能”或“公司”）总部位于浙江省杭州市余杭区，"
    "在嘉兴市和湖州市设有生产基地。公司坚持依靠职工办企业。"
    "2027年4月9日，公司第二届职工代表大会第三次会议召开，代表来自总部及两个子公司（嘉兴澜舟精工有限公司、湖州澜舟电子有限公司）。"
    "会后，公司党委书记、董事长沈静远见证，公司董事、总经理方一鸣与公司工会主席陶景川签订集体合同。"
    "公司工会现有会员3,120名。"
)


def test_a_definition_of_two_short_forms_makes_bare_company_the_defined_one(extract_text):
    facts = extract_text(REPORT, region="杭州市")
    found = posts(facts)
    assert ("沈静远", "杭州澜舟智能装备股份有限公司", "董事长") in found
    assert ("方一鸣", "杭州澜舟智能装备股份有限公司", "总经理") in found
    assert not any(body.startswith("湖州澜舟") for _, body, _ in found)
    # the union written 公司工会 is the defined company's, named in full
    assert "杭州澜舟智能装备股份有限公司工会" in names(facts, "TradeUnion")
    assert ("陶景川", "杭州澜舟智能装备股份有限公司工会", "主席") in found
