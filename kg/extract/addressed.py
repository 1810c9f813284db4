"""Family *posts*: a chair addressed by a title after the name (王某主席出席) where the text
names no body glued before it.  ``kg.extract.appositions.title_after`` reads such a chair at
the union the sentence named last; a guest at another union's meeting is addressed by his own
office, so the guess is dropped when the article reads that title of the name at another body.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.model.facts import EntityRef


def drop_addressed(ctx: ArticleContext, addressed: set[tuple[str, str, EntityRef]]) -> None:
    """王某主席出席 after a union was named: the union's chair only when the article reads no
    other body's office of that title for the name (镇总工会主席王某 … 某公司工会成立大会，王某
    主席出席: the guest is addressed by his own office, not the host's)."""
    if not addressed:
        return
    held = {(r.subject.name, r.role, r.object) for r in ctx.facts.relations if r.pred == "post"}
    other = {(name, role) for name, role, body in held - addressed}
    gone = {office for office in addressed if office[:2] in other}
    ctx.facts.relations[:] = [
        r for r in ctx.facts.relations if r.pred != "post" or (r.subject.name, r.role, r.object) not in gone
    ]
