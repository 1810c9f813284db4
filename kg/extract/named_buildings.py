"""A building named only inside a body's name, then by its head alone: 北城某某大厦楼宇工会联合会
成立大会在大厦18楼多功能厅召开 — the 大厦 of the room is the building whose name opens the
federation's (a building's union is named after the building), so the event is held there.

Called by ``kg.extract.event_places`` when a room's venue, named before by its head alone
(在中心四楼会议室召开), is no place the text read as one.
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.lexicon import lexicon
from kg.model.facts import EntityRef, EventFact

# the shortest name of a building before its head (某某大厦: two characters and the head)
_MIN_NAME = 4


def building_in_name(ctx: ArticleContext, room: str, a: int, b: int) -> EntityRef | None:
    """The building whose head (a venue's, 大厦) opens ``room`` (大厦18楼多功能厅) and whose
    name opens the name of a body named in ``[a, b)`` and goes on after it (某某大厦楼宇工会
    联合会), the last such; made a place, mentioned where the body's name holds it; None
    when there is none."""
    heads = [h for h in lexicon().venue_suffixes if room.startswith(h)]
    if not heads:
        return None
    head = max(heads, key=len)
    for x, y in reversed(ctx.ref_at.starting_in(a, b)):
        ref = ctx.ref_at[(x, y)]
        k = ctx.text.find(head, x, y)
        if y > b or ref.cls not in ("TradeUnion", "Organization") or k < 0:
            continue
        end = k + len(head)
        if end - x < _MIN_NAME or end >= y:
            continue
        while nxt := [z for _w, z in ctx.area_at.by_start.get(x, ()) if z < k and _written_full(ctx, x, z)]:
            x = max(nxt)  # (西安经济技术开发区创汇国际大厦: the building's name after its areas;
            # an area's short form opens the name itself: 东川物流园区)
        place = EntityRef("Place", ctx.text[x:end])
        ctx.add(place, None, (x, end), CONFIDENCE["context"])
        return place
    return None


def _written_full(ctx: ArticleContext, x: int, z: int) -> bool:
    """Is the area read at ``[x, z)`` written in full (西安经济技术开发区, 某某县), not by its
    short form (东川), which opens a place's own name as a trade name's?"""
    return ctx.area_kind.get((x, z)) != "short"


def rooms_of_named_buildings(ctx: ArticleContext, fact: EventFact, a: int) -> None:
    """A venue read as a place of its own whose name opens with a building's head alone
    (大厦12楼会议厅): a room of the building a body named in the sentence from ``a`` is
    named after; the building, put first, is where the event is held."""
    for i, (ref, ev) in enumerate(fact.locations):
        if ref.cls != "Place" or not ref.name.startswith(lexicon().venue_suffixes):
            continue
        building = building_in_name(ctx, ref.name, a, ev.start)
        if building is not None and all(r != building for r, _ in fact.locations):
            fact.locations.insert(i, (building, ctx.evidence(ev.start, ev.end, CONFIDENCE["context"])))
        return
