"""Where an event is held when its venue is a room of a union or a site named by its area
(called by ``kg.extract.event_places`` and ``kg.extract.minutes_header``):

- 在县总工会五楼会议室举行: a room (its floor or unit, a room's head) of the union named right
  before it is on the union's premises: the union is where it is held (a union alone, 在市总工会
  召开, still names the host, no venue);
- 地点：X市Y区Z街道W路V广场 (a particulars line: an address, then the venue): the venue lies in
  the town its address names, which is where the event is held too (in a sentence, a named
  venue is the place alone: 在洞井街道洞井职工之家举办).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.lexicon import alternation_of
from kg.model.facts import EventFact
from kg.nlp.venues import ROOM_HEADS

# a room of the body named before it: its floor, number or unit (五楼, 机关), and a room's head
_TOWNSHIP = "township"  # the level of a town (镇, 乡, 街道) in the registry
_ROOM = re.compile(f"[\u4e00-\u9fff\\d]{{0,4}}?(?:{alternation_of(ROOM_HEADS)})")


def union_room(ctx: ArticleContext, fact: EventFact, at: int, end: int) -> bool:
    """Puts the event at the union named at ``at`` when the words up to ``end`` (the verb
    of holding) are a room of it (县总工会五楼会议室, 市总工会机关会议室); whether it did."""
    unions = [(y, ref) for x, y in ctx.ref_at.by_start.get(at, ()) if (ref := ctx.ref_at[(x, y)]).cls == "TradeUnion"]
    for y, ref in sorted(unions, key=lambda t: -t[0])[:1]:
        if _ROOM.fullmatch(ctx.text, y, end):
            fact.locations.append((ref, ctx.evidence(at, end, CONFIDENCE["context"])))
            return True
    return False


def area_of_venue(ctx: ArticleContext, fact: EventFact, at: int, y: int) -> None:
    """Adds to the event's places the township the name of its venue (``[at, y)``) opens with,
    its lowest area (罗坳镇沿河绿道: 罗坳镇), not the whole name (an area read as the venue's
    name).  A district's or a village's venue is the place alone (芦淞区职工服务中心,
    罗家坪村文化广场): a town's site is told by the town it lies in."""
    spans = ctx.area_at.by_start.get(at)
    if not spans:
        return
    x, b = max(spans)
    while (lower := ctx.area_at.by_start.get(b)) and max(lower)[1] < y:
        x, b = max(lower)
    if b < y and getattr(area := ctx.area_at[(x, b)], "level", None) == _TOWNSHIP:
        fact.locations.append((area_ref(area), ctx.evidence(x, b, CONFIDENCE["context"])))
