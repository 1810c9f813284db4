"""Family *posts*, a body's holder named in brackets after it: BODY（TITLE NAME）
(桑珠孜区总工会经审会（主任某某）推行…, 某公司工会（主席某某）).

A report naming the bodies it praises gives the head of each in brackets right after the
body's name, the title before the name: that person holds the title at the body.  A union's
committee named after its union (某县总工会经审会) is the union's: its head holds, at the
union, the office written with the committee (经审会主任, in full 经费审查委员会主任 by
kg.extract.union_committees).  The bracket must hold only the title and the name.
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import BODY_CLASSES, role_at
from kg.extract.wordlists import UNION_COMMITTEES
from kg.model.facts import EntityRef, RelationFact

_OPEN = "（("
_CLOSE = "）)"
# how far before the name its title may open
_LONGEST_TITLE = 8


def bracket_holders(ctx: ArticleContext) -> None:
    """Each BODY（TITLE NAME）: the title's office at the body (a union's committee's at the union)."""
    text = ctx.text
    for p in ctx.mentions_of("PERSON"):
        if not text[p.end_char : p.end_char + 1] or text[p.end_char] not in _CLOSE:
            continue
        before = ctx.mentions_in("TITLE", max(0, p.start_char - _LONGEST_TITLE), p.start_char)
        t = next((t for t in before if t.end_char == p.start_char), None)
        if t is None or text[t.start_char - 1 : t.start_char] not in _OPEN or t.start_char < 2:
            continue
        found = _body_before(ctx, t.start_char - 1)
        if found is None:
            continue
        body, committee = found
        at, role = role_at(body, committee + t.text)
        ev = ctx.evidence(t.start_char - 1, p.end_char + 1, CONFIDENCE["pattern"])
        ctx.facts.relations.append(RelationFact(EntityRef("Person", p.text), "post", at, ev, role=role))


def _body_before(ctx: ArticleContext, end: int) -> tuple[EntityRef, str] | None:
    """The body whose name ends at ``end`` and the committee word to write in the role: a
    union's committee named after the union is the union's, the committee in the role."""
    text = ctx.text
    for w in UNION_COMMITTEES:
        if text.endswith(w, 0, end):
            union = _ending(ctx, end - len(w), ("TradeUnion",))
            if union is not None:
                return union, w
    body = _ending(ctx, end, BODY_CLASSES)
    return (body, "") if body is not None else None


def _ending(ctx: ArticleContext, end: int, classes: tuple[str, ...]) -> EntityRef | None:
    spans = sorted(ctx.ref_at.by_end.get(end, ()), key=lambda s: s[0])
    return next((ctx.ref_at[s] for s in spans if ctx.ref_at[s].cls in classes), None)
