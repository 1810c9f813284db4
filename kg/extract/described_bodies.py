"""Family *body links*: a company set off by what it is to another (全资子公司某某有限公司).

A kind word closing a description right before a company's name (kg.nlp.names starts the
name after it) says what the company is to the one the text speaks of: a subsidiary
(全资子公司, 控股子公司) belongs to that company — the one the text defined as 公司 (以下简称
“公司”), else the company named last before it.  Between 位于某街道的 and the name the
description is no body of its own: the place is the company's (kg.extract.body_links).
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import COMPANY_WORD, LEGAL_FORMS
from kg.model.facts import EntityRef
from kg.nlp.names import DESCRIPTION_HEADS
from kg.nlp.text import all_han

SUBSIDIARY = "子公司"  # the kind word of a company another owns
_LIST_OPENERS = ("（", "(", "：", ":")  # 子公司（A、B）, 子公司：A、B
_LIST_MARKS = ("、", "和", "及", "，", ",")
_LONGEST_DESCRIPTION = 6  # 全资子公司, 控股子公司, 爱心企业: a few characters


def described_start(ctx: ArticleContext, at: int) -> int:
    """Where a body's name starts after a description at ``at`` (的全资子公司|某某有限公司), else ``at``."""
    if ctx.ref_at.by_start.get(at):
        return at
    for k in range(at + 2, min(at + _LONGEST_DESCRIPTION, len(ctx.text)) + 1):
        if ctx.text.endswith(DESCRIPTION_HEADS, at, k) and all_han(ctx.text[at:k]) and ctx.ref_at.by_start.get(k):
            return k
    return at


def subsidiaries(ctx: ArticleContext) -> None:
    """全资子公司某某有限公司: the company belongs to the one the text is about; so do the
    companies a list after the kind word names (三个子公司（A、B、C）, 两家子公司：A和B)."""
    listed = _listed_after_kind(ctx)
    for (x, y), ref in sorted(ctx.ref_at.items()):
        info = ctx.facts.entities.get(ref)
        if ref.cls != "Organization" or info is None or info.parent is not None:
            continue
        if not (ctx.text.endswith(SUBSIDIARY, 0, x) or (x, y) in listed) or not ref.name.endswith(LEGAL_FORMS):
            continue
        parent = _owner(ctx, x, ref)
        if parent is not None:
            info.parent = parent


def _listed_after_kind(ctx: ArticleContext) -> set[tuple[int, int]]:
    """The spans of the companies listed right after 子公司 and a bracket or colon, one after
    another, each joined to the last by a list mark (、 和 及 ，)."""
    out: set[tuple[int, int]] = set()
    last = -1  # where the list's last name ended, -1 outside a list
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls != "Organization" or x < last:
            continue
        opens = ctx.text.endswith(SUBSIDIARY, 0, x - 1) and ctx.text[x - 1 : x] in _LIST_OPENERS
        goes_on = last > 0 and x == last + 1 and ctx.text[last:x] in _LIST_MARKS
        if (opens or goes_on) and ref.name.endswith(LEGAL_FORMS):
            out.add((x, y))
            last = y
        elif x > last:
            last = -1
    return out


def _owner(ctx: ArticleContext, x: int, ref: EntityRef) -> EntityRef | None:
    """The company the text defined as 公司, else the one named last before ``x``."""
    defined = ctx.abbreviations.get(COMPANY_WORD)
    if defined is not None and (owner := EntityRef("Organization", defined)) in ctx.facts.entities:
        return owner if owner != ref else None
    before = [
        (span[1], other)
        for span, other in ctx.ref_at.items()
        if span[1] <= x and other.cls == "Organization" and other != ref and other.name.endswith(LEGAL_FORMS)
    ]
    return max(before, key=lambda t: t[0])[1] if before else None
