"""Areas found inside the names of other things: by an area's stem (建外i家… after
建外街道), a former prefecture (宜昌地区总工会), a smaller area named inside a venue's
county (某旗图克工业园区), a province-level region opening a body's name (澳门工会联合总会),
a station's site in brackets (（柏溪站）).

Kept apart from kg.extract.areas, which reads the AREA mentions themselves: these are
asked later, once the areas are all known, by the bodies' family to place what it names.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext, Zone
from kg.extract.county_parts import FORMER_PREFECTURE
from kg.extract.wordlists import AREA_STEM_ENDINGS
from kg.lexicon import alternation_of, words
from kg.nlp.site_names import site_bracket_start

# 公司, 集团, 制药厂, 银行: a business's name ends so (its trade name may open with an area's stem)
TRADE_HEADS = tuple(words("areas/trade_name_heads.txt"))
# 建外街道 → 建外: what an area's name is without its ending
_AREA_STEM_ENDING = re.compile(f"({alternation_of(AREA_STEM_ENDINGS)})$")


def area_by_stem(ctx: ArticleContext, name: str):
    """建外i家…: a name opening with the stem of an area the article names (建外街道); not
    the stem of a city before 地区 (宜昌地区总工会: the former prefecture's, no area now), nor
    a business's trade name (鱼峰宾馆: the stem is part of it, no claim where it is)."""
    if name.endswith(TRADE_HEADS):
        return None
    if ctx.area_stems is None:  # (asked once the areas are all known)
        ctx.area_stems = {}  # stem -> area name -> the first area of that name
        for rank, area in enumerate(ctx.area_at.values()):
            stem = _AREA_STEM_ENDING.sub("", area.name)
            if len(stem) >= 2 and stem != area.name:
                ctx.area_stems.setdefault(stem, {}).setdefault(area.name, (rank, area))
    # the first area whose stem opens the name
    opening = [
        (rank, area)
        for k in range(2, len(name) + 1)
        for rank, area in ctx.area_stems.get(name[:k], {}).values()
        if not name.startswith(area.name) and not name.startswith(FORMER_PREFECTURE, k)
    ]
    return min(opening, key=lambda ra: ra[0])[1] if opening else None


def former_prefecture(ctx: ArticleContext, at: int, area) -> bool:
    """宜昌地区总工会: the prefecture (地区) a city was before, which the registry lacks (one it
    holds, 阿勒泰地区, is read whole), written at ``at`` after the city's stem: no area of
    today, so a body so named is placed nowhere."""
    return ctx.text.startswith(FORMER_PREFECTURE, at) and not isinstance(area, Zone)


def area_named_inside(ctx: ArticleContext, name: str, area):
    """某旗图克工业园区 after 前往图克镇: a venue named with its county, then the stem of a
    smaller area the article names inside that county (图克 of 图克镇), lies in the smaller
    one: parks and sites are named after the town that holds them."""
    if isinstance(area, Zone) or not name.startswith(area.name):
        return None
    inner = area_by_stem(ctx, name[len(area.name) :])
    if inner is None or isinstance(inner, Zone) or not ctx.gaz.contains(area.code, inner.code):
        return None
    return inner


def region_opening(ctx: ArticleContext, name: str):
    """澳门工会联合总会 written so: a body of the national list named as written with a
    province-level region's name first (香港, 澳门) is that region's, and lies in it (its
    short form 工联会 names no region: no area node is made from it)."""
    for k in range(len(name) - 1, 1, -1):
        found = ctx.gaz.lookup(name[:k])
        if len(found) == 1 and found[0].level == "province":
            return found[0]
    return None


def site_area(ctx: ArticleContext, start: int, name: str, area):
    """工会户外劳动者服务站（某街道某路站）: a station named with its site in brackets
    (kg.nlp.site_names) lies in the area the bracket opens with, or whose stem it opens with
    (（柏溪站） after 柏溪街道), when that lies inside the area its name opens with, if any."""
    k = site_bracket_start(name)
    if k is None:
        return None
    inside = next((a for x, _y, a in ctx.areas_in(start + k, start + len(name)) if x == start + k), None)
    inside = inside or area_by_stem(ctx, name[k:])
    if inside is None or isinstance(inside, Zone):
        return None
    if area is not None and (isinstance(area, Zone) or not ctx.gaz.contains(area.code, inside.code)):
        return None
    return inside
