"""Family *events*, continued: the timestamped steps of a case record (a hotline's work order,
a complaint's handling log).

A work order prints how the case was handled as step lines: the day and time, the unit that
acts (a column of its own, or none), then the step's name — ``2027-03-12 14:30　某区总工会
现场核查`` / ``2027-03-18 15:00　调解会``.  A step whose name is an event (it ends in an event
head, 调解会, or an activity, 现场核查) is an event of that day, held by the unit of its line (a
blank column: the unit named last above, which handles the case).  The lines under it (indented
or not, up to the next step, a heading or a rule) are its particulars: 地点：X its venue,
参加人员：A、B…共N人 those who take part and how many (the whole, 共N人, not a part, 等5人), and
the people the other lines tell acting in it take part.  The other steps (派单, 签收, 跟踪) are
the case's workflow, no events.

Needs the bodies, places and people (``ctx.ref_at``, PERSON mentions); puts what it reads in
``ctx.candidate_events``, as ``kg.extract.events`` does.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.scene_places import place_at
from kg.extract.wordlists import ACTIVITY_WORDS, MINUTES_PEOPLE, MINUTES_PLACE
from kg.lexicon import lexicon
from kg.model.facts import EntityRef, EventFact

_GAP = "[ \t\u3000]+"
# a step line: its day, its time, perhaps the unit's column, the step's name alone at the end
_STEP = re.compile(
    rf"^[ \t\u3000]*(?P<day>\d{{4}}-\d{{1,2}}-\d{{1,2}}){_GAP}\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
    rf"(?:{_GAP}(?P<unit>\S{{2,30}}))??{_GAP}(?P<step>\S{{2,10}})[ \t\u3000]*$",
    re.MULTILINE,
)
# a particulars line under a step: perhaps indented, its label, a colon, its value
_FIELD = re.compile(r"[ \t\u3000]*(?P<label>[^：:，,。\n]{1,6})[：:][ \t\u3000]*")
# what ends a step's lines: a blank line, the next step (its day), a heading, a rule (no Han)
_LOG_END = re.compile(r"[ \t\u3000]*(?:\n|$|\d{4}-\d{1,2}-\d{1,2}|【|[^\u4e00-\u9fff\n]+(?:\n|$))")
# the whole of those taking part, after a part of them (…等5人，共11人)
_WHOLE = re.compile(r"共(?:计|有)?(\d+)[名人位]")


def _is_event(step: str) -> bool:
    """A step's name that names an event: an event head or an activity ends it."""
    return step.endswith((*lexicon().event_heads, *ACTIVITY_WORDS))


def step_events(ctx: ArticleContext) -> None:
    """Each step line whose step is an event: an event of its day, its unit's, with the
    particulars of the indented lines under it."""
    text = ctx.text
    units: list[tuple[int, int, EntityRef]] = []
    for m in _STEP.finditer(text):
        if m.group("unit"):
            units = ctx.bodies_in(m.start("unit"), m.end("unit"))
        step = m.group("step")
        if not _is_event(step):
            continue
        ev = ctx.evidence(m.start("step"), m.end("step"), CONFIDENCE["pattern"])
        fact = EventFact(EntityRef("Event", step), step, ev)
        parsed = parse_date(m.group("day"), ctx.page.year)
        if parsed:
            fact.date = (*parsed, ctx.evidence(m.start("day"), m.end("day"), CONFIDENCE["pattern"]))
        # (a step with its unit's column blank is the unit's that handles the case, named last)
        fact.organizers = [(ref, ctx.evidence(x, y, CONFIDENCE["context"])) for x, y, ref in units]
        _particulars(ctx, fact, m.end())
        ctx.ref_at[(m.start("step"), m.end("step"))] = fact.ref
        ctx.candidate_events.append((fact, False))


def _particulars(ctx: ArticleContext, fact: EventFact, end: int) -> None:
    """The lines after ``end`` (the step line's end), indented or not, up to the next step, a
    heading (【回访记录】), a rule or a blank line: the venue of 地点：, the people and whole count
    of 参加人员：, the people of the others."""
    text = ctx.text
    pos = end + 1
    while pos < len(text) and not _LOG_END.match(text, pos):
        b = text.find("\n", pos)
        b = len(text) if b < 0 else b
        field = _FIELD.match(text, pos)
        label = field.group("label").strip() if field else ""
        if label in MINUTES_PLACE:
            place = place_at(ctx, field.end())
            if place is not None:
                fact.locations.append((place[1], ctx.evidence(field.end(), place[0], CONFIDENCE["pattern"])))
        elif not field or label in MINUTES_PEOPLE or not label.endswith(("结果", "人")):
            # (调解结果：…, 签收人：A: what came of it, who handled the record — no one taking part)
            for p in ctx.mentions_in("PERSON", pos, b):
                ref = EntityRef("Person", p.text)
                if all(r != ref for r, _ in fact.participants):
                    fact.participants.append((ref, ctx.evidence(p.start_char, p.end_char, CONFIDENCE["pattern"])))
            whole = _WHOLE.search(text, pos, b) if label in MINUTES_PEOPLE else None
            if whole is not None:
                fact.count = (int(whole.group(1)), ctx.evidence(whole.start(), whole.end(), CONFIDENCE["pattern"]))
        pos = b + 1
