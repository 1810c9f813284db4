"""What a page is about: its region (so 朝阳区 is Beijing's) and its year (so 3月24日 is a date).

Extraction reads it before any article's facts (a short name such as 市总工会 needs the
page's region), so it is part of this stage, not of resolution.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.lexicon import lexicon
from kg.model.article import Article
from kg.nlp.doctable import doc_text

# a year the page is written in; not 2024年以来 / 2024年度 (a period looked back on)
YEAR_RE = re.compile(r"((?:19|20)\d{2})年(?!以来|以前|之前|起|度)")


@dataclass
class PageContext:
    """What the page as a whole says: the region it is about, and its year."""

    region: list[str] = field(default_factory=list)  # area codes, most specific last
    year: int | None = None


def infer_page(docs: list[Doc], articles: list[Article], gaz, region: str | None = None) -> PageContext:
    """Region from the areas the page names unambiguously; year from its date or its text."""
    ctx = PageContext()
    if region:
        area = gaz.resolve(region)
        if area is not None:
            ctx.region = [a.code for a in reversed(gaz.chain(area.code))]
    else:
        votes: Counter[str] = Counter()
        for doc in docs:
            for s in doc.spans.get("kg", []):
                if s.label_ != "AREA" or s._.kg_kind in ("short", "abbr"):
                    continue
                if s._.kg_kind == "capital":
                    votes[lexicon().capital_words[s.text]] += 1
                    continue
                cands = gaz.lookup(s.text)
                if len(cands) == 1:
                    _vote(votes, gaz, cands[0].code)
        homes = [p for a in articles if (p := outlet_place(a.outlet, gaz)) is not None]
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
    inside = {h for h in homes if all(c == h or gaz.contains(c, h) for c in region)}
    if len(inside) != 1:
        return region
    return [a.code for a in reversed(gaz.chain(inside.pop()))]


def _vote(votes: Counter[str], gaz, code: str) -> None:
    """One vote for the province and the prefecture of the area ``code``."""
    for a in gaz.chain(code):
        if a.level in ("province", "prefecture"):
            votes[a.code] += 1


def outlet_place(outlet: str | None, gaz) -> str | None:
    """The area an outlet is named after (宁夏日报, 某县融媒体中心, 某区门户网), as evidence of
    the page's region: the longest opening that is an area's regular name with one
    meaning, with the outlet's own words after it.  Bare county stems do not count (光明日报
    is no news of 光明区)."""
    if not outlet:
        return None
    for k in range(len(outlet) - 1, 1, -1):
        found = gaz.lookup(outlet[:k]) if gaz.is_surface_form(outlet[:k]) else []
        if len(found) == 1:
            return found[0].code
        if found:
            return None
    return None
