"""Family *bodies*, head words: a body named by its type alone (集团, 公司, 分公司工会,
集团公司党委书记) is the organisation of that type the article named last, or, with no such
organisation, the company whose own union the article named (星海重工工会 … 公司), or
the company whose site the page is."""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.body_parents import BRANCH, UNIT_ENDINGS
from kg.extract.context import ArticleContext
from kg.extract.names import LEGAL_FORMS
from kg.extract.publishers import publisher
from kg.extract.spanmap import last_before
from kg.extract.wordlists import (
    BRANCH_SUFFIXES,
    COMPANY_ENDINGS,
    COMPANY_WORD,
    HONOUR_TITLES,
    UNION_HOST_SUFFIXES,
    UNION_WORD,
)
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.text import all_han

# the type words a text names a body again by (集团公司, 公司): one a company is called by
# makes it the company the page speaks of
ORG_HEADS = tuple(words("bodies/org_heads.txt"))
GROUP = "集团"
_HEADER_LINES = 2  # the site's header lines that may print its company's name
_GROUP_HEADS = ("集团公司", "集团")  # the head words a group is named again by
# the shortest company name a unit's name opens with (某某公司)
_MIN_COMPANY = 4
# the endings of a company's works and services named bare on its page (某某煤矿, 某某中心)
_WORKS_ENDINGS = tuple(words("bodies/company_works_endings.txt"))
# the endings of a group's members named by their trade (钢铁公司, 集团总医院)
_MEMBER_HEADS = tuple(words("bodies/group_member_heads.txt"))
# a business's trade words (银行, 超市) inside a branch's name: it names its own body
_BODY_HEADS = tuple(h for h in words("areas/trade_name_heads.txt") if len(h) > 1)
# the shortest brand a branch's name opens with before the area it serves (中国邮政某市分公司)
_MIN_BRAND = 2
# a legal form longer than a bare 公司 (某某有限公司: a company named in full, its own)
_FORMS = tuple(f for f in LEGAL_FORMS if f != "公司")
# an area's level word inside a name (某市中心医院): a body of the area, not a group's member
_LEVEL_CHARS = re.compile("[省市县区州旗]")


def head_name(ctx: ArticleContext, s: Span, text: str):
    """集团, 分公司工会: the organisation of that type the article named last."""
    suffix = next((u for u in ctx.lex.union_suffixes if text.endswith(u)), "") if s.label_ == "UNION" else ""
    if s.label_ in ("PLACE", "ORG"):
        # 公司职工文体中心: the building of the body the type word names (kg.nlp.venues); 公司总医院
        # (kg.nlp.orgs: a unit fielding a team) its unit
        word = next((h for h in sorted(ORG_HEADS, key=len, reverse=True) if text.startswith(h)), "")
        suffix = text[len(word) :] if word else ""
    head = text[: len(text) - len(suffix)].lstrip("该本")

    def filing(span, ref, rank):
        if ctx.text.startswith(HONOUR_TITLES, span[1]):
            return  # 某省电力公司劳动模范X: the body names an honour, the text does not speak of it
        if _bare_branch(ref.name, head):
            return  # 夷陵分公司 … 公司: the text says 分公司 for a branch named bare, 公司 for its company
        if ref.cls == "Organization" and head in _plain_form(ref.name) and not ref.name.startswith(head):
            # (a name opening with the type word is a short form itself: 公司工会女职工委员会)
            # a name of that very type (X集团有限公司 for 集团) before one that merely contains it
            bare = ref.name
            for form in LEGAL_FORMS:
                if bare.endswith(form) and not bare.endswith("分" + form):
                    bare = bare[: -len(form)] or bare
                    break
            yield bare.endswith(head) or ref.name.endswith(head), (span[1], -rank, span)

    # the last named before (the first of those ending at the same place), of that type if any
    named = ctx.ref_at.group(("head", head), filing)
    for exact in (True, False):
        last = last_before(named.get(exact, []), (s.start_char + 1,))
        if last is not None:
            name = ctx.ref_at[last[2]].name
            return (_company_of_branch(name, head) if exact else _company_within(name, head)) + suffix, None
    host = _parent_named(ctx, s, head) or _company_of_union(ctx, s, head) or site_company(ctx, head)
    host = host or _only_named_after(ctx, s, head)
    return (host + suffix, None) if host else None


def _only_named_after(ctx: ArticleContext, s: Span, head: str) -> str | None:
    """公司 before any company is named (a report's 述职人：X（公司党委委员）, its text naming the
    company after): the one company of that type the article names, when it names one only."""
    if head not in COMPANY_ENDINGS:
        return None
    # (the names after are not read yet: the finder's mentions, a legal form closing them)
    named = {m.text for m in ctx.mentions_in("ORG", s.end_char, len(ctx.text)) if m.text.endswith(head)}
    named = {n for n in named if any(n.endswith(f) and len(n) > len(f) + 1 for f in LEGAL_FORMS) and all_han(n)}
    return named.pop() if len(named) == 1 else None


def _parent_named(ctx: ArticleContext, s: Span, head: str) -> str | None:
    """集团公司 after 某某工程局集团第四工程有限公司 (the group named only inside its
    subsidiary's name): the group whose name opens the body named last before, when a
    group is the type the head word names."""
    if head not in _GROUP_HEADS:
        return None
    before = sorted((y, ref.name) for (x, y), ref in ctx.ref_at.items() if y <= s.start_char)
    for _y, name in reversed(before):
        k = name.find(GROUP, _MIN_COMPANY)
        if k > 0 and len(name) > k + len(GROUP) + 1 and all_han(name[: k + len(GROUP)]):
            return name[: k + len(GROUP)]
    return None


def site_company(ctx: ArticleContext, head: str) -> str | None:
    """公司 on a company's own site, its text naming no company: the company whose full
    name (its legal form closing it) the site's header prints (某某五局　某某工程局有限公司),
    or whose union heads the page (某某有限公司工会委员会 over a union's minutes), in its
    first line or the next, or whose union publishes it (主办：某某有限公司工会)."""
    furniture = ctx.article.furniture
    if head not in COMPANY_ENDINGS or not furniture:
        return None
    # (the header's first lines: a column's label may stand before the company, 工会工作)
    # (or a newsletter's masthead its publisher's field: 主办：某某有限公司工会)
    lines = [*furniture[:_HEADER_LINES], *(p for p in map(publisher, furniture) if p)]
    for token in (t for line in lines for t in line.split()):
        # (a union's own paper heads it with the union: 某某有限公司工会委员会 会议纪要)
        union = next((u for u in UNION_HOST_SUFFIXES if token.endswith(u)), "")
        token = token[: len(token) - len(union)]
        legal = next((f for f in LEGAL_FORMS if token.endswith(f)), None)
        if legal is not None and legal.endswith(head) and len(token) > len(legal) + 1 and all_han(token):
            return token
    return None


def page_branch(ctx: ArticleContext, company: EntityRef) -> EntityRef:
    """毕节分公司召开职代会 on its group's site: a branch of the site's company (its name the
    company's and a branch's ending, ``bodies/branch_suffixes.txt``) that the headline opens
    with is whose page the article is; the bare titles and units of its text are the
    branch's (分公司 … 财务部经理X), the group named by its type word (集团公司) where the
    text means it.  Else the company."""
    if not ctx.article.headline:
        return company
    for span in ctx.ref_at.starting_in(0, 1):
        ref = ctx.ref_at[span]
        if ref.cls == company.cls and ref.name.startswith(company.name) and ref.name.endswith(BRANCH_SUFFIXES):
            return ref
    return company


def _plain_form(name: str) -> str:
    """A company's name with its legal form said plainly (X集团有限公司 → X集团公司), as a
    head word names it (集团公司党委书记)."""
    form = next((f for f in LEGAL_FORMS if name.endswith(f) and len(f) > 2), None)
    if form is None or not form.endswith("公司"):
        return name
    kept = "集团" if form.endswith("集团有限公司") else ""
    return name[: -len(form)] + kept + "公司"


def _company_of_union(ctx: ArticleContext, s: Span, head: str) -> str | None:
    """公司 when no company is named, after 星海重工工会: the company whose own union the
    article named last (a workplace union's host, not an area's union nor a 中心's)."""
    if head not in COMPANY_ENDINGS:
        return None
    before = sorted((y, x) for (x, y), ref in ctx.ref_at.items() if ref.cls == "TradeUnion" and y <= s.start_char)
    for y, x in reversed(before):
        name = ctx.text[x:y]
        suf = next((u for u in UNION_HOST_SUFFIXES if name.endswith(u)), None)
        if suf is None or name.endswith("总工会") or name != ctx.ref_at[(x, y)].name:
            continue
        host = name[: -len(suf)]
        if host.startswith(head) or _bare_branch(host, head):
            continue  # 公司机关工会: the union of the company's own offices, named by the head word too
            # (分公司工会: a branch's, and a branch is called 分公司, never 公司)
        at_area = any(b == x + len(host) for _, b, _ in ctx.areas_in(x, y))
        if (
            len(host) >= 2
            and not at_area
            and (host.endswith(COMPANY_ENDINGS) or not host.endswith(ctx.lex.org_suffixes))
        ):
            return host
    return None


def _bare_branch(name: str, head: str) -> bool:
    """夷陵分公司 for 公司: a branch named without its company, which the type word alone
    never names (the text says 分公司 for the branch; 公司 is the company it belongs to)."""
    return name.endswith("分" + head) and not head.startswith("分") and not BRANCH.match(name)


def _company_within(name: str, head: str) -> str:
    """公司 after 某某有限公司细纱车间 (a unit named after its company, the company never named
    bare) is the company the word names, not the unit: the name up to the last place a
    company's word or legal form holding it ends (某某有限公司, 某某集团有限公司 for 集团); the
    name itself for a word no company ends with (中心 of 某某中心医院)."""
    if head not in COMPANY_ENDINGS:
        return name
    ends = [e for e in (head, *LEGAL_FORMS) if head in e]
    cut = max((j for j in range(_MIN_COMPANY, len(name) + 1) if name.endswith(tuple(ends), 0, j)), default=None)
    return name[:cut] if cut is not None else name


def _company_of_branch(name: str, head: str) -> str:
    """公司 after …有限公司湖南分公司 is the company, not its branch: the text says 分公司
    for the branch, and a bare 公司 then is the company the branch belongs to."""
    m = BRANCH.match(name)
    if m and m.group(1).endswith(head) and not head.startswith("分"):
        return m.group(1)
    return name


def site_units(ctx: ArticleContext) -> None:
    """桥梁分公司, 地铁6号线项目部 on a company's own site (its header prints the company in
    full, its text says 公司): branches and units named bare, after no company, are the
    site's company's (湖南分公司 too: its branch in that province).  So on a page about the
    one company the text names in full and then by its type word alone (某局集团有限公司 …
    集团公司所属站段 … 某某机务段): the text speaks from inside that company."""
    site = site_company(ctx, COMPANY_WORD)
    company = EntityRef("Organization", site) if site else _referred_company(ctx)
    if company is None or company not in ctx.facts.entities:
        return
    for ref, info in ctx.facts.entities.items():
        if ref.cls != "Organization" or ref == company or info.parent is not None or not info.mentions:
            continue
        unit = next((e for e in (*BRANCH_SUFFIXES, *UNIT_ENDINGS) if ref.name.endswith(e)), None)
        if unit is None and GROUP not in company.name and not _opens_with_area(ctx, ref):
            unit = next((e for e in _WORKS_ENDINGS if ref.name.endswith(e)), None)  # 某某煤矿, 某某中心
        own = ref.name[: -len(unit)] if unit else ""
        if own and not any(e in own for e in COMPANY_ENDINGS) and not _names_its_body(ctx, ref, own):
            info.parent = company
            if _union_paper(ctx, company.name):
                _union_under(ctx, ref, company)
        elif GROUP in company.name and _group_member(ref.name):
            info.parent = company


def _names_its_body(ctx: ArticleContext, ref: EntityRef, own: str) -> bool:
    """中国邮政某市分公司, 某某农商银行城郊支行: a branch named after its own body -- a brand
    before the area the branch serves, or a business's trade word (银行) -- is that body's,
    never the page's company's, which names its branches by their place or line alone
    (湖南分公司, 桥梁分公司)."""
    if any(head in own for head in _BODY_HEADS):
        return True
    spans = [(x, y) for (x, y), each in ctx.ref_at.items() if each == ref]
    return any(a >= x + _MIN_BRAND for x, y in spans for a, _b, _ in ctx.areas_in(x, x + len(own)))


def _opens_with_area(ctx: ArticleContext, ref: EntityRef) -> bool:
    """Does the body's name open with an area's name or hold an area's level word (某市职工服务中心,
    县医院 read as 某某县医院: the area's body)?"""
    if _LEVEL_CHARS.search(ref.name):
        return True
    spans = [(x, y) for (x, y), each in ctx.ref_at.items() if each == ref]
    return any(a == x for x, y in spans for a, _b, _ in ctx.areas_in(x, y))


def _group_member(name: str) -> bool:
    """钢铁公司, 西昌某某公司, 集团总医院 on a group's own page: a body named by its trade alone
    (an ending of ``bodies/group_member_heads.txt``, no legal form, no area's level word:
    某市中心医院 is the city's), the group's member; 集团 in it only as its opening word (集团
    总医院: the group's own)."""
    if not name.endswith(_MEMBER_HEADS) or name.endswith(_FORMS) or _LEVEL_CHARS.search(name):
        return False
    return GROUP not in name[len(GROUP) :] and all_han(name)


def _union_paper(ctx: ArticleContext, company: str) -> bool:
    """Is the page the company's union's own paper (its header the union: 某某有限公司工会委员会
    over its minutes)?  The unions of the company's units it names are then its own, as a
    union writes to its member unions; a company's site names them without saying so."""
    tokens = (t for line in ctx.article.furniture[:_HEADER_LINES] for t in line.split())
    return any(t.startswith(company) and t[len(company) :] in UNION_HOST_SUFFIXES for t in tokens)


def _union_under(ctx: ArticleContext, unit: EntityRef, company: EntityRef) -> None:
    """夷陵分公司工会 once 夷陵分公司 is the page's company's, on its union's paper: the
    branch's union belongs to the company's union, when the article names both."""
    branch = ctx.facts.entities.get(EntityRef("TradeUnion", unit.name + UNION_WORD))
    parent = EntityRef("TradeUnion", company.name + UNION_WORD)
    if branch is not None and branch.parent is None and parent in ctx.facts.entities:
        branch.parent = parent


def _referred_company(ctx: ArticleContext) -> EntityRef | None:
    """The one company (its name ends in a company word) the article names again by a type
    word alone (集团公司, 公司): the company the page speaks of; None if none or several."""
    found = [
        ref
        for ref, info in ctx.facts.entities.items()
        if ref.cls == "Organization"
        and info.mentions
        and ref.name.endswith(LEGAL_FORMS + COMPANY_ENDINGS)
        and any(alias in ORG_HEADS for alias in info.aliases)
    ]
    return found[0] if len(found) == 1 else None
