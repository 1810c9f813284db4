"""A development zone named after a town (蔡家坡经济技术开发区 beside 蔡家坡镇): the stem of a
township the text names, then a zone ending.  The registry lists few such zones; the
town's stem says which county holds it (the zone is that county's, not the town's: a
county's zone spans more than its town), and ``kg.extract.areas`` places it so.

Split from kg.nlp.areas (one idea per module)."""

from __future__ import annotations

from kg.nlp.found import Found
from kg.nlp.spans import Marks
from kg.nlp.text import is_han
from kg.nlp.tokens import occurrences

TOWN_ZONE = "town_zone"  # the kind of such a zone's AREA mention; ``ref``: the town's name


def town_zones(
    text: str, areas: list[Found], township_heads: tuple[str, ...], suffixes: list[str], starts: set[int]
) -> list[Found]:
    """Zones written as a named township's stem (two or more characters) and a zone ending,
    the stem opening a word (``starts``) or right after an area's name, not glued to a
    longer name before it."""
    stems: dict[str, str] = {}  # the stem of each township named -> its name as written
    for f in areas:
        name = text[f.start : f.end]
        head = next((h for h in township_heads if name.endswith(h)), None)
        if f.kind == "full" and head is not None and len(name) - len(head) >= 2:
            stems.setdefault(name[: -len(head)], name)
    if not stems:
        return []
    taken = Marks(len(text), ((f.start, f.end) for f in areas))
    area_ends = {f.end for f in areas}
    out = []
    for suffix in sorted(suffixes, key=len, reverse=True):
        for s, e in occurrences(text, suffix):
            for stem, town in stems.items():
                a = s - len(stem)
                if a < 0 or text[a:s] != stem or taken.overlaps(a, e):
                    continue
                if a in area_ends or a in starts or not is_han(text[a - 1 : a]):
                    out.append(Found(a, e, "AREA", TOWN_ZONE, town))
                    taken.add(a, e)
    return out


def township_in_township(gaz, text: str, areas: list[Found], i: int, j: int) -> bool:
    """红果子镇新能源产业园: a registry township (``[i, j)``) written right after a township
    (the last of ``areas``) is a place in that township (its park, here a namesake zone of a
    far province), not an area: no township lies in another."""
    if not areas or areas[-1].end != i:
        return False
    before, here = gaz.lookup(text[areas[-1].start : i]), gaz.lookup(text[i:j])
    return bool(before and here) and all(x.level == "township" for x in (*before, *here))
