"""A field's union of an area (县卫生健康系统工会, 某市某区教育系统工会委员会): the word 系统
(the field's bodies taken together) before 工会 names one union after a bare level word or an
area's name; after anything else (全省教育系统工会, 工会系统) it names the unions of a field,
no body (kg.nlp.unions reads 系统 as a description word otherwise)."""

from __future__ import annotations

from kg.nlp.names import BREAKERS
from kg.nlp.spans import Anchors
from kg.nlp.text import is_han

# 县卫生健康系统工会: the word of a field's bodies taken together, before a field union's 工会
SYSTEM = "系统"
_MIN_FIELD = 2  # a field of two characters at least (教育, 卫生健康)


def system_union(text: str, a: int, s: int, area_starts: Anchors, level: str | None) -> bool:
    """Is ``text[a:s]`` (before 工会) an area's field and 系统: after the bare level word
    ``level`` (its name opening with it) or after areas' names, one after another?"""
    if not text.endswith(SYSTEM, a, s):
        return False
    k = a
    while k in area_starts and area_starts[k].end <= s:
        k = area_starts[k].end
    if k > a:
        return s - k >= len(SYSTEM) + _MIN_FIELD
    if not level or s - a <= len(level) + len(SYSTEM):
        return False
    return a == 0 or not is_han(text[a - 1]) or text[a - 1] in BREAKERS
