"""Family *events*, continued: a meeting held in a room of a union's own premises is that
union's.

A union names no venue of the graph (``kg.extract.scene_places.place_at``: 在市总工会召开 names
the host), yet a meeting told as held in a room of its floor (…例会在县总工会三楼会议室召开,
在市总工会四楼会议室参加…例会, 地点：X总工会二楼会议室) is held on the union's premises, by
the union: when the telling names no organiser, the union whose room it is organises it.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import VENUE_VERBS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact
from kg.nlp.venue_rooms import ROOM_HEADS

# 四楼会议室, 二楼多功能厅, 会议室: a room (perhaps on a floor) right after the union's name
_ROOM = re.compile(
    f"(?:[0-9一二三四五六七八九十]{{1,3}}[楼层])?[\u4e00-\u9fff]{{0,4}}?(?:{alternation_of(ROOM_HEADS)})"
)
# the verb of holding right after the room (perhaps after a note in brackets: （嘉积镇）召开)
_HELD_AFTER = re.compile(f"(?:[（(][^）)]{{1,12}}[）)])?(?:{alternation_of((*VENUE_VERBS, '参加'))})")
# how far before the event's name the room may stand (在…会议室参加2028年全市…例会)
_REACH = 30


def union_room_at(ctx: ArticleContext, at: int) -> tuple[int, EntityRef] | None:
    """The union whose room is named at ``at`` (X总工会四楼会议室: where the room ends, the
    union), or None."""
    for x, y in sorted(ctx.ref_at.by_start.get(at, ()), key=lambda t: -t[1]):
        ref = ctx.ref_at[(x, y)]
        if ref.cls == "TradeUnion" and (room := _ROOM.match(ctx.text, y)) is not None:
            return room.end(), ref
        return None
    return None


def union_rooms(ctx: ArticleContext) -> None:
    """在X总工会三楼会议室召开/参加…: an event no organiser is named for is X's."""
    text = ctx.text
    for fact in ctx.facts.events:
        if fact.organizers:
            continue
        s, e = fact.evidence.start, fact.evidence.end
        sa, sb = ctx.sentence_of(s)
        for m in re.finditer("在", text[sa:sb]):
            at = sa + m.end()
            found = union_room_at(ctx, at)
            if found is None:
                continue
            end, ref = found
            before = 0 <= s - end <= _REACH and _HELD_AFTER.match(text, end) is not None
            after = e <= at - 1 <= e + 2 and _HELD_AFTER.match(text, end) is not None
            if before or after:
                add_host(ctx, fact, ref, at, end)
                break


def add_host(ctx: ArticleContext, fact: EventFact, ref: EntityRef, a: int, b: int) -> None:
    """The union of the room ``[a, b)`` organises ``fact``."""
    fact.organizers.append((ref, ctx.evidence(a, b, CONFIDENCE["context"])))
