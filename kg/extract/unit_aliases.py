"""A unit named by a shorter word of its kind (某某标项目部 … 某某标项目经理部).

A works project's managing department is written in full (湘西某铁路3标项目经理部) and short
(…3标项目部) on one page, in a headline and its body alike; the same holds for the bodies
named after it (项目部党工委, 项目部工会).  Two bodies of one class whose names differ only
by such a word are one body, the short name its alias.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.lexicon import table
from kg.model.facts import EntityRef

SHORT_UNIT_WORDS = [(row[0], row[1]) for row in table("bodies/short_unit_words.tsv")]


def short_unit_words(ctx: ArticleContext) -> None:
    """Merge a body named with a unit's short word into the one named with its long word."""
    names = {(ref.cls, ref.name): ref for ref in ctx.facts.entities}
    merged: dict[EntityRef, EntityRef] = {}
    for ref in list(ctx.facts.entities):
        if ref.cls not in ("Organization", "TradeUnion"):
            continue
        for short, long in SHORT_UNIT_WORDS:
            k = ref.name.find(short)
            if k <= 0 or ref.name.startswith(long, k):
                continue
            full = names.get((ref.cls, ref.name[:k] + long + ref.name[k + len(short) :]))
            if full is not None and full != ref:
                merged[ref] = full
    ctx.merge(merged)
