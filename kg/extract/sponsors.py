"""Family *participants*, the organisers an article states apart from the event's own
sentence (本次竞赛由X主办，Y承办 / 主办单位为X): they organise the main event and those its
sentence names with it, or the event a head opening their sentence names again (大赛由X主办).

Runs with kg.extract.participants, once the events are merged and the bodies known.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_details import JOINTLY_HELD, sponsoring_bodies
from kg.extract.event_mentions import EventsByEnding, ends_with
from kg.extract.wordlists import (
    GENERIC_EVENT_HEADS,
    HOSTED_AFTER_VERBS,
    ORGANISED_BY_VERBS,
    PARTY_WORDS,
    SAME_OCCASION,
    THIS_EVENT_WORDS,
)
from kg.lexicon import alternation_of, lexicon

# …，Z承办 after the organisers of an event (由A主办、B承办: or joined by 、)
_HOSTS_AFTER = re.compile(f"[，,、]([^。；，,]{{2,40}}?)(?:{alternation_of(HOSTED_AFTER_VERBS)})")
# 本次竞赛由X主办: organisers named apart (not the subject of the verb; nor a verb opening a
# department's name: 由县委常委、组织部部长A主持 names A's offices)
_ORGANISED_BY = re.compile(
    f"由([^。；]{{2,80}}?)(?:(?:联合|共同)?(?:{alternation_of(ORGANISED_BY_VERBS)})|{JOINTLY_HELD})(?!部)"
)
# 主办单位为X / 承办单位：X, the bodies up to the clause's end
_SPONSORING = alternation_of(tuple(dict.fromkeys((*ORGANISED_BY_VERBS, *HOSTED_AFTER_VERBS))))
_SPONSOR_UNITS = re.compile(f"(?:{_SPONSORING})单位(?:为|是|有|：|:)([^，,。；;！？!?]{{2,80}})")
# 主办：X opening a line of a notice's or an exhibition's fields (主办：A／承办：B／协办：C D):
# the bodies up to the line's end
_SPONSOR_FIELD = re.compile(f"^[ \t\u3000]*(?:{_SPONSORING})[：:]([^，,。；;！？!?\n]{{2,80}})", re.M)
# an event's head opening the sentence before 由X主办 (大赛由X主办, 本次比赛由X主办): it names
# an event again
_EVENT_HEADS = alternation_of(tuple(dict.fromkeys((*lexicon().event_heads, *GENERIC_EVENT_HEADS))))
_HEAD_SAID = re.compile(f"(?:{alternation_of(THIS_EVENT_WORDS)})?({_EVENT_HEADS})")
# words before 由X主办 that say it is about the main event, even where another event is named
_MAIN_EVENT_RE = re.compile(f"({alternation_of((*THIS_EVENT_WORDS, '该'))})")


# …举办X沙龙，镇总工会主办、镇妇联协办，…: right after an event's name, its sponsors each with
# their verb of sponsoring (…办, no 由; not 组织 or 发起, which open other clauses), joined by 、
_SPONSOR_VERBS = alternation_of(
    tuple(v for v in dict.fromkeys((*ORGANISED_BY_VERBS, *HOSTED_AFTER_VERBS)) if "办" in v)
)
_SPONSOR_CLAUSES = re.compile(f"[，,]((?:[^。；;，,、！？!?]{{2,30}}?(?:{_SPONSOR_VERBS})[、]?)+)(?=[，,。；;])")
_SPONSOR_PIECE = re.compile(f"([^、]+?)(?:{_SPONSOR_VERBS})")


def sponsors_after(ctx: ArticleContext) -> None:
    """…举办“X”花艺沙龙，镇总工会主办、镇妇联协办，…: the bodies of the sponsoring clauses right
    after an event's name (each a body right before its verb of sponsoring, no 由) organise it."""
    for e in ctx.facts.events:
        names = {e.ref.name, *e.aliases}  # (by any of its mentions: a headline's named again)
        ends = {e.evidence.end} | {c.evidence.end for c, _ in ctx.candidate_events if c.ref.name in names}
        known = {r for r, _ in e.organizers}
        for m in filter(None, (_SPONSOR_CLAUSES.match(ctx.text, end) for end in sorted(ends))):
            for piece in _SPONSOR_PIECE.finditer(ctx.text, m.start(1), m.end(1)):
                bodies = sponsoring_bodies(ctx, piece.start(1), piece.end(1))
                if not bodies or bodies[-1][1] != piece.end(1):
                    continue  # (a body right before the verb: 该委员会于…在X中心组织 is no sponsor's)
                for x, _y, r in bodies:
                    if r not in known:
                        e.organizers.append((r, ctx.evidence(x, piece.end(), CONFIDENCE["pattern"])))
                        known.add(r)


def sponsors(ctx: ArticleContext) -> None:
    """本次竞赛由X、Y联合主办，Z承办 / 主办单位为X: the organisers of the main event, stated
    apart, and of the events named in its sentence with it (X启动仪式暨Y比赛在…举行)."""
    main = ctx.main_event()
    if main is None:
        return
    ma, mb = ctx.sentence_of(main.evidence.start)
    while 0 < mb < len(ctx.text) and ctx.text[mb - 1] in "；;":
        mb = ctx.sentence_of(mb)[1]  # (笔试于…举行，…；面试于…举行: the clauses of one sentence)
    targets = [main] + [e for e in ctx.facts.events if e is not main and ma <= e.evidence.start < mb]
    stated = sorted(
        [*_ORGANISED_BY.finditer(ctx.text), *_SPONSOR_UNITS.finditer(ctx.text), *_SPONSOR_FIELD.finditer(ctx.text)],
        key=lambda m: m.start(),
    )
    by_head = EventsByEnding(ctx.facts.events)
    for m in stated:
        sa, _ = ctx.sentence_of(m.start())
        # (大赛由X主办 after a headline's 决赛: the head names again the last event ending
        # with it, which X organises too)
        head = _HEAD_SAID.fullmatch(ctx.text, sa, m.start())
        named = by_head.last_before(head.group(1), m.start()) if head else None
        also = [named] if named is not None and all(named is not t for t in targets) else []
        # (启动仪式由X主办 after …启动仪式在Y举行: the main event named again by its head,
        # opening the sentence; not 由X主办的Y, another event's)
        own = [
            e
            for e in ctx.mentions_in("EVENT", sa, m.start())
            if not (e.start_char == sa and ends_with(main, e.text) and not ctx.text.startswith("的", m.end()))
        ]
        here = targets + also
        if also and _paragraph_of(ctx, also[0].evidence.start) == _paragraph_of(ctx, m.start()) != _paragraph_of(
            ctx, main.evidence.start
        ):
            # (又讯 8月12日，X举办…活动。活动由A主办: the head names again the event of its own
            # paragraph, a second story of the page; the main event, told before, is not its)
            here = also
        if own and not _MAIN_EVENT_RE.search(ctx.text, sa, m.start()):
            # (揭牌仪式由A和B联合举办 after …工作室揭牌, the article's first event another:
            # the sentence opens on an event named before again, which A and B organise)
            again = by_head.last_before(own[0].text, m.start()) if len(own) == 1 and own[0].start_char == sa else None
            if again is None or ctx.text.startswith("的", m.end()):
                continue
            here = [again]
        if not own and _names_after(ctx, m.end()):
            continue  # (由A主办、B承办的“X”活动在…举行: X's own organisers, read with X, not the main event's)
        found = [(x, r, m.end()) for x, _y, r in sponsoring_bodies(ctx, m.start(1), m.end())]
        # …，Z承办 right after, and each host after it (…，Z承办，W协办)
        end = m.end()
        while rest := _HOSTS_AFTER.match(ctx.text, end):
            found += [(x, r, rest.end()) for x, _y, r in sponsoring_bodies(ctx, rest.start(1), rest.end(1))]
            end = rest.end()
        for target in here:
            known = {r for r, _ in target.organizers}
            for x, r, end in found:
                if r not in known:
                    target.organizers.append((r, ctx.evidence(x, end, CONFIDENCE["pattern"])))
                    known.add(r)


# the rest of a clause of sponsors before the event they qualify: 、B承办、C协办的
_QUALIFYING = re.compile(r"[^，,。；;！？!?]{0,60}?的")


def _names_after(ctx: ArticleContext, end: int) -> bool:
    """Whether the sponsors' clause ending at ``end`` qualifies an event named right after
    it (由A主办、B承办的“X”活动): a 的 closes the clause, an event's name opens there."""
    m = _QUALIFYING.match(ctx.text, end)
    return m is not None and any(e.start_char == m.end() for e in ctx.mentions_in("EVENT", m.end(), m.end() + 40))


def _paragraph_of(ctx: ArticleContext, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts."""
    return ctx.text.rfind("\n", 0, pos) + 1


# 当天下午，慰问组又来到X: a party named by its word alone, opening the sentence's clause
_BARE_PARTY = re.compile(f"[^。；;！？!?]{{0,12}}?[，,]\\s*({alternation_of(PARTY_WORDS)})")


def parties_of_main(ctx: ArticleContext) -> None:
    """当天下午，慰问组又来到X，为…送去Y / 当天下午，“X讲堂”在Y开讲: an event no one is said to
    organise, in a sentence at the main event's occasion (当天, 会上) that names no body
    before it (a party at most, named by its word alone: 慰问组), is a part of the main
    event's doings: its organisers organise it too; so is one the party of the main event's
    activity holds on another day (专题调研 … 5月19日，调研组在X召开座谈会).  A party led by a
    person who holds office at one of the organisers (会后，A一行走访…) is that organiser's."""
    main = ctx.main_event()
    if main is None or not main.organizers:
        return
    posts = [f for f in ctx.facts.relations if f.pred == "post"]
    for e in ctx.facts.events:
        if e is main or e.organizers:
            continue
        sa, _ = ctx.sentence_of(e.evidence.start)
        party = _BARE_PARTY.match(ctx.text, sa, e.evidence.start)  # (the bodies after it are gone to)
        # (5月19日，调研组又在X召开…: the party of the main event's activity, 专题调研's, on any day)
        own = party is not None and party.group(1)[:2] in main.ref.name
        if not (own or ctx.opens_with(sa, SAME_OCCASION)) or ctx.bodies_in(
            sa, party.end() if party else e.evidence.start
        ):
            continue
        bodies = [r for r, _ in main.organizers]
        # (会后，A一行走访…: the party of the one organiser its leader holds office at, not the hosts')
        leaders = {p.text for p in ctx.mentions_in("PERSON", sa, e.evidence.start)}
        led = [
            b for b in bodies if any(f.pred == "post" and f.subject.name in leaders and f.object == b for f in posts)
        ]
        e.organizers = [(r, ctx.evidence(sa, e.evidence.start, CONFIDENCE["context"])) for r in led or bodies]
