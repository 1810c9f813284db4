"""Family *participants*, continued: the people a meeting elects take part in it.

Runs with the other participants' steps, once the events are merged (``ctx.facts.events``)
and the people are known: 第一届委员会第一次会议选举A为主席 names those elected right after
the meeting, or 大会补选A为… names the article's meeting by its head alone (perhaps with the way it voted:
会议以无记名投票方式，补选A为…).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import ELECTING_VERBS, MEETING_HEADS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# …第一次会议选举A为主席，B、C为副主席: a verb of electing right after a meeting's name
# (or opening the clause after it: 其后理事会举行第一次会议，推选A为会长)
_ELECTS = re.compile(f"[，,]?[^，,。；;！？!?“”]{{0,12}}?(?:{alternation_of(ELECTING_VERBS)})(?:产生)?")
# ，大会补选A为…: a meeting's head alone opening a clause, then a verb of electing
# (会议以无记名投票方式，补选…, 会议还增补…: a way of voting or an adverb between)
_HEAD_ELECTS = re.compile(
    f"(?<=[，,。；;\n])({alternation_of(MEETING_HEADS)})"
    f"(?:(?:以|经|经过|通过)[^，,。；;！？!?“”]{{1,12}}?[，,]?|[还又也])?(?:{alternation_of(ELECTING_VERBS)})"
)
# where the offices of one vote end: the next ；, or the sentence's end
_VOTE_END = re.compile(r"[。；;！？!?\n]")


def elected(ctx: ArticleContext) -> None:
    """第一届委员会第一次会议选举A为主席，B、C为副主席；经审会第一次会议选举D为主任: the
    people a meeting elects, up to the next ；, are its members and take part in it; so
    are those the main event, named by its head alone, elects (经投票，大会补选A为副主席)."""
    text = ctx.text
    main = ctx.main_event()
    for m in _HEAD_ELECTS.finditer(text):
        # (a chronicle's entries each name their meeting: the head names the one of its own
        # paragraph, else the article's main event)
        event = _meeting_before(ctx, m.group(1), m.start()) or main
        if event is None or m.group(1) not in event.ref.name:
            continue  # (大会 naming a 座谈会 again: no election of it)
        _voted_in(ctx, event, m.end(), CONFIDENCE["context"])
    for f, _ in ctx.candidate_events:
        target = next((e for e in ctx.facts.events if e is f or f.ref.name in (e.ref.name, *e.aliases)), None)
        m = _ELECTS.match(text, f.evidence.end)
        if target is None or m is None:
            continue
        _voted_in(ctx, target, m.end(), CONFIDENCE["pattern"])


def _meeting_before(ctx: ArticleContext, head: str, at: int) -> EventFact | None:
    """The last meeting named by ``head`` (大会) before ``at`` in the same paragraph."""
    start = ctx.text.rfind("\n", 0, at) + 1
    found = [f for f, _ in ctx.candidate_events if start <= f.evidence.start and f.evidence.end <= at]
    for f in sorted(found, key=lambda f: f.evidence.end, reverse=True):
        if head in f.ref.name:
            return next((e for e in ctx.facts.events if e is f or f.ref.name in (e.ref.name, *e.aliases)), None)
    return None


def _voted_in(ctx: ArticleContext, event: EventFact, start: int, confidence: float) -> None:
    """The people named from ``start`` to the vote's end (the next ；) take part in ``event``."""
    end = _VOTE_END.search(ctx.text, start)
    known = {r for r, _ in event.participants}
    for p in ctx.mentions_in("PERSON", start, end.start() if end else len(ctx.text)):
        ref = EntityRef("Person", p.text)
        if ref not in known:
            event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, confidence)))
            known.add(ref)
