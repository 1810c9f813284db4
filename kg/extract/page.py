"""What a page is about: its region (so 朝阳区 is Beijing's) and its year (so 3月24日 is a date).

Extraction reads it before any article's facts (a short name such as 市总工会 needs the
page's region), so it is part of this stage, not of resolution.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.lexicon import lexicon, words
from kg.model.article import Article
from kg.nlp.doctable import doc_text

OUTLET_PREFIXES = "areas/outlet_prefixes.txt"  # 云上, 掌上: a media app's word before its area
OUTLET_STEM_HEADS = "areas/outlet_stem_heads.txt"  # 融媒体中心: a local outlet's own words
_HEAD_WORDS = frozenset(words("bodies/org_heads.txt"))  # 公司, 集团: a body's type word
MUNICIPALITY = "市"  # a county-level city's ending, the level word of its prefecture too

# a year the page is written in; not 2024年以来 / 2024年度 (a period looked back on), nor a
# year of birth (1982年生, 1982年5月出生, 出生于1982年: a profile's, no event's)
YEAR_RE = re.compile(r"(?<!生于)((?:19|20)\d{2})年(?!以来|以前|之前|起|度|(?:\d{1,2}月)?出?生)")


@dataclass
class PageContext:
    """What the page as a whole says: the region it is about, and its year."""

    region: list[str] = field(default_factory=list)  # area codes, most specific last
    year: int | None = None
    # the page's own area: the one whose outlet, site or union the page is (its furniture,
    # its outlet's name), not one its text names; what a level word (市, 县) stands for
    home: str | None = None
    # the page's own company as its text defines it (以下简称“公司”): a report cut into
    # sections at its headings still says 公司, 公司工会 for it in each of them
    defined: dict[str, str] = field(default_factory=dict)


def infer_page(docs: list[Doc], articles: list[Article], gaz, region: str | None = None) -> PageContext:
    """Region from the areas the page names unambiguously; year from its date or its text."""
    ctx = PageContext()
    if region:
        area = gaz.resolve(region)
        if area is not None:
            ctx.region = [a.code for a in reversed(gaz.chain(area.code))]
    else:
        votes: Counter[str] = Counter()
        counties: Counter[str] = Counter()  # the county of each county or township named
        for doc, article in zip(docs, articles, strict=False):
            if article.roster:  # (a roster names the places of its leaders' other offices)
                continue
            for s in doc.spans.get("kg", []):
                if s.label_ != "AREA" or s._.kg_kind in ("short", "abbr", "nickname"):
                    continue
                if s._.kg_kind == "capital":
                    votes[lexicon().capital_words[s.text]] += 1
                    continue
                cands = gaz.lookup(s.text)
                if len(cands) == 1:
                    _vote(votes, gaz, cands[0].code)
                    counties.update(a.code for a in gaz.chain(cands[0].code) if a.level == "county")
        homes = [p for a in articles if (p := outlet_place(a.outlet, gaz)) is not None]
        homes += [place.codes[-1] for a in articles for place in furniture_places(a.furniture, gaz)]
        for place in homes:
            _vote(votes, gaz, place)
        if votes:
            provinces = Counter({c: n for c, n in votes.items() if gaz.get(c).level == "province"})
            if provinces:
                top, _ = max(provinces.items(), key=lambda kv: (kv[1], kv[0]))
                ctx.region = [top]
                prefs = {c: n for c, n in votes.items() if gaz.get(c).level == "prefecture" and gaz.contains(top, c)}
                if prefs:
                    best, n = max(prefs.items(), key=lambda kv: (kv[1], kv[0]))
                    if n >= 2:
                        ctx.region.append(best)
                ctx.region = _home_region(ctx.region, homes, gaz)
                ctx.home = _home(ctx.region, homes, gaz)
                if not homes:
                    ctx.region = _one_county(ctx.region, counties, gaz)
    for doc in docs:
        for short, full in (doc._.kg_abbreviations or {}).items():
            if short in _HEAD_WORDS:
                ctx.defined.setdefault(short, full)
    years = [int(a.date[:4]) for a in articles if a.date]
    if years:
        ctx.year = max(set(years), key=years.count)
    else:
        found = Counter(int(m.group(1)) for doc in docs for m in YEAR_RE.finditer(doc_text(doc)))
        if found:
            ctx.year = max(found.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return ctx


def _home_region(region: list[str], homes: list[str], gaz) -> list[str]:
    """The region down to the outlet's own area (a county's 融媒体中心 writes of that county)
    when one outlet place lies inside the region the page's names gave."""
    inside = _deepest({h for h in homes if all(c == h or gaz.contains(c, h) for c in region)}, gaz)
    if inside is None:
        return region
    return [a.code for a in reversed(gaz.chain(inside))]


def _one_county(region: list[str], counties: Counter[str], gaz) -> list[str]:
    """The region down to the one county a page with no outlet names (a county's programme
    booklet, cut into pages by its running heads: 县委, 县总工会 on a page naming no county
    are that county's), when the page names it more than once, names no other, and it lies
    in the region.  Not a county-level city of a prefecture that is a city too: its 市 would
    take that city's place; one of a 州 or a 地区 (珲春市 of 延边州) is what its 市 stands for."""
    if len(counties) != 1 or not region:
        return region
    code, n = next(iter(counties.items()))
    county = gaz.get(code)
    if n < 2 or not gaz.contains(region[-1], code) or (county.name.endswith(MUNICIPALITY) and _city_above(county, gaz)):
        return region
    return [a.code for a in reversed(gaz.chain(code))]


def _city_above(county, gaz) -> bool:
    """Does a city (a prefecture's 市, or a municipality) hold the county-level ``county``?"""
    return any(a.code != county.code and a.name.endswith(MUNICIPALITY) for a in gaz.chain(county.code))


def _deepest(places: set[str], gaz) -> str | None:
    """The one place of ``places`` that all the others hold (来源：成都市武侯区总工会 names
    the city and the district: the district), or None when they lie apart."""
    deepest = [p for p in places if all(q == p or gaz.contains(q, p) for q in places)]
    return deepest[0] if len(deepest) == 1 else None


def _home(region: list[str], homes: list[str], gaz) -> str | None:
    """The one area the page's outlet and furniture name that the region ends with or
    holds (a prefecture's paper: the city; a county's media centre: the county)."""
    return _deepest({h for h in homes if region and (h == region[-1] or gaz.contains(h, region[-1]))}, gaz)


def _vote(votes: Counter[str], gaz, code: str) -> None:
    """One vote for the province and the prefecture of the area ``code``."""
    for a in gaz.chain(code):
        if a.level in ("province", "prefecture"):
            votes[a.code] += 1


_GREETINGS = tuple(words("pages/site_greetings.txt"))  # 欢迎访问…: the site's name follows
_FURNITURE_STEP = re.compile(r"[\s|｜丨>＞»›/·•【】\[\]（）()、，,：:;；!！]+")


@dataclass(frozen=True)
class FurniturePlace:
    """The areas one step of the page's furniture opens with (广元市昭化区总工会: 广元市 then
    昭化区), and whether the step names them as a text does: alone or inside the name of
    the area's union or government (not of an outlet or a site: 西藏新闻, 太原新闻网)."""

    codes: tuple[str, ...]
    named: bool
    rest: str  # what follows the areas (总工会, 新闻网, …)
    step: str  # the step as printed


def furniture_places(lines: list[str], gaz) -> list[FurniturePlace]:
    """The areas the dropped furniture (site name, breadcrumb, 来源) names, as evidence of
    whose page it is.  Each step is read like an outlet's name: areas with one meaning
    at its start, each after the one before (a qualified name), never the first of
    many.  A line whose steps name areas apart from each other (a menu of districts) says
    nothing of the page and is left out."""
    out: list[FurniturePlace] = []
    for line in lines:
        places = [p for step in _FURNITURE_STEP.split(line) if (p := _step_place(step, gaz)) is not None]
        chains = {c for p in places for c in p.codes}
        if any(not (a == b or gaz.contains(a, b) or gaz.contains(b, a)) for a in chains for b in chains):
            continue
        out.extend(places)
    return out


def _step_place(step: str, gaz) -> FurniturePlace | None:
    """The areas ``step`` opens with, one after the other, and what follows them (after the
    site's greeting: 欢迎访问某某市总工会网站 is the city's union's site)."""
    step = step[len(g) :] if (g := next((g for g in _GREETINGS if step.startswith(g)), None)) else step
    codes: list[str] = []
    prefix, pos = "", 0
    while pos < len(step):
        k = next((k for k in range(len(step), pos + 1, -1) if gaz.is_surface_form(step[pos:k])), None)
        if k is None:
            break
        found = gaz.lookup(prefix + step[pos:k])
        if not found and codes:
            break  # (绵阳高新区管委会: a zone the registry lacks after its city; the city's no body)
        prefix += step[pos:k]
        if len(found) == 1:
            codes.append(found[0].code)
        pos = k
    if not codes:
        return None
    lex = lexicon()
    rest = step[pos:]
    named = not rest or rest.startswith((*lex.union_suffixes, *lex.level_bodies))
    return FurniturePlace(tuple(codes), named, rest, step)


def outlet_place(outlet: str | None, gaz) -> str | None:
    """The area an outlet is named after (宁夏日报, 某县融媒体中心, 某区门户网), as evidence of
    the page's region: the longest opening that is an area's regular name with one
    meaning, with the outlet's own words after it; after a media app's prefix word
    (云上某某, 掌上某某) the same, or the area's bare stem with one meaning.  A bare
    stem opening the name counts only before a local outlet's head (某某融媒体中心): 光明日报
    is no news of 光明区."""
    if not outlet:
        return None
    prefix = next((p for p in words(OUTLET_PREFIXES) if outlet.startswith(p)), "")
    rest = outlet[len(prefix) :]
    for k in range(len(rest) - (0 if prefix else 1), 1, -1):
        found = gaz.lookup(rest[:k]) if gaz.is_surface_form(rest[:k]) else []
        if not found and ((prefix and k == len(rest)) or rest[k:] in words(OUTLET_STEM_HEADS)):
            found = gaz.lookup(rest[:k], short=True)
        if len(found) == 1:
            return found[0].code
        if found:
            return None
    return None
