"""A page's headline line cut to the headline (issue 12, round 3): the site's name a
``<title>`` line appends, and a column label before the headline, are no part of it.

All lines are invented.
"""

from __future__ import annotations

import pytest

from kg.ingest import read_articles
from kg.ingest.headlines import clean_headline
from kg.ingest.textmap import Mapped

HEAD = "河湾区总工会举办职工书法展"
LEAD = "6月1日，河湾区总工会在职工之家举办职工书法展，展出作品80余幅，200余名职工参观。"
MORE = "活动现场，职工们挥毫泼墨，写下对新春的美好祝福，现场气氛热烈。"


def _clean(text: str) -> str:
    return clean_headline(Mapped.of(text, 0)).text


@pytest.mark.parametrize(
    "line",
    [
        f"{HEAD}_河湾工会网",
        f"{HEAD} - 河湾新闻网",
        f"{HEAD} | 河湾区总工会",
        f"{HEAD}-河湾区总工会",
        f"{HEAD}_工会动态_河湾工会网",  # section and site
        f"【工会动态】{HEAD}",
        f"[基层风采]{HEAD}",
        f"【一线】{HEAD}_河湾工会网",
        f"标题：{HEAD}",  # a field's label
        f"【2024-06-03】{HEAD}",  # a date as the label
    ],
)
def test_site_names_and_column_labels_are_cut(line):
    assert _clean(line) == HEAD


@pytest.mark.parametrize(
    "line",
    [
        "劳模精神代代传——记河湾区总工会书法展",  # a 副题 after a dash is the headline's
        "2024-2025年度职工书法展开幕",
        "【工会动态】",  # a label alone is no headline to cut to
        "职工书法展_河湾",  # no site's name after the separator
        f"【“书香工会”进行时】{HEAD}",  # a campaign's series title, quoted: part of the headline
    ],
)
def test_headlines_that_stay_whole(line):
    assert _clean(line) == line


@pytest.mark.parametrize(
    ("page", "headline"),
    [
        (f"{HEAD} | 河湾工会网\n{LEAD}\n{MORE}\n", HEAD),
        (f"{HEAD}_河湾工会网\n{HEAD}\n{LEAD}\n{MORE}\n", HEAD),  # then the headline again
        (f"【工会动态】{HEAD}\n发布时间：2024-06-03\n{LEAD}\n", HEAD),
        (
            "【工會動態】河灣區總工會舉辦職工書法展\n發佈時間：2024-06-03\n"
            "6月1日，河灣區總工會在職工之家舉辦職工書法展，展出作品80餘幅。\n",
            "河湾区总工会举办职工书法展",
        ),
    ],
)
def test_pages_give_the_headline_alone(tmp_path, page, headline):
    p = tmp_path / "page.txt"
    p.write_text(page, encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == headline
    assert a.decks == []


@pytest.mark.parametrize(
    "header",
    [
        "原创\n河湾工会\n2024年06月03日 18:30\n",  # each on its own line
        "河湾工会\n2024年06月03日 18:30\n",  # the account alone over the date
        "原创 河湾工会\n2024-06-03 18:30 广东\n",  # the label with the account; the poster's region
        "河湾工会\n河湾工会\n2024-06-03 18:30\n",  # the account's name and its id
        "原创 林一帆 河湾工会\n2024-06-03 18:30 发表于广东\n",
    ],
)
def test_a_posts_account_and_label_lines_are_no_headline(tmp_path, header):
    p = tmp_path / "page.txt"
    p.write_text(f"{HEAD}\n{header}{LEAD}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == HEAD
    assert a.date == "2024-06-03"
    assert "原创" not in a.text


@pytest.mark.parametrize(
    "header",
    [
        "河湾区成立快递行业工会\n发布时间：2024-06-03\n",  # a site's labelled date: the headline
        "河湾工会网\n河湾区成立快递行业工会\n2024-06-03\n",  # a site's name above it
    ],
)
def test_a_headline_ending_like_a_unit_stays(tmp_path, header):
    p = tmp_path / "page.txt"
    p.write_text(f"{header}{LEAD}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == "河湾区成立快递行业工会"


def test_a_headline_opening_with_the_post_label_word_stays(tmp_path):
    from kg.ingest.boilerplate import is_furniture

    assert not is_furniture("原创歌曲唱响劳动者之歌")
    assert is_furniture("原创 河湾工会")


@pytest.mark.parametrize(
    "header",
    [
        f"河湾工会\n2024-06-03 18:30\n{HEAD}\n",  # the account over its date, the headline under them
        f"原创 河湾工会 2024-06-03 18:30\n{HEAD}\n",  # label, account and date on one line
    ],
)
def test_a_posts_account_above_the_headline(tmp_path, header):
    p = tmp_path / "page.txt"
    p.write_text(f"{header}{LEAD}\n{MORE}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == HEAD
    assert a.date == "2024-06-03"


def test_a_headline_ending_like_a_unit_over_a_bare_date_stays(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(f"河湾区成立快递行业工会\n2024-06-03\n{LEAD}\n{MORE}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == "河湾区成立快递行业工会"


def test_a_columns_name_over_a_stack_of_quick_news_heads_no_item(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(
        "工会快讯\n"
        f"{HEAD}\n{LEAD}\n"
        "河湾区总工会开展送清凉活动\n7月8日，河湾区总工会到建筑工地开展送清凉活动，为一线职工送去防暑用品。\n"
        "河湾区总工会召开职代会培训班\n7月10日，河湾区总工会召开职代会工作培训班，各基层工会主席参加培训。\n",
        encoding="utf-8",
    )
    arts = read_articles([str(p)]).articles
    assert [a.headline for a in arts] == [HEAD, "河湾区总工会开展送清凉活动", "河湾区总工会召开职代会培训班"]
    assert arts[0].decks == []
    assert "快讯" not in arts[0].text


def test_a_columns_name_is_a_word_or_two():
    from kg.ingest.headlines import is_column_label

    assert is_column_label("新闻速递")
    assert is_column_label("各地传真")  # a paper's column of dispatches from the regions
    assert not is_column_label("河湾区总工会举办职工运动会动态")  # too long for a column's name


@pytest.mark.parametrize(
    ("header", "headline", "deck"),
    [
        (f"凝心聚力促发展\n{HEAD}\n", HEAD, "凝心聚力促发展"),  # a kicker over the main title
        (f"{HEAD}\n翰墨飘香迎新春\n", HEAD, "翰墨飘香迎新春"),  # the title over its deck
        (f"翰墨飘香\n——{HEAD}\n", "翰墨飘香", f"——{HEAD}"),  # a 副题 opens with a dash
        (f"书法展开幕\n{HEAD}\n", "书法展开幕", HEAD),  # the first line reports an event too
    ],
)
def test_a_kicker_over_the_main_title(tmp_path, header, headline, deck):
    p = tmp_path / "page.txt"
    p.write_text(f"{header}本报讯（记者 林一帆）{LEAD}\n{MORE}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == headline
    assert a.decks == [deck]


@pytest.mark.parametrize("first", ["弘扬劳模精神 建功新时代", "翰墨飘香，匠心传承"])
def test_a_kicker_of_two_phrases(tmp_path, first):
    p = tmp_path / "page.txt"
    p.write_text(f"{first}\n{HEAD}\n本报讯（记者 林一帆）{LEAD}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == HEAD


def test_a_clause_over_the_report_of_its_event_stays_the_headline(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text(f"河湾职工挥毫写下新春祝福\n{HEAD}\n本报讯（记者 林一帆）{LEAD}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == "河湾职工挥毫写下新春祝福"


@pytest.mark.parametrize(
    ("header", "decks"),
    [
        ("河湾区总工会举办职工书法作品展\n暨第三届职工文化节开幕式\n", []),
        (
            "河湾区总工会举办职工书法作品展\n暨第三届职工文化节开幕式\n百余幅作品展现职工风采\n",
            ["百余幅作品展现职工风采"],
        ),
    ],
)
def test_a_headline_on_two_lines_joined_by_ji(tmp_path, header, decks):
    # 暨… (pages/title_joiners.txt) continues the line above: one headline, never a line alone
    p = tmp_path / "page.txt"
    p.write_text(f"{header}\n本报讯（记者 林一帆）{LEAD}\n{MORE}\n", encoding="utf-8")
    (a,) = read_articles([str(p)]).articles
    assert a.headline == "河湾区总工会举办职工书法作品展暨第三届职工文化节开幕式"
    assert a.decks == decks
