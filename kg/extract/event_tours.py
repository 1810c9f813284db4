"""A day's tour: the stops of a visit, and the events that go on with the main one.

A visit read in stops (…带队走访慰问困难职工家庭…；随后前往X公司，看望…) is one visit
(:func:`visit_stop`), and acts done where one going took the party are one stop
(:func:`same_stop`); an event of the day's tour that names no organiser or day of its own
is carried by the main event's (:func:`tour_stops`).

Kept apart from kg.extract.event_merge, which asks the first two while it merges the
candidates; ``tour_stops`` runs once the main event's organisers and day are read.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.scene_places import place_at
from kg.extract.wordlists import PARTY_WORDS, SAME_OCCASION, SPLIT_PARTIES, TOUR_OPENERS, VISIT_STOPS
from kg.lexicon import alternation_of
from kg.model.facts import EventFact
from kg.nlp.stops import stop_place, visit_place

# 代表团先后参观位于X的Y及Z: the party said again, then the places it goes to see
_PARTY = alternation_of(tuple(w for w in PARTY_WORDS if len(w) > 2 or w == "一行"))
_PARTY_GOES = re.compile(
    f"\\s*(?:{_PARTY})(?:先后|还|随后|又)?(?:参观了?|考察了?|走访了?|来到|前往)(?:位于[^，,。；;]{{1,20}}?的)?"
)
_PARTY_OPENS = re.compile(f"\\s*(?:{_PARTY})")
_PARTY_SENTENCES = 3
_SPACES = re.compile(r"[ \u3000\t]*")
# 仪式结束后，/ 活动结束后，: a sentence or paragraph opening after the event, on its day
_AFTER_IT = re.compile(r"\s*[^，,。；;！？!?\n]{0,12}?结束后[，,]")


def visit_stop(text: str, f: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The visit read last before ``f`` in its paragraph of which ``f``, a verb phrase of a
    stop alone (visit_stops.tsv: 看望), is a stop (…带队走访慰问困难职工家庭…；随后前往X公司，
    看望…): one visit, its places and people the stop's too.  In a paragraph of its own
    (另一路…看望…), a visit of its own — unless it opens going on with the day's tour
    (tour_openers.txt: 随后, 下午)."""
    whole = VISIT_STOPS.get(f.core.removeprefix("verb:")) if f.core.startswith("verb:") else None
    if whole is None:
        return None
    for m in reversed(merged):
        if m.core == "verb:" + whole and m.evidence.start < f.evidence.start:
            if "\n" not in text[m.evidence.start : f.evidence.start]:
                return m
            # (随后，一行人来到X，看望…; 下午，…: a paragraph going on with the day's tour)
            paragraph = text.rfind("\n", 0, f.evidence.start) + 1
            return m if text[paragraph : f.evidence.start].lstrip(" \u3000\t").startswith(TOUR_OPENERS) else None
    return None


def same_stop(text: str, f: EventFact, merged: list[EventFact]) -> EventFact | None:
    """The act read already at the stop of ``f``, a verb phrase: both done where the same
    going took the party in one paragraph (当天下午，…来到张家窝镇，察看…。…为40余名快递员送上
    清凉慰问品: one stop, 来到张家窝镇).  What tells a day's stops apart is where each is."""
    place = _stop_of(text, f)
    if place is None:
        return None
    paragraph = text.rfind("\n", 0, f.evidence.start)
    for m in reversed(merged):
        same_paragraph = text.rfind("\n", 0, m.evidence.start) == paragraph
        if m.core.startswith("verb:") and same_paragraph and _stop_of(text, m) == place:
            return m
    return None


def _stop_of(text: str, f: EventFact) -> str | None:
    """The going and the place of a verb phrase's stop (kg.nlp.stops), None for a name."""
    if not f.core.startswith("verb:"):
        return None
    visit = visit_place(text, f.evidence.start)
    return stop_place(text, f.evidence.start) or (visit[1] if visit else None)


def tour_stops(ctx: ArticleContext) -> None:
    """当天下午，慰问组又来到X，为…送去Y / 当天下午，“清凉讲堂”在X开讲: a stop or event of
    the day's tour — its sentence opens with 同日, 当天下午, 随后 …, or its paragraph does,
    or with 仪式结束后， or with the other party of a visit split in two (另一路由B带队…) —
    that names no organiser or day of its own is carried by the main event's organisers,
    on its day: the same party goes on.  Runs once the main event's organisers and day
    are read."""
    main = ctx.main_event()
    if main is None:
        return
    for f in ctx.facts.events[1:]:
        if not _on_the_tour(ctx, f.evidence.start):
            continue
        if not f.organizers:
            ev = ctx.evidence(f.evidence.start, f.evidence.end, CONFIDENCE["context"])
            f.organizers.extend((ref, ev) for ref, _ in main.organizers)
        f.date = f.date or main.date


def _on_the_tour(ctx: ArticleContext, at: int) -> bool:
    """Whether the sentence or paragraph of ``at`` goes on with the main event's day."""
    sa, _ = ctx.sentence_of(at)
    paragraph = ctx.text.rfind("\n", 0, at) + 1
    return any(
        ctx.opens_with(a, (*SAME_OCCASION, *TOUR_OPENERS)) or _AFTER_IT.match(ctx.text, a) for a in (sa, paragraph)
    ) or ctx.opens_with(paragraph, SPLIT_PARTIES)


def party_places(ctx: ArticleContext, fact: EventFact, sb: int) -> None:
    """X代表团一行十二人到访本会。代表团先后参观位于Y区的Z中心及W中心: a party's visit (its
    sentence ending at ``sb``), the next sentence opening with the party again and its going to
    see places: those places are where the visit is (each listed with 及/、/和)."""
    m, nb = None, sb
    for _ in range(_PARTY_SENTENCES):  # (代表团成员包括…。代表团先后参观…: the party's sentences)
        na, nb = ctx.sentence_of(_SPACES.match(ctx.text, nb).end())
        if nb <= na or not _PARTY_OPENS.match(ctx.text, na, nb):
            return
        if m := _PARTY_GOES.match(ctx.text, na, nb):
            break
    at = m.end() if m else -1
    while m and (place := place_at(ctx, at)) is not None:
        y, ref = place
        fact.locations.append((ref, ctx.evidence(at, y, CONFIDENCE["context"])))
        nxt = re.match(r"[及和、](?:位于[^，,。；;]{1,20}?的)?", ctx.text[y:nb])
        if nxt is None:
            break
        at = y + nxt.end()
