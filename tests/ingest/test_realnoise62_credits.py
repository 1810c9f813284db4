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


@pytest.mark.parametrize("line", ["本报讯 综合报道  6月1日，河湾区举办书法展。", "本报讯 据本台报道  6月1日，河湾区举办书法展。"])
def test_words_that_are_no_names_before_the_report_word_credit_no_one(line):
    credit = byline_at_start(line)
    assert credit is None or not credit.reporters, credit


def test_a_byline_run_into_the_leads_date_credits_its_people(tmp_path):
    lead = LEAD.replace("6月1日，", "")
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n工人日报客户端记者程立新通讯员苗晓红柏文6月1日，{lead}\n\n{MORE}\n")
    assert a.reporters == ["程立新", "苗晓红", "柏文"], a.reporters
    assert a.body.startswith("6月1日"), a.body[:20]
