"""Family *participants*, continued: the panel that judges at the main event, and the party
that goes on it.

评委由A，B及外聘评委组成 / 比赛评审组由A、B组成: the people a panel is made of judge at the
article's main event, and so take part in it, wherever the sentence stands; so do the
members of its party listed (疗休养团成员…，其中有：A；B) and its leader (团长由A担任).  Runs once
the events are merged (``ctx.facts.events``, the first the main event) and the people
are known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import PANEL_WORDS, PARTY_LEADERS, PARTY_MEMBERS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 评委由…组成: the panel, then its members up to the verb of making it up (no full stop between)
_MADE_OF = re.compile(f"(?:{alternation_of(PANEL_WORDS)})由([^。；;！？!?\\n]{{2,80}}?)组成")
# 团长由A担任: the party's leader, up to the verb of serving
_LED_BY = re.compile(f"(?:{alternation_of(PARTY_LEADERS)})由([^。；;！？!?，,\\n]{{2,40}}?)担任")
# 成员来自…，其中有：A；B…: the party's members, listed to the sentence's end
_MEMBERS = re.compile(
    f"(?:{alternation_of(PARTY_MEMBERS)})[^。；;！？!?：:\\n]{{0,24}}?(?:其中有|包括|分别是|有)[：:]([^。！？!?\\n]+)"
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
