"""Page furniture and credits, issue 12 round 6: an e-paper's buttons and counters, a
site's button bar run together, a picture's file name, a reprint notice under the
closing credit, a header that repeats its headline (and its 原标题), a deck found inside
the headline, bullets before a credit line, 文/图 set off by a space, a byline standing
over the outlet's dateline, a closing credit cut short, long transliterated names.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import is_furniture, meta_line
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

_articles = page_articles


@pytest.mark.parametrize(
    "line",
    [
        "多媒体数字报",
        "通版阅读请点击：",
        "展开通版",
        "收缩通版",
        "当前版：03版",  # the reader's page of an e-paper
        "当前版:A05版",
        "文章字数：618",
        "浏览字号：打印",  # buttons run together: 浏览 + 字号
        "阅读字号 打印 关闭",
        "image.png",
        "IMG_2041.JPG",
        "职工书法展现场.jpeg",
        "文章版权声明：除非注明，否则均为某某网原创文章，转载或复制请以超链接形式并注明出处。",
        "本站部分内容来自网络，如有侵权请联系删除。",
    ],
)
def test_buttons_counters_files_and_notices_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        HEAD,
        "职工书屋",  # a word, not buttons
        "打印机维修技能大赛",
        # a paragraph whose last words are a notice stays article text
        "6月1日，河湾区总工会举办职工书法展，200余名职工参观。转载请注明出处。",
    ],
)
def test_text_is_no_furniture(line):
    assert not is_furniture(line)


def test_an_e_paper_header_under_its_buttons(tmp_path):
    text = (
        f"多媒体数字报\n通版阅读请点击：\n展开通版\n收缩通版\n当前版：03版\n{HEAD}\n"
        f"文章字数：618\n本报讯（记者 林一帆）{LEAD}\n{MORE}\n"
    )
    arts = _articles(tmp_path, text)
    assert [a.headline for a in arts] == [HEAD]
    assert arts[0].reporters == ["林一帆"]


def test_a_closing_credit_over_a_reprint_notice(tmp_path):
    text = f"{HEAD}\n{LEAD}\n{MORE}（林一帆）\n文章版权声明：除非注明，否则均为某某网原创文章，转载请注明出处。\n"
    arts = _articles(tmp_path, text)
    assert arts[0].reporters == ["林一帆"]
    assert "版权" not in arts[0].body


def test_a_header_that_repeats_its_headline_and_its_original_title(tmp_path):
    for sep in ("：", ":"):
        text = f"{HEAD}\n原标题{sep}{HEAD}\n{HEAD}\n{LEAD}（林一帆）\n"
        arts = _articles(tmp_path, text)
        assert [(a.headline, a.decks) for a in arts] == [(HEAD, [])], sep


def test_a_reposts_other_original_title_stays_a_deck(tmp_path):
    text = f"{HEAD}\n原标题：河湾职工挥毫迎新春\n{LEAD}\n{MORE}\n"
    arts = _articles(tmp_path, text)
    assert arts[0].headline == HEAD
    assert arts[0].decks == ["原标题：河湾职工挥毫迎新春"]


def test_a_deck_found_inside_the_headline_does_not_replace_it(tmp_path):
    """The page's short title under the meta line is a part of the headline: no metadata."""
    text = f"{HEAD}活动\n发布时间：2024-06-03 来源：河湾区总工会\n浏览字号：打印\n{HEAD}\n{LEAD}\n{MORE}\n"
    arts = _articles(tmp_path, text)
    assert arts[0].headline == f"{HEAD}活动"


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("□林一帆 苏晓 文/图", ["林一帆", "苏晓"], ["林一帆", "苏晓"]),
        ("■ 文/林一帆 图/苏晓", ["林一帆"], ["苏晓"]),
        ("◆林一帆/文 苏晓/图", ["林一帆"], ["苏晓"]),
        ("文/图 林一帆 苏晓", ["林一帆", "苏晓"], ["林一帆", "苏晓"]),
        ("图/文 林一帆", ["林一帆"], ["林一帆"]),
        ("图／文：林一帆", ["林一帆"], ["林一帆"]),
    ],
)
def test_credit_lines_under_the_headline(tmp_path, line, reporters, photographers):
    arts = _articles(tmp_path, f"{HEAD}\n{line}\n本刊讯 {LEAD}\n{MORE}\n")
    assert len(arts) == 1
    assert (arts[0].headline, arts[0].decks) == (HEAD, [])
    assert (arts[0].reporters, arts[0].photographers) == (reporters, photographers)


@pytest.mark.parametrize("line", ["记者 林一帆", "□记者 林一帆 通讯员 苏晓"])
def test_a_byline_over_the_outlets_dateline_is_one_article(tmp_path, line):
    arts = _articles(tmp_path, f"{HEAD}\n{line}\n本刊讯 {LEAD}\n{MORE}\n")
    assert [a.headline for a in arts] == [HEAD]
    assert arts[0].reporters[0] == "林一帆"


def test_a_second_byline_naming_people_still_opens_an_article(tmp_path):
    text = f"{HEAD}\n记者 林一帆\n{LEAD}\n本报讯（记者 苏晓）5月30日，河湾区总工会举办职工乒乓球赛，120名职工参赛。\n"
    arts = _articles(tmp_path, text)
    assert len(arts) == 2


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("（阿依古丽·买买提", ["阿依古丽·买买提"]),  # the copy cut short: no closing bracket
        ("（记者 林一帆 通讯员 苏晓", ["林一帆", "苏晓"]),
        ("（阿依古丽·买买提）", ["阿依古丽·买买提"]),
        ("（伊斯坎德尔·买买提）", ["伊斯坎德尔·买买提"]),  # five characters before the dot
        ("（阿不都热合曼·买买提·艾力）", ["阿不都热合曼·买买提·艾力"]),
    ],
)
def test_closing_credits(tmp_path, tail, names):
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}{tail}\n")
    assert arts[0].reporters == names
    assert arts[0].body.endswith("交流。")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("本报特派记者 林一帆", ["林一帆"]),
        ("新媒体记者 林一帆 通讯员 苏晓", ["林一帆", "苏晓"]),
        ("【记者 林一帆】", ["林一帆"]),  # square brackets: a byline, not a column label
        ("【本报记者 林一帆 通讯员 苏晓】", ["林一帆", "苏晓"]),
        ("2024-06-03 来源：河湾日报 记者：林一帆", ["林一帆"]),  # the meta line's 记者 field
        ("来源：河湾日报 记者：林一帆 通讯员：苏晓 编辑：王小明", ["林一帆", "苏晓"]),
    ],
)
def test_roles_and_fields_under_the_headline(tmp_path, line, names):
    arts = _articles(tmp_path, f"{HEAD}\n{line}\n{LEAD}\n{MORE}\n")
    assert [a.headline for a in arts] == [HEAD]
    assert arts[0].reporters == names


def test_a_role_that_starts_like_a_staff_label(tmp_path):
    """视频记者 is a reporter; 视频： alone labels staff, credited to no one."""
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}（视频记者 林一帆）\n")
    assert arts[0].reporters == ["林一帆"]
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}（记者 林一帆 视频 苏晓）\n")
    assert arts[0].reporters == ["林一帆"]


def test_a_column_label_in_square_brackets_is_still_furniture():
    assert is_furniture("【工会动态】")


@pytest.mark.parametrize("byline", ["本报讯（记者 林一帆 摄影报道）", "本报讯(记者 林一帆 摄影报道) "])
def test_a_byline_closed_by_photo_report(tmp_path, byline):
    arts = _articles(tmp_path, f"{HEAD}\n{byline}{LEAD}\n{MORE}\n")
    assert (arts[0].reporters, arts[0].photographers) == (["林一帆"], ["林一帆"])


@pytest.mark.parametrize(
    ("caption", "names"),
    [
        ("苏晓明讲话 林一帆 摄", ["林一帆"]),  # the speaker's name and a verb: no two names
        ("座谈会现场 林一帆 摄", ["林一帆"]),  # the caption's words are no names
        ("慰问团走访困难职工家庭 苏晓 林一帆 摄", ["苏晓", "林一帆"]),
        ("林一帆苏晓 摄", ["林一帆", "苏晓"]),  # two names written together, nothing set apart
    ],
)
def test_captions_closed_by_their_credit(tmp_path, caption, names):
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{caption}\n{MORE}\n")
    assert arts[0].photographers == names


def test_a_portals_teaser_over_the_article(tmp_path):
    lead = "中工网讯 6月1日，河湾区总工会在职工之家举办职工书法展，展出作品80余幅。"
    text = f"{HEAD}\n广告位\n{lead} 展览将持续一周，其间还将…\n{lead}\n{MORE}\n活动现场。林一帆 摄\n"
    arts = _articles(tmp_path, text)
    assert [(a.headline, a.decks) for a in arts] == [(HEAD, [])]
    assert arts[0].photographers == ["林一帆"]


def test_a_site_menu_over_the_headline(tmp_path):
    menu = "\n".join(f"  • {w}" for w in ("本会简介", "组织章程", "会员工会", "场地租借", "联系我们"))
    text = f"河湾区总工会\n{menu}\n\n{HEAD}\n\n{LEAD}\n{MORE}\n河湾区总工会 版权所有\n"
    arts = _articles(tmp_path, text)
    assert [a.headline for a in arts] == [HEAD]
    assert not any("•" in d for d in arts[0].decks)


def test_an_articles_own_short_list_stays(tmp_path):
    """Bulleted items under the article's first sentence are its text, not a menu."""
    text = f"{HEAD}\n{LEAD}\n比赛分三组进行：\n• 楷书组\n• 行书组\n• 隶书组\n{MORE}\n"
    arts = _articles(tmp_path, text)
    said = "\n".join(x for a in arts for x in (a.headline or "", *a.decks, a.body))
    assert all(w in said for w in ("楷书组", "行书组", "隶书组"))


@pytest.mark.parametrize("line", ["撰文：林一帆｜摄影：苏晓", "文：林一帆 | 图：苏晓", "文字丨林一帆 图片丨苏晓"])
def test_labelled_credits_set_apart_by_a_bar(tmp_path, line):
    arts = _articles(tmp_path, f"{HEAD}\n{line}\n{LEAD}\n{MORE}\n")
    assert (arts[0].reporters, arts[0].photographers) == (["林一帆"], ["苏晓"])


def test_a_meta_line_with_a_category_and_a_reviewer(tmp_path):
    """通知类别：/所属栏目： label the page's category, 审核人： its reviewer: the line is the
    page's metadata, not text whose words could be taken for names."""
    line = "通知类别：河湾新闻    撰稿人：林一帆    审核人：宣传部"
    assert meta_line(line) is not None
    assert meta_line("所属栏目：工会动态 发布时间：2024-06-03") is not None
    assert meta_line("时间：6月1日 地点：职工之家") is None  # an event's notice: no metadata
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}\n{line}\n")
    assert "审核" not in arts[0].body and "河湾新闻" not in arts[0].body


def test_buttons_after_the_author_field_are_no_names(tmp_path):
    line = "2024-06-03 10:20:30 来源：河湾日报 作者：林一帆 【大 中 小】【打印】【关闭】"
    arts = _articles(tmp_path, f"{HEAD}\n{line}\n{LEAD}\n{MORE}\n")
    assert arts[0].reporters == ["林一帆"]


@pytest.mark.parametrize(
    "line",
    [
        "返回搜狐，查看更多",
        "声明：该文观点仅代表作者本人，某某号系信息发布平台，某某仅提供信息存储空间服务。",
        "阅读 (1.2万)",
        "点赞 36 在看",
        "打开APP阅读",
        "本文链接：http://www.example.com/a.html",
    ],
)
def test_a_portals_closing_furniture(tmp_path, line):
    assert is_furniture(line)
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}\n{line}\n")
    assert [a.headline for a in arts] == [HEAD]
    assert arts[0].body.endswith("交流。")


@pytest.mark.parametrize(
    "caption", ["活动现场 河湾区总工会供图", "活动现场（河湾区总工会 供图）", "职工在书写春联 河湾公司 摄"]
)
def test_a_caption_a_unit_is_credited_for_keeps_the_article_whole(tmp_path, caption):
    """A unit gave the picture: its caption is no headline of a second article."""
    arts = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{caption}\n{MORE}\n")
    assert [a.headline for a in arts] == [HEAD]
    assert arts[0].body.endswith("交流。")
    assert arts[0].photographers == []


@pytest.mark.parametrize("line", ["河湾区总工会举办职工摄影展", "河湾区总工会组织职工摄影"])
def test_a_headline_about_photography_is_still_one(line):
    from kg.ingest.shapes import title_like

    assert title_like(line)
