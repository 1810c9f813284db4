"""Page furniture and headlines of real pages (issue 12): e-paper bars, buttons and
counters, share bars, news hotlines, imprints and contact lines, breadcrumbs of every
separator, meta lines glued to a headline, disclosure tables, headers that repeat the
headline or say their part (引题/主题), decks, drafting footers, and stacks of quick news.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.bars import contact_line, imprint_line
from kg.ingest.boilerplate import is_breadcrumb, is_furniture
from kg.ingest.bylines import author_credit, closing_names
from kg.ingest.distribution import distribution_line
from kg.ingest.meta_lines import meta_line
from kg.ingest.shapes import title_like
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

_articles = page_articles


@pytest.mark.parametrize(
    "line",
    [
        "第02版:要闻 PDF版阅读",  # an e-paper's page label and its PDF button
        "我要收藏",
        "文章分享",
        "新闻热线:0100-1234567  爆料热线:13000000000",
        "×",  # a dialog's close button
        "* * *",
    ],
)
def test_buttons_and_hotlines_are_furniture(line):
    assert is_furniture(line)


def test_a_bare_publisher_field_beside_the_date_is_a_meta_line():
    m = meta_line("2025-08-27   发布: 点击数:  ")
    assert m is not None and m.date == "2025-08-27"


def test_a_caption_closed_by_its_photo_credit_is_no_headline():
    assert not title_like("职工参观书法展（林一帆 供图）")


def test_a_headline_starting_with_a_surname_is_no_author_field():
    assert author_credit("江湾区工会代表大会选举产生出席市工会代表") is None


def test_a_government_page_with_a_disclosure_table(tmp_path):
    text = (
        "位置: 首页 > 政府信息公开 > 正文\n"
        f"{HEAD}\n"
        "2025-08-27   发布: 点击数:  \n"
        " 索 引 号  abc/2025-00001  发布机构  河湾区人民政府办公室  公开日期  2025-08-27\n"
        " 文  号   主题分类  其他  失效日期 \n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD


def test_captions_with_credits_under_the_meta_line(tmp_path):
    text = (
        f"{HEAD}\n2021-09-07 14:57:00    来源:河湾新闻网\n新闻热线:0100-1234567\n\n"
        f"职工参观书法展（林一帆 供图）\n\n{LEAD}\n\n{MORE}\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.photographers == ["林一帆"]


def test_the_owners_name_over_the_headline_and_the_sign_off(tmp_path):
    text = f"河湾街道总工会\n{HEAD}\n{LEAD}\n{MORE}\n河湾街道总工会\n赵一帆\n|\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.reporters == ["赵一帆"]
    assert "赵一帆" not in a.body


def test_a_sign_off_closing_the_page(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n河湾街道总工会\n\n赵一帆\n")
    assert a.reporters == ["赵一帆"]


@pytest.mark.parametrize(
    "tail",
    [
        "河湾县总工会办公室 赵一帆",  # the unit's department and the writer on one line
        "河湾县总工会民管部 法律部 赵一帆",  # two departments, each a word
        "河湾县总工会\n赵一帆\n河湾县文化路27号 联系电话 0100-1234567",  # the unit's address under it
        "河湾县总工会办公室 赵一帆\n地址：河湾县文化路27号",
    ],
)
def test_a_sign_off_with_its_department_or_its_address(tmp_path, tail):
    (a,) = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}\n{tail}\n")
    assert a.reporters == ["赵一帆"]
    assert "赵一帆" not in a.body


@pytest.mark.parametrize(
    "tail",
    [
        "河湾日报社 宣",  # an advertisement's signature: no name after the unit
        "河湾县总工会 关于开展职工疗休养的通知",  # a link to another item
        "赵一帆 联系电话 0100-1234567",  # whom to call: no unit, no sign-off
    ],
)
def test_a_line_after_the_last_sentence_that_is_no_sign_off(tmp_path, tail):
    (a,) = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}\n{tail}\n")
    assert a.reporters == []


@pytest.mark.parametrize("dash", ["—", "——", "--"])
def test_a_writer_signing_with_a_dash_under_the_last_sentence(tmp_path, dash):
    (a,) = _articles(tmp_path, f"{HEAD}\n{LEAD}\n{MORE}\n{dash}赵一帆\n")
    assert a.reporters == ["赵一帆"]
    assert "赵一帆" not in a.body


def test_a_dash_under_a_quotation_names_whom_it_quotes(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n{LEAD}\n“劳动创造幸福，实干成就梦想。”\n——赵一帆\n")
    assert a.reporters == []


def test_a_list_of_related_topics_closes_the_article(tmp_path):
    text = f"{HEAD}\n{LEAD}\n{MORE}\n相关专题\n· 各地工会报道\n全总要闻\n劳动观察\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert "各地工会报道" not in a.text


def test_a_byline_under_the_pictures_and_their_captions(tmp_path):
    text = (
        f"{HEAD}\n\n职工参观书法展（林一帆 供图）\n\n现场创作（林一帆 供图）\n\n"
        f"河湾日报讯 记者王小明报道：{LEAD}\n\n{MORE}\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert (a.reporters, a.photographers) == (["王小明"], ["林一帆"])
    assert "河湾日报讯" not in a.body


def test_a_close_button_between_headline_and_byline(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n×\n        本报讯 {LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.outlet == "本报"


def test_a_lone_dash_is_no_symbol_furniture():
    assert not is_furniture("-")  # an empty field's dash under the header: the header reads it


def test_a_units_bare_name_inside_an_article_heads_no_article(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n河湾机械集团\n\n河湾机械集团\n\n{MORE}\n")
    assert a.headline == HEAD
    assert MORE in a.body


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


_articles = page_articles

# -- breadcrumbs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "crumb",
    [
        "首页 → 新闻中心 → 工会动态",
        "首页 / 新闻中心 / 工会动态",
        "首页／新闻中心／工会动态",
        "首页 丨 新闻中心 丨 工会动态",
        "首页 | 新闻中心 | 工会动态",
        "网站首页 ⇒ 工会动态",
    ],
)
def test_a_breadcrumb_with_arrows_bars_or_slashes_is_no_headline(tmp_path, crumb):
    assert is_breadcrumb(crumb)
    (a,) = _articles(tmp_path, f"河湾区总工会网\n{crumb}\n{HEAD}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.decks == []
    assert "河湾区总工会网" not in a.text


@pytest.mark.parametrize(
    "line",
    [
        "分享到 | 微信 | 微博 | 更多",  # a share bar: opened by a button, not by the home
        "首页 | 打印 | 关闭",  # buttons alone
        "文/林一帆 图/周立",  # a credit line
        "2024/06/03",
    ],
)
def test_a_bar_of_buttons_or_a_credit_is_no_breadcrumb(line):
    assert not is_breadcrumb(line)


def test_a_headline_over_a_share_bar_stays(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n分享到 | 微信 | 微博 | 更多\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD


# -- e-paper page labels, table rows --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("第1b版:要闻 上一版 下一版", True),  # a page's second sheet
        ("第A03B版：工会", True),
        ("第3版 要闻", True),  # the page's name after a gap, no colon
        ("第3版 要闻 河湾区总工会召开全委会议", False),  # a headline after it is no label
    ],
)
def test_an_epaper_page_label_with_a_sheet_letter_or_a_gap(line, furniture):
    assert is_furniture(line) is furniture


def test_a_page_laid_out_in_a_table_copied_as_text(tmp_path):
    text = f"| {HEAD} | |||\n| 2024/6/3 10:51:45 河湾快报 | |||\n|\n{LEAD}\n| |||\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert "|" not in a.text


def test_a_table_row_of_several_cells_stays_whole(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n{LEAD}\n| 姓名 | 单位 |\n| 林一帆 | 河湾区总工会 |\n")
    assert "| 林一帆 | 河湾区总工会 |" in a.body


# -- the headline and its meta line on one line -------------------------------------------


@pytest.mark.parametrize(
    ("line", "outlet", "reporters"),
    [
        (f"{HEAD} 2024-06-03 来源：河湾日报", "河湾日报", []),
        (f"{HEAD} 发布时间：2024年06月03日 来源：河湾日报 作者：林一帆", "河湾日报", ["林一帆"]),
        (f"{HEAD}发布时间：2024-06-03 来源：河湾日报", "河湾日报", []),  # no gap
        (f"{HEAD}　2024-06-03　来源:河湾日报", "河湾日报", []),  # ideographic spaces, half-width colon
        (f"{HEAD} 2024-06-03 10:20", None, []),  # a date alone after a headline's size
    ],
)
def test_a_headline_and_its_meta_line_printed_as_one(tmp_path, line, outlet, reporters):
    (a,) = _articles(tmp_path, f"当前位置：首页 > 工会动态\n{line}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.date == "2024-06-03"
    assert a.outlet == outlet
    assert a.reporters == reporters


def test_a_traditional_headline_and_its_meta_line_printed_as_one(tmp_path):
    (a,) = _articles(
        tmp_path, "河灣區總工會舉辦職工書法展 2024-06-03 來源：河灣日報\n6月1日，河灣區總工會舉辦職工書法展。\n"
    )
    assert a.headline == "河湾区总工会举办职工书法展"
    assert (a.date, a.outlet) == ("2024-06-03", "河湾日报")


def test_a_posts_account_and_date_stay_an_account_line(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n河湾区总工会 2024-06-03 18:30\n{LEAD}\n")
    assert a.headline == HEAD
    assert a.outlet == "河湾区总工会"


def test_a_list_of_links_each_with_its_date_is_dropped(tmp_path):
    links = "河湾区总工会召开全委会议 2024-05-20\n河湾区总工会开展送清凉活动 2024-05-18\n"
    (a,) = _articles(tmp_path, f"{links}{HEAD}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD and a.date is None
    assert "全委会议" not in a.text


def test_a_spam_keyword_glued_to_the_headline_and_the_date_line_is_cut(tmp_path):
    text = f"某某影视网址{HEAD}\n某某影视网址 2024-06-03 08:15:23 来源: 原创\n{LEAD}\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.date == "2024-06-03"


# -- header lines that say their part --------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "deck"),
    [
        (f"书香润初心 翰墨颂华章（引题）\n{HEAD}（主题）", "书香润初心 翰墨颂华章"),
        (f"书香润初心 翰墨颂华章(引题)某某影视\n{HEAD}(主题)", "书香润初心 翰墨颂华章"),  # spam after the label
        (f"{HEAD}【主题】\n——200余名职工参观【副题】", "——200余名职工参观"),
        (f"原标题：书香润初心（肩题）\n{HEAD}（主标题）", "原标题：书香润初心"),
    ],
)
def test_header_lines_that_say_their_part(tmp_path, header, deck):
    (a,) = _articles(tmp_path, f"{header}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.decks == [deck]


# -- a date with 号, a drafting footer --------------------------------------------------------


def test_a_date_line_written_with_hao(tmp_path):
    m = meta_line("2024年03月13号")
    assert m is not None and m.date == "2024-03-13"
    (a,) = _articles(tmp_path, f"河湾区总工会网站 欢迎您\n{HEAD}\n2024年06月03号\n{LEAD}\n")
    assert a.headline == HEAD and a.date == "2024-06-03"


def test_the_drafter_of_a_government_page_wrote_it_and_its_checker_did_not(tmp_path):
    footer = "拟稿人：林一帆   核稿人：周立   来源：河湾区总工会"
    (a,) = _articles(tmp_path, f"{HEAD}\n发布日期：2024-06-03\n{LEAD}\n{MORE}\n{footer}\n")
    assert a.reporters == ["林一帆"]
    assert "周立" not in a.text


def test_a_long_headline_opened_by_a_columns_tag(tmp_path):
    head = "【河湾】河湾区总工会副主席林一帆带队赴东区督导工会法律援助工作站建设与职工服务阵地规范化建设工作"
    (a,) = _articles(tmp_path, f"当前位置：首页 > 基层动态\n{head}\n发布日期：2024-06-03\n{LEAD}\n{MORE}\n")
    assert a.headline == head
    assert a.body.startswith("6月1日")


@pytest.mark.parametrize(
    "line",
    [
        "河湾工人报 数字报",
        "2024年06月03日 星期一　往期回顾　|　PDF下载",
        "第01版：要闻　第02版：综合　第03版：基层　上一版　下一版",
        "2024年06月03日　星期一　第5321期",  # the masthead's date, weekday and issue number
        "河湾工人报　HEWAN GONGRENBAO",  # the paper's name and the same in capitals
    ],
)
def test_an_epaper_bar_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["2024年06月03日 星期一", "河湾工人报", HEAD, "第5321期", "河湾区总工会 HR", f"{HEAD} VIP"]
)
def test_a_date_or_a_name_alone_is_no_bar(line):
    assert not is_furniture(line)


def test_an_imprint_line_is_furniture():
    assert imprint_line("主办：河湾市总工会　出版：河湾工人报社　地址：河湾市东城区新华路8号　广告热线：0000-1234567")


def test_an_event_notices_organisers_stay():
    assert not imprint_line("主办：河湾市总工会 承办：河湾区总工会")
    assert not is_furniture("主办：河湾市总工会 承办：河湾区总工会")


def test_an_epaper_page_keeps_only_its_articles(tmp_path):
    text = (
        "河湾工人报 数字报\n2024年06月03日 星期一　往期回顾　|　PDF下载\n"
        "第01版：要闻　第02版：综合　上一版　下一版\n\n"
        f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n"
        "主办：河湾市总工会　出版：河湾工人报社　地址：河湾市东城区新华路8号　广告热线：0000-1234567\n"
    )
    (a,) = page_articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.date == "2024-06-03"
    assert "数字报" not in a.text and "主办" not in a.text and "新华路" not in a.text


def test_a_masthead_over_a_column_of_briefs_heads_none_of_them(tmp_path):
    text = (
        "河湾工人报　HEWAN GONGRENBAO\n2024年06月03日　星期一　第5321期\n\n各地传真\n\n"
        f"{HEAD}\n本报讯（通讯员 林一帆）{LEAD}\n\n"
        "东岭区设立职工法律援助工作站\n"
        "本报讯（通讯员 周立）6月2日，东岭区总工会设立职工法律援助工作站，5名律师轮流值守。\n"
    )
    arts = page_articles(tmp_path, text)
    assert [a.headline for a in arts] == [HEAD, "东岭区设立职工法律援助工作站"]
    assert arts[0].decks == [] and arts[0].date == "2024-06-03"
    assert [a.reporters for a in arts] == [["林一帆"], ["周立"]]


BRIEF_1 = "6月2日，河湾区总工会在区文化馆举办职工摄影展，展出作品60幅。（湾工）"
BRIEF_2 = "6月1日，东岭区总工会举办女职工插花沙龙，30名女职工参加。（岭宣）"


def test_a_stack_of_bulleted_briefs_signed_by_units(tmp_path):
    text = f"{HEAD}\n\n{LEAD}\n\n■ 河湾区职工摄影展开展\n{BRIEF_1}\n\n■ 东岭区总工会举办插花沙龙\n{BRIEF_2}\n"
    arts = page_articles(tmp_path, text)
    assert [a.headline for a in arts] == [HEAD, "河湾区职工摄影展开展", "东岭区总工会举办插花沙龙"]
    assert "东岭区" not in arts[1].text
    assert all(a.reporters == [] for a in arts)


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("（岭宣）", None),
        ("（林一帆）", ["林一帆"]),
        ("（林工）", None),
        ("（宣读完毕）", None),
        ("（司马文涛）", ["司马文涛"]),
    ],
)
def test_a_units_two_character_signature_credits_no_one(tail, names):
    c = closing_names(LEAD + tail)
    assert (c.reporters if c else None) == names


@pytest.mark.parametrize("line", ["查询：0000 1234（林小姐）", "联系电话：0000-1234567", "咨询：林老师 0000-1234567"])
def test_a_contact_line_is_furniture(line):
    assert contact_line(line) and is_furniture(line)


@pytest.mark.parametrize("line", ["查询：河湾区总工会权益保障部", "联系职工，服务职工。"])
def test_a_contact_label_without_a_number_is_no_contact_line(line):
    assert not is_furniture(line)


def test_a_releases_contact_person_is_not_in_its_text(tmp_path):
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n查询：0000 1234（林小姐）\n")
    assert "林小姐" not in a.text


@pytest.mark.parametrize(
    "line",
    [
        "报：省总工会，市委、市政府有关领导同志",
        "送：各街道总工会。",
        "抄送：区人社局、区财政局。",
        "发：各县区总工会，市直各产业工会",
    ],
)
def test_a_documents_distribution_list_is_furniture(line):
    assert distribution_line(line)


@pytest.mark.parametrize(
    "line", ["送：温暖进万家活动中，区总工会为困难职工送去慰问金，受到职工好评。", "报告：今年全区新建职工之家十二家。"]
)
def test_a_sentence_after_a_distribution_label_stays(line):
    assert not distribution_line(line)


@pytest.mark.parametrize(
    ("name", "pinyin"),
    [("河湾职工报", "HEWAN ZHIGONG BAO"), ("工会视窗", "GONGHUI SHICHUANG"), ("要闻", "YAOWEN")],
)
def test_a_mastheads_names_over_their_pinyin_head_no_article(tmp_path, name, pinyin):
    """A paper's or a page's name over its pinyin in capitals (read from a page's top, as a
    PDF read by position gives it) is the masthead's, no headline or kicker of the first
    article; so is a staff line of the masthead (校对：X　电子信箱：…)."""
    text = (
        f"2\n{name}\n{pinyin}\n2029年6月2日 星期六\n校对：闻雁秋　电子信箱：hwzgb@hw.example.cn\n"
        f"{HEAD}\n{LEAD}\n{MORE}\n"
    )
    articles = [a for a in _articles(tmp_path, text) if a.body]
    assert [(a.headline, a.decks) for a in articles if LEAD in a.text] == [(HEAD, [])]


@pytest.mark.parametrize(("name", "latin"), [("河湾职工报", "HEWAN DAILY"), ("工会视窗", "UNION WINDOW")])
def test_capitals_that_do_not_sound_out_the_name_are_no_pinyin(name, latin):
    from kg.ingest.pinyin_heads import pinyin_mastheads

    assert pinyin_mastheads([name, latin]) == set()
    assert pinyin_mastheads(["河湾职工报", "HEWAN ZHIGONG BAO"]) == {0, 1}


@pytest.mark.parametrize("greeting", ["欢迎访问河湾区总工会网站！", "欢迎来到河湾区总工会官方网站！"])
def test_a_sites_greeting_over_its_breadcrumb_is_no_headline(tmp_path, greeting):
    # (invented) the greeting ends like a sentence, but it is the site's header over its breadcrumb
    (a,) = _articles(
        tmp_path, f"{greeting}\n您当前的位置：首页 > 基层动态\n{HEAD}\n发布日期：2026-04-12　作者：\n{LEAD}\n{MORE}\n"
    )
    assert a.headline == HEAD
