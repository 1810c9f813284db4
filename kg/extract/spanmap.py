"""``{(start, end): value}`` that can say what is near an offset without reading it all.

The extractor keeps what it resolved at each span (``ref_at``, ``area_at``) and asks,
for each mention, which body ends where a title starts, which union was named last
before it, which earlier name it is the tail of… Read from the dict, each question
costs every entry, and an article of n mentions costs n² steps.  A ``SpanMap`` is that
dict (same order, same values) plus indexes kept up to date as entries are set: by
start, by end, all spans in order, and *groups*: for a question asked often, the
entries that can answer it, filed under a key and sorted (see ``group``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable
from typing import Any

Span = tuple[int, int]
# (key, value, rank) -> (bucket, entry) pairs: where an entry is filed in a group
Filing = Callable[[Span, Any, int], Iterable[tuple[Hashable, tuple]]]


class SpanMap(dict):
    """A dict ``{(start, end): value}``, indexed.  Entries are never removed; setting a
    span again replaces its value and keeps its place in the order (as a dict does)."""

    def __init__(self) -> None:
        super().__init__()
        self.rank: dict[Span, int] = {}  # when each span was first set
        self.by_start: dict[int, list[Span]] = {}  # in the order first set
        self.by_end: dict[int, list[Span]] = {}
        self.spans: list[Span] = []  # sorted
        self._groups: dict[Hashable, tuple[Filing, dict[Hashable, list[tuple]]]] = {}
        self.listeners: list[Callable[[Span, Any, Any], None]] = []  # (span, old value or None, new value)

    def __setitem__(self, span: Span, value: Any) -> None:
        old = self.get(span)
        if span in self:
            rank = self.rank[span]
            for filing, buckets in self._groups.values():
                for bucket, entry in filing(span, self[span], rank):
                    entries = buckets[bucket]
                    del entries[bisect.bisect_left(entries, entry)]
        else:
            rank = self.rank[span] = len(self.rank)
            self.by_start.setdefault(span[0], []).append(span)
            self.by_end.setdefault(span[1], []).append(span)
            bisect.insort(self.spans, span)
        super().__setitem__(span, value)
        for filing, buckets in self._groups.values():
            for bucket, entry in filing(span, value, rank):
                bisect.insort(buckets.setdefault(bucket, []), entry)
        for listener in self.listeners:
            listener(span, old, value)

    def group(self, name: Hashable, filing: Filing) -> dict[Hashable, list[tuple]]:
        """The entries of group ``name``: ``{bucket: sorted entries}``, where ``filing``
        says under which buckets, as which entries, an item is filed (nothing: not in
        the group).  Made from the items at the first call, then kept up to date; an
        entry should hold something unique (the span or the rank), so that it can be
        found again when the span's value changes."""
        found = self._groups.get(name)
        if found is None:
            buckets: dict[Hashable, list[tuple]] = {}
            for span, value in self.items():
                for bucket, entry in filing(span, value, self.rank[span]):
                    buckets.setdefault(bucket, []).append(entry)
            for entries in buckets.values():
                entries.sort()
            found = self._groups[name] = (filing, buckets)
        return found[1]

    def starting_in(self, a: int, b: int) -> list[Span]:
        """The spans that start in ``[a, b)``, in order."""
        return self.spans[bisect.bisect_left(self.spans, (a,)) : bisect.bisect_left(self.spans, (b,))]


def last_before(entries: list[tuple], limit: tuple) -> tuple | None:
    """The greatest entry smaller than ``limit`` (entries sorted), or None."""
    i = bisect.bisect_left(entries, limit)
    return entries[i - 1] if i else None


def _head(name: str, tail: str) -> str:
    return name[: len(name) - len(tail)]


class TailIndex:
    """For each (tail, key) asked about: the spans, in order, of the entries whose name ends
    with ``tail`` after a head that ``fits(head, key)`` — kept up to date as entries are set.

    Made for one name of many tails (香水园街道总工会 answers 总工会 and 街道总工会): an entry
    is filed under each tail of its name (``tails``), and each (tail, key) list is made
    from the entries of its tail, then grows with them; so the cost is the names' lengths,
    not the entries times the tails asked about.
    """

    def __init__(self, spans: SpanMap, name_of: Callable[[Any], str | None], fits: Callable[[str, Hashable], bool]):
        self.spans = spans
        self.name_of = name_of  # an entry's name, or None to leave it out
        self.fits = fits
        self.tails: dict[str, list[Span]] = {}  # tail -> spans, sorted
        self.asked: dict[str, dict[Hashable, list[Span]]] = {}  # tail -> key -> spans, sorted
        for span, value in spans.items():
            self._file(span, value, True)
        spans.listeners.append(self._changed)

    def get(self, tail: str, key: Hashable) -> list[Span]:
        """The spans whose name ends with ``tail`` after a head that fits ``key``, in order."""
        by_key = self.asked.setdefault(tail, {})
        found = by_key.get(key)
        if found is None:
            found = by_key[key] = [
                span for span in self.tails.get(tail, ()) if self.fits(_head(self.name_of(self.spans[span]), tail), key)
            ]
        return found

    def _changed(self, span: Span, old: Any, new: Any) -> None:
        if old is not None:
            self._file(span, old, False)
        self._file(span, new, True)

    def _file(self, span: Span, value: Any, add: bool) -> None:
        name = self.name_of(value)
        if not name:
            return
        for k in range(len(name) + 1):
            tail = name[k:]
            self._put(self.tails.setdefault(tail, []), span, add)
            for key, spans in self.asked.get(tail, {}).items():
                if self.fits(name[:k], key):
                    self._put(spans, span, add)

    @staticmethod
    def _put(spans: list[Span], span: Span, add: bool) -> None:
        if add:
            bisect.insort(spans, span)
        else:
            del spans[bisect.bisect_left(spans, span)]
