"""Family *events*, continued: where a visit named by a verb phrase is made — the areas its
object opens with (走访A镇、B镇的困难职工家庭), or the place its clause goes to, named right
before the activity (到厂区和职工租住较集中的X街道走访, 到公司回访).

Read by ``kg.extract.event_places.read_location`` before its other shapes.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import CONFIDENCE, ArticleContext, area_ref
from kg.extract.joined_bodies import going_in
from kg.extract.wordlists import VENUE_OPENERS, VENUE_PREPOSITIONS, VISIT_VERBS, WORKPLACE_ENDINGS
from kg.lexicon import alternation_of
from kg.model.facts import EventFact


def visited_areas(ctx: ArticleContext, fact: EventFact, s: Span) -> bool:
    """走访A镇、B镇的困难职工家庭: a visit (a verb phrase ending in a verb of visiting) whose
    object opens with areas joined by 、 and 的 is made in those areas; whether it was."""
    if s._.kg_kind != "verb" or not s.text.endswith(VISIT_VERBS):
        return False
    text, k = ctx.text, s.end_char
    found: list[tuple[int, int]] = []
    while spans := ctx.area_at.by_start.get(k):
        found.append(max(spans))
        k = found[-1][1]
        if text.startswith(("、", "和", "及"), k):
            k += 1
    if not found or not text.startswith("的", k):
        return False
    for x, y in found:
        fact.locations.append((area_ref(ctx.area_at[(x, y)]), ctx.evidence(x, y, CONFIDENCE["pattern"])))
    return True


def gone_to_before(ctx: ArticleContext, fact: EventFact, s: Span, sa: int) -> bool:
    """到厂区和职工租住较集中的X街道走访: a verb phrase's visit whose clause goes somewhere
    (到, 来到) and names a place right before the activity, past the words that describe
    it (or, by its kind alone, 到公司回访, the last workplace of that kind named in full before):
    that place is the visit's; whether one was."""
    text = ctx.text
    clause = max(sa, max(text.rfind(c, sa, s.start_char) for c in "，,；;") + 1)
    if s._.kg_kind != "verb" or not going_in(ctx, clause, s.start_char):
        return False
    named = [
        (x, y)
        for x, y in ctx.ref_at.by_end.get(s.start_char, ())
        if x >= clause and ctx.ref_at[(x, y)].cls in ("Place", "AdministrativeArea", "Organization")
    ]
    if named:
        x, y = min(named)  # (the longest)
        fact.locations.append((ctx.ref_at[(x, y)], ctx.evidence(x, y, CONFIDENCE["context"])))
        return True
    # (A、B到公司回访: the kind alone right after the verb of going: the last workplace of that
    # kind the text named in full before)
    m = _GOING_TO_KIND.search(text, clause, s.start_char)
    if m is None:
        return False
    named = [
        (x, ctx.ref_at[(x, y)])
        for x, y in ctx.ref_at.starting_in(0, clause)
        if y <= clause and ctx.ref_at[(x, y)].cls == "Organization" and ctx.ref_at[(x, y)].name.endswith(m.group(1))
    ]
    if not named:
        return False
    ref = max(named, key=lambda t: t[0])[1]
    fact.locations.append((ref, ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"])))
    return True


# a verb of going, then a workplace's kind alone, right before the activity (到公司回访)
_GOING_TO_KIND = re.compile(
    f"(?:{alternation_of(tuple(w for w in VENUE_OPENERS if w not in VENUE_PREPOSITIONS))})"
    f"({alternation_of(WORKPLACE_ENDINGS)})$"
)
