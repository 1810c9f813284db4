"""Family *events*, continued: an event held where another was.

启动仪式后，X成立大会在同一会场召开: a venue named by a word of the one told before
(``events/same_venue_words.txt``: 同一会场, 原会场) is the venue of the event named last before
it that has one.  Runs once the events are merged and placed (``ctx.facts.events``).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import SAME_VENUE_WORDS, VENUE_VERBS
from kg.lexicon import alternation_of

# 在同一会场召开, 在原会场举行: the word after 在, then a verb of holding
_SAME_VENUE = re.compile(f"在({alternation_of(SAME_VENUE_WORDS)})(?:内|里)?(?:{alternation_of(VENUE_VERBS)})")


def same_venues(ctx: ArticleContext) -> None:
    """An event with no venue of its own whose sentence holds it 在同一会场 is held at the
    venue of the event named last before it with one."""
    placed = []
    for e in sorted(ctx.facts.events, key=lambda e: e.evidence.start):
        if not e.locations:
            sa, sb = ctx.sentence_of(e.evidence.start)
            m = _SAME_VENUE.search(ctx.text, sa, sb)
            if m is not None and placed:
                ev = ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"])
                e.locations = [(r, ev) for r, _ in placed[-1].locations]
        if e.locations:
            placed.append(e)
