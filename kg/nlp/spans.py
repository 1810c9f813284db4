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
        if b > a:
            self._covered[a:b] = b"\x01" * (b - a)

    def overlaps(self, a: int, b: int) -> bool:
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


def occurrences_of_words(
    text: str, words: Iterable[str], gram: int = 4, few: int = 64
) -> dict[str, list[tuple[int, int]]]:
    """``{word: [(start, end), …]}``: each word's occurrences left to right, not
    overlapping, as ``str.find`` from the end of the last occurrence finds them.

    Up to ``few`` words are looked for with ``str.find``, the text once per word (in C:
    cheap).  More are looked for only where their first ``gram`` characters stand (one
    pass over the text finds those places), so that the cost is the text plus the
    places, not the text once per word.
    """
    words = set(words)
    wanted = {w[:gram] for w in words if len(w) >= gram} if len(words) > few else set()
    at: dict[str, list[int]] = {}
    if wanted:
        for i in range(len(text) - gram + 1):
            g = text[i : i + gram]
            if g in wanted:
                at.setdefault(g, []).append(i)
    out: dict[str, list[tuple[int, int]]] = {}
    for w in words:
        found = out[w] = []
        if not w:
            continue
        if len(w) < gram or not wanted:
            i = text.find(w)
            while i >= 0:
                found.append((i, i + len(w)))
                i = text.find(w, i + len(w))
            continue
        free = 0
        for i in at.get(w[:gram], ()):
            if i >= free and text.startswith(w, i):
                found.append((i, i + len(w)))
                free = i + len(w)
    return out


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
