"""Merging events, campaigns: one campaign named as a verb phrase, a name and a slogan.

A headline's 开展送温暖、走访慰问活动 and the body's 送温暖活动, a slogan's part (夏送清凉 |
…) and the campaign quoting the slogan, a lead's 走访慰问困难职工 under a headline's
…走访慰问活动, a campaign and the act its next clause carries out (开展送温暖活动，走访慰问…):
each pair one event.  Kept apart from ``kg.extract.event_merge``, which asks
these in its order of merges, because the grammar of a campaign's names is one idea.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.event_index import MergedEvents, opening_title, title_parts
from kg.extract.wordlists import ACTIVITY_WORDS, GENERIC_EVENT_HEADS
from kg.lexicon import alternation_of
from kg.model.facts import EventFact
from kg.nlp.text import CLOSE_QUOTES

# what a name adds to a campaign's verb phrase (送清凉 ~ 送清凉慰问活动): a generic head,
# perhaps after an activity; or a ceremony's (授牌 ~ 授牌仪式)
_CAMPAIGN_TAIL = f"(?:{alternation_of(ACTIVITY_WORDS)})?(?:{alternation_of(GENERIC_EVENT_HEADS)})|仪式"
# every tail _CAMPAIGN_TAIL matches, for finding the events that end with one
_CAMPAIGN_TAILS = ("仪式", *(a + h for a in ("", *ACTIVITY_WORDS) for h in GENERIC_EVENT_HEADS))
# the phrase quoted in the name, the tail after the closing quote (送清凉 ~ “夏送清凉”活动)
_QUOTE_CLOSES = ("", *CLOSE_QUOTES)


def campaign_named(f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The event read already that is ``f`` as a verb phrase and as a name (a headline's
    开展送温暖、走访慰问活动 and the body's 送温暖活动; 送清凉 and 2024年送清凉慰问活动): the
    name is the phrase and a generic head, perhaps after an activity — the phrase perhaps
    quoted, with a season before it (“送清凉”首站 and the body's “夏送清凉”活动)."""
    name = f.ref.name
    if f.core.startswith("verb:"):  # the names that end with the phrase and a tail
        found = merged.ending_with(name + q + t for q in _QUOTE_CLOSES for t in _CAMPAIGN_TAILS)
    else:  # the phrases that end where a tail of the name begins
        bases = [name[: -len(t)].rstrip(CLOSE_QUOTES) for t in _CAMPAIGN_TAILS if name.endswith(t)]
        found = merged.named(b[i:] for b in bases for i in range(len(b)))
    for m in found:
        phrase, named = (f, m) if f.core.startswith("verb:") else (m, f)
        if not phrase.core.startswith("verb:") or named.core.startswith("verb:"):
            continue
        if re.search(f"{re.escape(phrase.ref.name)}[{CLOSE_QUOTES}]?(?:{_CAMPAIGN_TAIL})$", named.ref.name):
            return m
    return None


def slogan_part(f: EventFact, merged: MergedEvents) -> EventFact | None:
    """The event read already whose quoted title, of parts (“夏送清凉 工会相伴”2027年送清凉活动),
    holds ``f``, a campaign's phrase, as a part; or the phrase read already that is a part of
    ``f``'s title: a headline's slogan (夏送清凉 | …) is the campaign named by it.  A phrase
    opening with a quoted title (开展“X”宣讲) is the event read already that quotes it."""
    if f.core.startswith("verb:"):
        # (开展“X”宣讲 after the lead's …“X”宣讲活动启动仪式: the campaign its quoted title names)
        title = opening_title(f.ref.name)
        found = [*merged.titled_with(f.ref.name), *(merged.quoting(title) if title else ())]
        return next((m for m in merged.in_order(found) if not m.core.startswith("verb:")), None)
    return next((m for m in merged.named(title_parts(f.ref.name)) if m.core.startswith("verb:")), None)


def headline_campaign(ctx: ArticleContext, f: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The headline's campaign (…开展“两节”送温暖走访慰问活动) that the lead's verb phrase
    (走访慰问困难职工) carries out: the activity the headline's name ends with before its
    tail is the phrase's (慰问), and no day of theirs differs — one visit, named twice."""
    top = len(ctx.article.headline or "")
    if not f.core.startswith("verb:") or not merged or merged[0].evidence.start >= top:
        return None
    m = merged[0]
    base = next((m.ref.name[: -len(t)] for t in _CAMPAIGN_TAILS if m.ref.name.endswith(t)), "")
    if not base.rstrip(CLOSE_QUOTES).endswith(f.core.removeprefix("verb:")) or m.core.startswith("verb:"):
        return None
    return m if m.date is None or f.date is None or m.date[:-1] == f.date[:-1] else None


# between a campaign's name and its act in a next clause: the clause's break, then at most a
# subject (某主席带队, 对某某等困难职工进行了), perhaps after one clause of going there (深入全县30余个
# 企事业单位，为…送去), with no stop and no quote
_NEXT_CLAUSE = re.compile("(?:[，,][^，,。；;！？!?“”\n]{0,30}){1,2}")
_CAMPAIGN_REACH = 40  # (the clause break and the subject together)


def campaign_act(text: str, f: EventFact, named: list[EventFact]) -> EventFact | None:
    """The campaign (…送温暖活动) whose act the verb phrase ``f`` is, said in the next clause
    of its sentence (开展“两节”送温暖活动，区总工会主席某某带队走访慰问了12户困难职工家庭;
    组织开展关爱职工活动，对全镇环卫工人进行了慰问): one activity, its name then what it did —
    not a second event; None when the clause before the phrase names no campaign."""
    if not f.core.startswith("verb:"):
        return None
    for m in reversed(named):
        if m.core.startswith("verb:") or not m.ref.name.endswith(_CAMPAIGN_TAILS):
            continue
        for name in (m.ref.name, *m.aliases):
            b = text.rfind(name, max(0, f.evidence.start - _CAMPAIGN_REACH - len(name)), f.evidence.start)
            if b >= 0 and _NEXT_CLAUSE.fullmatch(text, b + len(name), f.evidence.start):
                return m
        return None  # (only the campaign named last before the phrase)
    return None
