"""An invented union news page to build furniture and credit tests on: a headline, a lead
and one more paragraph (no name, outlet or headline here comes from a real page), and the
articles ``kg`` reads from a page written around them."""

from __future__ import annotations

from kg.ingest import read_articles

HEAD = "河湾区总工会举办职工书法展"
LEAD = "6月1日，河湾区总工会在职工之家举办职工书法展，展出作品80余幅，200余名职工参观。"
MORE = "展览将持续一周，其间还将举办书法讲座和现场创作活动，欢迎广大职工前来观展交流。"


def page_articles(tmp_path, text: str):
    """The articles read from a page file holding ``text``."""
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return read_articles([str(page)]).articles
