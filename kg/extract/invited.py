"""Family *participants*, continued: the bodies and people an organiser invites (X邀请了A和B
开展送医送药服务) take part in the event.

Runs with the other participants' steps, once the events are merged (``ctx.facts.events``)
and the bodies and people are known.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import INVITE_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# X邀请了A和B开展…: the bodies invited, up to the clause's end
_INVITED = re.compile(f"(?:{alternation_of(INVITE_VERBS)})了?([^，,。；;！？!?]{{2,60}})")


def invited(ctx: ArticleContext) -> None:
    """X邀请了A和B开展送医送药服务: the bodies invited take part in the main event; so do
    the people invited (邀请X医院主治医师A开展讲座: the doctor gives the talk)."""
    main = ctx.main_event()
    if main is None:
        return
    mentioned = mentions(ctx, ctx.facts.events)
    starts = [a for a, _ in mentioned]
    for m in _INVITED.finditer(ctx.text):
        # (同日下午，X培训班开班。…特邀Y授课: the event its paragraph named last, else the main one)
        k = bisect.bisect_right(starts, m.start())
        target = main
        if k and "\n" not in ctx.text[starts[k - 1] : m.start()]:
            target = mentioned[k - 1][1]
        known = {r for r, _ in target.participants}
        people = [
            (p.start_char, p.end_char, EntityRef("Person", p.text))
            for p in ctx.mentions_in("PERSON", m.start(1), m.end(1))
        ]
        for x, y, r in sorted([*ctx.bodies_in(m.start(1), m.end(1)), *people], key=lambda t: t[0]):
            if r not in known:
                target.participants.append((r, ctx.evidence(x, y, CONFIDENCE["context"])))
                known.add(r)
