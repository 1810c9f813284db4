"""Family *body links*: a company named after the town the sentence puts it in.

来到黎母山镇，为琼中黎母山云雾茶业有限公司…揭牌; 在位于浩门镇…的该公司车间 (青海浩门青稞酒业
有限公司): a registered name is its area, its own name (字号), its trade and its legal form; a
firm whose own name opens with the name of a town (the town's name without 镇/乡), with no area
before it or one the town lies in, in a sentence that names that town on its own (where people
go, where a venue is), is there — not a firm named after a river or a mountain named after the
town (隆务河, ``areas/feature_finals.txt``).  A town named only inside a body's name (泊里镇总工会
走进…泊里某某公司) or a name alone places nothing: a registered name says where a firm was
registered, not where the text puts it.
"""

from __future__ import annotations

import bisect

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.names import LEGAL_FORMS
from kg.lexicon import words
from kg.model.facts import RelationFact
from kg.nlp.text import all_han

# the endings of a town's or a township's name that a firm's name drops (浩门镇 → 浩门)
TOWN_ENDINGS = ("镇", "乡")
TOWNSHIP = "township"
# what ends a river's or a mountain's name (隆务河): after a town's name, the feature's
FEATURE_FINALS = tuple(words("areas/feature_finals.txt"))
_MIN_STEM = 2  # a town's name of one character and its ending (某镇) names no firm
_MIN_OWN = 2  # what the firm's own name adds after the town's (云雾茶业)
_LONGEST_BEFORE = 40  # how far before a town a body's name holding it may start
_SENTENCE = 160  # the longest sentence a town and a firm are read together in
SENTENCE_ENDS = "。！？!?\n"


def town_named_companies(ctx: ArticleContext) -> None:
    """Each company not placed yet whose own name opens with the name of a town the same
    sentence names on its own (not inside a body's name), after no area or after one the
    town lies in: locatedIn that town."""
    towns: dict[str, list[tuple[int, object]]] = {}
    for (a, b), area in ctx.area_at.items():
        name, code = area.name, getattr(area, "code", None)
        town = getattr(area, "level", None) == TOWNSHIP and code and name.endswith(TOWN_ENDINGS)
        if town and len(name) - 1 >= _MIN_STEM and not _inside_a_body(ctx, a, b):
            towns.setdefault(name[:-1], []).append((a, area))
    if not towns:
        return
    for told in towns.values():
        told.sort(key=lambda m: m[0])
    placed = {r.subject for r in ctx.facts.relations if r.pred == "locatedIn"}
    for (x, y), ref in sorted(ctx.ref_at.items()):
        if ref.cls != "Organization" or ref in placed or not all_han(ref.name):
            continue
        legal = next((f for f in LEGAL_FORMS if ref.name.endswith(f)), None)
        if legal is None:
            continue
        own = ref.name[: -len(legal)]
        town = next(
            (
                t
                for stem, told in towns.items()
                if stem in own
                for at, t in _near(told, x)
                if _one_sentence(ctx.text, at, x) and _opens_own_name(ctx, own, stem, t.code)
            ),
            None,
        )
        if town is not None:
            ev = ctx.evidence(x, y, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(ref, "locatedIn", area_ref(town), ev))
            placed.add(ref)


def _near(told: list[tuple[int, object]], x: int) -> list[tuple[int, object]]:
    """The mentions of ``told`` (sorted by position) within a sentence's length of ``x``."""
    lo = bisect.bisect_left(told, x - _SENTENCE, key=lambda m: m[0])
    hi = bisect.bisect_right(told, x + _SENTENCE, key=lambda m: m[0])
    return told[lo:hi]


def _inside_a_body(ctx: ArticleContext, a: int, b: int) -> bool:
    """Is the area at ``[a, b)`` part of a body's name (泊里镇总工会, 某县某镇某有限公司)?"""
    return any(
        (x, y) != (a, b) and y >= b and ctx.ref_at[(x, y)].cls != "AdministrativeArea"
        for x, y in ctx.ref_at.starting_in(max(0, a - _LONGEST_BEFORE), a + 1)
    )


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Do the positions ``a`` and ``b`` lie in one sentence?"""
    lo, hi = min(a, b), max(a, b)
    return hi - lo <= _SENTENCE and not any(c in SENTENCE_ENDS for c in text[lo:hi])


def _opens_own_name(ctx: ArticleContext, own: str, stem: str, code: str) -> bool:
    """Does ``own`` (a firm's name without its legal form) open with the town's ``stem``, or
    have it right after an area the town (of ``code``) lies in (青海|浩门, 某县|黎母山), with
    enough of the firm's own name after it?"""
    k = own.find(stem)
    if k < 0 or len(own) - k - len(stem) < _MIN_OWN or own.startswith(FEATURE_FINALS, k + len(stem)):
        return False  # (青海隆务河文旅: named after the river 隆务河, not the town)
    if k == 0:
        return True
    return any(ctx.gaz.contains(a.code, code) for a in ctx.gaz.lookup(own[:k], short=True))
