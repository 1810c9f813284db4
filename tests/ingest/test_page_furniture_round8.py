"""Page furniture and headlines, issue 12 round 8: breadcrumbs with other separators
(→, /, 丨), the headline and its meta line printed as one line, a spam keyword glued to
both, an e-paper's page label with a sheet letter, a page laid out in a table copied as
text, header lines that say their part (（引题） / （主题）), a drafting footer (拟稿人),
a date written with 号.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import is_breadcrumb, is_furniture, meta_line
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


# -- the headline and its meta line on one line -------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "reporters"),
    [
        (f"{HEAD} 2024-06-03 来源：河湾日报", "河湾日报", []),
        (f"{HEAD} 发布时间：2024年06月03日 来源：河湾日报 作者：林一帆", "河湾日报", ["林一帆"]),
        (f"{HEAD}发布时间：2024-06-03 来源：河湾日报", "河湾日报", []),  # no gap
        (f"{HEAD}　2024-06-03　来源:河湾日报", "河湾日报", []),  # ideographic spaces, half-width colon
        (f"{HEAD} 2024-06-03 10:20", None, []),  # a date alone after a headline's size
    ],
)
def test_a_headline_and_its_meta_line_printed_as_one(tmp_path, line, outlet, reporters):
    (a,) = _articles(tmp_path, f"当前位置：首页 > 工会动态\n{line}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.date == "2024-06-03"
    assert a.outlet == outlet
    assert a.reporters == reporters


def test_a_traditional_headline_and_its_meta_line_printed_as_one(tmp_path):
    (a,) = _articles(
        tmp_path, "河灣區總工會舉辦職工書法展 2024-06-03 來源：河灣日報\n6月1日，河灣區總工會舉辦職工書法展。\n"
    )
    assert a.headline == "河湾区总工会举办职工书法展"
    assert (a.date, a.outlet) == ("2024-06-03", "河湾日报")


def test_a_posts_account_and_date_stay_an_account_line(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n河湾区总工会 2024-06-03 18:30\n{LEAD}\n")
    assert a.headline == HEAD
    assert a.outlet == "河湾区总工会"


def test_a_list_of_links_each_with_its_date_is_dropped(tmp_path):
    links = "河湾区总工会召开全委会议 2024-05-20\n河湾区总工会开展送清凉活动 2024-05-18\n"
    (a,) = _articles(tmp_path, f"{links}{HEAD}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD and a.date is None
    assert "全委会议" not in a.text


def test_a_spam_keyword_glued_to_the_headline_and_the_date_line_is_cut(tmp_path):
    text = f"某某影视网址{HEAD}\n某某影视网址 2024-06-03 08:15:23 来源: 原创\n{LEAD}\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.date == "2024-06-03"


# -- header lines that say their part --------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "deck"),
    [
        (f"书香润初心 翰墨颂华章（引题）\n{HEAD}（主题）", "书香润初心 翰墨颂华章"),
        (f"书香润初心 翰墨颂华章(引题)某某影视\n{HEAD}(主题)", "书香润初心 翰墨颂华章"),  # spam after the label
        (f"{HEAD}【主题】\n——200余名职工参观【副题】", "——200余名职工参观"),
        (f"原标题：书香润初心（肩题）\n{HEAD}（主标题）", "原标题：书香润初心"),
    ],
)
def test_header_lines_that_say_their_part(tmp_path, header, deck):
    (a,) = _articles(tmp_path, f"{header}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.decks == [deck]


# -- a date with 号, a drafting footer --------------------------------------------------------


def test_a_date_line_written_with_hao(tmp_path):
    m = meta_line("2024年03月13号")
    assert m is not None and m.date == "2024-03-13"
    (a,) = _articles(tmp_path, f"河湾区总工会网站 欢迎您\n{HEAD}\n2024年06月03号\n{LEAD}\n")
    assert a.headline == HEAD and a.date == "2024-06-03"


def test_the_drafter_of_a_government_page_wrote_it_and_its_checker_did_not(tmp_path):
    footer = "拟稿人：林一帆   核稿人：周立   来源：河湾区总工会"
    (a,) = _articles(tmp_path, f"{HEAD}\n发布日期：2024-06-03\n{LEAD}\n{MORE}\n{footer}\n")
    assert a.reporters == ["林一帆"]
    assert "周立" not in a.text


def test_a_long_headline_opened_by_a_columns_tag(tmp_path):
    head = "【河湾】河湾区总工会副主席林一帆带队赴东区督导工会法律援助工作站建设与职工服务阵地规范化建设工作"
    (a,) = _articles(tmp_path, f"当前位置：首页 > 基层动态\n{head}\n发布日期：2024-06-03\n{LEAD}\n{MORE}\n")
    assert a.headline == head
    assert a.body.startswith("6月1日")
