"""Family *events*, continued: a note on where the venue lies places the event.

A venue that is no named place (在项目部二楼会议室举行, 在指挥部会议室召开) may be followed by a
note in brackets saying where the body or site it belongs to lies: （项目部驻某区某街道）,
（指挥部位于某镇）.  The note opens with the venue's first words, then a verb of lying
(``events/lying_verbs.txt``) and the areas: the event is held in those areas.  Read only for
an event with no place of its own, named last before the venue in the venue's clause.

A visit made in the company of local hosts (在A区总工会主席B陪同下，来到…施工现场) to a site
no place of the graph names is held in the area the hosts' titles name first
(``hosted_visits``): those who accompany a visiting party are of the place it goes to.
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
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
    starts = [a for a, _ in told]
    for m in _NOTE.finditer(text):
        if not m.group("venue").startswith(m.group("head")):
            continue  # (the note must be the venue's)
        sa, _ = ctx.sentence_of(m.start())
        # (the event named last before the venue in its clause: X竞赛在V举行（…）)
        k = bisect.bisect_left(starts, m.start())
        if not k or starts[k - 1] < sa or _CLAUSE_BREAK.search(text, starts[k - 1], m.start()):
            continue
        event = told[k - 1][1]
        if event.locations:
            continue
        areas = [
            (x, y, r)
            for x, y in ctx.ref_at.starting_in(m.start("areas"), m.end("areas"))
            if y <= m.end("areas") and (r := ctx.ref_at[(x, y)]).cls == "AdministrativeArea"
        ]
        for x, y, r in areas[-1:]:  # (某区某街道: the smallest, last)
            event.locations.append((r, ctx.evidence(x, y, CONFIDENCE["pattern"])))


# 在A、B陪同下 / 在A陪同下: the local hosts who accompany a visiting party (the clause's end)
_HOSTED = re.compile("在([^。；;！？!?\\n]{2,80}?)(?:的)?陪同下")


def hosted_visits(ctx: ArticleContext) -> None:
    """A visit made in the company of local hosts (X一行，在A区总工会主席B陪同下，来到…工地，为…
    送去…), its site no named place: held in the area the hosts' titles name first, the hosts
    being of the place the visit is made to."""
    text = ctx.text
    if "陪同下" not in text:
        return
    for e in ctx.facts.events:
        if e.locations:
            continue
        sa, _ = ctx.sentence_of(e.evidence.start)
        m = _HOSTED.search(text, sa, e.evidence.start)
        areas = ctx.areas_in(m.start(1), m.end(1)) if m is not None else []
        for x, y, area in areas[:1]:
            e.locations.append((area_ref(area), ctx.evidence(x, y, CONFIDENCE["context"])))
