"""Family *events*: X与Y交流工作, a meeting of two bodies, both taking part.

Kept apart from kg.extract.events, which reads the events named by their own words: a
meeting is read from the two bodies' names and the verb after them.  What it reads goes
to ``ctx.candidate_events`` too, for ``kg.extract.event_merge.merge_events``.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import MEETING_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# X与Y交流…: what the two bodies do together
_MEETING = re.compile(f"(?:{alternation_of(MEETING_VERBS)})[\u4e00-\u9fff]{{0,4}}")


def read_meetings(ctx: ArticleContext) -> None:
    """X与Y交流工作: a meeting of two bodies, both taking part."""
    text = ctx.text
    bodies = sorted(((x, y, r) for (x, y), r in ctx.ref_at.items() if r.cls in ("TradeUnion", "Organization")))
    for x1, y1, r1 in bodies:
        if not text.startswith(("与", "和", "同"), y1):
            continue
        for x2, y2 in sorted(ctx.ref_at.by_start.get(y1 + 1, ())):
            r2 = ctx.ref_at[(x2, y2)]
            if r2.cls not in ("TradeUnion", "Organization"):
                continue
            m = _MEETING.match(text, y2)
            if not m:
                continue
            end = m.end()
            name = text[x1:end]
            ev = ctx.evidence(x1, end, CONFIDENCE["pattern"])
            fact = EventFact(EntityRef("Event", name), name, ev)
            fact.participants += [(r1, ev), (r2, ev)]
            ctx.candidate_events.append((fact, False))
