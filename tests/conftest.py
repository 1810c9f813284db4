"""Shared fixtures: the real pipeline (LAC model, gazetteer) loaded once per test run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import make_nlp

    return make_nlp("lac")


@pytest.fixture(scope="session")
def gaz():
    from kg.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="session")
def extract_text(nlp, gaz):
    """Run NLP and extraction over one hand-written article; returns its facts."""
    from kg.extract.article import ArticleExtractor
    from kg.ingest.model import Article
    from kg.resolve.merge import article_id
    from kg.resolve.region import infer_page

    extractor = ArticleExtractor(gaz)

    def run(body: str, headline: str | None = None, region: str | None = None, date: str | None = None,
            reporters: tuple[str, ...] = ()):
        article = Article(source="test.txt", index=0, headline=headline, body=body, date=date,
                          reporters=list(reporters))
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz, region)
        return extractor.extract(doc, article, page, article_id(article))

    return run
