"""Organisations and areas as real union pages print them (realnoise59): company units and their
unions named again by their type word, village unions, zones and short forms of an area's bodies.

Every case is invented (no line comes from a real page).  Each page is read as the build reads it
and its graph is checked with the keys of ``tests/extract/org_pages.check_organisation_page``.
"""

from __future__ import annotations

import pytest

from tests.extract.org_pages import build_page, check_organisation_page  # noqa: F401 (a fixture)

C = pytest.param
CASES = [
    C(
        "5月8日，中建七局三公司襄阳东站项目部举办消防技能比武，公司工会副主席卢振华、项目部工会主席葛文涛出席。",
        "襄阳市",
        {
            "has": [("TradeUnion", "中建七局三公司襄阳东站项目部工会")],
            "post": [("葛文涛", "中建七局三公司襄阳东站项目部工会")],
            "absent": ["项目部工会"],
        },
        id="project-union-by-type-word",
    ),
    C(
        "3月6日，安仁镇总工会为村工会主席开展培训。培训中，柳塘村工会主席戴志平作交流发言。",
        "衡阳市",
        {"absent_part": ["总工会为"], "has": [("AdministrativeArea", "柳塘村")]},
        id="township-union-then-village-union",
    ),
    C(
        "日前，宁夏回族自治区总工会、区交通运输厅在银川市兴庆区举行货车司机入会仪式，200余名司机参加。",
        "银川市",
        {"has": [("Organization", "宁夏回族自治区交通运输厅")], "absent": ["区交通运输厅"]},
        id="region-department-after-bare-district-word",
    ),
    C(
        "欢迎访问浏阳市总工会网站\n您当前的位置：首页 > 工作动态\n市总开展送温暖活动\n发布时间：2026-01-20\n"
        "　　1月18日，市总党组书记、常务副主席许国平带队走访慰问了困难职工。",
        "",
        {"has": [("TradeUnion", "浏阳市总工会")], "post": [("许国平", "浏阳市总工会")]},
        id="site-greeting-names-the-page-s-union",
    ),
    C(
        "泗洪经济开发区工会联合会召开会员代表大会。大会选举周立新为开发区工会联合会主席。",
        "宿迁市",
        {"post": [("周立新", "泗洪经济开发区工会联合会")]},
        id="zone-union-named-by-the-zone-s-ending",
    ),
]


@pytest.mark.parametrize(("text", "region", "want"), CASES)
def test_an_organisation_page(build_page, text, region, want):  # noqa: F811 (the imported fixture)
    check_organisation_page(build_page(text, region), want)
