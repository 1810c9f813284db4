"""An oral history's header (session 56): title, teller and writers, then the interview's particulars.

- H1 a line of when and where side by side (采访时间：D　采访地点：P) is the interview's
  particulars, no headline: the text under it stays the article the title heads.

Every page is invented (no line comes from a corpus page).
"""

from __future__ import annotations

from kg.ingest import read_articles
from kg.ingest.shapes import title_like

PAGE = (
    "江北文史资料·第十二辑　　　　　　　　· 41 ·\n\n"
    "一辈子的工会情\n——严守拙口述\n\n"
    "口述：严守拙　　　采访、整理：温若兰　柏青山\n"
    "采访时间：2026年4月2日　　　采访地点：江北区严守拙寓所\n\n"
    "　　我是1968年进的纺织厂，先当挡车工，后来到厂工会当干事。那时候厂里有三千多名职工。\n"
    "　　去年5月8日，区总工会在职工文化宫开了个座谈会，我也去了，讲了讲当年的事。\n"
)


def test_a_line_of_when_and_where_is_no_headline():
    assert not title_like("采访时间：2026年4月2日 采访地点：江北区严守拙寓所")
    assert not title_like("座谈时间：5月8日 座谈地点：区职工文化宫")
    assert title_like("一辈子的工会情")


def test_the_interviews_particulars_head_no_second_article(tmp_path):
    path = tmp_path / "oral.txt"
    path.write_text(PAGE, encoding="utf-8")
    articles = read_articles([str(path)]).articles
    assert [a.headline for a in articles] == ["一辈子的工会情"]
    assert "座谈会" in articles[0].body
