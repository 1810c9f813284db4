"""A table printed with bars in plain text (kg.ingest.bar_rows): each row a line of its own,
its cells closed up; the rule row goes; a head marked continued (…（续）) opens no article."""

from __future__ import annotations

from kg.ingest import read_articles

SHEET = (
    "青禾县总工会职工代表座谈会签到表\n"
    "时间：2029年3月6日上午9:00\n"
    "|序号| 姓 名 |　单　位　|　职　务　| 签 名 |\n"
    "|——|————|——————|——————|————|\n"
    "| 1 | 邝立行 | 青禾县顺安物流有限公司 | 工会主席 | 邝立行 |\n"
    "丨 2 | 仝晓川 | 青禾县第二中学 | 教师 | 仝 晓川 丨\n"
    "| 3 | 阙海英 | 青禾县人民医院 | 护士长 | 阙海荚 |\n"
    "\n"
    "青禾县总工会职工代表座谈会签到表（续）\n"
    "| 4 | 谯永康 | 青禾县供销合作社 | 主任 | 谯永康 |\n"
    "| 5 |　　|　　|　　|　　|\n"
    "备注：应到5人，实到4人。\n"
)


def test_a_sheet_printed_with_bars_is_one_article_of_rows(tmp_path):
    page = tmp_path / "sheet.txt"
    page.write_text(SHEET, encoding="utf-8")
    articles = read_articles([str(page)]).articles
    assert len(articles) == 1
    lines = articles[0].text.split("\n")
    assert "| 1 | 邝立行 | 青禾县顺安物流有限公司 | 工会主席 | 邝立行 |" in lines
    assert "| 2 | 仝晓川 | 青禾县第二中学 | 教师 | 仝晓川 |" in lines  # (丨 a bar, a cell closed up)
    assert "| 4 | 谯永康 | 青禾县供销合作社 | 主任 | 谯永康 |" in lines
    assert not any("——" in line for line in lines)
