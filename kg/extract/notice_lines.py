"""Family *events*, continued: the particulars a notice prints as lines right under the
sentence that names its event (…定于5月6日组织“X”活动。 / 集合：… / 路线：Y公园，全程约5公里),
each a short label, a colon and its value.  A line whose label is of the place (地点, 路线:
``events/minutes_labels.tsv``) gives the event's venue, as the same line does above a
meeting's minutes (``kg.extract.minutes_header``).

Speech says the same in a clause of the event's own sentence (…联合主办了X，Y承办，地点就在Z
门口的广场): a clause opening with 地点 and a copula gives the venue after it.

Called by ``kg.extract.events`` for an event its own sentence gives no place.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.scene_places import place_at
from kg.extract.wordlists import MINUTES_PLACE
from kg.model.facts import EventFact

# a line of particulars: a short label and its colon (集合：, 路线：, 报名截止：)
_LABEL = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff]{2,4})[：:][ \t\u3000]*")
_ENDS = "。！？!?；;"
# how many lines of particulars may stand under the sentence
_REACH = 6
# …，地点就在X / 地点是X / 地点设在X: a clause of the sentence giving the place
_PLACE_CLAUSE = re.compile(r"[，,][ \u3000]*(?:活动|比赛|会议)?地点(?:就|则|也)?(?:在|是|为|设在|选在)[ \u3000]*")


def particulars_place(ctx: ArticleContext, fact: EventFact, sb: int) -> bool:
    """Puts the event whose sentence ends at ``sb`` (its line's last) at the place of a line of
    particulars right under it (the lines after it each a label's; the first other line ends
    them); whether one did."""
    text = ctx.text
    end = text.find("\n", sb)
    rest = text[sb:end].rstrip(" \t\u3000") if end >= 0 else "。"
    if rest and (rest[-1] not in _ENDS or any(c in _ENDS for c in rest[:-1])):
        return False  # (the sentence's line goes on with another)
    at = end + 1
    for _ in range(_REACH):
        if at <= 0 or at >= len(text):
            return False
        m = _LABEL.match(text, at)
        if m is None:
            return False
        if m.group(1) in MINUTES_PLACE and (place := place_at(ctx, m.end())) is not None:
            fact.locations.append((place[1], ctx.evidence(m.end(), place[0], CONFIDENCE["context"])))
            return True
        at = text.find("\n", at) + 1
    return False


def place_clause(ctx: ArticleContext, fact: EventFact, a: int, b: int) -> bool:
    """Puts the event at the place a clause of ``[a, b)`` (its sentence after its name) gives
    after 地点在 (地点就在Z门口的广场: Z); whether one did."""
    m = _PLACE_CLAUSE.search(ctx.text, a, b)
    if m is None or (place := place_at(ctx, m.end())) is None:
        return False
    fact.locations.append((place[1], ctx.evidence(m.end(), place[0], CONFIDENCE["context"])))
    return True
