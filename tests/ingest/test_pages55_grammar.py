"""Pages of session 55: what a browser does not show (hidden boxes, kg.ingest.html_boxes)
and the body a WeChat page's script shows, a labelled list of links and a date picker in
HTML, a headline printed as a stack of headings (引题/主标题/副题, kg.ingest.heading_stacks),
a dateline in square brackets (【某报讯】记者 X 某地报道：), a video's crew credit
(拍摄/剪辑：某报全媒体 X), the fields of a meta line set apart by markup, a portal's
disclosure table with its 信息来源 and 关键词 lines, and the emoji a post's title opens with.

All pages here are invented (other places, other names)."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.bylines import byline_at_start, labelled_credit_line
from kg.ingest.html import read_html
from kg.ingest.meta_lines import meta_line
from kg.ingest.portal_furniture import disclosure_lines
from tests.ingest.page_reading import read_page_articles

_BODY = "<p>5月9日，临川区总工会在才子广场举办职工健步走活动，300余名职工参加。区总工会副主席曾卫东出席。</p>"


def _page(inner: str, head: str = "") -> str:
    title = "<h1>临川区总工会举办职工健步走</h1>"
    return f"<html><head><title>职工健步走</title>{head}</head><body>{title}{_BODY}{inner}</body></html>"


def _text(raw: str) -> str:
    return "\n".join(b.text.text for b in read_html(raw)[0].blocks)


@pytest.mark.parametrize(
    ("inner", "head"),
    [
        ('<div class="hide"><p>附件：某某公告（区总工会 甘如海 转发）</p></div>', ""),  # a common hiding class
        ('<div class="box sr-only"><p>甘如海</p></div>', ""),
        ('<div class="xq-fold"><p>甘如海转发</p></div>', "<style>.xq-fold{display:none!important}</style>"),
        ('<div style="position:absolute;left:-3000px;top:-3000px;"><a href="#">甘如海娱乐场</a></div>', ""),
        ('<p style="text-indent:-9999px">甘如海</p>', ""),
        ('<div style="opacity:0;"><a href="#">甘如海娱乐场</a></div>', ""),
        ('<div style="height:0;overflow:hidden"><a href="#">甘如海娱乐场</a></div>', ""),
    ],
)
def test_what_a_browser_does_not_show_is_no_text(inner: str, head: str) -> None:
    text = _text(_page(inner, head))
    assert "甘如海" not in text and "300余名职工参加" in text


@pytest.mark.parametrize(
    "head",
    [
        "<style>.pane{display:none} .pane.on{display:block}</style>",  # tabs: one of them shown
        "<style>@media print{.pane{display:none}}</style>",  # hidden on paper only
    ],
)
def test_a_class_the_page_shows_again_hides_nothing(head: str) -> None:
    assert "甘如海" in _text(_page('<div class="pane on"><p>甘如海讲话。</p></div>', head))


def test_a_wechat_body_saved_hidden_is_the_pages_text() -> None:
    raw = (
        '<html><head><title>职工健步走</title></head><body><h1 class="rich_media_title">临川区总工会举办职工健步走</h1>'
        '<div class="rich_media_content" id="js_content" style="visibility: hidden;">'
        f"{_BODY}</div>"
        '<script>var ct = "1905299400"; var nickname = "临川职工";</script></body></html>'
    )
    doc = read_html(raw)[0]
    assert "300余名职工参加" in "\n".join(b.text.text for b in doc.blocks)
    assert doc.date == "2030-05-18"


def test_a_hidden_box_holding_the_pages_prose_is_shown_by_its_script() -> None:
    raw = f'<html><body><h1>临川区总工会举办职工健步走</h1><div id="main" style="display:none">{_BODY}</div></body>'
    assert "300余名职工参加" in _text(raw)


def test_a_short_name_ct_dates_no_other_page() -> None:
    assert read_html(_page('<script>var ct = "1905299400";</script>'))[0].date is None


@pytest.mark.parametrize(
    "box",
    [
        '<div class="t-list"><h4>本版标题导航</h4><ul><li><a href="1.htm">南城县为环卫工人送清凉</a></li>'
        '<li><a href="2.htm">黎川县总工会举办技能竞赛</a></li></ul></div>',
        '<div class="side"><h3>【相关新闻】</h3><a href="1.htm">南城县为环卫工人送清凉</a> 2030-04-02<br>'
        '<a href="2.htm">黎川县总工会举办技能竞赛</a> 2030-03-28</div>',
    ],
)
def test_a_list_of_links_under_the_heading_naming_it_is_furniture(box: str) -> None:
    text = _text(_page(box))
    assert "南城县" not in text and "黎川县" not in text and "300余名职工参加" in text


def test_a_heading_over_text_and_links_is_no_list() -> None:
    box = '<div><h4>相关新闻</h4><p>南城县总工会也举办了健步走。</p><a href="1">南城</a><a href="2">黎川</a></div>'
    assert "南城县总工会也举办了健步走" in _text(_page(box))


def test_a_date_pickers_box_is_furniture() -> None:
    picker = (
        '<div class="period">日期检索：<select><option>2030</option></select> 年 '
        "<select><option>05</option></select> 月"
        ' <input type="button" value="查看"/> <a href="a.htm">上一期</a> <a href="b.htm">下一期</a></div>'
    )
    assert "日期检索" not in _text(_page(picker))


_EPAPER = """<html><head><title>抚州日报数字报-市总工会“技能强市”宣讲在宜黄县启动</title></head><body>
<div class="tool">【字体：大 中 小】</div>
<h4>凝聚奋进力量　争当时代先锋</h4>
<h1>市总工会“技能强市”宣讲在宜黄县启动</h1>
<h3>首场宣讲吸引150名职工参加　3名“宜黄工匠”受表彰</h3>
<div class="attr">第02版：县区新闻　　2030年05月11日</div>
<p>本报讯（记者 邹小燕 通讯员 黄立群）5月9日，抚州市总工会“技能强市”宣讲活动在宜黄县凤冈镇启动，150名职工参加。</p>
<p>宜黄县总工会主席饶志明主持启动仪式。</p>
</body></html>"""

_HK = """<html><head><title>贛州技能賽落幕　港隊奪電工冠軍 - 中國新聞 - 鵬港日報</title></head><body>
<article>
<div class="meta">版面 A9 | 中國新聞 | 2030-05-20</div>
<h1>贛州技能賽落幕　港隊奪電工冠軍</h1>
<h2>贛州市總工會與香港聯才職工會簽署備忘錄</h2>
<div class="tools">字體：放大 縮小 列印</div>
<p>【鵬港日報訊】記者 溫家穎 贛州報道：由贛州市總工會主辦的職工技能大賽前日落幕，共96名選手參賽。</p>
<p>香港聯才職工會會長司馬永成率團觀賽。</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("raw", "name", "headline", "credited"),
    [
        (_EPAPER, "epaper.html", "市总工会“技能强市”宣讲在宜黄县启动", ["邹小燕", "黄立群"]),
        (_HK, "hk.html", "赣州技能赛落幕 港队夺电工冠军", ["温家颖"]),
    ],
)
def test_a_stack_of_headings_heads_one_article_under_its_main_title(
    tmp_path, raw: str, name: str, headline: str, credited: list[str]
) -> None:
    page = tmp_path / name
    page.write_text(raw, encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [a.headline for a in arts] == [headline]
    assert sorted(arts[0].reporters) == sorted(credited)


@pytest.mark.parametrize(
    ("line", "people", "outlet"),
    [
        ("【鹏港日报讯】记者 温家颖 赣州报道：由赣州市总工会主办的大赛落幕。", ["温家颖"], "鹏港日报"),
        ("【鹏港日报讯】记者温家颖报道：由赣州市总工会主办的大赛落幕。", ["温家颖"], "鹏港日报"),
        ("【本报讯】（记者 邹小燕）5月9日，宜黄县总工会举办培训班。", ["邹小燕"], "本报"),
        ("〔本报讯〕（记者 邹小燕）5月9日，宜黄县总工会举办培训班。", ["邹小燕"], "本报"),
        ("【新华社南昌5月9日电】（记者 邹小燕）宜黄县总工会举办培训班。", ["邹小燕"], "新华社"),
    ],
)
def test_a_dateline_in_square_brackets_opens_a_byline(line: str, people: list[str], outlet: str) -> None:
    c = byline_at_start(line)
    assert c is not None and c.reporters == people and c.outlet == outlet


def test_a_column_tag_in_square_brackets_is_no_dateline() -> None:
    assert byline_at_start("【工会动态】记者走访发现，宜黄县总工会…") is None


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("拍摄/剪辑：抚州晚报全媒体 章振华", ["章振华"]),
        ("摄影/摄像：章振华 饶丽", ["章振华", "饶丽"]),
        ("拍摄：宜黄县融媒体 章振华", ["章振华"]),
    ],
)
def test_a_video_crews_labels_and_media_desk(line: str, photographers: list[str]) -> None:
    c = labelled_credit_line(line)
    assert c is not None and c.photographers == photographers and c.reporters == []


def test_a_video_caption_closes_with_its_crew_credit(tmp_path) -> None:
    raw = (
        "<html><head><title>抚州表彰劳动竞赛先进</title></head><body><h1>抚州表彰劳动竞赛先进</h1>"
        '<div class="meta"><span>2030-05-12 08:10</span>\n<span>来源：抚州晚报　记者 揭晓东　通讯员 付晓丽</span>\n'
        "<span>扫一扫在手机打开当前页</span></div>"
        "<p>视频：表彰大会现场（时长02:10）　拍摄/剪辑：抚州晚报全媒体 章振华</p>"
        "<p>5月11日，抚州市总工会召开表彰大会，200余人参加。</p></body></html>"
    )
    page = tmp_path / "portal.html"
    page.write_text(raw, encoding="utf-8")
    (art,) = read_articles([str(page)]).articles
    assert sorted([*art.reporters, *art.photographers]) == ["付晓丽", "揭晓东", "章振华"]


def test_a_meta_fields_value_stops_at_the_pages_tools() -> None:
    m = meta_line("2030-05-12 08:10 来源：抚州晚报 记者 揭晓东 扫一扫在手机打开当前页")
    assert m is not None and m.outlet == "抚州晚报" and m.author == "记者 揭晓东"


def test_a_collapsed_box_a_script_opens_is_no_hidden_box() -> None:
    assert "甘如海" in _text(_page('<div style="max-height:0;overflow:hidden"><p>甘如海讲话。</p></div>'))


def test_a_disclosure_tables_source_and_keyword_lines_are_its_own() -> None:
    lines = [
        "索引号：\t11361024MB1234567X/2030-00412\t信息分类：\t部门动态",
        "发布机构：\t宜黄县总工会\t生成日期：\t2030-05-12",
        "信息来源：\t县总工会\t文　　号：",
        "关 键 词：\t工会；代表大会\t有 效 性：",
        "",
        "宜黄县总工会第八次代表大会召开",
    ]
    assert disclosure_lines(lines) == {0, 1, 2, 3}
    assert disclosure_lines(["信息来源：县总工会", "宜黄县总工会第八次代表大会召开"]) == set()  # (no strong label)


def test_a_posts_title_keeps_the_emoji_it_opens_with(tmp_path) -> None:
    page = tmp_path / "post.txt"
    page.write_text(
        "🌾助农增收 | 宜黄这场直播卖出了5万斤脐橙\n\n原创 宜黄工会 宜黄职工之家 2030-11-18 18:30 江西\n\n"
        "11月16日，宜黄县总工会在凤冈镇举办助农直播活动，当天销售脐橙5万斤。\n\n"
        "县总工会主席饶志明来到直播间为家乡脐橙代言。\n",
        encoding="utf-8",
    )
    (art,) = read_articles([str(page)]).articles
    assert art.printed_headline == "🌾助农增收 | 宜黄这场直播卖出了5万斤脐橙"


_EPAPER_TEXT = """2030年05月11日　星期四　|　抚州网　|　返回首页
本版标题导航
市总工会“技能强市”宣讲在宜黄县启动
南城县为环卫工人送清凉
黎川县总工会举办技能竞赛
图片新闻
【字体：大 中 小】
凝聚奋进力量　争当时代先锋
市总工会“技能强市”宣讲在宜黄县启动
首场宣讲吸引150名职工参加　3名“宜黄工匠”受表彰
第02版：县区新闻　　2030年05月11日
本报讯（记者 邹小燕 通讯员 黄立群）5月9日，抚州市总工会“技能强市”宣讲活动在宜黄县凤冈镇启动，150名职工参加。
宜黄县总工会主席饶志明主持启动仪式。
"""


def test_a_text_copys_unbulleted_list_of_headlines_names_the_main_title(tmp_path) -> None:
    arts = read_page_articles(tmp_path, _EPAPER_TEXT, "epaper")
    assert [a[0] for a in arts] == ["市总工会“技能强市”宣讲在宜黄县启动"]
    assert "南城县" not in arts[0][2] and "黎川县" not in arts[0][2]
