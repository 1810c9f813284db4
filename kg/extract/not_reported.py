"""Family *events*, continued: an event's name said where the page reports no event by it.

Four ways a page names an event it does not report:

- as the name of an honour given for it: “X市劳动竞赛先进集体”称号, 劳动竞赛优秀组织单位 — the
  event's name right before a word of merit (``events/merit_words.txt``) or an honour's head
  (先进集体, 标兵: the awards family's heads) is the honour's;
- as the background of a past year: A去年围绕…开展“Y”竞赛 — a name with a year before the
  page's (去年, 前年: ``events/relative_years.tsv``) in its clause and no day of its own is told
  of that year, not reported (去年11月9日… dates it: a day read keeps it);
- in a note on a person, bracketed right after the name: 吕某（5月在该矿工会换届选举中当选）表示 —
  what the note tells happened apart from what the page reports;
- as a deed of a candidate's record: 事迹：扎根急诊一线16年，…走进企业开展急救培训 — an activity
  on a card's record line (``events/record_labels.txt``) that names no year or month is done
  again and again over the years the record covers, no one event held.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import HONOUR_HEADS, RELATIVE_YEARS
from kg.lexicon import alternation_of, words
from kg.nlp.text import CLOSE_QUOTES

# the honour after the event's name: a word of merit, or an honour's head (not a person's title:
# 表彰大会劳模代表发言 is the meeting's speaker)
_HONOUR_AFTER = re.compile(alternation_of((*words("events/merit_words.txt"), *HONOUR_HEADS)))
# a card's record line (事迹：…), and a day or month on it (2027年9月: not 从业16年, a span)
_RECORD_LINE = re.compile(f"[ \\t\u3000]*(?:{alternation_of(words('events/record_labels.txt'))})[ \\t\u3000]*[：:]")
_DATED = re.compile(r"\d{4}年|(?<![\d.])\d{1,2}月|[一二三四五六七八九十]{1,2}月(?!份?工资)")
# a year before the page's (去年, 前年) in the clause before the name
_PAST_YEAR = re.compile(f"(?:{alternation_of([w for w, n in RELATIVE_YEARS.items() if n < 0])})[^，,。；;！？!?\\n]*$")


def honour_named(ctx: ArticleContext, end: int) -> bool:
    """Whether the event's name ending at ``end`` opens an honour's name (X竞赛先进集体)."""
    return _HONOUR_AFTER.match(ctx.text, end) is not None and ctx.text[end - 1 : end] not in CLOSE_QUOTES


def past_year_told(ctx: ArticleContext, start: int, sa: int) -> bool:
    """Whether a year before the page's (去年) stands in the clause before the name at ``start``
    (its sentence from ``sa``): the name is told of that year (the caller keeps one a day
    read dates)."""
    return _PAST_YEAR.search(ctx.text, max(sa, start - 40), start) is not None


def person_aside(ctx: ArticleContext, at: int, sa: int) -> bool:
    """Whether ``at`` is inside brackets right after a person's name (吕某（5月在该矿工会换届
    选举中当选）): what the note tells of the person happened apart from what the article reports."""
    k = max(ctx.text.rfind("（", sa, at), ctx.text.rfind("(", sa, at))
    if k < 0 or re.search("[）)]", ctx.text[k:at]):
        return False
    return any(p.end_char == k for p in ctx.mentions_in("PERSON", max(sa, k - 8), k))


def record_deed(ctx: ArticleContext, start: int) -> bool:
    """Whether the activity at ``start`` stands on a card's record line (事迹：…) that names no
    year or month (2027年9月 on it tells of one event held)."""
    a = ctx.text.rfind("\n", 0, start) + 1
    b = ctx.text.find("\n", start)
    b = len(ctx.text) if b < 0 else b
    return _RECORD_LINE.match(ctx.text, a) is not None and _DATED.search(ctx.text, a, b) is None
