"""Registry areas whose bare name is an everyday word (郊区, 城区, 矿区: ``area_stopwords.txt``)
are never read alone; written right after the city that holds them (阳泉市郊区荫营镇,
晋城市城区文化馆) they are that city's district of the name, the only reading there.
"""

from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.lexicon import words
from kg.nlp.areaindex import AREA_STOPWORDS
from kg.nlp.found import Found


def common_named_children(text: str, areas: list[Found], gaz: Gazetteer) -> list[Found]:
    """The districts of an everyday word's name written right after a full area found
    that holds them (the registry says so), as full areas."""
    forms = [w for w in words(AREA_STOPWORDS) if gaz.lookup(w)]
    taken = {f.start for f in areas}
    out = []
    for f in areas:
        if f.kind != "full" or f.end in taken:
            continue
        form = next((w for w in forms if text.startswith(w, f.end)), None)
        if form is None:
            continue
        parents = {a.code for a in gaz.lookup(text[f.start : f.end])}
        if any(a.parent in parents for a in gaz.lookup(form)):
            out.append(Found(f.end, f.end + len(form), "AREA", "full"))
    return out
