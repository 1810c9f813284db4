"""Family *credits*: the reporters and photographers the byline names (ingest read them).

Needs nothing of the earlier families: the names come from ``ctx.article``, not from the
text's mentions; they are people of the article without a mention in its text.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.model.facts import EntityRef


def read_credits(ctx: ArticleContext) -> None:
    """The article's reporters and photographers, as people credited by it."""
    printed = ctx.article.credits_written  # on a converted page, the name as printed
    for name in ctx.article.reporters:
        ref = EntityRef("Person", name)
        ctx.facts.entity(ref, printed.get(name), mention=False)
        ctx.facts.reporters.append(ref)
    for name in ctx.article.photographers:
        ref = EntityRef("Person", name)
        ctx.facts.entity(ref, printed.get(name), mention=False)
        ctx.facts.photographers.append(ref)
