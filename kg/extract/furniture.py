"""Family *furniture*: the areas and unions a page's furniture names, as nodes.

Ingestion drops a page's site header, breadcrumb and 来源 line from the text but keeps
their words aside (``Article.furniture``, on the page's first article).  Their places are
evidence of the page's region (kg.extract.page); this family makes them nodes where they
are named as a text names them: an area is a node when a text names it, and 来源：某市某区
总工会 or a breadcrumb step 某市总工会 is the page's own statement of whose news it is, as a
site's name 某县人民政府 (the area's government, its body of level_bodies.tsv) is.  A
menu of places and an outlet's or a site's name (某某新闻网, 某某日报) are not: they name a
paper, not the place.  Runs after *bodies*, so that a union the text names too is the same
entity (named as the text's 区总工会 is), its printed form an alias.
"""

from __future__ import annotations

from kg.extract.area_body_names import full_area_name
from kg.extract.context import ArticleContext, area_ref
from kg.extract.page import OUTLET_STEM_HEADS, furniture_places
from kg.lexicon import words
from kg.model.facts import EntityRef

# a local outlet's own words (融媒体中心, 广播电视台): those that end a body's name name the body
LOCAL_MEDIA = words(OUTLET_STEM_HEADS)


def read_furniture(ctx: ArticleContext) -> None:
    """Areas named alone or in a union's or government's name; the union of a step that is
    an area's union and nothing else (某市总工会), located in that area; the body of a step
    that is an area's body and nothing else (某县人民政府); a local media body (某区融媒体中心)."""
    for place in furniture_places(ctx.article.furniture, ctx.gaz):
        if place.rest.endswith(LOCAL_MEDIA) and place.rest.endswith(ctx.lex.org_suffixes):
            # 来源：某区融媒体中心: the area's own media body, which filed the page (a body, not
            # a place: its area is no node for it)
            ctx.facts.entity(EntityRef("Organization", place.step), mention=False)
        if not place.named:
            continue
        for code in place.codes:
            ctx.facts.entity(area_ref(ctx.gaz.get(code)), mention=False)
        if place.rest in ctx.lex.union_suffixes:
            area = ctx.gaz.get(place.codes[-1])
            known = ctx.lex.national_bodies.get(place.step)  # 香港工会联合会: known by its own name
            name = known[0] if known is not None else ctx.qualified(area) + place.rest
            info = ctx.facts.entity(EntityRef("TradeUnion", name), place.step, mention=False)
            info.located_in = info.located_in or area_ref(area)
        elif place.rest in ctx.lex.level_bodies and ctx.lex.level_bodies[place.rest][1] == "Organization":
            # 某县人民政府 as a site's name: the area's government, whose page it is
            template, cls = ctx.lex.level_bodies[place.rest]
            area = ctx.gaz.get(place.codes[-1])
            ref = EntityRef(cls, template.format(area=full_area_name(ctx, area)))
            info = ctx.facts.entity(ref, place.step, mention=False)
            info.aliases.add(template.format(area=area.name))
            info.aliases.discard(ref.name)
