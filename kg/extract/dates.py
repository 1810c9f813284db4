"""Family *dates*: dates as written to xsd literals, and the main event's date.

``parse_date`` serves every family that reads a date; ``occasion_dates`` runs after the
events are merged (``ctx.facts.events``), since it needs to know the main event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import SAME_OCCASION


def parse_date(text: str, year: int | None) -> tuple[str, str] | None:
    """A date as written (2025年3月24日, 3月24日, 2025-03-24, 2025年3月) to an xsd literal."""
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", text)
    if m:
        y = int(m.group(1)) if m.group(1) else year
        mo, d = int(m.group(2)), int(m.group(3))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if y:
            return f"{y:04d}-{mo:02d}-{d:02d}", "date"
        return f"--{mo:02d}-{d:02d}", "gMonthDay"
    m = re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "date"
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月", text)
    if m:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}", "gYearMonth"
    return None


def occasion_dates(ctx: ArticleContext) -> None:
    """The main event happens on the date the article opens with (1月16日，…); events of
    sentences that open with 会上 / 同日 share it."""
    main = ctx.main_event()
    if main is None:
        return
    if main.date is None:
        top = len(ctx.article.headline or "")
        first = [t for t in ctx.mentions_of("TIME") if t.start_char >= top]
        lead = ctx.sentence_of(first[0].start_char) if first else None
        body_start = len(ctx.text) - len(ctx.article.body)
        if first and lead[0] <= body_start + 2:
            parsed = parse_date(first[0].text, ctx.page.year)
            if parsed:
                main.date = (*parsed, ctx.evidence(first[0].start_char, first[0].end_char, CONFIDENCE["context"]))
    for f in ctx.facts.events:
        if f is main or f.date is not None or main.date is None:
            continue
        sa, _ = ctx.sentence_of(f.evidence.start)
        if ctx.opens_with(sa, SAME_OCCASION):
            f.date = main.date
