"""Family *posts*, a résumé's dated lines (简历, 履历): a line to each office, the span of its
tenure first, then the chain of bodies and titles (2015.07—2019.03　某市总工会办公室主任).

The person is the one the résumé's head names (邓某简历, 邓某同志简历).  A span with an end
(2015.07—2019.03) is a tenure that ended: no post; a span left open (2019.03—, 2019.03—至今,
2019年3月至今) is the office held now: a post at the body written before each title (a title
without one, after a mark of a chain, at the body of the title before it), as a career's 现任 is
read (``kg.extract.careers``).
"""

from __future__ import annotations

import re

from kg.extract.context import CONFIDENCE, ArticleContext
from kg.extract.offices import body_before, role_at
from kg.model.facts import EntityRef, RelationFact

# the head over a résumé: a name, maybe 同志, then the word (邓某简历, 邓某同志个人简历)
_HEAD = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:个人)?(?:简历|履历)\s*$")
# a month of a year (2019.03, 2019年3月, 2019-03)
_MONTH = r"(?:19|20)\d\d(?:[.．\-/]\d{1,2}|年\d{1,2}月)?"
# a dated line left open: its tenure runs to now, then a gap and the chain
_OPEN_LINE = re.compile(f"^\\s*{_MONTH}\\s*(?:[—–－\\-~～]+\\s*(?:至今|今)?|至今)[ \\u3000\\t]+(?=\\S)")
# what may stand between two titles of one chain
_CHAIN_GAP = re.compile(r"(?:[、，,\s]|兼)*")


def career_lines(ctx: ArticleContext) -> None:
    """The offices held now of a résumé's open-ended dated lines."""
    text = ctx.text
    if "历" not in text:
        return
    person: EntityRef | None = None
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if (head := _HEAD.match(line)) is not None:
            people = [p for p in ctx.mentions_in("PERSON", a, b) if p.text == head["name"]]
            person = EntityRef("Person", people[0].text) if people else None
            continue
        if person is not None and (m := _OPEN_LINE.match(line)) is not None:
            _read_chain(ctx, person, a + m.end(), b)


def _read_chain(ctx: ArticleContext, person: EntityRef, a: int, b: int) -> None:
    """Each office of the chain at ``[a, b)``."""
    current: EntityRef | None = None
    at = a
    for t in ctx.mentions_in("TITLE", a, b):
        body = body_before(ctx, t)
        if body is not None and body[0] >= at:
            current, role = body[1], body[2]
        elif current is not None and _CHAIN_GAP.fullmatch(ctx.text, at, t.start_char):
            current, role = role_at(current, t.text)
        else:
            current = None
        at = t.end_char
        if current is not None and t._.kg_kind != "rank":
            ev = ctx.evidence(a, t.end_char, CONFIDENCE["pattern"])
            ctx.facts.relations.append(RelationFact(person, "post", current, ev, role=role))
