"""Leader rosters in a page's furniture (kg.ingest.rosters): kept apart as a roster article,
names closed; a line alone, or a sentence, is no roster.  All pages are invented."""

from __future__ import annotations

from kg.ingest import read_articles
from kg.ingest.rosters import roster_line, roster_runs

LEAD = "6月1日，区总工会在职工之家举办职工书法展，展出作品80余幅，200余名职工参观。"
ROSTER = (
    "领导之窗\n\n林一帆 青禾县总工会党组书记、主席\n\n许 文 青禾县总工会副主席（兼）\n\n"
    "韩   雪 青禾县总工会经费审查委员会主任\n"
)


def _articles(tmp_path, text: str):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles


def test_a_roster_above_the_headline_is_a_roster_article(tmp_path):
    page = f"青禾网\n{ROSTER}\n区总工会举办职工书法展\n发布时间：2024-06-03\n{LEAD}\n"
    article, roster = _articles(tmp_path, page)
    assert article.headline == "区总工会举办职工书法展" and not article.roster
    assert "林一帆" not in article.text
    assert roster.roster and roster.headline is None
    assert roster.text.split("\n") == [
        "领导之窗",
        "林一帆 青禾县总工会党组书记、主席",
        "许文 青禾县总工会副主席（兼）",
        "韩雪 青禾县总工会经费审查委员会主任",
    ]
    assert roster.date == "2024-06-03"


def test_the_shape_of_a_roster_line():
    assert roster_line("许 文 青禾县总工会副主席") == (0, 3)
    assert roster_line("林一帆 青禾县总工会主席") == (0, 3)
    assert roster_line("会上，林一帆 作了讲话。") is None  # a sentence
    assert roster_line("金融工会 副主席") is None  # a body, not a person
    assert roster_line("林一帆 青禾县总工会") is None  # no title


def test_a_roster_is_several_lines_in_a_row():
    lines = ["林一帆 青禾县总工会主席", "许文 青禾县总工会副主席", "区总工会举办职工书法展", "韩雪 青禾县总工会副主席"]
    assert roster_runs(lines) == [[0, 1]]


def test_a_rare_surname_in_a_roster_of_common_ones():
    lines = ["林一帆 青禾县总工会主席", "巨文 青禾县总工会副主席", "许文 青禾县总工会副主席"]
    assert roster_runs(lines) == [[0, 1, 2]]


def test_the_label_over_a_roster_is_kept_with_it(tmp_path):
    roster = "青禾县总工会领导班子\n林一帆 党组书记、主席\n许文 副主席\n"
    *_, kept = _articles(tmp_path, f"青禾网\n{roster}区总工会举办职工书法展\n发布时间：2024-06-03\n{LEAD}\n")
    assert kept.roster
    assert kept.text.split("\n")[0] == "青禾县总工会领导班子"


def test_a_roster_in_an_html_sidebar_is_kept(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><aside><h3>领导之窗</h3><ul>"
        "<li><a>林一帆</a> <span>青禾县总工会党组书记、主席</span></li>"
        "<li><a>许 文</a> <span>青禾县总工会副主席</span></li></ul></aside>"
        f"<article><h1>区总工会举办职工书法展</h1><p>{LEAD}</p></article></body></html>",
        encoding="utf-8",
    )
    article, roster = read_articles([str(page)]).articles
    assert article.headline == "区总工会举办职工书法展"
    assert roster.roster
    assert roster.text.split("\n") == ["林一帆 青禾县总工会党组书记、主席", "许文 青禾县总工会副主席"]


def test_a_roster_above_the_first_sentence_of_a_page_without_meta_line_is_furniture(tmp_path):
    article, roster = _articles(tmp_path, f"{ROSTER}\n区总工会举办职工书法展\n\n{LEAD}\n")
    assert "林一帆" not in article.text
    assert roster.roster and "林一帆 青禾县总工会党组书记、主席" in roster.text


def test_roster_lines_after_the_first_sentence_stay_in_the_text(tmp_path):
    page = f"区总工会举办职工书法展\n\n{LEAD}\n\n林一帆 青禾县总工会主席\n\n许文 青禾县总工会副主席\n"
    (article,) = _articles(tmp_path, page)
    assert "许文 青禾县总工会副主席" in article.text
