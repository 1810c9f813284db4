"""Family *awards*, continued: who may hold an honour, and who comes up for a class.

- An honour whose name ends with a collective's head (奖状, 先进集体, 先进单位, 工人先锋号,
  模范职工之家) is given to a body only: an encyclopedia entry's 主要荣誉 lists its union's
  honours under a line that names a person, a profile names the works its person leads; such an
  honour read as a person's is dropped (the readers before found its holder by the clause's
  topic, which is the wrong one).
- A person the page says was put forward for an honour (A已被推荐为2028年全国劳动模范候选人，
  尚未评定) is a candidate for it, not its holder: the same honour read as A's elsewhere (an
  epithet before the name, 全国劳动模范、某公司班长A) is dropped.
- 为N名“X”颁发荣誉证书，A、B作为代表上台领奖: the honour goes to a class, and the people the
  next clause sends up to collect it are of that class, so hold it; so are those the next
  clause says were honoured (…，A、B等受到表彰), and the class may be named by its honour
  before it (为获评“X”的10名同志颁发证书).

Needs the people (PERSON mentions); runs after the other readers of honours.
"""

from __future__ import annotations

import re

from kg.extract.awards import EDITION, award, clause_start
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import (
    BESTOW_VERBS,
    COLLECTING_WORDS,
    COLLECTIVE_HONOURS,
    HONOURED_VERBS,
    NOMINATING_VERBS,
    SHORTLIST_WORDS,
    TITLED_VERBS,
)
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_COLLECTIVE = tuple(COLLECTIVE_HONOURS)
_COUNT = "[\\d一二三四五六七八九十百余多]+(?:名|位)"
_QUOTED = '[“"「『]([^“”"「」『』]{2,20})[”"」』]'
# 为10名2026年度“X”颁发荣誉证书，: a class counted, its honour quoted, the verb of handing over;
# or the class named by the honour its members received (为获评“X”的10名同志颁发证书，)
_CLASS_HANDED = re.compile(
    f'(?:为|向|给)(?:{_COUNT}[^“”"，,。；;]{{0,10}}?{_QUOTED}'
    f'|(?:{alternation_of(TITLED_VERBS)}){_QUOTED}(?:荣誉)?(?:称号)?的{_COUNT}[^“”"，,。；;]{{0,6}}?)'
    f"[^，,。；;]{{0,8}}?(?:{alternation_of((*BESTOW_VERBS, '颁奖'))})[^，,。；;]{{0,8}}[，,]"
)
# the clause after names those who came up for it (领奖) or were honoured (等受到表彰)
_COLLECTS = re.compile(alternation_of((*COLLECTING_WORDS, *HONOURED_VERBS)))
_CLAUSE_END = re.compile("[，,。；;！!？?\n]")
# 被推荐为2028年全国劳动模范候选人: a verb of putting forward, 为, the honour, the candidate's word
_CANDIDATE = re.compile(
    f'(?:{alternation_of(NOMINATING_VERBS)})为?([\u4e00-\u9fff\\d“”"]{{2,20}}?)(?:{alternation_of(SHORTLIST_WORDS)})'
)
_QUOTES = re.compile('[“”"]')


def people_hold_no_collective(ctx: ArticleContext) -> None:
    """Drop a person's honour whose name ends with a collective's head (a body's honour)."""
    ctx.facts.awards[:] = [
        (ref, honour, ev)
        for ref, honour, ev in ctx.facts.awards
        if ref.cls != "Person" or not honour.endswith(_COLLECTIVE)
    ]


def candidates_hold_none(ctx: ArticleContext) -> None:
    """A已被推荐为X候选人: drop X read as A's (A is a candidate for it)."""
    text = ctx.text
    put_forward: set[tuple[str, str]] = set()
    for m in _CANDIDATE.finditer(text):
        honour = EDITION.sub("", _QUOTES.sub("", m.group(1)))
        for p in ctx.mentions_in("PERSON", clause_start(ctx, m.start()), m.start()):
            put_forward.add((p.text, honour))
    if put_forward:
        ctx.facts.awards[:] = [
            (ref, honour, ev)
            for ref, honour, ev in ctx.facts.awards
            if ref.cls != "Person" or (ref.name, EDITION.sub("", honour)) not in put_forward
        ]


def representatives(ctx: ArticleContext) -> None:
    """为N名“X”颁发证书，A、B作为代表上台领奖 (为获评“X”的N名同志颁发证书，A、B等受到表彰): the
    people of the clause right after, before its word of collecting (领奖) or of being
    honoured, hold X."""
    text = ctx.text
    for m in _CLASS_HANDED.finditer(text):
        end = _CLAUSE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        got = _COLLECTS.search(text, m.end(), stop)
        if got is None:
            continue
        honour = m.group(1) or m.group(2)
        for p in ctx.mentions_in("PERSON", m.end(), got.start()):
            award(ctx, EntityRef("Person", p.text), honour, ctx.evidence(m.start(), got.end(), CONFIDENCE["context"]))
