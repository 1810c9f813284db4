"""Family *body links*, sites: a company named inside the name of its site.

来到某某铁路有限公司皇姑动车检修基地, 在云溪区某某装备有限公司实训基地举行: a venue whose
name opens with a company's full name (its legal form closing it) names that company too,
a body of its own even where the article names it nowhere else (a venue belongs to no
body: the contract's subOrganizationOf is between bodies).  The area written right before
such a name is where the company is (云溪区|某某装备有限公司|实训基地), also when the
company was named before without a place (a schedule's 县工业园区某某有限公司, then 在某镇某某
有限公司生产基地举行).  A project's quoted name may open the site's own name
(某某建设有限公司“某某家园”安置房项目工地): the company before it is a body all the same.
A school's or a centre's training site is ``kg.extract.training_sites``'.
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.names import LEGAL_FORMS
from kg.lexicon import words
from kg.model.facts import EntityRef, RelationFact
from kg.nlp.text import OPEN_QUOTES, all_han

# a company's works named after it (生产基地): the company's own ground, no venue
WORKS_HEADS = frozenset(words("bodies/works_heads.txt"))
PROVINCE = "province"  # the level of a municipality (重庆市), whose districts hold the counties' place
DISTRICT = "区"  # a city's district (吴江区), not a county (县, 旗) or a county-level city (市)


def site_companies(ctx: ArticleContext) -> None:
    """The company whose full name opens a venue's name, as written (the areas before it left
    out); placed in the venue's area when an area stands right before the company's name.  A
    company's works (某某有限公司生产基地) are no venue of their own: the company is the place,
    the works' name an alias."""
    works: dict[EntityRef, EntityRef] = {}
    for (x, y), ref in sorted(ctx.ref_at.items()):
        written = ctx.text[x:y]
        if ref.cls != "Place" or not written.endswith(ref.name):
            continue
        k = next(
            (
                k
                for k in range(len(ref.name) - 2, 4, -1)
                if ref.name.endswith(LEGAL_FORMS, 0, k) and (all_han(ref.name[k : k + 1]) or ref.name[k] in OPEN_QUOTES)
            ),
            None,
        )
        if k is None or ref.name.startswith(LEGAL_FORMS, k):
            continue
        at = y - len(ref.name)  # where the name starts, after the areas written before it
        company = EntityRef("Organization", ref.name[:k])
        if company not in ctx.facts.entities:
            ctx.add(company, company.name, (at, at + k), CONFIDENCE["name"])
        if ref.name[k:] in WORKS_HEADS:
            works[ref] = company
        elif any(r.pred == "locatedIn" and r.subject == company for r in ctx.facts.relations):
            continue  # (named before and placed by the text already)
        areas = [ctx.area_at[span] for span in ctx.area_at.by_end.get(at, ()) if span[0] >= x]
        if areas:
            ev = ctx.evidence(x, at + k, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(company, "locatedIn", area_ref(areas[0]), ev))
    if works:
        ctx.merge(works)


def registered_companies(ctx: ArticleContext) -> None:
    """吴江区中盛汽车零部件有限公司: a company named with a city's district written in full
    before its own name lies in that district, unless the text placed it elsewhere.  Short
    forms of places (苏州, 克拉玛依) are part of a trade name, and no public body (某区人民医院)
    is placed so.  Nor is a firm by a county or a county-level city opening its name
    (晋江市某某鞋业有限公司, 高台县某某劳务有限公司): a firm registered there carries it as the
    first word of its registered name, which says nothing the text told of where it is; a
    district is written before a firm's name as where it is (firms of a city's districts
    register under the city's name).  A municipality's district (綦江区 of 重庆市) is the
    county-level seat of registration itself: a firm's name opening with it is a registered
    name, as a county's is."""
    placed = {r.subject for r in ctx.facts.relations if r.pred == "locatedIn"}
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls != "Organization" or ref in placed or ctx.text[x:y] != ref.name:
            continue
        legal = next((f for f in LEGAL_FORMS if ref.name.endswith(f)), None)
        if legal is None:
            continue
        for span in ctx.area_at.by_start.get(x, ()):
            area = ctx.area_at[span]
            own = y - span[1] - len(legal)  # the characters of the company's own name
            district = getattr(area, "level", None) == "county" and area.name.endswith(DISTRICT)
            if district and area.parent and ctx.gaz.get(area.parent).level == PROVINCE:
                continue  # (重庆市綦江区某某有限公司: a municipality's district registers firms as a county does)
            if district and ctx.text[x : span[1]] == area.name and own >= 2:
                ev = ctx.evidence(x, y, CONFIDENCE["pattern"])
                ctx.facts.relations.append(RelationFact(ref, "locatedIn", area_ref(area), ev))
                placed.add(ref)
                break
