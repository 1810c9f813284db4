"""Family *areas*: each AREA mention to an area of the registry, or a zone it lacks.

First of the families: every other one asks where things are (区总工会 is the union of
the district the text named last), so the areas are read before any body.  Needs only
the page's region; fills ``ctx.area_at``, ``ctx.area_kind``, ``ctx.seen_codes`` and the
areas' entities.
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext, Zone, area_ref


def read_areas(ctx: ArticleContext) -> None:
    """Resolve each AREA mention, nearest the areas read before it, and record it."""
    for s in ctx.mentions_of("AREA"):
        area = resolve_area(ctx, s.text, s._.kg_kind or "full", s._.kg_ref)
        if area is None:
            continue
        ctx.area_at[(s.start_char, s.end_char)] = area
        ctx.area_kind[(s.start_char, s.end_char)] = s._.kg_kind or "full"
        ref = area_ref(area)
        info = ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
        if isinstance(area, Zone):
            parent = ctx.gaz.get(area.parent)
            info.parent = area_ref(parent)
            ctx.seen_codes.append(area.parent)
        else:
            ctx.seen_codes.append(area.code)


def resolve_area(ctx: ArticleContext, name: str, kind: str, ref: str | None):
    """The area a mention names, by how it is written (``kind``): the registry's, else a
    community or zone made from the name, else None."""
    if kind == "capital":
        code = ctx.lex.capital_words.get(name)
        return ctx.gaz.get(code) if code and code in ctx.gaz else None
    if kind == "abbr" and ref:
        name = ref
    area = ctx.gaz.resolve(name, context=list(reversed(ctx.seen_codes[-12:])))
    if area is None:
        if kind == "community":
            return _community(ctx, name)
        return _zone(ctx, name) if kind in ("zone", "abbr") else None
    # a bare stem (东湖, 海淀) counts only inside the region the page is about
    if (
        kind == "short"
        and ctx.page.region
        and not any(c == area.code or ctx.gaz.contains(c, area.code) for c in ctx.page.region)
    ):
        return None
    return area


def _community(ctx: ArticleContext, name: str):
    """盐市口社区: a community of the street (township) the text names around it."""
    township = ctx.context_area(("township",), len(ctx.text))
    if township is None:
        return None
    return Zone(name=name, parent=township.code, level="community")


def _zone(ctx: ArticleContext, name: str):
    """A development zone the registry lacks, part of the area its name opens with."""
    for k in range(len(name) - 2, 1, -1):
        parent = ctx.gaz.resolve(name[:k], context=list(reversed(ctx.seen_codes[-12:])), short=False)
        if parent is not None and ctx.gaz.is_surface_form(name[:k]):
            return Zone(name=name, parent=parent.code)
    return None
