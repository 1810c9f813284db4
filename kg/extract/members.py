"""Members and units named after a word of belonging (属会, 旗下, 属下): split from
kg.extract.body_links (one idea per module), read once all bodies are named."""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import BELONGING_WORDS
from kg.lexicon import alternation_of, table
from kg.model.facts import EntityRef, RelationFact

# the marks after which a clause opens
CLAUSE_OPENERS = "。，；！？：\n"
# what joins the items of a list of bodies (A、B, A和B, A及B)
LIST_JOINERS = ("、", "以及", "和", "及")
OF = "的"  # a member's person after it (属下A会的X、B会的Y)
# a child field of a fact box (下属单位, 直属单位) written inside a sentence, with a kind and a
# count between its words (下属事业单位2个：A、B): the bodies listed after its colon
_CHILD_LABELS = [label for label, kind in table("bodies/entry_fields.tsv") if kind == "child"]
_CHILD_HEADS = alternation_of(sorted({label[:2] for label in _CHILD_LABELS}))
_CHILD_TAILS = alternation_of(sorted({label[2:] for label in _CHILD_LABELS}))
_UNITS_LIST_RE = re.compile(
    f"(?:{_CHILD_HEADS})[\u4e00-\u9fff]{{0,4}}?(?:{_CHILD_TAILS})(?:[0-9一二三四五六七八九十]+个)?[：:]"
)
_LIST_END = "。；;\n"
_SENTENCE_END = "。！？\n"
_UNIT_CLASSES = ("Organization", "TradeUnion", "Place")


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
                if owner is None and ref.cls == "TradeUnion" and _bare_belonging(ctx, x - len(word)):
                    # 属会某某工会主席X, 获奖者包括属下某某职工会的X: said at a clause's start or
                    # after a verb, the member of the union the page speaks for, the one named last
                    owner = ctx.union_before(x - len(word))
                if owner is not None:
                    break
        if owner is None or owner == ref:
            continue
        if info.parent is None:
            info.parent = owner
        y = _members_person_end(ctx, y)
        joiner = next((j for j in LIST_JOINERS if ctx.text.startswith(j, y)), None)
        if joiner is not None:
            listed[y + len(joiner)] = owner


def _bare_belonging(ctx: ArticleContext, at: int) -> bool:
    """Is the word of belonging at ``at`` written with no body before it: opening a clause, or
    right after a verb (包括属下…)?"""
    if _opens_clause(ctx, at):
        return True
    before = ctx.doc.char_span(at - 1, at, alignment_mode="expand")
    return before is not None and before.end_char == at and before[-1].tag_ == "v"


def _members_person_end(ctx: ArticleContext, y: int) -> int:
    """Where a member's person ends when one is written after it with 的 (属下A会的X、B会的Y: the
    list goes on after X), else ``y``."""
    if not ctx.text.startswith(OF, y):
        return y
    person = next(iter(ctx.mentions_in("PERSON", y + len(OF), y + len(OF) + 1)), None)
    return person.end_char if person is not None and person.start_char == y + len(OF) else y


def _opens_clause(ctx: ArticleContext, at: int) -> bool:
    """Does ``at`` open a clause (the text's start, or right after a mark that ends one)?"""
    return at == 0 or ctx.text[at - 1] in CLAUSE_OPENERS


def listed_units(ctx: ArticleContext) -> None:
    """某县总工会内设…；下属事业单位2个：A、B（加挂C牌子）: the units a sentence lists after a
    child field's label and colon belong to the body the sentence is about (the first it
    names), each an institution under it (a venue's name, 某某工人文化宫, made an organisation)."""
    text, merged = ctx.text, {}
    for m in _UNITS_LIST_RE.finditer(text):
        # (the sentence to its full stop: 县总工会内设…4个机构；下属… goes on after a semicolon)
        sa = max(text.rfind(c, 0, m.start()) for c in _SENTENCE_END) + 1
        owners = ctx.bodies_in(sa, m.start())
        if not owners:
            continue
        owner = owners[0][2]
        ev = ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"])
        end = min((k for k in (text.find(c, m.end()) for c in _LIST_END) if k >= 0), default=len(text))
        at = m.end()
        for item in text[m.end() : end].split("、"):
            a, at = at, at + len(item) + 1
            here = [(y, r) for x, y in ctx.ref_at.by_start.get(a, ()) if (r := ctx.ref_at[(x, y)]).cls in _UNIT_CLASSES]
            if not here:
                continue
            unit = max(here, key=lambda t: t[0])[1]
            if unit.cls == "Place":  # (where its name placed the venue, the institution is)
                info = ctx.facts.entity(org := EntityRef("Organization", unit.name), mention=False)
                venue = ctx.facts.entities.get(unit)
                info.located_in = info.located_in or (venue.located_in if venue is not None else None)
                merged[unit], unit = org, org
            if unit.cls in ("Organization", "TradeUnion") and unit != owner:
                ctx.facts.relations.append(RelationFact(unit, "subOrganizationOf", owner, ev))
    ctx.merge(merged)
