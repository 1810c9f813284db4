"""Rooms inside a named venue (某殡仪馆松柏厅, 某会议中心大礼堂): the house is the place.

A plain module of ``kg.nlp.venues``.  A room named by its own short name or its size
right after a named venue is a part of that house, no place of its own: the event held
there is held at the house, and the room's words (松柏厅, 大礼堂) name nothing the graph
keeps (the finder hands them on as rejected, so that the tagger's LOC reading of 大礼堂
does not come back as a place).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lexicon import words
from kg.nlp.found import Found
from kg.nlp.text import all_han

ROOM_HEADS = tuple(words("bodies/room_heads.txt"))
# a floor of a building ending a room's name (四楼, 3层): what comes before it names the house
FLOOR = re.compile("[〇零一二三四五六七八九十\\d]+[楼层]$")
# 在镇文化站三楼，…: a venue framed by 在 and a floor of it closing the clause (the building is the place)
FLOOR_FRAME_RE = re.compile(
    "(?:在|于)(?P<x>[^，,。；;、“”‘’（）()《》\\s的在]{3,30}?)[〇零一二三四五六七八九十\\d]+[楼层](?=[，,。；;\\s]|$)"
)
# the longest name of a room of a named venue, between the venue and the room's head (守正厅)
ROOM_NAME_MAX = 3
# the kind of a room's span handed back as no name (kg.nlp.bodies puts it with the rejected)
ROOM = "room"
SIZE_WORDS = ("大", "小")  # a hall's size before its kind (大礼堂, 小会议室): no name of its own


def house_ends(text: str, a: int, hs: int) -> Iterator[int]:
    """Where a named house may end before a room's head at ``hs`` (the name opening at
    ``a``): right before the head, then before one to three Han characters of the room's
    own name or size (守正厅, 大礼堂), nearest first; none past a floor (三楼报告厅 is kg.nlp.venues')."""
    for k in range(hs, max(a, hs - ROOM_NAME_MAX) - 1, -1):
        if k < hs and not (all_han(text[k:hs]) and not FLOOR.search(text[k:hs])):
            return
        yield k


def room_after(text: str, house_end: int, e: int) -> Found | None:
    """The room's words ``[house_end, e)`` after the house a venue was cut to (大礼堂 after
    某会议中心), as a span that names nothing; None when no room of a few words is there."""
    head = next((h for h in ROOM_HEADS if text.endswith(h, house_end, e)), None)
    if head is None or not house_end < e - len(head) + 1 or e - house_end > ROOM_NAME_MAX + 2:
        return None
    return Found(house_end, e, "PLACE", ROOM) if all_han(text[house_end:e]) else None


# what names a room of a building without a proper word: 第二, 三楼, 5号, 大
_ROOM_MARK = re.compile("(?:第[〇零一二三四五六七八九十百\\d]+|[〇零一二三四五六七八九十\\d]+[楼层号]?|[大小])")


def numbered_room(text: str, a: int, hs: int, head: str) -> bool:
    """在第二会议室召开, 在大会议室召开: a room told apart by its number, floor or size is a
    venue of its own (一楼 and 第一 name one room of the house; 公司会议室 names none)."""
    m = _ROOM_MARK.match(text, a, hs)
    return (
        m is not None
        and head.endswith(ROOM_HEADS)
        and (m.end() == hs or (hs - m.end() <= 4 and all_han(text[m.end() : hs])))
    )


def room_of_a_body(text: str, a: int, hs: int, head: str, bodies: tuple[str, ...]) -> bool:
    """Is the framed venue a room (room_heads.txt) told by its floor or number after a
    body's name (``bodies``: its endings; 乡人民政府四楼会议室, 某公司三楼报告厅)?  The body is
    where it is held."""
    if not head.endswith(ROOM_HEADS):
        return False
    return any(_ROOM_MARK.fullmatch(text, k, hs) and text.endswith(bodies, a, k) for k in range(a + 2, hs))


def floor_framed(text: str) -> list[tuple[int, int]]:
    """The spans of the buildings framed as a place by 在 and one of their floors (在镇文化站三楼，)."""
    return [m.span("x") for m in FLOOR_FRAME_RE.finditer(text)]
