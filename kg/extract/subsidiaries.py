"""Family *body links*, continued: a company written short is the one the article names in
full — a subsidiary named after its parent company (X水投公司Y公司 … Y公司 … 水投公司Y公司 …
X水投Y公司), a company named by an abbreviation (国网公司 … 国家电网公司), and one named by
its own name (山东某某建设有限公司 … 某某公司, and its union 某某工会); and an area's union named
with two forms of the area's name (延边州总工会 … 州总工会).

A company's subsidiary is often named in full once, the parent's name first (云南某投公司
某某公司), and then by its own name alone or after a shorter form of the parent's (某投公司
某某公司, 云南某投某某公司); its departments likewise (某某公司工程技术部).  Each short form
that only one full name in the article gives is that body, its alias.  Needs every body in
``ctx.ref_at`` and ``ctx.facts.entities`` (``kg.extract.bodies``).
"""

from __future__ import annotations

from itertools import combinations

from kg.extract.context import ArticleContext
from kg.extract.wordlists import COMPANY_ENDINGS, LEGAL_FORMS, UNION_WORD
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.text import all_han
from kg.nlp.unions import LOCAL_AREA_ENDINGS, NATIONWIDE

# a cooperative's registered forms (某某稻米专业合作社), and the ending its short forms keep (某某合作社)
COOPERATIVE_FORMS = words("bodies/cooperative_forms.txt")
COOPERATIVE = "合作社"
# the shortest own name of a company, its ending included (某某公司)
_MIN_OWN = 4
# words a company's short form drops (某某控股集团 … 某某集团)
QUALIFIERS = words("bodies/company_qualifiers.txt")
# what opens no company's own name after another's: its legal form (某某集团有限公司), 控股
_NOT_OWN = (*LEGAL_FORMS, *QUALIFIERS, "分公司")
# the longest abbreviation of a company's own name (国网 of 国家电网, 中石化 of 中国石油化工)
_MAX_ABBREVIATION = 4
# the longest own name whose abbreviations are looked for (its forms grow with its length)
_MAX_FULL = 12


def subsidiary_short_forms(ctx: ArticleContext) -> None:
    """Merge the short forms of a subsidiary named after its parent (and of its departments)
    into the full name; the short forms stay as aliases."""
    named = {ref.name: ref for ref, info in ctx.facts.entities.items() if ref.cls == "Organization" and info.mentions}
    forms = {name: _short_forms(name) for name in named}
    written_short = set().union(*(own | parents for own, parents in forms.values()))
    givers: dict[str, set[EntityRef]] = {}
    for name, ref in named.items():
        if name in written_short:
            continue  # a short form itself (水投公司某某公司): its forms are the full name's
        own, parents = forms[name]
        for form in own:
            givers.setdefault(form, set()).add(ref)
        info = ctx.facts.entities[ref]
        parent = sorted(p for p in parents if p in named)
        if info.parent is None and parent:
            info.parent = named[parent[0]]  # the parent company, named short (水投公司)
    merged: dict[EntityRef, EntityRef] = {}
    for name, ref in sorted(named.items()):
        target = _full_of(name, givers, named)
        if target is not None and target != ref:
            merged[ref] = target
    if merged:
        ctx.merge(merged)


def _short_forms(name: str) -> tuple[set[str], set[str]]:
    """The short forms of a subsidiary's name ``name`` (parent company + own company name):
    its own name, and its own name after a shorter form of the parent's (the parent's tail, or
    its name without the company ending); and the parent's names, in full and short.  Both
    empty when ``name`` is no such name."""
    ends = sorted(COMPANY_ENDINGS, key=len, reverse=True)
    for k in range(len(name) - _MIN_OWN, 3, -1):
        parent, own = name[:k], name[k:]
        end = next((e for e in ends if parent.endswith(e)), None)
        if end is None or not own.endswith(tuple(ends)) or own.startswith(_NOT_OWN) or not all_han(own):
            continue
        stem = parent[: -len(end)]
        # (某某煤业有限公司勃利分公司 … 某某煤业勃利分公司: the parent's own name without its legal form)
        legal = next((f for f in LEGAL_FORMS if parent.endswith(f) and len(f) > len(end)), "")
        bare = parent[: -len(legal)] if legal else ""
        forms, parents = {own}, {parent}
        for j in range(len(stem) - 1):
            forms.add(stem[j:] + end + own)  # 水投公司某某公司
            forms.add(stem[j:] + own)  # 云南水投某某公司
            parents.add(stem[j:] + end)
        forms.update(bare[j:] + own for j in range(len(bare) - 1))
        forms.discard(name)
        return forms, parents
    return set(), set()


def _full_of(name: str, givers: dict[str, set[EntityRef]], named: dict[str, EntityRef]) -> EntityRef | None:
    """The one full name ``name`` is a short form of, or the department of one (某某公司
    工程技术部: the full name's department the article names), else None."""
    found = givers.get(name, set())
    if len(found) == 1:
        return next(iter(found))
    if found:
        return None
    for k in range(len(name) - 1, _MIN_OWN - 1, -1):
        full = givers.get(name[:k], set())
        if len(full) == 1:
            return named.get(next(iter(full)).name + name[k:])
    return None


def abbreviated_companies(ctx: ArticleContext) -> None:
    """国网公司 … 国家电网公司: a company named by an abbreviation of its name (some of its
    characters, in order, its first kept, and the same ending) is the one company of the
    article whose name so abbreviates; the abbreviation stays as an alias.  A name that opens
    with the abbreviation (国网某某供电公司) is another body named after it, not its full name,
    unless what follows is a word short forms drop (某某控股集团 is 某某集团)."""
    named = {ref.name: ref for ref, info in ctx.facts.entities.items() if ref.cls == "Organization" and info.mentions}
    ends = sorted(COMPANY_ENDINGS, key=len, reverse=True)
    stems = {}
    for name, ref in named.items():
        end = next((e for e in ends if name.endswith(e)), None)
        if end is not None and len(name) - len(end) >= 2 and all_han(name):
            stems[ref] = (name[: -len(end)], end)
    # each full name under each abbreviation it allows: a few hundred keys a name at most,
    # so the article's companies are matched in one pass, not pairwise
    under: dict[tuple[str, str], set[EntityRef]] = {}
    for ref, (stem, end) in stems.items():
        if len(stem) <= _MAX_FULL:
            for short in _abbreviations(stem):
                under.setdefault((short, end), set()).add(ref)
    merged: dict[EntityRef, EntityRef] = {}
    for short, (stem, end) in stems.items():
        # (a name opening with the abbreviation is another body, but for a qualifier the
        # short form drops: 某某控股集团 … 某某集团)
        fulls = [
            ref
            for ref in under.get((stem, end), ())
            if not stems[ref][0].startswith(stem) or stems[ref][0][len(stem) :] in QUALIFIERS
        ]
        if len(fulls) == 1:
            merged[short] = fulls[0]
    if merged:
        ctx.merge(merged)


def _abbreviations(stem: str) -> set[str]:
    """The shorter forms of ``stem`` that keep its first character and some of the others,
    in order: two to ``_MAX_ABBREVIATION`` characters, fewer than the stem's."""
    longest = min(_MAX_ABBREVIATION, len(stem) - 1)
    return {stem[0] + "".join(tail) for size in range(1, longest) for tail in combinations(stem[1:], size)}


# the longest name of a registry area glued before a company's own name (山东省某某有限公司)
_MAX_AREA = 3
# the shortest own name left once the area, the legal form and a dropped word are gone
_MIN_CORE = 2
# the first word a short form of a company's own name may drop (瑞丰 of 瑞丰恒通橡胶), and the
# shortest own name left after it (恒通橡胶: a trade name and a trade)
_DROPPED_HEAD = (2, 3)
_MIN_TAIL = 4


def company_short_forms(ctx: ArticleContext) -> None:
    """山东某某建设有限公司 … 某某公司 … 某某工会: a company named in full and then by its own
    name — without the area before it, its legal form, or a word short forms drop (建设,
    控股) — is one body, the short form its alias; and the union named after that short form
    is the union named after the full name (named so when the short form is no opening of it,
    某宇公司工会 of 襄阳某宇汽车零部件有限公司, whether or not the article names it).  Only a
    short form one full name of the article gives."""
    named = {ref.name: ref for ref, info in ctx.facts.entities.items() if ref.cls == "Organization" and info.mentions}
    counties = {*ctx.page.region, *(getattr(area, "code", None) for area in ctx.area_at.values())}
    forms = {name: _own_forms(ctx, name, counties) - {name} for name in named}
    written_short = set().union(*forms.values())
    givers: dict[str, set[EntityRef]] = {}
    for name, ref in named.items():
        if name not in written_short:  # (a short form itself gives the full name's forms)
            for form in forms[name]:
                givers.setdefault(form, set()).add(ref)
    merged: dict[EntityRef, EntityRef] = {}
    for ref in list(ctx.facts.entities):
        if ref.cls == "Organization":
            full = givers.get(ref.name, set()) or _unit_of_short(ref.name, givers, named)
        elif ref.cls == "TradeUnion" and ref.name.endswith(UNION_WORD) and not ref.name.endswith("总工会"):
            stem = ref.name[: -len(UNION_WORD)]
            full = {EntityRef("TradeUnion", f.name + UNION_WORD) for f in givers.get(stem, ())}
        else:
            continue
        if (
            len(full) == 1
            and ref not in full
            and ref.cls == "TradeUnion"
            and not next(iter(full)).name.startswith(stem)
        ):
            ctx.facts.entity(next(iter(full)), mention=False)  # (某宇公司工会: the company's union, in full)
        if len(full) == 1 and ref not in full and next(iter(full)) in ctx.facts.entities:
            merged[ref] = next(iter(full))
    if merged:
        ctx.merge(merged)


def _unit_of_short(name: str, givers: dict[str, set[EntityRef]], named: dict[str, EntityRef]) -> set[EntityRef]:
    """松辽石油第二采油厂 … 松辽石油开发有限责任公司第二采油厂: a unit named after the short
    form of a company is the unit named after its full name, when the article names that."""
    for k in range(len(name) - 2, _MIN_CORE - 1, -1):
        full = givers.get(name[:k], set())
        if len(full) == 1 and (unit := named.get(next(iter(full)).name + name[k:])) is not None:
            return {unit}
    return set()


def _own_forms(ctx: ArticleContext, name: str, counties: set) -> set[str]:
    """The short forms of a company's full name ``name`` (某某 and 某某公司 of 山东某某建设有限公司,
    恒通橡胶集团 of 瑞丰恒通橡胶集团有限公司), or none when it ends in no legal form."""
    legal = next(
        (form for form in (*LEGAL_FORMS, *COOPERATIVE_FORMS) if name.endswith(form) and len(name) > len(form)), None
    )
    if legal is None or not all_han(name):
        return set()
    # the company ending the legal form opens with (集团 of 集团有限公司, 公司 of 有限公司; 合作社)
    end = min((e for e in (*COMPANY_ENDINGS, COOPERATIVE) if e in legal), key=legal.index)
    body = name[: -len(legal)]
    for k in range(_MAX_AREA, 1, -1):
        if len(body) - k >= _MIN_CORE and (
            len(ctx.gaz.lookup(body[:k])) == 1 or _own_county_stem(ctx, body[:k], counties)
        ):
            body = body[k:]
            break
    cores = {body} | {body[: -len(q)] for q in QUALIFIERS if body.endswith(q) and len(body) - len(q) >= _MIN_CORE}
    forms = {form for core in cores if len(core) >= _MIN_CORE for form in (core, core + end)}
    # 瑞丰恒通橡胶集团有限公司 … 恒通橡胶集团: the own name without its first word (two or three
    # characters), what is left long enough to name it still, with its ending
    forms |= {body[k:] + end for k in _DROPPED_HEAD if len(body) - k >= _MIN_TAIL and not body[k:].startswith(_NOT_OWN)}
    # 襄阳某宇汽车零部件有限公司 … 某宇公司: its trade name (字号, the own name's first two or three
    # characters, its trade after them) with its ending, once the area was left out
    if body != name[: -len(legal)]:
        forms |= {body[:k] + end for k in _DROPPED_HEAD if len(body) - k >= _MIN_CORE}
    return forms


def _own_county_stem(ctx: ArticleContext, stem: str, counties: set) -> bool:
    """惠水 of 惠水黔韵电子科技有限公司: the bare stem of a county the page is about or the
    article names (惠水县: ``counties``) is the area before a company's own name, as the
    county's name in full would be."""
    found = ctx.gaz.lookup(stem, short=True)
    return len(found) == 1 and found[0].code in counties


FEDERATION = "总工会"


def same_area_unions(ctx: ArticleContext) -> None:
    """延边州总工会 … 州总工会 (延边朝鲜族自治州总工会): an area's federation of unions named
    with two forms of the area's name is one body, under the longer name (the registry's
    full or qualified one), the other an alias; so is the area's stem and 工会 (武侯工会, an
    account's name, a hashtag: 武侯区总工会's short name), when the article names the federation."""
    by_area: dict[str, list[EntityRef]] = {}
    for ref, info in ctx.facts.entities.items():
        where = info.located_in
        if ref.cls != "TradeUnion" or where is None or not where.code or not ref.name.endswith(UNION_WORD):
            continue
        federation = ref.name.endswith(FEDERATION)
        stem = ref.name[: -len(FEDERATION if federation else UNION_WORD)]
        if any(area.code == where.code for area in ctx.gaz.lookup(stem, short=not federation)):
            by_area.setdefault(where.code, []).append(ref)
    merged: dict[EntityRef, EntityRef] = {}
    for refs in by_area.values():
        full = max(refs, key=lambda r: (len(r.name), r.name))
        merged.update({r: full for r in refs if r != full})
    # 城东街道工会 … 城东街道总工会: a street's or a township's union, one body (总工会 its name)
    for ref in ctx.facts.entities:
        stem = ref.name.removesuffix(UNION_WORD)
        if ref.cls == "TradeUnion" and stem != ref.name and stem.endswith(LOCAL_AREA_ENDINGS):
            federation = EntityRef("TradeUnion", stem + FEDERATION)
            if federation in ctx.facts.entities:
                merged[ref] = federation
    merged.update(_same_union_other_area_form(ctx, merged))
    if merged:
        ctx.merge(merged)


# the shortest rest of a union's name after its area's name (旅游酒店行业联合工会)
_MIN_REST = 4


def _same_union_other_area_form(ctx: ArticleContext, merged: dict[EntityRef, EntityRef]) -> dict[EntityRef, EntityRef]:
    """万宁旅游酒店行业联合工会 (a headline's) … 万宁市旅游酒店行业联合工会: a union named after
    its area by two forms of the area's name, the rest alike, is one body, under the longer
    name.  The area each opens with is the one it lies in (the registry's code)."""
    by_rest: dict[tuple[str, str], list[EntityRef]] = {}
    for ref, info in ctx.facts.entities.items():
        where = info.located_in
        if ref.cls != "TradeUnion" or ref in merged or where is None or not where.code:
            continue
        for k in range(min(_MAX_AREA_NAME + 1, len(ref.name) - _MIN_REST), 1, -1):
            if any(area.code == where.code for area in ctx.gaz.lookup(ref.name[:k], short=True)):
                by_rest.setdefault((where.code, ref.name[k:]), []).append(ref)
                break
    out: dict[EntityRef, EntityRef] = {}
    for refs in by_rest.values():
        full = max(refs, key=lambda r: (len(r.name), r.name))
        out.update({r: full for r in refs if r != full})
    return out


GROUP_WORD = "集团"
# the shortest trade name a group and its member share, beyond the areas both open with
_MIN_BRAND = 2
# the longest area name stripped from a name's start (黑龙江省, 大同市)
_MAX_AREA_NAME = 4


def group_members(ctx: ArticleContext) -> None:
    """晋北能源集团有限公司 … 晋北平川煤业有限公司: a company whose name opens with the trade
    name of a group (集团) the article names — its name before the group's industry word
    and 集团, past the areas both open with (a trade name, not a place) — is a member of
    that group, when no other body was said to own it; the trade name a group gives its
    members is how Chinese firms say so, whatever the province or trade.  Not an area or
    the nation's name alone (山东能源集团 … 山东电力公司, 中国某某集团 … 中国某某银行), the group
    itself without 集团 (晋北能源有限公司), nor a company that is a group too."""
    orgs = {ref: info for ref, info in ctx.facts.entities.items() if ref.cls == "Organization" and info.mentions}
    groups = {ref: ref.name[: ref.name.rfind(GROUP_WORD)] for ref in orgs if _group_stem(ref.name)}
    if not groups:
        return
    ends = tuple(sorted({*COMPANY_ENDINGS, *LEGAL_FORMS}, key=len, reverse=True))
    for ref, info in orgs.items():
        name = ref.name
        if info.parent is not None or GROUP_WORD in name or not name.endswith(ends) or not all_han(name):
            continue
        owners = [g for g, stem in groups.items() if _shares_brand(ctx, name, stem, ends)]
        if len(owners) == 1:
            info.parent = owners[0]


def _group_stem(name: str) -> bool:
    """Is ``name`` a group's (…集团, …集团有限公司), with a name of two characters or more before 集团?"""
    k = name.rfind(GROUP_WORD)
    rest = name[k:]
    return k >= _MIN_BRAND and all_han(name) and (rest == GROUP_WORD or rest.removeprefix(GROUP_WORD) in LEGAL_FORMS)


def _shares_brand(ctx: ArticleContext, name: str, stem: str, ends: tuple[str, ...]) -> bool:
    """Does company ``name`` open with the trade name of the group named ``stem``集团: the
    prefix they share reaching two characters past the areas (and the nation's name) it
    opens with, and more than a company ending after it?"""
    n = 0
    while n < min(len(name), len(stem)) and name[n] == stem[n]:
        n += 1
    lead = 0
    while lead < n:
        k = next(
            (k for k in range(min(_MAX_AREA_NAME, n - lead), 1, -1) if _area_or_nation(ctx, name[lead : lead + k])),
            0,
        )
        if not k:
            break
        lead += k
    return n - lead >= _MIN_BRAND and len(name) > n and not name[n:].startswith(ends)


def _area_or_nation(ctx: ArticleContext, word: str) -> bool:
    """Is ``word`` the name of an area of the registry or of the nation (中国, 全国)?"""
    return word in NATIONWIDE or bool(ctx.gaz.lookup(word))
