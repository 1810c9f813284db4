"""Bylines of real union news (realnoise61): a media group's Latin initials before a reporter's
role.  All text is invented."""

from __future__ import annotations

import pytest

from kg.ingest import read_articles


@pytest.mark.parametrize(
    "byline",
    ["本报讯（通讯员 苗晓红 QDG全媒体记者 柏立新）", "本报讯（RZB记者 柏立新 通讯员 苗晓红）"],
)
def test_a_groups_initials_before_a_role_are_its_outlet(nlp, gaz, tmp_path, byline):
    """（通讯员 X QDG全媒体记者 Y）: the initials stand for the group's outlet, as 某某日报 would."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import article_id

    page = tmp_path / "page.txt"
    page.write_text(
        f"城阳区首家商圈联合工会成立\n\n{byline}10月14日，城阳区总工会在万达广场召开会议，60余名职工参加。\n",
        encoding="utf-8",
    )
    (article,) = read_articles([str(page)]).articles
    doc = nlp(article.text)
    facts = ArticleExtractor(gaz).extract(doc, article, infer_page([doc], [article], gaz, None), article_id(article))
    assert {r.name for r in facts.reporters} == {"柏立新", "苗晓红"}
