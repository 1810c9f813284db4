"""Family *event attributes*, venues: a training site named after the institution running it.

在白沙镇某区职业教育中心白沙实训点举办, 于某街道的某职业学院实训中心落幕: a venue whose name is
an institution's full name (closed by the kind of a workplace: 学院, 学校, 中心) and the head of
a training site (training_site_heads.txt) names that institution too, a body of its own even
where the article names it nowhere else.  A site with the stem of a place of the article
between the two (白沙实训点, after 白沙镇) lies in that place, away from the institution, which
it does not place; the institution's own centre (实训中心, nothing between) lies where the
institution is, so the area the text puts the centre in places the institution.

Runs once the bodies are placed (after ``group_members``); a company's sites are
``kg.extract.site_bodies``'.
"""

from __future__ import annotations

from kg.extract.area_stems import area_by_stem
from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.wordlists import LEGAL_FORMS, WORKPLACE_ENDINGS
from kg.lexicon import words
from kg.model.facts import EntityRef, RelationFact

_HEADS = tuple(sorted(words("bodies/training_site_heads.txt"), key=len, reverse=True))
# the kinds of an institution that runs a training site (a training centre is 中心 too)
_KINDS = (*WORKPLACE_ENDINGS, "中心")
_SHORTEST = 4  # an institution's name: its place and its kind at least (某某学院)


def training_sites(ctx: ArticleContext) -> None:
    """The institution whose name opens a training site's name, as written; the site placed in
    the area whose stem stands between them, or the institution where its own centre is."""
    located = {r.subject: r for r in ctx.facts.relations if r.pred == "locatedIn"}
    for (x, y), ref in sorted(ctx.ref_at.items()):
        head = next((h for h in _HEADS if ref.name.endswith(h)), None)
        if ref.cls != "Place" or head is None or not ctx.text[x:y].endswith(ref.name):
            continue
        stem = ref.name[: -len(head)]
        k = next((k for k in range(len(stem), _SHORTEST - 1, -1) if stem.endswith(_KINDS, 0, k)), None)
        if k is None or stem.endswith(LEGAL_FORMS, 0, k):
            continue  # (某有限公司实训基地: a company's site, kg.extract.site_bodies)
        at = y - len(ref.name)
        body = next((r for r in ctx.facts.entities if r.name == stem[:k]), None)
        if body is None:
            # (no span of its own: the site's name is the venue, no subject of a verb)
            body = EntityRef("Organization", stem[:k])
            ctx.facts.entity(body, body.name).evidence = ctx.evidence(at, at + k, CONFIDENCE["name"])
        info = ctx.facts.entities.get(ref)
        if stem[k:]:
            area = area_by_stem(ctx, ref.name[k:])
            if area is not None and ref not in located and (info is None or info.located_in is None):
                ev = ctx.evidence(at, y, CONFIDENCE["pattern"])
                ctx.facts.relations.append(RelationFact(ref, "locatedIn", area_ref(area), ev))
        elif body not in located:
            where = located.get(ref)
            if where is not None:
                ctx.facts.relations.append(RelationFact(body, "locatedIn", where.object, where.evidence))
            elif info is not None and info.located_in is not None:
                ev = ctx.evidence(at, y, CONFIDENCE["pattern"])
                ctx.facts.relations.append(RelationFact(body, "locatedIn", info.located_in, ev))
