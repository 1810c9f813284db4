"""Family *bodies*, bodies of an area the page never names (a county's paper says 县 for its
county): 县人大常委会, 县直机关工委 as printed, and the bare body of a chain after one
(县直机关工委副书记、工会工委主任: 县直机关工会工作委员会).  Read by ``kg.extract.gov_bodies``,
which passes its reader of the body words (``template``: canonical template, class, …).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import ZONE_SUFFIXES
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
    before = before or _printed_before(ctx, s.start_char)
    printed = ctx.ref_at.get((before.start_char, before.end_char)) if before is not None else None
    if before is None or printed is None or printed.name != before.text:
        return None  # (the body before is named with an area, or not read)
    zone = zone_body(ctx, before.text, template)
    if zone is not None and (named := template(ctx, s.text)) is not None:
        # 松林高新区党工委书记、管委会主任: a zone the registry lacks, its bodies as printed
        ref = EntityRef(named[1], zone + s.text)
        ctx.add(ref, None, (s.start_char, s.end_char), CONFIDENCE["context"])  # (管委会 bare: no name)
        return ref
    level = next((w for w in ctx.lex.level_words_longest if before.text.startswith(w)), None)
    named = template(ctx, s.text) if level is not None else None
    if named is None:
        return None
    ref = EntityRef(named[1], named[0].format(area=level))
    ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["context"])
    return ref


def zone_body(ctx: ArticleContext, name: str, template: Template) -> str | None:
    """The zone's name a body read as printed opens (松林高新区 of 松林高新区党工委): a name
    ending with a zone's ending, then a body word of an area; else None."""
    word = next((w for w in sorted(ctx.lex.level_bodies, key=len, reverse=True) if name.endswith(w)), None)
    if word is None or template(ctx, word) is None:
        return None
    zone = name[: -len(word)]
    return zone if zone.endswith(ZONE_SUFFIXES) else None


def _printed_before(ctx: ArticleContext, at: int) -> Span | None:
    """The body named last before ``at`` in its sentence, when it is a zone's body read as
    printed (no area of the registry to name it by)."""
    a, _ = ctx.sentence_of(at)
    found = [s for s in ctx.mentions_in("ORG", a, at) if s.end_char <= at]
    return found[-1] if found else None
