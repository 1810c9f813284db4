"""Where a body is, said of its union or after a pause: the premises behind the name.

位于某开发区的某某有限公司工会: the union is written, but what lies in the zone is the
company whose name the union bears (a union is wherever its company is); so the company is
placed too, as 位于某开发区的某某有限公司 would place it.  And a body named, then a comma and
位于 (市总工会直属的职工学校——某市职工学校，位于某区某街) is placed as 某市职工学校位于某区
is: the clause that opens with 位于 says where the body named right before the comma is.
"""

from __future__ import annotations

from kg.extract.body_links import LOCATED, _locate, _place_after
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.model.facts import RelationFact

_UNION_WORD = "工会"
_BODIES = ("Organization", "TradeUnion", "Place")
_PAUSES = ("，", ",")


def union_premises(ctx: ArticleContext) -> None:
    """A company union placed by the text: its company placed there too; a body named right
    before ，位于: placed where the clause says."""
    if LOCATED not in ctx.text:
        return
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls not in _BODIES or not ctx.text.startswith(_PAUSES, y) or not ctx.text.startswith(LOCATED, y + 1):
            continue
        found = _place_after(ctx, y + 1 + len(LOCATED))
        if found is not None:
            _locate(ctx, ref, found[1], ctx.evidence(x, found[0], CONFIDENCE["pattern"]))
    orgs = {ref.name: ref for ref in ctx.facts.entities if ref.cls == "Organization"}
    placed = {r.subject for r in ctx.facts.relations if r.pred == "locatedIn"}
    for r in list(ctx.facts.relations):
        if r.pred != "locatedIn" or r.subject.cls != "TradeUnion" or not r.subject.name.endswith(_UNION_WORD):
            continue
        company = orgs.get(r.subject.name.removesuffix(_UNION_WORD))
        if company is not None and company not in placed:
            ctx.facts.relations.append(RelationFact(company, "locatedIn", r.object, r.evidence))
            placed.add(company)
