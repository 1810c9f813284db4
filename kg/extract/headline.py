"""Family *headline*: the headline's event is the event the body reports in full.

Runs right after ``kg.extract.events.merge_events`` (needs ``ctx.facts.events``) and
before the families that add to the main event, so that they add to the merged one.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import GENERIC_EVENT_HEADS


def merge_headline(ctx: ArticleContext) -> None:
    """The headline names the event the body reports: 义务植树 is the …植树系列活动 below."""
    events = ctx.facts.events
    top = len(ctx.article.headline or "")
    heads = ctx.lex.event_heads
    out = list(events)
    for h in [e for e in events if e.evidence.start < top]:
        word = next((w for w in heads if h.ref.name.endswith(w) and w not in GENERIC_EVENT_HEADS), None)
        if word is None:
            continue
        body = next((b for b in out if b is not h and b.evidence.start >= top and word in b.ref.name), None)
        if body is None:
            continue
        body.aliases.add(h.ref.name)
        body.aliases |= h.aliases
        for attr in ("organizers", "participants", "locations"):
            if not getattr(body, attr):
                getattr(body, attr).extend(getattr(h, attr))
        body.date = body.date or h.date
        body.count = body.count or h.count
        out.remove(h)
    ctx.facts.events = out
