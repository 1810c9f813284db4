"""Shared fixtures: the real pipeline (LAC model, gazetteer) loaded once per test run."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests are about what the code does, not how fast: on a loaded, shared machine a
# per-example deadline (or the check on slow data generation) fails examples that are only
# slow.  In CI the examples are drawn from a fixed seed: a run on main is the same run each time.
_QUIET = [HealthCheck.too_slow]
settings.register_profile("kg", deadline=None, suppress_health_check=_QUIET)
settings.register_profile("ci", deadline=None, suppress_health_check=_QUIET, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "kg")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# ../shared beside the project; KG_SHARED names it elsewhere (a git worktree in another folder)
SHARED = Path(os.environ.get("KG_SHARED") or ROOT.parent / "shared")


@pytest.fixture(scope="session", autouse=True)
def _build_cache(tmp_path_factory):
    """Builds keep their cache (kg.pipeline.cache) in a folder of this test run, not in the working tree."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("kg-cache")))
        yield


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
    from kg.extract.page import infer_page
    from kg.model.article import Article, article_id

    extractor = ArticleExtractor(gaz)

    def run(
        body: str,
        headline: str | None = None,
        region: str | None = None,
        date: str | None = None,
        reporters: tuple[str, ...] = (),
        photographers: tuple[str, ...] = (),
        byline: str | None = None,
    ):
        article = Article(
            source="test.txt",
            index=0,
            headline=headline,
            body=body,
            date=date,
            reporters=list(reporters),
            photographers=list(photographers),
            byline=byline,
        )
        doc = nlp(article.text)
        page = infer_page([doc], [article], gaz, region)
        return extractor.extract(doc, article, page, article_id(article))

    return run


@pytest.fixture(scope="module")
def read_and_extract(nlp, gaz, tmp_path_factory):
    """Read one invented page with the real reader, then extract its facts: the way a build
    meets a page (its split into articles, headlines and bylines), not a hand-made Article."""
    from kg.extract.article import ArticleExtractor
    from kg.extract.page import infer_page
    from kg.ingest import read_articles
    from kg.model.article import article_id

    extractor = ArticleExtractor(gaz)
    folder = tmp_path_factory.mktemp("pages")

    def run(text: str, n: int | str):
        """The facts of each article of the page, in the page's order; n names its file."""
        page = folder / f"page-{n}.txt"
        page.write_text(text + "\n", encoding="utf-8")
        articles = read_articles([str(page)]).articles
        docs = [nlp(a.text) for a in articles]
        ctx = infer_page(docs, articles, gaz, None)
        return [extractor.extract(d, a, ctx, article_id(a)) for d, a in zip(docs, articles, strict=True)]

    return run


SCORER = SHARED / "eval" / "score.py"


def scorer():
    """The project's shared scorer (../shared/eval/score.py), or skip when it is absent."""
    if not SCORER.exists():
        pytest.skip("the shared scorer is not beside the project")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_parts(ttl: str, gold: str) -> dict[str, float]:
    """The scorer's figures for one graph and one gold file, as score.py --json computes them."""
    score = scorer()
    g, p = score.Gold([gold]), score.Pred(ttl)
    detail: list[str] = []
    mapping = score.map_nodes(p, g)
    counts = score.score_entities(p, g, mapping, detail)
    out = {
        "entity": score.prf(*[sum(c[i] for c in counts.values()) for i in range(3)])[2],
        "relation": score.score_relations(p, g, mapping, detail)[2],
        "post": score.score_posts(p, g, mapping, detail)[2],
    }
    award = score.score_awards(p, g, mapping, detail)
    _, out["event_recall"], out["event_attributes"] = score.score_events(p, g, mapping, detail)
    out["credit"] = score.score_articles(p, g, mapping, detail)[2][2]
    parts = list(out.values()) + ([award[2]] if award else [])
    out["overall"] = sum(parts) / len(parts)
    # an F1 part whose gold holds nothing is 0 whatever the graph holds (prf's 0/0), and so are
    # the event parts when gold holds no event: the share of the parts a document can score
    credits = any(a["credits"] for a in g.articles) or bool(g.credits_only)
    void = sum(not x for x in (g.entities, g.relations, g.posts, credits))
    void += 0 if g.events else 2  # (no event in gold: its recall and attributes are 0 both)
    out["attainable"] = (len(parts) - void) / len(parts)
    out["detail"] = detail
    return out
