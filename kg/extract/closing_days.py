"""Family *event attributes*, dates: an event dated by its close, its first day counted back.

X大赛…，前日（17日）于Y落幕。…128名选手，经过两天角逐，…决出名次: the day read is the one the
event closed on (a verb of closing after it, closing_verbs.txt), and its sentence or the next
says how long it lasted (经过两天, 历时三天, 为期两天): the event began on the day that many days
before, less one — its date, as 5月10日至11日 dates an event by its first day.

A course given no day (近日，…举办X培训班) is dated by its closing ceremony named alone after it
(1月15日结业式上，…): the only day the report gives it.

Runs once the events' dates are read (after ``occasion_dates``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import COURSE_OPENINGS
from kg.lexicon import alternation_of, words

# the day, then within its clause's few words a verb of closing (前日（17日）于Y的Z落幕)
_CLOSED = re.compile(f"[^。；;！？!?\\n]{{0,40}}?(?:{alternation_of(words('events/closing_verbs.txt'))})")
# how long it lasted: 经过两天角逐, 历时3天, 为期两天的
_LASTED = re.compile(r"(?:经过|历时|为期)(\d{1,2}|[两二三四五六七八九十])天")
_HAN = "一二三四五六七八九十"
# the day, then the closing ceremony of a course, named alone (1月15日结业式上 / 1月15日举行的结业仪式)
_COURSE_CLOSED = re.compile(f"(?:举行的|召开的)?(?:{alternation_of(words('events/course_closings.txt'))})")
# the endings of a course's name (培训班, 训练营): the courses the ceremonies of course_openings.tsv open
_COURSE_ENDINGS = tuple(dict.fromkeys(e for ends in COURSE_OPENINGS.values() for e in ends if e in ("班", "营")))


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


def course_closing_days(ctx: ArticleContext) -> None:
    """A course given no day, then a day with its closing ceremony named alone after it
    (…举办X培训班。…1月15日结业式上，…): the course is dated by that day."""
    for t in ctx.mentions_of("TIME"):
        if not _COURSE_CLOSED.match(ctx.text, t.end_char):
            continue
        before = [e for e in ctx.facts.events if e.evidence.start < t.start_char]
        course = max(before, key=lambda e: e.evidence.start, default=None)
        if course is None or course.date is not None or not course.ref.name.endswith(_COURSE_ENDINGS):
            continue
        parsed = parse_date(t.text, ctx.page.year)
        if parsed:
            course.date = (*parsed, ctx.evidence(t.start_char, t.end_char, CONFIDENCE["context"]))
