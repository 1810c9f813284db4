"""Family *events*, continued: an event whose day is fixed ahead is scheduled, not reported.

A name followed by a word fixing its day (``events/schedule_words.txt``: 颁奖仪式定于2028年9月2日
上午10:00在X举行) announces it; when that day is later than the page's, it has not happened
yet: a plan, no event (as 拟于…召开 is).  A page reporting it afterwards writes 于 or no word
at all, and one dated the same day or after it is a report of the day.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.dates import parse_date
from kg.lexicon import alternation_of, lexicon, words
from kg.model.facts import EventFact

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
