"""Headlines under page furniture, issue 12 round 5: e-paper and share buttons, a news
hotline, a caption closed by its photo credit, the 发布: field over a government page's
disclosure table, a headline that starts with a surname, a page owner's name over the
headline and the writer's sign-off under the article.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.boilerplate import is_furniture, meta_line
from kg.ingest.bylines import author_credit
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
