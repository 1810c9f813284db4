"""Credit lines of issue 12, round 5: editors inside a bracketed credit, an outlet's
signature with no name, labelled credits after a dateline, a line of authors over the
outlet and date, a copyright footer under the closing credit, a caption printed twice,
and the underscore some sites print for a space.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

from kg.ingest.boilerplate import meta_line
from kg.ingest.bylines import byline_at_start, people_line, photo_credit_line
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
