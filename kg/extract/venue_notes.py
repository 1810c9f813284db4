"""Family *events*, continued: a note on where the venue lies places the event.

A venue that is no named place (在项目部二楼会议室举行, 在指挥部会议室召开) may be followed by a
note in brackets saying where the body or site it belongs to lies: （项目部驻某区某街道）,
（指挥部位于某镇）.  The note opens with the venue's first words, then a verb of lying
(``events/lying_verbs.txt``) and the areas: the event is held in those areas.  Read only for
an event with no place of its own, named last before the venue in the venue's clause.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import VENUE_VERBS
from kg.lexicon import alternation_of, words

# 在V举行（H驻A）: the venue, the verb of holding, the note's head and its verb of lying
_NOTE = re.compile(
    f"在(?P<venue>[^，,。；;！？!?\\s（(]{{2,20}}?)(?:{alternation_of(VENUE_VERBS)})"
    f"[（(](?P<head>[^，,。；;！？!?\\s（()）]{{2,10}}?)(?:{alternation_of(words('events/lying_verbs.txt'))})"
    "(?P<areas>[^（()）\\n]{2,30})[）)]"
)

_CLAUSE_BREAK = re.compile("[，,；;。！？!?]")


def venue_notes(ctx: ArticleContext) -> None:
    """An event without a place, whose venue is followed by a note placing the venue's head
    (在项目部会议室举行（项目部驻X街道）): held in the areas the note names."""
    text = ctx.text
    if "（" not in text and "(" not in text:
        return
    told = mentions(ctx, ctx.facts.events)
    for m in _NOTE.finditer(text):
        if not m.group("venue").startswith(m.group("head")):
            continue  # (the note must be the venue's)
        sa, _ = ctx.sentence_of(m.start())
        # (the event named last before the venue in its clause: X竞赛在V举行（…）)
        named = [e for a, e in told if sa <= a < m.start() and not _CLAUSE_BREAK.search(text, a, m.start())]
        if not named or named[-1].locations:
            continue
        areas = [
            (x, y, r)
            for x, y in ctx.ref_at.starting_in(m.start("areas"), m.end("areas"))
            if y <= m.end("areas") and (r := ctx.ref_at[(x, y)]).cls == "AdministrativeArea"
        ]
        for x, y, r in areas[-1:]:  # (某区某街道: the smallest, last)
            named[-1].locations.append((r, ctx.evidence(x, y, CONFIDENCE["pattern"])))
