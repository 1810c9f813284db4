"""Two areas written by one character each (漳台 for 漳州 and 台湾, 闽台, 沪港): the pair
names the ties between the two places, and 漳台工会 the unions of both sides, no one union.

A plain module of ``kg_bodies`` (kg.nlp.unions).
"""

from __future__ import annotations

from kg.nlp.spans import Anchors
from kg.nlp.text import all_han

PAIR = 2  # one character for each of the two areas


def area_openings(text: str, area_starts: Anchors) -> dict[str, set[str]]:
    """The areas the text names, by their first character (漳: {漳州市})."""
    firsts: dict[str, set[str]] = {}
    for f in area_starts.values():
        name = text[f.start : f.end]
        firsts.setdefault(name[0], set()).add(name)
    return firsts


def area_pair(text: str, a: int, s: int, area_starts: Anchors, firsts: dict[str, set[str]]) -> bool:
    """Is ``text[a:s]`` two characters each opening the name of a different area the text
    names (漳 of 漳州市, 台 of 台中市; ``firsts`` from ``area_openings``)?  Such a pair names
    two places, not a body.  Not when the two open one area's name (台中) or an area is
    named at ``a``."""
    stem = text[a:s]
    if len(stem) != PAIR or not all_han(stem) or a in area_starts or a in area_starts.covered:
        return False
    one, two = firsts.get(stem[0], set()), firsts.get(stem[1], set())
    return bool(one) and bool(two) and one != two and not any(n.startswith(stem) for n in one)
