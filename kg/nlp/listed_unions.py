"""Trade unions of a list of areas sharing one union ending: 东城区、西城区等总工会, 海淀、丰台
两区总工会, 巩义市和登封市总工会.

Kept apart from :mod:`kg.nlp.unions`, whose finder asks here at each 工会 before it reads one
union's name back from it: two or more areas listed before the ending, joined by 、和及与以及 and
perhaps closed by 等 or a count of them (两区), make a union of each area, named after it.
"""

from __future__ import annotations

import re

from kg.nlp.areaindex import AreaIndex
from kg.nlp.found import Found
from kg.nlp.spans import Anchors

# what may close a list of areas sharing one union ending: 等, 两区, 三个县, 等县 (the areas'
# level said once for all their short names)
LIST_CLOSER_RE = re.compile(
    "(?:等(?:[两二三四五六七八九十几多]个?)?(?:省|市|区|县|州|盟|旗|镇|乡|街道)?"
    "|[两二三四五六七八九十几多]个?(?:省|市|区|县|州|盟|旗|镇|乡|街道))$"
)
LIST_JOINERS = ("、", "和", "及", "与", "以及")


def listed_areas(text: str, s: int, e: int, area_starts: Anchors, areas: AreaIndex) -> list[Found]:
    """The unions of a list of areas sharing the union ending ``[s, e)`` (东城区、西城区等
    总工会, 海淀、丰台两区总工会, 巩义市和登封市总工会): two or more, or none.  Each is the
    area's span, kind "listed", ``ref`` the ending (with the level word of 两区 before it
    for an area written short); the last, when it stands right before the ending, is
    named as written (登封市总工会)."""
    closer = LIST_CLOSER_RE.search(text, max(0, s - 5), s)
    level = closer.group(0)[-1] if closer and closer.group(0) != "等" else ""
    p = closer.start() if closer else s
    items: list[tuple[int, int]] = []
    while True:
        x = _area_ending_at(text, p, area_starts, areas, glued=not items)
        if x is None:
            break
        items.append((x, p))
        joiner = next((j for j in LIST_JOINERS if text.endswith(j, 0, x)), None)
        if joiner is None:
            break
        p = x - len(joiner)
    if len(items) < 2:
        return []
    out = []
    for x, y in sorted(items):
        if y == s:
            out.append(Found(x, e, "UNION", ""))
        else:
            lead = level if level and not text.endswith(level, 0, y) else ""
            out.append(Found(x, y, "UNION", "listed", lead + text[s:e]))
    return out


def _area_ending_at(text: str, p: int, area_starts: Anchors, areas: AreaIndex, glued: bool) -> int | None:
    """Where an area ending at ``p`` starts: one found, else (``glued``: the item right before
    the ending or its closer) a known area name (丰台 in 丰台两区, which the tagger reads as
    one word).  An earlier item is an area read as one: 副主席李包头、某区总工会 lists no 包头."""
    starts = [x for x in range(max(0, p - 16), p) if (f := area_starts.get(x)) is not None and f.end == p]
    if starts:
        return min(starts)
    if not glued:
        return None
    known = areas.full, areas.short
    return next((p - n for n in (5, 4, 3, 2) if p - n >= 0 and any(text[p - n : p] in k for k in known)), None)
