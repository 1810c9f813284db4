"""Bylines of real union news (realnoise62; every page invented): names alone and 报道 after the
dateline, the lead set off by spaces (本报讯 X报道  近日…); a copied page running the byline
into the lead's date (某某客户端记者X通讯员Y Z1月6日上午…)."""

from __future__ import annotations

import pytest

from kg.ingest.bylines import byline_at_start
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("本报讯 程立新报道  6月1日，河湾区总工会举办职工书法展。", ["程立新"]),
        ("本报讯 程立新 苗晓红报道　6月1日，河湾区总工会举办职工书法展。", ["程立新", "苗晓红"]),
    ],
)
def test_names_and_the_report_word_after_a_dateline_are_its_byline(line, people):
    credit = byline_at_start(line)
    assert credit is not None and credit.reporters == people, credit


@pytest.mark.parametrize(
    "line", ["本报讯 综合报道  6月1日，河湾区举办书法展。", "本报讯 据本台报道  6月1日，河湾区举办书法展。"]
)
def test_words_that_are_no_names_before_the_report_word_credit_no_one(line):
    credit = byline_at_start(line)
    assert credit is None or not credit.reporters, credit


def test_a_byline_run_into_the_leads_date_credits_its_people(tmp_path):
    lead = LEAD.replace("6月1日，", "")
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n工人日报客户端记者程立新通讯员苗晓红柏文6月1日，{lead}\n\n{MORE}\n")
    assert a.reporters == ["程立新", "苗晓红", "柏文"], a.reporters
    assert a.body.startswith("6月1日"), a.body[:20]


def test_a_prize_labelling_its_winners_row_heads_no_article(tmp_path):
    """个人组一等奖：某商厦X under a paragraph: a results list's row, not the headline of an
    article of its own, nor a piece of the row before or after it."""
    rows = "个人组一等奖：欧亚商厦刘佳琪\n个人组二等奖：市民政局 孙立华；市人民法院赵梦涵\n"
    found = page_articles(tmp_path, f"{HEAD}\n\n{LEAD}\n{rows}\n{MORE}\n")
    assert [a.headline for a in found] == [HEAD], [a.headline for a in found]
    assert "刘佳琪\n个人组二等奖：" in found[0].body, found[0].body  # (each prize's row a line of its own)


@pytest.mark.parametrize(
    "line",
    ["《河湾工人报》(2026年06月02日 04版)", "《河湾工人报》（2026年06月02日 第4版）", "《河湾工人报》(2026年06月02日)"],
)
def test_a_papers_print_dateline_under_the_headline_dates_the_page(tmp_path, line):
    """《某某报》(DATE NN版), as a paper's site prints it under a copied article: its date is the
    page's, and the line no part of the text."""
    (a,) = page_articles(tmp_path, f"{HEAD}\n{line}\n{LEAD}\n{MORE}\n")
    assert a.date == "2026-06-02", a.date
    assert "版" not in a.body and "河湾工人报" not in a.body, a.body
