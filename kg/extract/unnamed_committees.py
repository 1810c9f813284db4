"""Family *bodies*, a party committee the text never names: 中共云南省委组织部 cited in a rule
(根据中共云南省委组织部有关规定) is a department, an Organization; its committee (中共云南省委员会)
is one of the article only when the text names it (省委, 中共云南省委) or an office at it
(省委书记, 市委常委) — a department is no evidence its committee is written about.

``kg.extract.gov_bodies`` gives a department its committee as parent when it reads it (a post
at the committee read later needs it); this last step drops a committee nothing but its
departments refer to, and the departments' link to it.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.model.facts import EntityRef

# what a party committee's canonical name opens and ends with (中共<area>委员会)
PARTY, COMMITTEE_NAME = "中共", "委员会"


def unnamed_committees(ctx: ArticleContext) -> None:
    """Drop each party committee only its departments refer to (never mentioned, in no
    relation, event, award or credit), with the departments' link to it."""
    facts = ctx.facts
    parents = {info.parent for info in facts.entities.values() if info.parent is not None}
    candidates = {
        ref
        for ref in parents
        if ref.cls == "Organization"
        and ref.name.startswith(PARTY)
        and ref.name.endswith(COMMITTEE_NAME)
        and ref in facts.entities
        and facts.entities[ref].mentions == 0
    }
    if not candidates:
        return
    candidates -= _referred(ctx)
    for ref in candidates:
        del facts.entities[ref]
    for info in facts.entities.values():
        if info.parent in candidates:
            info.parent = None


def _referred(ctx: ArticleContext) -> set[EntityRef]:
    """Every entity a fact of the article other than a parent link refers to."""
    facts = ctx.facts
    found: set[EntityRef] = {r.subject for r in facts.relations} | {r.object for r in facts.relations}
    for ev in facts.events:
        for refs in (ev.organizers, ev.participants, ev.locations):
            found.update(ref for ref, _ in refs)
    found.update(ref for ref, _honour, _ in facts.awards)
    found.update(facts.reporters, facts.photographers)
    found.update(info.located_in for info in facts.entities.values() if info.located_in is not None)
    found.update(ctx.ref_at.values())
    return found
