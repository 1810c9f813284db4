"""A speech's page (在全市工会工作会议上的讲话): its title names the meeting it was given at,
the lines under the title the speaker (区总工会主席　某某) and the day (（2028年1月16日）).
The meeting is held that day and the speaker takes part in it; what the speech then says
of the past year is the speaker's, no fact of the meeting.

Runs after the events are merged (``ctx.facts.events``), before who attends is read.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.own_site import own_organiser
from kg.extract.wordlists import SPEECH_KINDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

# 在X上的讲话: the meeting X (a title line, perhaps after a dash: ——在X上的讲话); a report's
# subtitle under its title says the meeting alone (某某工作报告 / ——在X上)
_TITLE = re.compile(
    f"在([^\\n，,。；;]{{2,40}}?)上的(?:{alternation_of(SPEECH_KINDS)})[）)]?\\s*(?:\\n|$)"
    "|^[ \\t\u3000]*[—－-]{1,2}在([^\\n，,。；;]{2,40}?)上[ \\t\u3000]*$",
    re.M,
)
# the day printed on a line of its own under the title: （2028年1月16日）
_DAY_LINE = re.compile(r"^[ \t\u3000]*[（(]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*[）)][ \t\u3000]*$", re.M)
# how far the title's block (title, speaker, day) reaches into the text
_BLOCK = 200
# a line of its own under a report's or speech's title giving the day and the occasion it was
# delivered at: （2028年1月10日在公司2027年度述职考评会上）, （…在X上的讲话）
_DELIVERY_LINE = re.compile(
    r"^[ \t\u3000]*[（(]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*在([^\n，,。；;（）()]{2,40}?)上"
    f"(?:的(?:{alternation_of(SPEECH_KINDS)}|[^\\n（）()]{{1,4}}))?\\s*[）)][ \\t\u3000]*$",
    re.M,
)


def speech_occasion(ctx: ArticleContext) -> None:
    """The meeting of a speech's title: dated by the day under the title, the people named
    between the title and that day (the speaker) taking part."""
    text = ctx.text
    if "上" in text[:_BLOCK]:
        delivered_at(ctx)
    if "上" not in text[:_BLOCK]:
        return
    m = _TITLE.search(text, 0, _BLOCK)
    if m is None:
        return
    g = 1 if m.group(1) is not None else 2
    # (the event named in the title, else the page's main one: a headline's event merged
    # with the body's mention of it, else the occasion the title names)
    event = next((f for f in ctx.facts.events if m.start(g) <= f.evidence.start < m.end(g)), ctx.main_event())
    if event is None:
        event = _occasion(ctx, m.start(g), m.end(g))
    day = _DAY_LINE.search(text, m.end(), m.end() + _BLOCK)
    if day is not None and event.date is None:
        parsed = parse_date(day.group(1), ctx.page.year)
        if parsed is not None:
            event.date = (*parsed, ctx.evidence(day.start(1), day.end(1), CONFIDENCE["context"]))
    # the speaker: the people of the lines between the title and the day (or the next line)
    end = day.start() if day is not None else text.find("\n", m.end() + 1)
    speakers = ctx.mentions_in("PERSON", m.end(), end if end > m.end() else m.end())
    if day is not None:
        # (a name alone on its line in the title's block, wherever the page set it: the speaker)
        speakers += [p for p in ctx.mentions_in("PERSON", 0, day.start()) if _alone_on_line(text, p)]
    for p in speakers:
        ref = EntityRef("Person", p.text)
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))


def _alone_on_line(text: str, p) -> bool:
    """Whether the name ``p`` fills its line (but for spaces)."""
    a = text.rfind("\n", 0, p.start_char) + 1
    b = text.find("\n", p.end_char)
    return not text[a : p.start_char].strip() and not text[p.end_char : b if b >= 0 else len(text)].strip()


def delivered_at(ctx: ArticleContext) -> None:
    """The occasion of a delivery line under a title (（2028年1月10日在X会上）): an event (the
    one named there, else one named so), held that day, the people of the line above it
    (述职人：A, the author) taking part, and the body opening its name (公司…) organising."""
    text = ctx.text
    m = _DELIVERY_LINE.search(text, 0, _BLOCK + 100)
    if m is None:
        return
    a, b = m.span(2)
    event = next((f for f in ctx.facts.events if a <= f.evidence.start < b), None) or _occasion(ctx, a, b)
    day = parse_date(m.group(1), ctx.page.year)
    if day is not None and event.date is None:
        event.date = (*day, ctx.evidence(m.start(1), m.end(1), CONFIDENCE["context"]))
    above = text.rfind("\n", 0, max(0, m.start() - 1)) + 1
    for p in ctx.mentions_in("PERSON", above, m.start()):
        ref = EntityRef("Person", p.text)
        if all(r != ref for r, _ in event.participants):
            event.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["context"])))
    for span in ctx.ref_at.by_start.get(a, ()):
        ref = ctx.ref_at[span]
        if ref.cls in ("TradeUnion", "Organization") and not event.organizers:
            event.organizers.append((ref, ctx.evidence(*span, CONFIDENCE["context"])))
    if not event.organizers:
        own_organiser(ctx, event, a, b)  # 在公司2027年度…考评会上: the page's own company


def _occasion(ctx: ArticleContext, a: int, b: int) -> EventFact:
    """An event named by the occasion ``[a, b)`` of a title or a delivery line, added last."""
    name = ctx.text[a:b].strip()
    fact = EventFact(EntityRef("Event", name), name, ctx.evidence(a, b, CONFIDENCE["context"]))
    ctx.facts.events.append(fact)
    return fact
