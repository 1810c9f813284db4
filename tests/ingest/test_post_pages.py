"""Posts and company sites (round 12): a post's long headline over its account line, its
prompts and reading-time line, a list of past posts under 往期回顾, captions led by their
picture's credit (（图/X：…）) or closed by a labelled one, a 副题 under a web page's
headline below its breadcrumb, a site's 友情链接 row; an e-paper's masthead with the lunar
date, and its links set apart by white space alone.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.bars import bar_date
from kg.ingest.body_credits import credit_over_caption
from kg.ingest.boilerplate import is_furniture, opens_related_links
from kg.ingest.shapes import post_title
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

_articles = page_articles
_POST_HEAD = "迎新春 送祝福｜河湾区职工书法展开幕，80余幅作品等你来看→"
_ACCOUNT = "河湾工会　2025年01月20日 09:30　江苏"


@pytest.mark.parametrize(
    "line",
    [
        "↑ 点击上方蓝字“河湾工会”，一起来关注吧",  # a prompt led by an arrow
        "▲ 点击上方蓝字关注我们",
        "字数 860，阅读大约需 3 分钟",  # a post's reading-time line
        "喜欢就点个“赞”和“在看”吧",
        "友情链接：青禾县人民政府 | 青禾县总工会 | 青禾日报",
    ],
)
def test_a_posts_prompts_and_a_sites_link_row_are_furniture(line):
    assert is_furniture(line)


def test_past_posts_under_a_decorated_label_are_links(tmp_path):
    assert opens_related_links("▼ 往期回顾 ▼")
    past = "青禾镇总工会“冬送温暖”走访全部完成\n湖滨街道第二届职工羽毛球赛收官\n"
    (a,) = _articles(tmp_path, f"{HEAD}\n{_ACCOUNT}\n{LEAD}\n{MORE}\n▼ 往期回顾 ▼\n{past}")
    assert "青禾镇" not in a.text and "湖滨街道" not in a.text


def test_past_posts_that_exclaim_are_still_links(tmp_path):
    """A post's list of its past posts ends the article, though a headline there ends with ！
    and names a person and a post; a paragraph ending with 。 after a links label is text."""
    past = "▶ 喜讯！青禾镇总工会副主席乔雨桐获评省五一巾帼标兵！\n▶ 巡检员邝立山：守护线路二十年，他说值！\n"
    (a,) = _articles(tmp_path, f"{HEAD}\n{_ACCOUNT}\n{LEAD}\n{MORE}\n往期推荐\n{past}")
    assert "乔雨桐" not in a.text and "邝立山" not in a.text
    (b,) = _articles(tmp_path, f"{HEAD}\n{_ACCOUNT}\n{LEAD}\n往期推荐\n▶ 湖滨街道职工羽毛球赛收官\n{MORE}\n")
    assert "书法讲座" in b.text


def test_a_posts_long_headline_over_its_account_line(tmp_path):
    assert post_title(_POST_HEAD)
    assert not post_title("6月1日，河湾区总工会举办职工书法展。")  # a sentence
    assert not post_title("河湾区总工会举办职工书法展，展出作品80余幅，")  # cut mid-clause
    text = f"↑ 点击上方蓝字“河湾工会”，一起来关注吧\n\n{_POST_HEAD}\n\n{_ACCOUNT}\n\n{LEAD}\n\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == _POST_HEAD
    assert a.date == "2025-01-20"
    assert "点击" not in a.text


@pytest.mark.parametrize(
    "head",
    [
        "墨香迎春，“书”写匠心！河湾区职工书法展在职工之家开幕",  # comma, quotes, exclamation
        "展厅里的春天：河湾区80余幅职工书法作品亮相，快来打卡！",
        "职工写春联，送福到万家，河湾区总工会职工书法展开幕啦",  # two commas, three phrases
    ],
)
@pytest.mark.parametrize("account", [_ACCOUNT, "河湾区总工会 2025-01-20 09:30"])
def test_a_posts_long_headline_under_its_account_line(tmp_path, head, account):
    # the account line opens the post (a prompt over it is furniture), the headline under it
    text = f"点击蓝字 关注我们\n\n{account}\n\n{head}\n\n{LEAD}\n\n▲展览现场（摄影：许晓禾）\n\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == head
    assert a.date == "2025-01-20"
    assert a.photographers == ["许晓禾"]


@pytest.mark.parametrize(
    "lead",
    [
        "近日，河湾区总工会开展送清凉活动，为一线职工送去防暑物品",
        "7月8日上午，河湾区总工会走访慰问高温下坚守岗位的职工",
    ],
)
def test_a_lead_without_its_full_stop_under_the_account_line_is_no_headline(tmp_path, lead):
    (a,) = _articles(tmp_path, f"{_ACCOUNT}\n\n{lead}\n\n{LEAD}\n\n{MORE}\n")
    assert a.headline != lead and lead in a.text


def test_a_list_heading_inside_a_post_is_no_headline(tmp_path):
    lists = "【行书组】\n一等奖：林一帆（河湾机械厂）\n\n【楷书组长卷项目】\n一等奖：许晓禾（河湾纺织公司）"
    body = f"{LEAD}\n\n获奖名单如下：\n\n{lists}\n\n{MORE}\n"
    arts = _articles(tmp_path, f"{_POST_HEAD}\n\n{_ACCOUNT}\n\n{body}")
    assert [a.headline for a in arts] == [_POST_HEAD]


def test_a_caption_led_by_its_pictures_credit():
    c = credit_over_caption("（图/林一帆：职工现场挥毫书写春联）")
    assert c is not None and c.photographers == ["林一帆"]
    assert credit_over_caption("（记者：今天的展览很热闹）") is None  # no name after a label


def test_captions_under_a_post_keep_their_credits_apart(tmp_path):
    captions = "（展览现场，职工驻足观看作品。摄影：许晓禾）\n（图/林一帆：职工现场挥毫书写春联）\n"
    text = f"{_POST_HEAD}\n\n{_ACCOUNT}\n\n{LEAD}\n\n{MORE}\n\n{captions}\n文字：何雨桐\n"
    (a,) = _articles(tmp_path, text)
    assert a.photographers == ["许晓禾", "林一帆"]
    assert a.reporters == ["何雨桐"]


def test_a_deck_under_the_headline_below_a_breadcrumb(tmp_path):
    header = "河湾机械有限公司\n当前位置：首页 > 新闻中心 > 工会动态\n\n翰墨迎新春 匠心绘新篇\n"
    meta = "作者：林一帆　　来源：公司工会　　发布时间：2025-01-20 10:00"
    (a,) = _articles(tmp_path, f"{header}{HEAD}\n\n{meta}\n\n{LEAD}\n\n{MORE}\n")
    assert a.headline == "翰墨迎新春 匠心绘新篇"
    assert a.decks == [HEAD]
    assert a.reporters == ["林一帆"]


def test_a_section_name_below_the_breadcrumb_is_no_headline(tmp_path):
    header = "河湾机械有限公司\n当前位置：首页 > 新闻中心 > 工会动态\n\n工会动态\n"
    (a,) = _articles(tmp_path, f"{header}{HEAD}\n\n发布时间：2025-01-20 10:00\n\n{LEAD}\n\n{MORE}\n")
    assert a.headline == HEAD


def test_an_epapers_masthead_with_the_lunar_date():
    assert bar_date("2025年12月02日 星期二 农历乙巳年十月十三") == "2025-12-02"
    assert bar_date("2025年12月02日 星期二") is None  # a date alone may be the lead's


def test_links_set_apart_by_white_space_alone_are_an_epapers_bar(tmp_path):
    bar = '<div class="bannav"><a href="1.htm">第01版：要闻</a>\u3000<a href="2.htm">第02版：工会新闻</a></div>'
    links = '<a href="a.htm">上一版</a>\u3000<a href="b.htm">下一版</a>\u3000<a href="p.pdf">PDF下载</a>'
    buttons = f'<div class="bar">{links}</div>'
    masthead = "<div><span>2025年12月02日\u3000星期二\u3000\u3000农历乙巳年十月十三</span></div>"
    page = tmp_path / "page.html"
    article = f"<div><h1>{HEAD}</h1><p>本报讯（记者 林一帆）{LEAD}</p><p>{MORE}</p></div>"
    page.write_text(f"<html><body>{masthead}{bar}{buttons}{article}</body></html>", encoding="utf-8")
    (a,) = read_articles([str(page)]).articles
    assert a.headline == HEAD and a.decks == []
    assert a.date == "2025-12-02"


def test_a_links_label_with_its_row_of_links_of_any_length():
    row = "相关链接：河湾区人民政府　｜　河湾区人力资源和社会保障局　｜　河湾区融媒体中心　｜　河湾市总工会"
    assert len(row) > 40 and opens_related_links(row)
    assert opens_related_links("相关推荐") and opens_related_links("▌大家都在看")
    # a sentence that opens with the words is prose, however it goes on
    assert not opens_related_links("相关链接已发布在河湾区总工会官网首页，欢迎广大职工登录查看并踊跃参与评议。")


def test_a_links_row_with_its_gaps_folded_to_one_space():
    # (normalisation folds a page's wide gaps to one space: the row has no bar left)
    row = "友情链接：河湾省人民政府国有资产监督管理委员会 河湾省总工会 临川市总工会 南湖区总工会"
    assert len(row) > 40 and opens_related_links(row)


@pytest.mark.parametrize(
    "heading",
    ["热门评论", "全部评论（18）", "全部评论 18条", "最相关留言 ▾", "留言", "留言 3"],  # (留言: a post's bare heading)
)
def test_readers_comments_under_their_heading_are_furniture(tmp_path, heading):
    comments = "用户3021xx｜江苏：工会这事办得实在，点赞！\n柳小满 加油～书法展下周还开吗\n　赞 · 回复 · 1 天\n"
    (a,) = _articles(tmp_path, f"{HEAD}\n{_ACCOUNT}\n{LEAD}\n{MORE}\n{heading}\n{comments}")
    assert "办得实在" not in a.text and "柳小满" not in a.text
    assert MORE in a.text


@pytest.mark.parametrize("line", ["👍❤️ 你、柳小满和其他 236 人", "柳小满、王大同等12人赞过"])
def test_who_liked_a_post_is_furniture(tmp_path, line):
    assert is_furniture(line)
    (a,) = _articles(tmp_path, f"{HEAD}\n{_ACCOUNT}\n{LEAD}\n{MORE}\n{line}\n")
    assert "柳小满" not in a.text


def test_a_list_of_the_articles_people_and_a_count_is_no_reactions_line():
    assert not is_furniture("获奖名单：张三丰、李四海等12人")


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_an_account_written_twice_over_its_date_is_the_posts_account(tmp_path, gap):
    # (a post's author field that is its account's name: 某某工会 某某工会 2027年3月2日 09:15 地区)
    page = (
        f"柏溪镇总工会开展“春风行动”招聘会{gap}柏溪工会 柏溪工会 2027年03月02日 09:15 四川{gap}"
        "3月1日，柏溪镇总工会在镇文化广场开展“春风行动”招聘会，36家企业提供岗位800余个。\n"
    )
    (a,) = _articles(tmp_path, page)
    assert a.headline == "柏溪镇总工会开展“春风行动”招聘会"
    assert (a.outlet, a.date) == ("柏溪工会", "2027-03-02")
