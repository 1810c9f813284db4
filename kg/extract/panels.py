"""Family *participants*, continued: the panel that judges at the main event, and the party
that goes on it.

评委由A，B及外聘评委组成 / 比赛评审组由A、B组成: the people a panel is made of judge at the
article's main event (listed under a label of its own, 评审专家名单：A、B, at the event told last
before it), and so take part in it, wherever the sentence stands; so do the
members of its party listed (疗休养团成员…，其中有：A；B) and its leader (团长由A担任).  One
who serves in such a role at an event told before in the paragraph (A担任赛事组长, A担任本次
比赛裁判长) takes part in that event.  Runs once
the events are merged (``ctx.facts.events``, the first the main event) and the people
are known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import EVENT_NOUNS, PANEL_WORDS, PARTY_LEADERS, PARTY_MEMBERS, THIS_EVENT_WORDS
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EntityRef, EventFact

# 评委由…组成: the panel, then its members up to the verb of making it up (no full stop between)
_MADE_OF = re.compile(f"(?:{alternation_of(PANEL_WORDS)})由([^。；;！？!?\\n]{{2,80}}?)组成")
# 团长由A担任: the party's leader, up to the verb of serving
_LED_BY = re.compile(f"(?:{alternation_of(PARTY_LEADERS)})由([^。；;！？!?，,\\n]{{2,40}}?)担任")
# 成员来自…，其中有：A；B…: the party's members, listed to the sentence's end
_MEMBERS = re.compile(
    f"(?:{alternation_of(PARTY_MEMBERS)})[^。；;！？!?：:\\n]{{0,24}}?(?:其中有|包括|分别是|有)[：:]([^。！？!?\\n]+)"
)

# 评审专家名单：A、B、C（采购人代表）: a panel's list under a label of its own, to the line's end
_LISTED = re.compile(f"(?:{alternation_of(PANEL_WORDS)})(?:成员)?(?:名单)?[：:]([^。！？!?\n]+)")

# A担任赛事组长, A担任本次比赛裁判长: serving in a role of the event's own (after the person)
_SERVES_AS = re.compile(
    f"担任(?:{alternation_of(THIS_EVENT_WORDS)})?"
    f"(?:{alternation_of((*EVENT_NOUNS, *lexicon().event_heads))})"
    f"(?:{alternation_of((*PARTY_LEADERS, *PARTY_MEMBERS))})(?=[，,。；;！？!?\n]|$)"
)


def panel_members(ctx: ArticleContext) -> None:
    """The people named between a panel's 由 and 组成, the party's leader and its members
    listed take part in the main event."""
    main = ctx.main_event()
    if main is None:
        return
    known = {r for r, _ in main.participants}
    for m in (*_MADE_OF.finditer(ctx.text), *_LED_BY.finditer(ctx.text), *_MEMBERS.finditer(ctx.text)):
        for p in ctx.mentions_in("PERSON", m.start(1), m.end(1)):
            ref = EntityRef("Person", p.text)
            if ref not in known:
                main.participants.append((ref, ctx.evidence(m.start(), m.end(), CONFIDENCE["context"])))
                known.add(ref)
    if "担任" in ctx.text:
        _serving(ctx, main)
    for m in _LISTED.finditer(ctx.text):
        # (the panel of the event told last before the label: 本项目…开标，… 评审专家名单：A、B)
        before = [e for e in ctx.facts.events if e.evidence.start < m.start()]
        event = max(before, key=lambda e: e.evidence.start) if before else main
        known = {r for r, _ in event.participants}
        for p in ctx.mentions_in("PERSON", m.start(1), m.end(1)):
            if (ref := EntityRef("Person", p.text)) not in known:
                event.participants.append((ref, ctx.evidence(m.start(), p.end_char, CONFIDENCE["context"])))
                known.add(ref)


def _serving(ctx: ArticleContext, main: EventFact) -> None:
    """A担任赛事组长: A takes part in the last event named before in the paragraph (else the
    main one)."""
    text = ctx.text
    for m in _SERVES_AS.finditer(text):
        people = [p for p in ctx.mentions_in("PERSON", max(0, m.start() - 8), m.start()) if p.end_char == m.start()]
        if not people:
            continue
        para = text.rfind("\n", 0, m.start()) + 1
        before = [e for e in ctx.facts.events if para <= e.evidence.start < m.start()]
        event = max(before, key=lambda e: e.evidence.start) if before else main
        ref = EntityRef("Person", people[0].text)
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(people[0].start_char, m.end(), CONFIDENCE["context"])))
