"""The year a report is about, which dates its days: a union's 2027年度工作总结 (or 述职报告,
上半年总结, 工作报告), or a text opening on its year (2027年，在市委的领导下…), is often
published in the next January; its `3月8日` is in 2027, not in the year of its date.

Called by ``kg.extract.article`` before the families read: the article's page context
then carries the report's year instead of the page's.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.page import PageContext
from kg.extract.wordlists import REPORT_KINDS
from kg.lexicon import alternation_of
from kg.model.article import Article

_YEAR = r"((?:19|20)\d{2})年"
# 2027年度工作总结, 2027年上半年工作总结, 市总工会2027年工作报告: a title of a report on a year,
# the kind ending its line (not 2027年以来: a period up to now; not 召开2027年度工作总结会:
# a meeting held now)
_TITLED = re.compile(
    rf"{_YEAR}(?!以来)[^，,。；;！？!?\n“”]{{0,20}}?(?:{alternation_of(REPORT_KINDS)})[）)\s]*(?:\n|$)"
)
# 2027年，在市委…: the body's first line opening on the year alone, in a report told under
# numbered heads (一、主要工作)
_OPENING = re.compile(rf"\s*{_YEAR}[，,]")
_NUMBERED = re.compile(r"\n\s*[一二三四五六七八九十]+、")
# how far into the body its title or opening line may stand (a report printed with its title)
_HEAD_CHARS = 120


def report_page(page: PageContext, article: Article) -> PageContext:
    """The page context with the report's year, when the article is a report on a year
    before the page's (or the page has none)."""
    head = article.body[:_HEAD_CHARS]
    if not any(w in (article.headline or "") or w in head for w in REPORT_KINDS) and not _OPENING.match(head):
        return page
    m = _TITLED.search(article.headline or "") or _TITLED.search(head)
    if m is None and _NUMBERED.search(article.body):
        m = _OPENING.match(head)
    if m is None:
        return page
    year = int(m.group(1))
    if page.year is not None and not page.year - 1 <= year < page.year:
        return page
    return dataclasses.replace(page, year=year)
