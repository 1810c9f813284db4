"""A federation named with a short form of its area in one article of a file and in full in
another (session 46, notes split into sections): one union, under the full name."""

from __future__ import annotations


def test_a_federations_short_and_full_names_in_two_articles_of_a_file_are_one(nlp, gaz):
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id
    from kg.resolve.merge import Resolver

    bodies = ["州总组织部部长刀明讲话，州总工会将于下月检查。", "缩写：州总 = 西双版纳州总工会。"]
    articles = [Article(source="n.md", index=i, headline=f"{i + 1}. 笔记", body=b) for i, b in enumerate(bodies)]
    docs = [nlp(a.text) for a in articles]
    page = infer_page(docs, articles, gaz, "景洪市")
    extractor = ArticleExtractor(gaz)
    items = [(a, extractor.extract(d, a, page, article_id(a))) for d, a in zip(docs, articles, strict=True)]
    G = Resolver(gaz).build(items)
    unions = {d["label"] for _, d in G.nodes(data=True) if d.get("cls") == "TradeUnion"}
    assert "西双版纳傣族自治州总工会" in unions
    assert "西双版纳州总工会" not in unions
