"""Page furniture of session 41's organisation family: the readers' comments under a
heading whose count is written as a phrase (网友评论（已有4条评论）), whose text names no
body of the report.  All text is invented.
"""

from __future__ import annotations

import pytest

from kg.ingest.page_furniture import opens_comments
from tests.ingest.page_reading import read_page_articles


@pytest.mark.parametrize(
    "line",
    ["网友评论（已有12条评论）　　　　　　[查看全部]", "读者留言（已有3条留言）", "网友评论（共8条）"],
)
def test_a_comment_heading_with_its_count_as_a_phrase(line):
    assert opens_comments(line)


@pytest.mark.parametrize("line", ["评论员文章", "网友评论区建设座谈会召开"])
def test_a_line_that_only_opens_with_the_word_heads_no_comments(line):
    assert not opens_comments(line)


def test_the_comments_under_such_a_heading_are_furniture(tmp_path):
    page = (
        "东原职工网　东原市总工会主办\n\n"
        "首页 > 工会新闻 > 区县动态\n\n"
        "河西区总工会举办职工象棋比赛\n\n"
        "发布时间：2027-03-02 09:00　来源：河西区总工会　作者：柏青山\n\n"
        "　　3月1日，河西区总工会在区职工活动中心举办职工象棋比赛，来自全区的48名职工参加。\n\n"
        "网友评论（已有2条评论）　　　　　　[查看全部]\n"
        "河西老棋迷 [东原网友]　2027-03-02 10:11\n"
        "　　给老家工会点赞，明年还来！\n"
        "[我要评论]　　请先登录后发表评论\n"
    )
    arts = read_page_articles(tmp_path, page, "comments41")
    text = "\n".join(t for *_, t in arts)
    assert "象棋比赛" in text
    assert "老家工会" not in text


_SITE = (
    "东原职工网　东原市总工会主办\n\n"
    "首页 | 工会要闻 | 基层动态 | 维权帮扶 | 通知公告\n\n"
    "您现在的位置：首页 > 基层动态\n\n"
    "河西区总工会举办职工象棋比赛\n\n"
    "发布时间：2027-03-02 09:00　来源：河西区总工会　作者：柏青山\n\n"
    "　　3月1日，河西区总工会在区职工活动中心举办职工象棋比赛，来自全区的48名职工参加。\n\n"
)


def test_a_menu_column_repeated_over_bulleted_titles_below_the_article_is_a_sidebar(tmp_path):
    """通知公告 / · 某市总工会来我区交流… under the article: the menu's column again, other
    pages' headlines under it, no part of the report."""
    page = _SITE + (
        "上一篇：河西区总工会召开全委会议\n\n"
        "通知公告\n"
        "· 北川市总工会来我区交流职工之家建设经验\n"
        "· 关于2027年度东原市五一劳动奖章推荐人选的公示\n\n"
        "主办：河西区总工会　地址：河西区××路××号\n"
    )
    text = "\n".join(t for *_, t in read_page_articles(tmp_path, page, "sidebar41"))
    assert "象棋比赛" in text
    assert "北川市" not in text


def test_a_heading_of_the_articles_own_over_bulleted_lines_stays(tmp_path):
    """A heading that is no column of the menu, over bulleted lines, is the article's own."""
    page = _SITE + "比赛设置\n· 北川市总工会派出裁判组\n· 南湖街道总工会提供场地\n\n"
    page += "　　比赛持续一天，赛后举行了颁奖仪式。\n"
    text = "\n".join(t for *_, t in read_page_articles(tmp_path, page, "own41"))
    assert "北川市总工会派出裁判组" in text
