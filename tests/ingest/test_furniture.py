"""What the dropped page furniture says of whose page it is, kept on the page's first article.

kg.ingest.page_furniture.drop_furniture removes the site's header, the breadcrumb and the meta line
from the text; their words (a site named after its union, a 来源 value) are kept aside in
``Article.furniture`` so that extraction can read the page's region from them.
"""

from __future__ import annotations

from kg.ingest import read_articles


def _page(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    res = read_articles([str(page)])
    assert res.skipped == []
    return res.articles


def test_the_site_header_the_breadcrumb_and_the_source_are_kept_aside(tmp_path):
    arts = _page(
        tmp_path,
        "淄川区总工会网站\n\n首页 > 工会动态 > 正文\n\n区总工会举办职工乒乓球赛\n\n"
        "发布时间：2024-04-18 来源：淄博市淄川区总工会\n\n"
        "近日，区总工会举办职工乒乓球赛，60余名职工参加。\n",
    )
    assert arts[0].headline == "区总工会举办职工乒乓球赛"
    assert arts[0].furniture == ["淄川区总工会网站", "首页 > 工会动态 > 正文", "淄博市淄川区总工会"]


def test_share_bars_and_the_article_text_are_not_furniture_kept(tmp_path):
    arts = _page(
        tmp_path,
        "县总工会开展送清凉活动\n\n来源：某县总工会\n\n近日，县总工会为一线职工送去防暑用品。\n\n分享到：微信 微博\n",
    )
    assert arts[0].furniture == ["某县总工会"]


def test_a_publishing_body_line_is_furniture_and_names_the_page(tmp_path):
    arts = _page(
        tmp_path,
        "市总工会举办劳模宣讲报告会\n\n发布单位：绵阳市总工会　发布时间：2024-05-08\n\n"
        "近日，市总工会举办劳模宣讲报告会，200余名职工聆听。\n",
    )
    assert arts[0].headline == "市总工会举办劳模宣讲报告会"
    assert arts[0].date == "2024-05-08"
    assert "发布单位" not in arts[0].text
    assert arts[0].furniture == ["绵阳市总工会"]


def test_an_html_pages_site_name_and_breadcrumb_box_are_kept_aside(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>区总工会举办职工乒乓球赛_基层动态_淄博市淄川区总工会</title></head><body>"
        '<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/jc">基层动态</a></div>'
        '<nav><a href="/">首页</a> <a href="/a">工会要闻</a></nav>'
        "<h1>区总工会举办职工乒乓球赛</h1><p>近日，区总工会举办职工乒乓球赛，60余名职工参加。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    res = read_articles([str(page)])
    (art,) = res.articles
    assert art.headline == "区总工会举办职工乒乓球赛"
    assert art.furniture == ["基层动态", "淄博市淄川区总工会", "首页 > 基层动态"]


def test_the_site_name_of_a_traditional_page_is_kept_in_simplified_characters(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>區總工會舉辦職工乒乓球賽 - 淄博市淄川區總工會</title></head><body>"
        "<h1>區總工會舉辦職工乒乓球賽</h1><p>近日，區總工會舉辦職工乒乓球賽，六十餘名職工參加，賽事為期兩天。</p>"
        "</body></html>",
        encoding="utf-8",
    )
    (art,) = read_articles([str(page)]).articles
    assert art.furniture == ["淄博市淄川区总工会"]


def test_the_sites_name_above_the_headline_of_a_meta_line_is_kept_aside(tmp_path):
    # no breadcrumb: the site's name stands straight above the headline and its meta line
    arts = _page(
        tmp_path,
        "某市某区人民政府\n\n信息详情\n\n区总工会举办职工乒乓球赛\n\n发布时间：2024-04-18 10:30\n\n"
        "近日，区总工会举办职工乒乓球赛，60余名职工参加。\n",
    )
    assert arts[0].headline == "区总工会举办职工乒乓球赛"
    assert "某市某区人民政府" in arts[0].furniture


def test_a_pictures_file_name_is_furniture_not_the_start_of_the_next_sentence(tmp_path):
    arts = _page(
        tmp_path,
        "区总工会举办技能大赛\n\n近日，雨花区总工会举办技能大赛。\n\nimage.png\n\n"
        "区人大常委会副主任，区总工会主席刘洋宣布大赛开幕\n\nIMG_2031.JPG\n\nimage\n\n100余名职工参加。\n",
    )
    assert "image" not in arts[0].body.lower() and "IMG" not in arts[0].body
    assert "\n区人大常委会副主任" in arts[0].body
