"""Family *events*, an official notice: a page that is one document a body issues.

A page titled 关于…的公示 (…的通知, …的决定 …: the kinds of ``events/notice_kinds.txt``)
reports no meeting: the document itself is what happened, the body's act of issuing it.
Its title names that event; who signs it at the end (落款: the body alone on the last
line, its date beside or under it) organises it, on the day it is dated — or, when the
page keeps no date line, the day the page was published.  A notice has no venue and no
count (the numbers in it are the sizes of its lists).  Runs after
``kg.extract.event_merge.merge_events``: the notice is the article's main event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import NOTICE_KINDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# the title of a notice: 关于…的公示, perhaps after its issuer (市总工会关于…的通知)
_TITLE = re.compile(f"关于[^\\n]+的(?:{alternation_of(NOTICE_KINDS)})$")
# a date the signature gives (2026年4月17日, 二〇二六年四月十七日), alone or after the signer
_NUM = "[\\d〇零一二三四五六七八九十]"
_SIGNED_DATE = re.compile(f"{_NUM}{{4}}年{_NUM}{{1,3}}月{_NUM}{{1,3}}日")
_SEPARATORS = " \u3000\t、"


def read_notice(ctx: ArticleContext) -> None:
    """The notice a page titled 关于…的公示 is: an event of its kind, first of the article's."""
    headline = ctx.article.headline or ""
    m = _TITLE.search(headline)
    if m is None or _names_reported_event(ctx, m.group()):
        return
    fact = EventFact(EntityRef("Event", m.group()), m.group(), ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"]))
    _read_signature(ctx, fact)
    if fact.date is None and ctx.article.date:
        parsed = parse_date(ctx.article.date, None)
        if parsed:
            fact.date = (*parsed, ctx.evidence(m.start(), m.end(), CONFIDENCE["pattern"]))
    ctx.ref_at[(m.start(), m.end())] = fact.ref
    ctx.facts.events.insert(1 if _reports_a_meeting(ctx) else 0, fact)


# a name this long is an event's own, not a word of the title's (表彰, 竞赛)
_EVENT_NAME_MIN = 6


def _names_reported_event(ctx: ArticleContext, title: str) -> bool:
    """The title is about an event the body reports by name (关于2027年“技能同心”职工职业技能
    竞赛获奖情况的通报 over …的2027年“技能同心”职工职业技能竞赛在…举行): the page is that
    event's report, its results told in a document; the document is no event of its own."""
    body = ctx.text[len(ctx.article.headline or "") :]
    return any(
        len(e.ref.name) >= _EVENT_NAME_MIN and e.ref.name in title and e.ref.name in body for e in ctx.facts.events
    )


def _reports_a_meeting(ctx: ArticleContext) -> bool:
    """Whether the page reports first an event held on a day at a place, named in its body
    (…的决定 over 4月27日上午，…表彰大会在X举行。…欧阳立新宣读表彰决定): the page carries the
    meeting's report and the document read there — the meeting is the main event, what is
    said at it (会上，…) is said at the meeting, not in the document."""
    top = len(ctx.article.headline or "")
    first = ctx.facts.events[0] if ctx.facts.events else None
    return (
        first is not None
        and first.evidence.start >= top
        and not first.core.startswith("verb:")
        and first.date is not None
        and bool(first.locations)
    )


def _read_signature(ctx: ArticleContext, fact: EventFact) -> None:
    """The 落款 of the notice: the last lines of the text, a line of bodies only (one or
    several signers) with perhaps a date after them or on the line below.  A last line
    that is prose (联系电话：…) signs nothing."""
    text = ctx.text
    lines: list[tuple[int, int]] = []
    end = len(text.rstrip())
    while end > 0 and len(lines) < 2:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            lines.append((start, end))
        end = start - 1
    for a, b in lines:
        date = _SIGNED_DATE.search(text, a, b)
        signers_end = date.start() if date else b
        bodies = ctx.bodies_in(a, signers_end)
        if bodies and not any(text[x:y].strip(_SEPARATORS) for x, y in _gaps(a, signers_end, bodies)):
            for x, y, ref in bodies:
                fact.organizers.append((ref, ctx.evidence(x, y, CONFIDENCE["pattern"])))
            date = date or _SIGNED_DATE.search(text, b, len(text))
            if date is not None:
                parsed = parse_date(date.group(), None)
                if parsed:
                    fact.date = (*parsed, ctx.evidence(date.start(), date.end(), CONFIDENCE["pattern"]))
            return
        if date is None or date.start() != a:
            return  # (only a date line may stand under the signers)


def _gaps(a: int, b: int, bodies: list[tuple[int, int, EntityRef]]) -> list[tuple[int, int]]:
    """The stretches of ``[a, b)`` between the bodies named there."""
    out, pos = [], a
    for x, y, _r in bodies:
        out.append((pos, x))
        pos = max(pos, y)
    out.append((pos, b))
    return out
