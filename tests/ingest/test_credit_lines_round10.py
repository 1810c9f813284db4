"""Credits of round 10: a closing 作者 field in brackets under the last paragraph
(（作者：X）), as mirror sites print the writer's name.

All pages are invented; no name, outlet or headline here comes from a real page.
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import labelled_credit_line
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize("line", ["（作者：林一帆）", "(作者: 林一帆)", "作者：林一帆"])
def test_an_author_field_is_a_credit_line(line):
    c = labelled_credit_line(line)
    assert c is not None and c.reporters == ["林一帆"]


def test_an_author_field_naming_a_unit_credits_no_one():
    assert labelled_credit_line("（作者：河湾区总工会）") is None


@pytest.mark.parametrize("tail", ["\n（作者：林一帆）\n", "（作者：林一帆）\n"])
def test_a_closing_author_field_credits_the_writer(tmp_path, tail):
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}{tail}")
    assert a.headline == HEAD
    assert a.reporters == ["林一帆"]
    assert "作者" not in a.text
