"""Pages of session 57: a folded article (a share page's or a news app's first paragraphs,
a control 展开全文 and the rest in a box hidden until the reader taps it), a headline a
``<br>`` breaks whose ``<title>`` puts a space at the break, a photo gallery before the
text with a unit's pictures and its 查看全部图片 button, a dateline of a client and a site
joined by a middle dot (某某新闻客户端·某某网4月15日消息), a video's caption with its AI
anchor before the crew credit, and an app's lone 立即打开 button.

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.bylines import byline_at_start
from kg.ingest.html import read_html
from kg.ingest.meta_lines import meta_line
from kg.ingest.shapes import credited_caption
from kg.model.article import Article


def read_page_articles(folder: Path, raw: str) -> list[Article]:
    page = folder / "page.html"
    page.write_text(raw, encoding="utf-8")
    return read_articles([str(page)]).articles


_SHOWN = (
    "<p>湖滨讯（记者 柯雨桐）5月6日，湖滨县总工会第九次代表大会在县文化中心召开，"
    "实到代表186名，代表全县980个基层工会出席会议。</p>"
    "<p>县委书记邬振东出席并讲话，他充分肯定了县总工会五年来的工作，要求新一届领导班子"
    "围绕茶叶、竹木加工等主导产业组织职工建功立业，把职工之家建到园区和山乡。</p>"
    "<p>县总工会主席庞立群代表第八届委员会作工作报告，报告回顾了五年来新建基层工会"
    "组织112个、发展会员9600余名、投入帮扶资金380万元的工作成效。</p>"
)
_REST = "<p>当天下午，县总工会第九届委员会第一次全体会议选举瞿海燕为县总工会主席。</p>"


def _share_page(control: str, rest: str = _REST, after: str = "") -> str:
    return (
        "<html><head><title>湖滨县总工会第九次代表大会召开-湖滨云</title></head><body>"
        '<div class="article"><h1>湖滨县总工会第九次代表大会召开</h1>'
        f'<div class="art-body">{_SHOWN}{control}'
        f'<div class="fold-rest" style="display:none">{rest}</div>{after}</div></div></body></html>'
    )


def _text(raw: str) -> str:
    return "\n".join(b.text.text for b in read_html(raw)[0].blocks)


@pytest.mark.parametrize(
    "control",
    [
        '<div class="fold-mask"><a href="javascript:;">展开全文 ∨</a><a href="app://x">打开APP阅读全文</a></div>',
        "<button>展开全文</button>",  # (a button, furniture itself, still marks the fold)
        '<div class="more"><span>剩余75%未读</span>　<span>点击展开</span></div>',
        '<p class="unfold">继续阅读 &gt;</p>\n',
    ],
)
def test_the_hidden_box_right_after_a_fold_control_is_the_articles_rest(control: str) -> None:
    text = _text(_share_page(control))
    assert "瞿海燕为县总工会主席" in text and "实到代表186名" in text
    assert "展开全文" not in text and "点击展开" not in text


def test_a_folded_articles_rest_is_read_into_its_article(tmp_path) -> None:
    raw = _share_page('<div class="fold-mask"><a href="javascript:;">展开全文 ∨</a></div>')
    (art,) = read_page_articles(tmp_path, raw)
    assert "瞿海燕" in art.text and art.reporters == ["柯雨桐"]


@pytest.mark.parametrize(
    ("control", "rest"),
    [
        ("", _REST),  # no control before it: an app-only box
        ('<p class="tip">本文来自湖滨云客户端</p>', _REST),  # a line, but no fold's control
        ('<div class="fold-mask">展开全文</div>', "<p>扫码下载湖滨云</p>"),  # no sentence in it
        ('<div class="fold-mask">展开全文</div><p>此后的正文。</p>', _REST),  # text between
    ],
)
def test_a_hidden_box_not_right_after_a_fold_control_stays_hidden(control: str, rest: str) -> None:
    text = _text(_share_page(control, rest))
    assert "瞿海燕" not in text and "扫码下载" not in text and "实到代表186名" in text


def test_a_hidden_promotion_after_the_folded_rest_stays_hidden() -> None:
    after = '<div class="app-only" style="display:none"><p>【延伸阅读】湖滨县总工会第八次代表大会专题。</p></div>'
    text = _text(_share_page('<div class="fold-mask">展开全文</div>', after=after))
    assert "瞿海燕" in text and "延伸阅读" not in text


_GALLERY_PAGE = """<html><head><title>{title}_区域_湖城晚报网</title></head><body>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/qy/">区域</a> &gt; 正文</div>
<h1>{h1}</h1>
<div class="info"><span>2031-05-09 08:30</span>　<span>来源：湖城晚报</span>
　<span>作者：记者 祁梦瑶　通讯员 仝立伟</span></div>
<div class="gallery">
<div class="g-item"><img src="1.jpg" /><p>5月8日，区领导为获奖班组授牌。　记者 祁梦瑶 摄</p></div>
<div class="g-item"><img src="2.jpg" /><p>一等奖获得者上台领奖。　通讯员 仝立伟 摄</p></div>
<div class="g-item"><img src="3.jpg" /><p>获奖选手合影。　区总工会供图</p></div>
<div class="g-ctrl"><a>上一张</a> <span>1/3</span> <a>下一张</a> <a>查看全部图片</a></div>
</div>
<div class="content">
<p>　　本报讯　5月8日上午，桐溪区第三届职工职业技能大赛表彰大会在区职工服务中心举行，200余人参加。</p>
<p>　　区总工会主席鲁海峰出席并讲话。区总工会副主席乔思远主持。</p>
</div></body></html>"""
_HEAD = "桐溪区8个班组获命名<br />第三届职工职业技能大赛获奖选手受表彰"
_WHOLE = "桐溪区8个班组获命名第三届职工职业技能大赛获奖选手受表彰"


def test_a_headline_broken_where_the_title_has_a_space_is_one(tmp_path) -> None:
    raw = _GALLERY_PAGE.format(title="桐溪区8个班组获命名 第三届职工职业技能大赛获奖选手受表彰", h1=_HEAD)
    arts = read_page_articles(tmp_path, raw)
    assert [a.headline for a in arts] == [_WHOLE]


def test_two_lines_the_title_gives_with_more_between_stay_two() -> None:
    raw = _GALLERY_PAGE.format(title="桐溪区8个班组获命名 表彰 第三届职工职业技能大赛获奖选手受表彰", h1=_HEAD)
    assert _text(raw).split("\n")[:2] == ["桐溪区8个班组获命名", "第三届职工职业技能大赛获奖选手受表彰"]


def test_a_gallery_before_the_text_is_no_article_of_its_own(tmp_path) -> None:
    # (the captions, one of a unit's pictures, and the gallery's buttons come before 本报讯:
    # the dateline naming no one opens no second article)
    raw = _GALLERY_PAGE.format(title=_WHOLE, h1=_HEAD)
    (art,) = read_page_articles(tmp_path, raw)
    assert art.headline == _WHOLE and "200余人参加" in art.text
    assert sorted(art.reporters) == ["仝立伟", "祁梦瑶"] and sorted(art.photographers) == ["仝立伟", "祁梦瑶"]
    assert "查看全部图片" not in art.text


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("获奖选手合影。　区总工会供图", True),
        ("职工在比赛现场。　某某公司工会供图", True),
        ("区总工会供图", False),  # (the credit alone: no caption)
    ],
)
def test_a_caption_of_a_units_pictures_is_a_credited_caption(line: str, caption: bool) -> None:
    assert credited_caption(line) is caption


@pytest.mark.parametrize(
    ("line", "people", "outlet"),
    [
        (
            "潮声新闻客户端·潮声网5月6日消息（记者 尉晓岚 通讯员 邝文杰 岑晓）5月5日下午，",
            ["尉晓岚", "邝文杰", "岑晓"],
            "潮声新闻客户端",
        ),
        ("潮声新闻·潮声网5月6日讯（记者 尉晓岚）5月5日，", ["尉晓岚"], "潮声新闻"),
    ],
)
def test_a_dateline_of_a_client_and_a_site_joined_by_a_dot(line: str, people: list[str], outlet: str) -> None:
    c = byline_at_start(line)
    assert c is not None and c.reporters == people and c.outlet == outlet


def test_a_video_caption_with_its_anchor_before_the_crew_is_no_meta_line(tmp_path) -> None:
    line = "视频｜潮声县职工书屋揭牌（时长01:48）　AI主播“潮小声”播报　拍摄/剪辑：潮声县融媒体中心 麦家俊"
    assert meta_line(line) is None
    raw = (
        "<html><head><title>潮声县职工书屋揭牌</title></head><body><h1>潮声县职工书屋揭牌</h1>"
        '<div class="meta"><span>来源：潮声新闻</span>　<span>2031-05-06 09:18</span></div>'
        f'<div class="video-box"><p class="v-cap">{line}</p></div>'
        "<p>潮声新闻讯（记者 尉晓岚）5月5日，潮声县总工会职工书屋揭牌，60余名职工参加。</p></body></html>"
    )
    (art,) = read_page_articles(tmp_path, raw)
    assert "麦家俊" in art.photographers and art.reporters == ["尉晓岚"]


def test_an_apps_lone_open_button_is_furniture(tmp_path) -> None:
    raw = _share_page(
        '<div class="fold-mask">展开全文</div>',
        after='<div class="app-guide"><p>打开湖滨云APP，查看更多身边事</p><a href="app://home">立即打开</a></div>',
    )
    (art,) = read_page_articles(tmp_path, raw)
    assert "立即打开" not in art.text
