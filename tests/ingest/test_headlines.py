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
