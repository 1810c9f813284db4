"""Family *participants*: who takes part in, and who organises, the article's events.

Runs once the events are merged (``ctx.facts.events``, the first the main event) and
the bodies and people are known: these sentences name people and bodies apart from
the event's own sentence (会上，张三讲话 / 本次竞赛由X主办).
"""

from __future__ import annotations

import bisect
import itertools
import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import (
    ATTEND_VERBS,
    HOSTED_AFTER_VERBS,
    ORGANISED_BY_VERBS,
    SAME_OCCASION,
    THIS_EVENT_WORDS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# …，Z承办 after the organisers of an event
_HOSTS_AFTER = re.compile(f"[，,]([^。；，,]{{2,40}}?)(?:{alternation_of(HOSTED_AFTER_VERBS)})")
# 本次竞赛由X主办: organisers named apart (not the subject of the verb)
_ORGANISED_BY = re.compile(f"由([^。；]{{2,80}}?)(?:联合|共同)?(?:{alternation_of(ORGANISED_BY_VERBS)})")
# words before 由X主办 that say it is about the main event, even where another event is named
_MAIN_EVENT_RE = re.compile(f"({alternation_of((*THIS_EVENT_WORDS, '该'))})")


def attendance(ctx: ArticleContext) -> None:
    """Named people who attend, speak or sign (出席, 讲话, 代表…签订) take part in the event
    last named before them, or in the main event."""
    events = ctx.facts.events
    if not events:
        return
    main = ctx.main_event()
    # the event last in the list among those named before an offset: by start, with the
    # greatest place in the list of those starting at or before each
    order = sorted(range(len(events)), key=lambda i: events[i].evidence.start)
    starts = [events[i].evidence.start for i in order]
    latest = list(itertools.accumulate(order, max))
    for p in ctx.mentions_of("PERSON"):
        _, sb = ctx.sentence_of(p.start_char)
        window = ctx.text[p.end_char : min(sb, p.end_char + 12)]
        if not any(v in window for v in ATTEND_VERBS):
            continue
        k = bisect.bisect_right(starts, p.start_char)
        target = events[latest[k - 1]] if k else None
        sa, _ = ctx.sentence_of(p.start_char)
        if target is None or (ctx.opens_with(sa, SAME_OCCASION) and target.evidence.start < sa):
            target = target if target is not None and target.evidence.start >= sa else main
        target = target or main
        ref = EntityRef("Person", p.text)
        target.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))


def sponsors(ctx: ArticleContext) -> None:
    """本次竞赛由X、Y联合主办，Z承办: the organisers of the main event, stated apart."""
    main = ctx.main_event()
    if main is None:
        return
    for m in _ORGANISED_BY.finditer(ctx.text):
        sa, _ = ctx.sentence_of(m.start())
        own = ctx.mentions_in("EVENT", sa, m.start())
        if own and not _MAIN_EVENT_RE.search(ctx.text, sa, m.start()):
            continue
        known = {r for r, _ in main.organizers}
        for x, _y, r in ctx.bodies_in(m.start(1), m.end()):
            if r not in known:
                main.organizers.append((r, ctx.evidence(x, m.end(), CONFIDENCE["pattern"])))
                known.add(r)
        # …，Z承办 right after
        rest = _HOSTS_AFTER.match(ctx.text, m.end())
        if rest:
            for x, _y, r in ctx.bodies_in(rest.start(1), rest.end(1)):
                if r not in known:
                    main.organizers.append((r, ctx.evidence(x, rest.end(), CONFIDENCE["pattern"])))
                    known.add(r)
