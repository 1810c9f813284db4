"""Indexes over character spans: a question about the spans at an offset costs the
spans there, not every span of the text.

The rules that find mentions ask, for each candidate, whether an earlier mention
overlaps it, holds it, or ends where it starts.  Asked of a list, each question reads
every mention, and a text of n characters with n/10 mentions costs n²/100 steps: a
minute for a 200 KB article.  These answer the same questions from arrays and dicts
built once (or grown as mentions are found).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Sequence

import numpy as np


class Marks:
    """The characters some span covers; spans may be added as they are found.

    ``overlaps(a, b)`` is ``any(x < b and a < y for x, y in spans)`` for non-empty
    spans and a non-empty ``[a, b)``; adding or asking costs the length of the span.
    """

    __slots__ = ("_covered",)

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._covered = bytearray(size + 1)
        for a, b in spans:
            self.add(a, b)

    def add(self, a: int, b: int) -> None:
        """Marks the characters of ``[a, b)``."""
        if b > a:
            self._covered[a:b] = b"\x01" * (b - a)

    def overlaps(self, a: int, b: int) -> bool:
        """Whether a marked character lies in ``[a, b)``."""
        return 1 in self._covered[max(0, a) : b]

    def __contains__(self, k: int) -> bool:
        """Whether a span covers character ``k``: ``any(x <= k < y for x, y in spans)``."""
        return 0 <= k < len(self._covered) and self._covered[k] == 1


class Containers:
    """Spans, asked whether one of them holds a given span."""

    __slots__ = ("_longest_at", "_reach", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        # the furthest end of the spans that start at or before each one
        self._reach = list(itertools.accumulate((b for _, b in ordered), max))
        self._longest_at: dict[int, int] = {}
        for a, b in ordered:
            self._longest_at[a] = b  # sorted: the last is the longest

    def holds(self, a: int, b: int) -> bool:
        """``any(x <= a and b <= y for x, y in spans)``."""
        i = bisect.bisect_right(self._starts, a)
        return i > 0 and self._reach[i - 1] >= b

    def holds_more(self, a: int, b: int) -> bool:
        """Some span holds ``[a, b)`` and is longer: ``any(x <= a and b <= y and y - x > b - a)``."""
        i = bisect.bisect_left(self._starts, a)  # those starting before a
        if i > 0 and self._reach[i - 1] >= b:
            return True
        return self._longest_at.get(a, -1) > b


def occurrences_of_words(text: str, words: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """``{word: [(start, end), …]}``: each word's occurrences left to right, not
    overlapping, as ``str.find`` from the end of the last occurrence finds them.

    A word is looked for only where its first three characters stand, found for all
    words at once with numpy; so the cost is the text plus those places, not the text
    once per word.  Shorter words are looked for with ``str.find``.
    """
    words = set(words)
    out: dict[str, list[tuple[int, int]]] = {w: [] for w in words}
    # from each place where some word's first three characters stand, walk a trie of the
    # words along the text as far as one of them goes: names that share an opening
    # (北京市…) are many, but the text soon parts from all but a few
    trie: dict = {}
    for w in words:
        if len(w) >= 3:
            node = trie
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = w  # (no character is "": the key marks a word's end)
    ends: dict[str, int] = {}  # where each word's last occurrence taken ends
    places = _trigram_places(text, {_trigram(w) for w in words if len(w) >= 3})
    for i in places:
        node, j = trie, i
        while j < len(text) and (node := node.get(text[j])) is not None:
            j += 1
            w = node.get("")
            if w is not None and i >= ends.get(w, 0):
                out[w].append((i, j))
                ends[w] = j
    for w, found in out.items():
        if 0 < len(w) < 3:
            i = text.find(w)
            while i >= 0:
                found.append((i, i + len(w)))
                i = text.find(w, i + len(w))
    return out


def _trigram(w: str) -> int:
    """Three characters as one integer (code points fit in 21 bits)."""
    return (ord(w[0]) << 42) | (ord(w[1]) << 21) | ord(w[2])


def _trigram_places(text: str, wanted: Iterable[int]) -> list[int]:
    """Where any of the ``wanted`` trigrams (``_trigram``) stands in ``text``, in order."""
    wanted = sorted(wanted)
    if not wanted or len(text) < 3:
        return []
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
    grams = (codes[:-2] << 42) | (codes[1:-1] << 21) | codes[2:]
    return np.flatnonzero(np.isin(grams, np.array(wanted, dtype=np.int64))).tolist()


class Anchors(dict):
    """``{start: span}`` (the last span given for each start) of spans with ``start`` and
    ``end``, and which characters they cover: for the areas a name may open with."""

    def __init__(self, size: int, spans: Iterable) -> None:
        super().__init__((f.start, f) for f in spans)
        self.covered = Marks(size, ((f.start, f.end) for f in self.values()))
        self.inner = Marks(size, ((f.start + 1, f.end) for f in self.values()))  # f.start < k < f.end
        self.ends = frozenset(f.end for f in self.values())


def in_range(starts: Sequence[int], items: Sequence, a: int, b: int) -> Sequence:
    """The items whose start (``starts``, sorted, one per item) is in ``[a, b)``."""
    return items[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
