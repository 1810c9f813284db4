"""Family *headline*: the headline's event is the event the body reports in full.

Runs right after ``kg.extract.event_merge.merge_events`` (needs ``ctx.facts.events``) and
before the families that add to the main event, so that they add to the merged one.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_details import ORGANIZING
from kg.extract.wordlists import (
    ATTEND_VERBS,
    GENERIC_EVENT_HEADS,
    HONOUR_RECEIVE,
    OCCASION_ACTS,
    WIN_VERBS,
)
from kg.model.facts import EventFact
from kg.nlp.text import CLOSE_QUOTES, OPEN_QUOTES

# words right after a union that make it no holder of the headline's event (参加, 荣获)
_NOT_HOLDING = tuple(dict.fromkeys((*ATTEND_VERBS, *HONOUR_RECEIVE, *WIN_VERBS)))
_CLAUSE_MARKS = "，,；;。！？!?:：　 \n"
# the quotes a campaign's title stands in (“夏送清凉”专项行动)
_TITLE_QUOTES = (*zip(OPEN_QUOTES, CLOSE_QUOTES, strict=True), ('"', '"'))


def merge_headline(ctx: ArticleContext) -> None:
    """The headline names the event the body reports: 义务植树 is the …植树系列活动 below,
    …中秋节慰问关爱活动 the 双节慰问关爱活动, “X”宣传活动 the “X”宣传活动暨…揭牌仪式.  The
    merged event takes the headline's place: it is the article's main event."""
    events = ctx.facts.events
    top = len(ctx.article.headline or "")
    out = list(events)
    for h in [e for e in events if e.evidence.start < top]:
        # (the lead's 天元区第三届职工乒乓球比赛 merged already: 男子单打比赛 is an item of it)
        told = _told_in_body(ctx, h, top)
        told = ctx.sentence_of(told) if told is not None else None
        body = next((b for b in out if b is not h and b.evidence.start >= top and _same(ctx, h, b, told)), None)
        body = body or _activity_named(h, out) or _verb_named(h, out) or _first_act(h, out, top)
        if body is None:
            # (…大赛获奖选手受表彰 over …大赛表彰大会…。大赛由X主办…: the body tells the contest
            # apart; the event named after it, its whole name and a head, is what the headline
            # reports, the article's main event)
            about = _named_after(h, out, top) if told is not None else None
            if about is not None:
                out.remove(about)
                out.insert(out.index(h), about)
            continue
        body.take_in(h)
        out.remove(body)
        out[out.index(h)] = body
    ctx.facts.events = out
    _headline_subject(ctx)


def _told_in_body(ctx: ArticleContext, h: EventFact, top: int) -> int | None:
    """Where the body names the headline's event, merged into it already by its name (a mention
    below the headline), if it does: an event the body names elsewhere by a head of the same
    kind is then another one (an item of a contest, a match; another body's congress)."""
    kept = {id(e) for e in ctx.facts.events}
    names = {h.ref.name, *h.aliases}
    for f, _ in ctx.candidate_events:
        if f.evidence.start >= top and id(f) not in kept and f.ref.name in names:
            return f.evidence.start
    return None


def _named_after(h: EventFact, events: list[EventFact], top: int) -> EventFact | None:
    """The first body event whose name holds the headline event's whole core and more (X大赛 …
    X大赛表彰大会): an event about it."""
    if len(h.core) < 4 or h.core.startswith("verb:"):
        return None
    return next((b for b in events if b is not h and b.evidence.start >= top and h.core in b.ref.name), None)


def _activity_named(h: EventFact, events: list[EventFact]) -> EventFact | None:
    """X总工会送温暖进乡村 over …“三节”送温暖暨X培训班开班仪式: the first other event whose
    name holds the activity of the headline's verb phrase (its words before where it goes, three
    characters or more): the activity the named event is (the joint name may be merged with
    another part of the headline already)."""
    if not h.core.startswith("verb:"):
        return None
    m = _GOING.search(h.ref.name)
    activity = h.ref.name[: m.start()] if m else h.ref.name
    if len(activity) < _ACTIVITY_MIN:
        return None
    return next((e for e in events if e is not h and not e.core.startswith("verb:") and activity in e.ref.name), None)


def _verb_named(h: EventFact, events: list[EventFact]) -> EventFact | None:
    """县总工会走访慰问一线职工 over …“工会进万家”走访慰问活动: a headline's verb phrase, its words
    up to its verb (走访慰问), is the body's event named as that activity before a generic head."""
    verb = h.core.removeprefix("verb:")
    k = h.ref.name.find(verb) if h.core.startswith("verb:") else -1
    if k < 0:
        return None
    acts = tuple(h.ref.name[: k + len(verb)] + g for g in GENERIC_EVENT_HEADS)
    named = (e for e in events if e is not h and not e.core.startswith("verb:"))
    return next((e for e in named if e.ref.name.endswith(acts)), None)


def _first_act(h: EventFact, events: list[EventFact], top: int) -> EventFact | None:
    """融安县总工会金桔园里送清凉 over 9月3日，…走进X，为…农民工送去凉茶…: a headline's verb
    phrase the body never names again is the act the body reports first, when that too is
    a verb phrase (the headline sums up the act: 送清凉 is the bringing of cool drinks); or
    when the headline's act is one done at an occasion (occasion_acts.txt: …驿站挂牌启用 over
    …集中启用仪式在X举行): the plaque is hung at the ceremony the body reports first."""
    if not h.core.startswith("verb:"):
        return None
    first = next((b for b in events if b is not h and b.evidence.start >= top), None)
    if first is None:
        return None
    return first if first.core.startswith("verb:") or h.core.removeprefix("verb:") in OCCASION_ACTS else None


def _headline_subject(ctx: ArticleContext) -> None:
    """X总工会开展…活动 as the headline: X organises the article's main event when the
    body says of it no organiser (its lead may name it apart from its subject)."""
    main = ctx.main_event()
    top = len(ctx.article.headline or "")
    if main is None or main.organizers or not top:
        return
    bodies = ctx.bodies_in(0, top)
    if not bodies:
        return
    x, y, ref = bodies[0]
    # only a region may stand before the subject (西藏X总工会开展)
    if not re.fullmatch(r"[\u4e00-\u9fff]{0,6}", ctx.text[:x]):
        return
    if ORGANIZING.match(ctx.text, y, top) or (ref.cls == "TradeUnion" and _union_names_its_event(ctx, y, top)):
        main.organizers.append((ref, ctx.evidence(x, y, CONFIDENCE["context"])))


def _union_names_its_event(ctx: ArticleContext, y: int, top: int) -> bool:
    """X总工会百场竞赛献礼…: a union opening the headline, whose first clause then names
    an event by its head (竞赛, 活动), is what the headline is about: it holds the
    event.  Not when a person or title follows it (X总工会主席…), nor a verb of taking
    part or of winning (X总工会参加…大赛, X总工会荣获…)."""
    end = next((i for i in range(y, top) if ctx.text[i] in _CLAUSE_MARKS), top)
    if not any(w in ctx.text[y:end] for w in ctx.lex.event_heads if w not in GENERIC_EVENT_HEADS):
        return False
    if ctx.text.startswith(_NOT_HOLDING, y):
        return False
    return not any(m.start_char == y for m in ctx.mentions_in("PERSON", y, end) + ctx.mentions_in("TITLE", y, end))


# where a headline's verb phrase goes (送温暖进乡村: 进乡村), after its activity
_GOING = re.compile("(?:走进|进|到|赴)[\u4e00-\u9fff]{2,4}$")
_ACTIVITY_MIN = 3
# a title in quotes of four characters or more (“法律服务进园区”)
_QUOTED_TITLE = re.compile("|".join(f"{re.escape(o)}[^{re.escape(c)}]{{4,}}{re.escape(c)}" for o, c in _TITLE_QUOTES))
# a session's number (第十五次, 第三届): what tells two meetings of one kind apart
_ORDINAL = re.compile(r"第[0-9一二三四五六七八九十百零〇]+[次届]")


def _kind(name: str) -> str:
    """What a session's name says after its last number: the kind of meeting (代表大会)."""
    found = list(_ORDINAL.finditer(name))
    return name[found[-1].end() :] if found else name


def _same(ctx: ArticleContext, h: EventFact, b: EventFact, told: tuple[int, int] | None = None) -> bool:
    """Whether the body's event ``b`` is the headline's ``h``: it holds h's head (not a
    generic one: 活动 says too little) or h's whole core, or h's name as the title in quotes
    of b's; or both end in the same words beyond a generic head (慰问关爱活动).  Two
    sessions of one kind numbered apart (第十五次代表大会, 第九次代表大会; 第三次会员代表大会 and
    第十一次代表大会, the kind said longer) are two events (not two kinds:
    第五届教职工代表大会暨第十二届工会会员代表大会 is one joint session)."""
    own, other = set(_ORDINAL.findall(h.ref.name)), set(_ORDINAL.findall(b.ref.name))
    kinds = sorted((_kind(h.ref.name), _kind(b.ref.name)), key=len)
    if own and other and not own & other and kinds[1].endswith(kinds[0]):
        return False  # (第三次会员代表大会, 第十一次代表大会: the shorter kind said of the same)
    head = next((w for w in ctx.lex.event_heads if h.ref.name.endswith(w)), None)
    # (once the body has told h, only in the sentence telling it: 第三届X大会暨第九届Y大会, one session)
    near = told is None or told[0] <= b.evidence.start < told[1]
    if head is not None and head not in GENERIC_EVENT_HEADS and head in b.ref.name and near:
        return True
    if len(h.core) >= 4 and h.core in b.ref.name and near:
        return True
    if any(f"{o}{h.ref.name}{c}" in b.ref.name for o, c in _TITLE_QUOTES):
        return True  # 夏送清凉 … 2025年“夏送清凉”专项行动: the headline's event is the titled one
    titled = _QUOTED_TITLE.search(h.ref.name)
    if titled is not None and h.ref.name.endswith(GENERIC_EVENT_HEADS) and titled.group() in b.ref.name:
        return True  # X总工会“法律服务进园区”活动 … “法律服务进园区”普法宣传活动: one titled activity
    generic = next((w for w in GENERIC_EVENT_HEADS if h.ref.name.endswith(w)), None)
    if generic is None or not b.ref.name.endswith(generic):
        return False
    shared = next((n for n, (x, y) in enumerate(zip(h.ref.name[::-1], b.ref.name[::-1], strict=False)) if x != y), None)
    return (shared if shared is not None else min(len(h.ref.name), len(b.ref.name))) >= len(generic) + 2
