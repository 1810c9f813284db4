"""One under whose lead an event is held takes part in it: 在女职工委员会主任A牵头下，…组织…查体,
在区总工会主席A的带领下，…开展慰问.  The clause 在…下 opens the event's sentence (before the
event's name) and ends on a person's name (perhaps with 的): that person leads the event.
A body there organises it instead (``kg.extract.event_details`` reads 在X的组织下).

Runs once the events are merged (``ctx.facts.events``) and the people are known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import LEADING_VERBS, UNDER_WORDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 在…(的)牵头下, 在…(的)带领下: the clause, up to the word of leading and 下
_LED_UNDER = re.compile(f"在([^，,。；;！？!?\\n]{{2,40}}?)的?(?:{alternation_of((*UNDER_WORDS, *LEADING_VERBS))})下")


def led_under(ctx: ArticleContext) -> None:
    """The person ending a clause 在…下 before an event's name, in its sentence, takes part."""
    text = ctx.text
    if "下" not in text:
        return
    for m in _LED_UNDER.finditer(text):
        people = [p for p in ctx.mentions_in("PERSON", m.start(1), m.end(1)) if p.end_char == m.end(1)]
        if not people:
            continue
        _, sb = ctx.sentence_of(m.start())
        after = [e for e in ctx.facts.events if m.end() <= e.evidence.start < sb]
        if not after:
            continue
        event = min(after, key=lambda e: e.evidence.start)
        ref = EntityRef("Person", people[0].text)
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(people[0].start_char, m.end(), CONFIDENCE["context"])))
