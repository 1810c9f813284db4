"""Family *posts*: a workplace's unit that the name finder read as a body of its own, glued
right after its workplace's name (省人社厅|职业能力建设处|处长, 县人民医院|急诊科|主任), and a
union's committee named after it (某职工会妇女事务委员会|主任).

A provincial department's 处 or a hospital's 科 is no body of its own on the news
(``posts/workplace_unit_endings.tsv``): its head holds the office at the workplace, the role
the unit and the title (职业能力建设处处长), as ``kg.extract.units.held_unit`` reads the unit
when it is read inside the workplace's name.  ``kg.extract.offices`` asks here when the body
before a title is such a unit named bare.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.units import BODY_CLASSES, WORKPLACE_UNIT_ENDINGS
from kg.model.facts import EntityRef


def glued_workplace(ctx: ArticleContext, x: int, unit: EntityRef) -> tuple[int, EntityRef] | None:
    """The workplace whose name ends right where ``unit`` (read at ``x``) starts, when the
    unit's ending is one of that workplace's units' (厅: 处; 医院: 科, 部): where the
    workplace's name starts and the workplace.  None otherwise."""
    if unit.cls != "Organization":
        return None
    for b, y in ctx.ref_at.by_end.get(x, ()):
        parent = ctx.ref_at[(b, y)]
        if parent.cls not in BODY_CLASSES or parent == unit:
            continue
        if any(
            parent.name.endswith(body) and unit.name.endswith(ends) and len(unit.name) > max(map(len, ends))
            for body, ends in WORKPLACE_UNIT_ENDINGS.items()
        ):
            return b, parent
    return None


def committee_heads(ctx: ArticleContext) -> None:
    """某职工会妇女事务委员会|主任: a committee named after a union the article names (a Hong
    Kong or Macau union's 妇女事务委员会, 青年事务委员会), as a union's own committees are, is
    elected with the union: its head holds an office of the union, the role the committee and
    the title (妇女事务委员会主任), whichever family read the office.  So is an affairs committee
    named bare (常务理事兼妇女事务委员会主任X) whose head holds offices at one union of the article only."""
    unions = sorted((ref for ref in ctx.facts.entities if ref.cls == "TradeUnion"), key=lambda u: -len(u.name))
    held: dict[EntityRef, set[EntityRef]] = {}
    for rel in ctx.facts.relations:
        if rel.pred == "post" and rel.object.cls == "TradeUnion":
            held.setdefault(rel.subject, set()).add(rel.object)
    for rel in ctx.facts.relations:
        if (
            rel.pred != "post"
            or not rel.role
            or rel.object.cls != "Organization"
            or not rel.object.name.endswith(COMMITTEE)
        ):
            continue
        union = next((u for u in unions if rel.object.name.startswith(u.name)), None)
        committee = rel.object.name.removeprefix(union.name) if union is not None else rel.object.name
        if union is None and len(held.get(rel.subject, ())) == 1 and committee.endswith(AFFAIRS_COMMITTEE):
            union = next(iter(held[rel.subject]))  # (named bare: the union of its head's other offices)
        if union is None or len(committee) < _COMMITTEE_NAME or rel.role.startswith(committee):
            continue
        rel.object, rel.role = union, committee + rel.role
        rel.role_written = ctx.written_before(rel.role, rel.evidence.end) if rel.role_written else None


COMMITTEE = "委员会"
# a committee's name after the union's: a field and 委员会 (妇女事务委员会; not 委员会 alone)
_COMMITTEE_NAME = len(COMMITTEE) + 2
# a committee of a Hong Kong or Macau union's affairs (妇女事务委员会, 青年事务委员会): named
# bare, it is no other body's (a party's or a residents' committee is named otherwise)
AFFAIRS_COMMITTEE = "事务委员会"
