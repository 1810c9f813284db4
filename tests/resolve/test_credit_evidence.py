"""The evidence of a credit (kg.resolve.merge): the byline that names the person, else the
credit line the person was read from (a caption's 摄影：X, a meta line's 作者 field) — never
an empty sentence.  Invented articles and names."""

from __future__ import annotations

import pytest

from kg.model.article import Article
from kg.model.facts import ArticleFacts, EntityInfo, EntityRef
from kg.resolve.merge import Resolver
from tests.ingest.invented_page import HEAD, LEAD, MORE, page_articles


def _credit_sentences(gaz, article: Article, reporters=(), photographers=()) -> dict[str, str]:
    facts = ArticleFacts(article_id=f"article:{article.source}#0")
    for name in (*reporters, *photographers):
        facts.entities[EntityRef("Person", name)] = EntityInfo(EntityRef("Person", name))
    facts.reporters = [EntityRef("Person", n) for n in reporters]
    facts.photographers = [EntityRef("Person", n) for n in photographers]
    G = Resolver(gaz).build([(article, facts)])
    return {
        G.nodes[v]["label"]: d["evidence"][0].sentence
        for _u, v, d in G.edges(data=True)
        if d["pred"] in ("reporter", "photographer")
    }


def test_a_photographer_missing_from_the_byline_has_the_caption_credit(gaz):
    a = Article(source="a.txt", index=0, headline="标题", body="正文。", byline="本报讯（记者 林晓峰）")
    a.credit_lines = {"林晓峰": "本报讯（记者 林晓峰）", "邵一帆": "摄影：邵一帆"}
    got = _credit_sentences(gaz, a, reporters=["林晓峰"], photographers=["邵一帆"])
    assert got == {"林晓峰": "本报讯（记者 林晓峰）", "邵一帆": "摄影：邵一帆"}


def test_a_credit_without_byline_or_line_keeps_an_empty_sentence_only_then(gaz):
    a = Article(source="a.txt", index=0, headline="标题", body="正文。")
    assert _credit_sentences(gaz, a, reporters=["林晓峰"]) == {"林晓峰": ""}


@pytest.mark.parametrize(
    ("tail", "name", "line"),
    [
        ("（图为书法爱好者为职工书写春联　摄影：邵一帆）", "邵一帆", "摄影：邵一帆"),
        ("（通讯员 邵一帆）", "邵一帆", "（通讯员 邵一帆）"),
    ],
)
def test_ingest_keeps_the_line_each_credit_was_read_from(tmp_path, tail, name, line):
    (a,) = page_articles(tmp_path, f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{tail}\n")
    assert name in [*a.reporters, *a.photographers]
    assert a.credit_lines[name] == line


def test_a_meta_lines_author_field_is_the_line_of_its_people(tmp_path):
    (a,) = page_articles(tmp_path, f"{HEAD}\n发布时间：2024-06-03 作者：记者孙立 摄影周文\n{LEAD}\n")
    assert (a.reporters, a.photographers) == (["孙立"], ["周文"])
    assert a.credit_lines == {"孙立": "记者孙立 摄影周文", "周文": "记者孙立 摄影周文"}
