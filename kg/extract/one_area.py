"""The one area of a level a text names, for a level word written before it: a county's own
page says 县 (县总工会, 县妇联) for its county and names it in full only further on (岐山县人民医院
in a later line), so the level word is that county when the article names no other of
its level inside the page's region.

Read by ``kg.extract.level_names`` (unions) and ``kg.extract.gov_bodies`` (an area's bodies)
when no area of the level is named before the word.
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
