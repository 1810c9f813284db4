"""Family *event attributes*, dates: an event dated by its close, its first day counted back.

X大赛…，前日（17日）于Y落幕。…128名选手，经过两天角逐，…决出名次: the day read is the one the
event closed on (a verb of closing after it, closing_verbs.txt), and its sentence or the next
says how long it lasted (经过两天, 历时三天, 为期两天): the event began on the day that many days
before, less one — its date, as 5月10日至11日 dates an event by its first day.

Runs once the events' dates are read (after ``occasion_dates``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.context import ArticleContext
from kg.lexicon import alternation_of, words

# the day, then within its clause's few words a verb of closing (前日（17日）于Y的Z落幕)
_CLOSED = re.compile(f"[^。；;！？!?\\n]{{0,40}}?(?:{alternation_of(words('events/closing_verbs.txt'))})")
# how long it lasted: 经过两天角逐, 历时3天, 为期两天的
_LASTED = re.compile(r"(?:经过|历时|为期)(\d{1,2}|[两二三四五六七八九十])天")
_HAN = "一二三四五六七八九十"


def closing_days(ctx: ArticleContext) -> None:
    """An event whose day is the one it closed on, with how long it lasted said in its
    sentence or the next, dated by its first day."""
    for e in ctx.facts.events:
        if e.date is None or e.date[1] != "date" or not _CLOSED.match(ctx.text, e.date[2].end):
            continue
        sa, sb = ctx.sentence_of(e.date[2].start)
        na, nb = ctx.sentence_of(sb)
        lasted = _LASTED.search(ctx.text, sa, nb if na == sb else sb)
        if lasted is None:
            continue
        n = lasted.group(1)
        days = int(n) if n.isdigit() else (2 if n == "两" else _HAN.index(n) + 1)
        with_first = date.fromisoformat(e.date[0]) - timedelta(days=days - 1)
        if days > 1:
            e.date = (with_first.isoformat(), e.date[1], e.date[2])
