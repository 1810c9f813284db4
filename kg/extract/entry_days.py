"""Family *dates*, continued: the days of a page's sections and of a log's entries.

A campaign told day by day heads each stop with a line that is its day (📍 7月9日 · 龙山街道,
【3月5日】), perhaps after the day's number of a diary (第三天　4月23日): an event of the section
whose own sentence gives no day happens on that day.

A work log exported from a chat app (日报, 周报, 工作日志) prints each entry under a heading line
that opens with its day, perhaps after its label in brackets, the weekday in brackets after it
and the other particulars after that (【日报】2028-03-07（周二）　提交于 17:58　接收人：…); a page
stamps its own date otherwise (2024年03月08日 星期五, no brackets).  What the entry tells was done that day:
an event of the entry whose own sentence gives no day happens on the heading's day, not on
the day of the export (the page's) nor of the entry told first.

Both run once the events are merged.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import is_page_stamp, parse_date

# 【日报】2028-03-07（周二）…, 2028年3月7日（星期二）　提交于…: a day with its year opening the
# line (perhaps after a label in brackets), its weekday in brackets after it
_ENTRY_HEADING = re.compile(
    r"^[ \t\u3000]*(?:【[^】\n]{1,8}】[ \t\u3000]*)?(\d{4}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))"
    r"[ \t\u3000]*[（(](?:周|星期)[一二三四五六日天][）)]",
    re.M,
)


# a line that is a section's heading: a day, perhaps a place after it, and marks only
# (📍 7月9日 · 龙山街道; 【3月5日】), perhaps after the day's number in a diary's days
# (【Day 3　4月23日　座谈会】, 第三天　4月23日)
_DAY_NUMBER = r"(?:Day\s*\d{1,2}|DAY\s*\d{1,2}|第[一二三四五六七八九十\d]{1,3}天)"
_DAY_HEADING = re.compile(
    rf"^[^\w\n]*(?:{_DAY_NUMBER}[^\w\n]*)?((?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日)[^\w\n]*(?:[\u4e00-\u9fff]{{1,12}}[^\w\n]*)?$",
    re.M,
)


def section_dates(ctx: ArticleContext) -> None:
    """An event of a section headed by a line that is a day (📍 7月9日 · 龙山街道, a stop of a
    campaign told day by day) happens on that day, when its own sentence gives none."""
    headings = [
        m
        for m in _DAY_HEADING.finditer(ctx.text)
        if m.start() >= len(ctx.article.headline or "") and not is_page_stamp(ctx.text, m.start(1), m.end(1))
    ]  # (not the page's stamp: 2024年03月08日 星期五)
    _by_headings(ctx, headings)


def entry_days(ctx: ArticleContext) -> None:
    """Dates each event with no day of its own by the entry heading last before where it is
    named (by the first of its mentions)."""
    _by_headings(ctx, list(_ENTRY_HEADING.finditer(ctx.text)))


def _by_headings(ctx: ArticleContext, headings: list[re.Match[str]]) -> None:
    """Each event with no day of its own takes the day (group 1) of the heading last before
    its first mention."""
    for f in ctx.facts.events:
        before = [m for m in headings if m.end() <= f.evidence.start]
        if f.date is not None or not before:
            continue
        m = before[-1]
        parsed = parse_date(m.group(1), ctx.page.year)
        if parsed:
            f.date = (*parsed, ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"]))
