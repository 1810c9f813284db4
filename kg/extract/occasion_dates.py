"""The main event's date, and the events that share it: run after the events are merged
(``ctx.facts.events``), since it needs to know the main event.  The main event happens on
the date the article opens with; events of sentences that open with 会上 / 同日 / 随后 share
it (or the day of the event dated last before them), 次日 counts the day after.

Split from kg.extract.dates (one idea per module: dates as written, and the lead's day, there)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import DATELINE, is_page_stamp, opening_date, parse_date
from kg.extract.wordlists import BEFORE_OCCASION, GENERIC_EVENT_HEADS, NEXT_DAYS, SAME_OCCASION
from kg.lexicon import alternation_of, lexicon
from kg.model.facts import EventFact

# 揭牌仪式后，/ 会议结束后，: a sentence opening after an event named by its head, on its day
_AFTER_EVENT = re.compile(
    "[^，,。；;！？!?\n]{{0,12}}?(?:{})(?:结束)?(?:之)?后[，,]".format(
        alternation_of(tuple(dict.fromkeys((*lexicon().event_heads, *GENERIC_EVENT_HEADS, "仪式"))))
    )
)
# words of the day said last (同日召开的X: the day of the event told before it)
_SAME_DAY = ("同日", "当天", "当日")
# 随后, 会后, 赛后: the occasion's words of right after it (the event named just before)
_RIGHT_AFTER = tuple(w for w in SAME_OCCASION if w.endswith("后"))
_IN_OCCASION = tuple("在" + w for w in SAME_OCCASION)
# 次日, 第二天: a day counted from the event told before
_NEXT_DAY = tuple(sorted(NEXT_DAYS, key=len, reverse=True))
_OPENERS = (*SAME_OCCASION, *_IN_OCCASION, *_NEXT_DAY)  # a clause's words of the occasion, of the next day
_ITEM_LABEL = re.compile(r"\s*【[^】\n]{1,6}】")  # 【又讯】同日上午，…: an item's label before its words


def _right_after(ctx: ArticleContext, sa: int) -> bool:
    """Whether the sentence at ``sa`` opens with a word of right after (随后…, 在随后召开的X上)."""
    return ctx.opens_with(sa, _RIGHT_AFTER) or ctx.opens_with(sa, tuple("在" + w for w in _RIGHT_AFTER))


# 采访时间：D over an oral history: when its teller was heard, no event's day
_TOLD_AT = re.compile(r"(?:采访|口述|整理)(?:时间|日期)[：:][ \u3000]*$")


def occasion_dates(ctx: ArticleContext) -> None:
    """The main event happens on the date the article opens with (1月16日，…), else on a date
    or a day relative to the report (昨天下午，…) opening a sentence of its first paragraph;
    events of sentences that open with 会上 / 同日 share it."""
    main = ctx.main_event()
    if main is None:
        return
    if main.date is None:
        top = len(ctx.article.headline or "")
        # (not a dateline's day, 本报长沙3月6日讯: the report's, not the event's)
        # (nor the page's stamp, 2024年03月08日 星期五: the day it was put up)
        first = [
            t
            for t in ctx.mentions_of("TIME")
            if t.start_char >= top
            and not DATELINE.match(ctx.text, t.start_char)
            and not is_page_stamp(ctx.text, t.start_char, t.end_char)
            and not _TOLD_AT.search(ctx.text, max(0, t.start_char - 8), t.start_char)
        ]
        lead = ctx.sentence_of(first[0].start_char) if first else None
        body_start = len(ctx.text) - len(ctx.article.body)
        if first and lead[0] <= body_start + 2:
            parsed = parse_date(first[0].text, ctx.page.year)
            if parsed:
                main.date = (*parsed, ctx.evidence(first[0].start_char, first[0].end_char, CONFIDENCE["context"]))
    if main.date is None:
        main.date = opening_date(ctx)
    for f in ctx.facts.events:
        if f is main or f.date is not None:
            continue
        # (by any of its mentions: a deck's 签订新一轮集体合同 is named again in 会上，…签订了集体合同)
        names = {f.ref.name, *f.aliases}
        said = {f.evidence.start} | {c.evidence.start for c, _ in ctx.candidate_events if c.ref.name in names}
        for at in sorted(said):
            sa, sb = _clauses_of(ctx, at)
            # (在随后召开的X上: the occasion's word after 在)
            at_occasion = ctx.opens_with(sa, (*SAME_OCCASION, *_IN_OCCASION, *BEFORE_OCCASION))  # (会前: its day too)
            if ctx.opens_with(sa, _NEXT_DAY):
                f.date = _days_after(ctx, sa, main)
                break
            if at_occasion or _AFTER_EVENT.match(ctx.text, sa, sb):
                # (同日召开的X after Y, 18日下午: the day of the event dated last before, Y's;
                # so of 随后召开的X, right after Y, in a bulletin of items of other days)
                before = [e for e in ctx.facts.events if e.date is not None and e.evidence.start < sa]
                last = max(before, key=lambda e: e.evidence.start, default=main)
                # (会后，… after a dated meeting, the main event undated — a section's heading
                # naming a topic: the meeting's day all the same)
                f.date = last.date if ctx.opens_with(sa, _SAME_DAY) or _right_after(ctx, sa) else main.date
                break


def _clauses_of(ctx: ArticleContext, at: int) -> tuple[int, int]:
    """The sentence of ``at`` with the clauses before it joined by a semicolon (在随后召开的
    X上，…；Y会议选举A为主任): what opens the first opens them all, 随后 dates Y too — unless
    the clause of ``at`` opens with such a word itself, or the comma's clause of ``at`` does
    (…召开，在随后召开的X上: its own); an item's label is passed over (【又讯】同日上午，…)."""
    own, sb = ctx.sentence_of(at)
    sa = own = label.end() if (label := _ITEM_LABEL.match(ctx.text, own)) else own
    while not ctx.opens_with(sa, _OPENERS) and sa > 0 and ctx.text[sa - 1] in "；;" and ctx.sentence_of(sa - 1)[0] < sa:
        sa = ctx.sentence_of(sa - 1)[0]
    clause = max(own, *(ctx.text.rfind(c, own, at) + 1 for c in "，,"))
    return (sa, sb) if ctx.opens_with(sa, _OPENERS) else (clause if ctx.opens_with(clause, _OPENERS) else own, sb)


def _days_after(ctx: ArticleContext, sa: int, main: EventFact):
    """次日，…: the day after that of the event dated last before the sentence at ``sa``
    (a full date only; none from a month alone)."""
    before = [e for e in ctx.facts.events if e.date is not None and e.evidence.start < sa]
    last = max(before, key=lambda e: e.evidence.start, default=main)
    word = next(w for w in _NEXT_DAY if ctx.opens_with(sa, (w,)))
    if last.date is None or last.date[1] != "date":
        return None
    day = date.fromisoformat(last.date[0]) + timedelta(days=NEXT_DAYS[word])
    return day.isoformat(), "date", ctx.evidence(sa, sa + len(word), CONFIDENCE["context"])
