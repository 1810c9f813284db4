"""A birthplace in a profile (李某，男，1979年8月生，云南宣威人，大学学历; 他是台中大里人): a
province or a city written by its name, then the stem of an area inside it, then 人 closing
the clause.

The stem is often no word of its own to the tagger (宣威人 is read as one word) and often
lies outside the page's region (a cadre of 昆明 born in 曲靖's 宣威), so neither the
registry's match of place words nor the page's bare stems find it.  The province written
before it says where to look: the stem names the area of that stem inside the province,
never one guessed among several of that name.  A 籍贯 is written at the county level, so a
stem that is both a prefecture's and a county's inside it (大理: 大理白族自治州, 大理市)
names the county.

Split from kg.nlp.areas (one idea per module)."""

from __future__ import annotations

import re

from kg.gazetteer import Area, Gazetteer
from kg.nlp.found import Found

BIRTH_WORD = "人"
# the stem and 人, then the clause's end (云南大理人民医院 is a hospital's name)
_STEM_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)人(?=[，,。；;、）)]|\s|$)")
# what may stand before the province: the clause's start, or the copula (他是云南宣威人)
_CLAUSE_OPENERS = frozenset("，,：:；;（(\n是")
_PROVINCE, _PREFECTURE, _COUNTY = "province", "prefecture", "county"


def with_birthplaces(text: str, areas: list[Found], gaz: Gazetteer) -> list[Found]:
    """``areas`` with each birthplace stem read as the area it names (kind ``abbr``, ``ref``
    the registry's name qualified by the province, so it resolves to that one area), in
    place of any other reading of its characters."""
    if BIRTH_WORD not in text:
        return areas
    births: list[Found] = []
    elsewhere: list[Found] = []  # stems no area of the province has: no area read there
    for f in areas:
        if f.kind != "full" or (f.start and text[f.start - 1] not in _CLAUSE_OPENERS):
            continue
        m = _STEM_RE.match(text, f.end)
        if m is None:
            continue
        # (a city written before a district of it says where to look as well: 台中大里人)
        provinces = [a for a in gaz.lookup(text[f.start : f.end]) if a.level in (_PROVINCE, _PREFECTURE)]
        if len(provinces) != 1:
            continue
        area, inside = _stem_area(gaz, provinces[0].code, m.group(1))
        if area is not None:
            births.append(Found(m.start(1), m.end(1), "AREA", "abbr", provinces[0].name + area.name))
        elif not inside:
            elsewhere.append(Found(m.start(1), m.end(1), "AREA"))
    if not births and not elsewhere:
        return areas
    gone = births + elsewhere
    kept = [f for f in areas if not any(f.start < b.end and b.start < f.end for b in gone)]
    return sorted(kept + births)


def _stem_area(gaz: Gazetteer, province: str, stem: str) -> tuple[Area | None, bool]:
    """(the one area of ``stem`` inside ``province``, whether it names any there): a
    county-level one first (籍贯 is given at that level), else the prefecture; None when
    the stem names several there or none (湖南朝阳人: no 朝阳 of 湖南 is read)."""
    inside = [a for a in gaz.lookup(stem, short=True) if gaz.contains(province, a.code)]
    for level in (_COUNTY, _PREFECTURE):
        of_level = [a for a in inside if a.level == level]
        if of_level:
            return (of_level[0] if len(of_level) == 1 else None), True
    return None, bool(inside)
