"""The place named at a point of the text, and the place a sentence's scene is set in.

:func:`place_at` reads the longest place, area or organisation named at a position (and
the venue after an area: 在苏家坨镇凤凰岭劳模实践基地); :func:`read_scene_place` gives an
event the place a clause that says only where sets it in (5月12日上午，在X，Y接过…), and
:func:`scene_place` the place the sentence before sets for the one that sums up (至此，…);
:func:`place_named_before` the place the sentence before names for one held 在这里.

Kept apart from kg.extract.event_places, which reads where an event is held from its own
sentence; these are asked by it and by the readers of notices, minutes and headings.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import VENUE_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact
from kg.nlp.venues import ROOM_HEADS

# 在X中心直播间，: a room of the venue (its own short name, and a room's head), ending a clause
_ROOM_ENDING_CLAUSE = re.compile(f"[\u4e00-\u9fff\\d]{{0,4}}?(?:{alternation_of(ROOM_HEADS)})(?=[，,])")


def scene_place(ctx: ArticleContext, fact: EventFact, sa: int) -> bool:
    """至此，…全部兑付到位: the event the sentence at ``sa`` sums up is held where the sentence
    before sets its scene; whether it was."""
    pa, _ = ctx.sentence_of(max(0, sa - 1))
    return read_scene_place(ctx, fact, pa, sa)


def read_scene_place(ctx: ArticleContext, fact: EventFact, a: int, b: int) -> bool:
    """5月12日上午，在X，Y接过… / 9月20日晚，在X直播间，Y…: a clause of ``[a, b)`` that says
    only where, the place (perhaps with a room of it) the sentence is set in, is the event's;
    whether one was."""
    for m in re.finditer("在", ctx.text[a:b]):
        at = a + m.start()
        if at > a and ctx.text[at - 1] not in "，,":
            continue
        place = place_at(ctx, at + 1)
        if place is None:
            continue
        room = _ROOM_ENDING_CLAUSE.match(ctx.text, place[0])
        y = room.end() if room else place[0]
        if ctx.text[y : y + 1] in "，,":
            fact.locations.append((place[1], ctx.evidence(at + 1, place[0], CONFIDENCE["context"])))
            return True
    return False


def place_at(ctx: ArticleContext, at: int) -> tuple[int, EntityRef] | None:
    """The place named at ``at`` (its end and ref): the longest place, area or organisation
    starting there (a union is no venue: 在市总工会召开 names the host, not a place of the
    graph), and the venue after an area (在苏家坨镇凤凰岭劳模实践基地, after areas of
    several levels: 在堆龙区德庆镇顶嘎村)."""
    here = sorted(
        (
            (y, ref)
            for x, y in ctx.ref_at.by_start.get(at, ())
            if (ref := ctx.ref_at[(x, y)]).cls in ("Place", "AdministrativeArea", "Organization")
        ),
        key=lambda t: -t[0],
    )
    if not here:
        return None
    y, ref = here[0]
    while ref.cls == "AdministrativeArea":
        after = sorted(
            (
                (y2, r2)
                for x2, y2 in ctx.ref_at.by_start.get(y, ())
                if (r2 := ctx.ref_at[(x2, y2)]).cls in ("Place", "AdministrativeArea")
            ),
            key=lambda t: (t[1].cls == "Place", t[0]),
        )
        if not after:
            break
        y, ref = after[-1]
    return y, ref


# 在这里举行, 在此召开: the place is one the text has just named
_HERE = re.compile(f"在(?:这里|此|这儿)(?:{alternation_of(VENUE_VERBS)})")


def place_named_before(ctx: ArticleContext, fact: EventFact, a: int, b: int) -> bool:
    """X广场暖意融融。…启动仪式在这里举行: an event held 在这里 in ``[a, b)`` is held at the last
    place (a venue, not an area nor a body) the sentence before, in the same paragraph, names;
    whether it was."""
    m = _HERE.search(ctx.text, a, b)
    if m is None or a == 0 or ctx.text[a - 1] == "\n":
        return False
    pa, _ = ctx.sentence_of(a - 1)
    spans = [(x, y) for x, y in ctx.ref_at.starting_in(pa, a) if ctx.ref_at[(x, y)].cls == "Place"]
    if not spans:
        return False
    x, y = max(spans)
    fact.locations.append((ctx.ref_at[(x, y)], ctx.evidence(x, y, CONFIDENCE["context"])))
    return True
