"""Venues read twice in one file: as a body's premises, or by a level word's short form.

A file that names a body (承办：某市职工服务中心) and the same name as a place (在某市职工服务中心
三楼举行) names one house: the body's premises are the body, one node of the body's class (the
contract lets an event's location be an organisation).  A venue named by a bare level word
(市职工服务中心, 区文化宫) is the one venue of the file whose name is an area of that level's
name and the same words (格尔木市职工服务中心): the page's own area, written short.
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import lexicon
from kg.model.article import Article
from kg.model.facts import ArticleFacts

# the classes of a body whose premises a place of the same name is
BODY_CLASSES = ("TradeUnion", "Organization")
PLACE = "Place"
# the shortest words after the level word that name a kind of venue (文化宫, 服务中心)
_MIN_REST = 3


def bodies_by_name(items: list[tuple[Article, ArticleFacts]]) -> dict[tuple[str, str], str]:
    """(source, name) -> the class of each body a file names."""
    out: dict[tuple[str, str], str] = {}
    for article, facts in items:
        for ref in facts.entities:
            if ref.cls in BODY_CLASSES:
                out.setdefault((article.source, ref.name), ref.cls)
    return out


def short_venues(items: list[tuple[Article, ArticleFacts]]) -> dict[tuple[str, str], str]:
    """(source, short name) -> the full name of a venue a file names by a bare level word (市职工
    服务中心) beside one full name of an area of that level and the same words (格尔木市职工服务
    中心); none where the file has two such full names (two cities' centres)."""
    places: dict[str, set[str]] = defaultdict(set)
    for article, facts in items:
        places[article.source] |= {ref.name for ref in facts.entities if ref.cls == PLACE}
    words = lexicon().level_words_longest
    out: dict[tuple[str, str], str] = {}
    for source, names in places.items():
        by_rest: dict[str, set[str]] = defaultdict(set)  # the words after an area's name -> full names
        for m in names:
            for k in range(1, len(m) - _MIN_REST + 1):
                by_rest[m[k:]].add(m)
        for n in names:
            word = next((w for w in words if n.startswith(w)), None)
            rest = n[len(word) :] if word else ""
            if len(rest) < _MIN_REST:
                continue
            fulls = {m for m in by_rest.get(rest, ()) if m != n and m[: len(m) - len(rest)].endswith(word)}
            if len(fulls) == 1:
                out[(source, n)] = fulls.pop()
    return out
