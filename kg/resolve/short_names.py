"""The short names of a body given in full in the same source file, and the bodies no
short name may join across a file's pages.

A file's articles name a body in full once and short elsewhere: 街道工会 for the street's
总工会, 长江智造集团 for 长江智造集团有限公司 (without its legal form), 调解委员会 for a union's
committee, the short form one article defines (以下简称…) in the file's other articles.  The
hub graph (kg.resolve.merge) gives each short name its full name's node; a level word's body
(县总工会 of a page that never names its county) is each page's own.
"""

from __future__ import annotations

from collections import defaultdict

from kg.extract.names import LEGAL_FORMS, legal_form_of
from kg.gazetteer import Gazetteer
from kg.lexicon import lexicon
from kg.model.article import Article
from kg.model.facts import ArticleFacts, EntityRef

FEDERATION = "总工会"  # an area's federation of unions, named after the area
UNION_WORD, COMMITTEE = "工会", "委员会"  # a union's committee: 某区总工会劳动争议调解委员会


def is_page_body(name: str) -> bool:
    """县总工会, 市政协 as a body's whole name: the body of an area its page never named
    (kg.extract), a different body on every page, so one node per source file."""
    lex = lexicon()
    return any(name.startswith(w) and name[len(w) :] in lex.level_bodies for w in lex.level_words)


def short_names(items: list[tuple[Article, ArticleFacts]], gaz: Gazetteer | None) -> dict[tuple[str, str, str], str]:
    """Shortened names of a body given in full in the same file: 街道工会 is the street's
    总工会; 长江智造集团 is 长江智造集团有限公司 (a company without its legal form)."""
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    # (source, class, short form) -> the full names an article gave it to; and the names
    # an article kept apart from a full name it had as well (not the same body there; a
    # tail of the full name read alone before it, 运输站工会 of 某汽车运输站工会, is that body)
    given: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    apart: set[tuple[str, str, str]] = set()
    unplaced: set[tuple[str, str, str]] = set()  # a level's body in an item naming no area
    for article, facts in items:
        placeless = not any(ref.cls == "AdministrativeArea" for ref in facts.entities)
        for ref, info in facts.entities.items():
            if ref.cls in ("TradeUnion", "Organization"):
                if placeless and is_page_body(ref.name):
                    unplaced.add((article.source, ref.cls, ref.name))
                names[(article.source, ref.cls)].add(ref.name)
                for alias in info.aliases - {ref.name}:
                    given[(article.source, ref.cls, alias)].add(ref.name)
                    if EntityRef(ref.cls, alias) in facts.entities and not ref.name.endswith(alias):
                        apart.add((article.source, ref.cls, alias))
    out = _defined_elsewhere(names, given, apart, unplaced)
    for (source, cls), ns in names.items():
        tails = _committee_tails(ns) if cls == "Organization" else {}
        for n in ns:
            full = None
            if cls == "TradeUnion" and n.endswith("工会") and not n.endswith("总工会"):
                full = n[:-2] + "总工会" if n[:-2] + "总工会" in ns else None
                if full is None:
                    # the first name (in sorted order) that is this one with a legal form
                    full = min(
                        (
                            m
                            for m in (n[:-2] + form + "工会" for form in LEGAL_FORMS)
                            if m in ns and legal_form_of(n[:-2], m[:-2]) and not m.endswith("总工会")
                        ),
                        default=None,
                    )
            elif cls == "TradeUnion" and n.endswith(FEDERATION):
                full = _federation_in_full(n, ns, gaz)
            elif cls == "Organization":
                full = min(
                    (m for m in (n + form for form in LEGAL_FORMS) if m in ns and legal_form_of(n, m)), default=None
                ) or _union_committee_of(n, tails)
            if full and full != n and (source, cls, n) not in out:
                out[(source, cls, n)] = full
    return out


def _federation_in_full(name: str, names: set[str], gaz: Gazetteer | None) -> str | None:
    """德宏州总工会 in one article, 德宏傣族景颇族自治州总工会 in another of the same file: an
    area's federation named with a shorter form of the area (as same_area_unions merges them
    inside one article), under the full name."""
    stem = name[: -len(FEDERATION)]
    if gaz is None or len(stem) < 2:  # (县总工会: a level word's union, kg.extract.level_names)
        return None
    full = (area.name + FEDERATION for area in gaz.lookup(stem) if area.name != stem)
    return next((f for f in full if f in names), None)


# the shortest short form that names one body across a file's articles (公司, 集团 name none)
_MIN_SHORT = 4


def _defined_elsewhere(
    names: dict[tuple[str, str], set[str]],
    given: dict[tuple[str, str, str], set[str]],
    apart: set[tuple[str, str, str]],
    unplaced: set[tuple[str, str, str]],
) -> dict[tuple[str, str, str], str]:
    """某某煤业有限公司（以下简称“某某公司”） … and, in the next item of the same page, 某某公司 and
    某某公司某矿: a body one article named by a short form of one full name (its alias there)
    is that body in the file's other articles too, where it stands alone (a page cut into
    items, a list line read as a new item's headline).  Not a form two full names share, one
    an article kept apart from the full name, or a level word's body (镇总工会: each page's own)
    but in an item naming no area (a thread's reply, 谢谢区总工会: the 区总工会 its page named)."""
    out: dict[tuple[str, str, str], str] = {}
    for (source, cls), ns in names.items():
        for n in ns:
            fulls = given.get((source, cls, n), set()) - {n}
            page_body = is_page_body(n) and (source, cls, n) not in unplaced
            if len(fulls) != 1 or len(n) < _MIN_SHORT or (source, cls, n) in apart or page_body:
                continue
            full, seen = next(iter(fulls)), {n}
            while full not in seen and len(more := given.get((source, cls, full), set()) - {full}) == 1:
                seen.add(full)  # (a short form of a short form: follow it to the full name)
                full = next(iter(more))
            if full in ns and full not in seen:
                out[(source, cls, n)] = full
    return out


def _committee_tails(names: set[str]) -> dict[str, set[str]]:
    """Each tail after the union word of a union's committee named in full (劳动争议调解委员会,
    调解委员会 of 某区总工会劳动争议调解委员会) -> those full names."""
    tails: dict[str, set[str]] = defaultdict(set)
    for m in names:
        k = m.rfind(UNION_WORD)
        if k >= 0 and m.endswith(COMMITTEE):
            for j in range(k + len(UNION_WORD), len(m) - len(COMMITTEE)):
                tails[m[j:]].add(m)
    return tails


def _union_committee_of(name: str, tails: dict[str, set[str]]) -> str | None:
    """调解委员会 in one article, 某区总工会劳动争议调解委员会 in another of the same file: a
    committee written bare is the one committee of a union the file names in full with that
    tail; None when no union's committee or several end so."""
    full = tails.get(name, set()) if UNION_WORD not in name else set()
    return next(iter(full)) if len(full) == 1 else None
