"""Headlines on web pages and e-papers (issue 12): the headline stands straight above the
page's date or source line, below the site's own header; buttons and page labels are
furniture; a byline with no sentence after it opens no article.

All pages are invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.boilerplate import is_furniture

LEAD = "6月1日，区总工会在职工之家举办职工书法展，展出作品80余幅，200余名职工参观。"


def _articles(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


@pytest.mark.parametrize(
    "header",
    [
        "青禾县人民政府\n\n信息详情\n",  # the site's name and a navigation word
        "青禾在线 ,专业配资,配资平台\n\nX\n",  # an injected site title and a stray button
        "站内搜索 关闭\n你还可以输入40\n",  # a search box
        "幸福生活 从劳动开始\n",  # a 引题 above the headline is no headline
    ],
)
def test_the_headline_is_the_line_above_the_meta_line(tmp_path, header):
    (a,) = _articles(tmp_path, f"{header}区总工会举办职工书法展\n发布时间：2024-06-03 来源：青禾县总工会\n{LEAD}\n")
    assert a.headline == "区总工会举办职工书法展"
    assert a.date == "2024-06-03"
    assert "青禾" not in a.text and "输入" not in a.text


def test_a_subtitle_with_a_dash_keeps_its_headline(tmp_path):
    header = "青禾县人民政府\n区总工会举办职工书法展\n——一线职工挥毫迎新春\n"
    (a,) = _articles(tmp_path, f"{header}发布时间：2024-06-03\n{LEAD}\n")
    assert a.headline == "区总工会举办职工书法展"
    assert a.decks == ["——一线职工挥毫迎新春"]


def test_names_alone_between_headline_and_meta_line_are_the_author(tmp_path):
    meta = "2024年06月03日10:20 | 来源：青禾日报"
    (a,) = _articles(tmp_path, f"青禾网\n区总工会举办职工书法展\n林一帆\n{meta}\n{LEAD}\n")
    assert a.headline == "区总工会举办职工书法展"
    assert a.reporters == ["林一帆"]


def test_text_above_the_meta_line_stays_when_the_article_has_begun(tmp_path):
    arts = _articles(tmp_path, f"区总工会举办职工书法展\n{LEAD}\n职工书法作品选登\n发布时间：2024-06-03\n")
    assert arts[0].headline == "区总工会举办职工书法展"
    assert LEAD in arts[0].text


def test_a_source_line_closing_a_post_of_short_lines_keeps_the_post(tmp_path):
    post = "职工书法展开幕\n一线职工挥毫泼墨\n写下新春祝福\n区总工会举办职工书法展\n来源：青禾县总工会\n"
    (a,) = _articles(tmp_path, post)
    assert "挥毫泼墨" in a.text


@pytest.mark.parametrize(
    "line",
    [
        "3 上一篇  下一篇 4 放大 缩小 默认",
        "第A02版：要闻",
        "00003版:民生",
        "第03版：要闻 上一版3  4下一版",
        "分享：",
        "小字号",
    ],
)
def test_buttons_and_page_labels_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["第3版开展技能竞赛", "3名职工获奖", "区总工会举办职工书法展"])
def test_text_is_no_page_label(line):
    assert not is_furniture(line)


def test_a_closing_byline_before_a_line_without_sentences_opens_no_article(tmp_path):
    footer = "2024-06-03 区总工会举办职工书法展 2 2 青禾晚报 content_1.html"
    arts = _articles(tmp_path, f"区总工会举办职工书法展\n\n{LEAD}\n\n记者林一帆\n\n{footer}\n")
    assert len(arts) == 1
    assert arts[0].reporters == ["林一帆"]


@pytest.mark.parametrize(
    "after",
    [
        "本网讯（工会办公室 罗小青 报道）6月1日，区总工会举办职工书法展，200余名职工参观。",
        LEAD,
    ],
)
def test_a_long_first_line_over_an_article_is_its_headline(tmp_path, after):
    head = "青禾县水务公司工会在全市庆祝“五一”国际劳动节暨表彰大会上荣获2024年度“市级模范职工之家”荣誉称号"
    (a,) = _articles(tmp_path, f"{head}\n{after}\n")
    assert a.headline == head


def test_a_long_first_line_with_a_sentence_is_text(tmp_path):
    (a,) = _articles(
        tmp_path, f"区总工会举办职工书法展。展出作品八十余幅，吸引了来自全区各个街道的两百余名职工前来参观\n{LEAD}\n"
    )
    assert a.headline is None


def test_bylines_under_section_labels_are_parts_of_one_roundup(tmp_path):
    page = (
        "各级工会开展庆“五一”系列活动\n"
        "青禾县总工会：\n本网讯（记者 孙立 通讯员 周文）5月1日，青禾县总工会举办职工健步走活动。\n"
        "江北区总工会：\n江北讯（通讯员 李红）4月28日，江北区总工会召开庆祝大会。\n"
    )
    (a,) = _articles(tmp_path, page)
    assert a.headline == "各级工会开展庆“五一”系列活动"
    assert a.reporters == ["孙立", "周文", "李红"]
    assert "江北讯" not in a.text


def test_the_title_an_e_paper_repeats_in_its_closing_line_is_the_main_title(tmp_path):
    page = (
        "全区工会干部下基层\n\n为一线职工送清凉\n\n"
        f"本报讯（记者 孙立）{LEAD}\n\n"
        "青禾日报 要闻 00002 为一线职工送清凉 2024-07-21 nw.D100_20240721_2-00002\n"
    )
    a = _articles(tmp_path, page)[0]
    assert a.headline == "为一线职工送清凉"
    assert a.decks == ["全区工会干部下基层"]


def test_a_header_no_line_repeats_keeps_its_first_line(tmp_path):
    a = _articles(tmp_path, f"全区工会干部下基层\n\n为一线职工送清凉\n\n本报讯（记者 孙立）{LEAD}\n")[0]
    assert a.headline == "全区工会干部下基层"


def test_an_update_time_and_a_click_count_make_a_meta_line(tmp_path):
    page = f"青禾县总工会\n区总工会举办职工书法展\n更新时间:2024-06-03 11:45:00点击次数:70次\n{LEAD}\n"
    (a,) = _articles(tmp_path, page)
    assert (a.headline, a.date) == ("区总工会举办职工书法展", "2024-06-03")


def test_a_repost_with_a_date_line_and_its_source_between_headline_and_body(tmp_path):
    page = f"青禾论坛\n区总工会举办职工书法展\n2024-06-03 09:30\n转自：青禾日报\n{LEAD}\n"
    (a,) = _articles(tmp_path, page)
    assert (a.headline, a.date, a.outlet) == ("区总工会举办职工书法展", "2024-06-03", "青禾日报")
    assert a.body == LEAD


def test_a_long_first_line_with_a_comma_is_a_lead_without_its_full_stop(tmp_path):
    lead = "6月1日，区总工会在职工之家举办职工书法展，展出作品八十余幅，吸引两百余名职工前来参观"
    (a,) = _articles(tmp_path, f"{lead}\n{LEAD}\n")
    assert a.headline is None


def test_a_breadcrumb_may_end_in_the_articles_long_title(tmp_path):
    crumb = "首页 » 工会动态 » 区总工会举办第三届职工书法展暨迎新春送万福活动"
    assert is_furniture(crumb)
    (a,) = _articles(tmp_path, f"青禾论坛\n{crumb}\n区总工会举办职工书法展\n{LEAD}\n")
    assert a.headline == "区总工会举办职工书法展"


def test_a_reposts_original_title_standing_alone_is_its_headline(tmp_path):
    page = f"用户甲 - 2025/4/9 4:23:00\n\n原标题：区总工会举办职工书法展\n\n本报讯（记者 孙立）{LEAD}\n"
    (a,) = _articles(tmp_path, page)
    assert a.headline == "区总工会举办职工书法展"
    assert a.reporters == ["孙立"]


def test_a_date_line_carrying_the_reporters_byline_before_the_buttons(tmp_path):
    """Taiwan news sites print the date, the byline and the share buttons on one line."""
    meta = "2024/06/03 10:20　記者林一帆／台中報導　字級　分享 Facebook　LINE"
    (a,) = _articles(tmp_path, f"中台新聞網\n區總工會舉辦職工書法展\n{meta}\n{LEAD}\n")
    assert (a.headline, a.date, a.reporters) == ("区总工会举办职工书法展", "2024-06-03", ["林一帆"])
    assert a.decks == []
