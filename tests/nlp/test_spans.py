"""The span indexes answer what the scans they replace answered (kg.nlp.spans, kg.extract.spanmap)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.spanmap import SpanMap, TailIndex, last_before
from kg.nlp.spans import Anchors, Containers, Marks, occurrences_of_words

SIZE = 40
spans_st = st.lists(
    st.tuples(st.integers(0, SIZE - 1), st.integers(1, 8)).map(lambda t: (t[0], min(SIZE, t[0] + t[1]))), max_size=25
)


@settings(max_examples=200, deadline=None)
@given(spans=spans_st, more=spans_st, query=st.tuples(st.integers(0, SIZE - 1), st.integers(1, 8)))
def test_marks_answer_overlap_and_cover_as_any_does(spans, more, query):
    a, b = query[0], min(SIZE, query[0] + query[1])
    marks = Marks(SIZE, spans)
    for x, y in more:  # grown as spans are found
        marks.add(x, y)
    every = spans + more
    assert marks.overlaps(a, b) == any(x < b and a < y for x, y in every)
    assert (a in marks) == any(x <= a < y for x, y in every)


@settings(max_examples=200, deadline=None)
@given(spans=spans_st, query=st.tuples(st.integers(0, SIZE - 1), st.integers(1, 8)))
def test_containers_answer_holding_as_any_does(spans, query):
    a, b = query[0], min(SIZE, query[0] + query[1])
    held = Containers(spans)
    assert held.holds(a, b) == any(x <= a and b <= y for x, y in spans)
    assert held.holds_more(a, b) == any(x <= a and b <= y and y - x > b - a for x, y in spans)


class Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


@settings(max_examples=200, deadline=None)
@given(spans=spans_st, k=st.integers(0, SIZE))
def test_anchors_are_the_dict_by_start_with_what_it_covers(spans, k):
    found = [Span(a, b) for a, b in spans]
    anchors = Anchors(SIZE, found)
    plain = {f.start: f for f in found}
    assert anchors == plain
    kept = plain.values()
    assert (k in anchors.covered) == any(f.start <= k < f.end for f in kept)
    assert (k in anchors.inner) == any(f.start < k < f.end for f in kept)
    assert (k in anchors.ends) == any(f.end == k for f in kept)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="工会总市区", max_size=60),
    words=st.lists(st.text(alphabet="工会总市区", min_size=1, max_size=6), max_size=12),
)
def test_occurrences_of_many_words_are_what_find_gives_word_by_word(text, words):
    def by_find(w: str) -> list[tuple[int, int]]:
        out, i = [], text.find(w)
        while i >= 0:
            out.append((i, i + len(w)))
            i = text.find(w, i + len(w))
        return out

    assert occurrences_of_words(text, words) == {w: by_find(w) for w in set(words)}


refs_st = st.lists(
    st.tuples(st.integers(0, 30), st.integers(1, 6), st.text(alphabet="甲乙工会", min_size=1, max_size=5)),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(sets=refs_st, pos=st.integers(0, 40), tail=st.text(alphabet="甲乙工会", min_size=1, max_size=3))
def test_span_map_is_the_dict_and_its_indexes_follow_every_set(sets, pos, tail):
    """Groups and tails made early (before the sets) or late (after) answer as scans of the dict."""

    def filing(span, name, rank):
        if "工" in name:
            yield None, (span[1], -rank, span)

    def fits(head: str, key: str) -> bool:
        return head.startswith(key)

    early, late, plain = SpanMap(), SpanMap(), {}
    early.group("g", filing)
    early_tails = TailIndex(early, lambda name: name, fits)
    assert early_tails.get(tail, "甲") == []  # asked before: then kept up to date
    for x, n, name in sets:
        for m in (early, late, plain):
            m[(x, x + n)] = name
    late.group("g", filing)
    late_tails = TailIndex(late, lambda name: name, fits)
    assert list(early.items()) == list(late.items()) == list(plain.items())

    # the last span ending at or before pos with 工 in its name, the first set of those ending there
    best = None
    for (x, y), name in plain.items():
        if y <= pos and "工" in name and (best is None or y > best[1]):
            best = (x, y)
    for m in (early, late):
        last = last_before(m.group("g", filing).get(None, []), (pos + 1,))
        assert (last[2] if last else None) == best
        assert m.starting_in(3, pos) == sorted(s for s in plain if 3 <= s[0] < pos)
        assert {x: sorted(v) for x, v in m.by_start.items()} == {
            x: sorted(s for s in plain if s[0] == x) for x in {s[0] for s in plain}
        }
    want = sorted(s for s, name in plain.items() if name.endswith(tail) and fits(name[: len(name) - len(tail)], "甲"))
    assert early_tails.get(tail, "甲") == late_tails.get(tail, "甲") == want
