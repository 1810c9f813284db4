"""Articles of a page grammar (session 40), on short invented pages run through the real
reader: which headlines the page is cut under.

* a result notice of a trading website that shows, under a rule, a later item of the same
  column in full: its headline and its meta line printed as one line (【同栏目】标题　发布时间：…),
  then its own text and signature.  The item heads an article of its own.

Near-miss: a list of links under the rule, each with its date, heads nothing.

All text is invented.
"""

from __future__ import annotations

import pytest

from tests.ingest.page_reading import read_page_articles

_MAST = "江门公共资源交易网\n首页 | 交易信息 | 政府采购 | 工程建设\n\n您当前的位置：首页 > 政府采购 > 结果公告\n\n"
_RESULT = (
    "江门市蓬江区总工会职工书屋图书采购项目成交结果公告\n\n"
    "发布时间：2027-04-02 15:10　　信息来源：广东岭信招标代理有限公司　　浏览：211\n\n"
    "一、项目名称：职工书屋图书采购项目\n"
    "二、成交信息：成交供应商为江门市书香文化传播有限公司，成交金额：¥186,000.00。\n"
    "三、公告期限：自本公告发布之日起1个工作日。\n\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
)
_FOOT = "\n━━━━━━━━━━━━━━━━━━━━━━━━━━\n主办单位：江门市公共资源交易中心　　粤ICP备1102××××号\n"

CASES = [
    pytest.param(
        _MAST
        + _RESULT
        + "【同栏目】江门市蓬江区潮连街道总工会2027年5月至7月政府采购意向　　　发布时间：2027-04-01\n\n"
        + "　　为便于供应商及时了解政府采购信息，现将潮连街道总工会2027年5月至7月采购意向公开如下：\n"
        + "　　序号1　项目名称：职工之家运营服务　　预算金额：12.00万元　　预计采购时间：2027年6月\n"
        + "　　　　　　　　　　　　江门市蓬江区潮连街道总工会\n　　　　　　　　　　　　　　2027年4月1日\n"
        + _FOOT,
        ["江门市蓬江区总工会职工书屋图书采购项目成交结果公告", "江门市蓬江区潮连街道总工会2027年5月至7月政府采购意向"],
        id="later-item-headline-and-meta-on-one-line",
    ),
    pytest.param(
        _MAST
        + _RESULT
        + "江门市蓬江区荷塘镇总工会职工疗休养服务采购项目中标公告　2027-03-28\n"
        + "江门市蓬江区杜阮镇总工会劳动竞赛奖品采购项目成交公告　2027-03-21\n"
        + "江门市蓬江区环市街道总工会职工健康体检服务采购项目公告　2027-03-15\n"
        + _FOOT,
        ["江门市蓬江区总工会职工书屋图书采购项目成交结果公告"],
        id="near-miss-list-of-links-under-rule",
    ),
]


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles40")

    def run(text: str, name: str) -> list[str]:
        return [h for h, _, _ in read_page_articles(folder, text, name)]

    return run


@pytest.mark.parametrize(("page", "want"), CASES)
def test_headlines_of_later_items(headlines, page: str, want: list[str], request) -> None:
    assert headlines(page, request.node.callspec.id) == want
