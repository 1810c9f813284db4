"""Family *dates*, continued: the day of a log's entries.

A work log exported from a chat app (日报, 周报, 工作日志) prints each entry under a heading line
that opens with its day, perhaps after its label in brackets, the weekday in brackets after it
and the other particulars after that (【日报】2028-03-07（周二）　提交于 17:58　接收人：…); a page
stamps its own date otherwise (2024年03月08日 星期五, no brackets).  What the entry tells was done that day:
an event of the entry whose own sentence gives no day happens on the heading's day, not on
the day of the export (the page's) nor of the entry told first.

Runs with ``kg.extract.dates.section_dates``, once the events are merged.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date

# 【日报】2028-03-07（周二）…, 2028年3月7日（星期二）　提交于…: a day with its year opening the
# line (perhaps after a label in brackets), its weekday in brackets after it
_ENTRY_HEADING = re.compile(
    r"^[ \t\u3000]*(?:【[^】\n]{1,8}】[ \t\u3000]*)?(\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))"
    r"[ \t\u3000]*[（(](?:周|星期)[一二三四五六日天][）)]",
    re.M,
)


def entry_days(ctx: ArticleContext) -> None:
    """Dates each event with no day of its own by the entry heading last before where it is
    named (by the first of its mentions)."""
    headings = list(_ENTRY_HEADING.finditer(ctx.text))
    for f in ctx.facts.events:
        before = [m for m in headings if m.end() <= f.evidence.start]
        if f.date is not None or not before:
            continue
        m = before[-1]
        parsed = parse_date(m.group(1), ctx.page.year)
        if parsed:
            f.date = (*parsed, ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"]))
