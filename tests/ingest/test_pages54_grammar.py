"""Pages of session 54: a portal's repost of an account's article with its readers'
comments (a reply button marks a comment's time line, kg.ingest.timelines; the account
card's badge and counts, kg.ingest.genre_furniture; the platform's AI summary and the
page's tags, kg.ingest.boilerplate), injected bait (a chat handle's advert, a keyword
line: kg.ingest.spam_lines), an e-paper page's list of its headlines (本版标题：,
kg.ingest.bulletins) heading the pieces it names, a column's items signed off each
(kg.ingest.body_credits), and an HTML headline found again far below the page's top
(kg.ingest.html).

All pages here are invented (other places, other names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_articles
from kg.ingest.boilerplate import is_furniture
from kg.ingest.document import Block
from kg.ingest.genre_furniture import genre_line
from kg.ingest.ruled_pieces import piece_heads
from kg.ingest.spam_lines import handle_advert, is_spam, keyword_line
from kg.ingest.textmap import Mapped
from kg.ingest.timelines import timeline_posts
from tests.ingest.page_reading import read_page_articles

REPOST = """星河网
首页 新闻 体育 财经 汽车 更多
登录  |  星河号  |  下载星河新闻APP

星河号 > 本地 > 湖南

30名环卫工有了“爱心早餐”！岳阳这个社区暖心啦

巴陵晓事
星河号认证：岳阳本地资讯领域优质创作者
文章 1207  总阅读 386万   + 关注

2031-03-06 07:40  发布于：湖南

AI摘要（由星河AI助手“小星”生成，仅供参考）：湖南省岳阳市云溪区某社区为环卫工人提供免费早餐。

原标题：《一份早餐暖人心｜云溪区松阳湖社区“爱心早餐”开餐》
转自：公众号“松阳湖职工之家”
作者：卓慧玲　编辑：戴文洁　审核：樊志鹏

    3月5日，由云溪区总工会主办、松阳湖社区工会承办的“爱心早餐”活动在社区职工驿站开餐，首批30名环卫工人领到早餐。

    区总工会副主席樊志鹏介绍，早餐点每天6点开放，全年不休。

（图片来源：松阳湖社区工会）

阅读 (2.1万)   点赞 156   收藏   分享

评论（12）　　　　最热 | 最新
请先登录后发表评论~

洞庭湖边的风
在长沙打工的看了好羡慕，我们那边也该搞
IP属地：湖南　　3小时前　回复　赞 21

小米粒_6688
宝妈在家兼职，日结200+，加薇❤ mm6688 详聊
IP属地：贵州　　2小时前　回复　赞 0

老岳阳人
点赞，早餐点就在我家对面
IP属地：湖南　　1小时前　回复　赞 5

查看全部12条评论 >
"""


def test_a_portals_repost_with_its_readers_comments_is_one_article_under_its_headline(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, REPOST, "repost")
    assert len(arts) == 1
    head, people, text = arts[0]
    assert head == "30名环卫工有了“爱心早餐”！岳阳这个社区暖心啦"
    assert "卓慧玲" in people  # (the original's 作者, under the 原标题 and 转自 lines)
    for gone in ("长沙", "贵州", "IP属地", "mm6688", "老岳阳人", "AI摘要", "小星", "总阅读", "认证"):
        assert gone not in text


def test_a_time_line_with_a_reply_button_opens_no_post() -> None:
    lines = [
        "云溪发布",
        "2031-03-06 07:40 发布于：湖南",
        "今天社区给环卫工送早餐啦。",
        "评论（3）",
        "",
        "甲乙丙",
        "真好",
        "IP属地：湖南  3小时前  回复  赞 2",
        "",
        "丁戊己",
        "点赞",
        "IP属地：湖南  1小时前  回复  赞 1",
        "",
        "庚辛壬",
        "我们那边也该搞",
        "IP属地：广东  50分钟前  回复  赞 0",
        "",
        "癸子丑",
        "支持",
        "IP属地：湖南  20分钟前  回复  赞 0",
    ]
    assert timeline_posts(lines) is None
    # (two posts of a timeline, their time lines with counts, are still posts)
    posts = timeline_posts(
        [
            "云溪发布",
            "3-05 08:00 来自 iPhone",
            "今天开餐。",
            "转发 3 评论 2 赞 9",
            "云溪发布",
            "3-04 09:00 来自 iPhone",
            "明天开餐。",
            "转发 1 评论 0 赞 4",
        ]
    )
    assert posts is not None and len(posts) == 2


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("星河号认证：岳阳本地资讯领域优质创作者", True),
        ("微博认证：临川区总工会官方微博", True),
        ("文章 1207  总阅读 386万   + 关注", True),
        ("技能等级认证：高级工", False),  # (a skill's certificate is no badge)
    ],
)
def test_an_account_cards_badge_and_counts_are_furniture(line: str, furniture: bool) -> None:
    assert genre_line(line) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("AI摘要（由某某AI助手生成，仅供参考）：某区总工会开办托管班。", True),
        ("标签：临川 劳模 工会", True),
        ("关键词：职工之家；工会建设", True),
        ("摘要推送至各基层工会后，职工反响热烈。", False),
    ],
)
def test_a_machine_summary_and_a_pages_tags_are_furniture(line: str, furniture: bool) -> None:
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("line", "bait"),
    [
        ("缺钱找我？凭身份证当天到账，额度3000-30000元，微信同号：kd77821", True),
        ("宝妈在家兼职，日结200+，加薇❤ mm6688 详聊", True),
        ("报名请联系区总工会，电话：0730-8123456（微信同号）", False),
        ("欢迎关注微信公众号：ghjs2031", False),
    ],
)
def test_an_advert_closing_with_a_chat_handle_is_bait(line: str, bait: bool) -> None:
    assert handle_advert(line) is bait
    assert is_spam(line) is bait


@pytest.mark.parametrize(
    ("line", "bait"),
    [
        ("临川新闻 临川区总工会 临川劳模 临川天气 临川房价 脐橙价格 脐橙哪个牌子好 临川招聘", True),
        ("首页 新闻 体育 汽车 房产 旅游 教育 财经", False),  # (a menu: no search's words)
        ("张海涛 李明远 王小川 赵一鸣 钱立新 孙美华", False),  # (a list of names)
    ],
)
def test_a_search_keyword_line_is_bait(line: str, bait: bool) -> None:
    assert keyword_line(line) is bait


EPAPER = """湘北工人报 数字报刊平台
2031年05月20日 星期二　　第04版：基层工会

本版标题：
· 岳阳市职工焊工技能竞赛开赛
· 送清凉到工地
· 工会动态
· 让一线职工有更多获得感

【字号：大 中 小】　【打印本页】　【关闭窗口】

────────────────────

岳阳市职工焊工技能竞赛开赛

本报讯（记者 戚远航 通讯员 姬晓岚）5月18日，岳阳市职工焊工技能竞赛在市技师学院开赛，96名选手参赛。

竞赛分理论和实操两部分，前五名将获推荐参加省赛。

────────────────────

图片新闻

送清凉到工地

5月17日，华容县总工会慰问队来到县城一处在建工地，为80余名建筑工人送去防暑物品。

本报记者 晏北辰 摄

────────────────────

工会动态

临湘市　近日，临湘市总工会启动职工读书月活动，开展读书分享会6场。（通讯员 冼文博）

平江县　5月16日，平江县总工会在县职工服务中心举办职工法律知识讲座，60余名职工参加。（邝雨桐）

────────────────────

评论

让一线职工有更多获得感

詹秋实

技能竞赛办得好，更要让获奖职工在待遇上有实实在在的提升。

各级工会要当好职工的娘家人，把服务做到一线。

────────────────────

责任编辑：邹晓梅
"""


def test_an_epapers_list_of_its_headlines_heads_each_piece_it_names(tmp_path: Path) -> None:
    arts = read_page_articles(tmp_path, EPAPER, "epaper54")
    assert [(h, people) for h, people, _ in arts] == [
        ("岳阳市职工焊工技能竞赛开赛", ["姬晓岚", "戚远航"]),
        ("送清凉到工地", ["晏北辰"]),
        # (each item of the column closes with its credit, the bare name in brackets too)
        ("工会动态", ["冼文博", "邝雨桐"]),
        # (the commentary under the column's 评论 label is no reader's comment; its writer's
        # name stands alone under its headline)
        ("让一线职工有更多获得感", ["詹秋实"]),
    ]
    assert "本版标题" not in arts[0][2] and "送清凉到工地" not in arts[0][2]
    assert not any("图片新闻" in text for _, _, text in arts)  # (a column's label over a headline: furniture)


def test_a_bare_name_in_brackets_closes_a_middle_paragraph_only_among_signed_items(tmp_path: Path) -> None:
    page = """岳阳市举办职工运动会
本报讯（记者 戚远航）5月10日，岳阳市职工运动会开幕，1200名职工参赛。
市总工会主席在开幕式上致辞时引用了一句话。（钟离春）
比赛将持续三天。
"""
    arts = read_page_articles(tmp_path, page, "single")
    assert arts[0][1] == ["戚远航"]  # (no item signs off here: the bracketed name is text)


HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某某資訊網</title>
<style>{style}</style></head>
<body>
<div class="topbar">歡迎訪問本站</div>
<div class="nav"><ul>{menu}</ul></div>
<div class="content">
<h1>雲溪區總工會舉辦&ldquo;愛心早餐&rdquo;開餐活動(dòng)</h1>
<p>3月5日，由雲溪區總工會主辦的&ldquo;愛心早餐&rdquo;活動在社區職工驛站開餐，首批30名環衛工人領到早餐。</p>
<p>區總工會副主席樊志鵬介紹，早餐點每天6點開放，全年不休，今年將覆蓋全區環衛工人。</p>
</div>
</body></html>
"""


def test_an_html_headline_with_an_entity_far_below_the_top_keeps_its_printed_form(tmp_path: Path) -> None:
    page = tmp_path / "mirror.html"
    # (a long style block and menu between the body's top and the headline: no text found there)
    style = ".x{color:#333}" * 200
    menu = "".join(f"<li><a href='/c{k}/'>欄目{k}</a></li>" for k in range(3))
    page.write_text(HTML.format(style=style, menu=menu + "<script>var a=1;</script>" * 60), encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert arts[0].headline == "云溪区总工会举办“爱心早餐”开餐活动"
    assert arts[0].written is not None and arts[0].written.startswith("雲溪區總工會舉辦“愛心早餐”開餐活動")


def test_without_its_list_an_epapers_ruled_pieces_that_carry_credits_head_articles(tmp_path: Path) -> None:
    page = EPAPER.replace(EPAPER[EPAPER.index("本版标题：") : EPAPER.index("【字号")], "")
    arts = read_page_articles(tmp_path, page, "ruled")
    assert [h for h, _, _ in arts] == [
        "岳阳市职工焊工技能竞赛开赛",
        "送清凉到工地",
        "工会动态",
        "让一线职工有更多获得感",
    ]
    assert arts[3][1] == ["詹秋实"]


def test_a_posts_sections_between_dividers_head_no_pieces() -> None:
    post = """临澧县总工会开展“送清凉”活动
本报讯（记者 戚远航）7月2日，临澧县总工会开展“送清凉”活动，慰问一线职工300余名。
────────
慰问环卫工人
在城区各环卫站点，慰问组为环卫工人送去防暑物品。
────────
慰问建筑工人
在县城在建工地，慰问组为建筑工人送去绿豆汤。"""
    blocks = [Block(Mapped.of(t)) for t in post.split("\n")]
    assert piece_heads(blocks) == (set(), set(), set())  # (no credits of their own: sections)
    signed = [*blocks[:-1], Block(Mapped.of("在县城在建工地，慰问组为建筑工人送去绿豆汤。（通讯员 姬晓岚）"))]
    assert piece_heads(signed)[1] == {6}


@pytest.mark.parametrize(
    ("line", "bar"),
    [
        ("2031年05月20日 星期二　　第04版：基层工会", True),
        ("2031年05月20日 星期二", False),  # (a date and weekday alone may be a notice's)
    ],
)
def test_an_issue_date_with_its_weekday_and_a_page_label_is_an_epaper_bar(line: str, bar: bool) -> None:
    assert is_furniture(line) is bar
