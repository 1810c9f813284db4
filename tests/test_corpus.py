"""Quality on our own hand-made corpus (tests/corpus: other provinces, web pages, congress
elections, contests, traditional characters, GBK), scored per document by the shared
scorer.  A regression guard: the floors sit below today's figures
(tools/eval_corpus.py prints them)."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, score_parts

# slow: a build of the whole corpus (~6 s)
pytestmark = pytest.mark.slow

CORPUS = ROOT / "tests" / "corpus"
DOCS = sorted(p for p in (CORPUS / "docs").iterdir() if p.is_file())


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    from kg.linked.validate import validate_file
    from kg.pipeline.build import BuildOptions, run_build

    out, conform, reach = {}, {}, {}
    for doc in DOCS:
        target = tmp_path_factory.mktemp(doc.stem)
        run_build(BuildOptions(inputs=[str(doc)], outdir=target, progress=False), echo=lambda m: None)
        conform[doc.stem] = validate_file(target / "graph.ttl").conforms
        parts = score_parts(str(target / "graph.ttl"), str(CORPUS / "gold" / f"{doc.stem}.json"))
        out[doc.stem] = parts["overall"]
        reach[doc.stem] = parts["attainable"]
    return out, conform, reach


def test_every_graph_keeps_the_contract_shapes(scores):
    _, conform, _ = scores
    assert all(conform.values()), conform


def test_every_document_scores_above_its_floor(scores):
    # (of what a document can score: c100's gold holds no posts and no credits, two of six
    # parts it cannot score, so 0.667 is its best)
    overall, _, reach = scores
    low = {k: round(v, 3) for k, v in overall.items() if v < KNOWN_LOW.get(k, 0.75 * reach[k])}
    assert not low


# documents below 0.75 of what they can score, each with a floor of its own under today's figure
# and the reason (c118's booklet and c124's budget statement, whose gold holds no event, stood
# here until the event parts were counted out of what they can score — 0.5 each)
KNOWN_LOW: dict[str, float] = {
    # markdown notes (0.685): a heading's meeting takes its 时间：/地点：/到会： lines only when they
    # open the text, and the visits under a heading of dated parts are no event yet
    "c139_markdown_notes": 0.67,
}


def test_mean_over_the_corpus(scores):
    # (0.96 up to the eighty-six documents; c87–c92 came in at 0.59 and stand at 0.85–0.98,
    # four of them with no credits in gold, which the scorer counts as credit F1 0; 0.955 up to
    # the hundred and ten; c111–c116 came in at 0.63 and stand at 0.76–0.96; 0.945 from the
    # hundred and twenty-two: c117–c122 came in at 0.55 and stand at 0.49–0.99; 0.94 from the
    # hundred and twenty-eight: c123–c128 came in at 0.49 and stand at 0.50 (its best)–0.995;
    # 0.935 from the hundred and thirty-four: c129–c134 came in at 0.60 and stand at 0.71–0.99,
    # five of them with no credits in gold; 0.925 from the hundred and forty: c135–c140 came in
    # at 0.63 and stand at 0.49 (c136, of 0.57)–0.98, four of them with no credits in gold; still
    # 0.925 from the hundred and forty-six: c141–c146 came in at 0.68 and stand at 0.79–0.99;
    # 0.92 from the hundred and fifty-two: c147–c152 came in at 0.54 and stand at 0.74–0.995,
    # three of them with no article and no credits in gold; 0.915 from the hundred and
    # fifty-eight: c153–c158 came in at 0.59 and stand at 0.57 (c158, of 0.571)–0.96, five of
    # them with no credits in gold; still 0.915 from the hundred and sixty-four: c159–c164 came
    # in at 0.61 and stand at 0.63 (c161, of 0.833)–0.975, five of them with no credits in gold;
    # still 0.915 from the hundred and seventy: c165–c170 came in at 0.63 and stand at 0.48 (c167,
    # of 0.500)–1.000, four of them with no credits and two with no events in gold; mean 0.916;
    # 0.91 from the hundred and seventy-six: c171–c176 came in at 0.36 (three of them in formats
    # kg did not read yet) and stand at 0.47 (c171, of 0.500)–0.99; mean 0.913, the hundred and
    # seventy before them 0.916; still 0.91 from the hundred and eighty-two: c177–c182 came in at 0.76
    # and stand at 0.90 (c181)–1.000; mean 0.915; still 0.91 from the hundred and eighty-eight:
    # c183–c188 came in at 0.74 and stand at 0.775 (c184, of 0.833)–0.998; mean 0.916; 0.915 from
    # the hundred and ninety-four: c189–c194 came in at 0.68 and stand at 0.83 (c194, of 0.833)–1.000; mean 0.919;
    # 0.918 from the two hundred: c195–c200 came in at 0.72 and stand at 0.82 (c198, of 0.857)–1.000; mean 0.921)
    overall = scores[0]
    assert sum(overall.values()) / len(overall) >= 0.918
