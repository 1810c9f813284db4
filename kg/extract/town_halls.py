"""Family *body links*, town halls: a street's office written whole (经二路街道办事处).

The registry lists a street's office as another form of its street (X街道 ↔ X街道办事处), so
the area finder reads the whole name as the street while the body finder reads the office:
one span, two mentions.  The office is the street's town hall and lies in it, as the office
named by a level word does (街道办事处, kg.extract.gov_bodies); here the area's span is the
body's own."""

from __future__ import annotations

from kg.extract.context import ArticleContext, area_ref
from kg.extract.gov_bodies import STREET_OFFICE

TOWNSHIP = "township"  # the registry's level of streets, towns and townships


def street_offices(ctx: ArticleContext) -> None:
    """X街道办事处 read as a body and, over the same span, as the street X街道: the office lies
    in the street, unless the text placed it already."""
    for span, ref in sorted(ctx.ref_at.items()):
        if ref.cls != "Organization" or not ref.name.endswith(STREET_OFFICE):
            continue
        area = ctx.area_at.get(span)
        info = ctx.facts.entities.get(ref)
        if area is None or getattr(area, "level", None) != TOWNSHIP or info is None or info.located_in is not None:
            continue
        where = area_ref(area)
        ctx.facts.entity(where, mention=False)
        info.located_in = where
