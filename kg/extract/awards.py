"""Family *awards*: honours people receive, and places people win at the main event.

Needs the people (PERSON mentions) and, for winners, the merged events
(``ctx.facts.events``): a prize won is a part taken in the article's main event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import (
    HONOUR_HOLDER,
    HONOUR_KIND,
    HONOUR_LISTING,
    HONOUR_RECEIVE,
    PLACES_WON,
    WIN_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 分获前三名, 荣获一等奖: a place or prize won
WINNING = re.compile(f"(?:{alternation_of(WIN_VERBS)})(?:了)?(?:{alternation_of(PLACES_WON)})")
# 第三届“齐鲁工匠”获得者 …: holders of an honour, named next
_HOLDERS = re.compile(f'(?:第[一二三四五六七八九十\\d]+届)?[“"]([^”"]{{2,16}})[”"](?:{alternation_of(HONOUR_HOLDER)})')
_LISTING = re.compile(alternation_of(HONOUR_LISTING))
# 荣获“全国五一劳动奖章”称号: an honour given
_GIVEN = re.compile(
    f'(?:{alternation_of(HONOUR_RECEIVE)})[^，。；]{{0,12}}?[“"]([^”"]{{2,16}})[”"](?:{alternation_of(HONOUR_KIND)})'
)


def winners(ctx: ArticleContext) -> None:
    """People who win a place or prize (分获前三名, 荣获一等奖) took part in the main event."""
    main = ctx.main_event()
    if main is None:
        return
    for m in WINNING.finditer(ctx.text):
        sa, _ = ctx.sentence_of(m.start())
        for p in ctx.mentions_in("PERSON", sa, m.start()):
            main.participants.append(
                (EntityRef("Person", p.text), ctx.evidence(p.start_char, m.end(), CONFIDENCE["context"]))
            )


def read_awards(ctx: ArticleContext) -> None:
    """“X”获得者 followed by names, and NAME荣获“X”称号: a person's honour."""
    text = ctx.text
    awarded = {(ref.name, honour) for ref, honour, _ in ctx.facts.awards}
    for m in _HOLDERS.finditer(text):
        honour = m.group(1)
        sa, sb = ctx.sentence_of(m.start())
        people = ctx.mentions_in("PERSON", max(sa, m.end() + 1), sb)
        if not people:
            na, nb = ctx.sentence_of(sb)
            if na == sb and _LISTING.search(text[na : na + 20]):
                people = ctx.mentions_in("PERSON", na, nb)
        for p in people:
            ev = ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])
            if (p.text, honour) not in awarded:
                ctx.facts.awards.append((EntityRef("Person", p.text), honour, ev))
                awarded.add((p.text, honour))
    for m in _GIVEN.finditer(text):
        honour = m.group(1)
        sa, _ = ctx.sentence_of(m.start())
        people = ctx.mentions_in("PERSON", sa, m.start())
        for p in people[-3:]:
            ev = ctx.evidence(p.start_char, m.end(), CONFIDENCE["pattern"])
            ctx.facts.awards.append((EntityRef("Person", p.text), honour, ev))
