"""Quality on our own hand-made corpus (tests/corpus: other provinces, web pages, congress
elections, contests, traditional characters, GBK), scored per document by the shared
scorer.  A regression guard: the floors sit below today's figures
(tools/eval_corpus.py prints them)."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import ROOT, SHARED

CORPUS = ROOT / "tests" / "corpus"
SCORER = SHARED / "eval" / "score.py"
DOCS = sorted(p for p in (CORPUS / "docs").iterdir() if p.is_file())


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.exists():
        pytest.skip("the shared scorer is not beside the project")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def overall(score, ttl: str, gold: str) -> float:
    g, p = score.Gold([gold]), score.Pred(ttl)
    detail: list[str] = []
    mapping = score.map_nodes(p, g)
    counts = score.score_entities(p, g, mapping, detail)
    ent = score.prf(*[sum(c[i] for c in counts.values()) for i in range(3)])[2]
    rel = score.score_relations(p, g, mapping, detail)[2]
    post = score.score_posts(p, g, mapping, detail)[2]
    award = score.score_awards(p, g, mapping, detail)
    _, recall, attrs = score.score_events(p, g, mapping, detail)
    credit = score.score_articles(p, g, mapping, detail)[2][2]
    parts = [ent, rel, post, recall, attrs, credit] + ([award[2]] if award else [])
    return sum(parts) / len(parts)


@pytest.fixture(scope="module")
def scores(scorer, tmp_path_factory):
    from kg.build import BuildOptions, run_build

    out = {}
    for doc in DOCS:
        target = tmp_path_factory.mktemp(doc.stem)
        run_build(BuildOptions(inputs=[str(doc)], outdir=target, progress=False), echo=lambda m: None)
        out[doc.stem] = overall(scorer, str(target / "graph.ttl"), str(CORPUS / "gold" / f"{doc.stem}.json"))
    return out


def test_every_document_scores_above_its_floor(scores):
    low = {k: round(v, 3) for k, v in scores.items() if v < 0.65}
    assert not low


def test_mean_over_the_corpus(scores):
    assert sum(scores.values()) / len(scores) >= 0.82
