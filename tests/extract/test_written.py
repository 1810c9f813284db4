"""Names as printed on a converted page become aliases (kg.extract.context ``add``).

The pages are invented and go through ingestion, so ``Article.written`` is what a
traditional page really gives; the simplified page is the same text, written by hand.
"""

from __future__ import annotations

import pytest

from kg.extract.article import ArticleExtractor
from kg.extract.page import infer_page
from kg.ingest import read_articles
from kg.ingest.normalize import traditional_only
from kg.model.article import article_id

TRADITIONAL = "臨夏州工會舉行職工運動會\n4月20日，臨夏市總工會在臨夏市體育場舉行職工運動會。州總工會主席高樺出席。\n"
SIMPLIFIED = "临夏州工会举行职工运动会\n4月20日，临夏市总工会在临夏市体育场举行职工运动会。州总工会主席高桦出席。\n"


@pytest.fixture(scope="module")
def extract_page(nlp, gaz, tmp_path_factory):
    extractor = ArticleExtractor(gaz)

    def run(text: str):
        path = tmp_path_factory.mktemp("page") / "page.txt"
        path.write_text(text, encoding="utf-8")
        (article,) = read_articles([str(path)]).articles
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz, None)
        facts = extractor.extract(doc, article, page, article_id(article))
        return {ref.name: info.aliases for ref, info in facts.entities.items()}

    return run


def test_a_name_as_printed_is_an_alias_of_the_simplified_entity(extract_page):
    aliases = extract_page(TRADITIONAL)
    assert "臨夏市總工會" in aliases["临夏市总工会"]
    assert "高樺" in aliases["高桦"]  # people too
    assert not any(n in aliases for n in ("臨夏市總工會", "高樺"))  # the names stay simplified


def test_a_simplified_page_gives_no_extra_alias(extract_page):
    converted, plain = extract_page(TRADITIONAL), extract_page(SIMPLIFIED)
    assert set(converted) == set(plain)  # the same entities, by the same names
    for name, names in plain.items():
        assert names == {a for a in converted[name] if not set(a) & traditional_only()}
    assert any(converted[n] != plain[n] for n in plain)


def test_a_level_body_named_by_its_short_form_gets_the_short_form_as_printed(extract_page):
    aliases = extract_page("西安市雁塔區總工會舉辦職工書畫展\n4月20日，雁塔區總工會與區政協在雁塔區舉辦職工書畫展。\n")
    assert "區政協" in aliases["中国人民政治协商会议西安市雁塔区委员会"]
    assert "雁塔區總工會" in aliases["雁塔区总工会"]


def test_a_credited_name_as_printed_is_an_alias(extract_page):
    # the byline is cut from the text, so its names are looked up on the page as printed
    aliases = extract_page("臨夏州工會舉行職工運動會\n本報訊（記者 馬麗）4月20日，臨夏市總工會舉行職工運動會。\n")
    assert "馬麗" in aliases["马丽"]
