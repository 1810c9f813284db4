"""Family *events*, continued: the day and venue of the page's event, said in a sentence that
names it again by its head alone.

A page often names its event first where its own sentence says nothing of when or where (…在
全市职工文艺汇演中获一等奖！ / 开展“X”合唱活动。) and tells it in the next sentence, opening
with 本次/此次 and the head alone: 本次汇演由A主办、B承办，5月7日在C广场举行 / 本次活动于
6月9日在C举行.  That sentence is about the page's main event (the head a head its name ends
with, or a generic 活动 / 会议), its verb of holding with it: its day and venue are the main
event's, when its own telling gave none.  (A head naming the event whole, 本次文艺汇演, is
read as the event's mention already: ``kg.extract.events``.)
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.dates import read_date
from kg.extract.event_mentions import ends_with
from kg.extract.event_places import read_location
from kg.extract.wordlists import GENERIC_EVENT_HEADS, THIS_EVENT_WORDS, VENUE_VERBS
from kg.lexicon import alternation_of, lexicon

# 本次汇演 / 此次活动: the event named again by a head alone
_THIS_HEAD = re.compile(
    f"(?:{alternation_of(THIS_EVENT_WORDS)})"
    f"({alternation_of(tuple(dict.fromkeys((*lexicon().event_heads, *GENERIC_EVENT_HEADS))))})"
)
_HELD = re.compile(alternation_of(VENUE_VERBS))


def scene_said_again(ctx: ArticleContext) -> None:
    """本次汇演…，5月7日在C广场举行: the day and venue of the main event, said again by its head."""
    main = ctx.main_event()
    if main is None or (main.date is not None and main.locations):
        return
    text = ctx.text
    for m in _THIS_HEAD.finditer(text):
        if m.start() < main.evidence.start or not (ends_with(main, m.group(1)) or m.group(1) in GENERIC_EVENT_HEADS):
            continue
        sa, sb = ctx.sentence_of(m.start())
        if text[sa : m.start()].strip() or not _HELD.search(text, m.end(), sb):
            continue  # (not opening its sentence, or no holding said: 本次活动受到好评)
        if ctx.mentions_in("EVENT", m.end(), sb):
            continue  # (本次活动是X节的一部分: another event named)
        span = ctx.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if not main.locations:
            read_location(ctx, main, span, sa, sb)
        if main.date is None:
            read_date(ctx, main, span, sa, sb)
        return
