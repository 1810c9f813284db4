"""Coordinated bodies before a list of names: one body each, in order.

``A区、B区、C区总工会主席甲、乙、丙`` names three unions sharing one title, then three
names: news writes such a line for one chair per union, in the order of the bodies (with
or without 分别 after the names).  The chain of titles before the first name gives it the
title at each of the bodies (``kg.extract.posts``), and the other names of the list share
that name's offices; left so, every name would chair every union (the cross product).
Here, when a title is held at as many bodies as the list has names, the k-th name gets
the k-th body; a single name keeps them all (A协会、B协会会长甲 holds both offices), and
a list whose length differs from the bodies' count is left as it is (which name goes
with which body is not written).
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.appositions import Office


def pair_respectively(names: list[Span], offices: list[Office]) -> dict[tuple[int, int], list[Office]]:
    """The offices of each name of a list (``names`` in the text's order) that share
    ``offices`` (the first name's, read from its chain of titles): a title held at exactly
    ``len(names)`` bodies goes one body to each name, in order; the other offices stay
    shared.  Returns an empty mapping when no title is shared out."""
    if len(names) < 2:
        return {}
    by_title: dict[int, list[Office]] = {}
    for office in offices:
        by_title.setdefault(office[0].start_char, []).append(office)
    dealt = {
        at: group
        for at, group in by_title.items()
        if len(group) == len(names) and len({body for _, body, _ in group}) == len(names)
    }
    if not dealt:
        return {}
    kept = [office for office in offices if office[0].start_char not in dealt]
    return {(p.start_char, p.end_char): [*kept, *(group[k] for group in dealt.values())] for k, p in enumerate(names)}
