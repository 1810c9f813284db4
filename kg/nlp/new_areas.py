"""State-level new areas (国家级新区: 两江新区, 雄安新区): areas the registry lacks, which a
text writes bare, as a city's district (两江新区总工会), and the tagger reads as a body's
name (ORG), so neither the registry nor the zone finders see them.

Each is an AREA of kind ``new_area`` where a word starts with its name, its ``ref`` the code
of the province or city holding it (``areas/state_new_areas.tsv``): ``kg.extract.areas``
enters it under that area.  Read before the zones, so that a city's name before it
(重庆两江新区) stays the city's."""

from __future__ import annotations

import functools

from kg.lexicon import table
from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.tokens import Tokens, occurrences

NEW_AREA = "new_area"  # the kind of such a mention; ``ref``: the code of the area holding it


@functools.cache
def _new_areas() -> tuple[tuple[str, str], ...]:
    return tuple((name, code) for name, code in table("areas/state_new_areas.tsv"))


def new_areas(tk: Tokens, areas: list[Found]) -> list[Found]:
    """The state-level new areas the text names, where no area was read."""
    taken = Marks(len(tk.text), ((f.start, f.end) for f in areas))
    after = {f.end for f in areas}  # (重庆两江新区: the city before it, however the tagger cut the words)
    out = []
    for name, code in _new_areas():
        for s, e in occurrences(tk.text, name):
            if (s in tk.starts or s in after) and not taken.overlaps(s, e):
                out.append(Found(s, e, "AREA", NEW_AREA, code))
                taken.add(s, e)
    return out
