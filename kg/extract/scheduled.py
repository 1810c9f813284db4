"""Family *events*, continued: an event whose day is fixed ahead is scheduled, not reported.

A name followed by a word fixing its day (``events/schedule_words.txt``: 颁奖仪式定于2028年9月2日
上午10:00在X举行) announces it; when that day is later than the page's, it has not happened
yet: a plan, no event (as 拟于…召开 is).  A page reporting it afterwards writes 于 or no word
at all, and one dated the same day or after it is a report of the day.

So is one a word of planning puts ahead in its clause (并将推荐其参加今年6月举行的X大赛, 4月中旬，
还将在Y镇举办X培训班, X联赛将于6月中旬开赛) when its day is later than the page's and the page
has already told of an event held by its day: a report's aside on what comes next.  (A notice
of what is to come tells of nothing held before it: its event stays; but a digest's brief,
■ X将组织…, among briefs of what was done, is such an aside.)
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import PLAN_WORDS, VENUE_VERBS
from kg.lexicon import alternation_of, lexicon, words
from kg.model.facts import EventFact

_PLAN_WORDS = frozenset(PLAN_WORDS)
# tags of a plan word that is no plan (将本次比赛作为…: the preposition; 工作计划: a noun)
NOT_PLANNING = frozenset({"p", "n", "vn", "nz"})
# X联赛将于6月中旬开赛: a word of planning between the name and its verb of holding (or of
# opening: 开赛, 开幕; not the bare 以)
_HOLD_OR_OPEN = alternation_of((*lexicon().event_verbs, *(v for v in VENUE_VERBS if len(v) > 1)))
_PLAN_TO_HOLD = re.compile(
    f"[^，,。；;！？!?\\n]{{0,10}}?(?:{alternation_of(PLAN_WORDS)})[^，,。；;！？!?\\n]{{0,20}}?(?:{_HOLD_OR_OPEN})"
)

# the bullet opening a digest's brief (■5月中旬，…; blank lines may stand between briefs)
_BRIEF = re.compile(r"\s*[■●◆▲▶►•▪]")
# X定于D在Y举行: the word fixing the day, then, in the clause, the verb of holding
_FIXED = re.compile(
    f"[^，,。；;！？!?\\n]{{0,6}}?(?:{alternation_of(words('events/schedule_words.txt'))})"
    f"[^，,。；;！？!?\\n]{{0,40}}?(?:{alternation_of(lexicon().event_verbs)})"
)


def scheduled_later(ctx: ArticleContext, fact: EventFact, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a day fixed ahead (定于D…举行) that is
    the event's date and later than the page's."""
    m = _FIXED.match(ctx.text, end)
    if m is None or fact.date is None or not end <= fact.date[2].start < m.end() or not ctx.article.date:
        return False
    today = parse_date(ctx.article.date, None)
    return today is not None and fact.date[1] == today[1] == "date" and fact.date[0] > today[0]


def _later(day: tuple[str, str], today: str) -> bool | None:
    """Whether a date (a day, or a month) is later than the page's day ``today`` (None: a day
    of the month with no year, which cannot say)."""
    value, kind = day
    if kind == "date":
        return value > today[:10]
    if kind == "gYearMonth":
        return value > today[:7]
    return None


def planned_ahead(ctx: ArticleContext, fact: EventFact, start: int, end: int, sa: int) -> bool:
    """Whether the event named at ``[start, end)`` (its sentence from ``sa``) is one to come the
    page mentions by the way: a word of planning in its clause before it (并将推荐其参加…举行的X)
    or between it and its verb of holding (X将于6月中旬开赛), an event read before it on the
    page held by the page's day (any day, on a page with none), and its own day (if read) later
    than the page's (or, on a page with none, than that event's)."""
    clause = max(sa, max(ctx.text.rfind(c, sa, start) for c in "，,；;") + 1)
    before = ctx.doc.char_span(clause, start, alignment_mode="contract")
    planning = before is not None and any(t.text in _PLAN_WORDS and t.tag_ not in NOT_PLANNING for t in before)
    if not planning and _PLAN_TO_HOLD.match(ctx.text, end) is None:
        return False
    today = parse_date(ctx.article.date, None) if ctx.article.date else None
    if today is not None and today[1] != "date":
        return False
    # (the first event read that was held by the page's day: a page reporting what was held)
    held = next(
        (
            f.date[0]
            for f, _ in ctx.candidate_events
            if f.date is not None and f.date[1] == "date" and (today is None or not _later(f.date[:2], today[0]))
        ),
        None,
    )
    if held is None:
        return _digest_brief(ctx.text, start)  # (■5月中旬，X将组织…开展疗休养: a digest's item to come)
    # (undated, 4月中旬，还将在Y镇举办X: the plan's word alone puts it ahead)
    return fact.date is None or bool(_later(fact.date[:2], today[0] if today else held))


def _digest_brief(text: str, at: int) -> bool:
    """Is the line holding ``at`` a brief of a digest (基层动态: items a bullet opens each, one
    after another)?  A digest reports what its bodies did; an item whose verb a word of
    planning puts ahead tells what they will do, a plan.  (Only the items next to it are
    looked at, not the whole page.)"""
    line = text.rfind("\n", 0, at) + 1
    if _BRIEF.match(text, line) is None:
        return False
    before = text.rfind("\n", 0, max(0, line - 1)) + 1
    after = text.find("\n", at)
    return (line > 0 and _BRIEF.match(text, before, line) is not None) or (
        after >= 0 and _BRIEF.match(text, after + 1) is not None
    )


def to_come(ctx: ArticleContext, fact: EventFact, start: int, end: int, sa: int) -> bool:
    """Whether the event named at ``[start, end)`` is scheduled later (:func:`scheduled_later`) or
    planned ahead after an event held (:func:`planned_ahead`): one to come, no event."""
    return scheduled_later(ctx, fact, end) or planned_ahead(ctx, fact, start, end, sa)
