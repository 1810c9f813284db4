"""Family *events*, continued: the sentence that goes on with a visit told undated.

…先后到医院探望或到家中看望慰问其夫人A及亲属。11月15日下午，B代表市总工会党组向家属转交了
慰问金。  A visit told as a verb phrase with no day of its own, and the next sentence of its
paragraph opening with a day, naming no event of its own, in which one who took part in
the visit acts: that sentence goes on with the visit, so the visit is dated by it; and the
body the visitor acts for there (B代表X…: the body X, its party group being the body's)
organises the visit, when nothing else does.  Runs once the participants are read.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import BEHALF_WORDS
from kg.lexicon import alternation_of

# 11月15日下午，: a day (perhaps its year) and a part of it opening the sentence
_DAY_OPENING = re.compile(r"\s*((?:\d{4}年)?\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|中午|傍晚)?[，,]")
# B代表X…: the visitor acts for the body named right after
_FOR_BODY = re.compile(f"(?:{alternation_of(BEHALF_WORDS)})$")


def visit_sequels(ctx: ArticleContext) -> None:
    """Dates (and organises) each undated visit by the sentence that goes on with it."""
    text = ctx.text
    for f in ctx.facts.events:
        if f.date is not None or not f.core.startswith("verb:"):
            continue
        _, sb = ctx.sentence_of(f.evidence.start)
        _na, nb = ctx.sentence_of(sb)
        m = _DAY_OPENING.match(text, sb, nb)
        if m is None or "\n" in text[sb : m.start(1)] or ctx.mentions_in("EVENT", sb, nb):
            continue
        people = {r for r, _ in f.participants}
        actors = [p for p in ctx.mentions_in("PERSON", m.end(), nb) if any(r.name == p.text for r in people)]
        if not actors:
            continue
        parsed = parse_date(m.group(1), ctx.page.year)
        if parsed is None:
            continue
        f.date = (*parsed, ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"]))
        if f.organizers:
            continue
        for x, y, ref in ctx.bodies_in(actors[0].end_char, nb):
            if _FOR_BODY.search(text, actors[0].end_char, x):
                f.organizers.append((ref, ctx.evidence(actors[0].start_char, y, CONFIDENCE["context"])))
            break
