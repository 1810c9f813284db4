"""Family *participants*, continued: people who lead a party or go with it.

- A带领…, A一行来到…, 在A陪同下: words right after a name (``participants/lead_words.txt``) that make
  the person go to, or lead, the event the sentence reports;
- A带队前往X，看望…, A带领服务队，来到X，开展“Y”活动: the visit (or the event its party goes to
  hold) named after A in A's sentence is A's, whatever the sentences before named;
- 应海波专程带队来…: an adverb of how the person goes before the word of leading.

Read by ``kg.extract.participants`` for each person it weighs.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.wordlists import LEAD_WORDS
from kg.lexicon import alternation_of, words
from kg.model.facts import EventFact

# a person who goes to or leads the event: X一行来到, X同志带领, X、Y等区工会一行, 在X的带领下
# (A，B等同志，先后到…: the list closed by 等, set off by a comma)
LEADS = re.compile(f"(?:同志)?的?(?:等[^，,。；]{{0,10}}?[，,]?)?(?:{alternation_of(LEAD_WORDS)})")
# 在A和B陪同下，来到X参观: those who escort a party go on the visit it makes
_ESCORTING = re.compile(r"(?:同志)?(?:等[^，,。；;]{0,8}?)?的?陪同下")
# …带领服务队，来到X，为…开展Y: the party's going, then the verb of holding right before Y
_WENT_TO_HOLD = re.compile(
    f"[，,](?:{alternation_of(LEAD_WORDS)})[^。；;！？!?]*?(?:{alternation_of(words('events/holding_verbs.txt'))})了?“?$"
)


def led_visit(
    ctx: ArticleContext, mentioned: list[tuple[int, EventFact]], starts: list[int], p: Span, sb: int
) -> EventFact | None:
    """The event named first after ``p`` in its sentence, when ``p`` leads a party, goes
    there or escorts it (带队, 一行走进, 在A陪同下) and the event is a verb phrase's (看望…, 慰问…): the visit ``p``
    makes, whatever event the sentences before named."""
    k = bisect.bisect_left(starts, p.end_char)
    if k == len(starts) or starts[k] >= sb:
        return None
    window = (p.end_char, min(sb, p.end_char + 12))
    if not (LEADS.match(ctx.text, *window) or _ESCORTING.match(ctx.text, *window)):
        return None
    e = mentioned[k][1]
    # (or any event its party goes to hold: 带领服务队，来到X，为…开展“Y”活动)
    went = _WENT_TO_HOLD.search(ctx.text, p.end_char, starts[k])
    return e if e.core.startswith("verb:") or went is not None else None


def led_after_adverb(ctx: ArticleContext, p: Span, sb: int) -> bool:
    """应海波专程带队来…, 张三亲自带领…: an adverb of how the person goes, then a word of
    going or leading of two characters or more (not 曾经到过北京: a one-character 到 after
    an adverb tells of a past, not of the party)."""
    t = ctx.doc.char_span(p.end_char, p.end_char + 1, alignment_mode="expand")
    if t is None or t.start_char != p.end_char or t[0].tag_ not in ("d", "ad"):
        return False
    m = LEADS.match(ctx.text, t.end_char, min(sb, p.end_char + 12))
    return m is not None and len(m.group()) > 1
