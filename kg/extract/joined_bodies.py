"""Bodies named together as the subject of an event: lists joined by 联合/携手/和/、
(:func:`body_chains`, after a verb of sponsoring also 主办、), the bodies that set up what a
verb phrase opens (:func:`founders`: A与B联合设立的X在Y揭牌), and those that go on a visit
(:func:`visitors`: A联合B到P走访), told by a verb of going (:func:`going_in`).

Kept apart from kg.extract.event_details, which asks them when it reads who organises an
event; the words that join bodies and those of a body's part in organising (主办, 承办,
协办) are here, as the lists are read with them.
"""

from __future__ import annotations

import itertools
import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import (
    ALSO_ADVERBS,
    FOUNDING_VERBS,
    HOSTED_AFTER_VERBS,
    JOINING_WORDS,
    ORGANISED_BY_VERBS,
    VENUE_OPENERS,
    VENUE_PREPOSITIONS,
)
from kg.lexicon import alternation_of, words
from kg.model.facts import EntityRef

# the verbs of a body's part in organising (主办, 承办, 协办)
SPONSORING = alternation_of(tuple(dict.fromkeys((*ORGANISED_BY_VERBS, *HOSTED_AFTER_VERBS))))
# what joins bodies that organise together: A联合B、C, A还联合B (an adverb of going on)
_ALSO = f"(?:{alternation_of(ALSO_ADVERBS)})?"
JOINED = re.compile(f"{_ALSO}(?:{alternation_of(JOINING_WORDS)}|[、，,])+")
# …and bodies each named with its part before the verb of the last: A主办、B承办的
JOINED_SPONSORS = re.compile(f"(?:{SPONSORING})?{_ALSO}(?:{alternation_of(JOINING_WORDS)}|[、，,])+")
# 联合设立的X在Y (揭牌): what bodies set up, then where, right before a verb phrase's event
_SET_UP = re.compile(
    f"(?:{alternation_of(JOINING_WORDS)})?(?:{alternation_of(FOUNDING_VERBS)})的[^，,。；;]{{2,30}}?(?:在[^，,。；;]{{2,30}}?)?$"
)
# a verb of going before a body: the body is the place visited (赴X开展)
# (在 and 于 are prepositions of place, no verbs of going: 由于, 关于 hold 于 too)
_GOING_WORDS = tuple(sorted((w for w in VENUE_OPENERS if w not in VENUE_PREPOSITIONS), key=len, reverse=True))
# (where any starts, overlapping: 先后来到 read 先|后来|到 holds 到 as a word, not 来到)
_GOING_AT = re.compile(f"(?=(?:{alternation_of(_GOING_WORDS)}))")


def going_in(ctx: ArticleContext, a: int, b: int) -> bool:
    """A verb of going in ``[a, b)`` (到X调研, 来X督导): a word of its own, not part of a
    longer one (以来, 来自, 受到 go nowhere)."""
    return _going_at(ctx, a, b) is not None


def _going_at(ctx: ArticleContext, a: int, b: int) -> int | None:
    """Where the first verb of going in ``[a, b)`` that is a word of its own starts (the
    longest such word at each place: 来到, else 到 when the tagger read 后来|到)."""
    for m in _GOING_AT.finditer(ctx.text, a, b):
        k = m.start()
        for w in _GOING_WORDS:
            if ctx.text.startswith(w, k) and k + len(w) <= b and ctx.doc.char_span(k, k + len(w)) is not None:
                return k
    return None


def visitors(ctx: ArticleContext, clause: int, b: int) -> list[tuple[int, int, EntityRef]] | None:
    """A联合B到P走访: the bodies (joined, all of them) right before the verb of going of a
    verb phrase's clause visit, opening the clause (after its day): they make the visit."""
    g = _going_at(ctx, clause, b)
    if g is None:
        return None
    for chain in body_chains(ctx.text, ctx.bodies_in(clause, g), JOINED):
        x, y = chain[0][0], chain[-1][1]
        if _VISIT_ADVERBS.fullmatch(ctx.text, y, g) and _OPENING_DAY.fullmatch(ctx.text, clause, x):
            return chain
    # (A、B到P回访: people named bare go; the body where the first holds an office the
    # article read makes the visit)
    people = ctx.mentions_in("PERSON", clause, g)
    if not people or people[-1].end_char != g:
        return None
    if not _OPENING_DAY.fullmatch(ctx.text, clause, people[0].start_char):
        return None
    if any(not _PEOPLE_JOINED.fullmatch(ctx.text, p.end_char, q.start_char) for p, q in itertools.pairwise(people)):
        return None
    first = EntityRef("Person", people[0].text)
    body = next((r.object for r in ctx.facts.relations if r.pred == "post" and r.subject == first), None)
    ev = people[0].start_char, people[-1].end_char
    return [(*ev, body)] if body is not None else None


# between the visitors and their verb of going (A联合B先后深入X)
_VISIT_ADVERBS = re.compile(f"(?:{alternation_of(words('events/visit_adverbs.txt'))})*")
# what may open a clause whose act the visit of the clause before does (…深入X，为职工送上…)
_FOR_WHOM = re.compile(r"(?:[为向给][^，,。；;！？!?]{1,24}?)?")
_PEOPLE_JOINED = re.compile(r"[、和及与]|以及")
# what may stand before a visit's subject in its clause: its day (6月28日，A到…), nothing else
_OPENING_DAY = re.compile(r"\s*(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚上)?[，,]?")


def founders(ctx: ArticleContext, a: int, b: int) -> list[tuple[int, int, EntityRef]] | None:
    """A与B联合设立的X在Y揭牌: the bodies that set up what the verb phrase at ``b`` opens
    (the list right before the verb of setting up, in the clause from ``a``) open it."""
    m = _SET_UP.search(ctx.text, a, b)
    if m is None:
        return None
    chains = body_chains(ctx.text, ctx.bodies_in(a, m.start()))
    return chains[-1] if chains and chains[-1][-1][1] == m.start() else None


def body_chains(
    text: str, bodies: list[tuple[int, int, EntityRef]], joined: re.Pattern[str] = JOINED
) -> list[list[tuple[int, int, EntityRef]]]:
    """The bodies in lists: one joined to the one before by ``joined`` only (联合/携手/和/、;
    after a verb of sponsoring, also 主办、)."""
    chains: list[list[tuple[int, int, EntityRef]]] = []
    for b in bodies:
        if chains and joined.fullmatch(text, chains[-1][-1][1], b[0]):
            chains[-1].append(b)
        else:
            chains.append([b])
    return chains


def visitors_before(ctx: ArticleContext, sa: int, clause: int, b: int) -> list[tuple[int, int, EntityRef]] | None:
    """A联合B深入X，为职工送上清凉: a verb phrase's clause opening with none but whom the act is
    for, right after a clause of a visit (its bodies, then a verb of going): the visitors do it."""
    if clause <= sa or not _FOR_WHOM.fullmatch(ctx.text, clause, b):
        return None
    before = max(sa, max(ctx.text.rfind(c, sa, clause - 1) for c in "，,；") + 1)
    return visitors(ctx, before, clause - 1)
