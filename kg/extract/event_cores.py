"""Family *events*, continued: what tells one event of an article from another, the core its
mentions are merged by (``kg.extract.event_merge``): a name's quoted title and head, or the
name without the year, areas and bodies that open it; a verb phrase's activity.

Split from kg.extract.events (one idea per module: the events an article names there)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.wordlists import ACTIVITY_WORDS
from kg.lexicon import alternation_of
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

# the activity inside a verb phrase's event (春节前走访慰问: 走访慰问)
_ACTIVITY_AT = re.compile(alternation_of(ACTIVITY_WORDS))


def event_core(ctx: ArticleContext, s: Span) -> str:
    """What identifies an event within its article: its quoted title and head, or its
    name without the year, areas and bodies that open it (望京街道职工沟通会 ~ 职工沟通会)."""
    name = s.text
    q = re.search(f"[{OPEN_QUOTES}][^{CLOSE_QUOTES}]+[{CLOSE_QUOTES}].*$", name)
    if q:
        return q.group()
    pos = s.start_char
    while True:
        m = re.match(r"\d{4}年", ctx.text[pos : s.end_char])
        if m:
            pos += m.end()
            continue
        nxt = [y for spans in (ctx.area_at, ctx.ref_at) for _, y in spans.by_start.get(pos, ()) if y < s.end_char]
        if not nxt:
            break
        pos = max(nxt)
    return ctx.text[pos : s.end_char]


def verb_core(name: str) -> str:
    """What a verb phrase's event is: its activity's first two characters, from the
    activity on (春节前走访慰问 and 走访慰问光机所困难职工 are one visit: 慰问; 走访 alone: 走访)."""
    m = _ACTIVITY_AT.search(name)
    phrase = name[m.start() if m else 0 :]
    # (深入X走访: a visit alone is its own activity)
    return (re.sub(r"^(?:走访|看望|举行了?|[春夏秋冬](?=送))", "", phrase) or phrase)[:2]
