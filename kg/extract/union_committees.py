"""A union named by its committee (某某有限公司工会委员会) is the union (某某有限公司工会).

A workplace union signs its papers, heads its minutes and is elected as its 工会委员会; the
same page names it 某某工会 elsewhere, and a reader takes both for one body.  The union's
name is the shorter one (the committee is how the union is constituted, not a body under
it, as its 女职工委员会 or 经费审查委员会 is): each union named with the committee's word is
read as the union, the committee's name its alias.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import UNION_COMMITTEES
from kg.lexicon import table, words
from kg.model.facts import EntityRef

# what a company's page calls it (公司, 集团): a committee written after it is its union's
ORG_HEADS = tuple(words("bodies/org_heads.txt"))
COMMITTEE = "委员会"
SHORT_FORMS = tuple((row[0], row[1]) for row in table("unions/committee_short_forms.tsv"))
OLDER_NAMES = frozenset(row[0] for row in table("unions/committee_short_forms.tsv") if row[2:] == ["older"])
UNION = "工会"
# a union's own committees (经费审查委员会, 女职工委员会), not the union's whole committee
COMMITTEES = tuple(
    c
    for c in UNION_COMMITTEES
    if c.endswith(("委员会", "委", "会")) and c != UNION + COMMITTEE and not c.endswith("大会")
)
# the endings of a union or a federation named by its whole committee
_WHOLE_COMMITTEES = (UNION + COMMITTEE, UNION + "联合会" + COMMITTEE)
_MIN_HOST = 2  # 工会委员会 alone (或 县工会委员会 unread) names no body to rename


def union_committees(ctx: ArticleContext) -> None:
    """Read each union named X工会委员会 as X工会 (merged into it when the page names it too)."""
    merged: dict[EntityRef, EntityRef] = {}
    for ref, info in list(ctx.facts.entities.items()):
        if ref.cls != "TradeUnion" or not ref.name.endswith(_WHOLE_COMMITTEES):
            continue  # (某镇工会联合会委员会: a federation's too)
        name = ref.name[: -len(COMMITTEE)]
        if len(name) - len(UNION) < _MIN_HOST:
            continue
        union = replace(ref, name=name)
        if union not in ctx.facts.entities:
            made = ctx.facts.entity(union, mention=False)
            made.located_in, made.parent, made.evidence = info.located_in, info.parent, info.evidence
        merged[ref] = union
    if not merged:
        return
    ctx.merge(merged)
    for rel in ctx.facts.relations:
        rel.subject = merged.get(rel.subject, rel.subject)
        rel.object = merged.get(rel.object, rel.object)


def committee_units(ctx: ArticleContext) -> None:
    """市总工会经费审查委员会办公室: a unit (办公室) of a union's committee names the committee
    too, a body under the union (as 市总工会经费审查委员会 written alone is); the unit is the
    committee's."""
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls != "Organization" or ctx.facts.entities.get(ref) is None:
            continue
        for committee in COMMITTEES:
            k = ref.name.find(committee)
            union = EntityRef("TradeUnion", ref.name[:k]) if k > len(UNION) else None
            if k == 0 and ref.name != committee:
                # 县总工会内设办公室、…、经费审查委员会办公室: a unit of a committee written bare,
                # the committee of the union named before (as a bare committee is: kg.extract.bodies)
                union = ctx.union_before(x)
            tail = ref.name[k + len(committee) :] if union is not None else ""
            if union is None or not tail or union not in ctx.facts.entities or y - x <= len(tail):
                continue
            body = EntityRef("Organization", (union.name if k == 0 else "") + ref.name[: k + len(committee)])
            info = ctx.add(body, ctx.text[x : y - len(tail)], (x, y - len(tail)), CONFIDENCE["pattern"])
            info.parent = info.parent or union
            ctx.facts.entities[ref].parent = body
            break


def headed_committee(name: str, union: EntityRef | None) -> str:
    """公司女职工委员会, 集团经费审查委员会: a union's committee written after the type word of
    the workplace (公司, 集团) is the committee of that workplace's union, the union named
    before it: its bare name (read with that union); any other name as it is, and so is the
    name when the union before is no such workplace's (an area's 县总工会)."""
    head = next((h for h in ORG_HEADS if name.startswith(h) and name[len(h) :] in COMMITTEES), "")
    if union is None or head not in union.name:
        return name
    return name[len(head) :]


def committee_short_forms(ctx: ArticleContext) -> None:
    """某公司工会经审会 … 某公司工会经费审查委员会: a union's committee named by its short name
    and by its full one is one committee, under the full name; named by a clipped short name
    alone after a union the page names (某公司工会经审委员会), it is still that committee, under its
    full name (an older full name, 女工委员会, stays as written)."""
    merged: dict[EntityRef, EntityRef] = {}
    bodies = {ref.name: ref for ref in ctx.facts.entities if ref.cls in ("Organization", "TradeUnion")}
    for name, ref in list(bodies.items()):
        short, full = next(((x, y) for x, y in SHORT_FORMS if name.endswith(x) and len(name) > len(x)), ("", ""))
        host = name[: -len(short)] if short else ""
        union = EntityRef("TradeUnion", host)
        if short in OLDER_NAMES or host + full in bodies or union not in ctx.facts.entities:
            continue
        bodies[host + full] = EntityRef("Organization", host + full)
        made, info = ctx.facts.entity(bodies[host + full], mention=False), ctx.facts.entities[ref]
        made.located_in, made.evidence, made.parent = info.located_in, info.evidence, info.parent or union
    for name, ref in bodies.items():
        for short, full in SHORT_FORMS:
            if name.endswith(short) and len(name) > len(short):
                long = bodies.get(name[: -len(short)] + full)
                if long is not None and long != ref:
                    merged[ref] = long
                break
    if merged:
        ctx.merge(merged)


def full_committee_role(role: str) -> str:
    """经审会主任 → 经费审查委员会主任: a union committee's clipped short form opening a role
    at the union, written in full (as the gold conventions and most pages write it); an older
    full name (女工委员会) stays as written: only the clipped forms are short."""
    shorts = [x for x in SHORT_FORMS if role.startswith(x[0]) and len(role) > len(x[0])]
    short = max(shorts, key=lambda x: len(x[0]), default=None)
    if short is None or short[0].endswith(COMMITTEE):
        return role
    return short[1] + role[len(short[0]) :]


def full_committee_roles(ctx: ArticleContext) -> None:
    """Every office at a union whose role opens with a committee's clipped short form, in full,
    whichever family read it (a title chain, a vote, a ledger's 负责人 cell); an office read
    twice, once in each form, is kept once."""
    seen: set[tuple[EntityRef, EntityRef, str]] = set()
    kept = []
    for rel in ctx.facts.relations:
        if rel.pred == "post" and rel.role and rel.object.cls == "TradeUnion":
            rel.role = full_committee_role(rel.role)
            key = (rel.subject, rel.object, rel.role)
            if key in seen:
                continue
            seen.add(key)
        kept.append(rel)
    ctx.facts.relations[:] = kept
