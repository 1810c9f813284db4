"""Family *participants*, continued: the people a meeting elects take part in it.

Runs with the other participants' steps, once the events are merged (``ctx.facts.events``)
and the people are known: 第一届委员会第一次会议选举A为主席 names those elected right after
the meeting, or 大会补选A为… names the article's meeting by its head alone (perhaps with the way it voted:
会议以无记名投票方式，补选A为…).
"""

from __future__ import annotations

import bisect
import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.wordlists import ELECTING_CONGRESSES, ELECTING_VERBS, MEETING_HEADS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# …第一次会议选举A为主席，B、C为副主席: a verb of electing right after a meeting's name
# (or opening the clause after it: 其后理事会举行第一次会议，推选A为会长)
_ELECTS = re.compile(f"[，,]?[^，,。；;！？!?“”]{{0,12}}?(?:{alternation_of(ELECTING_VERBS)})(?:产生)?")
# ，大会补选A为…: a meeting's head alone opening a clause, then a verb of electing
# (会议以无记名投票方式，补选…, 会议还增补…: a way of voting or an adverb between)
_HEAD_ELECTS = re.compile(
    f"(?<=[，,。；;\n])({alternation_of(MEETING_HEADS)})"
    f"(?:(?:以|经|经过|通过)[^，,。；;！？!?“”]{{1,12}}?[，,]?|[还又也])?(?:{alternation_of(ELECTING_VERBS)})"
)
# 。选举A为主席，B、C为副主席。: a sentence (or a clause, after ，) opening with a verb of
# electing, no subject
_BARE_ELECTS = re.compile(f"(?<=[。；;\n，,])\\s*(?:{alternation_of(ELECTING_VERBS)})")
# …选举产生了主席、副主席。现将选举结果公告如下：, then the offices a line (主席：A); or the
# verb of electing itself ending its line with a colon (…以无记名投票方式选举： / 主任：A)
_RESULTS = re.compile(
    f"(?:结果|名单)(?:公告|公布|通报)?如下[：:]|(?:{alternation_of(ELECTING_VERBS)})[：:](?=[ \u3000]*\n)"
)
# where the offices of one vote end: the next ；, or the sentence's end
_VOTE_END = re.compile(r"[。；;！？!?\n]")


def elected(ctx: ArticleContext) -> None:
    """第一届委员会第一次会议选举A为主席，B、C为副主席；经审会第一次会议选举D为主任: the
    people a meeting elects, up to the next ；, are its members and take part in it; so
    are those a meeting named by its head alone elects (经投票，大会补选A为副主席): the
    last meeting of that head named before it (a chronicle's entries each name their
    own), else the main event."""
    text = ctx.text
    main = ctx.main_event()
    for m in _HEAD_ELECTS.finditer(text):
        event = named_before(ctx, m.group(1), m.start()) or main
        if event is None or m.group(1) not in event.ref.name:
            continue  # (大会 naming a 座谈会 again: no election of it)
        _voted_in(ctx, event, m.end(), CONFIDENCE["context"])
    starts = sorted((f.evidence.start, i) for i, (f, _) in enumerate(ctx.candidate_events))
    for m in _BARE_ELECTS.finditer(text):
        event = _entry_meeting(ctx, starts, m.start())
        if event is not None:
            _voted_in(ctx, event, m.end(), CONFIDENCE["context"])
    for m in _RESULTS.finditer(text):
        _results_below(ctx, m.start(), m.end())
    for f, _ in ctx.candidate_events:
        target = next((e for e in ctx.facts.events if e is f or f.ref.name in (e.ref.name, *e.aliases)), None)
        m = _ELECTS.match(text, f.evidence.end)
        if target is None or m is None:
            continue
        _voted_in(ctx, target, m.end(), CONFIDENCE["pattern"])


# 第一届委员会第一次全体会议, 经费审查委员会第一次会议: a committee's first sitting
_FIRST_SITTING = re.compile("第一次(?:全体)?(?:委员)?会议$")


def first_sittings(ctx: ArticleContext) -> None:
    """…第一次会员代表大会…。在随后召开的第一届委员会第一次全体会议上，A当选为主席: the first
    sittings of the committees a congress has just elected (``events/electing_congresses.txt``;
    the article's event or one held after it, 启动仪式后，X成立大会…召开), named after it and not
    on another day, are held during the congress; the people they elect, members the congress
    elected, take part in the congress too."""
    congresses = sorted(
        (e for e in ctx.facts.events if any(h in e.ref.name for h in ELECTING_CONGRESSES)),
        key=lambda e: e.evidence.start,
    )
    starts = [e.evidence.start for e in congresses]
    for e in ctx.facts.events:
        k = bisect.bisect_left(starts, e.evidence.start)
        if not k or not _FIRST_SITTING.search(e.ref.name):
            continue
        congress = congresses[k - 1]
        if e.date is not None and congress.date is not None and e.date[0] != congress.date[0]:
            continue  # (a sitting on a day of its own, after the congress)
        known = {r for r, _ in congress.participants}
        for r, ev in e.participants:
            if r.cls == "Person" and r not in known:
                congress.participants.append((r, ev))
                known.add(r)


def _results_below(ctx: ArticleContext, at: int, start: int) -> None:
    """现将选举结果公告如下： after a sentence that elects (or its verb, 选举：, ending the line):
    the people on the lines of offices below it (up to the first line of prose, one with a
    full stop) were elected at the meeting named last before it, and take part in it."""
    sa, _ = ctx.sentence_of(at)
    clause = ctx.text[max(0, sa - 80) : at]
    if not any(v in clause for v in ELECTING_VERBS):
        return
    before = [f for f, _ in ctx.candidate_events if f.evidence.start < at]
    if not before:
        return
    last = max(before, key=lambda f: f.evidence.start)
    event = next((e for e in ctx.facts.events if e is last or last.ref.name in (e.ref.name, *e.aliases)), None)
    if event is None:
        return
    end, line_at = len(ctx.text), start
    while line_at < len(ctx.text):
        nl = ctx.text.find("\n", line_at + 1)
        nl = len(ctx.text) if nl < 0 else nl
        if "。" in ctx.text[line_at:nl]:
            end = line_at
            break
        line_at = nl
    known = {r for r, _ in event.participants}
    for p in ctx.mentions_in("PERSON", start, end):
        ref = EntityRef("Person", p.text)
        if ref not in known:
            event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))
            known.add(ref)


def _entry_meeting(ctx: ArticleContext, starts: list[tuple[int, int]], at: int) -> EventFact | None:
    """The meeting a subjectless vote at ``at`` is of: the event named last before it in its
    paragraph (第十一次代表大会　2004年4月16日在X举行。…。选举A为主席: a chronicle's entry), or
    in its sentence when the vote opens a clause (…成立大会在X召开，…，选举A为主席), when a
    meeting's head is in its name; with none named in the body before a sentence's vote, the
    article's own meeting (its headline's).  ``starts``: where each candidate is named, and
    its index, in order."""
    clause = ctx.text[at - 1] in "，,"
    since = ctx.sentence_of(at)[0] if clause else ctx.text.rfind("\n", 0, at) + 1
    if not clause and since > 0:  # (the entry's head on a line of its own above it: 第十一次代表大会)
        above = ctx.text.rfind("\n", 0, since - 1) + 1
        if any(e.text == ctx.text[above:since].strip() for e in ctx.mentions_in("EVENT", above, since)):
            since = above
    body_start = len(ctx.text) - len(ctx.article.body)
    k = bisect.bisect_left(starts, (at,))
    if k and starts[k - 1][0] >= since:
        f = ctx.candidate_events[starts[k - 1][1]][0]
        event = next((e for e in ctx.facts.events if e is f or f.ref.name in (e.ref.name, *e.aliases)), None)
    elif not clause and not (k and starts[k - 1][0] >= body_start):
        event = ctx.main_event()
    else:
        return None
    if event is None or not any(h in event.ref.name for h in MEETING_HEADS):
        return None
    return event


def named_before(ctx: ArticleContext, head: str, at: int) -> EventFact | None:
    """The event last named before ``at`` whose name holds ``head`` (大会: …成立大会)."""
    before = [f for f, _ in ctx.candidate_events if f.evidence.start < at and head in f.ref.name]
    for f in sorted(before, key=lambda f: -f.evidence.start):
        target = next((e for e in ctx.facts.events if e is f or f.ref.name in (e.ref.name, *e.aliases)), None)
        if target is not None:
            return target
    return None


def _voted_in(ctx: ArticleContext, event: EventFact, start: int, confidence: float) -> None:
    """The people named from ``start`` to the vote's end (the next ；) take part in ``event``."""
    end = _VOTE_END.search(ctx.text, start)
    known = {r for r, _ in event.participants}
    for p in ctx.mentions_in("PERSON", start, end.start() if end else len(ctx.text)):
        ref = EntityRef("Person", p.text)
        if ref not in known:
            event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, confidence)))
            known.add(ref)
