"""Family *events*, a post told in parts with photo captions: 01 / a part's subhead / its
paragraph / ▲ captions under the pictures, then 02 …

A part's subhead (a short line with no full stop over the paragraph: “半边天”技能比武　巧手展风采)
sums up the event its paragraph reports, as a headline does the article's: an event it
names is that paragraph's event, said again, when it ends with a head the paragraph's event
holds.  A caption (▲A为获奖选手颁奖, 图为A在…) shows the event of the paragraph it stands
under: the people and bodies it names take part in that event, not in the article's
first one (a caption is no paragraph of its own that goes back to it); an act it
names (颁奖) is done at that event, by those the paragraph says organise it (the body the
prize is handed to organises nothing).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.event_mentions import mentions
from kg.ingest.bylines import trailing_people_credit, trailing_photo_credit
from kg.lexicon import lexicon
from kg.model.facts import EventFact
from kg.nlp.text import line_spans

# a caption's mark opening its line: a triangle pointing at the picture, or 图为
_CAPTION = re.compile(r"\s*(?:[▲△]|图为)")
_FULL_STOP = re.compile(r"[。！？!?]")
_SUBHEAD_MAX = 30  # a subhead is short


def _first_event_in(ctx: ArticleContext, line: int) -> EventFact | None:
    """The event named first on the line starting at ``line``, by any of its mentions (one
    merged with its subhead's keeps the subhead's place)."""
    end = ctx.text.find("\n", line)
    b = len(ctx.text) if end < 0 else end
    return next((e for pos, e in mentions(ctx, ctx.facts.events) if line <= pos < b), None)


def _parts(ctx: ArticleContext) -> tuple[list[tuple[int, int]], list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """The body's prose lines, and its captions and subheads each with the prose line they
    belong to (the caption's: the last prose line above it; the subhead's: the first below)."""
    text, top = ctx.text, len(ctx.article.headline or "")
    lines = [(a, b) for a, b in line_spans(text) if a >= top and text[a:b].strip()]
    prose = [(a, b) for a, b in lines if _FULL_STOP.search(text, a, b) and not _CAPTION.match(text, a)]
    captions, subheads = [], []
    for a, b in lines:
        if _CAPTION.match(text, a):
            above = [p for p in prose if p[1] <= a]
            if above:
                captions.append((a, b, above[-1][0]))
        elif (a, b) not in prose and b - a <= _SUBHEAD_MAX:
            below = [p for p in prose if p[0] > b]
            if below and not any(b < x < below[0][0] and not _CAPTION.match(text, x) for x, _ in lines):
                subheads.append((a, b, below[0][0]))
    return prose, captions, subheads


def subhead_events(ctx: ArticleContext) -> None:
    """An event named in a part's subhead is its paragraph's first event, said again, when
    that one's name holds the head the subhead's ends with (“半边天”技能比武 over …全县女职工
    技能比武在P举行), or when the subhead's has no day, place or count but the paragraph's (a
    figure of speech for it: “充电”课堂开班了): one event, the subhead's name an alias."""
    events = ctx.facts.events
    if not events or "\n" not in ctx.text:
        return
    _prose, _captions, subheads = _parts(ctx)
    heads = sorted(lexicon().event_heads, key=len, reverse=True)
    for a, b, para in subheads:
        target = _first_event_in(ctx, para)
        for e in [e for e in events if a <= e.evidence.start < b]:
            head = next((h for h in heads if e.ref.name.endswith(h)), None)
            names = (target.ref.name, *target.aliases) if target is not None else ()
            # (or one with no day, place or count but the paragraph's: 三、白沙镇的“充电”课堂开班了 over
            # 7月17日，…举办X培训班, a figure of speech for it)
            bare = (e.date is None or e.date[2].start >= para) and not e.locations and e.count is None
            if target is None or e is target or head is None or not (bare or any(head in n for n in names)):
                continue
            target.take_in(e)
            events.remove(e)


def caption_participants(ctx: ArticleContext) -> None:
    """Who a caption names takes part in the event of the paragraph above it (▲A宣布比赛开幕,
    图为A在进行线路排故), not in another event they were read for by the caption alone; a
    body a caption's act is done for (为…代表队颁奖) organises nothing."""
    events = ctx.facts.events
    if not events or "\n" not in ctx.text:
        return
    _prose, captions, _subheads = _parts(ctx)
    credited = {*ctx.facts.reporters, *ctx.facts.photographers}
    for a, b, para in captions:
        target = _first_event_in(ctx, para)
        if target is None:
            continue
        # (not who took the picture: …现场。（通讯员 X 摄）)
        credit = trailing_photo_credit(ctx.text[a:b]) or trailing_people_credit(ctx.text[a:b])
        b = a + credit.start if credit is not None else b
        target.organizers = [(r, ev) for r, ev in target.organizers if not a <= ev.start < b]
        # (read for another event by the caption alone, they are the paragraph's: a caption
        # is no paragraph of the article's main event; one read there apart keeps it)
        moved = []
        for e in events:
            if e is not target:
                moved += [(r, ev) for r, ev in e.participants if a <= ev.start < b]
                e.participants = [(r, ev) for r, ev in e.participants if not a <= ev.start < b]
        for x, y in ctx.ref_at.starting_in(a, b):
            ref = ctx.ref_at[(x, y)]
            if ref.cls == "Person" and y <= b and ref not in credited:
                moved.append((ref, ctx.evidence(x, y, CONFIDENCE["context"])))
        known = {r for r, _ in target.participants}
        for r, ev in moved:
            if r not in known:
                target.participants.append((r, ev))
                known.add(r)
