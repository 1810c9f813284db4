"""Pages of session 56: a site's headline broken over two lines of its heading (the
``<title>`` giving it whole), a sidebar of its most read items (热点信息), the closing
fields of a post under a note (来源：… 图文：X), an aria-hidden template string; a video-news
page's player, programme line and 【简讯】 after the item; a prompt's word quoted in a
headline (“扫码”); an e-paper page's list of the issue's pages (版面导航), the 引题 over a
title its list names and the column name it lists as a piece's headline (图片新闻).

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.genre_furniture import app_prompt, genre_line
from kg.ingest.html import read_html
from kg.ingest.meta_lines import meta_line


def _read(folder: Path, text: str, name: str) -> list:
    page = folder / name
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


def _blocks(raw: str) -> list[str]:
    return [b.text.text for b in read_html(raw)[0].blocks]


_SITE = """<html><head><title>{title}</title></head><body>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; 正文</div>
<div class="art-left">
<h1 class="art-title">{h1}</h1>
<div class="art-info">来源：柏林区总工会　作者：卓文清　发布时间：2031-05-12 10:20</div>
<div class="art-content">
<p>5月10日，柏林区总工会在区工人文化宫举办快递行业集体合同签约仪式，80余人参加。</p>
<p>区总工会主席戚明远出席并讲话。</p>
<p style="text-align:right">（柏林区总工会 供稿）</p>
</div>
{after}
</div>
{side}
</body></html>"""

_H1 = "柏林区举行2031年快递行业<br />集体合同签约仪式"
_WHOLE = "柏林区举行2031年快递行业集体合同签约仪式"


def test_a_headline_broken_in_its_heading_is_one_where_the_title_gives_it_whole(tmp_path) -> None:
    raw = _SITE.format(title=f"{_WHOLE}-工作动态-柏林职工家园", h1=_H1, after="", side="")
    arts = _read(tmp_path, raw, "site.html")
    assert [a.headline for a in arts] == [_WHOLE]
    assert arts[0].reporters == ["卓文清"]


def test_two_lines_of_a_heading_the_title_does_not_join_stay_two() -> None:
    raw = _SITE.format(title="柏林职工家园", h1=_H1, after="", side="")
    assert _blocks(raw)[:2] == ["柏林区举行2031年快递行业", "集体合同签约仪式"]


def test_a_sidebar_of_the_sites_most_read_items_is_furniture() -> None:
    side = (
        '<div class="art-right"><div class="side-box"><h3>热点信息</h3><ul>'
        '<li><a href="/a.html">松岗区职工书屋开放</a></li><li><a href="/b.html">桃源街道工会换届</a></li>'
        "</ul></div></div>"
    )
    text = _blocks(_SITE.format(title=_WHOLE, h1=_WHOLE, after="", side=side))
    assert not any("松岗区" in t or "桃源街道" in t for t in text)


def test_a_note_over_the_posts_closing_fields_heads_no_article(tmp_path) -> None:
    # (来源：… is a labelled meta line: under a short line after the text, it would date a
    # later headline; with no text under it the line is the post's last note)
    after = (
        "<p>骑手可通过“职工e家”小程序申请入会</p>"
        "<p>来源：柏林区总工会</p><p>图文：卓文清</p><p>编辑：季小雨</p><p>#快递行业 #集体合同</p>"
    )
    raw = _SITE.format(title=_WHOLE, h1=_WHOLE, after=after, side="")
    arts = _read(tmp_path, raw, "post.html")
    assert [a.headline for a in arts] == [_WHOLE]
    assert "卓文清" in arts[0].reporters


def test_an_aria_hidden_template_string_is_no_text() -> None:
    after = '<div class="fn" aria-hidden="true">：，。视频小程序赞，轻点两下取消赞在看</div>'
    text = _blocks(_SITE.format(title=_WHOLE, h1=_WHOLE, after=after, side=""))
    assert not any("轻点两下" in t for t in text) and any("80余人参加" in t for t in text)


_VIDEO = """江北融媒
当前位置：首页 > 视频 > 江北新闻

【视频】江北县举办2031年“春风行动”专场招聘会
来源：江北县融媒体中心　　发布时间：2031-02-20 10:05　　浏览量：1208

▶
00:00 / 02:48
1.5x　倍速　超清　弹幕 开　小窗　全屏
弹幕已关闭

节目：《江北新闻》　　播出时间：2031年2月19日 19:00　　江北电视台新闻频道
本期播报：AI虚拟主播“江小北”

【导语】
近日，由县总工会、县人社局联合主办的2031年“春风行动”专场招聘会在县体育馆举行。

【正文】
招聘会共吸引求职群众3100余人入场。县总工会党组书记、主席濮文山到现场察看。

记者：苗若溪　钭建平　　摄像：仉明轩　　编辑：巫晓雪

【简讯】
柳湾镇总工会召开第一次会员代表大会
2月18日，柳湾镇总工会第一次会员代表大会召开，选举产生第一届委员会，阙海棠当选主席。
（记者：钭建平）

责任编辑：巫晓雪　　审核：庹国梁
"""


def test_a_video_pages_item_and_the_brief_under_it(tmp_path) -> None:
    arts = _read(tmp_path, _VIDEO, "video.txt")
    assert [a.headline for a in arts] == ["江北县举办2031年“春风行动”专场招聘会", "柳湾镇总工会召开第一次会员代表大会"]
    assert sorted([*arts[0].reporters, *arts[0].photographers]) == sorted(["苗若溪", "钭建平", "仉明轩"])
    assert arts[1].reporters == ["钭建平"]


def test_a_video_pages_programme_line_and_anchor_are_no_text(tmp_path) -> None:
    body = _read(tmp_path, _VIDEO, "video2.txt")[0].body
    assert "本期播报" not in body and "江小北" not in body and "播出时间" not in body
    assert "倍速" not in body and "弹幕" not in body


@pytest.mark.parametrize(
    ("line", "player"),
    [
        ("1.0x　倍速　高清　弹幕 关　小窗　全屏", True),
        ("弹幕已关闭", True),
        ("2.0倍 全屏", True),
        ("关心关爱 全屏展示", False),
    ],
)
def test_a_video_players_buttons_are_furniture(line: str, player: bool) -> None:
    assert genre_line(line) is player


@pytest.mark.parametrize(
    "line",
    ["节目：《江北新闻》　　播出时间：2031年2月19日 19:00　　江北电视台新闻频道", "本期播报：AI虚拟主播“江小北”"],
)
def test_a_programme_line_and_its_anchor_are_meta_lines(line: str) -> None:
    assert meta_line(line) is not None


@pytest.mark.parametrize(
    ("line", "prompt"),
    [
        ("松岗镇：210名骑手“扫码”入会 驿站揭牌运行", False),
        ("长按识别下方二维码 · 扫码入会", True),
        ("打开“职工e家”APP，观看完整版", True),
    ],
)
def test_a_prompts_word_in_quotes_is_a_headlines(line: str, prompt: bool) -> None:
    assert app_prompt(line) is prompt


_EPAPER = """岭海工人报 · 数字报
2031年03月12日　星期三
第04版：基层工会
版面导航
01　要闻　　　　省总工会全委会议召开
02　综合新闻　　全省技能竞赛成果发布
03　劳动保障　　欠薪线索这样反映
本版标题：
·梧岭启动“春送岗位”活动
·桂溪区工会驿站挂牌
·图片新闻

新闻简讯
━━━━━━━━━━━━━━━━━━━━

三百个岗位送到家门口
梧岭启动“春送岗位”活动
本报讯（记者 阚子航 通讯员 郜文静）3月10日，梧岭市总工会“春送岗位”活动启动，300余名职工参加。
市总工会副主席晏春生出席。
──────────

桂溪区工会驿站挂牌
本报讯（通讯员 亓晓阳）3月9日，桂溪区总工会户外劳动者驿站挂牌运行。
──────────

图片新闻
3月11日，桂溪区环卫工人在驿站里喝上了热茶。
本报记者 阚子航 摄

━━━━━━━━━━━━━━━━━━━━
本版责编：郗小禾
"""


def test_an_issues_list_of_pages_is_furniture(tmp_path) -> None:
    arts = _read(tmp_path, _EPAPER, "epaper.txt")
    assert not any("全委会议" in a.text or "欠薪线索" in a.text for a in arts)


def test_the_title_an_epapers_list_names_heads_its_piece_under_a_kicker(tmp_path) -> None:
    arts = _read(tmp_path, _EPAPER, "epaper2.txt")
    first = next(a for a in arts if a.reporters)
    assert first.headline == "梧岭启动“春送岗位”活动"
    assert first.decks == ["三百个岗位送到家门口"]


def test_a_column_name_the_list_names_heads_its_own_piece(tmp_path) -> None:
    arts = _read(tmp_path, _EPAPER, "epaper3.txt")
    assert [a.headline for a in arts if a.headline] == ["梧岭启动“春送岗位”活动", "桂溪区工会驿站挂牌", "图片新闻"]
    assert arts[-1].photographers == ["阚子航"]
    assert not any("阚子航" in a.photographers for a in arts[:-1])
