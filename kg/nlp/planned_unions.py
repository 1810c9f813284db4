"""A union only planned (拟成立某某工会联合会, 某某工会联合会的筹备): its name is written, but
the body does not exist yet, so it is no union the text names (kg.nlp.unions).  Nor is a
kind of union counted (建立快递、外卖、网约车行业工会联合会3个): the count after the name says
it stands for several bodies of that kind, none named."""

from __future__ import annotations

import re

from kg.lexicon import table

# a count of bodies right after a union's name, closing the phrase (…工会联合会3个。, …工会两家，)
_COUNTED = re.compile("[0-9一二三四五六七八九十两]+[个家](?=[，。；、,;！!\n]|$)")

_ROWS = table("unions/planned_union_words.tsv", header=True)
BEFORE = tuple(w for side, w in _ROWS if side == "before")
AFTER = tuple(w for side, w in _ROWS if side == "after")


def planned_union(text: str, a: int, e: int) -> bool:
    """Does a plan word stand right before the union's name ``[a, e)`` or right after it?"""
    return text.endswith(BEFORE, 0, a) or text.startswith(AFTER, e) or _COUNTED.match(text, e) is not None
