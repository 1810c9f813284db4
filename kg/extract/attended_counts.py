"""How many attended the event a verb of attending names (…主持座谈会，双方代表共30余人参加 /
职工代表30余人参加活动 / 120余人参加开幕式并观展), said however far from the event's own sentence.

Runs once the events are merged (``kg.extract.article.STEPS``), after ``stated_count``; reads
the counts as ``kg.extract.event_counts`` does.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_counts import ATTEND_VERB, TOTAL_BEFORE
from kg.extract.event_mentions import EventsByEnding, mentions
from kg.extract.participants import ATTENDED
from kg.extract.people_counts import counts_between
from kg.extract.wordlists import COURSE_OPENINGS, GENERIC_EVENT_HEADS, HEAD_SUFFIXES
from kg.model.facts import EventFact

# a count right before a verb of attending, its object (the event attended) up to the
# clause's end: …主持座谈会，双方代表共30余人参加。 / 职工代表30余人参加活动。; or the
# count's noun between, the event then named (来自全镇的160多名职工参加活动。)
_COUNT_ATTENDS = re.compile(
    f"(?:{ATTEND_VERB}([\u4e00-\u9fff]{{0,8}}?)|[\u4e00-\u9fff]{{1,6}}?{ATTEND_VERB}([\u4e00-\u9fff]{{0,8}}?))"
    "(?=[，,。；;！!？?\n]|$)"
)
# …共312名职工参加拔河、跳绳接力等6个项目比赛: the object lists the items of the day's event and
# counts them (等 + a number + a measure): those taking part took part in that event
_ITEMS_ATTENDED = re.compile(
    f"[\u4e00-\u9fff]{{0,6}}?{ATTEND_VERB}[^，,。；;！!？?\n]{{2,30}}?等(?:\\d+|[两三四五六七八九十]+)"
    f"[个项场类]?[\u4e00-\u9fff]{{0,6}}?(?=[，,。；;！!？?\n]|$)"
)


def attended_count(ctx: ArticleContext) -> None:
    """…主持座谈会，双方代表共30余人参加 / 职工代表30余人参加活动: a count right before a verb
    of attending, at the end of its clause, is how many took part in the event the verb's
    object names (活动, 会议 alone: the main event) or, with none, the event attended in a
    clause before it (主持座谈会); said however far from the event's own sentence, it replaces
    a count another event took from its next sentences."""
    events = ctx.facts.events
    main = ctx.main_event()
    if not events or main is None:
        return
    by_object = EventsByEnding(events)
    text = ctx.text
    # the events by where their counts were read, indexed once
    counted: dict[int, list[EventFact]] = {}
    for e in events:
        if e.count is not None:
            counted.setdefault(e.count[1].start, []).append(e)
    said = mentions(ctx, events)
    starts = [a for a, _ in said]
    for c in ctx.mentions_of("COUNT"):
        m = _COUNT_ATTENDS.match(text, c.end_char)
        # (共312名职工参加A、B等6个项目比赛: no event named, the items of the main one)
        items = m is None and _is_total(ctx, c) and _ITEMS_ATTENDED.match(text, c.end_char) is not None
        if (m is None and not items) or (m is not None and m.group(2) is not None and c.start_char in counted):
            continue  # (…举办“X”，80余名职工参加活动: the count of X, read in its own sentence)
        sa, sb = ctx.sentence_of(c.start_char)
        if not any(k.start_char == c.start_char for k in counts_between(ctx, sa, sb)):
            continue
        word = (m.group(1) or m.group(2) or "") if m is not None else ""
        word = word.split("并")[0]  # (参加开幕式并观展: the first of the verbs joined takes the event)
        if not word and not items:
            before = [a.group(1) for a in ATTENDED.finditer(text, sa, c.start_char)]
            word = before[-1] if before else ""
        target = by_object.last_before(word, c.start_char) if word else None
        if target is None and word:
            # 共150余人参加培训: the 培训班 named before (培训 + 班), the last of them
            held = [e for x in HEAD_SUFFIXES if (e := by_object.last_before(word + x, c.start_char)) is not None]
            target = max(held, key=lambda e: e.evidence.start, default=None)
        if target is None and word in COURSE_OPENINGS:
            # 120余人参加开幕式: the opening of the course or show named last before it
            target = next(
                (
                    e
                    for e in reversed(events)
                    if e.evidence.start < c.start_char and e.ref.name.endswith(COURSE_OPENINGS[word])
                ),
                None,
            )
        named = target is not None
        if target is None and word in GENERIC_EVENT_HEADS:
            # (…服务站揭牌仪式在Y举行。…户外劳动者40余人参加活动: the event its paragraph named last)
            target = _named_in_paragraph(ctx, said, starts, c.start_char)
        if target is None and (
            items or word in GENERIC_EVENT_HEADS or (not word and _said_in_main_paragraph(ctx, c, main))
        ):
            target = main
        # (…共70余人参加: a sum of those attending replaces a count that is no sum, read in the
        # event's own sentence: 为97名学生发放助学金 counts those it was for)
        # (nor a count read from the sentences after the event's own, when this one's verb
        # names the event: 为6名讲解员颁发聘书。…120余人参加开幕式)
        if target is None or (
            target.count is not None
            and target.count[1].start != c.start_char
            and (not _is_total(ctx, c) or _is_total_at(ctx, target.count[1].start))
            and not (named and _read_after(ctx, target))
        ):
            continue
        for e in counted.pop(c.start_char, []):
            if e is not target:
                e.count = None  # (a count read from the sentences after another event)
        target.count = (c._.kg_count, ctx.evidence(c.start_char, c.end_char, CONFIDENCE["context"]))


def _named_in_paragraph(
    ctx: ArticleContext, said: list[tuple[int, EventFact]], starts: list[int], at: int
) -> EventFact | None:
    """The event named last before ``at`` in its paragraph, if any (``said``: the events'
    mentions in order, ``starts`` where they are)."""
    k = bisect.bisect_left(starts, at)
    if not k or "\n" in ctx.text[said[k - 1][0] : at]:
        return None
    return said[k - 1][1]


def _read_after(ctx: ArticleContext, e: EventFact) -> bool:
    """Whether the count of ``e`` was read in a sentence after its own (its next sentences'),
    not where the event is named."""
    return e.count is not None and ctx.sentence_of(e.count[1].start)[0] >= ctx.sentence_of(e.evidence.start)[1]


def _is_total(ctx: ArticleContext, c: Span) -> bool:
    """Whether the count ``c`` is a sum (共70余人参加)."""
    return bool(TOTAL_BEFORE.search(ctx.text, max(0, c.start_char - 3), c.start_char))


def _is_total_at(ctx: ArticleContext, start: int) -> bool:
    """Whether the count read at ``start`` is a sum too."""
    return bool(TOTAL_BEFORE.search(ctx.text, max(0, start - 3), start))


def _said_in_main_paragraph(ctx: ArticleContext, c: Span, main: EventFact) -> bool:
    """Whether ``c`` is a sum (共70余人参加), or the first count of the main event (…等行业的200余名
    户外劳动者参加), in the paragraph that names the main event: with no event attended named,
    those attending attended it."""
    if not _is_total(ctx, c) and main.count is not None:
        return False
    a = ctx.text.rfind("\n", 0, c.start_char) + 1
    b = ctx.text.find("\n", c.start_char)
    b = len(ctx.text) if b < 0 else b
    names = {main.ref.name, *main.aliases}
    starts = [main.evidence.start] + [f.evidence.start for f, _ in ctx.candidate_events if f.ref.name in names]
    return any(a <= x < b for x in starts)
