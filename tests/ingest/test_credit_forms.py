"""Credit forms of the whole genre (issue 12, round 3): WeChat bars (文｜X 图｜Y 编辑｜Z),
staff labels that credit no one, labels for text and pictures at once, and credit lines
at the foot of a short page.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.bylines import (
    author_credit,
    labelled_credit_line,
    people_line,
    photo_credit_line,
    trailing_people_credit,
    trailing_photo_credit,
)
from kg.ingest.meta_lines import meta_line

HEAD = "河湾区总工会举办职工书法展"
LEAD = "6月1日，河湾区总工会在职工之家举办职工书法展，展出作品80余幅，200余名职工参观。"


def _article(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    (a,) = read_articles([str(page)]).articles
    return a


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("文｜林一帆 图｜王小明 编辑｜周立", ["林一帆"], ["王小明"]),  # WeChat: full-width bars
        ("文 | 林一帆  图 | 王小明", ["林一帆"], ["王小明"]),  # half-width bars, spaced
        ("文字：林一帆 编辑：周立", ["林一帆"], []),  # the editor closes the line, no credit
        ("文图：林一帆", ["林一帆"], ["林一帆"]),  # one label for text and pictures
        ("文/图：林一帆 审核：赵红", ["林一帆"], ["林一帆"]),
    ],
)
def test_labelled_lines_with_bars_and_staff(line, reporters, photographers):
    c = labelled_credit_line(line)
    assert c is not None
    assert (c.reporters, c.photographers) == (reporters, photographers)


@pytest.mark.parametrize("line", ["编辑｜周立", "责编：周立 美编：赵红", "终审：钱多多"])
def test_staff_alone_credit_no_one_and_are_furniture(line):
    assert labelled_credit_line(line) is None
    assert meta_line(line) is not None


def test_a_source_field_with_a_bar_is_a_meta_line():
    m = meta_line("来源｜河湾日报")
    assert m is not None and m.outlet == "河湾日报"


def test_a_wechat_footer_of_bars(tmp_path):
    a = _article(tmp_path, f"{HEAD}\n{LEAD}\n来源｜河湾日报\n文字｜林一帆\n图片｜王小明\n编辑｜周立\n")
    assert a.headline == HEAD
    assert (a.reporters, a.photographers) == (["林一帆"], ["王小明"])
    assert "周立" not in a.text


def test_a_headline_over_its_lead_is_not_joined_when_furniture_was_dropped(tmp_path):
    # the dropped 撰稿 line leaves a gap that made the page look blank-separated
    a = _article(tmp_path, f"{HEAD}\n{LEAD}\n撰稿：林一帆\n供稿：河湾区总工会\n")
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("◎记者 林一帆 实习生 王小明", ["林一帆", "王小明"]),  # another bullet before the byline
        ("【记者 林一帆 报道】6月1日，", ["林一帆"]),  # square brackets (Hong Kong papers)
        ("本报讯（记者 林一帆 报导）6月1日，", ["林一帆"]),  # 报导: traditional 報導 converted
        ("记者林一帆／报导", ["林一帆"]),
    ],
)
def test_bullets_square_brackets_and_report_words(text, reporters):
    from kg.ingest.bylines import byline_at_start

    c = byline_at_start(text)
    assert c is not None and c.reporters == reporters


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("文/本报记者 林一帆", ["林一帆"], []),  # a role between the label and the names
        ("图/本报记者 王小明", [], ["王小明"]),
        ("文：通讯员 林一帆 图：记者 王小明", ["林一帆"], ["王小明"]),
    ],
)
def test_a_role_after_the_label(line, reporters, photographers):
    c = labelled_credit_line(line)
    assert c is not None
    assert (c.reporters, c.photographers) == (reporters, photographers)


def test_a_credit_for_text_and_pictures_under_the_headline(tmp_path):
    a = _article(tmp_path, f"{HEAD}\n本报记者 林一帆 文/图\n{LEAD}\n")
    assert a.headline == HEAD
    assert (a.reporters, a.photographers) == (["林一帆"], ["林一帆"])


def test_a_traditional_page_with_report_written_after_a_slash(tmp_path):
    lead = "6月1日，河灣區總工會在職工之家舉辦職工書法展，展出作品80餘幅。"
    text = f"河灣區總工會舉辦職工書法展\n記者林一帆／報導\n{lead}\n"
    a = _article(tmp_path, text)
    assert a.reporters == ["林一帆"]


@pytest.mark.parametrize(
    ("line", "reporters"),
    [("林一帆 报道", ["林一帆"]), ("林一帆 欧阳晓晴 报道", ["林一帆", "欧阳晓晴"]), ("（林一帆/报道）", ["林一帆"])],
)
def test_names_alone_before_report_credit_them(line, reporters):
    from kg.ingest.bylines import people_line

    c = people_line(line)
    assert c is not None and c.reporters == reporters


def test_a_unit_before_report_is_no_person():
    from kg.ingest.bylines import people_line

    assert people_line("区总工会 报道") is None


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("林一帆/文 王小明/图", ["林一帆"], ["王小明"]),  # names before their labels
        ("林一帆 司马南/文", ["林一帆", "司马南"], []),
        ("王小明／摄影", [], ["王小明"]),
    ],
)
def test_names_before_their_labels(line, reporters, photographers):
    c = labelled_credit_line(line)
    assert c is not None
    assert (c.reporters, c.photographers) == (reporters, photographers)


def test_the_outlet_before_a_closing_credit():
    c = trailing_people_credit(f"{LEAD}（来源：河湾日报 记者 林一帆）")
    assert c is not None and c.reporters == ["林一帆"]


def test_the_authors_unit_in_brackets_is_no_name():
    c = author_credit("林一帆（河湾区总工会）")
    assert c is not None and c.reporters == ["林一帆"]


def test_a_meta_line_of_bracketed_fields():
    m = meta_line("【作者：林一帆】【来源：河湾日报】【发布时间：2024-06-03】")
    assert m is not None
    assert (m.author, m.outlet, m.date) == ("林一帆", "河湾日报", "2024-06-03")


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("本报讯（记者 林　帆 通讯员 王　明）6月1日，", ["林帆", "王明"]),  # padded to three
        ("本报记者 林  帆", ["林帆"]),
        ("本报讯（记者 林　帆 欧阳晓晴）6月1日，", ["林帆", "欧阳晓晴"]),
    ],
)
def test_two_character_names_padded_with_spaces(text, reporters):
    from kg.ingest.bylines import byline_at_start

    c = byline_at_start(text)
    assert c is not None and c.reporters == reporters


def test_a_writers_unit_before_the_closing_names():
    from kg.ingest.bylines import closing_names

    c = closing_names(f"{LEAD}（河湾区总工会 林一帆）")
    assert c is not None and c.reporters == ["林一帆"]
    c = closing_names(f"{LEAD}（林一帆 王小明）")  # names alone still
    assert c is not None and c.reporters == ["林一帆", "王小明"]


def test_production_staff_credit_no_one():
    c = labelled_credit_line("文/林一帆 视频/王小明 设计/李华")
    assert c is not None and (c.reporters, c.photographers) == (["林一帆"], [])


@pytest.mark.parametrize(
    ("line", "reporters", "photographers"),
    [
        ("文、图：林一帆", ["林一帆"], ["林一帆"]),  # text and pictures joined by 、
        ("林一帆 文、图", ["林一帆"], ["林一帆"]),
        ("供图：王小明", [], ["王小明"]),  # 供图 as a label: a person's pictures
    ],
)
def test_more_labels_for_pictures(line, reporters, photographers):
    from kg.ingest.bylines import photo_credit_line

    c = labelled_credit_line(line) or photo_credit_line(line)
    assert c is not None
    assert (c.reporters, c.photographers) == (reporters, photographers)


def test_pictures_given_by_a_unit_credit_no_one():
    assert labelled_credit_line("供图：河湾区总工会") is None


@pytest.mark.parametrize("credit", ["（林一帆）", "（通讯员 林一帆）"])
def test_a_closing_credit_ends_the_article_before_the_next_headline(tmp_path, credit):
    more = "活动现场，职工们挥毫泼墨，写下对新春的美好祝福，现场气氛热烈。"
    page = tmp_path / "page.txt"
    page.write_text(f"职工书法展开幕\n{LEAD}{credit}\n劳模座谈会召开\n{more}（王小明）\n", encoding="utf-8")
    arts = read_articles([str(page)]).articles
    assert [(a.headline, a.reporters) for a in arts] == [
        ("职工书法展开幕", ["林一帆"]),
        ("劳模座谈会召开", ["王小明"]),
    ]


@pytest.mark.parametrize(
    ("value", "reporters"),
    [
        ("河湾区总工会 林一帆", ["林一帆"]),  # the author's unit before the name
        ("林一帆、王小明（均为河湾区总工会）", ["林一帆", "王小明"]),
    ],
)
def test_the_authors_unit_around_the_names(value, reporters):
    c = author_credit(value)
    assert c is not None and c.reporters == reporters


def test_a_photo_credit_in_brackets_straight_after_a_caption():
    from kg.ingest.bylines import trailing_photo_credit

    c = trailing_photo_credit("图1 职工在书写春联（王小明 摄）")
    assert c is not None and c.photographers == ["王小明"]


def test_a_reporters_unit_in_brackets_after_the_names():
    from kg.ingest.bylines import people_line

    c = people_line("通讯员 林一帆（河湾区总工会）")
    assert c is not None and c.reporters == ["林一帆"]


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("宣传干事 林一帆 摄", ["林一帆"]),  # a job word whose first character is a surname's
        ("宣传委员 林一帆 供图", ["林一帆"]),  # an office of the titles list
        ("党支部书记 林一帆 摄", ["林一帆"]),
        ("综合科科员 林一帆 王小明 摄", ["林一帆", "王小明"]),
        ("工会干事 林一帆 供图", ["林一帆"]),
        ("欧阳晓明 林一帆 摄", ["欧阳晓明", "林一帆"]),  # two names: neither is a job
    ],
)
def test_a_job_before_the_photographers_name_is_no_name(line, photographers):
    c = photo_credit_line(line)
    assert c is not None and c.photographers == photographers
    caption = trailing_photo_credit(f"职工在展厅观看书法作品（{line}）")
    assert caption is not None and caption.photographers == photographers


def test_a_job_before_a_reporters_name_is_no_name():
    assert people_line("（通讯员 宣传干事 林一帆）").reporters == ["林一帆"]
    assert author_credit("宣传委员 林一帆").reporters == ["林一帆"]


def test_an_author_field_of_a_unit_then_a_photographer_then_a_checker():
    # 作者：校工会 宣传部　　摄影：X　　审核：Z: the unit credits no one, 摄影 a photographer,
    # 审核 a staff member credited to no one; full-width spaces part the fields
    c = author_credit("院工会 宣传部\u3000\u3000摄影：祁远帆\u3000\u3000审核：白松年")
    assert c is not None
    assert (c.reporters, c.photographers) == ([], ["祁远帆"])
    c = author_credit("林一帆\u3000\u3000审核：白松年")
    assert c is not None and c.reporters == ["林一帆"]


@pytest.mark.parametrize(
    ("line", "photographers"),
    [
        ("宣传干事叶鸿福摄", ["叶鸿福"]),  # the job, the name and the photo word written together
        ("办公室主任聂远航 供图", ["聂远航"]),  # an office of the titles list glued to the name
        ("工会专干欧阳文静摄", ["欧阳文静"]),  # a compound surname: a name of four
    ],
)
def test_a_job_glued_to_the_photographers_name_is_cut_off(line, photographers):
    c = photo_credit_line(line)
    assert c is not None and c.photographers == photographers
    caption = trailing_photo_credit(f"职工在展厅观看书法作品（{line}）")
    assert caption is not None and caption.photographers == photographers


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("（图为会议现场。首席摄影记者 尉迟南 摄）", ["尉迟南"]),
        ("资深记者 欧阳青 摄", ["欧阳青"]),
        ("（图为颁奖现场。本报主任记者 龚一鸣 摄）", ["龚一鸣"]),
    ],
)
def test_a_rank_before_the_role_is_part_of_it(line, who):
    credit = trailing_photo_credit(line) or photo_credit_line(line)
    assert credit is not None and credit.photographers == who


def test_a_rank_before_a_job_is_no_credit():
    assert photo_credit_line("（图为高级技师 王建军 在操作）") is None
