"""Where an event is held when its venue is named by its address (called by
``kg.extract.minutes_header``):

- 地点：X市Y区Z街道W路V广场 (a particulars line: an address, then the venue): the venue lies in
  the town its address names, which is where the event is held too (in a sentence, a named
  venue is the place alone: 在洞井街道洞井职工之家举办).
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.model.facts import EventFact

_TOWNSHIP = "township"  # the level of a town (镇, 乡, 街道) in the registry


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
