"""Family *events*: an event's organiser named again by its type word alone.

去年9月26日，协会在市职工文化宫开换届大会: the clause holding the event opens on a bare type
word (协会, 学会, 工会) right before the verb of holding or its venue — the body the text
named in full before, ending with that word (市劳动模范协会换届，…。…协会在…开换届大会),
holds the event.  Read only for an event no rule found an organiser of; the body is the
last one named before the clause whose name ends with the word (and is longer than it).
Runs once the events are merged and their organisers read.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.extract.wordlists import VENUE_OPENERS
from kg.lexicon import alternation_of

# what opens a clause before its subject: a day, a part of it (去年9月26日, 3月16日上午)
_DAY = r"(?:(?:去年|今年|前年|\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,]?)?"
# the bare type word (two or three characters), then where it holds the event or its verb
_BARE = re.compile(f"{_DAY}([\u4e00-\u9fff]{{2,3}}?)(?=(?:{alternation_of(VENUE_OPENERS)})|召开|举行|举办|开展|组织)")
# where a clause starts
_CLAUSE_MARKS = "，,。；;！？!?\n"


def bare_subjects(ctx: ArticleContext) -> None:
    """An event with no organiser, in a clause opening on a bare type word (协会在X开…):
    the body named last before, its name ending with the word, organises it."""
    text = ctx.text
    done: set[int] = set()
    for at, e in mentions(ctx, ctx.facts.events):
        if e.organizers or id(e) in done:
            continue
        clause = max(text.rfind(ch, 0, at) for ch in _CLAUSE_MARKS) + 1
        m = _BARE.match(text, clause, at)
        if m is None:
            continue
        word = m.group(1)
        named = [(x, y, r) for x, y, r in ctx.bodies_in(0, clause) if r.name.endswith(word) and len(r.name) > len(word)]
        if not named:
            continue
        _x, _y, ref = named[-1]
        e.organizers.append((ref, ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"])))
        done.add(id(e))
