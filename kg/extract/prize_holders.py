"""Family *awards*, continued: the names a prize's holders are listed by.

- 一等奖获得者A、B、C (二等奖获得者：D、E): a prize without quotes, then the word of its holders,
  then the names one after another: each name holds the prize.  A rank (第一名获得者) is no
  prize (``kg.extract.awards.award``), and holders named by no name (一等奖获得者将…) hold
  nothing here.
- 获得一等奖的A、B、C: the relative clause qualifies every name of the list after 的, not only
  the first (``kg.extract.honour_lists.relative_winners`` reads the list with
  :func:`names_listed`).

Needs the people (PERSON mentions).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.awards import award
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import HONOUR_HOLDER, PLACES_WON
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

# 一等奖获得者：: a prize won, the holders' word, a colon or blanks before the first name
_PRIZE_HOLDERS = re.compile(f"({alternation_of(PLACES_WON)})(?:{alternation_of(HONOUR_HOLDER)})[:：]?[ \u3000]*")
# what stands between two names of one list
_BETWEEN_NAMES = re.compile("[、和及与][ \u3000]*|[ \u3000]+")


def names_listed(ctx: ArticleContext, first: Span) -> list[Span]:
    """The names of the list ``first`` opens: each next name right after a 、 (和, 及, blanks)."""
    people = {p.start_char: p for p in ctx.mentions_in("PERSON", first.end_char, first.end_char + 200)}
    out = [first]
    while (m := _BETWEEN_NAMES.match(ctx.text, out[-1].end_char)) is not None and m.end() in people:
        out.append(people[m.end()])
    return out


def prize_holders(ctx: ArticleContext) -> None:
    """一等奖获得者A、B、C: each name of the list right after the holders' word holds the prize."""
    text = ctx.text
    if "获得者" not in text:
        return
    for m in _PRIZE_HOLDERS.finditer(text):
        first = ctx.mentions_in("PERSON", m.end(), m.end() + 1)
        for p in names_listed(ctx, first[0]) if first else []:
            ev = ctx.evidence(m.start(), p.end_char, CONFIDENCE["pattern"])
            award(ctx, EntityRef("Person", p.text), m.group(1), ev)
