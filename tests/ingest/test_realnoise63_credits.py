"""Credits and meta lines of real union news (realnoise63; every page invented): three names
written together in a byline (记者甲乙丙), a line of roles and names (and 报道) between the
headline and the meta line, a source field with the issue's date and page after bars, and a
post's date line closed by the account that posted it (… 10:21 · 某某区总工会发布)."""

from __future__ import annotations

import pytest

from kg.ingest.bylines import author_credit, byline_at_start
from kg.ingest.meta_lines import meta_line
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("本报讯（记者程立新苗晓红柏文）6月1日，河湾区总工会举办职工书法展。", ["程立新", "苗晓红", "柏文"]),
        ("本报6月2日讯（通讯员柏文程立新苗晓红）6月1日，河湾区举办书法展。", ["柏文", "程立新", "苗晓红"]),
    ],
)
def test_three_names_written_together_in_a_byline_are_three_reporters(line, people):
    credit = byline_at_start(line)
    assert credit is not None and credit.reporters == people, credit


def test_a_run_that_cuts_into_three_names_more_than_one_way_names_no_one():
    # 王明|李张|华赵强, 王明|李张华|赵强, 王明李|张华|赵强: no one way to read the run
    credit = byline_at_start("本报讯（记者王明李张华赵强）6月1日，河湾区举办书法展。")
    assert credit is None or not credit.reporters, credit


@pytest.mark.parametrize("line", ["记者 程立新 通讯员 苗晓红 报道", "记者程立新 通讯员苗晓红报道"])
def test_the_report_word_closing_a_line_of_roles_and_names_credits_no_one(line):
    credit = author_credit(line)
    assert credit is not None and credit.reporters == ["程立新", "苗晓红"], credit


@pytest.mark.parametrize("credit", ["记者 程立新 通讯员 苗晓红 报道", "记者 程立新 通讯员 苗晓红"])
def test_a_line_of_roles_and_names_over_the_meta_line_credits_its_people(tmp_path, credit):
    (a,) = page_articles(tmp_path, f"{HEAD}\n{credit}\n来源：河湾工人报 | 2027年06月12日 | 第3版\n{LEAD}\n{MORE}\n")
    assert a.reporters == ["程立新", "苗晓红"], a.reporters
    assert a.headline == HEAD and a.date == "2027-06-12", (a.headline, a.date)


@pytest.mark.parametrize(
    "line",
    [
        "来源：河湾工人报 | 2027年06月12日 | 第3版",
        "来源：河湾工人报|2027-06-12|第03版",
        "来源：河湾工人报 2027年06月12日",
    ],
)
def test_a_date_and_page_after_the_source_field_date_the_page(line):
    meta = meta_line(line)
    assert meta is not None and meta.date == "2027-06-12" and meta.outlet == "河湾工人报", meta


def test_a_date_line_closed_by_the_account_that_posted_it(tmp_path):
    meta = meta_line("2027-05-03 10:21 · 河湾区总工会发布")
    assert meta is not None and meta.date == "2027-05-03" and meta.outlet == "河湾区总工会", meta
    (a,) = page_articles(tmp_path, f"{HEAD}\n2027-05-03 10:21 · 河湾区总工会发布\n{LEAD}\n{MORE}\n")
    assert a.headline == HEAD and a.date == "2027-05-03" and not a.decks, (a.headline, a.date, a.decks)
