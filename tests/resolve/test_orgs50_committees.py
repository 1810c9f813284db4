"""A union's committee named in full in one article of a file and by its bare name in another
(session 50, a form split into sections): one committee, under the full name."""

from __future__ import annotations


def _organisations(nlp, gaz, bodies: list[str]) -> set[str]:
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id
    from kg.resolve.merge import Resolver

    articles = [Article(source="f.txt", index=i, headline=f"{i + 1}. 协议", body=b) for i, b in enumerate(bodies)]
    docs = [nlp(a.text) for a in articles]
    page = infer_page(docs, articles, gaz, "梧州市")
    extractor = ArticleExtractor(gaz)
    items = [(a, extractor.extract(d, a, page, article_id(a))) for d, a in zip(docs, articles, strict=True)]
    G = Resolver(gaz).build(items)
    return {d["label"] for _, d in G.nodes(data=True) if d.get("cls") == "Organization"}


def test_a_committee_written_bare_in_another_article_is_the_unions_committee(nlp, gaz):
    bodies = ["梧州市长洲区总工会劳动争议调解委员会受理了申请。", "本协议一式三份，调解委员会存档一份。"]
    orgs = _organisations(nlp, gaz, bodies)
    assert orgs == {"长洲区总工会劳动争议调解委员会"}, orgs


def test_a_bare_committee_two_unions_committees_end_with_stays_apart(nlp, gaz):
    bodies = ["长洲区总工会劳动争议调解委员会和万秀区总工会劳动争议调解委员会开展协作。", "调解委员会存档一份。"]
    orgs = _organisations(nlp, gaz, bodies)
    assert "调解委员会" in orgs, orgs
