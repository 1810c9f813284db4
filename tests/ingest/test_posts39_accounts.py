"""Whose page a WeChat post is (round posts39): the 原创 line names the account and its owner
(原创　某某工会　某县总工会), and the date on the next line.  The owner's name places the page in
its county, so that the captions' bare bodies (县总工会主席X, 县妇联主席Y) are that county's and
hold their posts there; without the line, a page naming only its city leaves them bare.

All text is invented.
"""

from __future__ import annotations

import pytest

from kg.extract.article import ArticleExtractor
from kg.extract.page import infer_page
from kg.ingest import read_articles
from kg.model.article import article_id


def _page(account: str, dated: bool = False) -> str:
    date = "　2027年3月9日 18:36　陕西" if dated else "\n2027年3月9日 18:36　陕西"
    return (
        "点击蓝字　关注我们\n\n"
        "巾帼展风采　奋进新征程｜我县“三八”系列活动精彩纷呈\n\n"
        f"{account}{date}\n\n"
        "　　3月6日上午，县总工会、县妇联联合举办全县女职工技能比武，汉中市总工会派员观摩，80名女职工参加了比拼。\n\n"
        "[图片]\n"
        "▲县总工会主席祝汉升宣布比赛开幕\n\n"
        "[图片]\n"
        "▲县妇联主席谌丽蓉（右二）为获奖选手颁奖\n"
    )


CASES = [
    pytest.param(
        "原创　城固工会　城固县总工会",
        {("祝汉升", "城固县总工会", "主席"), ("谌丽蓉", "汉中市城固县妇女联合会", "主席")},
        id="W01 account and owner: the owner's county",
    ),
    pytest.param(
        "原创　城固县总工会",
        {("祝汉升", "城固县总工会", "主席"), ("谌丽蓉", "汉中市城固县妇女联合会", "主席")},
        id="W02 the owner alone",
    ),
    pytest.param(
        "原创　城固工会　城固县总工会*",
        {("祝汉升", "城固县总工会", "主席"), ("谌丽蓉", "汉中市城固县妇女联合会", "主席")},
        id="W05 the date on the account's line",
    ),
    pytest.param(
        "原创　韩晓梅　祁向荣",
        {("祝汉升", "县总工会", "主席"), ("谌丽蓉", "县妇联", "主席")},
        id="W03 near-miss: two people's names place nothing",
    ),
    pytest.param(
        "",
        {("祝汉升", "县总工会", "主席"), ("谌丽蓉", "县妇联", "主席")},
        id="W04 near-miss: no account line, the city only",
    ),
]


@pytest.mark.parametrize(("account", "expected"), CASES)
def test_a_posts_account_places_its_captions(nlp, gaz, tmp_path, account, expected):
    page = tmp_path / "post.txt"
    page.write_text(_page(account.rstrip("*"), dated=account.endswith("*")), encoding="utf-8")
    articles = read_articles([str(page)]).articles
    docs = [nlp(a.text) for a in articles]
    ctx = infer_page(docs, articles, gaz, None)
    extractor = ArticleExtractor(gaz)
    found = set()
    for a, d in zip(articles, docs, strict=True):
        facts = extractor.extract(d, a, ctx, article_id(a))
        found |= {(r.subject.name, r.object.name, r.role) for r in facts.relations if r.pred == "post"}
    assert found == expected
