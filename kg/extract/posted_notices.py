"""Family *events*, continued: a notice a body posted over a period, told in a sentence.

A page that is no notice itself may report one posted (a form's 经X总工会3月1日至3月5日在
门户网站公示5个工作日，无异议; a note's 4月8日至4月14日，X总工会对拟表彰对象进行了公示): the
body's act of posting it is an event, dated from the period's first day, organised by the
body that posts it — the one named before the period (经X…), else the subject after it
(…，X对…).  The verb is the notice's kind (``events/notice_kinds.txt``) right after the
period, perhaps after a place (在X网站) or the matter posted (对…进行了); a word of planning
right before either (将于…公示, 拟…公示) makes it one to come, no event.  A period said as
the notice's own field (公示期为…至…) is the notice the page is (``kg.extract.notices``),
no posting it reports.  A notice has no venue and no count.

A page that is no notice by its title but states its own period as a field (a results table
sent out with 公示期：8月23日至8月29日) is posted for that notice all the same
(``own_notice_period``): an event of the kind, from the period's first day, posted by the
body its 主办 field names first; the contest it reports stays the page's main event.
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.dates import parse_date
from kg.extract.wordlists import NOTICE_KINDS, PLAN_WORDS
from kg.lexicon import alternation_of
from kg.model.facts import EntityRef, EventFact

_DAY = "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日"
_KINDS = alternation_of(NOTICE_KINDS)
# D1至D2 …(在X网站|对…进行了|予以) 公示: the period, then the verb of posting in its clause
_POSTED = re.compile(
    f"(?P<first>{_DAY})\\s*(?:至|到|—|－|~)\\s*{_DAY}"
    f"(?P<gap>[^。；;！？!?\\n]{{0,80}}?)(?:进行了?|予以)?(?P<kind>{_KINDS})(?![期时日])"
)
_PLANS = alternation_of(PLAN_WORDS)
# 将于D至D / 拟…: a word of planning right before the period or the verb
_PLANNED_BEFORE = re.compile(f"(?:{_PLANS})于?\\s*$")
_PLANNED_ANYWHERE = re.compile(_PLANS)
# 公示期为 / 公示时间： right before the period: the notice's own field
_FIELD_BEFORE = re.compile(f"(?:{_KINDS})(?:时间|期限|期|日期)?(?:为|是|自)?[：:]?\\s*$")
# 公示期：D至D / 公示时间为D—D: the page's own period, a field of it
_OWN_PERIOD = re.compile(
    f"(?P<kind>{_KINDS})(?:时间|期限|期|日期)(?:为|是|自)?[：:]?\\s*(?P<first>{_DAY})\\s*(?:至|到|—|－|-|~)"
)
# 主办单位：X Y　承办单位：Z: the bodies of the 主办 field, up to the next field or the line's end
_HOST_FIELD = re.compile("主办(?:单位)?[ \u3000]*[：:]")
_NEXT_FIELD = re.compile("[\u4e00-\u9fff]{1,4}(?:单位)?[：:]|\n")
# what lies between the period and the verb: a place (在…), the matter (对…), the subject, a comma
_PLACE_OR_MATTER = re.compile("[在对]")


def posted_notices(ctx: ArticleContext) -> None:
    """Each notice a sentence says a body posted over a period: an event of its kind."""
    top = len(ctx.article.headline or "")
    for m in _POSTED.finditer(ctx.text, top):
        kind = m.group("kind")
        sa, _ = ctx.sentence_of(m.start())
        if _PLANNED_BEFORE.search(ctx.text, sa, m.start()) or _PLANNED_BEFORE.search(ctx.text, sa, m.start("kind")):
            continue
        if _FIELD_BEFORE.search(ctx.text, sa, m.start()):
            continue  # (公示期为D至D: the page's own notice, its field)
        body = _poster(ctx, sa, m)
        if body is None:
            continue
        x, y, ref = body
        fact = EventFact(
            EntityRef("Event", kind), kind, ctx.evidence(m.start("kind"), m.end("kind"), CONFIDENCE["pattern"])
        )
        fact.organizers.append((ref, ctx.evidence(x, y, CONFIDENCE["pattern"])))
        if parsed := parse_date(m.group("first"), ctx.page.year):
            fact.date = (*parsed, ctx.evidence(m.start("first"), m.end("first"), CONFIDENCE["pattern"]))
        if not any(kind in e.ref.name and e.date and fact.date and e.date[0] == fact.date[0] for e in ctx.facts.events):
            ctx.facts.events.append(fact)  # (not the notice the page is, read from its title)


def _poster(ctx: ArticleContext, sa: int, m: re.Match[str]) -> tuple[int, int, EntityRef] | None:
    """The body that posts: the last named in the clause before the period (经X总工会D至D),
    else the first after it before a place or the matter (D至D，X总工会对…)."""
    clause = max(sa, *(ctx.text.rfind(c, sa, m.start()) + 1 for c in "，,"))
    before = ctx.bodies_in(clause, m.start())
    if before:
        return before[-1]
    gap = m.start("gap")
    stop = _PLACE_OR_MATTER.search(ctx.text, gap, m.end("gap"))
    after = ctx.bodies_in(gap, stop.start() if stop else m.end("gap"))
    return after[0] if after else None


def own_notice_period(ctx: ArticleContext) -> None:
    """A page stating its own notice period as a field, no notice by its title (read_notice
    reads those): posted for that notice, an event after the page's others."""
    m = _OWN_PERIOD.search(ctx.text, len(ctx.article.headline or ""))
    if m is None or any(m.group("kind") in e.ref.name for e in ctx.facts.events):
        return
    line = ctx.text.rfind("\n", 0, m.start()) + 1
    if _PLANNED_ANYWHERE.search(ctx.text, line, m.start()):
        return  # (将于…公示，公示期：…: to come)
    host = _HOST_FIELD.search(ctx.text)
    if host is None:
        return  # (no body said to post it)
    end = _NEXT_FIELD.search(ctx.text, host.end())
    bodies = ctx.bodies_in(host.end(), end.start() if end else len(ctx.text))
    if not bodies:
        return
    kind = m.group("kind")
    fact = EventFact(
        EntityRef("Event", kind), kind, ctx.evidence(m.start("kind"), m.end("kind"), CONFIDENCE["pattern"])
    )
    x, y, ref = bodies[0]
    fact.organizers.append((ref, ctx.evidence(x, y, CONFIDENCE["pattern"])))
    if parsed := parse_date(m.group("first"), ctx.page.year):
        fact.date = (*parsed, ctx.evidence(m.start("first"), m.end("first"), CONFIDENCE["pattern"]))
    ctx.facts.events.append(fact)
