"""A street office called by its street (东大街 for 东大街街道), which is also the name of the
road itself: read as the office only where the grammar says area.

Split from kg.nlp.areas (one idea per module: the registry's areas there)."""

from __future__ import annotations

import re

from kg.gazetteer import STREET_OFFICE
from kg.lexicon import table
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens

STREET_GRAMMAR = "areas/street_grammar.tsv"  # when a street's name stands for its street office
STREET_RE = re.compile(r"[\u4e00-\u9fff]{2,6}街(?!道)")  # a name ending in 街, not 街道
_GRAMMAR = table(STREET_GRAMMAR)
STREET_WORDS = {role: tuple(w for r, w in _GRAMMAR if r == role) for role in ("joint", "action", "body")}


def street_offices(tk: Tokens, areas: list[Found], streets: dict[str, list[str]]) -> list[Found]:
    """东大街 for 东大街街道 where the grammar says area: a party to joint work
    (联合东大街开展), or opening its own bodies' names (东大街工会).  Read as the office's
    full name (kind ``abbr``), which the registry's areas near it then place; ``streets``:
    the registry's street forms (``Gazetteer.street_forms``)."""
    text = tk.text
    taken = Marks(len(text), ((f.start, f.end) for f in areas))
    out = []
    for m in STREET_RE.finditer(text):
        for a in range(m.start(), m.end() - 2):  # the longest street name ending there
            form = text[a : m.end()]
            if form not in streets or a not in tk.starts or taken.overlaps(a, m.end()):
                continue
            before, after = text[max(0, a - 2) : a], text[m.end() : m.end() + 3]
            joint = before.endswith(STREET_WORDS["joint"]) and after.startswith(STREET_WORDS["action"])
            if joint or after.startswith(STREET_WORDS["body"]):
                out.append(Found(a, m.end(), "AREA", "abbr", form + STREET_OFFICE))
            break
    return out
