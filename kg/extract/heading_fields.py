"""Family *events*, continued: the particulars printed as label lines right under a line that
names an event alone.

Working notes, a work report's sections and a notice's items name a meeting by a heading of its
own and list its particulars under it, one label a line (二、一季度工作例会 / 时间：2028年4月8日
下午 / 地点：X总工会三楼会议室 / 主持：A / 到会：…，共28人).  The lines are that event's facts,
wherever in the page the heading stands (``kg.extract.minutes_header`` reads those above the
page's first sentence, for its main event): the time line gives its day, the place line its
venue, the people lines (``events/minutes_labels.tsv``) those taking part, and a count in a
people line how many attended; a room of a union's premises as the place makes the union its
organiser (``kg.extract.union_rooms``).  The lines run from the heading's next line up to the first
line that is no label's; a heading is a line with no sentence's end (a sentence naming an event
is read with its own sentence's particulars, ``kg.extract.notice_lines``).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.event_counts import read_count_in
from kg.extract.scene_places import place_at
from kg.extract.union_rooms import add_host, union_room_at
from kg.extract.wordlists import MINUTES_PEOPLE, MINUTES_PLACE, MINUTES_TIME
from kg.model.facts import EntityRef, EventFact

# a label line: a short label (perhaps spaced out to the others' width, 地　点), a colon, its value
_LABEL = re.compile("[ \t\u3000]*((?:[\u4e00-\u9fff][ \u3000]*){2,5})[：:][ \t\u3000]*")
# what ends a sentence or opens a field: the line is no heading of its own
_NOT_HEADING = re.compile("[。！？!?；;：:]")
# the day in a time line (2028年4月8日（周四）下午2:30, 2028-04-08 14:30)
_DAY = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
# how many label lines may stand under the heading
_REACH = 8


def heading_fields(ctx: ArticleContext) -> None:
    """二、X例会 / 时间：D / 地点：P / 主持：A / 到会：…共N人: the lines under a heading naming an
    event give its day, venue, people and count (what its telling left unsaid)."""
    text = ctx.text
    for fact in ctx.facts.events:
        at = fact.evidence.start
        start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        if end < 0 or _NOT_HEADING.search(text, start, end):
            continue
        line = end + 1
        for _ in range(_REACH):
            m = _LABEL.match(text, line)
            if m is None:
                break
            stop = text.find("\n", m.end())
            stop = len(text) if stop < 0 else stop
            _read_line(ctx, fact, re.sub("[ \u3000]", "", m.group(1)), m.end(), stop)
            line = stop + 1


def _read_line(ctx: ArticleContext, fact: EventFact, label: str, a: int, b: int) -> None:
    """What the label line ``label`` (its value in ``[a, b)``) says of ``fact``."""
    if label in MINUTES_TIME:
        day = _DAY.search(ctx.text, a, b)
        if fact.date is None and day is not None and (parsed := parse_date(day.group(), ctx.page.year)):
            fact.date = (*parsed, ctx.evidence(day.start(), day.end(), CONFIDENCE["pattern"]))
    elif label in MINUTES_PLACE:
        place = place_at(ctx, a)
        if not fact.locations and place is not None:
            fact.locations.append((place[1], ctx.evidence(a, place[0], CONFIDENCE["pattern"])))
        if not fact.organizers and (room := union_room_at(ctx, a)) is not None:
            add_host(ctx, fact, room[1], a, room[0])  # (地点：X总工会三楼会议室: X's meeting)
    elif label in MINUTES_PEOPLE:
        known = {r for r, _ in fact.participants}
        for p in ctx.mentions_in("PERSON", a, b):
            ref = EntityRef("Person", p.text)
            if ref not in known:
                known.add(ref)
                fact.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])))
        read_count_in(ctx, fact, a, b)
