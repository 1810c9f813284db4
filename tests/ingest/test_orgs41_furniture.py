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
