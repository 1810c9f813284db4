"""Bylines and credits as a grammar (issue 12): any outlet, any dateline word, roles with
colons, a reporter's unit, names written together, and the roles of a page's 作者 field.

All lines are invented; no outlet, name or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.bylines import (
    author_credit,
    byline_at_start,
    closing_labelled,
    labelled_credit_line,
    photo_credit_line,
    trailing_people_credit,
)
from kg.ingest.meta_lines import meta_line


@pytest.mark.parametrize(
    ("text", "outlet", "reporters"),
    [
        # an outlet in no list, named by its head (融媒体中心, 客户端), and 消息 / 报道 as its word
        ("青禾县融媒体中心消息（通讯员 王小明）近日，", "青禾县融媒体中心", ["王小明"]),
        ("云端青禾客户端报道（记者 孙立 实习生 韩梅）3月2日，", "云端青禾客户端", ["孙立", "韩梅"]),
        # a place dateline with 报道 and a colon
        ("青禾报道：（记者 周文）2月6日，", None, ["周文"]),
        # an outlet with a second outlet in brackets
        ("江北晚报（江北网）讯（记者 刘一鸣 通讯员 陈二）近日，", "江北晚报", ["刘一鸣", "陈二"]),
        # a role with a colon inside the brackets
        ("本报讯（记者：周小川）近日，", "本报", ["周小川"]),
        # several roles in one bracket, names split by 、
        ("本报讯（首席记者 方明、李红 见习记者 曹阳）近日，", "本报", ["方明", "李红", "曹阳"]),
    ],
)
def test_any_outlet_and_any_dateline_word(text, outlet, reporters):
    c = byline_at_start(text)
    assert c is not None
    assert (c.outlet, c.reporters) == (outlet, reporters)


def test_report_after_the_names_is_no_name():
    c = byline_at_start("本报记者张立报道")
    assert c is not None and c.reporters == ["张立"]


def test_a_reporters_unit_before_the_names():
    c = byline_at_start("本网讯（工会宣传部 罗小青 报道）5月3日，")
    assert c is not None and c.reporters == ["罗小青"]
    # without a surname the words after the unit are no one's name
    c = byline_at_start("本网讯（工会宣传部 综合科 报道）5月3日，")
    assert c is not None and c.reporters == []


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("青禾日报记者孙立伟李红通讯员曹阳", ["孙立伟", "李红", "曹阳"]),  # 3 + 2, each with a surname
        ("记者孙立文李红", []),  # 孙立+文李红 or 孙立文+李红 (文 is a surname too): no one
        ("记者 王强李小敏 通讯员 陈东", ["王强", "李小敏", "陈东"]),
    ],
)
def test_two_names_written_together_are_cut_at_a_surname(text, reporters):
    c = byline_at_start(text)
    assert (c.reporters if c else []) == reporters


def test_a_role_with_a_colon_closing_an_article():
    c = trailing_people_credit("让职工感受到温暖。（通讯员：罗小青）")
    assert c is not None and c.reporters == ["罗小青"]


@pytest.mark.parametrize(
    ("value", "reporters", "photographers"),
    [
        ("记者孙立 摄影周文 通讯员李红 曹阳", ["孙立", "李红", "曹阳"], ["周文"]),
        ("记者 孙立 图：周文", ["孙立"], ["周文"]),
        ("林一帆 晓禾 青青", ["林一帆", "晓禾", "青青"], []),  # a surname first, pen names after
        ("晓禾 青青", [], []),  # no surname at all: no one
    ],
)
def test_the_roles_of_an_author_field(value, reporters, photographers):
    c = author_credit(value)
    assert (c.reporters if c else [], c.photographers if c else []) == (reporters, photographers)


def test_a_date_after_the_author_is_the_pages_date_not_a_name():
    m = meta_line("来源：青禾新闻网 作者：林一帆 晓禾 2024年05月02日 09:30")
    assert m is not None and m.author == "林一帆 晓禾" and m.date == "2024-05-02"


def test_a_photographer_of_the_author_field_is_the_articles(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "区总工会举办职工书法展\n发布时间：2024-06-03 作者：记者孙立 摄影周文\n"
        "6月1日，区总工会在职工之家举办职工书法展，展出作品80余幅。\n",
        encoding="utf-8",
    )
    (a,) = read_articles([str(page)]).articles
    assert (a.reporters, a.photographers) == (["孙立"], ["周文"])


def test_labelled_credits_after_the_last_sentence_close_the_article(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "区总工会举办职工书法展\n6月1日，区总工会举办职工书法展，展出作品80余幅。"
        " 文字：孙立 图片：周文 审核：李红 制作：曹阳 某某药房专治顽疾请注明原文网址\n",
        encoding="utf-8",
    )
    (a,) = read_articles([str(page)]).articles
    assert (a.reporters, a.photographers) == (["孙立"], ["周文"])  # editors are no credits
    assert a.body == "6月1日，区总工会举办职工书法展，展出作品80余幅。"


def test_labelled_words_inside_the_text_are_no_credits():
    assert closing_labelled("展出作品80余幅。文字：孙立 他说，这是第一次。") is None
    assert closing_labelled("展出作品80余幅。文化：传承") is None


def test_a_credited_name_on_a_converted_page_keeps_its_printed_form(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "臨夏州工會舉行職工運動會\n作者：記者 馬麗\n4月20日，臨夏市總工會舉行職工運動會。\n", encoding="utf-8"
    )
    (a,) = read_articles([str(page)]).articles
    assert (a.reporters, a.credits_written) == (["马丽"], {"马丽": "馬麗"})


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("摄影 周文", [], ["周文"]),  # a whole line: the photo label, then the names
        ("文 孙立 图 周文", ["孙立"], ["周文"]),
        ("文字 孙立 摄影 周文 李红", ["孙立"], ["周文", "李红"]),
        ("（摄影 周文）", [], ["周文"]),
        ("图 办公室", [], []),  # a label and a unit: no one
        ("图 现场", [], []),  # a label and a word: without a surname no one
    ],
)
def test_labels_set_off_by_spaces_alone(line, reporters, photographers):
    c = labelled_credit_line(line)
    assert (c.reporters if c else [], c.photographers if c else []) == (reporters, photographers)


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("周文摄", ["周文"]),
        ("周文 摄（青禾日报发）", ["周文"]),
        ("摄影：周文", ["周文"]),
        ("图/周文", ["周文"]),
        ("通讯员供图", []),  # no one named
        ("资料图", []),
        ("区总工会供图", []),  # a unit, though 区 is a surname too
        ("图：宣传部", []),
    ],
)
def test_photo_credits(line, photographers):
    c = photo_credit_line(line) or labelled_credit_line(line)
    assert (c.photographers if c else []) == photographers


@pytest.mark.parametrize(
    ("text", "reporters", "photographers"),
    [
        ("200余名职工参观。（文/孙立 图/周文）", ["孙立"], ["周文"]),
        ("200余名职工参观。（文 孙立 图 周文）", ["孙立"], ["周文"]),
        ("200余名职工参观。（图 现场）", [], []),
    ],
)
def test_labelled_credits_in_brackets_closing_a_paragraph(text, reporters, photographers):
    c = closing_labelled(text)
    assert (c.reporters if c else [], c.photographers if c else []) == (reporters, photographers)
    if c:
        assert text[: c.start] == "200余名职工参观。"


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("本网讯（区总工会）近日，", []),  # a unit wrote it: no person, though 区 is a surname
        ("本报讯（青禾县总工会 孙立）近日，", ["孙立"]),  # a unit known by its head, then the name
        ("本报讯（孙立 周文）近日，", ["孙立", "周文"]),
    ],
)
def test_a_unit_in_a_byline_is_no_reporter(text, reporters):
    c = byline_at_start(text)
    assert c is not None and c.reporters == reporters


@pytest.mark.parametrize(
    "meta",
    ["来源：青禾日报 作者：孙立 摄影：周文 发布时间：2024-06-03", "发布时间：2024-06-03 作者：孙立 图片：周文"],
)
def test_an_author_field_with_a_photographer_in_the_meta_line(tmp_path, meta):
    page = tmp_path / "page.txt"
    page.write_text(
        f"区总工会举办职工书法展\n{meta}\n6月1日，区总工会在职工之家举办职工书法展，展出作品80余幅。\n",
        encoding="utf-8",
    )
    (a,) = read_articles([str(page)]).articles
    assert (a.reporters, a.photographers, a.date) == (["孙立"], ["周文"], "2024-06-03")
