"""Family *posts*, the committees of a union named in a vote or an appointment: a committee
named bare before a title (选举X为经费审查委员会主任), a body named by a word (当选为本会理事长), a
committee made in the clause before the name (产生了新一届女职工委员会，王强任主任).  Read for
kg.extract.elections, which gives the office at the union voted at.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from kg.extract.context import ArticleContext
from kg.extract.offices import OWN_BODY_WORDS
from kg.extract.wordlists import ELECTING_VERBS, UNION_COMMITTEES
from kg.lexicon import alternation_of, words

# a union's committees that are the union itself, or its congress: no committee of it
WHOLE_UNION_BODIES = words("unions/whole_union_bodies.txt")
# what the name of a committee ends with (常务委员会)
COMMITTEE_WORD = "委员会"
# how far back the clause that made a committee may open
CLAUSE_REACH = 40
# a clause that made a committee (产生了新一届女职工委员会, 成立了女职工委员会)
MADE = re.compile("产生|成立")
# a committee's own meeting voting right before the name (经费审查委员会第一次会议推选A为主任)
_OWN_MEETING = re.compile(
    f"(?P<committee>{alternation_of(UNION_COMMITTEES)})(?:第[一二三四五六七八九十\\d]+次|[一二三四五六七八九十]次)?"
    f"(?:全体)?(?:会议|全会)上?[，,]?(?:{alternation_of(ELECTING_VERBS)})$"
)
_MEETING_REACH = 30  # the committee, its sitting and the verb: a few words
# a seat on one of a union's committees of its own (经费审查委员会委员, 女职工委员会委员): no office,
# as a seat on the union's whole committee or its standing one is (委员会委员, 常务委员会委员)
COMMITTEE_SEATS = frozenset(
    c + m
    for c in UNION_COMMITTEES
    if c not in WHOLE_UNION_BODIES and c != "常务委员会"
    for m in words("posts/member_titles.txt")
)


def own_body_word(text: str, pos: int, by_start: dict[int, Span], inside: dict[int, Span]) -> str | None:
    """A word of ``own_body_words.tsv`` at ``pos`` with a title right after it (为联合会主席), or
    one of the union's committees and its title (任联合会经费审查委员会主任), or None.  The title may
    begin inside the word (联合|工会主席, read as 工会主席): the word is the body."""
    return next(
        (
            w
            for w in OWN_BODY_WORDS
            if text.startswith(w, pos)
            and (pos + len(w) in by_start or pos + len(w) in inside or committee_at(text, pos + len(w), by_start))
        ),
        None,
    )


def committee_at(text: str, pos: int, by_start: dict[int, Span]) -> str:
    """A union's committee named bare at ``pos`` with a title right after it, or ""."""
    return next((w for w in UNION_COMMITTEES if text.startswith(w, pos) and pos + len(w) in by_start), "")


def bare_committee(ctx: ArticleContext, pos: int, by_start: dict[int, Span]) -> str:
    """补选X为委员会委员、常务委员会委员、副主席: a committee named bare (no area, no name:
    a word ending in 委员会) among the offices of a vote, a title right after it, is a
    committee of the body voted at — its members hold an office there, labelled with the
    committee (常务委员会委员); "" else."""
    for x, y in ctx.ref_at.by_start.get(pos, ()):
        word = ctx.text[x:y]
        if word.endswith(COMMITTEE_WORD) and len(word) <= 6 and y in by_start and not ctx.areas_in(x, y):
            return word
    return ""


def committee_made_before(text: str, at: int) -> str:
    """协商产生了新一届工会女职工委员会，王强任主任: a union's own committee made in the
    clause right before the name, alone, or meeting right before it (经费审查委员会第一次会议推选A为主任),
    is the one whose title follows (女职工委员会主任); "" else
    (the union's whole committee, 工会委员会, and its congress head no committee of it)."""
    if at < 1 or text[at - 1] not in "，,":
        return _meeting_before(text, at)
    word = next((w for w in UNION_COMMITTEES if text.endswith(w, 0, at - 1)), None)
    if word is None or word in WHOLE_UNION_BODIES:
        return ""
    reach = max(0, at - 1 - CLAUSE_REACH)  # (a clause is short: no scan back over the text)
    opened = max(reach - 1, *(text.rfind(mark, reach, at - 1) for mark in "，,；;。\n")) + 1
    made = MADE.search(text, opened, at - 1)
    # (one committee made alone: 产生了工会委员会和经费审查委员会，A当选为主席 names no one's)
    if made is None or any(c in text[made.end() : at - 1 - len(word)] for c in "和、及与"):
        return ""
    return word


def _meeting_before(text: str, at: int) -> str:
    """经费审查委员会第一次会议推选A为主任: a union's own committee whose meeting votes right
    before the name is the one whose title follows (经费审查委员会主任, as the README's
    conventions write its head); "" else (the union's whole committee heads no committee of it)."""
    m = _OWN_MEETING.search(text, max(0, at - _MEETING_REACH), at)
    return m.group("committee") if m is not None and m.group("committee") not in WHOLE_UNION_BODIES else ""
