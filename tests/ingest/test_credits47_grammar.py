"""Credits of session 47's pages (invented names).

A. A caption's photo label set off by spaces credits only when every word after it is a
   name: a row of a search engine's tabs (网页　图片　知道　文库　地图) credits no one.
B. A byline closing a report appended under the article (【又讯】…（某镇总工会 Y）) credits
   that item's writer; the page's 作者 field still credits the article's own writer.
"""

from __future__ import annotations

from kg.ingest.bylines import trailing_photo_credit
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


def test_a_row_of_tabs_is_no_caption_credit() -> None:
    assert trailing_photo_credit("网页 资讯 视频 图片 知道 文库 地图 更多") is None
    c = trailing_photo_credit("职工书法展现场 摄影 方若溪")
    assert c is not None and c.photographers == ["方若溪"]


def test_the_author_field_beside_an_appended_items_byline(tmp_path) -> None:
    extra = "【又讯】同日下午，桥东镇总工会在镇职工之家开展普法讲座，30余名职工参加。（桥东镇总工会　苗秋禾）"
    page = f"{HEAD}\n发布时间：2026-06-02 10:15　来源：区总工会　作者：骆桥东\n{LEAD}\n{MORE}\n{extra}\n"
    (art,) = page_articles(tmp_path, page)
    assert set(art.reporters) == {"骆桥东", "苗秋禾"}


def test_a_closing_byline_still_beats_the_field_without_an_appended_item(tmp_path) -> None:
    page = f"{HEAD}\n发布时间：2026-06-02 10:15　来源：区总工会　作者：骆桥东\n{LEAD}\n{MORE}（苗秋禾）\n"
    (art,) = page_articles(tmp_path, page)
    assert art.reporters == ["苗秋禾"]
