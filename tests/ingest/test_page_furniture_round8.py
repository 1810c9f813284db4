"""Page furniture and headlines, issue 12 round 8: breadcrumbs with other separators
(→, /, 丨), the headline and its meta line printed as one line, a spam keyword glued to
both, an e-paper's page label with a sheet letter, a page laid out in a table copied as
text, header lines that say their part (（引题） / （主题）), a drafting footer (拟稿人),
a date written with 号.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import is_breadcrumb, is_furniture
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

_articles = page_articles

# -- breadcrumbs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "crumb",
    [
        "首页 → 新闻中心 → 工会动态",
        "首页 / 新闻中心 / 工会动态",
        "首页／新闻中心／工会动态",
        "首页 丨 新闻中心 丨 工会动态",
        "首页 | 新闻中心 | 工会动态",
        "网站首页 ⇒ 工会动态",
    ],
)
def test_a_breadcrumb_with_arrows_bars_or_slashes_is_no_headline(tmp_path, crumb):
    assert is_breadcrumb(crumb)
    (a,) = _articles(tmp_path, f"河湾区总工会网\n{crumb}\n{HEAD}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.decks == []
    assert "河湾区总工会网" not in a.text


@pytest.mark.parametrize(
    "line",
    [
        "分享到 | 微信 | 微博 | 更多",  # a share bar: opened by a button, not by the home
        "首页 | 打印 | 关闭",  # buttons alone
        "文/林一帆 图/周立",  # a credit line
        "2024/06/03",
    ],
)
def test_a_bar_of_buttons_or_a_credit_is_no_breadcrumb(line):
    assert not is_breadcrumb(line)


def test_a_headline_over_a_share_bar_stays(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n分享到 | 微信 | 微博 | 更多\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD


# -- e-paper page labels, table rows --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("第1b版:要闻 上一版 下一版", True),  # a page's second sheet
        ("第A03B版：工会", True),
        ("第3版 要闻", True),  # the page's name after a gap, no colon
        ("第3版 要闻 河湾区总工会召开全委会议", False),  # a headline after it is no label
    ],
)
def test_an_epaper_page_label_with_a_sheet_letter_or_a_gap(line, furniture):
    assert is_furniture(line) is furniture


def test_a_page_laid_out_in_a_table_copied_as_text(tmp_path):
    text = f"| {HEAD} | |||\n| 2024/6/3 10:51:45 河湾快报 | |||\n|\n{LEAD}\n| |||\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert "|" not in a.text


def test_a_table_row_of_several_cells_stays_whole(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n{LEAD}\n| 姓名 | 单位 |\n| 林一帆 | 河湾区总工会 |\n")
    assert "| 林一帆 | 河湾区总工会 |" in a.body
