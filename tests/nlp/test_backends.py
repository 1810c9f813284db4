"""The pipeline's other backend: any spaCy Chinese pipeline, here one segmenting with a
pkuseg model this test trains itself (no download), and robustness on hostile input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

# slow: trains a pkuseg model, and builds through it (~5 s)
pytestmark = pytest.mark.slow

SEGMENTED = [
    "广州市 总工会 举办 职工 技能 大赛 。",
    "天河区 总工会 组织 职工 开展 培训 。",
    "市 总工会 党组 书记 出席 会议 。",
    "杭州市 总工会 召开 全委会 。",
    "街道 总工会 为 职工 送 清凉 。",
]


@pytest.fixture(scope="module")
def pkuseg_pipeline(tmp_path_factory) -> Path:
    import spacy
    import spacy_pkuseg

    root = tmp_path_factory.mktemp("pkuseg")
    train = root / "train.txt"
    train.write_text("\n".join(SEGMENTED * 30) + "\n", encoding="utf-8")
    test = root / "test.txt"
    test.write_text("\n".join(SEGMENTED) + "\n", encoding="utf-8")
    spacy_pkuseg.train(str(train), str(test), str(root / "model"), train_iter=2)
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "pkuseg"}}})
    nlp.tokenizer.initialize(pkuseg_model=str(root / "model"))
    nlp.to_disk(root / "pipeline")
    return root / "pipeline"


def test_spacy_pipeline_backend_finds_unions(pkuseg_pipeline):
    from kg.nlp.pipeline import make_nlp

    nlp = make_nlp(str(pkuseg_pipeline))
    assert "kg_mentions" in nlp.pipe_names and "kg_lac_entities" not in nlp.pipe_names
    doc = nlp("近日，广州市总工会举办职工技能大赛。")
    words = [t.text for t in doc]
    assert "广州市" in words and "总工会" in words  # segmented by the trained pkuseg model
    found = {(s.label_, s.text) for s in doc.spans["kg"]}
    assert ("UNION", "广州市总工会") in found
    assert ("AREA", "广州市") in found


def test_build_with_spacy_backend(pkuseg_pipeline, tmp_path):
    from kg.pipeline.build import BuildOptions, run_build

    src = tmp_path / "news.txt"
    src.write_text(
        "广州市总工会举办职工技能大赛\n\n本报讯（记者 李明）近日，广州市总工会举办职工技能大赛。\n", encoding="utf-8"
    )
    report = run_build(
        BuildOptions(inputs=[str(src)], outdir=tmp_path / "out", model=str(pkuseg_pipeline), progress=False),
        echo=lambda m: None,
    )
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert report.counts["TradeUnion"] >= 1 and "广州市总工会" in ttl


hostile = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=500, max_size=3000),
    st.lists(
        st.sampled_from(
            [
                "工会",
                "总工会",
                "市",
                "区",
                "“",
                "”",
                "（",
                "以下简称",
                "记者",
                "主席",
                "、",
                "，",
                "北京",
                "Ａ",
                "ab",
                "3月",
                "24日",
                "名",
                "余",
                "\n",
                " ",
                "会议",
                "在",
                "举办",
            ]
        ),
        max_size=200,
    ).map("".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=hostile, headline=st.one_of(st.none(), st.text(max_size=40)))
def test_pipeline_never_crashes(extract_text, body, headline):
    from kg.rdf.mapping import to_rdf
    from kg.resolve.merge import Resolver

    facts = extract_text(body, headline=headline or None)
    from kg.gazetteer import Gazetteer
    from kg.model.article import Article

    article = Article(source="test.txt", index=0, headline=headline or None, body=body)
    G = Resolver(Gazetteer.default()).build([(article, facts)])
    to_rdf(G)
