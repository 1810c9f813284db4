"""Family *areas*: each AREA mention to an area of the registry, or a zone it lacks.

First of the families: every other one asks where things are (区总工会 is the union of
the district the text named last), so the areas are read before any body.  Needs only
the page's region; fills ``ctx.area_at``, ``ctx.area_kind``, ``ctx.seen_codes`` and the
areas' entities.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kg.extract.area_stems import TRADE_HEADS
from kg.extract.context import CONFIDENCE, UNPLACED, ArticleContext, Zone, area_ref
from kg.extract.county_parts import add_township, county_before, town_part
from kg.extract.renamed_towns import as_renamed_town
from kg.extract.wordlists import COMPANY_ENDINGS, UNION_HOST_SUFFIXES
from kg.lexicon import words
from kg.model.facts import EntityRef
from kg.nlp.listed_towns import LISTED_TOWN
from kg.nlp.new_areas import NEW_AREA
from kg.nlp.spans import Containers
from kg.nlp.text import all_han, is_han
from kg.nlp.town_zones import TOWN_ZONE
from kg.nlp.unlisted_townships import RENAMED_ENDINGS, RENAMED_TOWNSHIP

OUTLET_NAME_HEADS = words("areas/outlet_name_heads.txt")  # 日报, 电视台: an outlet's name ends so
TRADE_NAME_HEADS = (*COMPANY_ENDINGS, *TRADE_HEADS)
COMMUNITY_HOLDERS = ("county", "township")  # the areas a community is named right after (某区某社区)


def read_areas(ctx: ArticleContext) -> None:
    """Resolve each AREA mention, nearest the areas read before it, and record it."""
    mentions = ctx.mentions_of("AREA")
    # a community named bare (中山社区 in the headline) is read last, placed by the areas the
    # whole text names (某镇中山社区 below it), not by the page's region alone
    ends = {s.end_char for s in mentions}
    late = [s._.kg_kind == "community" and s.start_char not in ends for s in mentions]
    mentions = [s for s, x in zip(mentions, late, strict=True) if not x] + [
        s for s, x in zip(mentions, late, strict=True) if x
    ]
    sure = _sure_codes(ctx, mentions)
    companies = {
        c.start_char: c.text
        for label in ("ORG", "UNION", "PLACE")
        for c in ctx.mentions_of(label)
        if (label != "PLACE" and any(e in c.text for e in COMPANY_ENDINGS))
        or c.text.endswith(TRADE_NAME_HEADS)  # 某省某某集团有限公司, its 工会; 某某宾馆, a venue
        or (label == "UNION" and _host(c.text).endswith(TRADE_NAME_HEADS))  # 某湖中学工会: the school's
    }
    names = Containers((c.start_char, c.end_char) for label in ("ORG", "UNION") for c in ctx.mentions_of(label))
    for s in mentions:
        if s._.kg_kind in ("village", "township"):
            _read_unlisted(ctx, s)
            continue
        if s._.kg_kind == RENAMED_TOWNSHIP:
            _read_renamed(ctx, s)
            continue
        if s._.kg_kind == "bare_zone":
            _read_bare_zone(ctx, s)
            continue
        if s._.kg_kind == LISTED_TOWN:
            _read_listed(ctx, s)
            continue
        if s._.kg_kind == NEW_AREA:  # (两江新区: the area holding it is known)
            _add_zone(ctx, s, ctx.gaz.get(s._.kg_ref))
            continue
        if s._.kg_kind == TOWN_ZONE:
            _read_town_zone(ctx, s)
            continue
        if s._.kg_kind == "zone" and town_part(ctx, s):
            continue
        area = resolve_area(ctx, s.text, s._.kg_kind or "full", s._.kg_ref, sure, s.start_char)
        if area is None:
            continue
        if (county := county_before(ctx, s, area)) is not None:
            add_township(ctx, s, county)  # 海门区临江镇: the county's, which the registry lacks
            continue
        if isinstance(area, Unplaced):
            _record_unplaced(ctx, s, area)
            continue
        if _inside_a_trade_name(ctx, s, names, area):
            continue
        if not isinstance(area, Zone) and (old := ctx.gaz.former_name(s.text, area.code)):
            area = replace(area, name=old)  # the area as the text knew it (澂江县, now 澄江市)
        if _opens_a_name(ctx, s, companies, area):
            ctx.seen_codes.append(getattr(area, "code", None) or area.parent)
            continue
        ctx.area_at[(s.start_char, s.end_char)] = area
        ctx.area_kind[(s.start_char, s.end_char)] = s._.kg_kind or "full"
        ref = area_ref(area)
        info = ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
        if isinstance(area, Zone):
            parent = ctx.gaz.get(area.parent)
            info.parent = area_ref(parent)
            ctx.seen_codes.append(area.parent)
        else:
            ctx.seen_codes.append(area.code)


def _host(union: str) -> str:
    """The name a workplace union is named after (某湖中学 of 某湖中学工会)."""
    return next((union.removesuffix(x) for x in UNION_HOST_SUFFIXES if union.endswith(x)), union)


def _opens_a_name(ctx: ArticleContext, s, companies: dict[int, str], area) -> bool:
    """An area opening a company's name as part of its trade name (某省某某集团有限公司 without
    its 省, also in its union's name) or an outlet's (某省日报): evidence for the names
    after it, but no area the text names (the company is no part of it).  Written in
    full (某某区某某有限公司), the area is a qualifier that places the company."""
    company = companies.get(s.start_char)
    if company is not None and len(company) > len(s.text) and s.text != area.name:
        return True
    after = ctx.text[s.end_char : s.end_char + 6]
    return any(after[:k].endswith(OUTLET_NAME_HEADS) and all_han(after[:k]) for k in range(2, len(after) + 1))


def _inside_a_trade_name(ctx: ArticleContext, s, names: Containers, area) -> bool:
    """An area's name glued inside a body's name after other name characters (某某玉和田公司)
    and far from the page's region: a syllable of a trade name, no area the text names and
    no evidence for the names after it.  An area inside the region (某某区某街某公司) or
    right after another area (某市某区某公司) is the place the name says."""
    if isinstance(area, Zone) or not ctx.page.region or not is_han(ctx.text[s.start_char - 1 : s.start_char]):
        return False
    if not names.holds(s.start_char - 1, s.end_char):  # a name that starts before it and holds it
        return False
    if ctx.area_at.by_end.get(s.start_char):
        return False
    home = ctx.page.region[-1]
    return not (home == area.code or ctx.gaz.contains(area.code, home) or ctx.gaz.contains(home, area.code))


@dataclass(frozen=True)
class Unplaced:
    """A name the registry has several times, none of which the page's evidence picks."""

    name: str
    meanings: tuple[str, ...]  # the codes it could be


def _sure_codes(ctx: ArticleContext, mentions) -> list[str]:
    """Areas the article names that have one meaning only: evidence for the others,
    wherever in the article they stand (城东街道 … 后文 XX区)."""
    out = []
    for s in mentions:
        if (s._.kg_kind or "full") == "full":
            found = ctx.gaz.lookup(s.text)
            if len(found) == 1:
                out.append(found[0].code)
    return out


def _record_unplaced(ctx: ArticleContext, s, area: Unplaced) -> None:
    """An area without a code: its name, part of the area containing every meaning when the
    article names that one (no guess either way); not an anchor for other names."""
    ref = EntityRef("AdministrativeArea", area.name)
    info = ctx.add(ref, s.text, (s.start_char, s.end_char), CONFIDENCE["name"])
    ctx.unplaced_at[(s.start_char, s.end_char)] = Zone(area.name, "", level=UNPLACED)
    named = {a.code for a in ctx.area_at.values() if getattr(a, "code", None)}
    chains = [[a.code for a in ctx.gaz.chain(code)[1:]] for code in area.meanings]
    common = next((c for c in chains[0] if all(c in other for other in chains[1:])), None)
    if common is not None and common in named:
        info.parent = area_ref(ctx.gaz.get(common))


def resolve_area(ctx: ArticleContext, name: str, kind: str, ref: str | None, sure: list[str] = (), at: int = -1):
    """The area a mention names, by how it is written (``kind``): the registry's when the
    evidence picks one meaning, ``Unplaced`` when it has several and nothing picks one,
    else a community or zone made from the name, else None.

    Evidence is the page's region and the areas named before the mention (nearest first),
    then the areas the article names anywhere that have one meaning; never the order of
    the registry (the first of 29 城东街道 is no answer)."""
    if kind == "capital":
        code = ctx.lex.capital_words.get(name)
        return ctx.gaz.get(code) if code and code in ctx.gaz else None
    if kind == "nickname":
        # 沪上, 哈市: the city only on a page about it, never a guess (issue 12 §3)
        code = ctx.lex.city_nicknames.get(name)
        if code not in ctx.gaz or not any(
            c == code or ctx.gaz.contains(c, code) or ctx.gaz.contains(code, c) for c in ctx.page.region
        ):
            return None
        return ctx.gaz.get(code)
    if kind == "abbr" and ref:
        name = ref
    before = list(reversed(ctx.seen_codes[-12:]))
    area = ctx.gaz.resolve(name, context=before, guess=False)
    meanings = ctx.gaz.lookup(name, short=kind == "short")
    if area is None and meanings:
        area = ctx.gaz.resolve(name, context=before + [c for c in sure if c not in before], guess=False)
    if area is not None and len(meanings) > 1 and _only_by_province(ctx, area, before + sure):
        area = None
    if area is None and meanings:
        return Unplaced(name, tuple(a.code for a in meanings)) if kind != "short" else None
    if area is None:
        if kind == "community":
            return _community(ctx, name, at)
        return _zone(ctx, name) if kind in ("zone", "abbr") else None
    # a bare stem (东湖, 海淀) counts only inside the region the page is about
    if (
        kind == "short"
        and ctx.page.region
        and not any(c == area.code or ctx.gaz.contains(c, area.code) for c in ctx.page.region)
    ):
        return None
    return area


def _only_by_province(ctx: ArticleContext, area, context: list[str]) -> bool:
    """大安镇 after 自贡市大安区: a township of many that no city or county named holds, only
    its province, while the page names a city or county: a page about one city names
    another city's towns with that city, so the province's one town of that name is no
    pick.  (A municipality's districts have no city above them: there the province is it.)"""
    if area.level != "township" or not any(a.level == "prefecture" for a in ctx.gaz.chain(area.code)):
        return False
    holders = [c for c in context if c == area.code or ctx.gaz.contains(c, area.code)]
    if any(ctx.gaz.get(c).level != "province" for c in holders):
        return False
    return any(ctx.gaz.get(c).level in ("prefecture", "county") for c in context)


def _community(ctx: ArticleContext, name: str, at: int = -1):
    """盐市口社区: a community of the street the text names around it, or of the area right before it (某区某社区)."""
    before = ctx.area_at.by_end.get(at, ())
    township = ctx.area_at[before[-1]] if before else None
    if getattr(township, "level", None) not in COMMUNITY_HOLDERS:
        township = ctx.context_area(("township",), len(ctx.text))
    code = township.code or township.parent if township is not None else None
    if code is None:
        return None
    return Zone(name=name, parent=code, level="community")


def _read_renamed(ctx: ArticleContext, s) -> None:
    """齐村乡 where the registry has 齐村镇 (a township made a town since): the registry's
    township of the other word, the one in the county the text names last, else the one in
    the page's region, is where it lies — the area as written, part of that county.  None
    such, or several: no area (家乡-like words are no township of the page's)."""
    other = s.text[:-1] + RENAMED_ENDINGS[s.text[-1]]
    county = ctx.context_area(("county",), s.start_char)
    region = ctx.page.region[-1] if ctx.page.region else None
    found = [
        t
        for t in ctx.gaz.lookup(other)
        if t.level == "township"
        and (t.parent == getattr(county, "code", None) or (region is not None and ctx.gaz.contains(region, t.code)))
    ]
    if len({t.parent for t in found}) != 1:
        return
    holder = ctx.gaz.get(found[0].parent)
    span = (s.start_char, s.end_char)
    if as_renamed_town(ctx, s, holder.code):
        return
    zone = Zone(name=s.text, parent=holder.code, level="township")
    info = ctx.add(area_ref(zone), s.text, span, CONFIDENCE["name"])
    info.parent = area_ref(holder)
    ctx.area_at[span] = zone
    ctx.area_kind[span] = "township"


def _read_listed(ctx: ArticleContext, s) -> None:
    """An item of a list of townships written by its stem (甲溪、乙水等镇): the registry's
    township of that name in the county the text names last, else in the page's region;
    none or several: no area (a stem is no name to guess a namesake by)."""
    county = ctx.context_area(("county",), s.start_char)
    homes = [c for c in (getattr(county, "code", None), *ctx.page.region[-1:]) if c]
    for home in homes:
        found = [t for name in s._.kg_ref.split("|") for t in ctx.gaz.lookup(name) if ctx.gaz.contains(home, t.code)]
        if len(found) == 1:
            span = (s.start_char, s.end_char)
            ctx.area_at[span] = found[0]
            ctx.area_kind[span] = LISTED_TOWN
            ctx.add(area_ref(found[0]), s.text, span, CONFIDENCE["name"])
            ctx.seen_codes.append(found[0].code)
            return
        if found:
            return


def _read_unlisted(ctx: ArticleContext, s) -> None:
    """A village right after its township (德庆镇顶嘎村), or a township the registry lacks
    right before its village: part of the area that holds it (the township before a
    village, the county named last before a township), and an anchor for later names
    once the registry's area it lies in is known."""
    span = (s.start_char, s.end_char)
    if s._.kg_kind == "township":
        holder = ctx.context_area(("county",), s.start_char)
    else:
        before = ctx.area_at.by_end.get(s.start_char, ())
        holder = ctx.area_at[before[-1]] if before else None
        if holder is None and (named := _village_named(ctx, s.text)) is not None:
            # the village written again without its township: the one read after it
            ctx.add(area_ref(named), s.text, span, CONFIDENCE["name"])
            ctx.area_at[span] = named
            ctx.area_kind[span] = "village"
            return
        if not before and holder is None:
            # 洛香镇…其中洛香村、新安村等6个村: villages listed without their township lie in
            # the one the text named last (as a community does in its street)
            holder = ctx.context_area(("township",), s.start_char)
    code = (holder.code or holder.parent) if holder is not None else None
    if holder is None or code is None:
        info = ctx.add(EntityRef("AdministrativeArea", s.text), s.text, span, CONFIDENCE["name"])
        if s._.kg_kind == "village":  # in a township placed nowhere (no county named): part of it still
            ends_here = [ctx.ref_at[k] for k in ctx.ref_at.by_end.get(s.start_char, ())]
            info.parent = next((r for r in ends_here if r.cls == "AdministrativeArea"), None)
        return
    if s._.kg_kind == "township" and as_renamed_town(ctx, s, code):
        return
    zone = Zone(name=s.text, parent=code, level=s._.kg_kind)
    info = ctx.add(area_ref(zone), s.text, span, CONFIDENCE["name"])
    info.parent = area_ref(holder)
    ctx.area_at[span] = zone
    ctx.area_kind[span] = s._.kg_kind


def _village_named(ctx: ArticleContext, name: str) -> Zone | None:
    """The village of that name the article read earlier after its township, if any."""
    return next(
        (a for a in ctx.area_at.values() if isinstance(a, Zone) and a.level == "village" and a.name == name), None
    )


def _in_region(ctx: ArticleContext, code: str) -> bool:
    """Does the area ``code`` lie in (or is it) an area the page is about?"""
    return any(c == code or ctx.gaz.contains(c, code) for c in ctx.page.region)


def _read_bare_zone(ctx: ArticleContext, s) -> None:
    """某某新区 without its city: part of the city the text named last (or the page's);
    left out when there is none, as a zone placed nowhere says nothing."""
    city = ctx.context_area(("prefecture",), s.start_char)
    if city is None or city.code is None:
        return
    _add_zone(ctx, s, city)


def _add_zone(ctx: ArticleContext, s, parent) -> None:
    """Enter the zone written at ``s`` as an area under ``parent``, where the text placed it."""
    span = (s.start_char, s.end_char)
    zone = Zone(name=s.text, parent=parent.code)
    info = ctx.add(area_ref(zone), s.text, span, CONFIDENCE["name"])
    info.parent = area_ref(parent)
    ctx.area_at[span] = zone
    ctx.area_kind[span] = "zone"


def _read_town_zone(ctx: ArticleContext, s) -> None:
    """蔡家坡经济技术开发区 named after 蔡家坡镇 (``s._.kg_ref``): part of the county holding
    that town, the town read nearest the page's areas, never guessed among its homonyms;
    left out when none is picked."""
    context = [*reversed(ctx.seen_codes[-12:]), *reversed(ctx.page.region)]
    town = ctx.gaz.resolve(s._.kg_ref, context=context, short=False, guess=False)
    if town is None or town.level != "township" or not town.parent:
        return
    county = ctx.gaz.get(town.parent)
    _add_zone(ctx, s, county)


def _zone(ctx: ArticleContext, name: str):
    """A development zone the registry lacks, part of the area its name opens with."""
    for k in range(len(name) - 2, 1, -1):
        parent = ctx.gaz.resolve(name[:k], context=list(reversed(ctx.seen_codes[-12:])), short=False, guess=False)
        if parent is not None and ctx.gaz.is_surface_form(name[:k]):
            return Zone(name=name, parent=parent.code)
    # 霍山经济开发区: opened by the short form of an area the text has named in full, or the
    # page's own area (a bulletin's item naming its county only as 县)
    context = [*reversed(ctx.seen_codes[-12:]), *ctx.page.region]
    for k in (3, 2):
        parent = ctx.gaz.resolve(name[:k], context=context, short=True, guess=False)
        if parent is not None and (parent.code in ctx.seen_codes or _in_region(ctx, parent.code)):
            return Zone(name=name, parent=parent.code)
    return None
