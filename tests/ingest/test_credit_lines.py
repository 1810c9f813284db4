"""Credit lines of real pages (issue 12): editors inside a bracketed credit, an outlet's
signature with no name, labelled credits after a dateline, lines of authors over the outlet
and date, copyright footers and links under the closing credit, captions written as
sentences or printed twice, a 作者 field naming the bylines' people or closing an article
in brackets, and a page that lost its headline with its author over the date line.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import byline_at_start, labelled_credit_line, people_line, photo_credit_line
from kg.ingest.meta_lines import meta_line
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles

_articles = page_articles


def test_an_editor_closing_a_bracketed_credit_is_no_reporter():
    c = people_line("（记者 林一帆 通讯员 王小明  责任编辑 周立）")
    assert c is not None and c.reporters == ["林一帆", "王小明"]


def test_an_editor_inside_a_datelines_brackets_is_no_reporter():
    c = byline_at_start("本报讯（记者 林一帆 责任编辑 周立）" + LEAD)
    assert c is not None and c.reporters == ["林一帆"]


def test_an_outlets_signature_in_brackets_names_no_one():
    c = byline_at_start("本报讯（职报）" + LEAD)
    assert c is not None and c.reporters == [] and c.outlet == "本报"
    named = byline_at_start("本报讯（林一帆）" + LEAD)
    assert named is not None and named.reporters == ["林一帆"]


def test_labelled_credits_in_brackets_after_a_dateline(tmp_path):
    c = byline_at_start("河湾区总工会网讯（图文/林一帆 编辑/周立）" + LEAD)
    assert c is not None
    assert (c.reporters, c.photographers, c.outlet) == (["林一帆"], ["林一帆"], "河湾区总工会网")
    (a,) = _articles(tmp_path, f"{HEAD}\n河湾区总工会网讯（图文/林一帆 编辑/周立）{LEAD}\n")
    assert (a.reporters, a.photographers) == (["林一帆"], ["林一帆"])
    assert a.body.startswith("6月1日")


def test_a_line_of_authors_outlet_and_date_under_the_headline(tmp_path):
    line = "林一帆 王小明 赵红 周立   河湾工人报   2026-03-13 12:06:32"
    m = meta_line(line)
    assert m is not None and m.outlet == "河湾工人报" and m.date == "2026-03-13"
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{line}\n\n{LEAD}\n\n{MORE}\n")
    assert a.headline == HEAD
    assert a.reporters == ["林一帆", "王小明", "赵红", "周立"]
    assert "河湾工人报" not in a.body


def test_words_before_the_outlet_that_are_no_names_are_no_authors():
    assert meta_line("工会 动态   河湾工人报   2026-03-13 12:06:32") is None


def test_a_copyright_notice_under_the_closing_credit(tmp_path):
    text = f"{HEAD}\n{LEAD}\n{MORE}（林一帆）\n版权声明：本文来自网络，如有不妥请联系我们删除 400-000-0000\n"
    (a,) = _articles(tmp_path, text)
    assert a.reporters == ["林一帆"]
    assert "版权声明" not in a.body


def test_a_caption_printed_twice_does_not_split_the_article(tmp_path):
    text = f"{HEAD}\n\n{LEAD}\n\n职工书法展现场\n\n{MORE}（记者 林一帆）\n\n题图：职工书法展现场\n"
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]
    assert MORE in a.body


def test_an_underscore_for_a_space_after_the_role():
    c = photo_credit_line("（河湾新闻网记者_林一帆 文图）")
    assert c is not None
    assert (c.reporters, c.photographers, c.outlet) == (["林一帆"], ["林一帆"], "河湾新闻网")


def test_a_labelled_caption_is_no_headline_nor_the_lead(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n头图：职工在展厅里参观\n\n{LEAD}\n\n{MORE}\n")
    assert a.headline == HEAD
    assert a.body.split("\n")[0] == LEAD


def test_a_photo_credit_with_a_caption_label_stays_a_credit(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n图：王小明\n")
    assert a.photographers == ["王小明"]


def test_a_summary_over_the_article_is_a_deck_not_the_lead(tmp_path):
    summary = "摘要：河湾区职工书法展开幕，展出作品80余幅。"
    (a,) = _articles(tmp_path, f"{HEAD}\n\n{summary}\n\n{LEAD}\n\n{MORE}\n")
    assert a.decks == [summary]
    assert a.body.split("\n")[0] == LEAD


def test_names_and_report_word_after_the_outlets_dateline():
    c = byline_at_start("河湾网/河湾头条客户端讯 林一帆报道：" + LEAD)
    assert c is not None
    assert (c.reporters, c.outlet) == (["林一帆"], "河湾网/河湾头条客户端")
    c = byline_at_start("河湾日报讯 记者林一帆报道：" + LEAD)
    assert c is not None and c.reporters == ["林一帆"]


_articles = page_articles


@pytest.mark.parametrize(
    ("text", "reporters", "outlet"),
    [
        ("河湾联播讯（林一帆）" + LEAD, ["林一帆"], "河湾联播"),  # an outlet no list knows
        ("河湾联播訊(林一帆 周立)" + LEAD, ["林一帆", "周立"], "河湾联播"),
        ("河湾讯（林一帆）" + LEAD, ["林一帆"], None),  # a place's dateline: no outlet
    ],
)
def test_a_dateline_of_any_outlet_with_names_alone_in_brackets(text, reporters, outlet):
    c = byline_at_start(text.replace("訊", "讯"))
    assert c is not None and (c.reporters, c.outlet) == (reporters, outlet)


@pytest.mark.parametrize("text", ["喜讯（图）" + LEAD, "好消息（下）" + LEAD, "河湾联播讯（职报）" + LEAD])
def test_no_names_in_the_brackets_no_credit(text):
    c = byline_at_start(text)
    assert c is None or c.reporters == []


def test_names_alone_in_brackets_under_the_last_paragraph_with_links_below(tmp_path):
    text = (
        f"微信扫一扫\n点击蓝字关注我们\n{HEAD}\n{LEAD}\n{MORE}\n（林一帆）\n●河湾区总工会开展送清凉活动\n河湾区总工会\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]
    assert "（林一帆）" not in a.text and "扫一扫" not in a.text


def test_a_page_that_lost_its_headline_names_its_author_over_the_date(tmp_path):
    (a,) = _articles(tmp_path, f"林一帆\n2024年06月03日10:26 来源：《河湾工人报》\n{LEAD}\n{MORE}\n")
    assert a.headline is None
    assert a.reporters == ["林一帆"]
    assert a.date == "2024-06-03"


def test_a_mirrors_address_glued_to_the_meta_line(tmp_path):
    line = "//www.example.com2024-06-03 10:58:17来源: 河湾日报"
    m = meta_line(line)
    assert m is not None and (m.date, m.outlet) == ("2024-06-03", "河湾日报")
    (a,) = _articles(tmp_path, f"{HEAD}\n{line}\n分享到: | 更多 |\n河湾日报讯(记者林一帆 通讯员周立){LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert a.reporters == ["林一帆", "周立"]


def test_a_roundups_parts_under_a_bare_label_are_one_article(tmp_path):
    text = (
        f"{HEAD}\n2024-06-03 来源：河湾工人报 作者：林一帆 周立 王小明\n"
        "连日来，河湾区各级工会开展形式多样的书法展览活动，丰富职工文化生活。\n"
        f"东区\n河湾工人报讯（记者林一帆 通讯员赵红）{LEAD}\n"
        f"西区\n河湾工人报讯（记者周立 通讯员孙浩）{MORE}\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert set(a.reporters) == {"林一帆", "赵红", "周立", "孙浩", "王小明"}


def test_a_caption_written_as_a_sentence_over_the_byline(tmp_path):
    text = f"{HEAD}\n昨日，河湾区职工书法展开幕。 周立 摄\n本报讯（记者 林一帆）{LEAD}\n{MORE}\n"
    (a,) = _articles(tmp_path, text)
    assert (a.reporters, a.photographers) == (["林一帆"], ["周立"])
    assert a.body.startswith("昨日，河湾区职工书法展开幕。")


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("河湾日报／ 记者林一帆/河湾即时报导", "河湾日报"),  # the Taiwan papers' form
        ("记者林一帆／综合报导", None),
    ],
)
def test_a_byline_of_role_name_slash_place_and_report(tmp_path, line, outlet):
    (a,) = _articles(tmp_path, f"{HEAD}\n{line}\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD
    assert (a.reporters, a.outlet) == (["林一帆"], outlet)


def test_a_traditional_byline_of_role_name_slash_place_and_report(tmp_path):
    text = "河灣區總工會舉辦職工書法展\n記者林一帆／河灣報導\n6月1日，河灣區總工會在職工之家舉辦職工書法展。\n"
    (a,) = _articles(tmp_path, text)
    assert a.reporters == ["林一帆"]
    assert a.body.startswith("6月1日")


def test_a_caption_inside_a_web_pages_one_article_heads_no_article(tmp_path):
    text = (
        f"{HEAD}\n发布时间：2024-06-03 来源：河湾日报\n{LEAD}\n"
        "河湾区总工会主席周立为获奖职工颁奖\n"  # a picture's caption, as short as a headline
        f"{MORE}（记者 林一帆）\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]
    assert "为获奖职工颁奖" in a.body


def test_an_epaper_page_of_several_articles_keeps_them(tmp_path):
    text = (
        f"2024年06月03日 星期一\n{HEAD}\n本报讯（记者 林一帆）{LEAD}\n"
        "河湾区总工会开展送清凉活动\n本报讯（记者 周立）7月1日，河湾区总工会为环卫工人送去清凉物品。\n"
    )
    arts = _articles(tmp_path, text)
    assert [(a.headline, a.reporters) for a in arts] == [
        (HEAD, ["林一帆"]),
        ("河湾区总工会开展送清凉活动", ["周立"]),
    ]


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("林 帆)6月1日，河湾区总工会举办职工书法展。", ["林帆"]),  # a padded name, the opening lost
        ("林一帆）6月1日，河湾区总工会举办职工书法展。", ["林一帆"]),
        ("二）6月1日，河湾区总工会举办职工书法展。", []),  # a list's number, no name
        ("活动现场）6月1日，河湾区总工会举办职工书法展。", []),  # no surname
    ],
)
def test_a_byline_whose_opening_a_copied_page_lost(lead, reporters):
    c = byline_at_start(lead)
    assert (c.reporters if c else []) == reporters


def test_the_author_line_under_a_later_headline_of_an_epaper_page(tmp_path):
    text = (
        f"第A03版：工会新闻\n{HEAD}\n本报讯（记者 林一帆）{LEAD}\n"
        "河湾区总工会开展送清凉活动\n作者：周立 来源：河湾工人报\n7月1日，河湾区总工会为环卫工人送去清凉物品。\n"
        "河湾区总工会召开全委会\n8月2日，河湾区总工会召开全委会议，60名委员出席。\n"
    )
    arts = _articles(tmp_path, text)
    assert [a.reporters for a in arts] == [["林一帆"], ["周立"], []]


def test_the_source_and_date_under_a_later_headline_are_that_articles(tmp_path):
    text = (
        f"{HEAD}\n{LEAD}\n"
        "河湾区总工会开展送清凉活动\n来源：河湾区总工会 作者：周立 发布时间：2025-07-09\n"
        "7月8日，河湾区总工会为环卫工人送去清凉物品。\n"
    )
    first, second = _articles(tmp_path, text)
    assert (second.outlet, second.date, second.reporters) == ("河湾区总工会", "2025-07-09", ["周立"])
    assert (first.outlet, first.reporters) == (None, [])


def test_captions_under_pictures_head_no_articles(tmp_path):
    text = (
        f"{HEAD}\n{LEAD}\nIMG_0001.jpg\n职工在展厅参观书法作品\nIMG_0002.jpg\n河湾区总工会主席周立为获奖职工颁奖\n"
        f"{MORE}（通讯员 林一帆）\n"
    )
    (a,) = _articles(tmp_path, text)
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]
    assert "职工在展厅参观书法作品" in a.body


def test_a_headline_over_a_picture_still_opens_its_article(tmp_path):
    text = (
        f"{HEAD}\n本报讯（记者 林一帆）{LEAD}\n"
        "河湾区总工会开展送清凉活动\nIMG_0003.jpg\n7月1日，河湾区总工会为环卫工人送去清凉物品。（周立）\n"
    )
    arts = _articles(tmp_path, text)
    assert [(a.headline, a.reporters) for a in arts] == [
        (HEAD, ["林一帆"]),
        ("河湾区总工会开展送清凉活动", ["周立"]),
    ]


def test_an_editors_line_between_articles_is_no_deck_and_no_text(tmp_path):
    text = (
        f"{HEAD}\n本报讯（记者 林一帆）{LEAD}\n责任编辑 周立\n"
        "河湾区总工会开展送清凉活动\n7月8日，河湾区总工会为环卫工人送去清凉物品。\n（编辑 周立 校对 何小红）\n"
    )
    first, second = _articles(tmp_path, text)
    assert second.headline == "河湾区总工会开展送清凉活动" and second.decks == []
    assert "周立" not in first.text + second.text
    assert (first.reporters, second.reporters) == (["林一帆"], [])


def test_meta_lines_closing_each_article_of_a_page(tmp_path):
    text = (
        f"{HEAD}\n{LEAD}\n来源：河湾工人报 作者：林一帆\n"
        "河湾区总工会开展送清凉活动\n7月8日，河湾区总工会为环卫工人送去清凉物品。\n"
        "来源：河湾区总工会 作者：周立\n"
    )
    first, second = _articles(tmp_path, text)
    assert (first.outlet, first.reporters) == ("河湾工人报", ["林一帆"])
    assert (second.outlet, second.reporters) == ("河湾区总工会", ["周立"])


def test_a_web_articles_closing_meta_line_is_its_own(tmp_path):
    text = f"{HEAD}\n发布时间：2025-06-02\n{LEAD}\n职工风采\n{MORE}\n来源：河湾工人报 作者：林一帆\n"
    (a,) = _articles(tmp_path, text)
    assert (a.outlet, a.reporters) == ("河湾工人报", ["林一帆"])


@pytest.mark.parametrize("line", ["（作者：林一帆）", "(作者: 林一帆)", "作者：林一帆"])
def test_an_author_field_is_a_credit_line(line):
    c = labelled_credit_line(line)
    assert c is not None and c.reporters == ["林一帆"]


def test_an_author_field_naming_a_unit_credits_no_one():
    assert labelled_credit_line("（作者：河湾区总工会）") is None


@pytest.mark.parametrize("tail", ["\n（作者：林一帆）\n", "（作者：林一帆）\n"])
def test_a_closing_author_field_credits_the_writer(tmp_path, tail):
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}{tail}")
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]
    assert "作者" not in a.text


def test_a_mongolian_or_tibetan_name_in_a_photo_credit():
    # made of name words, no Han surname: one name however long, with or without a role word
    c = photo_credit_line("（通讯员 苏德格日乐 摄）")
    assert c is not None and c.photographers == ["苏德格日乐"]
    c = photo_credit_line("扎西央宗 摄")
    assert c is not None and c.photographers == ["扎西央宗"]


@pytest.mark.parametrize(
    ("top", "closing"),
    [
        ("发布时间：2025-03-21　作者：党委办公室　浏览次数：52", "作者：党委办公室　林一帆"),
        ("来源：本站 作者：工会宣传科 2025-03-21", "作者：工会宣传科 林一帆 周立"),
        ("2025-03-21 10:00 作者：综合办", "作者：综合办 林一帆\n审核：王小明"),
    ],
)
def test_a_desk_in_the_top_author_field_and_its_writer_in_the_closing_one(tmp_path, top, closing):
    # the field beside the date names the desk alone; the one closing the article names
    # the desk and the person who wrote it: the writer is credited
    (a,) = _articles(tmp_path, f"{HEAD}\n{top}\n{LEAD}\n{MORE}\n{closing}\n")
    assert a.reporters[0] == "林一帆" and "王小明" not in a.reporters


def test_a_person_in_the_top_author_field_keeps_the_credit(tmp_path):
    text = f"{HEAD}\n发布时间：2025-03-21 作者：林一帆\n{LEAD}\n{MORE}\n作者：党委办公室 周立\n"
    (a,) = _articles(tmp_path, text)
    assert a.reporters == ["林一帆"]


def test_a_name_alone_under_a_commentarys_headline_is_its_writer(tmp_path):
    text = (
        f"{HEAD}\n本报讯（记者 林一帆）{LEAD}\n\n"
        "让职工“进得来、留得住”\n周立\n\n"
        "入会只是第一步，能否留得住，关键在于服务是否精准、持续，工会应把职工的急难愁盼列成清单。\n"
        "（作者单位：河湾职业技术学院工会）\n"
    )
    first, second = _articles(tmp_path, text)
    assert second.headline == "让职工“进得来、留得住”"
    assert second.reporters == ["周立"] and second.decks == []
    assert first.reporters == ["林一帆"]


def test_a_deck_under_a_headline_is_no_writer(tmp_path):
    (a,) = _articles(tmp_path, f"{HEAD}\n职工书法展开幕\n\n{LEAD}\n")
    assert a.reporters == [] and a.decks == ["职工书法展开幕"]
