"""Family *events*, continued: an event a word of planning puts ahead of its verb of holding
(…大会拟于12月中旬召开, 7月中旬将在X镇举办“Y”, 今后将开展更多…活动) is to come, not held,
unless the page pins it with a day, a place or a head count of its own.

Split from kg.extract.events (one idea per module: the events an article names there)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.scheduled import NOT_PLANNING
from kg.extract.wordlists import PLAN_WORDS, SPEECH_VERBS
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EventFact
from kg.nlp.held_names import HELD_REACH
from kg.nlp.text import OPEN_QUOTES

_PLAN_WORDS = frozenset(PLAN_WORDS)
_SPEECH_VERBS = frozenset(SPEECH_VERBS)
# a verb of holding right before an event's name (举办了…)
_HOLDING = alternation_of(lexicon().event_verbs)
# …招聘会下周举行 / …大赛将于8月在X举办: a word of planning between the name and its verb
# of holding — the event is to come, not reported
PLANNED_AFTER = re.compile(
    f"[^，,。；;！？!?\n]{{0,10}}?(?:{alternation_of(PLAN_WORDS)})[^，,。；;！？!?\n]{{0,10}}?(?:{_HOLDING})"
)
# 7月中旬将在X镇举办“Y”: a verb of holding right before the name, a word of planning before it
_HELD_BY_NAME = re.compile(f"(?:{_HOLDING})了?[{OPEN_QUOTES}]?$")
# …大会拟于2027年12月中旬召开: the same, with room for the day the plan gives
PLAN_STRETCH = re.compile(
    f"[^，,。；;！？!?\n]{{0,10}}?(?:{alternation_of(PLAN_WORDS)})[^，,。；;！？!?\n]{{0,20}}?(?:{_HOLDING})"
)


def only_planned(fact: EventFact, a: int, b: int) -> bool:
    """Whether all the event has of its own (date, place) is said in ``[a, b)``, the plan
    after its name (…大会拟于2027年12月中旬召开), and no head count: a name, however
    titled, with nothing but a plan's day is an event to come."""
    inside = [fact.date[2]] if fact.date else []
    inside += [e for _, e in fact.locations]
    return fact.count is None and all(a <= e.start < b for e in inside)


def planned_or_said(ctx: ArticleContext, s: Span, sa: int, saying: bool = True) -> bool:
    """A word of planning (将, 下一步, 今后 …) or, with ``saying``, a verb of saying (表示,
    介绍 …) before the name in its sentence.  Not 将 the preposition (将本次比赛作为…), nor
    a noun (做了充分准备, 工作计划): what was prepared is done."""
    before = ctx.doc.char_span(sa, s.start_char, alignment_mode="contract")
    return before is not None and any(
        (t.text in _PLAN_WORDS and t.tag_ not in NOT_PLANNING)
        or (saying and t.text in _SPEECH_VERBS and t.tag_.startswith("v"))
        for t in before
    )


def planned_holding(ctx: ArticleContext, s: Span, sa: int, fact: EventFact) -> bool:
    """7月中旬将在X镇举办“Y”，报名截止7月5日: the verb of holding right before the name has a
    word of planning before it in its clause, and the only day read for it stands outside that
    clause (a deadline's) — an event to come, which no day of its own pins.  Not when the plan
    gives its day (将于5月10日在X举办第三届运动会: announced, held that day), nor when no day is
    read at all (将于10月中旬在X举办书画展: announced with its place)."""
    held = _HELD_BY_NAME.search(ctx.text, max(sa, s.start_char - HELD_REACH), s.start_char)
    if held is None:
        return False
    clause = max(sa, max(ctx.text.rfind(c, sa, held.start()) for c in "，,；;：:") + 1)
    before = ctx.doc.char_span(clause, held.start(), alignment_mode="contract")
    if fact.date is None or clause <= fact.date[2].start < held.start():
        return False
    return before is not None and any(t.text in _PLAN_WORDS and t.tag_ not in NOT_PLANNING for t in before)
