"""Pages of session 58: a platform account's page (the account's name, its channel label
某某号·政务 with what the account is, an originality mark glued to them, a date line closed
by a follow button), a closing credit in brackets under a page whose headline is marked
up, and a printed bulletin's running head (its name and issue number over each page), its
list of people one row a line and a unit's signature under an item.

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.account_pages import channel_line, without_button
from kg.ingest.meta_lines import meta_line
from kg.model.article import Article


def _read(folder: Path, raw: str, name: str) -> list[Article]:
    page = folder / name
    page.write_text(raw, encoding="utf-8")
    return read_articles([str(page)]).articles


_HEAD = "栖霞县举办竹编职工技能大赛 64名篾匠同台比技艺"
_ACCOUNT_PAGE = f"""潮汐新闻　|　潮汐号
首页　　要闻　　潮汐号　　地方　　视频　　　　[ 搜索 ]　　登录 / 注册
当前位置：潮汐号 > 地方 > 浙江

{_HEAD}

栖霞融媒
潮汐号 · 政务　｜　栖霞县融媒体中心官方账号　｜　已入驻潮汐号 512 天
2031-06-02 10:15　　发布于浙江　　　　　　　[ ＋关注 ]

来源：潮汐号　　原文来源：栖霞县融媒体中心客户端

　　栖霞融媒讯（记者 仉文涛　通讯员 阚秋萍）6月1日，栖霞县总工会在县职工服务中心举办竹编职工技能大赛，64名篾匠参赛。

▲6月1日，参赛选手在比赛现场编织竹篮。（栖霞融媒 亓志远 摄）

　　县总工会主席邵晓峰出席开幕式并致辞，他说，竹编是全县群众增收的特色产业。

责任编辑：柴一鸣
"""


def test_an_accounts_lines_under_the_headline_are_no_headline(tmp_path) -> None:
    (art,) = _read(tmp_path, _ACCOUNT_PAGE, "account.txt")
    assert art.headline == _HEAD and art.date == "2031-06-02"
    assert art.reporters == ["仉文涛", "阚秋萍"] and art.photographers == ["亓志远"]
    assert "栖霞融媒\n" not in art.text and "已入驻" not in art.text and "关注" not in art.text
    # (the account's name and what it is say whose page it is)
    assert {"栖霞融媒", "栖霞县融媒体中心官方账号"} <= set(art.furniture)


# (the spans of the mark, the account and the channel stand with no space between them)
_ABOUT = '<span class="orig">原创</span><span class="author">滨江区工会</span><span class="tag">澜汐号·政务</span>'
_STATEMENT = (
    "本文为澜汐号作者或机构在澜汐新闻上传并发布，仅代表该作者或机构观点，不代表澜汐新闻的观点或立场，"
    "澜汐新闻仅提供信息发布平台。申请澜汐号请用电脑访问 https://gov.lanxi.example.cn。"
)
_MARKED_PAGE = (
    """<html><head><title>{head}_澜汐号·政务_澜汐新闻</title></head><body>
<div class="crumb"><a href="/gov">澜汐号</a> &gt; <a href="/gov/zw">政务</a> &gt; 正文</div>
<div class="news_title"><h1>{head}</h1></div>
<div class="news_about">"""
    + _ABOUT
    + """
<p><span class="date">2031-05-19 18:42</span>　<span class="loc">来源：澜汐新闻·澜汐号</span></p></div>
<div class="news_txt">
<p>5月19日上午，滨江区快递员联合工会成立大会在区职工服务中心召开，应到会员代表50名，实到48名。</p>
<p>大会选举产生了联合工会第一届委员会，区总工会主席卜海涛出席并讲话。</p>
<p class="credit">（通讯员 訾晓丹 宓文博）</p>
</div>
<div class="news_statement">"""
    + _STATEMENT
    + """</div>
</body></html>"""
)
_MARKED_HEAD = "滨江区快递员联合工会成立"


def test_a_glued_originality_mark_account_and_channel_are_no_headline(tmp_path) -> None:
    (art,) = _read(tmp_path, _MARKED_PAGE.format(head=_MARKED_HEAD), "marked.html")
    assert art.headline == _MARKED_HEAD and "澜汐号·政务" not in art.text
    assert "滨江区工会" in art.furniture


def test_a_closing_credit_in_brackets_closes_a_marked_up_article(tmp_path) -> None:
    (art,) = _read(tmp_path, _MARKED_PAGE.format(head=_MARKED_HEAD), "closing.html")
    assert art.reporters == ["訾晓丹", "宓文博"] and "实到48名" in art.text


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        ("潮汐号 · 政务　｜　栖霞县融媒体中心官方账号　｜　已入驻潮汐号 512 天", ["栖霞县融媒体中心官方账号"]),
        ("原创滨江区工会澜汐号·政务", ["滨江区工会"]),
        ("原创 滨江区工会 澜汐号·政务", ["滨江区工会"]),
        ("澜汐号·湃客", []),
        ("澜汐号·政务　｜　已入驻澜汐号 30 天", []),
        ("栖霞县总工会举办竹编大赛", None),  # (a headline)
        ("栖霞县融媒体中心官方账号", None),  # (what the account is, alone: no channel named)
        ("潮汐号 · 政务　｜　6月1日，县总工会举办大赛。", None),  # (a sentence after the bar)
    ],
)
def test_the_accounts_channel_line(line: str, owners: list[str] | None) -> None:
    assert channel_line(line) == owners


def test_a_date_line_closed_by_a_follow_button_is_a_meta_line() -> None:
    line = "2031-06-02 10:15　　发布于浙江　　[ ＋关注 ]"
    meta = meta_line(without_button(line))
    assert meta is not None and meta.date == "2031-06-02"
    assert without_button("县总工会关注职工健康") == "县总工会关注职工健康"  # (a word in text: no button)


_RUNNING = "青禾县总工会工作简报　　　　　　　　　　　　2031年第4期"
_BULLETIN = f"""内部资料　注意保存

青 禾 县 总 工 会
工　作　简　报

2031年第4期（总第88期）

青禾县总工会办公室编印　　　　　　　　2031年6月8日
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

劳模座谈会在县职工服务中心召开

　　6月7日，县总工会召开劳模座谈会，县总工会主席尹国梁主持，20名
劳模代表参加。
（县总工会劳动和经济工作部）

县总工会召开第五届委员会第三次全体会议

— 1 —
\f{_RUNNING}

　　6月6日，县总工会第五届委员会第三次全体会议在县职工服务中心召
开，会议应到委员25名，实到23名，选举鄂建国为县总工会副主席。
（县总工会组织部）

女职工技能培训班开班

　　6月7日下午，县总工会女职工技能培训班在县职工服务中心开班，50
名女职工参加培训。
（县总工会女职工部）

— 2 —
\f{_RUNNING}

县总工会表彰一批优秀职工

　　6月5日，县总工会召开表彰会，表彰一批优秀职工，县总工会主席
尹国梁出席并讲话，县总工会副主席郜丽娜主持会议，80余人参加。
　　附：表彰名单
一、青禾县优秀职工（4名）
满春生　青禾县粮油加工有限公司车间主任
籍秀芳（女，回族）　青禾县人民医院急诊科护士长
鄂建国（满族）　青禾县自来水公司抢修工
郗晓燕（女，土家族）　青禾县实验中学语文教研组长
（县总工会办公室）

— 3 —
"""


def test_a_bulletins_running_head_is_no_headline_and_no_text(tmp_path) -> None:
    arts = _read(tmp_path, _BULLETIN, "bulletin.txt")
    assert [a.headline for a in arts] == [
        "劳模座谈会在县职工服务中心召开",
        "县总工会召开第五届委员会第三次全体会议",  # (at the foot of page 1, its text on page 2)
        "女职工技能培训班开班",
        "县总工会表彰一批优秀职工",
    ]
    assert not any("工作简报" in a.text for a in arts)
    assert "青禾县总工会工作简报" in arts[0].furniture  # (the bulletin's name: whose page)


def test_a_list_of_people_keeps_a_row_a_line_and_the_units_signature_its_own(tmp_path) -> None:
    last = _read(tmp_path, _BULLETIN, "rows.txt")[-1]
    lines = last.text.split("\n")
    assert "籍秀芳（女，回族） 青禾县人民医院急诊科护士长" in lines  # (the page's gap read as a space)
    assert any(line.startswith("郗晓燕") for line in lines) and lines[-1] == "（县总工会办公室）"
