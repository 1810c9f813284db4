"""Family *awards*, continued: the names a prize's holders are listed by.

- 一等奖获得者A、B、C (二等奖获得者：D、E, 一等奖获得者为X公司的F): a prize without quotes, then
  the word of its holders (a copula, a unit and its 的), then the names one after another:
  each name holds the prize, and played in the contest its paragraph told before (一等奖获得者、
  X公司的焊工A: the unit's 的 in the holder's description).  A rank (第一名获得者) is no prize
  (``kg.extract.awards.award``), and holders named by no name (一等奖获得者将…) hold nothing here.
- 获得一等奖的A、B、C: the relative clause qualifies every name of the list after 的, not only
  the first (``kg.extract.prize_winners.relative_winners`` reads the list with
  :func:`names_listed`).

Needs the people (PERSON mentions).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.awards import award, bodies_in
from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.placings import contest_before
from kg.extract.wordlists import HONOUR_HOLDER, PLACES_WON
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, Evidence

# 一等奖获得者：, 一等奖获得者分别是: a prize won, the holders' word, then a copula (是, 为, 有)
# or a colon or blanks before the first name
_PRIZE_HOLDERS = re.compile(f"({alternation_of(PLACES_WON)})(?:{alternation_of(HONOUR_HOLDER)})")
_COPULA = re.compile("(?:分别)?(?:是|为|有)?[:：]?[ \u3000]*")
# 获得二等奖的选手有A、B, 获得一等奖的是A: a prize's 的, a head noun at most, a copula
_DE_COPULA = re.compile("的[\u4e00-\u9fff]{0,3}?(?:分别)?(?:是|为|有)[:：]?[ \u3000]*")
# 一等奖获得者、, 特等奖获得者，: the holders' word set apart before its holder's description
_APPOSED = re.compile("[、，,][ \u3000]*")
# how far after the holders' word the description may lead to the name (unit and job)
_DESCRIPTION_REACH = 30
# what a description of one person does not hold: a stop, a clause's break, a 的, a verb's 由/将
_NOT_DESCRIPTION = re.compile("[，,。；;！？!?：:\\s的由将]")
# a unit's name and its 的 opening a holder's description (琅琊精密机械的钳工)
_UNIT_DE = re.compile("[\u4e00-\u9fff]{2,16}?的(?=[\u4e00-\u9fff])")
# the tags of words no description of a person holds (a verb, a preposition, an adverb)
_NOT_DESCRIBING = frozenset({"v", "p", "d"})
# the longest unit's name read before a holder's 的
_UNIT_REACH = 40
# what stands between two names of one list: a bracketed note after a name (its unit), then
# 、 (和, 及) or blanks
_BETWEEN_NAMES = re.compile("(?:[（(][^（()）\n]{0,40}[)）])?(?:[、和及][ \u3000]*|[ \u3000]+)")


def names_listed(ctx: ArticleContext, first: Span) -> list[Span]:
    """The names of the list ``first`` opens: each next name right after a 、 (和, 及, blanks)."""
    people = {p.start_char: p for p in ctx.mentions_in("PERSON", first.end_char, first.end_char + 200)}
    out = [first]
    while (m := _BETWEEN_NAMES.match(ctx.text, out[-1].end_char)) is not None and m.end() in people:
        out.append(people[m.end()])
    return out


def listed_by_copula(ctx: ArticleContext, pos: int) -> Span | None:
    """获得二等奖的选手有A、B: the first name after the prize's 的, its head noun and 有 (是, 为)."""
    m = _DE_COPULA.match(ctx.text, pos)
    first = ctx.mentions_in("PERSON", m.end(), m.end() + 1) if m is not None else []
    return first[0] if first else None


def _described_holder(ctx: ArticleContext, pos: int, copula_end: int) -> list[Span]:
    """一等奖获得者、X公司电工张三 (a caption), 一等奖获得者为（：）X公司焊工张三: the holders'
    word in apposition, or its copula or colon, then the one name its holder's unit and job
    lead up to, in the same clause (no stop, no 的 but the unit's, no verb between)."""
    m = _APPOSED.match(ctx.text, pos)
    start = m.end() if m is not None else copula_end if copula_end > pos else None
    if start is None:
        return []
    # (一等奖获得者、X公司的焊工张三: past the unit and its 的, the job leads up to the name)
    start = _unit_before(ctx, start)
    people = ctx.mentions_in("PERSON", start, start + _DESCRIPTION_REACH)
    if not people:
        return []
    # (…获得者、琅琊精密机械的钳工张三: a short name of the unit not read as a body, its 的)
    unit = _UNIT_DE.match(ctx.text, start, people[0].start_char)
    if _NOT_DESCRIPTION.search(ctx.text, unit.end() if unit else start, people[0].start_char):
        return []
    words = ctx.doc.char_span(start, people[0].start_char, alignment_mode="expand")
    if words is not None and any(t.tag_ in _NOT_DESCRIBING for t in words):
        return []  # 一等奖获得者为市总工会主席张三颁发的…: a verb, not a description
    return people[:1]


def _unit_before(ctx: ArticleContext, at: int) -> int:
    """一等奖获得者为X公司的张三: past the unit and its 的 that qualify the first name at ``at``."""
    units = [y for y, x, _ in bodies_in(ctx, at, at + _UNIT_REACH) if x == at and ctx.text.startswith("的", y)]
    return max(units) + 1 if units else at


def prize_holders(ctx: ArticleContext) -> None:
    """一等奖获得者A、B、C: each name of the list right after the holders' word holds the prize."""
    text = ctx.text
    if "获得者" not in text:
        return
    for m in _PRIZE_HOLDERS.finditer(text):
        copula_end = _COPULA.match(text, m.end()).end()
        at = _unit_before(ctx, copula_end)
        first = ctx.mentions_in("PERSON", at, at + 1) or _described_holder(ctx, m.end(), copula_end)
        for p in names_listed(ctx, first[0]) if first else []:
            ev = ctx.evidence(m.start(), p.end_char, CONFIDENCE["pattern"])
            # (淑芳 read alone where the page prints 车淑芳: the person the mention was resolved to)
            holder = ctx.ref_at.get((p.start_char, p.end_char), EntityRef("Person", p.text))
            award(ctx, holder, m.group(1), ev)
            _played(ctx, holder, m.start(), ev)


def _played(ctx: ArticleContext, holder: EntityRef, at: int, ev: Evidence) -> None:
    """焊工一等奖获得者A after a contest told in the same paragraph: A won the prize in that
    contest, so took part in it."""
    contest = contest_before(ctx, at)
    if contest is None or "\n" in ctx.text[contest.evidence.start : at]:
        return
    if all(r != holder for r, _ in contest.participants):
        contest.participants.append((holder, ev))
