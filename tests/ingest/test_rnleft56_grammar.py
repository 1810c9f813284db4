"""Page furniture of real union news left over in session 55 (invented names and places).

A. 通讯员 X 报道：9月3日，…: a byline closed by 报道 and a colon, the lead glued after it, is
   furniture to the colon; 报道： does not open the body (kg.ingest.credit_grammar).
"""

from __future__ import annotations

import pytest

from kg.ingest.bylines import byline_at_start
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


@pytest.mark.parametrize("line", ["通讯员 柯雨桐 报道：", "记者 柯雨桐 通讯员 严一舟 报道：", "通讯员柯雨桐报道:"])
def test_report_and_colon_close_the_byline(tmp_path, line):
    c = byline_at_start(line + LEAD)
    assert c is not None and c.end == len(line)
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{line}{LEAD}\n\n{MORE}\n")
    assert a.body.split("\n")[0] == LEAD
    assert "柯雨桐" in a.reporters
