"""Where the article names its events, for the participants' families (kg.extract.participants,
kg.extract.sponsors, kg.extract.event_counts): a person or body is placed by the event named
last before it, so each event's mentions, in order, and the lead's event are read here once.
"""

from __future__ import annotations

import bisect
import itertools
import re

from kg.extract.context import ArticleContext
from kg.extract.wordlists import MEETING_HEADS, THIS_EVENT_WORDS
from kg.lexicon import alternation_of
from kg.model.facts import EventFact

# the end of a sentence, not of a clause (；)
_FULL_STOP = re.compile(r"[。！？!?]")


def mentions(ctx: ArticleContext, events: list[EventFact]) -> list[tuple[int, EventFact]]:
    """Where each event is named, in the text's order: every mention read before the
    merge (``ctx.candidate_events``) counts for the event it was merged into (by its
    name or an alias), not only the one that kept its place."""
    by_name: dict[str, EventFact] = {}
    for e in reversed(events):
        for n in (e.ref.name, *e.aliases):
            by_name[n] = e
    seen = {id(e) for e in events}
    out = [(e.evidence.start, e) for e in events]
    # 本次大会共征集提案52件: the main event named again by this word and a head of its name
    main = ctx.main_event()
    if main is not None:
        for m in _THIS_HEAD.finditer(ctx.text):
            if m.group(1) in main.ref.name:
                out.append((m.start(), main))
    for f, _ in ctx.candidate_events:
        e = f if id(f) in seen else by_name.get(f.ref.name)
        if e is not None:
            out.append((f.evidence.start, e))
    out.sort(key=lambda t: t[0])
    return out


# 本次大会 / 此次会议: the article's event named again by a head alone
_THIS_HEAD = re.compile(f"(?:{alternation_of(THIS_EVENT_WORDS)})({alternation_of(MEETING_HEADS)})")


def lead_event(ctx: ArticleContext, mentioned: list[tuple[int, EventFact]]) -> EventFact | None:
    """The event the body names first after the headline, in a paragraph of sentences (not a
    subtitle line without a full stop, 签订新一轮集体合同): the one the lead reports."""
    text = ctx.text
    top = len(ctx.article.headline or "")
    for a, e in mentioned:
        if a < top:
            continue
        end = text.find("\n", a)
        if _FULL_STOP.search(text, text.rfind("\n", 0, a) + 1, len(text) if end < 0 else end):
            return e
    return None


def ends_with(e: EventFact, word: str) -> bool:
    return any(n.endswith(word) for n in (e.ref.name, *e.aliases))


class EventsByEnding:
    """The events whose names end with a word, indexed once per word: for each person
    only a lookup, however many events and people an article has."""

    def __init__(self, events: list[EventFact]) -> None:
        self.events = events
        self.index: dict[str, tuple[list[int], list[int]]] = {}

    def last_before(self, word: str, at: int) -> EventFact | None:
        """Of the events named before ``at`` whose names end with ``word``, the last in
        the list."""
        if word not in self.index:
            ends = [i for i, e in enumerate(self.events) if ends_with(e, word)]
            order = sorted(ends, key=lambda i: self.events[i].evidence.start)
            starts = [self.events[i].evidence.start for i in order]
            self.index[word] = (starts, list(itertools.accumulate(order, max)))
        starts, latest = self.index[word]
        k = bisect.bisect_left(starts, at)
        return self.events[latest[k - 1]] if k else None


def dated_apart(e: EventFact, before: EventFact, a: int, b: int) -> bool:
    """Whether ``e``'s date is read in [a, b) and is not the date of the event ``before``
    (an event said with no day of its own, △ 6月　…竞赛, has none of ``e``'s)."""
    return e.date is not None and a <= e.date[2].start < b and (before.date is None or before.date[0] != e.date[0])


def named_in(ctx: ArticleContext, a: int, b: int) -> list[EventFact]:
    """The events named in [a, b), in the article's order, by any of their mentions: an
    event merged with the headline's keeps the headline's place, yet its lead sentence
    (X启动仪式暨Y比赛在Z举行。A、B出席) names it too."""
    names = {f.ref.name for f, _ in ctx.candidate_events if a <= f.evidence.start < b}
    return [e for e in ctx.facts.events if a <= e.evidence.start < b or e.ref.name in names or names & e.aliases]


# 服务队逐项查看了…: a paragraph opening with a party (a team, a group) as its subject
_PARTY_OPENING = re.compile("[ \t\u3000]*([\u4e00-\u9fff]{1,6}?[队组团])(?![员长织建成合伍])")


def back_to_main(ctx: ArticleContext, pos: int, sa: int, last: EventFact, main: EventFact | None) -> bool:
    """Whether the paragraph of ``sa``, after the one that named the event ``last`` (at
    ``pos``), returns to the article's ``main`` event: not when ``last`` heads it, alone on
    the line right above it (第九次代表大会 / 1993年5月11日在X举行。A作工作报告。), nor when
    ``last`` is dated and the main event is not (a chronicle's entries, each with its day,
    after an overview that names an undated activity), nor when the paragraph opens with the
    party (服务队, 慰问组) the sentence of ``last`` named: it goes on telling what the party did."""
    if "\n" not in ctx.text[pos:sa]:
        return False
    if main is not None and main.date is None and last.date is not None:
        return False
    paragraph = ctx.text.rfind("\n", 0, sa) + 1
    party = _PARTY_OPENING.match(ctx.text, paragraph, sa)
    if party is not None and party.group(1) in ctx.text[slice(*ctx.sentence_of(pos))]:
        return False  # (…带领法律援助服务队，来到X开展Y活动。\n服务队逐项查看了…: Y's party goes on)
    line_end = ctx.text.find("\n", pos)
    heads = ctx.text[ctx.text.rfind("\n", 0, pos) + 1 : line_end].strip() in {
        e.text for e in ctx.mentions_in("EVENT", pos, pos + 1)
    }
    return not (heads and ctx.text.rfind("\n", 0, sa) == line_end)
