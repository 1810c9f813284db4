"""A union only planned (拟成立某某工会联合会, 某某工会联合会的筹备): its name is written, but
the body does not exist yet, so it is no union the text names (kg.nlp.unions)."""

from __future__ import annotations

from kg.lexicon import table

_ROWS = table("unions/planned_union_words.tsv", header=True)
BEFORE = tuple(w for side, w in _ROWS if side == "before")
AFTER = tuple(w for side, w in _ROWS if side == "after")


def planned_union(text: str, a: int, e: int) -> bool:
    """Does a plan word stand right before the union's name ``[a, e)`` or right after it?"""
    return text.endswith(BEFORE, 0, a) or text.startswith(AFTER, e)
