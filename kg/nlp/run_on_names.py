"""A tagger's name that runs on past a body's name over a word that ends names (LAC's one
ORG or LOC over 黑龙江省总工会联合省卫健委, 太原市总工会联合市文化馆: A联合B): no body's name
holds a verb joining it to the next (name_breakers.txt), so the longer name goes and the
bodies on either side of the verb stay, each a name of its own.

A plain module of ``kg_bodies`` (kg.nlp.bodies).
"""

from __future__ import annotations

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.names import NAME_BREAKERS

_BREAKERS = tuple(sorted(words(NAME_BREAKERS), key=len, reverse=True))


def without_run_on_names(text: str, cands: list[Found]) -> list[Found]:
    """``cands`` without the organisations' and venues' names that hold another body's name
    from their start up to a word ending names, then more (A联合B); what follows that word
    is a candidate of the same label, unless one starts there already."""
    ends: dict[int, set[int]] = {}
    for f in cands:
        if f.label in ("UNION", "ORG"):
            ends.setdefault(f.end, set()).add(f.start)
    starts = {f.start for f in cands}
    out: list[Found] = []
    rests: list[Found] = []
    for f in cands:
        cut = _run_on_at(text, f, ends) if f.label in ("ORG", "PLACE") and f.kind != "national" else None
        if cut is None:
            out.append(f)
        elif cut not in starts:
            rests.append(Found(cut, f.end, f.label, f.kind))
    return out + rests


def _run_on_at(text: str, f: Found, ends: dict[int, set[int]]) -> int | None:
    """Where the name after the word ending ``f``'s first body starts, if ``f`` runs on."""
    for k in range(f.start + 2, f.end - 2):
        if f.start not in ends.get(k, ()):
            continue
        # (a name after the word, two characters at least: …工会联合会, …公司联合体 are one name)
        word = next((w for w in _BREAKERS if text.startswith(w, k) and k + len(w) + 2 <= f.end), None)
        if word is not None:
            return k + len(word)
    return None
