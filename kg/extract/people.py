"""Family *people*: each PERSON mention is an entity of the article.

Needs nothing of the earlier families; runs after the bodies so that a person's span
in ``ctx.ref_at`` never hides a body's.  Credits of the byline: ``kg.extract.credits``.
"""

from __future__ import annotations

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.model.facts import EntityRef


def read_people(ctx: ArticleContext) -> None:
    """Record each person named in the text, at its first mention."""
    for s in ctx.mentions_of("PERSON"):
        ctx.add(EntityRef("Person", s.text), None, (s.start_char, s.end_char), CONFIDENCE["name"])
