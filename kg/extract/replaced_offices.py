"""Family *posts*: an office a vote of the article gave to another, its holder moving up.

A congress report names the sitting officers first (县总工会党组书记、常务副主席A作工作报告) and
then the vote of the new committee (选举A为主席，B为常务副主席): A now chairs the union and
B holds the office A held.  A's 常务副主席, read before the vote, is then a past office — one
person holds one office of a union's chair at a time.  Both must be told: a sitting chair
whose office a vote gives to another while electing him to nothing is still written with it
(乡工会主席C代表第二届委员会作工作报告 … 选举D为主席: the text does not say C left), and one
elected to another office whose old one no one is elected to may hold both (党组书记 stays).
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.model.facts import RelationFact


def drop_replaced(ctx: ArticleContext, elected: list[RelationFact]) -> None:
    """Drop the posts read before a vote (``elected``: the posts the article's votes gave)
    that the vote gave to another person at the same body, when it gave their holder
    another office there."""
    votes = [r for r in elected if r.pred == "post"]
    if not votes:
        return
    moved = {(r.subject, r.object): r.evidence.start for r in votes}
    given: dict[tuple[object, str | None], set] = {}
    for r in votes:
        given.setdefault((r.object, r.role), set()).add(r.subject)
    voted = {id(r) for r in votes}

    def replaced(r: RelationFact) -> bool:
        at = moved.get((r.subject, r.object))
        if r.pred != "post" or id(r) in voted or at is None or r.evidence.start >= at:
            return False
        others = given.get((r.object, r.role), set()) - {r.subject}
        return bool(others) and not any(v.subject == r.subject and v.role == r.role for v in votes)

    ctx.facts.relations[:] = [r for r in ctx.facts.relations if not replaced(r)]
