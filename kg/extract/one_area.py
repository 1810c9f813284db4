"""The one area of a level a text names, for a level word written before it: a county's own
page says 县 (县总工会, 县妇联) for its county and names it in full only further on (岐山县人民医院
in a later line), so the level word is that county when the article names no other of
its level inside the page's region.

Read by ``kg.extract.level_names`` (unions) and ``kg.extract.gov_bodies`` (an area's bodies)
when no area of the level is named before the word.  A county-level city's own page says
市 for it too, before it names it (市总工会 … 格尔木市总工会): ``one_county_city``.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext, Zone


def one_named_area(ctx: ArticleContext, levels: tuple[str, ...], ending: str):
    """县妇联 before the text names its county (岐山县人民医院 in a later line): the one area
    of that level (and ending) inside the page's region the article names anywhere, as a
    county's own page names its county by the level word first; None when it names two or
    more, or the page has no region.  Not a city's (市住建局 … 株洲工会: a city page names its
    city before, and another city's bodies after)."""
    if not ctx.page.region or "prefecture" in levels:
        return None
    home = ctx.page.region[-1]
    named = {
        area.code: area
        for area in ctx.area_at.values()
        if not isinstance(area, Zone)
        and area.level in levels
        and area.name.endswith(ending)
        and ctx.gaz.contains(home, area.code)
    }
    return next(iter(named.values())) if len(named) == 1 else None


# what a county-level city's name ends with, the level word its own page calls it by
CITY = "市"


def one_county_city(ctx: ArticleContext, levels: tuple[str, ...], word: str):
    """市总工会 before the text names its city (市总工会主席A … 主办：格尔木市总工会): the one
    county-level city the article names anywhere (inside the page's region, if it has one),
    when it names no city of a prefecture's or a province's rank, whose 市 it would be; None
    else."""
    if word != CITY or "prefecture" not in levels:
        return None
    if ctx.county_city is None:
        home = ctx.page.region[-1] if ctx.page.region else None
        named = {
            area.code: area
            for area in ctx.area_at.values()
            if not isinstance(area, Zone) and area.name.endswith(CITY) and area.level in ("county", *levels)
        }
        only = next(iter(named.values())) if len(named) == 1 else None
        fits = (
            only is not None
            and only.level == "county"
            and (home in (None, only.code) or ctx.gaz.contains(home, only.code))
        )
        ctx.county_city = (only if fits else None,)
    return ctx.county_city[0]
