"""Family *body links*, bare branches: a bank's branches named by their place alone, and a
unit's branch union (计算机学院分工会).

A bank's page or a report on its staff names its branches without the bank (滨湖支行,
江阴分行, 总行营业部: ``bodies/branch_kinds.tsv``); each belongs to the bank the text named
last before it (the one its speaker works at), not to a bank it names later (a 相关链接 to a
regulator).  A branch whose name holds a body's own word (某某银行无锡分行, 某公司营业部)
names its body itself and is read by ``kg.extract.body_parents``.  So does a branch named by
分 and its body's own last word after the body's whole name and a place (某某事业发展中心某某分中心,
某某管理局某某分局): the body is named whole inside it, a body of its own even where the article
names it nowhere else.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import COMPANY_ENDINGS, LEGAL_FORMS, UNION_WORD, WORKPLACE_ENDINGS
from kg.lexicon import table
from kg.model.facts import EntityRef
from kg.nlp.unit_unions import BRANCH, UNITS

# 计算机学院分工会: a unit's branch union
BRANCH_UNION = "分" + UNION_WORD
# a branch's ending -> the word its body's name ends in (支行 -> 银行)
BRANCH_KINDS: dict[str, str] = {row[0]: row[1] for row in table("bodies/branch_kinds.tsv")}


def bare_branches(ctx: ArticleContext) -> None:
    """滨湖支行 after 锡澄农商银行: a branch named bare belongs to the last body of its kind
    (a bank) named before its first mention; 计算机学院分工会, a unit's branch union, to the
    last workplace's own union named before it (某某大学工会)."""
    first: dict[EntityRef, int] = {}
    for (x, _y), ref in sorted(ctx.ref_at.items()):
        first.setdefault(ref, x)
    _branch_unions(ctx, first)
    _unit_branches(ctx, first)
    _mirrored_branches(ctx)
    for ref, info in ctx.facts.entities.items():
        if ref.cls != "Organization" or info.parent is not None or ref not in first:
            continue
        ending = next((e for e in BRANCH_KINDS if ref.name.endswith(e) and len(ref.name) > len(e)), None)
        if ending is None or _names_a_body(ref.name[: -len(ending)], BRANCH_KINDS[ending]):
            continue
        kind = BRANCH_KINDS[ending]
        before = [(x, r) for r, x in first.items() if x < first[ref] and r.cls == "Organization" and _of_kind(r, kind)]
        if before:
            info.parent = max(before, key=lambda t: t[0])[1]


def _of_kind(ref: EntityRef, kind: str) -> bool:
    """Whether a body's name, its legal form taken off, ends in ``kind`` (某某银行股份有限公司)."""
    name = ref.name
    form = next((f for f in LEGAL_FORMS if name.endswith(f) and len(name) > len(f)), "")
    return name[: len(name) - len(form)].endswith(kind)


def _names_a_body(own: str, kind: str) -> bool:
    """Whether a branch's own words name its body (某某银行无锡 of 某某银行无锡分行, 某公司)."""
    return kind in own or any(e in own for e in COMPANY_ENDINGS)


def _branch_unions(ctx: ArticleContext, first: dict[EntityRef, int]) -> None:
    """某学院分工会 belongs to the last union of a workplace (大学, 公司) named before it; a unit's
    branch union whose unit the article names as a body (后勤服务中心 … 后勤服务中心分工会)
    belongs to that unit, not to a union its list names before it."""
    for ref, info in ctx.facts.entities.items():
        if ref.cls != "TradeUnion" or info.parent is not None or ref not in first:
            continue
        if not ref.name.endswith(BRANCH_UNION) or any(w in ref.name for w in COMPANY_ENDINGS):
            continue
        unit = EntityRef("Organization", ref.name.removesuffix(BRANCH_UNION))
        if (named := ctx.facts.entities.get(unit)) is not None and named.mentions:
            info.parent = unit
            continue
        union = _workplace_union_before(first, ref)
        if union is not None:
            info.parent = union


def _workplace_union_before(first: dict[EntityRef, int], ref: EntityRef) -> EntityRef | None:
    """The last union of a workplace (大学, 公司) named before ``ref`` first is."""
    before = [
        (x, r)
        for r, x in first.items()
        if x < first[ref] and r.cls == "TradeUnion" and r.name.removesuffix(UNION_WORD).endswith(WORKPLACE_ENDINGS)
    ]
    return max(before, key=lambda t: t[0])[1] if before else None


def _unit_branches(ctx: ArticleContext, first: dict[EntityRef, int]) -> None:
    """装配车间分会, 机关分会 after 某某公司工会: a works unit's branch union, named by its unit
    alone, is the branch of the last workplace union named before it, and its name is that
    union's name and its own (某某公司工会装配车间分会), the bare one an alias."""
    merged: dict[EntityRef, EntityRef] = {}
    for ref in list(ctx.facts.entities):
        name = ref.name
        if ref.cls != "TradeUnion" or ref not in first or not name.endswith(BRANCH) or UNION_WORD in name:
            continue
        if not name[: -len(BRANCH)].endswith(UNITS) or any(w in name for w in COMPANY_ENDINGS):
            continue
        union = _workplace_union_before(first, ref)
        if union is not None:
            full = EntityRef("TradeUnion", union.name + name)
            ctx.facts.entity(full, mention=False).parent = union
            merged[ref] = full
    ctx.merge(merged)


# the last words of bodies that name their branches by 分 and the same word (中心 → 分中心)
_MIRRORED = ("中心", "局", "院", "所", "站")
_BRANCH_MARK = "分"
_PLACE_STEM = (2, 4)  # the place a branch is named after, between its body and its ending


def _mirrored_branches(ctx: ArticleContext) -> None:
    """某某事业发展中心陵川分中心: the body named whole before the place (某某事业发展中心) is an
    organisation, the branch's parent."""
    for ref, info in list(ctx.facts.entities.items()):
        if ref.cls != "Organization" or info.parent is not None:
            continue
        word = next((w for w in _MIRRORED if ref.name.endswith(_BRANCH_MARK + w)), None)
        if word is None:
            continue
        for n in range(_PLACE_STEM[0], _PLACE_STEM[1] + 1):
            k = len(ref.name) - len(word) - 1 - n
            if k > len(word) + 2 and ref.name.endswith(word, 0, k):
                parent = EntityRef("Organization", ref.name[:k])
                body = ctx.facts.entity(parent)
                body.evidence = body.evidence or info.evidence
                info.parent = parent
                break
