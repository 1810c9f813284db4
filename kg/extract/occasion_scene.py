"""Family *events*, continued: an act done at the scene of the article's own event, no event
of its own.

- 一行来到施工现场，为300余名工人送上Y: the going's place is the scene alone (现场, 施工现场) —
  the ground of the event told, not a stop of a tour of places named (来到X大桥施工现场);
- 会前，全体代表…并为Y送上慰问品 / 会后，… / 宣讲结束后，…: an act in a sentence opening with a
  word of the meeting's occasion (``events/same_occasion.txt``, ``events/before_occasion.txt``;
  not the day's words, 同日, 当天, nor 随后: a new act of that day may be its own) or with the
  end of the event told, with no body holding it (none read, none opening its clause), no
  person named doing it and no place of its own, is done by those at the meeting, a part of it
  (赛后，X总工会为…授予Y is the union's act, 会后，A与B…签订集体合同 theirs: events of their own).

The events family reads such an act as the article's own event named again (it merges into
the main event, giving it what it counts).
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import BEFORE_OCCASION, TOUR_OPENERS
from kg.lexicon import alternation_of, words
from kg.model.facts import EventFact

# the occasion's words that put an act at the meeting, before or after it (会前, 会上, 赛后; not
# 随后, 期间, 活动当天, nor 活动现场: a time, the ground, where a new act or a tour's stop may follow)
_OCCASION = tuple(
    sorted(
        {
            w
            for w in (*words("events/same_occasion.txt"), *BEFORE_OCCASION)
            if w.endswith(("上", "前", "后")) and w not in TOUR_OPENERS
        },
        key=lambda w: (-len(w), w),
    )
)
# the sentence's opening: a word of the occasion (会前，), or right after the event told ended
# (宣讲结束后，… / 仪式结束之后，…: still on its ground)
_OPENER = re.compile(f"\\s*(?:(?:{alternation_of(_OCCASION)})|[^\\W\\d_]{{1,8}}?结束(?:后|之后))[，,]?")
# the scene of the event told (现场, 施工现场): a stop's place that is that word alone,
# after the verb of going, at most a word before it (not 阿蓬江特大桥施工现场: a site named)
_SCENE = re.compile(f"(?:{alternation_of(words('events/venue_openers.txt'))})[^\\W\\d_]{{0,2}}现场$")


def at_the_scene(ctx: ArticleContext, fact: EventFact, place: str | None, sa: int) -> bool:
    """Whether the act ``fact`` (its sentence from ``sa``; ``place``, the going and the place
    of its stop, if any) is done at the scene of the article's own event."""
    if place is not None:
        return _SCENE.search(place) is not None
    m = _OPENER.match(ctx.text, sa)
    if m is None or fact.organizers or fact.locations:
        return False
    # (赛后，X总工会为…授予Y: a body the clause opens with holds its own act; 会后，A与B代表双方
    # 签订…: people named do theirs, not those at the meeting as one)
    if ctx.mentions_in("PERSON", m.end(), fact.evidence.start):
        return False
    return not any(x == m.end() for x, _y, _r in ctx.bodies_in(m.end(), m.end() + 30))
