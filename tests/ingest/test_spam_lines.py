"""Injected spam (a hacked page's gambling bait) is furniture wherever it stands, over a
headline too; news that names such things is not (all lines
invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.boilerplate import is_furniture
from kg.ingest.spam_lines import headline_before_bait
from tests.ingest.page_reading import read_page_articles


@pytest.mark.parametrize(
    "line",
    [
        "皇冠娱乐场官方网站 新会员注册即送58元 hg8899.net",
        "大发线上娱乐 首存即送彩金 客服微信 dafa2031",
        "【置顶】永利集团最新网址 yl7788.vip 备用网址见群公告",
        "365bet体育 亚洲官方授权 立即下载APP",
    ],
)
def test_a_gambling_sites_bait_is_furniture(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "区总工会联合区文旅局对辖区娱乐场所开展安全生产检查。",  # news about such places
        "金沙县总工会",
        "在线教育平台为职工提供免费课程",
    ],
)
def test_news_that_names_such_things_is_kept(line: str) -> None:
    assert not is_furniture(line)


def test_spam_over_a_headline_takes_no_article(tmp_path: Path) -> None:
    page = (
        "凝心聚力 共建家园\n\n皇冠娱乐场官方网站 新会员注册即送58元 hg8899.net\n"
        "涪城区总工会举办职工趣味运动会\n\n"
        "本报讯（记者 靳雨桐）6月9日，涪城区总工会在区体育馆举办职工趣味运动会，300余名职工参加。\n"
    )
    assert [a[0] for a in read_page_articles(tmp_path, page, "p")] == ["涪城区总工会举办职工趣味运动会"]


def test_a_follow_prompt_written_as_a_sentence_under_a_subtitle_leaves_the_headline(tmp_path: Path) -> None:
    page = (
        "秋收时节话丰年\n——桦川县总工会走访种粮大户\n\n点击关注我们，了解更多职工新闻！\n\n记者 方晓楠\n\n"
        "9月20日，桦川县总工会走访辖区种粮大户，送去慰问品。\n"
    )
    assert is_furniture("点击关注我们，了解更多职工新闻！")
    assert [a[0] for a in read_page_articles(tmp_path, page, "p")] == ["秋收时节话丰年"]


def test_bait_glued_over_a_two_line_title_leaves_the_title_whole(tmp_path: Path) -> None:
    page = (
        "《桦川工运》2027年第2期\n\n【推荐】太阳城集团最新网址 yc2099.cc 手机版下载\n"
        "关于我县新就业形态劳动者入会和权益保障\n情况的调研报告（节选）\n\n桦川县总工会调研组\n\n"
        "　　今年以来，县总工会组织调研组，走访了全县快递网点和外卖站点，共发放问卷500份。\n"
    )
    heads = [a[0] for a in read_page_articles(tmp_path, page, "p")]
    assert heads == ["关于我县新就业形态劳动者入会和权益保障情况的调研报告"]


@pytest.mark.parametrize(
    "title",
    [
        "碧江区总工会召开第五次会员代表大会 金樽娱乐场",
        "碧江区总工会召开第五次会员代表大会-金樽娱乐城官网",
        "碧江区总工会召开第五次会员代表大会_金樽线上娱乐 注册送88元",
    ],
)
def test_bait_glued_after_a_headline_leaves_the_headline(tmp_path: Path, title: str) -> None:
    page = (
        f"{title}\n\n来源：碧江新闻网　2027-03-14\n\n"
        "3月13日，碧江区总工会第五次会员代表大会在区行政中心开幕，到会代表142名。\n"
    )
    assert [a[0] for a in read_page_articles(tmp_path, page, "p")] == ["碧江区总工会召开第五次会员代表大会"]


@pytest.mark.parametrize(
    "line",
    [
        "金樽集团 鸿运体育 新濠娱乐 大运娱乐 娱乐场官网",  # a list of brands: bait from its start
        "金樽娱乐场-官方网站",
        "金樽集团|鸿运体育|bet365体育|新濠娱乐",
    ],
)
def test_a_list_of_brands_keeps_no_headline(line: str) -> None:
    assert is_furniture(line)
    assert headline_before_bait(line) is None
