"""A portal's section menus and chevron breadcrumbs are furniture (kg.ingest.bars.menu_row,
chevron_steps): left in, they stand over the headline and are taken for it."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.boilerplate import is_breadcrumb, is_furniture


@pytest.mark.parametrize(
    "line",
    [
        "华讯网首页 | 要闻 | 时政 | 财经 | 社会 | 视频 | English",
        "贵州频道：要闻 | 市州 | 区县 | 民生 | 旅游 | 专题",
        "首页｜动态｜通知｜维权｜服务｜关于我们",
    ],
)
def test_a_row_of_section_names_between_bars_is_a_menu(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "劳模风采 | 职工之家建设经验交流 | 某某区总工会召开全委会 | 新春慰问 | 技能比武",
        "欧阳明 | 司马青 | 诸葛亮亮 | 上官云 | 东方晓",
        "报名 | 审核",
    ],
)
def test_headlines_people_or_two_words_between_bars_are_no_menu(line):
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "line",
    ["华讯网 >> 贵州频道 >> 市州 >> 遵义", "西部在线 » 甘肃 » 庆阳", "某某新闻网 > 地方 > 县区 > 正文"],
)
def test_three_short_steps_between_chevrons_are_a_breadcrumb(line):
    assert is_breadcrumb(line)


def test_an_arrowed_process_is_no_breadcrumb():
    assert not is_breadcrumb("申请→受理→调解→回访")
    assert not is_breadcrumb("工会 > 协会")


def test_the_headline_under_a_portal_menu_and_breadcrumb_is_found(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(
        "华讯网　　贵州频道\n华讯网首页 | 要闻 | 时政 | 财经 | 社会 | 视频\n"
        "贵州频道：要闻 | 市州 | 区县 | 民生 | 旅游\n\n华讯网 >> 贵州频道 >> 市州 >> 遵义\n\n"
        "湄潭：工会“暖心车”送茶农返岗\n\n2026年03月02日09:10 | 来源：湄潭县融媒体中心\n\n"
        "3月1日，湄潭县总工会在县职工服务中心举行返岗专车发车仪式，300余名务工人员参加。\n\n"
        "（湄潭县融媒体中心　记者：罗文斌　通讯员：田小雨）\n",
        encoding="utf-8",
    )
    arts = read_articles([str(page)]).articles
    assert arts[0].headline == "湄潭：工会“暖心车”送茶农返岗"
    assert arts[0].reporters == ["罗文斌", "田小雨"]


@pytest.mark.parametrize(
    "line",
    [
        "巴蜀职工报社出版 社址：成都市青羊区某某路8号 邮编：610000 零售价：1.50元",
        "某某日报社编辑出版 地址：某市某路1号 广告经营许可证：某工商广字第001号",
    ],
)
def test_an_imprint_naming_its_publisher_first_is_furniture(line):
    assert is_furniture(line)


def test_a_publisher_named_in_a_sentence_is_no_imprint():
    assert not is_furniture("该书由某某出版社出版，定价：35元，受到职工欢迎。")


@pytest.mark.parametrize("label", ["友情链接", "热点新闻", "热门新闻"])
def test_a_sidebar_of_links_after_the_article_is_dropped(tmp_path, label):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>镇总工会开展送清凉活动</title></head><body>"
        "<div class='main'><h1>镇总工会开展送清凉活动</h1>"
        "<p>7月3日，镇总工会走访辖区企业，为300余名一线职工送去防暑降温用品。</p></div>"
        f"<div class='side'><h3>{label}</h3><ul><li><a href='#'>某省总工会</a></li>"
        "<li><a href='#'>某市人民政府</a></li><li><a href='#'>某区人力资源和社会保障局</a></li></ul></div>"
        "</body></html>",
        encoding="utf-8",
    )
    (art,) = read_articles([str(page)]).articles
    assert "某省总工会" not in art.body and "某市人民政府" not in art.body
    assert art.body.endswith("防暑降温用品。")


@pytest.mark.parametrize(
    "line",
    [
        "巴蜀职工报 电子版 PDF版 | 往期回顾",
        "2026年5月11日 星期一 第2版：要闻 ◀上一版 下一版▶ 下载本版PDF",
        "第6版：职工天地 ◀上一版 下一版▶",
    ],
)
def test_an_epapers_bars_with_pointing_buttons_are_furniture(line):
    assert is_furniture(line)


def test_a_headline_with_a_page_word_is_no_bar():
    assert not is_furniture("职工电子版书屋上线 下载量破万")
