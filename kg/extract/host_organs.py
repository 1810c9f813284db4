"""Family *posts*, a workplace's party organ read as a body of its own: 项目经理部党工委书记X,
某公司党委副书记X where the name finder read 项目经理部党工委 (某公司党委) as one organisation.

A company's or a unit's party committee is no body the project names apart from its host: its
offices are the host's, the organ written with the title (党工委书记 at the 项目经理部), as a
company's 党委书记 is the company's.  The host is the organisation the article named whose name
is the organ's without the organ (or ends with it: 项目经理部 for 某铁路某标项目经理部).  An
area's party committee (中共某街道工作委员会) is a body of its own, read elsewhere."""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef

# a workplace's own party organs (党委, 党工委 …), the longest first
ORGANS = tuple(sorted(words("posts/workplace_organs.txt"), key=len, reverse=True))
# the opening of an area's party committee's canonical name (中共某街道工作委员会)
PARTY_OPEN = "中共"


def organ_host(ctx: ArticleContext, ref: EntityRef, title: str) -> tuple[EntityRef, str] | None:
    """(host, organ + title) for a title at a workplace's party organ read as one organisation
    (项目经理部党工委 | 书记), else None."""
    if ref.cls != "Organization" or ref.name.startswith(PARTY_OPEN):
        return None
    organ = next((o for o in ORGANS if ref.name.endswith(o)), None)
    if organ is None:
        return None
    head = ref.name[: -len(organ)]
    if len(head) < 2 or ctx.gaz.lookup(head):
        return None  # (an area's committee: 某镇党委 is a body of its own)
    # (the host may be named only in its union's name: 某项目经理部工会 … 项目经理部党工委书记X)
    named = {
        e.name.removesuffix(UNION_WORD) if e.cls == "TradeUnion" else e.name
        for e in ctx.facts.entities
        if e.cls in ("Organization", "TradeUnion") and e != ref
    }
    named = {name for name in named if name.endswith(head) and name != ref.name}
    host = head if head in named else (named.pop() if len(named) == 1 else None)
    if host is None:
        return None
    ctx.facts.entity(EntityRef("Organization", host), mention=False)
    return EntityRef("Organization", host), organ + title
