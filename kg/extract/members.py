"""Members and units named after a word of belonging (属会, 旗下, 属下): split from
kg.extract.body_links (one idea per module), read once all bodies are named."""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import BELONGING_WORDS
from kg.model.facts import EntityRef

# the marks after which a clause opens
CLAUSE_OPENERS = "。，；！？：\n"
# what joins the items of a list of bodies (A、B, A和B, A及B)
LIST_JOINERS = ("、", "以及", "和", "及")


def member_bodies(ctx: ArticleContext) -> None:
    """工联会属会某某职工会, 集团旗下某某公司: a body named right after another and a word of
    belonging is a member or a unit of it; so is each body listed after it (属下A、B合办:
    the word of belonging governs the whole list, joined by 、 or a last 和/及)."""
    ends = {y: ref for (_x, y), ref in ctx.ref_at.items() if ref.cls in ("Organization", "TradeUnion")}
    listed: dict[int, EntityRef] = {}  # where the next item of a list of members starts -> their owner
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls not in ("Organization", "TradeUnion"):
            continue
        info = ctx.facts.entities.get(ref)
        if info is None:
            continue
        owner = listed.get(x)
        if owner is None:
            for word in BELONGING_WORDS:
                if not ctx.text.startswith(word, x - len(word)):
                    continue
                owner = ends.get(x - len(word))
                if owner is None and ref.cls == "TradeUnion" and _opens_clause(ctx, x - len(word)):
                    # 属会某某工会主席X: said at a clause's start, the member of the union
                    # the page speaks for, the one named last
                    owner = ctx.union_before(x - len(word))
                if owner is not None:
                    break
        if owner is None or owner == ref:
            continue
        if info.parent is None:
            info.parent = owner
        joiner = next((j for j in LIST_JOINERS if ctx.text.startswith(j, y)), None)
        if joiner is not None:
            listed[y + len(joiner)] = owner


def _opens_clause(ctx: ArticleContext, at: int) -> bool:
    """Does ``at`` open a clause (the text's start, or right after a mark that ends one)?"""
    return at == 0 or ctx.text[at - 1] in CLAUSE_OPENERS
