"""A township written by its former level word where the text names the town it became.

The registry knows a township by today's level word (巷道镇); a chronicle writes it by the one
it had (巷道乡) up to the year it was made a town (2024年撤乡设镇), and by the new one after.
Both in one text are one area, the former name an alias; written alone, the former name stays
the area as written (kg.extract.areas).
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.nlp.unlisted_townships import RENAMED_ENDINGS


def as_renamed_town(ctx: ArticleContext, s, county: str) -> bool:
    """巷道乡 … 撤乡设镇 … 巷道镇: a township the registry has under the other level word in
    its county, the text naming that form too, is that town under its former name (an alias),
    not a second area of one place (written so alone, it stays as written)."""
    if s.text[-1:] not in RENAMED_ENDINGS:
        return False
    other = s.text[:-1] + RENAMED_ENDINGS[s.text[-1]]
    town = [t for t in ctx.gaz.lookup(other) if t.level == "township" and t.parent == county]
    if len(town) != 1 or other not in ctx.text:
        return False
    ctx.add(area_ref(town[0]), s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
    ctx.area_at[(s.start_char, s.end_char)] = town[0]
    ctx.area_kind[(s.start_char, s.end_char)] = "township"
    return True
