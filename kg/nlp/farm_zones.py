"""Zones the registry still lists by the state farm they were (兴隆华侨农场, a township-level
unit), named in the text by their new name that keeps the farm's stem (兴隆华侨旅游经济区).

A name of a zone ending (经济区, 管理区: ``areas/farm_zones.tsv``) whose opening words and a
farm's word (华侨农场, 农场, 林场) make a registry township is that township: a mention of kind
``listed_town`` whose ``ref`` is the registry's name, which ``kg.extract.areas`` keeps only
where the township lies in the county the text names (as an item of a list of townships'
stems), never a guess among namesakes.  Split from kg.nlp.areas (its finders of registry
areas by their names, this one by a renamed unit's stem).
"""

from __future__ import annotations

import functools

from kg.gazetteer import Gazetteer
from kg.lexicon import table
from kg.nlp.found import Found
from kg.nlp.listed_towns import LISTED_TOWN
from kg.nlp.spans import Marks
from kg.nlp.text import all_han
from kg.nlp.tokens import Tokens, occurrences

_TOWNSHIP = "township"
_STEM = (2, 6)  # the farm's stem kept in the zone's name (兴隆, 兴隆华侨)
_BETWEEN = 4  # the most characters between the stem and the zone's ending (旅游)


@functools.cache
def _words(kind: str) -> tuple[str, ...]:
    return tuple(sorted((w for w, k in table("areas/farm_zones.tsv") if k == kind), key=len, reverse=True))


def farm_zones(tk: Tokens, areas: list[Found], gaz: Gazetteer) -> list[Found]:
    """The zones named after a registry farm's stem, each starting where a word of the tagger
    starts and ending where one ends, or inside a body's or a place's word (某某经济区管委会);
    the stem's areas read inside it are replaced."""
    text = tk.text
    out: list[Found] = []
    taken = Marks(len(text))
    for ending in _words("zone"):
        for s, e in occurrences(text, ending):
            if (e not in tk.ends and tk.tag_at(e - 1) not in ("ORG", "LOC")) or taken.overlaps(s, e):
                continue
            found = _farm_before(tk, s, e, gaz)
            if found is not None:
                out.append(found)
                taken.add(found.start, found.end)
    return out


def _farm_before(tk: Tokens, s: int, e: int, gaz: Gazetteer) -> Found | None:
    """The zone ``[a, e)`` whose stem ``[a, k)`` and a farm's word name a registry township,
    the longest stem first; None when no word of the tagger opens such a stem."""
    text = tk.text
    for a in range(max(0, s - _STEM[1] - _BETWEEN), s - _STEM[0] + 1):
        if a not in tk.starts or not all_han(text[a:s]):
            continue
        for k in range(min(s, a + _STEM[1]), a + _STEM[0] - 1, -1):
            if s - k > _BETWEEN:
                break
            names = [text[a:k] + w for w in _words("farm")]
            found = [n for n in names if any(t.level == _TOWNSHIP for t in gaz.lookup(n))]
            if found:
                return Found(a, e, "AREA", LISTED_TOWN, "|".join(found))
    return None
