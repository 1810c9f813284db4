"""Family *posts*: a company named in full, then by its trade name (字号) alone before its
head's title — 天水某香源餐饮有限公司 … 某香源负责人A说.

A report names a shop or a firm in full once and afterwards by the few characters that are its
own (the name without the area before it, its trade and its legal form).  Written right before a
title of the lexicon, as one word of the tagger's (which may take it for a name: 某香源/PER),
an opening of one company's own name is that company, and the chains of titles read the office
there (A 负责人 of the company).  Only an opening that one company of the article gives, at
words of its own (no other name read over it).
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import LEGAL_FORMS
from kg.model.facts import EntityRef

# the shortest and the longest trade name (某香, 某香源餐饮: its trade after it) and the longest
# area before it (天水市)
_MIN_TRADE = 2
_MAX_TRADE = 6
_MAX_AREA = 4


def trade_name_heads(ctx: ArticleContext) -> None:
    """Read each company's trade name written right before a title as the company (see the module)."""
    openings: dict[str, set[EntityRef]] = {}
    for ref in set(ctx.ref_at.values()):
        if ref.cls == "Organization" and (own := _own_name(ctx, ref.name)):
            for k in range(_MIN_TRADE, min(len(own), _MAX_TRADE) + 1):
                openings.setdefault(own[:k], set()).add(ref)
    if not openings:
        return
    longest = max(map(len, openings))
    text = ctx.text
    for title in ctx.mentions_of("TITLE"):
        b = title.start_char
        for a in range(max(0, b - longest), b - _MIN_TRADE + 1):
            refs = openings.get(text[a:b])
            if refs is None:
                continue
            if len(refs) == 1 and _own_word(ctx, a, b):
                ctx.add(next(iter(refs)), None, (a, b))
            break


def _own_name(ctx: ArticleContext, name: str) -> str:
    """The company's own name: ``name`` without its legal form and the area before it
    (天水某香源餐饮有限公司 → 某香源餐饮); "" for a name with no legal form."""
    form = next((f for f in LEGAL_FORMS if name.endswith(f) and len(name) > len(f)), None)
    if form is None:
        return ""
    body = name[: -len(form)]
    area = next((k for k in range(_MAX_AREA, 1, -1) if len(body) - k >= _MIN_TRADE and ctx.gaz.lookup(body[:k])), 0)
    return body[area:]


def _own_word(ctx: ArticleContext, a: int, b: int) -> bool:
    """Is ``text[a:b]`` one word of the tagger's, with no name read over any of it?"""
    span = ctx.doc.char_span(a, b)
    if span is None or len(span) != 1:
        return False
    return not ctx.ref_at.starting_in(a, b) and not any(ctx.ref_at.by_end.get(k) for k in range(a + 1, b + 1))
