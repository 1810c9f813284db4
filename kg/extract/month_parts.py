"""Family *dates*, continued: an event said to be held in a part of a month (X大赛于3月上旬启动,
…于2027年11月中旬举办) happens in that month; the day is not said, so the date is the month's.

Read by ``kg.extract.dates.read_date`` when the event's sentence gives no day of its own.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import MONTH_PARTS
from kg.lexicon import alternation_of
from kg.model.evidence import Evidence

# 于 and a month's part (于3月上旬, 于2027年11月中旬): when the event is held or starts
_IN_MONTH_PART = re.compile(f"于(?:(\\d{{4}})年)?(\\d{{1,2}})月(?:{alternation_of(MONTH_PARTS)})")


def month_part_date(ctx: ArticleContext, sa: int, sb: int) -> tuple[str, str, Evidence] | None:
    """The month of the first 于 and month's part in ``[sa, sb)`` (its year said, else the
    page's), as a gYearMonth; None when there is none or no year is known."""
    m = _IN_MONTH_PART.search(ctx.text, sa, sb)
    if m is None:
        return None
    year = int(m.group(1)) if m.group(1) else ctx.page.year
    month = int(m.group(2))
    if year is None or not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}", "gYearMonth", ctx.evidence(m.start() + 1, m.end(), CONFIDENCE["context"])
