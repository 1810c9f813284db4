"""Family *bodies*, bodies of an area the page never names (a county's paper says 县 for its
county): 县人大常委会, 县直机关工委 as printed, and the bare body of a chain after one
(县直机关工委副书记、工会工委主任: 县直机关工会工作委员会).  Read by ``kg.extract.gov_bodies``,
which passes its reader of the body words (``template``: canonical template, class, …).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.model.facts import EntityRef

# kg.extract.gov_bodies._template: the canonical template and class of a body word, or None
Template = Callable[[ArticleContext, str], "tuple[str, str, str, str | None] | None"]


def unnamed_area_body(ctx: ArticleContext, s: Span, template: Template) -> EntityRef | None:
    """县人大常委会, 市政协 in a page that never names its county or city: the body as printed,
    one body of that page (kg.resolve.merge keeps it apart from other pages' 县人大常委会)."""
    if s._.kg_kind != "level-body":
        return None
    level = next((w for w in ctx.lex.level_words_longest if s.text.startswith(w)), None)
    if level is None or template(ctx, s.text[len(level) :]) is None:
        return None
    if not ctx.area_unnamed(ctx.lex.level_words[level], s.start_char, level):
        return None
    ref = EntityRef(template(ctx, s.text[len(level) :])[1], s.text)
    ctx.add(ref, None, (s.start_char, s.end_char), CONFIDENCE["context"])
    return ref


def unnamed_chain_body(ctx: ArticleContext, s: Span, before: Span | None, template: Template) -> EntityRef | None:
    """县直机关工委副书记、工会工委主任 on a page that never names its county: the bare body of
    the chain is that unnamed area's too, named by the level word as the body before it is
    printed (县直机关工会工作委员会)."""
    printed = ctx.ref_at.get((before.start_char, before.end_char)) if before is not None else None
    if before is None or printed is None or printed.name != before.text:
        return None  # (the body before is named with an area, or not read)
    level = next((w for w in ctx.lex.level_words_longest if before.text.startswith(w)), None)
    named = template(ctx, s.text) if level is not None else None
    if named is None:
        return None
    ref = EntityRef(named[1], named[0].format(area=level))
    ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
    return ref
