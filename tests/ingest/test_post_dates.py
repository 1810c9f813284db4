"""Social-media posts (round 17): a platform's date line (发布于, 發佈於) with the part of
the day, visibility marks and icons; a fan page's header; a self-media repost, whose own
headline beats the original's (原标题：), whose account name ends as no unit's, and which
keeps the original's bracketed byline where a paragraph broke; icon buttons and loan spam.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import is_furniture
from kg.ingest.headlines import clean_headline
from kg.ingest.meta_lines import meta_line
from kg.ingest.post_dates import post_date_line
from kg.ingest.textmap import Mapped
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize(
    ("line", "date", "account"),
    [
        ("河湾产业工会 发布于 2025年11月29日 下午 3:42 · 🌐 公开", "2025-11-29", "河湾产业工会"),
        ("2025-07-16 09:38 · 发布于：江苏 · 已关注", "2025-07-16", None),
        ("发表于 2025/03/02 晚上 8:05", "2025-03-02", None),
    ],
)
def test_a_posts_date_line(line, date, account):
    posted = post_date_line(line)
    assert posted is not None and posted.date == date and posted.account == account
    meta = meta_line(line)
    assert meta is not None and meta.posted and meta.date == date


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("河湾工会 2025年11月29日 下午3:42", "2025-11-29"),  # the day's part before the clock
        ("2025-07-16 09:38 · 江苏", "2025-07-16"),  # the poster's region after a dot
    ],
)
def test_a_date_line_without_a_label_dates_the_page_but_says_no_post(line, date):
    meta = meta_line(line)
    assert meta is not None and meta.date == date and not meta.posted


@pytest.mark.parametrize(
    "line",
    [
        "河湾产业工会 发布于 2025年11月29日 下午 3:42 参加人员：全体会员",  # more than marks after it
        "2025年11月29日，河湾区总工会发布于官网的通知",
        HEAD,
    ],
)
def test_a_line_that_is_no_posts_date_line(line):
    assert post_date_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "👍 点赞 126　　💬 评论 18　　⭐ 收藏　　↗ 分享",  # a post's buttons with their icons
        "+关注",
        "举报/反馈",
        "急用钱？凭身份证最高可借20万，当天放款，不看征信！点击立即申请",  # a loan's spam
        "河湾产业工会服务专区 · 粉丝专页",
        "3.1 万人按赞 · 3.4 万人追踪",
        "【推广】《某某传奇》新区开服，登录送VIP8，一刀999级！",  # an ad, written as a sentence
        "河湾热点速递　本号已入驻某某号，更多本地资讯请点击关注",
        "声明：本文转自其他平台，仅代表原作者观点，不代表本号立场。如有问题，请联系我们删除。",
    ],
)
def test_a_posts_buttons_and_spam_are_furniture(line):
    assert is_furniture(line)


def test_a_headlines_icons_are_no_part_of_it():
    assert clean_headline(Mapped.of(f"📌{HEAD}🎉")).text == HEAD
    assert clean_headline(Mapped.of("🎉🎉")).text == "🎉🎉"  # nothing left: kept as it is


def test_a_fan_pages_post_is_one_article(tmp_path):
    text = (
        "河湾半导体产业工会\n粉丝专页 · 工会组织\n3.1 万人按赞 · 3.4 万人追踪\n\n"
        "河湾半导体产业工会 发布于 2025年6月2日 下午 3:42 · 🌐 公开\n\n"
        f"【会务快报】{HEAD}🎉\n#职工书法 #河湾工会\n\n{LEAD}\n\n"
        "📌获奖名单\n●一等奖：林一帆\n●二等奖：周立、陈可\n\n"
        f"{MORE}\n\n（照片：会务人员 王小明 摄）\n"
    )
    (a,) = page_articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.date == "2025-06-02"
    assert a.photographers == ["王小明"]
    assert "获奖名单" in a.text and "按赞" not in a.text and "发布于" not in a.text


def test_a_reposts_own_headline_beats_the_originals(tmp_path):
    repost = "35℃的街头，这碗绿豆汤来得正是时候！河湾区总工会把清凉送到职工手上"
    original = "原标题：河湾区总工会开展送清凉活动 为200余名职工解暑"
    text = (
        "首页 > 本地 > 河湾\n\n"
        f"{repost}\n\n河湾热点速递\n2025-06-02 09:38 · 发布于：江苏 · 已关注\n+关注\n\n"
        f"{original}\n来源：河湾晚报\n\n{LEAD}\n\n（河湾晚报记者 林一帆 通讯员 周立）\n\n{MORE}\n\n"
        "👍 点赞 126　　💬 评论 18　　↗ 分享\n"
    )
    (a,) = page_articles(tmp_path, text)
    assert a.headline == repost
    assert a.decks == [original]
    assert a.reporters == ["林一帆", "周立"]
    assert a.date == "2025-06-02"
    assert "展览将持续一周" in a.text and "速递" not in a.text and "点赞" not in a.text
