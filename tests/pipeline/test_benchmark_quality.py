"""benchmarks/throughput.py scores the graph's mentions against NER gold through the extraction
context (``kg.extract.article.read_article``): when extraction's internals move, this part of the
benchmark broke unseen (it runs only by hand, after minutes of timing), so its scoring is run here
on two invented sentences."""

from __future__ import annotations

import importlib.util

from tests.conftest import ROOT


def _throughput():
    spec = importlib.util.spec_from_file_location("throughput", ROOT / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_graph_mentions_are_scored_against_the_gold_spans():
    bench = _throughput()
    first = "黄河市总工会主席宋明远出席会议。"
    second = "会议在石岭县职工服务中心举行。"
    sentences = [
        (first, [(0, 6, "ORG"), (8, 11, "PER")]),
        (second, [(2, 5, "LOC")]),
    ]
    ents, graph = bench.pipeline_spans(sentences)
    assert len(ents) == len(graph) == 2
    # the graph holds the union and its chair, each at its place in the first sentence
    assert (0, 6, "ORG") in graph[0] and (8, 11, "PER") in graph[0]
    lines = bench.quality_lines("invented", sentences, [[(first, "n")], [(second, "n")]])
    assert lines[-1].startswith("quality invented: kg F1 ")
