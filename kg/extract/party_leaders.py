"""A party's leader takes part in what the party does later: 司马长征一行到遵义市调研。…随后，
调研组来到X，…并在中心会议室召开座谈会 / 同日下午，调研组一行到Y，参加…活动.  The leader is
named with the party's word or a verb of leading right after the name (X一行, X带队, X率领) or in
在X的带领下; a later sentence whose first clause opens on the party's word alone (调研组,
一行, perhaps after its time: 当天下午，) has the party as its subject: the leader takes part
in each event it names, and the party's size (一行16人) counts the act it does (参观).
Those who only went along (陪同调研) are not the party's leader.

Runs once the events are merged (``ctx.facts.events``) and the people are known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import named_in
from kg.extract.wordlists import LEADING_VERBS, PARTY_WORDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef

_PARTY = alternation_of(PARTY_WORDS)
# X一行, X带队, X、Y等一行 right after a name (同志 perhaps between)
# (or 率 alone, a party's name then: A率X交流团一行16人; not 率先, first to act)
_LEADER_AFTER = re.compile(
    f"(?:同志)?(?:等[^，,。；;]{{0,10}}?)?(?:{_PARTY}|{alternation_of(LEADING_VERBS)}|率(?=[^先，,。；;]{{0,16}}?(?:{_PARTY})))"
)
# between two names of one list of leaders (A、B一行)
_JOINED = re.compile(r"(?:同志)?[、和及与]")
# 在X的带领下: the person ending the clause leads
_LED_UNDER = re.compile(f"在([^，,。；;！？!?\\n]{{2,40}}?)的?(?:{alternation_of(LEADING_VERBS)})下")
# the sentence's first clause opens on the party's word (perhaps after a clause of time:
# 同日下午，调研组一行…); not a clause opening on a body or a person (X向调研组汇报)
# X交流团一行16人: how many the party is
_PARTY_SIZE = re.compile(f"(?:{_PARTY})(\\d+)[人名]")
_PARTY_OPENS = re.compile(f"\\s*(?:[^，,。；;！？!?“”\\n]{{0,16}}[，,]\\s*)?(?:{_PARTY})")


def party_leaders(ctx: ArticleContext) -> None:
    """The people who lead a party (read in order), in each event a later sentence whose
    subject is the party names."""
    text = ctx.text
    if not any(w in text for w in PARTY_WORDS) or not ctx.facts.events:
        return
    leaders: list[tuple[int, EntityRef, int, int]] = []  # (its sentence's end, the leader, where named)
    people = ctx.mentions_of("PERSON")
    for i, p in enumerate(people):
        if not _LEADER_AFTER.match(text, p.end_char):
            continue
        # (A、B一行: those joined to the name before it lead with it)
        j = i
        while j > 0 and _JOINED.fullmatch(text, people[j - 1].end_char, people[j].start_char):
            j -= 1
        for q in people[j : i + 1]:
            leaders.append((ctx.sentence_of(q.start_char)[1], EntityRef("Person", q.text), q.start_char, q.end_char))
    for m in _LED_UNDER.finditer(text):
        for p in ctx.mentions_in("PERSON", m.start(1), m.end(1)):
            if p.end_char == m.end(1):
                leaders.append(
                    (ctx.sentence_of(p.start_char)[1], EntityRef("Person", p.text), p.start_char, p.end_char)
                )
    if not leaders:
        return
    leaders.sort(key=lambda t: t[0])
    for sa, sb in ctx.sentences:
        party = _PARTY_OPENS.match(text, sa, sb)
        if party is None or ctx.mentions_in("PERSON", sa, party.end()):
            continue
        if ctx.bodies_in(sa, party.end()) and not ctx.opens_with(sa, ("在",)):
            continue
        # the leaders of the last sentence before that named one
        before = [t for t in leaders if t[0] <= sa]
        if not before:
            continue
        last = before[-1][0]
        led = [t for t in before if t[0] == last]
        # (…交流团一行16人来漳。…交流团来到X参观: the party's own act counts the party)
        ls, le = ctx.sentence_of(led[0][2])
        size = _PARTY_SIZE.search(text, ls, le)
        for event in named_in(ctx, sa, sb):
            if size is not None and event.count is None and event.core.startswith("verb:"):
                event.count = (int(size.group(1)), ctx.evidence(size.start(1), size.end(), CONFIDENCE["context"]))
            for _end, ref, x, y in led:
                if all(q != ref for q, _ in event.participants):
                    event.participants.append((ref, ctx.evidence(x, y, CONFIDENCE["context"])))
