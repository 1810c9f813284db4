"""Family *body links*, the bodies a body belongs to: a branch to its company (and the
branch's union to the company's), a unit to the body whose whole name its name opens with
(X集团有限公司城南项目部, X局办公室), a company named between them a body of its own.

Split from kg.extract.body_links (one idea per module: where bodies are, and their other
names, there)."""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.gov_bodies import GOVERNMENT_WORDS
from kg.extract.names import LEGAL_FORMS, legal_form_of
from kg.extract.site_bodies import site_companies
from kg.extract.wordlists import BRANCH_SUFFIXES, COMPANY_ENDINGS
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef
from kg.nlp.text import OPEN_QUOTES, all_han

# a company's departments and teams (采购运输部, 编织班组): units, like those of org_suffixes
UNIT_ENDINGS = words("bodies/unit_endings.txt")
# what may follow a group's name before its legal form (X集团控股有限公司): no unit of it
HOLDING_WORDS = ("控股", "股份")
BUREAU = "局"  # an area's bureau, whose units are named after it (某县交通运输局某某站)
# …有限公司襄阳分公司: a branch, and the company it belongs to
BRANCH = re.compile(
    f"^(.{{2,}}(?:{alternation_of(COMPANY_ENDINGS)}))[\u4e00-\u9fff]{{1,8}}?(?:{alternation_of(BRANCH_SUFFIXES)})$"
)


def branch_unions(ctx: ArticleContext) -> None:
    """A branch belongs to its company, and the branch's union to the company's union, when
    the article names both (…公司襄阳分公司 → …公司); then the other units of a named body
    (``sub_units``)."""
    for ref, info in ctx.facts.entities.items():
        m = BRANCH.match(ref.name) if ref.cls == "Organization" and info.parent is None else None
        parent = EntityRef("Organization", m.group(1)) if m else None
        if parent is not None and parent in ctx.facts.entities and ctx.facts.entities[parent].mentions:
            info.parent = parent
    unions = {r.name: r for r in ctx.facts.entities if r.cls == "TradeUnion"}
    for ref, info in ctx.facts.entities.items():
        if ref.cls != "TradeUnion" or info.parent is not None:
            continue
        m = BRANCH.match(ref.name[:-2]) if ref.name.endswith("工会") else None
        if not m:
            continue
        company = m.group(1)
        # the company's union: its name, or the name with or without a legal form, + 工会
        hosts = {company} | {
            h for h in _legal_variants(company) if legal_form_of(h, company) or legal_form_of(company, h)
        }
        names = sorted(h + "工会" for h in hosts if h + "工会" in unions and unions[h + "工会"] != ref)
        if names:
            info.parent = unions[names[0]]
    sub_units(ctx)
    site_companies(ctx)


def sub_units(ctx: ArticleContext) -> None:
    """X集团有限公司城南项目部, 香江工会联合会南山咨询服务中心, X局办公室: an organisation whose
    name opens with the whole name of another body the article names (or a company's name
    without its legal form: X集团 of X集团控股有限公司; an area's government) belongs to that body; a company
    its name opens with after that (X公司Y公司工程技术部, X物流有限公司人力资源部) is a body
    of its own between them, even where the article names it nowhere else."""
    stems: dict[str, EntityRef] = {}
    for ref, info in ctx.facts.entities.items():
        if ref.cls in ("Organization", "TradeUnion") and info.mentions:
            stems.setdefault(ref.name, ref)
            for form in LEGAL_FORMS:
                bare = ref.name[: -len(form)]
                if ref.name.endswith(form) and bare.endswith(COMPANY_ENDINGS):
                    stems.setdefault(bare, ref)
    called = _called_by(ctx)
    # (an area's government too: 某市政府劳动局 is a bureau of 某市政府)
    endings = (*ctx.lex.org_suffixes, *ctx.lex.union_suffixes, *COMPANY_ENDINGS, *GOVERNMENT_WORDS)
    first: dict[EntityRef, tuple[int, int]] | None = None  # each unit's first mention by its full name
    for ref, info in list(ctx.facts.entities.items()):
        if ref.cls != "Organization" or info.parent is not None:
            continue
        named = next(
            (
                (k, parent)
                for k in range(len(ref.name) - 2, 3, -1)  # the longest body named before the rest
                if (parent := stems.get(ref.name[:k])) is not None
                and parent != ref
                and ref.name[:k].endswith(endings)
                and not ref.name[k:].startswith((*LEGAL_FORMS, *HOLDING_WORDS))
            ),
            (0, None),
        )
        if named[1] is None:  # 县总工会“送法律进茶园”服务队: a quoted unit of a body called short
            named = next(
                (
                    (k, parent)
                    for k in range(len(ref.name) - 2, 3, -1)
                    if (parent := called.get(ref.name[:k])) is not None
                    and parent != ref
                    and ref.name[k:].startswith(tuple(OPEN_QUOTES))
                ),
                (0, None),
            )
        k = _company_stem(ctx, ref.name, named[0])
        if k is not None:
            if first is None:
                first = {}
                for xy, r in sorted(ctx.ref_at.items()):
                    if ctx.text[xy[0] : xy[1]] == r.name:
                        first.setdefault(r, xy)
            if ref in first:
                company = EntityRef("Organization", ref.name[:k])
                ctx.add(company, company.name, (first[ref][0], first[ref][0] + k), CONFIDENCE["name"])
                ctx.facts.entities[company].parent = named[1]
                info.parent = company
                continue
        info.parent = named[1]


def _called_by(ctx: ArticleContext) -> dict[str, EntityRef]:
    """The short forms the article calls a body by (县总工会 of 某县总工会), each of one body only."""
    called: dict[str, set[EntityRef]] = {}
    for ref, info in ctx.facts.entities.items():
        if ref.cls in ("Organization", "TradeUnion") and info.mentions:
            for alias in info.aliases:
                called.setdefault(alias, set()).add(ref)
    return {alias: next(iter(refs)) for alias, refs in sorted(called.items()) if len(refs) == 1}


def _company_stem(ctx: ArticleContext, name: str, after: int) -> int | None:
    """Where the last company name that ``name`` opens with ends, past ``after`` (the body
    named before it), leaving a unit's name of its own; None if none.  So too an area's
    bureau (某县交通运输局某某公路养护站: the station is the bureau's unit, the bureau a body)."""
    for k in range(len(name) - 3, max(after, 3), -1):
        stem, rest = name[:k], name[k:]
        if (
            (stem.endswith(LEGAL_FORMS + COMPANY_ENDINGS) or _area_bureau(ctx, stem))
            and all_han(rest[:1])  # not …酒厂(集团)公司: a bracket inside one name
            and rest.endswith((*ctx.lex.org_suffixes, *UNIT_ENDINGS))
            and not rest.startswith((*LEGAL_FORMS, *HOLDING_WORDS))
        ):
            return k
    return None


def _area_bureau(ctx: ArticleContext, stem: str) -> bool:
    """Is ``stem`` an area's bureau: an area's name, two characters or more, and 局?"""
    return stem.endswith(BUREAU) and any(ctx.gaz.lookup(stem[:n]) for n in range(2, min(len(stem) - 2, 12)))


def _legal_variants(name: str) -> list[str]:
    """``name`` with a legal form added, or taken off (what ``legal_form_of`` may relate it to)."""
    return [name + form for form in LEGAL_FORMS] + [name[: -len(form)] for form in LEGAL_FORMS if name.endswith(form)]
