"""One who chairs an act organises it (a body) or takes part in it (a person): 在仲裁委的主持下，
雨花区总工会联合…组织双方进行调解, 由区总工会主持，A公司与公司工会开展工资集体协商.  The clause
在A的主持下 / 由A主持， opens the act's sentence before the act's name and ends on A; the act's
own subject still organises it (kg.extract.event_details reads it), so A is added beside it.
A body inside a chairing person's title (在区总工会副主席X的主持下) is X's, not the chair.

Runs once the events are merged (``ctx.facts.events``) and the bodies and people are known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import CHAIRING_WORDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_CHAIRS = alternation_of(CHAIRING_WORDS)
# 在A的主持下 / 由A主持， (the clause ends there: not 由A主持的Y, another act's)
_CHAIRED = re.compile(
    f"在([^，,。；;！？!?\\n]{{2,40}}?)的(?:{_CHAIRS})下|由([^，,。；;！？!?\\n]{{2,40}}?)(?:{_CHAIRS})[，,]"
)


def chaired_acts(ctx: ArticleContext) -> None:
    """The body (or person) ending a clause 在A的主持下 / 由A主持， organises (takes part in)
    the act named first after it in its sentence."""
    text = ctx.text
    if not any(w in text for w in CHAIRING_WORDS) or not ctx.facts.events:
        return
    named: list[tuple[int, object]] | None = None
    for m in _CHAIRED.finditer(text):
        g = 1 if m.group(1) is not None else 2
        a, b = m.start(g), m.end(g)
        _, sb = ctx.sentence_of(m.start())
        named = named if named is not None else mentions(ctx, ctx.facts.events)
        after = [e for at, e in named if m.end() <= at < sb]
        if not after:
            continue
        event = after[0]
        bodies = [t for t in ctx.bodies_in(a, b) if t[1] == b]
        people = [p for p in ctx.mentions_in("PERSON", a, b) if p.end_char == b]
        if bodies:
            x, y, r = bodies[-1]
            if all(q != r for q, _ in event.organizers):
                event.organizers.append((r, ctx.evidence(x, y, CONFIDENCE["pattern"])))
        elif people:
            ref = EntityRef("Person", people[-1].text)
            if all(q != ref for q, _ in event.participants):
                event.participants.append((ref, ctx.evidence(people[-1].start_char, b, CONFIDENCE["context"])))
