"""The page's own workplace named by its kind alone (公司, 医院) in an event's sentence: a
company's report or a company union's newsletter says 公司 for the company it is about.

- 来公司开展…, 在公司办公楼三楼报告厅召开: a word before a venue (来, 在), then the kind
  alone (no body's name opens there: not 公司工会), then the verb of holding: the event is
  held at the page's workplace, whoever organises it (a street union visiting).
- 公司三届四次职工代表大会: an event's name opening with the kind alone, and no organiser
  read: the page's workplace holds it.

The workplace is ``page_workplace``'s (the site's company, else the article's first union's);
nothing is read when the page has none or its name ends in another kind.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import HELD_ADVERBS, VENUE_OPENERS, VENUE_PREPOSITIONS, VENUE_VERBS, WORKPLACE_ENDINGS
from kg.extract.workplace import page_workplace
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

_KINDS = alternation_of(WORKPLACE_ENDINGS)
# 来公司开展, 在公司办公楼三楼报告厅召开: the opener, the kind alone, a room perhaps, the verb
_OWN_SITE = re.compile(
    f"({alternation_of(VENUE_OPENERS)})({_KINDS})[^，,。；;！？!?“”\\n]{{0,12}}?"
    f"(?=(?:{alternation_of(HELD_ADVERBS)})?(?:{alternation_of(VENUE_VERBS)}))"
)
_BODIES = ("TradeUnion", "Organization")


def own_site(ctx: ArticleContext, fact: EventFact, s: Span, sa: int, sb: int) -> None:
    """The page's workplace as the place of the event of sentence ``[sa, sb)`` (named at ``s``)
    and as its organiser, when the sentence names it by its kind alone (see the module)."""
    text = ctx.text
    if not any(k in text[sa:sb] for k in WORKPLACE_ENDINGS):
        return
    host = None
    for m in _OWN_SITE.finditer(text, sa, sb):
        if m.group(1) not in VENUE_PREPOSITIONS and ctx.doc.char_span(m.start(), m.end(1)) is None:
            continue  # (以来, 未来: no verb of going)
        if _body_at(ctx, m.start(2)):
            continue  # 在公司工会…: a body's name, not the workplace's kind alone
        host = host or page_workplace(ctx)
        if host is not None and host.name.endswith(m.group(2)):
            if all(r != host for r, _ in fact.locations):
                fact.locations.append((host, ctx.evidence(m.start(2), m.end(), CONFIDENCE["context"])))
            break
    if not fact.organizers:
        own_organiser(ctx, fact, s.start_char, s.end_char, host)


def own_organiser(ctx: ArticleContext, fact: EventFact, a: int, b: int, host: EntityRef | None = None) -> None:
    """公司三届四次职工代表大会 (the name at ``[a, b)``): the page's workplace organises the
    event whose name opens with its kind alone, no body named from there."""
    kind = next((k for k in WORKPLACE_ENDINGS if ctx.text.startswith(k, a)), None)
    if kind is None or _body_at(ctx, a):
        return
    host = host or page_workplace(ctx)
    if host is not None and host.name.endswith(kind) and all(r != host for r, _ in fact.organizers):
        fact.organizers.append((host, ctx.evidence(a, b, CONFIDENCE["context"])))


def _body_at(ctx: ArticleContext, at: int) -> bool:
    """Whether a union or organisation is named from ``at`` on."""
    return any(ctx.ref_at[span].cls in _BODIES for span in ctx.ref_at.by_start.get(at, ()))
