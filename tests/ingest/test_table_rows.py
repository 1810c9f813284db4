"""A numbered table inside a notice (序号　候选人　得票数 … / 1　　某某　　115 …): its rows are
the body's, no headline of an article after them.  All text is invented."""

from __future__ import annotations

from kg.ingest.shapes import title_like
from tests.ingest.invented_page import page_articles

NOTICE = (
    "南湖区精工机械有限公司工会换届选举结果公告\n\n"
    "　　南湖区精工机械有限公司工会第二次会员代表大会于2027年10月9日召开，实到代表88名。现将选举结果公告如下：\n\n"
    "一、委员选举计票结果\n"
    "序号　候选人　　得票数　得票率　　结果\n"
    "1　　葛立新　　86　　97.7%　　当选\n"
    "2　　钮美玲　　80　　90.9%　　当选\n"
    "3　　郜文斌　　41　　46.6%　　未当选\n"
    "（得票率按有效票计算。）\n\n"
    "　　当选委员（按姓氏笔画排序）：葛立新、钮美玲。第一次全体会议选举葛立新为工会主席。\n"
)


def test_a_numbered_tables_rows_head_no_article(tmp_path):
    articles = page_articles(tmp_path, NOTICE)
    assert len(articles) == 1
    assert "葛立新为工会主席" in articles[0].body


def test_a_table_row_is_no_headline_but_a_short_title_is():
    assert not title_like("1 葛立新 86 97.7% 当选")
    assert not title_like("序号 候选人 得票数 得票率 结果")
    assert title_like("2027年职工运动会开幕")
