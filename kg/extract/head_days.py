"""Family *dates*, continued: an event dated by another named by its head.

座谈会前召开的X理事会会议 / 座谈会后，…: a sentence that opens with an event's head and a
word of before or after it happens on that event's day. Read by ``kg.extract.occasion_dates`` for each
event without a date of its own.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import NAMED_EVENT_HEADS
from kg.model.facts import EventFact

# 座谈会前召开的X, 座谈会后，: an event's head (of two characters or more), then before or after it
_HEAD_BEFORE_AFTER = re.compile(f"({NAMED_EVENT_HEADS})(?:结束)?(?:之)?[前后]")


def named_by_head(ctx: ArticleContext, f: EventFact, sa: int) -> EventFact | None:
    """座谈会前召开的X理事会会议: a sentence opening with an event's head before or after it
    tells of the day of the event named so before, dated by its day."""
    m = _HEAD_BEFORE_AFTER.match(ctx.text, sa)
    if m is None:
        return None
    named = [
        e
        for e in ctx.facts.events
        if e is not f and e.date is not None and e.date[1] != "gYearMonth" and e.evidence.start < sa
    ]
    named = [e for e in named if e.ref.name.endswith(m.group(1))]
    return max(named, key=lambda e: e.evidence.start, default=None)
